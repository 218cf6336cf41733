"""The tables the analytics keep in the store, registered with its derived tables
(`pedigree.store.derived`) so that every write builds them and a version bump rebuilds them.

The store defines the registry and never imports the analytics: this module is an entry point
of the group `pedigree.derived_tables` (pyproject.toml), which the store loads before every
refresh. It adds what the analytics derive: the spin-out evidence every lineage query reads, and
the talent tables of the scarcity finder and the founder scores.
"""

from __future__ import annotations

from functools import partial

import ibis
import pandas as pd

from pedigree.analytics import spinouts, talent
from pedigree.kinds import ENTITY_STATEMENTS
from pedigree.model import LINEAGE_TIE_KINDS
from pedigree.store.derived import Derived, register
from pedigree.store.views import Views

# Bump when the spin-out rules (pedigree.analytics.spinouts) change.
SPINOUT_VERSION = 1
_SPINOUT_SQL: list[str] = []


def build_spinout_ties(store) -> None:
    """Spin-out evidence is read by every lineage query: derived once per change, with the
    edges that close a loop left out (`spinouts.loop_edges`)."""
    if not _SPINOUT_SQL:
        evidence = spinouts.spinout_evidence(Views(store.backend), LINEAGE_TIE_KINDS)
        _SPINOUT_SQL.append(ibis.to_sql(evidence, dialect="duckdb"))
    con = store.con
    con.execute(f"CREATE OR REPLACE TABLE spinout_ties AS {_SPINOUT_SQL[0]}")
    pairs = con.execute(
        "SELECT parent_id, child_id, bool_or(dated) FROM spinout_ties GROUP BY ALL"
    ).fetchall()
    dropped = sorted(spinouts.loop_edges(pairs))
    if dropped:
        con.register("_loop_edges", pd.DataFrame(dropped, columns=["parent_id", "child_id"]))
        con.execute(
            "DELETE FROM spinout_ties USING _loop_edges AS l "
            "WHERE spinout_ties.parent_id = l.parent_id AND spinout_ties.child_id = l.child_id"
        )
        con.unregister("_loop_edges")


def update_spinout_ties(store, changes) -> None:
    """Derived again whole, but only when what it reads can have changed: stints, or
    organisations (their founding dates, and the hierarchy their statements give)."""
    new = changes.new
    organisations = ENTITY_STATEMENTS in new and store.scalar(
        f"SELECT count(*) FROM {new[ENTITY_STATEMENTS]} WHERE entity_type = 'organization'"
    )
    if "stint_statements" in new or organisations:
        build_spinout_ties(store)


register(
    Derived(
        "spinout_ties",
        SPINOUT_VERSION,
        build_spinout_ties,
        update_spinout_ties,
        after=("stints", "organizations", "org_ancestors"),
        provider=__name__,
    )
)

# The talent tables: the sector mapping (small, derived whole at every change), then per person
# the facts, domain facts and ties (for `--lineage`), and each person's row read from the first
# two. The ties are a copy of the stints in (organisation, person) order: 9 CPU s of a 1M import,
# but without them a `--lineage` query reads every stint (at 1M, 400-870 ms against 70-220 ms
# with them, on a loaded box; the scarcity goal is 300 ms).
_TALENT_READS = {
    "talent_facts": ("stints", "credentials", "product_metrics", "products", "organizations"),
    "talent_domains": ("talent_sectors", "stints", "organizations", "products"),
    "talent_ties": ("stints",),
    "talent_people": ("talent_facts", "talent_domains", "people"),
}
register(
    Derived(
        "talent_sectors",
        talent.RULES_VERSION,
        talent.derive_sectors,
        after=("organizations", "people", "products"),
        provider=__name__,
    )
)
for _name, _reads in _TALENT_READS.items():
    register(
        Derived(
            _name,
            talent.RULES_VERSION,
            partial(talent.derive_talent, _name),
            partial(talent.update_talent, _name),
            after=_reads,
            provider=__name__,
        )
    )
