"""Entity resolution: the match models, the review queue and people's judgements."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from pedigree.api.stores import Db, opened
from pedigree.errors import PedigreeError
from pedigree.lazy import lazy
from pedigree.store.lookup import find_judged, find_judged_ids
from pedigree.store.views import refresh

# Modules only some calls need load on first use (see pedigree.lazy).
judgements = lazy("pedigree.resolve.judgements")
resolver = lazy("pedigree.resolve.resolver")


def judge(db: Db, first: str, second: str, verdict: str) -> judgements.Judgement:
    """Record a person's judgement that two entities (names or ids) are the same or different,
    and derive the canonical ids again; statements are never changed."""
    with opened(db, write=True) as store:
        first_type, first_id = find_judged(store.con, first)
        second_type, second_id = find_judged(store.con, second)
        if first_type != second_type:
            raise PedigreeError(
                f"{first!r} is a {first_type} and {second!r} a {second_type}: "
                "only entities of one type can be the same"
            )
        with store.transaction():
            judgement = judgements.record(store, first_type, first_id, second_id, verdict)
            refresh(store)
        return judgement


def undo(db: Db, *, run: bool = False) -> judgements.Undone:
    """Withdraw the latest thing done — a person's judgement, or a whole `resolve` run (with
    `run`: the latest run, whatever people judged since); the canonical ids are derived again,
    so everything is as it was before it."""
    with opened(db, write=True) as store:
        with store.transaction():
            undone = judgements.undo_last(store, run=run)
            refresh(store)
        return undone


def judgement_list(
    db: Db,
    *,
    name: str | None = None,
    judged_by: str | None = None,
    run_id: int | None = None,
    entity_type: str | None = None,
    verdict: str | None = None,
    include_undone: bool = False,
    limit: int | None = None,
) -> pd.DataFrame:
    """The matcher's and people's judgements, latest first (see `judgements.listing`);
    `name` keeps those about any stored id with that name or in its merged entity."""
    with opened(db) as store:
        ids = None if name is None else find_judged_ids(store.con, name)
        return judgements.listing(
            store.con,
            judged_by=judged_by,
            run_id=run_id,
            entity_type=entity_type,
            verdict=verdict,
            ids=ids,
            include_undone=include_undone,
            limit=limit,
        )


def resolve(db: Db, *, progress: Callable[[str], None] | None = None) -> resolver.ResolveReport:
    """Run the match models: confident matches become the matcher's judgements, uncertain ones
    are returned for review (`report.review`). `progress` hears each step as it starts."""
    with opened(db, write=True) as store:
        return resolver.resolve(store, progress)


def review_queue(db: Db) -> pd.DataFrame:
    """The pairs waiting for a person's judgement, from the last `resolve`."""
    with opened(db) as store:
        return resolver.review_queue(store)


def why(db: Db, first: str, second: str) -> resolver.Explanation:
    """How the match model scores two entities: each comparison's level and weight."""
    with opened(db) as store:
        return resolver.why(store, first, second)
