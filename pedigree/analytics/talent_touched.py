"""The people a write touches: whose talent rows (`pedigree.analytics.talent`) are derived again."""

from __future__ import annotations

from pedigree.kinds import ENTITY_STATEMENTS
from pedigree.store import incremental

# The talent tables hold facts per person; a person's facts read their stints, credentials, name
# and domain tags, and the names, sectors and products (with their metrics) of the organisations
# they were at.
TOUCHED_PEOPLE = "_touched_people"
RESTATED_PEOPLE = "_restated_people"
TOUCHED_STINTS = "_touched_stints"


def _restated_people(con, new: str) -> None:
    """RESTATED_PEOPLE: the people whose shown name or set of domain tags the new entity
    statements change — asked before the people table is refreshed, so it holds the values
    shown until now. Of a person's own attributes the talent rows read only these two; a new
    name statement repeating the shown name (a later source restating it, as an import of
    aliases does) can leave the shown name as it was, but never make an older one win."""
    canonical = "coalesce(c.canonical_id, n.entity_id)"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {RESTATED_PEOPLE} AS
        SELECT DISTINCT n.person_id FROM (
            SELECT {canonical} AS person_id, prop, value FROM {new} n
            LEFT JOIN canonical_ids c USING (entity_id)
            WHERE entity_type = 'person' AND prop IN ('name', 'domain')
        ) n LEFT JOIN people p ON p.id = n.person_id
        WHERE p.id IS NULL
           OR (n.prop = 'name' AND n.value IS DISTINCT FROM p.name)
           OR (n.prop = 'domain' AND NOT coalesce(list_contains(p.domains, n.value), false))
        """
    )


def _touched_people(con, new_tables: dict[str, str]) -> None:
    """TOUCHED_PEOPLE: the canonical ids of everyone whose talent rows the new statements may
    change (the talent tables are rebuilt for them; see `update_talent`)."""
    canonical = (
        "coalesce((SELECT c.canonical_id FROM canonical_ids c WHERE c.entity_id = n.{0}), n.{0})"
    )
    people, orgs, products = [], [], []
    for table, column in [
        ("stint_statements", "person_id"),
        ("credential_statements", "person_id"),
    ]:
        if table in new_tables:
            people.append(f"SELECT {canonical.format(column)} FROM {new_tables[table]} n")
    if ENTITY_STATEMENTS in new_tables:
        new = new_tables[ENTITY_STATEMENTS]
        by_type = f"SELECT {canonical.format('entity_id')} FROM {new} n WHERE entity_type = '{{}}'"
        people.append(f"SELECT person_id FROM {RESTATED_PEOPLE}")
        orgs.append(by_type.format("organization"))
        products.append(by_type.format("product"))
    if "product_metric_statements" in new_tables:
        new = new_tables["product_metric_statements"]
        products.append(f"SELECT {canonical.format('product_id')} FROM {new} n")
    if products:  # the organisations a product belongs to, before and after the change
        con.execute("CREATE OR REPLACE TEMP TABLE _products AS " + " UNION ".join(products))
        orgs.append(
            f"SELECT {canonical.format('value')} FROM entity_statements n WHERE prop = 'org' "
            f"AND {canonical.format('entity_id')} IN (SELECT * FROM _products)"
        )
    if orgs:
        con.execute("CREATE OR REPLACE TEMP TABLE _orgs AS " + " UNION ".join(orgs))
        people.append("SELECT person_id FROM stints WHERE org_id IN (SELECT * FROM _orgs)")
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {TOUCHED_PEOPLE} AS "
        f"SELECT DISTINCT person_id FROM ({' UNION ALL '.join(people) or 'SELECT NULL'}) "
        "AS t(person_id) WHERE person_id IS NOT NULL"
    )
    con.execute("DROP TABLE IF EXISTS _products")
    con.execute("DROP TABLE IF EXISTS _orgs")


def _note_restated(changes: incremental.Changes) -> None:
    """Before the people table is updated: whose shown name or domains the write changes."""
    if ENTITY_STATEMENTS in changes.new:
        _restated_people(changes.store.con, changes.new[ENTITY_STATEMENTS])
        changes.temporary.append(RESTATED_PEOPLE)


incremental.before_updates(__name__, _note_restated)


def touched_stints(changes: incremental.Changes) -> str:
    """The name of a temporary table of the stints of the people a write touched. A person's
    talent rows read only their own stints: the expressions read these few instead of every
    stint semi-joined to the people, at each of the places they read stints (at 1M people, a
    dozen scans of 4.9M stints for each talent table)."""
    if TOUCHED_STINTS not in changes.memo:
        people = touched_people(changes)
        changes.store.con.execute(
            f"CREATE OR REPLACE TEMP TABLE {TOUCHED_STINTS} AS "
            f"SELECT * FROM stints WHERE person_id IN (SELECT person_id FROM {people})"
        )
        changes.temporary.append(TOUCHED_STINTS)
        changes.memo[TOUCHED_STINTS] = TOUCHED_STINTS
    return TOUCHED_STINTS


def touched_people(changes: incremental.Changes) -> str:
    """The name of a temporary table of the canonical ids of the people a write touched
    (worked out once per write, once the statement-derived tables are current)."""
    if TOUCHED_PEOPLE not in changes.memo:
        _touched_people(changes.store.con, changes.new)
        changes.temporary.append(TOUCHED_PEOPLE)
        changes.memo[TOUCHED_PEOPLE] = TOUCHED_PEOPLE
    return TOUCHED_PEOPLE
