"""One person's founder scores, decomposed: both axes with every fact and its points, and the
weights they were scored at (`pedigree score`, a person's page). The scoring itself is
`pedigree.analytics.scores`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import ibis
import ibis.expr.types as ir
import pandas as pd

from pedigree.analytics import compiled
from pedigree.analytics.frames import entity_names, records
from pedigree.analytics.scores import (
    AXES,
    FACT_SCHEMA,
    WEIGHTS,
    fact_record,
    points,
    talent_facts,
    with_names,
)
from pedigree.store.views import Views


@dataclass
class FounderScore:
    """One person's two scores; `facts` has one row per fact with the points it earned."""

    id: str
    name: str
    as_of: date | None
    research: float
    delivery: float
    facts: pd.DataFrame = field(repr=False)

    def axis(self, axis: str) -> list[dict]:
        return [fact_record(row) for row in records(self.facts) if row["axis"] == axis]

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "scores": {"research": self.research, "delivery": self.delivery},
            "axes": {
                axis: {"score": getattr(self, axis), "facts": self.axis(axis)} for axis in AXES
            },
            "weights": {
                kind: {"axis": w.axis, "points": w.points, "rule": w.rule}
                for kind, w in WEIGHTS.items()
            },
        }


def founder_score(views: Views, person_id: str, facts: ir.Table | None = None) -> FounderScore:
    """The research and delivery scores of one person, with every fact and its points. `facts`
    are named scored facts to read (the stored talent facts); computed from the views if None."""

    def of(facts: ir.Table, person: str) -> ir.Table:
        facts = facts.filter(facts.person_id == person, facts.axis.notnull())
        return facts.select(*FACT_SCHEMA.names, "points", "org", "product")

    if facts is None:
        person = ibis.memtable({"person_id": [person_id]}, schema={"person_id": "string"})
        frame = views.backend.execute(of(with_names(views, talent_facts(views, person)), person_id))
    else:  # the stored facts: SQL compiled once, not per person (~50 ms of a person's page)
        frame = compiled.execute(
            views,
            ("founder score", tuple(facts.columns)),
            lambda wanted, param: of(facts, param("person")),
            params={"person": person_id},
        )
    frame = frame.sort_values(
        ["axis", "points", "kind", "date", "fact_id"],
        ascending=[True, False, True, True, True],
        na_position="last",
        ignore_index=True,
    )
    totals = {axis: int(frame.points[frame.axis == axis].sum()) for axis in AXES}
    name = entity_names(views, "people", [person_id]).get(person_id, person_id)
    return FounderScore(
        person_id,
        name,
        views.as_of,
        points(totals["research"]),
        points(totals["delivery"]),
        frame,
    )
