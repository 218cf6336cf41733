"""Reaching the store from requests, and who may write to it.

A request opens the store for its own duration and closes it, so the server holds no lock
between requests: an import in another process waits for at most one request, and a request that
meets the import's lock waits for it (`pedigree.store.locking`) and then sees all of it — never
half, since an import is one transaction. Inside this process, a write (a judgement) waits for
the reads in flight and runs alone: DuckDB will not open one file for reading and writing in
one process at once.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pedigree import api
from pedigree.store import Store


class Gate:
    """Many readers or one writer, within this process."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._lock:
            self._lock.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._lock:
                self._readers -= 1
                self._lock.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._lock:
            self._lock.wait_for(lambda: not self._writing and self._readers == 0)
            self._writing = True
        try:
            yield
        finally:
            with self._lock:
                self._writing = False
                self._lock.notify_all()


class Access:
    """The store file the app serves, the gate in front of it, and the write token."""

    def __init__(self, db: Path, token: str | None) -> None:
        self.db = db
        self.token = token or None
        self.gate = Gate()

    @contextmanager
    def read(self) -> Iterator[Store]:
        """The store, open for one request's reads."""
        with self.gate.reading(), api.opened(self.db) as store:
            yield store

    @contextmanager
    def write(self) -> Iterator[Path]:
        """The store's path, for one API write call that opens it itself."""
        with self.gate.writing():
            yield self.db

    @property
    def writable(self) -> bool:
        return self.token is not None

    def allows(self, offered: str | None) -> bool:
        return (
            self.token is not None
            and offered is not None
            and secrets.compare_digest(offered.encode(), self.token.encode())
        )
