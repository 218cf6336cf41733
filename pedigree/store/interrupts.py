"""Ctrl-C while the store is written: noticed however it surfaces.

Python raises KeyboardInterrupt, DuckDB stops its query with "Query interrupted", and a library
that catches too much may turn the interrupt into another error (an import half done becomes an
ImportError). A write rolls back whatever it is; `watch` remembers that Ctrl-C was pressed, so
the person is told "interrupted", not the error it happened to become.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb


def is_interrupt(error: BaseException) -> bool:
    """Ctrl-C, as Python raises it or as DuckDB reports a query it stopped."""
    if isinstance(error, KeyboardInterrupt | duckdb.InterruptException):
        return True
    return isinstance(error, RuntimeError) and str(error) == "Query interrupted"


class Pressed:
    """Whether Ctrl-C came during a `watch`."""

    def __init__(self) -> None:
        self.pressed = False


@contextmanager
def watch() -> Iterator[Pressed]:
    """Notice Ctrl-C for the duration, still raising KeyboardInterrupt as Python does (only in
    the main thread, and only where Ctrl-C is not ignored)."""
    seen = Pressed()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield seen
        return

    def noticed(signum, frame):
        seen.pressed = True
        previous(signum, frame)

    signal.signal(signal.SIGINT, noticed)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)
