"""Details that complete a job read elsewhere: how many people the person led there ("running a
200-person group", "built a team of about 40 people", "the 3D technology group, about 150
people") and when they left when the leaving verb names no employer ("before leaving in 2024").

The detail belongs to the same person's job named in the same sentence, else to their latest
job read before it. A company's own headcount ("the 58-person startup") leads no one.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft
from pedigree.ingest.text.periods import iso_date

_LEADING = (
    r"\b(?:led|leads|leading|ran|runs|running|managed|manages|managing|oversaw|oversees"
    r"|overseeing|built|builds|building|headed|heads|heading|grew|grows|growing|supervised"
    r"|directed|assembled|had|has)\b"
)
_QUALIFIER = r"(?:about|around|roughly|some|nearly|almost|more than|over|close to|upwards of)"
_UNIT = r"(?:team|teams|group|unit|org|organi[sz]ation|department|division|lab|staff|office)"
_TEAM = re.compile(
    rf"{_LEADING}[^.;]{{0,40}}?(?:"
    rf"\b(?P<a>\d[\d,]*)[- ](?:person|people|member|strong)\s+(?:[\w-]+\s+){{0,3}}?{_UNIT}\b"
    rf"|\b{_UNIT}\s+of\s+(?:{_QUALIFIER}\s+)?(?P<b>\d[\d,]*)\b"
    rf"|\b{_UNIT}\b[^.;]{{0,30}}?,\s*(?:{_QUALIFIER}\s+)?(?P<c>\d[\d,]*)\s+(?:people|engineers"
    r"|researchers|employees|staff|scientists)\b)"
)
_LEFT = re.compile(
    r"\b(?:left|leaving|quit|quitting|departed|departing|resigned|resigning|stepped down)"
    r"\s+(?:in|at the end of|by)\s+(?=\S)"
)


def complete_jobs(ctx: Context, drafts: list[Draft]) -> None:
    jobs = [d for d in drafts if d.kind == "employment"]
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        lower = ctx.lower(start, end)
        for match in _TEAM.finditer(lower):
            size = next(g for g in (match.group("a"), match.group("b"), match.group("c")) if g)
            job = _job(ctx, jobs, start + match.start(), (start, end))
            if job is not None and not job.fields.get("team_size"):
                job.fields["team_size"] = int(size.replace(",", ""))
        for match in _LEFT.finditer(lower):
            period = next(iter(ctx.periods_in(start + match.end(), start + match.end() + 20)), None)
            job = _job(ctx, jobs, start + match.start(), (start, end))
            if period is not None and job is not None and not job.fields.get("end"):
                job.fields["end"] = iso_date(period)
                job.fields["current"] = False


def _job(ctx: Context, jobs: list[Draft], position: int, clause: tuple[int, int]) -> Draft | None:
    """The job a detail at `position` completes: the subject's job in the same sentence (the
    last one read before the detail), else their latest job before it."""
    people = ctx.subjects(position, clause)
    if len(people) != 1:
        return None
    person = people[0]
    sentence = ctx.sentence_at(position)
    mine = [j for j in jobs if j.person is person and j.at < position]
    here = [j for j in mine if sentence[0] <= j.at < sentence[1]]
    if here:
        return max(here, key=lambda j: j.at)
    earlier = [j for j in mine if j.at >= ctx.sentence_at(max(0, sentence[0] - 1))[0] - 2000]
    return max(earlier, key=lambda j: j.at) if earlier else None

