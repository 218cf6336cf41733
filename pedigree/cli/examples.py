"""`pedigree examples DIR`: the tour's example files, copied where a new user can use them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pedigree.cli.common import Json, app, friendly, out, print_json
from pedigree.lazy import lazy

api = lazy("pedigree.api")


@app.command()
@friendly
def examples(
    folder: Annotated[
        Path, typer.Argument(help="Folder to copy them into (made if need be).")
    ] = Path("examples"),
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite files of the same name that differ.")
    ] = False,
    as_json: Json = False,
) -> None:
    """Copy the example files the README's tour uses (an article, a bio list, import tables, a
    unicorn list; all invented) into FOLDER."""
    done = api.copy_examples(folder, force=force)
    if as_json:
        print_json([{"path": str(path), "status": status} for path, status in done])
        return
    for path, status in done:
        out.print(f"{status:9} {path}", highlight=False)
    if any(status == "kept" for _, status in done):
        out.print("Files marked kept differ from the examples; --force overwrites them.")
    out.print(f"Try: pedigree extract {folder / 'article.txt'}", highlight=False)
