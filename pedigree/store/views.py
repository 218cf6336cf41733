"""Derived tables: what the analytics read, built from the statement tables as Ibis expressions.

The rule that picks the value shown when statements about the same thing disagree lives here, in
one place (`shown`): the statement from the later-published source wins, then the one with higher
confidence, then the one recorded later (then the larger id, so the choice is deterministic). The
other statements stay in the statement tables and are listed by the profiles.

Without `as_of` the derived tables are materialised in the store: registered below with
`pedigree.store.derived`, whose `refresh` every write ends with. With `as_of` the same expressions
are built over only the statements whose source was public by that day — what could be known
then — and evaluated on the fly.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import ibis
import ibis.expr.types as ir

from pedigree.kinds import ENTITY_ID_COLUMNS, ENTITY_STATEMENTS, KINDS, Kind
from pedigree.kinds import ENTITY_TABLES as KIND_ENTITY_TABLES
from pedigree.store import incremental
from pedigree.store.derived import Derived, register
from pedigree.store.derived import refresh as refresh  # where pedigree.api imports it from
from pedigree.store.hierarchy import write_org_ancestors

# One derived table per kind of tie (pedigree.kinds): the statements shown, one per key.
TIE_TABLES = KINDS

# Bump when the rules or layout of the tables below change: a refresh rebuilds them whole.
# 2: stored in key order, with indexes (`_STORED_ORDER`, `_INDEXES`); 3: names in id order.
RULES_VERSION = 3

# Entity attributes that hold a set of values rather than one value.
MULTI_VALUED = ("alias", "domain")

_NO_DATE = ibis.date(1, 1, 1)


def known_statements(
    backend, table: str, as_of: date | None, only: ir.Table | None = None
) -> ir.Table:
    """A statement table joined with its source's publication dates, cut at `as_of`.

    A statement counts as known at `as_of` when its source was certainly public by then
    (`known_from` ≤ as_of). Sources without a publication date are treated as background
    knowledge, known at any time.
    """
    statements = within(resolved(backend, table, backend.table(table)), only)
    sources = backend.table("sources").select(
        source_ref="id", published="published", known_from="known_from"
    )
    joined = statements.left_join(sources, statements.source_id == sources.source_ref).drop(
        "source_ref"
    )
    if as_of is not None:
        joined = joined.filter(joined.known_from.isnull() | (joined.known_from <= as_of))
    return joined


def resolved(backend, name: str, statements: ir.Table) -> ir.Table:
    """Statements with every entity id replaced by its canonical id (entity resolution merges
    ids by judgement, never by rewriting statements; see pedigree.resolve.judgements)."""
    for column in ENTITY_ID_COLUMNS.get(name, ()):
        statements = with_canonical(backend, statements, column)
    return statements


def with_canonical(backend, table: ir.Table, column: str) -> ir.Table:
    """`table` with `column` (an entity id) mapped to its canonical id."""
    mapping = backend.table("canonical_ids").select(_merged="entity_id", _into="canonical_id")
    joined = table.left_join(mapping, table[column] == mapping._merged)
    return joined.mutate(**{column: joined._into.fill_null(joined[column])}).drop(
        "_merged", "_into"
    )


def shown(statements: ir.Table, key: tuple[str, ...] | list[str]) -> ir.Table:
    """One statement per key, chosen by the documented rule; `reports` counts the competitors."""
    order = [
        statements.published.fill_null(_NO_DATE).desc(),
        statements.confidence.desc(),
        statements.recorded_at.desc(),
        statements.id.desc(),
    ]
    ranked = statements.mutate(
        _rank=ibis.row_number().over(group_by=list(key), order_by=order),
        reports=statements.id.count().over(group_by=list(key)),
    )
    return ranked.filter(ranked._rank == 0).drop("_rank")


def within(statements: ir.Table, only: ir.Table | None) -> ir.Table:
    """The statements whose values in `only`'s columns are a row of `only` (NULL equal to NULL):
    an incremental refresh rebuilds the derived rows of the keys an import touched."""
    if only is None:
        return statements
    match = [statements[column].identical_to(only[column]) for column in only.columns]
    return statements.semi_join(only, match)


def tie_table(backend, spec: Kind, as_of: date | None, only: ir.Table | None = None) -> ir.Table:
    statements = known_statements(backend, spec.statements, as_of, only)
    return shown(statements, spec.key).drop("known_from")


def entity_attributes(
    backend, entity_type: str, as_of: date | None, only: ir.Table | None = None
) -> ir.Table:
    """Shown attribute values of one entity type: one row per single-valued property, every row
    of a multi-valued one (aliases, domains)."""
    statements = known_statements(backend, "entity_statements", as_of, only)
    statements = statements.filter(statements.entity_type == entity_type)
    single = shown(statements.filter(~statements.prop.isin(MULTI_VALUED)), ("entity_id", "prop"))
    multi = statements.filter(statements.prop.isin(MULTI_VALUED)).mutate(
        reports=ibis.literal(1, type="int64")
    )
    return single.union(multi.select(single.columns))


def partial_date(text: ir.StringValue) -> tuple[ir.DateValue, ir.StringValue]:
    """(first day, precision) of a canonical partial date text: YYYY, YYYY-MM or YYYY-MM-DD."""
    length = text.length()
    padded = ibis.cases((length == 4, text + "-01-01"), (length == 7, text + "-01"), else_=text)
    precision = ibis.cases((length == 4, "year"), (length == 7, "month"), else_="day")
    return padded.cast("date"), ibis.ifelse(text.isnull(), ibis.null("string"), precision)


def period_end(start: ir.DateValue, precision: ir.StringValue) -> ir.DateValue:
    """Last day of a partial date's period (the day by which it is certainly over)."""
    return ibis.cases(
        (precision == "year", start + ibis.interval(years=1) - ibis.interval(days=1)),
        (precision == "month", start + ibis.interval(months=1) - ibis.interval(days=1)),
        else_=start,
    )


def _pivot(attrs: ir.Table, single: list[str], multi: dict[str, str]) -> ir.Table:
    aggregates = {prop: attrs.value.max(where=attrs.prop == prop) for prop in single}
    for column, prop in multi.items():
        aggregates[column] = attrs.value.collect(where=attrs.prop == prop, distinct=True)
    return attrs.group_by(id=attrs.entity_id).aggregate(**aggregates)


def organizations(backend, as_of: date | None, only: ir.Table | None = None) -> ir.Table:
    attrs = entity_attributes(backend, "organization", as_of, only)
    single = ["name", "kind", "sector", "country", "founded", "part_of", "relation"]
    pivot = _pivot(attrs, single, {"aliases": "alias"})
    founded, precision = partial_date(pivot.founded)
    return pivot.mutate(founded=founded, founded_precision=precision)


def people(backend, as_of: date | None, only: ir.Table | None = None) -> ir.Table:
    attrs = entity_attributes(backend, "person", as_of, only)
    return _pivot(attrs, ["name"], {"aliases": "alias", "domains": "domain"})


def products(backend, as_of: date | None, only: ir.Table | None = None) -> ir.Table:
    attrs = entity_attributes(backend, "product", as_of, only)
    pivot = _pivot(attrs, ["name", "org", "launched", "sector"], {"aliases": "alias"})
    launched, precision = partial_date(pivot.launched)
    pivot = pivot.rename(org_id="org").mutate(launched=launched, launched_precision=precision)
    return with_canonical(backend, pivot, "org_id")


ENTITY_TABLES = {"organizations": organizations, "people": people, "products": products}
DERIVED_TABLES = (*ENTITY_TABLES, *(spec.name for spec in TIE_TABLES))


def derived(backend, name: str, as_of: date | None, only: ir.Table | None = None) -> ir.Table:
    """The expression of one derived table at `as_of` (of only the keys in `only`: entity ids
    in its `entity_id` column, or a tie kind's key columns)."""
    if name in ENTITY_TABLES:
        return ENTITY_TABLES[name](backend, as_of, only)
    spec = next(spec for spec in TIE_TABLES if spec.name == name)
    return tie_table(backend, spec, as_of, only)


# Compiled SQL of each materialised table. It depends only on the schema, which is the same for
# every store this process opens (older ones are migrated first), so it is compiled once.
_REFRESH_SQL: dict[str | tuple[str, str], str] = {}


def _refresh_sql(name: str | tuple[str, str], build) -> str:
    if name not in _REFRESH_SQL:
        _REFRESH_SQL[name] = ibis.to_sql(build(), dialect="duckdb")
    return _REFRESH_SQL[name]


# The order each table is stored in: an entity's rows sit together, so DuckDB's zone maps (the
# min and max id of each row group) skip the rest of the table when a page reads one entity (at
# 1M people a person's stints: 65 ms for a scan of all 4.9M, 2 ms in person order). Entity
# tables by id, tie tables by their key, which starts with the entity they hang on. Rows an
# incremental update adds go at the end; the next whole build sorts them in.
_STORED_ORDER = {
    **{name: ("id",) for name in KIND_ENTITY_TABLES},
    **{kind.name: kind.key for kind in TIE_TABLES},
}
# Lookups the stored order cannot serve get an ART index (`Derived.indexes`): an
# organisation's stints (its people), and sets of ids (names of the people on a page) — a
# semi-join on an indexed id probes the index. Each costs a little at a whole build (at 1M:
# stints.org_id 2 s, people.id 0.3 s) and on every row an update deletes.
_INDEXES = {"stints": ("org_id",), "people": ("id",), "organizations": ("id",)}


def _builder(name: str):
    def build(store) -> None:
        sql = _refresh_sql(name, lambda: derived(store.backend, name, None))
        order = ", ".join(_STORED_ORDER[name])
        store.con.execute(
            f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM ({sql}) ORDER BY {order}"
        )

    return build


def build_names(store) -> None:
    """The name index: every name and alias of every entity, with its lookup key. OpenCC runs
    once per distinct name, however many entities share it. Stored in id order, with an index
    on the key: every page finds its entity by id or by name (at 1M, a person by id 19 -> 2 ms;
    the sort and index cost 1.7 s)."""
    store.con.execute(
        """
        CREATE OR REPLACE TABLE names AS
        WITH forms AS (SELECT DISTINCT coalesce(c.canonical_id, s.entity_id) AS entity_id,
                              entity_type, value AS name
                       FROM entity_statements s LEFT JOIN canonical_ids c USING (entity_id)
                       WHERE prop IN ('name', 'alias')),
             keys AS (SELECT name, name_key(name) AS key FROM (SELECT DISTINCT name FROM forms))
        SELECT entity_id, entity_type, name, key FROM forms JOIN keys USING (name)
        ORDER BY entity_id
        """
    )


# --- incremental updates: the rows of the keys a write touched ----------------------------------


def _replace(con, backend, name: str, keys: list[str]) -> None:
    """Delete `name`'s rows of the keys in _keys and insert them again from the statements."""
    match = " AND ".join(f"{name}.{column} IS NOT DISTINCT FROM _keys.{column}" for column in keys)
    if keys == ["entity_id"]:
        match = f"{name}.id = _keys.entity_id"
    con.execute(f"DELETE FROM {name} USING _keys WHERE {match}")
    sql = _refresh_sql((name, "rows"), lambda: derived(backend, name, None, backend.table("_keys")))
    con.execute(f"INSERT INTO {name} BY NAME {sql}")


def update_ties(store, changes: incremental.Changes, *, kind: Kind) -> None:
    """A tie kind's derived rows of the keys its new statements have (an incremental refresh,
    `pedigree.store.incremental`)."""
    new = changes.new.get(kind.statements)
    if new is None:
        return
    con, backend = store.con, store.backend
    key = list(kind.key)
    sql = _refresh_sql(
        (kind.name, "keys"),
        lambda: resolved(backend, kind.statements, backend.table(new)).select(*key).distinct(),
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {sql}")
    _replace(con, backend, kind.name, key)


def update_entities(store, changes: incremental.Changes, *, name: str, entity_type: str) -> None:
    """An entity table's rows of the entities (canonical ids) with new statements."""
    new = changes.new.get(ENTITY_STATEMENTS)
    if new is None:
        return
    con, backend = store.con, store.backend

    def keys():
        statements = resolved(backend, ENTITY_STATEMENTS, backend.table(new))
        of_type = statements.filter(statements.entity_type == entity_type)
        return of_type.select("entity_id").distinct()

    con.execute(f"CREATE OR REPLACE TEMP TABLE _keys AS {_refresh_sql((name, 'keys'), keys)}")
    _replace(con, backend, name, ["entity_id"])



# The statements that lost to the shown one, kept for the tie kinds with large statement tables:
# a profile lists them ("also reported"), and finding an entity's among 5M stint statements,
# stored in import order, is a 65 ms scan; a few percent lose, so this table is small.
LOST_TABLES = {"stints": "stints_lost"}


def lost_statements(backend, spec: Kind, only: ir.Table | None = None) -> ir.Table:
    """The known statements of a tie kind (ids resolved, with their sources' dates, as
    `known_statements`) that are not the shown one of their key."""
    statements = known_statements(backend, spec.statements, None, only)
    # Only a key reported more than once has lost statements: the statements are first cut to
    # those keys (2% of the stints at 1M people), so the anti-join looks up few shown ids.
    shown = backend.table(spec.name)
    contested = within(shown.filter(shown.reports > 1), only)
    statements = within(statements, contested.select(*spec.key))
    shown_ids = contested.select(_shown="id")
    return statements.anti_join(shown_ids, statements.id == shown_ids._shown)


def _lost_builder(spec: Kind):
    name = LOST_TABLES[spec.name]

    def build(store) -> None:
        sql = _refresh_sql(name, lambda: lost_statements(store.backend, spec))
        order = ", ".join(spec.key)
        store.con.execute(
            f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM ({sql}) ORDER BY {order}"
        )

    def update(store, changes: incremental.Changes) -> None:
        """The lost statements of the keys with new statements (a new one can win, and the
        statement shown until then lose), as `update_ties` does for the shown."""
        new = changes.new.get(spec.statements)
        if new is None:
            return
        con, backend = store.con, store.backend
        keys = _refresh_sql(
            (name, "keys"),
            lambda: (
                resolved(backend, spec.statements, backend.table(new)).select(*spec.key).distinct()
            ),
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE _lost_keys AS {keys}")
        match = " AND ".join(f"{name}.{c} IS NOT DISTINCT FROM _lost_keys.{c}" for c in spec.key)
        con.execute(f"DELETE FROM {name} USING _lost_keys WHERE {match}")
        rows = _refresh_sql(
            (name, "rows"), lambda: lost_statements(backend, spec, backend.table("_lost_keys"))
        )
        con.execute(f"INSERT INTO {name} BY NAME {rows}")
        con.execute("DROP TABLE _lost_keys")

    return build, update


def _update_org_ancestors(store, changes: incremental.Changes) -> None:
    # Only organisations' statements (part_of, names) move the hierarchy.
    if ENTITY_STATEMENTS in changes.new:
        write_org_ancestors(store.con)


# The tables derived from the statements, registered with the store's derived tables
# (pedigree.store.derived); the analytics register theirs on top of these.
for _name, _type in KIND_ENTITY_TABLES.items():
    register(
        Derived(
            _name,
            RULES_VERSION,
            _builder(_name),
            partial(update_entities, name=_name, entity_type=_type),
            provider=__name__,
            indexes=_INDEXES.get(_name, ()),
        )
    )
for _kind in TIE_TABLES:
    register(
        Derived(
            _kind.name,
            RULES_VERSION,
            _builder(_kind.name),
            partial(update_ties, kind=_kind),
            provider=__name__,
            indexes=_INDEXES.get(_kind.name, ()),
        )
    )
for _kind in TIE_TABLES:
    if _kind.name in LOST_TABLES:
        register(
            Derived(
                LOST_TABLES[_kind.name],
                RULES_VERSION,
                *_lost_builder(_kind),
                after=(_kind.name,),
                provider=__name__,
            )
        )
register(
    Derived(
        "names",
        RULES_VERSION,
        build_names,
        incremental.update_names,
        provider=__name__,
        indexes=("key",),
    )
)
# Which organisation is part of which: lineage rolls units up to their groups.
register(
    Derived(
        "org_ancestors",
        RULES_VERSION,
        lambda store: write_org_ancestors(store.con),
        _update_org_ancestors,
        after=("organizations", "names"),
        provider=__name__,
    )
)


class Views:
    """The derived tables as Ibis tables, as they stood at `as_of` (None: all that is known)."""

    def __init__(self, backend, as_of: date | None = None):
        self.backend = backend
        self.as_of = as_of
        self._tables: dict[str, ir.Table] = {}

    def table(self, name: str) -> ir.Table:
        # Kept per instance: looking a table up costs a schema query, and a Views lives for
        # one question, during which the store does not change.
        if name not in self._tables:
            if self.as_of is None:
                self._tables[name] = self.backend.table(name)
            else:
                self._tables[name] = derived(self.backend, name, self.as_of)
        return self._tables[name]

    def replacing(self, **tables: ir.Table) -> Views:
        """These views with some tables replaced by others with the same columns: a write's
        update reads only the rows it needs (the stints of the people it touched)."""
        views = Views(self.backend, self.as_of)
        views._tables.update(tables)
        return views

    def __getattr__(self, name: str) -> ir.Table:
        if name in DERIVED_TABLES:
            return self.table(name)
        raise AttributeError(name)
