"""The SQL of an import: how each value is checked, whether a source row conflicts with the
stored one, and the statements (with content-hash ids) the good rows make. It runs in DuckDB
against the staged rows (`pedigree.ingest.load`), whose columns are all text.
"""

from __future__ import annotations

from collections.abc import Iterable

from pedigree.ingest.tables import Column, EntityTable, TieInput, date_of, number_of


def single_valued(table: EntityTable) -> list[str]:
    """The columns of an entity that hold one value (a list column may add aliases freely)."""
    return [c.name for c in table.columns if c.name != "id" and c.check != "list"]


def entity_row(single: list[str]) -> str:
    """The columns the duplicate check compares: id, the source cited, the single values."""
    values = ", ".join(f"pd_text({quoted(c)}) AS {quoted(c)}" for c in single)
    return f"pd_text(id) AS id, pd_text(source_id) AS _source, {values}"


def quoted(column: str) -> str:
    return f'"{column}"'


def sql_string(text: str) -> str:
    return text.replace("'", "''")


def value_checks(column: Column, name: str) -> list[tuple[str, str]]:
    """(SQL condition true for a bad non-empty value, problem) pairs for one column."""
    number = number_of(column.name)
    if column.check == "date":
        return [(f"{date_of(column.name)} IS NULL", "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    if column.check == "number":
        checks = [(f"{number} IS NULL", "not a number")]
        if not column.signed:
            checks.append((f"{number} < 0", "must not be negative"))
        return checks
    if column.check == "count":
        return [
            (
                f"{number} IS NULL OR {number} < 0 OR {number} <> floor({number})",
                "not a whole number ≥ 0",
            )
        ]
    if column.check == "fraction":
        return [(f"{number} IS NULL OR {number} < 0 OR {number} > 1", "not a number from 0 to 1")]
    if column.check == "choice":
        choices = ", ".join(f"'{c}'" for c in column.choices)
        return [
            (
                f"lower(pd_text({name})) NOT IN ({choices})",
                f"must be one of {'|'.join(column.choices)}",
            )
        ]
    if column.check == "ref":
        if column.ref == "source":
            known = "SELECT id FROM sources"
        else:
            known = f"SELECT entity_id FROM entity_statements WHERE entity_type = '{column.ref}'"
        label = "organisation" if column.ref == "organization" else column.ref
        return [(f"pd_text({name}) NOT IN ({known})", f"unknown {label} id")]
    return []


def source_conflict() -> str:
    """True for a source row whose id is registered (in the store or earlier in the same file)
    with different details: sources are immutable, a changed one needs a new id."""
    fields = (
        "coalesce(pd_text(title), ''), coalesce(pd_text(publisher), ''), "
        "coalesce(pd_canonical_date(published), ''), coalesce(pd_text(url), '')"
    )
    stored = (
        "coalesce(title, ''), coalesce(publisher, ''), coalesce(CASE published_precision "
        "WHEN 'year' THEN strftime(published, '%Y') WHEN 'month' THEN strftime(published, '%Y-%m') "
        "WHEN 'day' THEN strftime(published, '%Y-%m-%d') END, ''), coalesce(url, '')"
    )
    return (
        f"(pd_text(id), {fields}) NOT IN (SELECT (id, {stored}) FROM sources) "
        f"AND pd_text(id) IN (SELECT id FROM sources) "
        f"OR (SELECT count(DISTINCT ({fields})) FROM _stage s2 "
        f"WHERE pd_text(s2.id) = pd_text(_stage.id)) > 1"
    )


def insert_sources(good: str) -> str:
    return f"""
        INSERT INTO sources
        SELECT DISTINCT pd_text(id), pd_text(title), pd_text(publisher), pd_date(published),
               pd_precision(published),
               pd_period_end(pd_date(published), pd_precision(published)), pd_text(url), $now
        FROM {good} WHERE pd_text(id) NOT IN (SELECT id FROM sources)
    """


def provenance(file_source: str) -> dict[str, str]:
    return {
        "source_id": f"coalesce(pd_text(source_id), '{sql_string(file_source)}')",
        "quote": "nullif(quote, '')",
        "span_start": f"CAST({number_of('span_start')} AS INTEGER)",
        "span_end": f"CAST({number_of('span_end')} AS INTEGER)",
        "confidence": f"coalesce({number_of('confidence')}, 1.0)",
    }


def content_id(prefix: str, columns: Iterable[str], later: tuple[str, ...] = ()) -> str:
    """Statement id: md5 over the table name and every column (NULL written as empty). A column
    in `later` is left out when NULL (concat_ws skips NULLs), so adding it kept old ids."""
    parts = ", ".join(
        f"CAST({c} AS VARCHAR)" if c in later else f"coalesce(CAST({c} AS VARCHAR), '')"
        for c in columns
    )
    return f"md5(concat_ws(chr(31), '{prefix}', {parts}))"


def statement_rows(table: EntityTable | TieInput, good: str, file_source: str) -> str:
    """SELECT of the statements (with content-hash ids) that the good rows make."""
    given = provenance(file_source)
    if isinstance(table, TieInput):
        values = {**table.values, **given}
        inner = ", ".join(f"{sql} AS {column}" for column, sql in values.items())
        return (
            f"SELECT {content_id(table.target, values, table.later)} AS id, * "
            f"FROM (SELECT {inner} FROM {good})"
        )
    props = []
    for prop, sql in table.props.items():
        value = f"unnest({sql})" if prop in table.lists else sql
        props.append(
            f"SELECT pd_text(id) AS entity_id, '{prop}' AS prop, {value} AS value, "
            f"{', '.join(f'{s} AS {c}' for c, s in given.items())} FROM {good}"
        )
    columns = ["entity_type", "entity_id", "prop", "value", *given]
    return (
        f"SELECT {content_id('entity', columns)} AS id, * FROM ("
        f"SELECT '{table.entity_type}' AS entity_type, * FROM ({' UNION ALL '.join(props)})"
        f") WHERE value IS NOT NULL AND value <> ''"
    )
