"""Company events and sectors: acquisitions, listings and shutdowns stated as done ("was
acquired by", "went public", "shut down"), never as rumour or plan; and what a company does,
from the description set beside its name ("Lanshu AI, a Shanghai-based developer of foundation
models for medical imaging" → foundation models for medical imaging).
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import HEDGE, POSSESSIVE, words
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.periods import iso_date

_O = MARK["org"]
_EVENTS = (
    ("acquired", re.compile(r"\b(?:was|were|has been|had been|got|is being)?\s*(?:acquired|bought"
                            r"|taken over)\s+by\b")),
    ("listing", re.compile(r"\b(?:went public|listed (?:its shares )?on|began trading|started"
                           r" trading|made its (?:trading |market |stock market )?debut"
                           r"|completed its (?:ipo|initial public offering)|priced its ipo)\b")),
    ("prospectus", re.compile(r"\b(?:filed|submitted|published|released)\s+(?:its |their |a |an "
                              r"|the )?(?:draft )?(?:prospectus(?:es)?|listing applications?"
                              r"|ipo applications?)\b|\bfiled\s+(?:for|to go public)"
                              r"(?:\s+(?:an?|its|their)\s+(?:ipo|initial public offering"
                              r"|listing))?\b")),
    ("ipo_hearing", re.compile(r"\b(?:passed|cleared)\s+(?:its |the |a )?(?:listing |ipo )?"
                               r"hearing\b")),
    ("shutdown", re.compile(r"\b(?:shut down|shuttered|ceased operations|wound down|went"
                            r" bankrupt|closed its doors)\b")),
)
_SUBJECT_GAP = re.compile(
    rf"{POSSESSIVE}?\s*(?:\([^)]*\)\s*)?(?:,[^,]{{0,60}},\s*)?(?:(?:has|have|had|was|were|is|also"
    r"|already|later|eventually|itself|finally|quietly|both|all|each|jointly)\s+)*"
)
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_PLACE = MARK["place"]
_SECTOR = re.compile(
    rf"(?P<org>{_O}+)(?:\s*\([^)]*\))?,\s+(?:an?|the)\s+(?:[\w.{_PLACE}-]+-based\s+|{_PLACE}+\s+)?"
    r"(?:(?P<before>[a-z][\w -]{2,40}?)\s+)?(?:startup|start-up|company|developer|maker|provider"
    r"|firm|lab)\b(?:\s+(?:of|building|that builds|that makes|making|behind)\s+"
    r"(?P<after>[a-z][\w -]{2,60}?)(?=[,.;]|\s+(?:that|which|who|for|to|in|with)\b))?"
)
# "AI video startup Orbit Labs", "a Hangzhou-based robotics company, Orbit Labs": the sector
# before the noun, at a clause's start or after an article or preposition.
_SECTOR_NOUN = re.compile(
    rf"\b(?:startup|start-up|company|firm|developer|maker|provider|unicorn)\s+(?P<org>{_O}+)"
)
_OPENER = re.compile(
    rf"(?:^|[,(“\"]|\b(?:a|an|the|by|for|with|from|and|to|of|at|as|on|in))\s*(?:[\w.{_PLACE}-]+"
    rf"-based\s+|{_PLACE}+\s+)?$",
    re.I,
)
_FUNCTION_WORD = re.compile(
    r"\b(?:the|a|an|of|in|to|and|for|with|by|from|at|as|on|is|was|are|were|he|she|it|they|we"
    r"|i|its|his|her|their|our|said|says|that|which|who)\b",
    re.I,
)
_GENERIC = words(
    "leading fast-growing young new global well-known promising small big large major top hot "
    "private public clinical-stage early-stage emerging rival fellow another other local "
    "domestic stealth portfolio parent sister holding shell same former little-known "
    "chinese american european asian indian japanese korean british german french israeli "
    "us u.s. u.k. uk"
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
                period = next(iter(ctx.periods_in(start, end)), None)
                for org in _subject_companies(ctx, start + match.start()):
                    facts.append(ctx.text.fact("event", ctx.sentence_at(start), 0.75,
                                               org=org.name, type=kind, date=iso_date(period)))
        facts += _sectors(ctx, start, end)
    return facts


def _subject_companies(ctx: Context, position: int) -> list[Entity]:
    """The company named right before the verb ("Moheng was acquired by …", "Orbis, founded in
    2019, shut down") and those listed with it ("Orbit Labs and Quill Labs both published …"),
    not a pronoun: "those companies have shut down" names no one."""
    start = ctx.clause_at(position)[0]
    orgs = ctx.mentions.within(start, position, "org")
    if not orgs or orgs[-1].entity is None or not ctx.companylike(orgs[-1].entity):
        return []
    if not _SUBJECT_GAP.fullmatch(ctx.lower(orgs[-1].end, position)):
        return []
    found = [orgs[-1].entity]
    for earlier, later in zip(orgs[-2::-1], orgs[:0:-1], strict=True):
        entity = earlier.entity
        if entity is None or not ctx.companylike(entity):
            break
        if not _LISTED.fullmatch(ctx.lower(earlier.end, later.start)):
            break
        found.insert(0, entity)
    return found


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
    for match in _SECTOR_NOUN.finditer(shape):
        mention = ctx.mentions.covering(start + match.start("org"))
        before = _premodifier(shape[: match.start()])
        words = before.split()
        while words and words[0].lower() in _GENERIC:
            words.pop(0)
        if mention is None or mention.entity is None or not words:
            continue
        if ctx.companylike(mention.entity) and not any(f.fields["org"] == mention.entity.name
                                                       for f in facts):
            facts.append(ctx.text.fact("sector", ctx.sentence_at(start), 0.6,
                                       org=mention.entity.name, sector=" ".join(words)))
    return facts


def _premodifier(head: str) -> str:
    """The words that describe a company before its noun ("AI video" of "AI video startup
    Orbit Labs"): up to three, after an article, a preposition or the clause start."""
    for count in (1, 2, 3):
        words = re.search(rf"(?:[A-Za-z][\w-]*\s+){{{count}}}$", head)
        if words is None or _FUNCTION_WORD.search(words.group()):
            return ""
        if _OPENER.search(head[: words.start()]):
            return words.group().strip()
    return ""
