"""What could be known when, for a backtest: views of what was published by a day, their tables
derived once and kept while the backtest reads them — or, to measure what hindsight adds, the
deliberately wrong variant: today's store cut by valid time only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import ibis.expr.types as ir

from pedigree.store.views import Views


class ValidTimeViews(Views):
    """The leaky variant: today's store (every statement, whenever published) cut by valid time
    only. Backtests read through it show what hindsight adds; never use it for answers."""

    def table(self, name: str) -> ir.Table:
        if name not in self._tables:
            self._tables[name] = self.backend.table(name)
        return self._tables[name]


class Snapshot(Views):
    """Views whose tables are derived once and kept (Ibis `cache`, a temporary table on the
    backend) while one backtest runs: as-of tables are derived on the fly, a backtest reads each
    several times, and compiling the derivation again for every query costs more than running it.
    """

    def __init__(self, views: Views):
        super().__init__(views.backend, views.as_of)
        self.derived = views

    def table(self, name: str) -> ir.Table:
        if name not in self._tables:
            self._tables[name] = self.derived.table(name).cache()
        return self._tables[name]

    def release(self) -> None:
        """Drop the kept tables (before the store closes, not whenever Python collects them)."""
        for table in self._tables.values():
            table.release()
        self._tables.clear()


@contextmanager
def views_at(store, day: date, *, leaky: bool = False) -> Iterator[Views]:
    """What the backtest reads at `day`: what was published by then, or (leaky) everything
    known today, cut by valid time only."""
    if leaky:
        yield ValidTimeViews(store.backend, day)
        return
    snapshot = Snapshot(store.views(day))
    try:
        yield snapshot
    finally:
        snapshot.release()
