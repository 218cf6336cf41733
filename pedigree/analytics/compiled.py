"""Run an analytic's expression compiled once per shape, not built and compiled per call.

Building an Ibis expression and compiling it to SQL costs a fixed ~140 ms of Python per call
(measured on academies), more than the query itself on a small store and about as much on 1M
people. The SQL depends only on the question's parameters and the store's schema, which is the
same for every store this process opens, so on DuckDB it is kept per `key` and run as it is.
Other engines (Spark) run the expression as usual.
"""

from __future__ import annotations

import warnings
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import ibis
import ibis.expr.operations as ops
import ibis.expr.types as ir
import pandas as pd
import pyarrow as pa
import pyarrow.types as pat

# (key, as_of) → (SQL, result schema, the in-memory tables it reads); the newest kept.
_CACHE: OrderedDict = OrderedDict()
_KEPT = 128


def execute(
    views,
    key: Hashable,
    build: Callable[..., ir.Table],
    values: dict[str, Iterable[str]] | None = None,
    params: dict[str, str] | None = None,
) -> pd.DataFrame:
    """`views.backend.execute(build())`, with the compiled SQL kept per (`key`, as-of day).
    `key` must hold every parameter the expression depends on except `values`: lists of ids
    that `build(wanted)` reads as tables `wanted(name)` (one column, `_wanted`), passed to the
    SQL at each run. With `params` (single strings, such as the id of the entity a profile
    shows) it is called as `build(wanted, param)` and uses `param(name)` where it would use the
    string; the SQL is compiled with a placeholder that each run replaces by the string, quoted."""
    backend = views.backend
    values = values or {}
    params = params or {}

    def call(wanted, param):
        return build(wanted, param) if params else build(wanted)

    if getattr(backend, "name", None) != "duckdb":
        return backend.execute(call(lambda name: _memtable(values[name]), params.__getitem__))
    full_key = (key, views.as_of)
    entry = _CACHE.get(full_key)
    if entry is None:
        expr = call(
            lambda name: ibis.table({"_wanted": "string"}, name=f"_pd_{name}"), _placeholder
        )
        memtables = tuple(expr.op().find(ops.InMemoryTable))
        entry = (ibis.to_sql(expr, dialect="duckdb"), expr.schema(), memtables)
        if any(_quoted(_placeholder(name)) not in entry[0] for name in params):
            # the string did not reach the SQL as a plain literal: run this one as it is
            return backend.execute(call(lambda name: _memtable(values[name]), params.__getitem__))
        _CACHE[full_key] = entry
        if len(_CACHE) > _KEPT:
            _CACHE.popitem(last=False)
    sql, schema, memtables = entry
    for name, value in params.items():
        sql = sql.replace(_quoted(_placeholder(name)), _quoted(value))
    for memtable in memtables:  # small reference tables (FX rates …) the SQL names
        if memtable not in backend._memtables:
            backend._register_in_memory_table(memtable)
            backend._memtables.add(memtable)
    wanted = {name: sorted(set(ids)) for name, ids in values.items()}
    answers = _ANSWERS.get()
    asked = (id(backend.con), sql, tuple((name, tuple(ids)) for name, ids in wanted.items()))
    if answers is not None and asked in answers:
        return answers[asked].copy()
    registered = []
    for name, ids in wanted.items():
        table = f'"_pd_{name}"'
        listed = _quoted(_list_placeholder(name))  # a filter `one_of` made
        if len(ids) <= _LISTED:
            sql = sql.replace(listed, ", ".join(map(_quoted, ids)) or "NULL")
        else:
            sql = sql.replace(listed, f"SELECT _wanted FROM {table}")
        if len(ids) <= _WRITTEN_IN and sql.count(table) == sql.count(f"{table} AS "):
            # A short list is written into the SQL: registering a table and letting it go
            # costs ~1.3 ms, a dozen times a page.
            sql = sql.replace(table, _listed(ids))
            continue
        backend.con.register(f"_pd_{name}", pa.table({"_wanted": pa.array(ids, pa.string())}))
        registered.append(name)
    if _placeholder("list ")[:-1] in sql:  # a list the expression used, not in `values`
        raise ValueError(f"compiled query {key!r}: a list of ids was not given")
    try:
        frame = _frame(_arrow(backend.con, sql), schema)
    finally:
        for name in registered:
            backend.con.unregister(f"_pd_{name}")
    if answers is not None:
        answers[asked] = frame.copy()
    return frame


# The answers kept while `remembered` is in force (None: none are kept).
_ANSWERS: ContextVar[dict | None] = ContextVar("pedigree_answers", default=None)


@contextmanager
def remembered() -> Iterator[None]:
    """Within: a question asked again — the same SQL and ids on the same connection — is
    answered from its first answer. A web page is several API calls over one open store that
    ask for some of the same names and sources; the store does not change during them."""
    token = _ANSWERS.set({})
    try:
        yield
    finally:
        _ANSWERS.reset(token)


# The copy it warns of is one more small statement over a page's small result; planning the
# query twice, as the relation API does, costs more (see `_arrow`).
warnings.filterwarnings(
    "ignore", message="Arrow output on a DB-API result makes an extra copy", category=UserWarning
)


def _arrow(con, sql: str) -> pa.Table:
    """The rows of `sql` as Arrow, the statement planned once. DuckDB 2's `con.sql(...)` binds
    the statement to describe its relation and plans it again to run it: on a 1M-people store
    the timeline's query took 36 ms that way against 27 ms executed (medians of 15, one
    process), and every small query of a page pays ~0.5-1 ms more."""
    con.execute(sql)
    fetch = getattr(con, "to_arrow_table", None)  # DuckDB 2; DuckDB 1 calls it fetch_arrow_table
    return fetch() if fetch is not None else con.fetch_arrow_table()


def page_memo(views, key: Hashable) -> dict | None:
    """Within `remembered`: a dict kept under `key` (with the views' connection and as-of day)
    for a helper to keep answers by id, so that a later question about some of the same ids
    (the names of a page's people, asked by its profile, timeline and tree) asks only for the
    others. None outside."""
    answers = _ANSWERS.get()
    if answers is None:
        return None
    return answers.setdefault(("memo", id(views.backend.con), views.as_of, key), {})


def among(wanted: ir.Table, table: ir.Table, column: str) -> ir.Table:
    """Rows of `table` whose `column` is one of the ids in `wanted` (see `execute`)."""
    return table.semi_join(wanted, table[column] == wanted._wanted)


def one_of(wanted: ir.Table, column: ir.Column) -> ir.BooleanValue:
    """A filter: `column` is one of the ids in `wanted` (see `execute`). On DuckDB a list of up
    to `_LISTED` ids is written in as `IN ('a', 'b', …)`, which the scan of a table kept in id
    order uses to skip row groups; a semi-join (`among`) with more than 50 ids reads every row
    (the names of 80 people at 1M: 21 → 3.5 ms). Longer lists are read as a semi-join is."""
    op = wanted.op()
    if isinstance(op, ops.UnboundTable) and op.name.startswith("_pd_"):
        return column.isin([ibis.literal(_list_placeholder(op.name.removeprefix("_pd_")))])
    return column.isin(wanted._wanted)


# Lists of ids up to this long are written into the SQL rather than registered as a table;
# up to `_LISTED`, a `one_of` filter's list is written in as an IN list (longer: a semi-join
# reads a large table faster than a long IN list: 300 organisations' names 4 ms against 11).
_WRITTEN_IN = 200
_LISTED = 100


def _listed(ids: list[str]) -> str:
    """The ids as a table of one column `_wanted`, written in SQL (a table's place in FROM)."""
    return f"(SELECT unnest([{', '.join(map(_quoted, ids))}]::VARCHAR[]) AS _wanted)"


def _placeholder(name: str) -> str:
    return f"\u27e6pedigree param {name}\u27e7"


def _list_placeholder(name: str) -> str:
    """The marker `one_of` leaves for a list of ids that `execute` writes in."""
    return _placeholder(f"list {name}")


def _quoted(text: str) -> str:
    """A SQL string literal (DuckDB reads backslashes literally; a quote is doubled)."""
    return "'" + text.replace("'", "''") + "'"


def _memtable(ids: Iterable[str]) -> ir.Table:
    return ibis.memtable({"_wanted": sorted(set(ids))}, schema={"_wanted": "string"})


def _frame(table, schema) -> pd.DataFrame:
    """The arrow result as Ibis's DuckDB backend turns it into a DataFrame. An empty result is
    converted once per shape and copied: a page asks many questions whose answer is empty (no
    rounds, no products), and each conversion costs a few milliseconds whatever its size."""
    from ibis.backends.duckdb.converter import DuckDBPandasData

    if table.num_rows:
        return _converted(table, schema, DuckDBPandasData)
    key = (schema, table.schema)
    if key not in _EMPTY:
        _EMPTY[key] = DuckDBPandasData.convert_table(pd.DataFrame(_columns(table)), schema)
    return _EMPTY[key].copy()


_EMPTY: dict = {}


def _converted(table, schema, converter) -> pd.DataFrame:
    """What `converter.convert_table` (Ibis's DuckDB backend) makes of a frame of these columns,
    each column converted as it comes: one frame built, not two (half the cost on a page's
    small results; not for an empty one, whose list columns a frame would read as floats)."""
    if schema.names != tuple(table.column_names):
        raise ValueError("schema names don't match input data columns")
    index = pd.RangeIndex(table.num_rows)
    columns = {
        name: converter.convert_column(pd.Series(values, index=index, name=name), dtype)
        if isinstance(values, list)
        else converter.convert_column(values, dtype)
        for (name, dtype), values in zip(schema.items(), _columns(table).values(), strict=True)
    }
    return pd.DataFrame(columns, index=index)


def _columns(table) -> dict:
    """The result's columns as Ibis's DuckDB backend reads them: lists of Python values where
    pandas would change them (nested, dictionary-encoded, with nulls), else pandas Series."""
    return {
        name: col.to_pylist()
        if pat.is_nested(col.type) or pat.is_dictionary(col.type) or col.null_count
        else col.to_pandas()
        for name, col in zip(table.column_names, table.columns, strict=True)
    }
