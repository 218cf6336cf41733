"""`pedigree resolve` and `pedigree why`: run the match models over the store, turn confident
matches into the matcher's judgements, queue the uncertain ones for a person, explain a pair.

Organisations are resolved first, so that people are compared on resolved employers. Splink runs
on its own in-memory DuckDB, never inside the store file.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from pedigree.errors import PedigreeError
from pedigree.resolve import judgements
from pedigree.resolve.backends import duckdb_api, linker_on, predict_with
from pedigree.resolve.matching import AUTO_ACCEPT, MODEL_VERSION, REVIEW_FROM, SETTINGS
from pedigree.resolve.records import org_records, person_records
from pedigree.store.derived import refresh
from pedigree.store.lookup import find_judged

ENTITY_TYPES = ("organization", "person")
_RECORDS = {"organization": org_records, "person": person_records}
_PLURALS = {"organization": "organisations", "person": "people"}


# What a run lists of each pair it merged, withdrew or queued.
PAIR_COLUMNS = ["type", "left_id", "left", "right_id", "right", "probability"]


@dataclass
class ResolveReport:
    """What one `resolve` run did: counts by entity type, and the pairs themselves — merged
    (with the evidence that carried them), withdrawn (the model no longer makes them) and
    queued for review."""

    run_id: int | None = None
    model: str = MODEL_VERSION
    candidates: dict[str, int] = field(default_factory=dict)  # pairs scored ≥ REVIEW_FROM
    accepted: dict[str, int] = field(default_factory=dict)
    withdrawn: dict[str, int] = field(default_factory=dict)
    merges: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PAIR_COLUMNS))
    withdrawals: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PAIR_COLUMNS))
    review: pd.DataFrame | None = None
    seconds: float = 0.0


def predict_pairs(records: pd.DataFrame, entity_type: str) -> pd.DataFrame:
    """The blocked pairs that may be one entity (probability ≥ REVIEW_FROM), on DuckDB."""
    return predict_with(duckdb_api(), records, entity_type, threshold=REVIEW_FROM)


def resolve(store, progress: Callable[[str], None] | None = None) -> ResolveReport:
    """Match, record the matcher's judgements, derive canonical ids, rebuild the views.

    One run, with an id that its judgements carry (`pedigree undo` takes it back whole).
    Idempotent: a pair the model still accepts keeps its judgement; one it no longer accepts
    is withdrawn (undone), never deleted. `progress` hears each step as it starts."""
    say = progress or (lambda step: None)
    started = time.perf_counter()
    report = ResolveReport()
    queued, merges, withdrawals = [], [], []
    with store.transaction():
        report.run_id = judgements.start_run(store, MODEL_VERSION)
        for entity_type in ENTITY_TYPES:
            say(f"reading {_PLURALS[entity_type]}…")
            records = _RECORDS[entity_type](store.con)
            say(f"matching {len(records):,} {_PLURALS[entity_type]}…")
            pairs = predict_pairs(records, entity_type)
            report.candidates[entity_type] = len(pairs)
            accepted = pairs[pairs.match_probability >= AUTO_ACCEPT]
            added, withdrawn = _record_matches(store, entity_type, accepted, report.run_id)
            report.accepted[entity_type], report.withdrawn[entity_type] = len(added), len(withdrawn)
            names = dict(zip(records.unique_id, records.name, strict=True))
            new = [
                tuple(sorted(pair)) in added
                for pair in zip(accepted.unique_id_l, accepted.unique_id_r, strict=True)
            ]
            merges.append(
                _named(entity_type, added, names, evidence(accepted.loc[new], pairs.attrs))
            )
            withdrawals.append(_named(entity_type, withdrawn, names))
            judgements.write_canonical_ids(store)
            queued.append(_review(store, entity_type, pairs, records))
        say("deriving the merged entities and views…")
        refresh(store)
        report.review = pd.concat(queued, ignore_index=True)
        report.merges = pd.concat(merges, ignore_index=True)
        report.withdrawals = pd.concat(withdrawals, ignore_index=True)
        _keep_review(store, report.review)
    report.seconds = time.perf_counter() - started
    return report


def evidence(pairs: pd.DataFrame, attrs: dict | None = None) -> dict[tuple[str, str], str]:
    """(left id, right id) → the levels the pair met, comparison by comparison, as `pedigree
    why` names them ("name: same name in translation (…); sector: same sector"); comparisons
    with nothing to compare are left out. A pair's weight for a comparison (`mw_…`, term
    frequency apart) is that of the level it met; two levels of one weight are both named.
    The levels' weights come with the predicted pairs (`attrs`, when `pairs` is a part)."""
    levels = (pairs.attrs if attrs is None else attrs).get("levels", {})
    comparisons = [c for c in levels if f"mw_{c}" in pairs.columns]
    columns = ["unique_id_l", "unique_id_r", *(f"mw_{c}" for c in comparisons)]
    found = {}
    for left, right, *weights in pairs[columns].itertuples(index=False):
        said = []
        for comparison, weight in zip(comparisons, weights, strict=True):
            met = [
                label
                for level_weight, label in levels[comparison]
                if math.isclose(level_weight, weight, abs_tol=1e-6)
            ]
            if met:
                said.append(f"{comparison}: {' or '.join(dict.fromkeys(met))}")
        found[tuple(sorted((left, right)))] = "; ".join(said)
    return found


def _named(
    entity_type: str,
    pairs: dict[tuple[str, str], float],
    names: dict[str, str],
    evidence: dict[tuple[str, str], str] | None = None,
) -> pd.DataFrame:
    """Pairs (ids in order → probability) with both sides' names, strongest first."""
    rows = [
        (entity_type, left, names.get(left), right, names.get(right), probability)
        for (left, right), probability in pairs.items()
    ]
    frame = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    if evidence is not None:
        frame["evidence"] = [evidence.get(pair, "") for pair in pairs]
    return frame.sort_values("probability", ascending=False, ignore_index=True)


def _keep_review(store, review: pd.DataFrame) -> None:
    """Kept for `pedigree resolve --review` and the API until the next run."""
    store.con.execute(
        'CREATE OR REPLACE TABLE match_review (type VARCHAR, left_id VARCHAR, "left" VARCHAR, '
        'right_id VARCHAR, "right" VARCHAR, probability DOUBLE)'
    )
    if not review.empty:
        store.con.register("_review", review)
        store.con.execute("INSERT INTO match_review SELECT * FROM _review")
        store.con.unregister("_review")


def review_queue(store) -> pd.DataFrame:
    """The grey-band pairs of the last run that no person has judged since."""
    exists = store.scalar(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'match_review'"
    )
    if not exists:
        raise PedigreeError("nothing to review yet: run `pedigree resolve` first")
    queue = store.con.execute("SELECT * FROM match_review").fetchdf()
    judged = {
        (j.left_id, j.right_id)
        for j in judgements.in_force(store.con)
        if j.judged_by == judgements.BY_PERSON
    }
    pairs = zip(queue.left_id, queue.right_id, strict=True)
    keep = [pair not in judged for pair in pairs]
    return queue[keep].reset_index(drop=True)


def _record_matches(
    store, entity_type: str, accepted: pd.DataFrame, run_id: int
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """Matcher judgements for the accepted pairs; earlier ones no longer accepted withdrawn.
    The pairs added and withdrawn (ids in order → probability)."""
    current = {
        (j.left_id, j.right_id): j
        for j in judgements.in_force(store.con)
        if j.judged_by == judgements.BY_MATCHER and j.entity_type == entity_type
    }
    wanted = {}
    for left, right, probability in accepted[
        ["unique_id_l", "unique_id_r", "match_probability"]
    ].itertuples(index=False):
        wanted[tuple(sorted((left, right)))] = round(float(probability), 6)
    added = {pair: p for pair, p in wanted.items() if pair not in current}
    for (left, right), probability in added.items():
        judgements.record(
            store,
            entity_type,
            left,
            right,
            "same",
            judged_by=judgements.BY_MATCHER,
            score=probability,
            run_id=run_id,
        )
    stale = {pair: j for pair, j in current.items() if pair not in wanted}
    judgements.withdraw(store, [j.id for j in stale.values()], run_id)
    return added, {pair: j.score for pair, j in stale.items()}


def _review(store, entity_type: str, pairs: pd.DataFrame, records: pd.DataFrame) -> pd.DataFrame:
    """Pairs in the grey band that a person has not judged and that are not already one."""
    columns = PAIR_COLUMNS
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    band = pairs[(pairs.match_probability >= REVIEW_FROM) & (pairs.match_probability < AUTO_ACCEPT)]
    judged = {
        (j.left_id, j.right_id)
        for j in judgements.in_force(store.con)
        if j.judged_by == judgements.BY_PERSON
    }
    canonical = dict(store.con.execute("SELECT * FROM canonical_ids").fetchall())
    names = dict(zip(records.unique_id, records.name, strict=True))
    rows = []
    for left, right, probability in band[
        ["unique_id_l", "unique_id_r", "match_probability"]
    ].itertuples(index=False):
        left, right = sorted((left, right))
        if (left, right) in judged or canonical.get(left, left) == canonical.get(right, right):
            continue
        rows.append(
            (entity_type, left, names.get(left), right, names.get(right), float(probability))
        )
    return pd.DataFrame(rows, columns=columns).sort_values("probability", ascending=False)


def _record(records: pd.DataFrame, entity_id: str) -> dict:
    """One record as a dict, missing values as None (NaN would make splink type a name column
    as a number)."""
    row = records[records.unique_id == entity_id]
    if row.empty:
        raise PedigreeError(f"{entity_id!r} has no name to compare")
    return {
        key: None if isinstance(value, float) and math.isnan(value) else value
        for key, value in row.iloc[0].to_dict().items()
    }


@dataclass
class Explanation:
    entity_type: str
    left_id: str
    right_id: str
    probability: float
    weight: float
    prior_weight: float
    features: pd.DataFrame  # comparison, level, match weight (log2 Bayes factor)
    model: str = MODEL_VERSION
    # Each side's own name (not its merged entity's, which after a merge is the other's).
    left_name: str | None = None
    right_name: str | None = None


def why(store, first: str, second: str) -> Explanation:
    """How the model scores two entities (names or ids): each comparison's level and weight."""
    first_type, first_id = find_judged(store.con, first)
    second_type, second_id = find_judged(store.con, second)
    if first_type != second_type:
        raise PedigreeError(f"{first!r} is a {first_type} and {second!r} a {second_type}")
    if first_type not in SETTINGS:
        raise PedigreeError(f"no match model for {first_type}s")
    records = _RECORDS[first_type](store.con)
    linker = linker_on(duckdb_api(), records, first_type)
    settings = linker._settings_obj  # the parsed settings: level labels for each gamma value
    left, right = (_record(records, entity_id) for entity_id in (first_id, second_id))
    scored = linker.inference.score_pair(left, right).as_pandas_dataframe().iloc[0]
    rows = []
    for comparison in settings.comparisons:
        name = comparison.output_column_name
        gamma = int(scored[f"gamma_{name}"])
        level = next(
            lv for lv in comparison.comparison_levels if lv.comparison_vector_value == gamma
        )
        weight = float(scored.get(f"mw_{name}", 0.0) or 0.0)
        tf_weight = float(scored.get(f"mw_tf_adj_{name}", 0.0) or 0.0)
        rows.append(
            {
                "comparison": name,
                "level": level.label_for_charts,
                "weight": round(weight + tf_weight, 3),
                "of which term frequency": round(tf_weight, 3),
            }
        )
    prior = settings._probability_two_random_records_match
    return Explanation(
        first_type,
        first_id,
        second_id,
        float(scored.match_probability),
        float(scored.match_weight),
        math.log2(prior / (1 - prior)),
        pd.DataFrame(rows),
        left_name=left.get("name"),
        right_name=right.get("name"),
    )
