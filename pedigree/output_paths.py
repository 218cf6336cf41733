"""Files a command writes besides the store (--out, --chart, --rejects): checked before any work.

One rule for every output option: the folder must exist already. A missing folder is refused with
a line naming it rather than created, because a typo in a path (`reprots/x.html`) should not
quietly make a new folder; the check runs before anything is computed or committed, so a bad
path never costs a long run or loses a side output.
"""

from __future__ import annotations

import os
from pathlib import Path

from pedigree.errors import PedigreeError


def writable(path: str | Path, option: str) -> Path:
    """`path` if a file can be written there; a one-line error naming `option` otherwise."""
    path = Path(path)
    where = f"{option} {str(path)!r}"
    if path.is_dir():
        raise PedigreeError(f"{where}: is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise PedigreeError(f"{where}: the folder {str(folder)!r} does not exist (create it first)")
    if not folder.is_dir():
        raise PedigreeError(f"{where}: {str(folder)!r} is not a folder")
    if path.exists() and not os.access(path, os.W_OK):
        raise PedigreeError(f"{where}: the file exists and cannot be written")
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise PedigreeError(f"{where}: no permission to write in {str(folder)!r}")
    return path


def write_failed(path: str | Path, option: str, error: OSError) -> PedigreeError:
    """The one-line error for a write that failed after the check (disk full, a race)."""
    reason = error.strerror or str(error)
    return PedigreeError(f"{option} {str(path)!r}: cannot write: {reason}")
