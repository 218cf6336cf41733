"""Versioned schema of the statement tables. Migrations only ever append: a store written by an
older version is upgraded in place when it is opened; one written by a newer version is refused.

Statement tables hold claims exactly as they were made, with provenance; they are append-only.
The tables the analytics read (organizations, people, stints, …) are derived from them by
`pedigree.store.views` and rebuilt after every change.

The statement tables of the kinds in `pedigree.kinds` written before the registry existed are
created by the migrations below, as they were; a kind registered since gets its table from its
entry (`kind_tables`) when a store without it is next opened for writing.
"""

from pedigree.kinds import KINDS, Kind

_PROVENANCE = """
    source_id VARCHAR NOT NULL,
    quote VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    confidence DOUBLE NOT NULL,
    recorded_at TIMESTAMP NOT NULL"""

_V1 = f"""
CREATE TABLE sources (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    publisher VARCHAR,
    published DATE,
    published_precision VARCHAR,
    -- first day on which the source was certainly public: the end of its published period
    known_from DATE,
    url VARCHAR,
    recorded_at TIMESTAMP NOT NULL
);
CREATE TABLE entity_statements (
    id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    entity_type VARCHAR NOT NULL,
    prop VARCHAR NOT NULL,
    value VARCHAR NOT NULL,{_PROVENANCE}
);
CREATE TABLE stint_statements (
    id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    org_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR,
    field VARCHAR,
    team_size BIGINT,
    start_date DATE,
    start_precision VARCHAR,
    end_date DATE,
    end_precision VARCHAR,{_PROVENANCE}
);
CREATE TABLE round_statements (
    id VARCHAR NOT NULL,
    org_id VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR,
    round VARCHAR,
    amount DOUBLE,
    currency VARCHAR,
    post_money_valuation DOUBLE,
    investors VARCHAR[],{_PROVENANCE}
);
CREATE TABLE financial_statements (
    id VARCHAR NOT NULL,
    org_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    period_start DATE,
    period_end DATE,
    value DOUBLE NOT NULL,
    unit VARCHAR,{_PROVENANCE}
);
CREATE TABLE credential_statements (
    id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    detail VARCHAR,
    date DATE,
    date_precision VARCHAR,{_PROVENANCE}
);
CREATE TABLE product_metric_statements (
    id VARCHAR NOT NULL,
    product_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    date DATE,
    date_precision VARCHAR,{_PROVENANCE}
);
CREATE TABLE event_statements (
    id VARCHAR NOT NULL,
    org_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR,
    detail VARCHAR,{_PROVENANCE}
);
"""

# Facts read from text carry details tables rarely have: whether a job is current, the resources
# a person commanded (4,000+ GPUs), and how exact a reported valuation is (about, over).
_V2 = """
ALTER TABLE stint_statements ADD COLUMN "current" BOOLEAN;
ALTER TABLE stint_statements ADD COLUMN resources VARCHAR;
ALTER TABLE round_statements ADD COLUMN approx VARCHAR;
"""

# Entity resolution: judgements that two entity ids are the same or different (by a person, or
# by the matcher with its score), kept apart from the statements so every merge can be undone;
# canonical_ids is derived from them (pedigree.resolve.judgements) and read by the views.
_V3 = """
CREATE SEQUENCE judgement_ids;
CREATE TABLE judgements (
    id BIGINT PRIMARY KEY DEFAULT nextval('judgement_ids'),
    entity_type VARCHAR NOT NULL,
    left_id VARCHAR NOT NULL,
    right_id VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    judged_by VARCHAR NOT NULL,
    score DOUBLE,
    recorded_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP
);
CREATE TABLE canonical_ids (entity_id VARCHAR PRIMARY KEY, canonical_id VARCHAR NOT NULL);
"""

# Resolve runs: each `pedigree resolve` is a run with an id; the matcher's judgements it adds
# carry it (run_id), those it withdraws say so (withdrawn_by_run), so that `pedigree undo` can
# take a whole run back and `pedigree judgements` can say which run decided what.
_V5 = """
CREATE SEQUENCE resolve_run_ids;
CREATE TABLE resolve_runs (
    id BIGINT PRIMARY KEY DEFAULT nextval('resolve_run_ids'),
    model VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP
);
ALTER TABLE judgements ADD COLUMN run_id BIGINT;
ALTER TABLE judgements ADD COLUMN withdrawn_by_run BIGINT;
"""

# (version, description, SQL). Append new migrations; never edit an applied one.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "statement tables and sources", _V1),
    (2, "current and resources of stints, approximate round figures", _V2),
    (3, "entity-resolution judgements and canonical ids", _V3),
    # Organisations' part_of/relation are entity statements; the derived org_ancestors table is
    # written by refresh, which the migration triggers for older stores.
    (4, "organisation hierarchy (part_of)", "SELECT 1"),
    (5, "resolve runs: the matcher's judgements by run", _V5),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]


def statement_table_sql(entry: Kind) -> str:
    """CREATE TABLE of a kind's statement table, from its registry entry."""
    columns = "".join(f"\n    {name} {kind}," for name, kind in entry.columns.items())
    return f"CREATE TABLE {entry.statements} (\n    id VARCHAR NOT NULL,{columns}{_PROVENANCE}\n);"


def missing_kinds(tables: list[str] | set[str]) -> list[Kind]:
    """The registered kinds whose statement table a store (holding `tables`) lacks."""
    return [entry for entry in KINDS if entry.statements not in tables]
