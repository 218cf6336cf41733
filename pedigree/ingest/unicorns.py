"""`pedigree load-unicorns`: a public list of unicorn companies → import tables → the store.

The list (one row per company: Company, Valuation ($B), Date Joined, Country, City, Industry,
Select Inverstors [sic], Founded Year, Total Raised, …) is one source published on one day. Each
row becomes:

- an organisation (name, kind company, sector = the industry as written, country as an ISO code
  where the name is known, founded = the founded year);
- two valuation rounds: the day it joined the list, as its first valuation of at least US$1B
  (post-money 1,000,000,000 marked `approx = over`, round `unicorn`: the list does not say the
  figure), and the valuation the list reports, dated the list's publication day, with the
  investors it names;
- the total raised up to the list's day, as a `total_raised` financial figure in USD.

Financial Stage, Investors Count, Deal Terms and Portfolio Exits are not imported: their meaning
is undocumented and some values contradict public record (ByteDance is marked IPO).

Rows go through the table importer (`pedigree.ingest.load`) like every other import, so the whole
list loads in one transaction, re-importing it adds nothing, and `--as-of` sees none of it before
the list's publication day. A company the store already knows by name (any script or alias)
keeps its id, so the lineage facts already stored join up; the list only fills attributes the
store lacks and never overrides a stored name, sector, country or founding date.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pedigree.errors import BadInput, PedigreeError, option
from pedigree.ingest.load import LoadReport
from pedigree.ingest.rows import load_rows
from pedigree.kinds import IMPORT_TABLES
from pedigree.model import PartialDate
from pedigree.names import name_keys
from pedigree.store.lookup import stored_ids

SOURCE_PREFIX = "unicorns:"
# The columns a row cannot do without; the others may be missing or empty.
REQUIRED = ("Company", "Valuation ($B)", "Date Joined")
COLUMNS = (
    "Company",
    "Valuation ($B)",
    "Date Joined",
    "Country",
    "City",
    "Industry",
    "Select Inverstors",
    "Founded Year",
    "Total Raised",
)
UNICORN_ROUND = "unicorn"
_EMPTY = {"", "none", "n/a", "na", "-", "—"}
_AMOUNT = re.compile(r"\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([KMBT]?)", re.IGNORECASE)
_SCALE = {"": 1.0, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")

# ISO 3166 codes (as the curated data writes countries) for the country names lists like this
# one use; a name not listed is kept as written.
COUNTRY_CODES = {
    "argentina": "AR", "australia": "AU", "austria": "AT", "bahamas": "BS", "belgium": "BE",
    "bermuda": "BM", "brazil": "BR", "canada": "CA", "chile": "CL", "china": "CN",
    "colombia": "CO", "croatia": "HR", "czech republic": "CZ", "czechia": "CZ", "denmark": "DK",
    "estonia": "EE", "finland": "FI", "france": "FR", "germany": "DE", "hong kong": "HK",
    "india": "IN", "indonesia": "ID", "ireland": "IE", "israel": "IL", "italy": "IT",
    "japan": "JP", "lithuania": "LT", "luxembourg": "LU", "malaysia": "MY", "mexico": "MX",
    "netherlands": "NL", "nigeria": "NG", "norway": "NO", "philippines": "PH", "senegal": "SN",
    "singapore": "SG", "south africa": "ZA", "south korea": "KR", "spain": "ES", "sweden": "SE",
    "switzerland": "CH", "thailand": "TH", "turkey": "TR", "united arab emirates": "AE",
    "united kingdom": "GB", "united states": "US", "vietnam": "VN",
}  # fmt: skip


@dataclass(frozen=True)
class Unicorn:
    """One parsed row of the list."""

    line: int
    name: str
    valuation_usd: float
    joined: date
    country: str | None
    city: str | None
    industry: str | None
    investors: tuple[str, ...]
    founded: int | None
    total_raised_usd: float | None


@dataclass
class UnicornReport:
    """What an import did: rows read, organisations matched to stored ones, statements added."""

    path: Path
    published: str
    source_id: str
    rows: int = 0
    new_organizations: int = 0
    # list name → stored id, for names the store already knew from other sources
    matched: dict[str, str] = field(default_factory=dict)
    # list names that several stored organisations share (a new id is used: say which is meant
    # with `pedigree same`)
    ambiguous: list[str] = field(default_factory=list)
    load: LoadReport | None = None

    @property
    def added(self) -> int:
        return self.load.added if self.load else 0


# --- reading --------------------------------------------------------------------------------


def parse_amount(text: str | None, default_scale: str = "") -> float | None:
    """US dollars in '$7.44B', '$500M', '$520K', '$140 ' (with `default_scale` B); None for an
    empty or 'None' cell. Raises ValueError for anything else."""
    cleaned = (text or "").strip()
    if cleaned.lower() in _EMPTY:
        return None
    match = _AMOUNT.fullmatch(cleaned)
    if not match:
        raise ValueError(f"not an amount like $7.44B or $500M: {cleaned!r}")
    number, suffix = match.groups()
    return float(number.replace(",", "")) * _SCALE[(suffix or default_scale).upper()]


def parse_joined(text: str | None) -> date:
    """A day written M/D/YYYY (as the list does) or YYYY-MM-DD."""
    cleaned = (text or "").strip()
    if match := _US_DATE.fullmatch(cleaned):
        month, day, year = (int(part) for part in match.groups())
    elif match := _ISO_DATE.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise ValueError(f"not a date like 4/7/2017: {cleaned!r}")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"not a valid date: {cleaned!r}") from None


def parse_year(text: str | None) -> int | None:
    cleaned = (text or "").strip()
    if cleaned.lower() in _EMPTY:
        return None
    if not re.fullmatch(r"[0-9]{4}", cleaned):
        raise ValueError(f"not a year: {cleaned!r}")
    return int(cleaned)


def split_investors(text: str | None) -> tuple[str, ...]:
    """The comma-separated investor names of a cell, blanks dropped, order kept."""
    names = (part.strip() for part in (text or "").split(","))
    return tuple(dict.fromkeys(name for name in names if name and name.lower() not in _EMPTY))


def read_unicorns(path: str | Path) -> list[Unicorn]:
    """Every row of a list file, checked. Problems are collected and raised together as
    BadInput, one `file:line:column: column name: what is wrong` line each."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise PedigreeError(f"{path}: cannot read: {error.strerror}") from None
    rows: list[Unicorn] = []
    problems: list[str] = []
    with handle:
        reader = csv.reader(handle)
        header = [cell.strip() for cell in next(reader, [])]
        missing = [column for column in REQUIRED if column not in header]
        if missing:
            raise BadInput([f"{path}:1:1: header: missing column {', '.join(missing)}"])
        position = {column: header.index(column) for column in COLUMNS if column in header}
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                row, row_problems = _parse_row(path, line, cells, position)
                problems.extend(row_problems)
                if row is not None:
                    rows.append(row)
            line = reader.line_num + 1
    if problems:
        raise BadInput(problems[:10], len(problems))
    return rows


def _parse_row(
    path: Path, line: int, cells: list[str], position: dict[str, int]
) -> tuple[Unicorn | None, list[str]]:
    def cell(column: str) -> str | None:
        index = position.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    problems: list[str] = []

    def parsed(column: str, parse, *args):
        try:
            return parse(cell(column), *args)
        except ValueError as error:
            problems.append(f"{path}:{line}:{position[column] + 1}: {column}: {error}")
            return None

    name = (cell("Company") or "").strip()
    if not name:
        problems.append(f"{path}:{line}:{position['Company'] + 1}: Company: missing")
    valuation = parsed("Valuation ($B)", parse_amount, "B")
    if (cell("Valuation ($B)") or "").strip().lower() in _EMPTY:
        column = position["Valuation ($B)"] + 1
        problems.append(f"{path}:{line}:{column}: Valuation ($B): missing")
    joined = parsed("Date Joined", parse_joined)
    founded = parsed("Founded Year", parse_year) if "Founded Year" in position else None
    raised = parsed("Total Raised", parse_amount) if "Total Raised" in position else None
    if problems:
        return None, problems
    country = (cell("Country") or "").strip()
    industry = (cell("Industry") or "").strip()
    return (
        Unicorn(
            line=line,
            name=name,
            valuation_usd=valuation,
            joined=joined,
            country=COUNTRY_CODES.get(country.lower(), country) or None,
            city=(cell("City") or "").strip() or None,
            industry=industry if industry.lower() not in _EMPTY else None,
            investors=split_investors(cell("Select Inverstors")),
            founded=founded,
            total_raised_usd=raised,
        ),
        [],
    )


# --- rows → import tables -------------------------------------------------------------------


def list_source(path: Path, rows: list[Unicorn], published: PartialDate | None) -> dict:
    """The list as a source. Its id comes from the file's content and publication date, so the
    same list re-imported is the same source wherever the file lies."""
    newest = max((row.joined for row in rows), default=None)
    when = published or (PartialDate(newest, "day") if newest else None)
    if when is None:
        raise PedigreeError(f"{path}: no rows, so no publication date; give {option('published')}")
    if newest and when.start < newest:
        raise PedigreeError(
            f"{option('published')} {when}: the list names a company that joined on {newest}; "
            f"give a day on or after it (e.g. {newest.isoformat()})"
        )
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    return {
        "id": f"{SOURCE_PREFIX}{digest}:{when}",
        "title": f"Unicorn companies list ({len(rows)} companies)",
        "published": str(when),
    }


def stored_organizations(store, names: list[str]) -> dict[str, list[str]]:
    """name → ids of the stored organisations with that name or alias (any script, any case)."""
    found = stored_ids(store.con, [("organization", name) for name in names])
    return {name: ids for (_, name), ids in found.items()}


def _known_attributes(store, ids: list[str]) -> dict[str, dict]:
    """id → shown name, sector, country, founding date, and whether any statement about it comes
    from a source other than a unicorn list."""
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT o.id, o.name, o.sector, o.country, o.founded, "
        "  EXISTS (SELECT 1 FROM entity_statements s LEFT JOIN canonical_ids c USING (entity_id) "
        "          WHERE coalesce(c.canonical_id, s.entity_id) = o.id "
        "            AND NOT starts_with(coalesce(s.source_id, ''), $prefix)) "
        "FROM organizations o WHERE o.id IN (SELECT unnest($ids))",
        {"ids": ids, "prefix": SOURCE_PREFIX},
    ).fetchall()
    columns = ("name", "sector", "country", "founded", "elsewhere")
    return {row[0]: dict(zip(columns, row[1:], strict=True)) for row in rows}


def unicorn_tables(store, rows: list[Unicorn], source: dict, report: UnicornReport) -> dict:
    """Import-table rows (table → rows) for the list, reusing stored organisations by name."""
    keys = name_keys([row.name for row in rows])
    repeated = {key for key, count in Counter(keys).items() if count > 1}
    unique = [row.name for row, key in zip(rows, keys, strict=True) if key not in repeated]
    stored = stored_organizations(store, unique)
    known = _known_attributes(store, sorted({i for ids in stored.values() for i in ids}))
    source_id, published = source["id"], source["published"]
    tables: dict[str, list[dict]] = {name: [] for name in IMPORT_TABLES}
    tables["sources"].append(source)
    created: list[str] = []
    for row, key in zip(rows, keys, strict=True):
        # A name the list uses twice (Bolt, Fabric) is two companies: never merged by name.
        ids = [] if key in repeated else stored.get(row.name, [])
        if len(ids) > 1:
            report.ambiguous.append(row.name)
        line = f"line {row.line}"
        if len(ids) == 1:
            org_id = ids[0]
            attributes = known.get(org_id, {})
            if attributes.get("elsewhere"):
                report.matched[row.name] = org_id
            organization = _missing_attributes(row, attributes)
            if organization:
                tables["organizations"].append(
                    {"id": org_id, "name": attributes.get("name") or row.name, **organization}
                    | {"source_id": source_id, "quote": line}
                )
        else:
            org_id = f"org:{row.name}" if key not in repeated else _repeated_id(row, rows)
            created.append(org_id)
            tables["organizations"].append(
                {
                    "id": org_id,
                    "name": row.name,
                    "kind": "company",
                    "sector": row.industry,
                    "country": row.country,
                    "founded": row.founded,
                    "source_id": source_id,
                    "quote": line,
                }
            )
        tables["rounds"].append(
            {
                "org_id": org_id,
                "date": row.joined.isoformat(),
                "round": UNICORN_ROUND,
                "currency": "USD",
                "post_money_valuation": 1_000_000_000,
                "approx": "over",
                "source_id": source_id,
                "quote": f"{line}: Date Joined",
            }
        )
        tables["rounds"].append(
            {
                "org_id": org_id,
                "date": published,
                "currency": "USD",
                "post_money_valuation": row.valuation_usd,
                "investors": "|".join(name.replace("|", "/") for name in row.investors),
                "source_id": source_id,
                "quote": f"{line}: Valuation ($B)",
            }
        )
        if row.total_raised_usd is not None:
            tables["financials"].append(
                {
                    "org_id": org_id,
                    "metric": "total_raised",
                    "period_end": published,
                    "value": row.total_raised_usd,
                    "unit": "USD",
                    "source_id": source_id,
                    "quote": f"{line}: Total Raised",
                }
            )
    already = store.con.execute(
        "SELECT count(DISTINCT id) FROM organizations WHERE id IN (SELECT unnest($ids))",
        {"ids": created},
    ).fetchone()[0]
    report.new_organizations = len(set(created)) - already
    return tables


def _repeated_id(row: Unicorn, rows: list[Unicorn]) -> str:
    """The id of a company whose name the list uses more than once: the name and where it is
    (org:Bolt@EE/Tallinn), with the line number only if that is still not unique."""
    place = f"{row.country or ''}/{row.city or ''}"
    twins = [
        r for r in rows if r.name == row.name and (r.country, r.city) == (row.country, row.city)
    ]
    return f"org:{row.name}@{place}" + (f"#{row.line}" if len(twins) > 1 else "")


def _missing_attributes(row: Unicorn, stored: dict) -> dict:
    """The attributes the list knows and the store does not (stored ones are never overridden)."""
    offered = {"sector": row.industry, "country": row.country, "founded": row.founded}
    return {column: value for column, value in offered.items() if value and not stored.get(column)}


def load_unicorns(
    store, path: str | Path, *, published: str | PartialDate | None = None
) -> UnicornReport:
    """Read a unicorn list and load it as one source, in one transaction.

    `published` is the list's publication date; by default the newest Date Joined in the file
    (a list cannot be older than its newest entry). Nothing in the list is known before it.
    """
    path = Path(path)
    if isinstance(published, str):
        try:
            published = PartialDate.parse(published)
        except ValueError as error:
            raise PedigreeError(f"{option('published')}: {error}") from None
    rows = read_unicorns(path)
    source = list_source(path, rows, published)
    report = UnicornReport(path, source["published"], source["id"], rows=len(rows))
    tables = unicorn_tables(store, rows, source, report)
    report.load = load_rows(store, tables)
    return report
