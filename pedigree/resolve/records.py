"""What the matcher compares: one record per stored person or organisation id, with its names
reduced to comparable keys and the ties that tell namesakes apart.

People: the Han name (Simplified), romanised full forms in either order, surname + initial, the
organisations they worked at or founded, the schools they went to. Organisations: names without
legal suffixes (上海稀宇科技有限公司 → 稀宇科技 → core 稀宇), the core in pinyin (星河智能 and
Xinghe AI meet at "xinghe"), founders' names and sector.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.reference.romanise import romanise_all
from pedigree.reference.sectors import sector_id
from pedigree.resolve.commonness import is_large_employer, rare_values
from pedigree.resolve.name_keys import (
    HAN,
    PARTIAL_FORMS,
    PERSON_KEYS,
    org_core,
    org_descriptors,
    org_meaning,
    org_name_key,
    person_keys,
    pinyin_key,
    split_city,
)


def person_records(con) -> pd.DataFrame:
    """One row per stored person id (not merged ids: matching decides merges)."""
    names = con.execute(
        """
        SELECT entity_id, list(value ORDER BY prop = 'name' DESC, value) AS names
        FROM entity_statements WHERE entity_type = 'person' AND prop IN ('name', 'alias')
        GROUP BY entity_id
        """
    ).fetchdf()
    # Dated jobs are those with a first and a last year; a current one without an end lasted
    # at least until its source was public.
    ties = con.execute(
        """
        WITH stints AS (
            SELECT s.person_id, s.kind, coalesce(c.canonical_id, s.org_id) AS org,
                   year(s.start_date) AS first_year,
                   coalesce(year(s.end_date),
                            CASE WHEN s.current THEN year(src.known_from) END) AS last_year
            FROM stint_statements s
            LEFT JOIN canonical_ids c ON c.entity_id = s.org_id
            LEFT JOIN sources src ON src.id = s.source_id
        )
        SELECT person_id AS entity_id,
               list(DISTINCT org) FILTER (WHERE kind IN ('employment', 'founder')) AS employers,
               list(DISTINCT org) FILTER (WHERE kind = 'education') AS schools,
               list(DISTINCT org) FILTER (WHERE kind = 'founder') AS founded,
               list([first_year, last_year]) FILTER (
                   WHERE kind IN ('employment', 'founder')
                     AND first_year IS NOT NULL AND last_year IS NOT NULL) AS dated
        FROM stints GROUP BY person_id
        """
    ).fetchdf()
    org_names = con.execute(
        """
        SELECT coalesce(c.canonical_id, e.entity_id) AS org_id, e.value AS name
        FROM entity_statements e LEFT JOIN canonical_ids c ON c.entity_id = e.entity_id
        WHERE e.entity_type = 'organization' AND e.prop IN ('name', 'alias')
        """
    ).fetchall()
    large = {org for org, name in org_names if is_large_employer(name)}
    return person_frame(names.merge(ties, on="entity_id", how="left"), large)


def person_frame(people: pd.DataFrame, large_employers: set[str] = frozenset()) -> pd.DataFrame:
    """The matcher's records from one row per person: entity_id, names (the main name first),
    employers and schools (organisation ids), and optionally founded (organisation ids) and
    dated (the [first year, last year] of each job or founding whose years are known).
    `large_employers` are ids of organisations known to employ many
    (pedigree/data/aliases/large_employers.csv); with the store's own counts they decide which
    employers are rare enough that sharing one is strong evidence."""
    by_name = {n: person_keys(n) for n in {n for forms in people["names"] for n in forms}}
    people = people.assign(founded=people.get("founded"), dated=people.get("dated"))
    rows = []
    for entity_id, forms, employers, schools, dated in people[
        ["entity_id", "names", "employers", "schools", "dated"]
    ].itertuples(index=False):
        if len(forms) == 1:
            keys = by_name[forms[0]]
            row = [keys[column] for column in PERSON_KEYS]
        else:
            # The first form that has a key gives it: a Han name wins over its romanisations.
            known = sorted(
                (by_name[name] for name in forms),
                key=lambda k: _FORM_ORDER.get(k["form"], len(_FORM_ORDER)),
            )
            row = [next((k[c] for k in known if k[c]), None) for c in PERSON_KEYS]
        rows.append(
            [
                entity_id,
                forms[0],
                *row,
                _list_or_none(employers),
                _list_or_none(schools),
                busy_years(dated),
            ]
        )
    records = pd.DataFrame(
        rows,
        columns=["unique_id", "name", *PERSON_KEYS, "employers", "schools", "busy_years"],
    )
    rare = rare_values(records["employers"], large_employers)
    # A company a person founded is a rare tie whatever its size: few people found it.
    records["rare_employers"] = [
        sorted(set(e or ()) & rare | set(_list_or_none(f) or ())) or None
        for e, f in zip(records["employers"], people["founded"], strict=True)
    ]
    # Names that leave the given name uncompared (J. Yan, Jason He) meet other records through
    # surname (+ initial) and a shared employer, misspelt ones through their letters; matching.py
    # pairs them only with such a name on one side.
    ties = [
        _tie_keys(row) for row in records[["form", "surname", "initial", "employers"]].itertuples()
    ]
    counts = Counter(key for record in ties for key in record)
    usable = [[k for k in record if counts[k] <= MAX_TIE_KEY_RECORDS] or None for record in ties]
    partial = records["form"].isin(PARTIAL_FORMS)
    # Not missing on the other records: splink explodes both lists, and a record without one of
    # them would drop out of the pairing altogether. The two placeholders differ, so that they
    # never meet each other.
    records["tie_keys"] = [k or [_NO_TIE_KEY] for k in usable]
    records["partial_tie_keys"] = [
        k if is_partial and k else [_NO_PARTIAL_KEY]
        for k, is_partial in zip(usable, partial, strict=True)
    ]
    records["partial_letters"] = records["letters"].where(records["form"] == "other")
    # An initial with no employer in common meets the full names its surname and initial fit,
    # when few records have them: such a pair can reach review, not a merge.
    initials = records["initial"].map(records["initial"].value_counts())
    records["partial_initial"] = records["initial"].where(
        (records["form"] == "initial") & (initials <= MAX_TIE_KEY_RECORDS)
    )
    return records[_PERSON_COLUMNS]


_FORM_ORDER = {"han": 0, "pinyin": 1, "other": 2, "initial": 3}
_PERSON_COLUMNS = [
    "unique_id", "name", *PERSON_KEYS, "employers", "schools", "busy_years",
    "rare_employers", "tie_keys", "partial_tie_keys", "partial_letters", "partial_initial",
]  # fmt: skip


def busy_years(dated) -> list[str] | None:
    """The years a person certainly spent in a job or company they founded: those strictly
    inside a dated stint's first and last year (2015-2019 gives 2016, 2017, 2018), so that
    leaving one job and starting the next in one year is no overlap, and a stint without an
    end gives none. Two people busy at different employers in one such year are two people,
    but for side posts (a professor who founds a company), which the model allows for."""
    years = set()
    for first, last in () if _missing(dated) else dated:
        years.update(str(year) for year in range(int(first) + 1, int(last)))
    return sorted(years) or None


# A surname + employer key held by more records than this pairs nobody: at a large employer a
# surname and initial say too little to merge, and pairing them all would cost millions of pairs.
MAX_TIE_KEY_RECORDS = 100
_NO_TIE_KEY, _NO_PARTIAL_KEY = "-", "--"


def _tie_keys(record) -> list[str]:
    """Surname and initial with each employer ("yan j|org:商汤科技") for a name with an initial;
    surname and employer ("he|org:字节跳动") for a full name or one whose given name is not
    pinyin (Jason He) — a full name carries both, so that either kind of partial name meets it."""
    if not record.surname or record.employers is None:
        return []
    prefixes = []
    if record.initial:
        prefixes.append(record.initial)
    if record.form != "initial":
        prefixes.append(record.surname)
    return [f"{prefix}|{employer}" for prefix in prefixes for employer in record.employers]


def founder_readings(name: str) -> set[str]:
    """A founder's name as the founders comparison reads it: every romanised reading of a Han
    name (王长虎 is wang changhu and wang zhanghu), a pinyin name as written, and nothing for
    a name whose given name cannot be compared (Frank Wang is 汪滔 as likely as not)."""
    readings = romanise_all(name)
    if readings:
        return {" ".join(sorted([r.surname, r.given])) for r in readings}
    keys = person_keys(name)
    return {keys["full"]} if keys["form"] == "pinyin" and keys["full"] else set()


def _missing(values) -> bool:
    return values is None or values is pd.NA or (isinstance(values, float) and pd.isna(values))


def _list_or_none(values) -> list[str] | None:
    """An empty list means "not known", which must not count as disagreement."""
    if _missing(values):
        return None
    values = [v for v in values if v]
    return sorted(values) or None


def org_records(con) -> pd.DataFrame:
    """One row per stored organisation id."""
    names = con.execute(
        """
        SELECT entity_id,
               list(value ORDER BY prop = 'name' DESC, value)
                   FILTER (WHERE prop IN ('name', 'alias')) AS names,
               max(value) FILTER (WHERE prop = 'sector') AS sector
        FROM entity_statements WHERE entity_type = 'organization'
          AND prop IN ('name', 'alias', 'sector')
        GROUP BY entity_id
        """
    ).fetchdf()
    founders = con.execute(
        """
        SELECT s.org_id AS entity_id, list(DISTINCT e.value) AS founders
        FROM stint_statements s JOIN entity_statements e
          ON e.entity_id = s.person_id AND e.prop = 'name'
        WHERE s.kind = 'founder' GROUP BY s.org_id
        """
    ).fetchdf()
    records = names.merge(founders, on="entity_id", how="left")
    rows = []
    for entity_id, forms, sector, founder_names in records.itertuples(index=False):
        forms = [f for f in forms if f]
        # The bundled alias table knows that 月之暗面 is Moonshot AI: its canonical name joins
        # the forms, so two records it names alike share a key.
        forms += sorted({known.name for f in forms if (known := known_organization(f))})
        keys = sorted({org_name_key(f) for f in forms} - {""})
        places = [split_city(k) for k in keys]
        cities = sorted({city for city, _ in places if city})
        cores = sorted({org_core(f) for f in forms} - {""})
        founder_keys = None
        if _list_or_none(founder_names):
            founder_keys = sorted({key for n in founder_names for key in founder_readings(n)})
        rows.append(
            {
                "unique_id": entity_id,
                "name": forms[0] if forms else entity_id,
                "keys": keys or None,
                # A legal name without its city meets the short name (上海稀宇科技 / 稀宇科技);
                # the city then tells 深圳星河科技 and 杭州星河科技 apart.
                "local_keys": sorted({rest for _, rest in places}) or None,
                "city": cities[0] if cities else None,
                # 百川智能 and 北京百川智能科技 agree (one set holds the other); 星河智能 and
                # 星河科技 do not.
                "descriptors": org_descriptors(forms[0]) if forms else [],
                # Blocking reads one core: the main name's (a sorted list would put Latin aliases
                # first, and 上海稀宇科技 would never meet 稀宇科技).
                "core": (org_core(forms[0]) or None) if forms else None,
                "cores": cores or None,
                "core_pinyin": pinyin_key(org_core(forms[0])) if forms else None,
                "meanings": {f: m for f in forms if (m := org_meaning(f))},
                # Through the taxonomy: "LLM" and "large language models" are one sector.
                "sector": sector_id(sector) or sector,
                "founders": founder_keys or None,
            }
        )
    records = pd.DataFrame(rows, columns=_ORG_COLUMNS)
    records["meanings"] = _unambiguous(records["meanings"])
    return records


def _unambiguous(meanings: pd.Series) -> list[list[str] | None]:
    """Each record's meanings (form → key) that at most one Han spelling in the store has:
    with both 星河智能 and 星禾智能 stored, "Xinghe AI" could be either, and only the weaker
    pinyin level compares it."""
    spellings: dict[str, set[str]] = {}
    for by_form in meanings:
        for form, key in by_form.items():
            if HAN.search(form):
                spellings.setdefault(key, set()).add(org_core(form))
    return [
        sorted({k for k in by_form.values() if len(spellings.get(k, ())) <= 1}) or None
        for by_form in meanings
    ]


_ORG_COLUMNS = [
    "unique_id", "name", "keys", "local_keys", "city", "descriptors", "core", "cores",
    "core_pinyin", "meanings", "sector", "founders",
]  # fmt: skip
