from pedigree.cli import app

app()
