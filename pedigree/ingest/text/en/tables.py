"""A demo-day or portfolio table in an English post: | Company | … | Founders | Background | — each
row's founders founded the row's company, and the background cell's telegraphic bios ("ex-Arup
sustainability consultant", "Solicitor, Holman Fenwick Willan (2016–2024)", "HKU BBA") are their
jobs and degrees. Several founders' bios in one cell are told apart by their surnames ("Ip: …;
Rahman: …").

A table cell holds no sentences, so the prose readers find little in it: the cells are read by
their place in the table instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.amounts import find_amounts
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.gazetteer import canonical_name, known_organization

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.+)\|[ \t]*$", re.MULTILINE)
_COMPANY = re.compile(r"^(?:company|startup|project|venture|team name|name)$", re.I)
_FOUNDERS = re.compile(r"^(?:founders?|founding team|team|co-?founders?)$", re.I)
_BACKGROUND = re.compile(r"^(?:background|backgrounds|bio|bios|experience|team background)$", re.I)
_TRACTION = re.compile(r"^(?:traction|metrics|progress|key metrics|users|customers)$", re.I)
# What a count in a traction cell counts: the words right after it ("310 paying restaurants").
_COUNTED = re.compile(r"^\s*\+?\s*(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_PERSON = re.compile(
    r"^(?:(?i:dr|prof|mr|ms|mrs)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"
    r"(?:\s*\((?P<role>[^)]{1,40})\))?$"
)
# A bio's degree, written short ("HKU BBA", "PhD, HKUST", "Imperial MSc"), by level.
_LEVELS = {
    "phd": r"ph\.?\s?d|dphil",
    "mba": r"e?mba",
    "master": r"m\.?sc|m\.?eng|m\.?phil|ma|ms|llm",
    "bachelor": r"b\.?sc|b\.?eng|bba|ba|bs|llb|basc",
}
_DEGREES = tuple((level, re.compile(rf"\b(?:{words})\b", re.I)) for level, words in _LEVELS.items())
_ANY_DEGREE = re.compile(rf",?\s*\b(?:{'|'.join(_LEVELS.values())})\b\.?,?\s*", re.I)
_YEARS = re.compile(r"\((?P<start>(?:19|20)\d{2})\s*[–—-]\s*(?P<end>(?:19|20)\d{2})\)")
_NAME_RUN = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and|de))*"
_EX = re.compile(rf"^(?i:ex-|former\s+)(?P<org>{_NAME_RUN})\s+(?P<title>[a-z][\w -]{{1,40}})$")
_TITLE_THEN_ORG = re.compile(
    rf"^(?i:ex-|former\s+)?(?P<title>[A-Za-z][\w -]{{1,40}}?),\s*(?P<org>{_NAME_RUN})$"
)
_YEARS_AT = re.compile(
    rf"^\d{{1,2}}\s+years?\s+at\s+(?P<org>{_NAME_RUN})(?:,\s*last\s+as\s+(?P<title>[\w -]+))?$"
)
_DEGREE_ALONE = re.compile(r"^(?:[A-Z][A-Za-z]+\.?\s?){1,3}$")


def read_tables(text: Text) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The facts of every founders table, and the rows they came from (which the prose readers
    then leave alone)."""
    folded = text.folded
    header: list[str] | None = None
    facts: list[Fact] = []
    rows: list[tuple[int, int]] = []
    for match in _ROW.finditer(folded):
        cells = [c.strip() for c in match.group("cells").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        previous_line = folded.rfind("\n", 0, match.start() - 1)
        if header is None or not _ROW.match(folded, previous_line + 1):
            header = cells  # a table's first row names its columns
            continue
        found = list(_row(text, header, cells, (match.start(), match.end())))
        if found:
            facts += found
            rows.append((match.start(), match.end()))
    return facts, rows


def _row(text: Text, header: list[str], cells: list[str], span: tuple[int, int]) -> Iterator[Fact]:
    column = {name: i for i, cell in enumerate(header) for name, pattern in (
        ("company", _COMPANY), ("founders", _FOUNDERS), ("background", _BACKGROUND),
        ("traction", _TRACTION),
    ) if pattern.match(cell)}
    if "company" not in column or "founders" not in column or len(cells) != len(header):
        return
    company = cells[column["company"]].strip("* ")
    if not company or known_organization(company) is not None:
        return
    founders = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*(?![^()]*\))", cells[column["founders"]]):
        person = _PERSON.match(part.strip("* "))
        if person:
            founders.append((person.group("name"), (person.group("role") or "").strip() or None))
    for name, role in founders:
        yield text.fact("founded", span, 0.8, person=name, org=company, role=role)
    if "traction" in column:
        yield from _traction(text, span, company, cells[column["traction"]])
    if "background" in column and founders:
        for name, piece in _bios(cells[column["background"]], [n for n, _ in founders]):
            yield from _bio(text, span, name, piece)


def _bios(cell: str, names: list[str]) -> Iterator[tuple[str, str]]:
    """(founder, piece of their bio): split at ';', each piece the last surname-labelled
    founder's ("Ip: geriatrician, …; Rahman: ex-Babylon …"), or the sole founder's."""
    current = names[0] if len(names) == 1 else None
    for piece in re.split(r"\s*;\s*", cell):
        label = re.match(r"^(?P<who>[A-Z][\w'’-]+)\s*:\s*", piece)
        if label:
            current = next((n for n in names if n.split()[-1] == label.group("who")
                            or n.split()[0] == label.group("who")), None)
            piece = piece[label.end():]
        if current is not None and piece:
            yield current, piece


def _bio(text: Text, span: tuple[int, int], person: str, piece: str) -> Iterator[Fact]:
    for part in re.split(r",\s*(?=[A-Z][A-Za-z]*\s*(?:BBA|BA|BS|BSc|BEng|MSc|MA|MBA|PhD)\b)",
                         piece):
        years = _YEARS.search(part)
        bare = _YEARS.sub("", part).strip(" .")
        degree = next((d for d, p in _DEGREES if p.search(bare)), None)
        if degree:
            school = _ANY_DEGREE.sub(" ", bare).strip()
            if school and _DEGREE_ALONE.match(school):
                yield text.fact("education", span, 0.75, _written(school), person=person,
                                org=canonical_name(school), degree=degree, field=None)
            continue
        for pattern in (_YEARS_AT, _EX, _TITLE_THEN_ORG):
            job = pattern.match(bare)
            if job is None:
                continue
            org = job.group("org").strip()
            title = (job.group("title") or "").strip() or None
            yield text.fact(
                "employment", span, 0.75, _written(org), person=person, org=canonical_name(org),
                title=title, start=years.group("start") if years else None,
                end=years.group("end") if years else None, current=False,
            )
            break


def _traction(text: Text, span: tuple[int, int], company: str, cell: str) -> Iterator[Fact]:
    """Counts in a traction cell ("310 paying restaurants", "18,000 monthly active users"): the
    company's product metrics (sums of money there are revenue or GMV, not counts)."""
    for amount in find_amounts(cell):
        before = cell[: amount.start].rstrip()
        if amount.currency or amount.value < 2 or (before and before[-1] not in ";,"):
            continue  # only a count the cell states ("LOIs from 3 law firms" counts letters)
        counted = _COUNTED.match(cell[amount.end :])
        if counted is None:
            continue
        metric = re.sub(r"\W+", "_", counted.group("noun").strip())
        yield text.fact("product_metric", span, 0.7, product=company, metric=metric,
                        value=amount.value, date=None)


def _written(name: str) -> dict[str, str]:
    canonical = canonical_name(name)
    return {canonical: name} if canonical != name else {}
