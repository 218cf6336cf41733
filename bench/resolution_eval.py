"""Precision and recall of the match models on the labelled pairs (issue 4); a thin wrapper of
`pedigree.resolve.evaluation`.

    python bench/resolution_eval.py [--json] [--data FOLDER] [person|organization …]
"""

from __future__ import annotations

import sys

from pedigree.resolve.evaluation import main

if __name__ == "__main__":
    sys.exit(main())
