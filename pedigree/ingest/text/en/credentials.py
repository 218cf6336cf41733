"""What a person can show besides jobs: a doctorate, papers, patents, awards, competition wins,
and delivery at scale (a large team led) — the research and delivery evidence the scarcity
analysis counts. Read from verbs whose subject is a person ("co-authored several papers",
"holds 12 patents", "won a … award"); a PhD comes from the education already read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.facts import Fact

_COUNT = (
    r"(?:(?:more than|over|nearly|about|around|some|at least)\s+)?(?:\d[\d,]*\+?|dozens of"
    r"|hundreds of|numerous|several|many|a number of|two|three|four|five|six|seven|eight|nine|ten)"
)
_CREDENTIALS = (
    ("paper", re.compile(
        rf"\b(?:published|authored|co-?authored|wrote|has written|has published)\s+(?P<detail>"
        rf"{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?papers?\b[^.;,]{{0,60}})")),
    ("patent", re.compile(
        rf"\b(?:holds|has|filed|owns|was granted|been granted)\s+(?P<detail>{_COUNT}\s+"
        r"(?:[\w-]+\s+)?patents?)\b")),
    ("competition", re.compile(
        r"\b(?:won|took|claimed|placed|clinched)\s+(?P<detail>[^.;]{0,60}?\b(?:competition"
        r"|challenge|olympiad|contest|hackathon|championship)\b[^.;,]{0,40})")),
    ("award", re.compile(
        r"\b(?:won|received|was awarded|earned|was named to|was named)\s+(?P<detail>[^.;]{0,80}?"
        r"\b(?:award|prize|medal|fellowship|honou?r|under 30|under 35)\b[^.;,]{0,40})")),
)
_LARGE_TEAM = 50  # people led: delivery at scale


def read_credentials(ctx: Context, ties: list[Fact]) -> list[Fact]:
    facts = list(_from_ties(ctx, ties))
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        lower = ctx.lower(start, end)
        for kind, pattern in _CREDENTIALS:
            for match in pattern.finditer(lower):
                found = start + match.start("detail"), start + match.end("detail")
                detail = ctx.text.original[found[0] : found[1]]
                for person in ctx.subjects(start + match.start(), (start, end)):
                    facts.append(ctx.text.fact("credential", ctx.sentence_at(start), 0.75,
                                               person=person.name, type=kind, detail=detail))
    return facts


def _from_ties(ctx: Context, ties: list[Fact]) -> Iterator[Fact]:
    """A PhD read as education, a large team read with a job."""
    for tie in ties:
        if tie.kind not in ("education", "employment"):
            continue
        span = (tie.start, tie.end)
        person, org = tie.fields["person"], tie.aliases.get(tie.fields["org"], tie.fields["org"])
        if tie.kind == "education" and tie.fields.get("degree") == "phd":
            yield ctx.text.fact("credential", span, 0.8, person=person, type="phd",
                                detail=f"PhD, {org}")
        size = tie.fields.get("team_size")
        if tie.kind == "employment" and size and size >= _LARGE_TEAM:
            yield ctx.text.fact("credential", span, 0.7, person=person, type="delivery",
                                detail=f"led {size} people at {org}")
