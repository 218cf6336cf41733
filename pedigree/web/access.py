"""Reaching the store from requests, and who may write to it.

While requests keep coming the file is kept open between them (`Keeper`), so that they share
DuckDB's warm cache instead of each reading a cold file (at 1M people a cold page costs about
twice a warm one), and a request reads through a store an earlier one opened (opening one costs
~10 ms of CPU: the connection's macros, the schema check, the Ibis backend). The file is let go
once no request came for a second, and at least every ten seconds for two, so an import in
another process waits at most about that long. A request that meets the import's lock waits for
it (`pedigree.store.locking`) and then sees all of it — never half, since an import is one
transaction. Inside this process, a write (a judgement) waits for the reads in flight and runs
alone: DuckDB will not open one file for reading and writing in one process at once.
"""

from __future__ import annotations

import atexit
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pedigree.errors import PedigreeError
from pedigree.store import Store, locking


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


class Keeper:
    """A read-only connection held open between requests, so that each request's own connection
    to the file joins the same open database (DuckDB shares one per file and process) with its
    cache warm; and the stores requests opened while it held the file, kept for the next
    requests. Let go after `idle` seconds without a request, and after `hold` seconds in any
    case, not taken again for `pause` seconds then: a gap for another process's import."""

    def __init__(self, db: Path, idle: float = 1.0, hold: float = 10.0, pause: float = 2.0):
        self.db, self.idle, self.hold, self.pause = db, idle, hold, pause
        self._lock = threading.Lock()
        self._con = None
        self._opened = self._last = self._paused_until = 0.0
        self._busy = 0
        self._timer: threading.Timer | None = None
        self._stores: list[Store] = []  # opened by earlier requests, idle
        self._holding = 0  # counts the holds: a store opened in an earlier one is not kept

    def take(self) -> tuple[Store | None, int]:
        """A request begins: keep the file open, unless pausing (or another process writes).
        Returns a store an earlier request opened (None: the request opens its own) and the
        hold it belongs to, both to be given back to `done`."""
        with self._lock:
            self._busy += 1
            now = time.monotonic()
            if self._con is None and now >= self._paused_until:
                try:
                    self._con = locking.connect(self.db, read_only=True, wait=0)
                except PedigreeError:  # an import holds it: the request waits on its own
                    return None, -1
                self._opened = now
                self._holding += 1
                self._schedule()
            if self._con is None:
                return None, -1
            return (self._stores.pop() if self._stores else None), self._holding

    def done(
        self, store: Store | None = None, holding: int = -1, *, reusable: bool = False
    ) -> None:
        """A request ends: its `store` (from `take`, or opened by the request within the hold
        `take` returned) is kept for the next request when `reusable` and the file is still
        held; otherwise it is closed."""
        with self._lock:
            self._busy -= 1
            self._last = now = time.monotonic()
            if store is not None:
                if reusable and self._con is not None and holding == self._holding:
                    self._stores.append(store)
                else:
                    store.close()
            if self._con is None:
                return
            if now - self._opened >= self.hold:
                # checked here too: requests coming faster than the timer's shortest wait would
                # cancel it each time, and the hold would never run out
                self._close()
                self._paused_until = now + self.pause
            else:
                self._schedule()

    def release(self) -> None:
        """Let the file go now (before this process writes to it)."""
        with self._lock:
            self._close()

    def _schedule(self) -> None:
        """Look again when the hold runs out, or the idle time when no request is running."""
        now = time.monotonic()
        due = self._opened + self.hold
        if self._busy == 0:
            due = min(due, self._last + self.idle)
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(max(due - now, 0.01), self._check)
        self._timer.daemon = True
        self._timer.start()

    def _check(self) -> None:
        with self._lock:
            if self._con is None:
                return
            now = time.monotonic()
            if now - self._opened >= self.hold:
                self._close()
                self._paused_until = now + self.pause
            elif self._busy == 0 and now - self._last >= self.idle:
                self._close()
            else:
                self._schedule()

    def _close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self._stores:
            self._stores.pop().close()
        if self._con is not None:
            self._con.close()
            self._con = None


# One keeper per store file in this process, whichever apps serve it: DuckDB too opens a file
# once per process, so a write must find no app holding it.
_KEEPERS: dict[Path, Keeper] = {}
_KEEPERS_LOCK = threading.Lock()


def keeper_of(db: Path) -> Keeper:
    with _KEEPERS_LOCK:
        return _KEEPERS.setdefault(Path(db).resolve(), Keeper(db))


@atexit.register
def _let_go() -> None:
    # Before the interpreter shuts down: a timer thread closing a connection while it does
    # aborts the process (the thread is unwound inside DuckDB's C++).
    with _KEEPERS_LOCK:
        for keeper in _KEEPERS.values():
            keeper.release()


class Access:
    """The store file the app serves, the gate in front of it, and the write token."""

    def __init__(self, db: Path, token: str | None) -> None:
        self.db = db
        self.token = token or None
        self.gate = Gate()
        self.keeper = keeper_of(db)

    @contextmanager
    def read(self) -> Iterator[Store]:
        """The store, open for one request's reads: one an earlier request opened while the
        file is kept, else opened now. A request that failed does not pass its store on."""
        with self.gate.reading():
            store, holding = self.keeper.take()
            finished = False
            try:
                if store is None:
                    store = Store.open(self.db, create=False, read_only=True)
                yield store
                finished = True
            finally:
                self.keeper.done(store, holding, reusable=finished)

    @contextmanager
    def write(self) -> Iterator[Path]:
        """The store's path, for one API write call that opens it itself."""
        with self.gate.writing():
            self.keeper.release()
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
