"""Company events and sectors: acquisitions, listings and shutdowns stated as done ("was
acquired by", "went public", "shut down"), never as rumour or plan; and what a company does,
from the description set beside its name ("Lanshu AI, a Shanghai-based developer of foundation
models for medical imaging" → foundation models for medical imaging).
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import iso_date
from pedigree.ingest.text.en.lexicon import HEDGE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact

_O = MARK["org"]
_EVENTS = (
    ("acquired", re.compile(r"\b(?:was|were|has been|had been|got|is being)?\s*(?:acquired|bought"
                            r"|taken over)\s+by\b")),
    ("listing", re.compile(r"\b(?:went public|listed (?:its shares )?on|began trading|started"
                           r" trading|made its (?:trading |market |stock market )?debut"
                           r"|completed its (?:ipo|initial public offering)|priced its ipo)\b")),
    ("prospectus", re.compile(r"\b(?:filed|submitted)\s+(?:its |a |an |the )?(?:draft )?"
                              r"(?:prospectus|listing application|ipo application)\b")),
    ("ipo_hearing", re.compile(r"\b(?:passed|cleared)\s+(?:its |the |a )?(?:listing |ipo )?"
                               r"hearing\b")),
    ("shutdown", re.compile(r"\b(?:shut down|shuttered|ceased operations|wound down|went"
                            r" bankrupt|closed its doors)\b")),
)
_SUBJECT_GAP = re.compile(
    r"(?:'s|’s)?\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,60},\s*)?(?:(?:has|have|had|was|were|is|also"
    r"|already|later|eventually|itself|finally|quietly)\s+)*"
)
_PLACE = MARK["place"]
_SECTOR = re.compile(
    rf"(?P<org>{_O}+)(?:\s*\([^)]*\))?,\s+(?:an?|the)\s+(?:[\w.{_PLACE}-]+-based\s+|{_PLACE}+\s+)?"
    r"(?:(?P<before>[a-z][\w -]{2,40}?)\s+)?(?:startup|start-up|company|developer|maker|provider"
    r"|firm|lab)\b(?:\s+(?:of|building|that builds|that makes|making|behind)\s+"
    r"(?P<after>[a-z][\w -]{2,60}?)(?=[,.;]|\s+(?:that|which|who|for|to|in|with)\b))?"
)
_NOT_SECTOR = re.compile(r"^(?:leading|fast-growing|young|new|global|well-known|promising|small"
                         r"|big|large|major|top|hot|private|public|clinical-stage|early-stage)\b")


def read_events(ctx: Context) -> list[Fact]:
    facts = []
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        lower = ctx.lower(start, end)
        for kind, pattern in _EVENTS:
            for match in pattern.finditer(lower):
                if HEDGE.search(lower[: match.start()]) or HEDGE.search(lower[match.end() :]):
                    continue
                org = _subject_company(ctx, start + match.start())
                if org is None:
                    continue
                period = next(iter(ctx.periods_in(start, end)), None)
                facts.append(ctx.text.fact("event", ctx.sentence_at(start), 0.75, org=org.name,
                                           type=kind, date=iso_date(period)))
        facts += _sectors(ctx, start, end)
    return facts


def _subject_company(ctx: Context, position: int) -> Entity | None:
    """The company named right before the verb ("Moheng was acquired by …", "Orbis, founded in
    2019, shut down"), not a pronoun: "those companies have shut down" names no one."""
    start = ctx.clause_at(position)[0]
    orgs = ctx.mentions.within(start, position, "org")
    if not orgs or orgs[-1].entity is None or not ctx.companylike(orgs[-1].entity):
        return None
    gap = ctx.lower(orgs[-1].end, position)
    return orgs[-1].entity if _SUBJECT_GAP.fullmatch(gap) else None


def _sectors(ctx: Context, start: int, end: int) -> list[Fact]:
    facts = []
    shape = ctx.shape[start:end]
    for match in _SECTOR.finditer(shape):
        mention = ctx.mentions.covering(start + match.start("org"))
        words = match.group("after") or match.group("before")
        if mention is None or mention.entity is None or not words:
            continue
        sector = _NOT_SECTOR.sub("", words.strip()).strip()
        if sector and ctx.companylike(mention.entity):
            facts.append(ctx.text.fact("sector", ctx.sentence_at(start), 0.6,
                                       org=mention.entity.name, sector=sector))
    return facts

