"""Opening the store file while other processes use it.

DuckDB locks the whole file for as long as a connection is open: one process may open it for
writing, or any number for reading, never both at once. So a command that meets another's lock
waits and tries again (telling the person once, through `notify`) until `wait` seconds have
passed, then gives up with one line instead of DuckDB's lock text.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pedigree.errors import PedigreeError, StoreBusy, option

if TYPE_CHECKING:
    import duckdb

DEFAULT_WAIT = 60.0
_LOCKED = ("Could not set lock on file", "Conflicting lock is held")
_PID = re.compile(r"\(PID (\d+)\)")


@dataclass
class WaitPolicy:
    """How long to wait for another process's lock, and whom to tell that we wait."""

    seconds: float | None = None  # None: $PEDIGREE_WAIT, else DEFAULT_WAIT
    notify: Callable[[str], None] | None = None


# The process-wide policy: the CLI sets it from --wait; library callers may pass `wait`.
policy = WaitPolicy()


def configure(seconds: float | None = None, notify: Callable[[str], None] | None = None) -> None:
    policy.seconds, policy.notify = seconds, notify


def wait_seconds(wait: float | None = None) -> float:
    """The wait limit: the argument, else the configured policy, else $PEDIGREE_WAIT, else 60."""
    if wait is None:
        wait = policy.seconds
    if wait is None:
        text = os.environ.get("PEDIGREE_WAIT")
        if text is None:
            return DEFAULT_WAIT
        try:
            wait = float(text)
        except ValueError:
            raise PedigreeError(f"PEDIGREE_WAIT: not a number of seconds: {text!r}") from None
    if wait < 0:
        raise PedigreeError(f"{option('wait')}: must not be negative: {wait:g}")
    return wait


def is_lock_conflict(error: Exception) -> bool:
    import duckdb  # loaded with the store, not with the CLI (see pedigree.lazy)

    return isinstance(error, duckdb.IOException) and any(m in str(error) for m in _LOCKED)


def connect(path: Path, *, read_only: bool, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to `path`, waiting up to `wait` seconds for other processes' locks."""
    import duckdb

    limit = wait_seconds(wait)
    deadline = time.monotonic() + limit
    pause, told = 0.05, False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as error:
            if not is_lock_conflict(error):
                raise PedigreeError(_open_error(path, error)) from None
            holder = _PID.search(str(error))
            who = f"another process (pid {holder[1]})" if holder else "another process"
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"the store {path} is still in use by {who} after {limit:g} s; "
                    f"try again later, or wait longer ({option('wait')}, in seconds)"
                ) from None
            if not told and policy.notify is not None:
                doing = "is writing" if read_only else "is using"
                policy.notify(f"waiting for the store: {who} {doing} {path} … (Ctrl-C to stop)")
                told = True
            time.sleep(min(pause, max(deadline - time.monotonic(), 0.0)))
            pause = min(pause * 2, 0.25)


def _open_error(path: Path, error: duckdb.Error) -> str:
    """One line for a file DuckDB cannot open at all."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "not a valid DuckDB database file" in text or "Invalid Input Error: The file" in text:
        return f"cannot open store {path}: not a DuckDB database file"
    if any(m in text for m in ("Permission denied", "Read-only file system", "not permitted")):
        return f"cannot write store {path}: the file or its folder is read-only"
    if "different configuration" in text:
        return f"cannot open store {path}: this process already has it open in another mode"
    return f"cannot open store {path}: {text}"
