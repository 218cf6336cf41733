from pedigree.cli.entry import main

main()
