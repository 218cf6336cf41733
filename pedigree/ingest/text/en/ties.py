"""Who founded what and who worked where, read from verbs and the organisations they govern.

For each organisation a clause names, the words before it say what it is to the clause's
subject: a founding verb (founded, co-founded, started, set up — "to start" and "before
co-founding" too), a joining verb (joined, returned to), a working verb or a title with "at" or
"for" (was a research engineer at, spent eight years at, worked for), a leaving verb (left,
resigned from), or running one of its units (ran Yanxi's algorithms group). Companions ("with
Lin Shuya") and people after "founded … by" are founders as well. A negation ("never worked
there"), a plan ("is expected to join"), an advisor's role ("joined as an advisor", "advisory
board") or a client's ("customer teams at AMD") keeps the tie out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import iso_date
from pedigree.ingest.text.en.drafts import Draft
from pedigree.ingest.text.en.lexicon import (
    ADVISOR,
    BOARD,
    FOUND_VERB,
    HEDGE,
    JOIN_VERB,
    LEAVE_VERB,
    NEGATION,
    NOT_EMPLOYER,
    RUN_VERB,
    TITLE,
    UNIT_NOUN,
    WORK_VERB,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import Period

ORG_MARKS = MARK["org"] + MARK["school"]
# Where a new clause with its own subject begins: "…, and we'd see each other at GDC".
_CLAUSE_BREAK = re.compile(
    r"[,;]\s*(?:and|but|while|so|or|then|yet)\s+(?:i|he|she|we|they|it|you)\b"
    r"|,\s*(?:i|he|she|we|they)\b|\b(?:and|but)\s+(?:i|he|she|we|they)\b"
)
_FOUNDING = re.compile(rf"\b(?P<verb>{FOUND_VERB})\b")
# Words that may stand between a founding verb and the company: "his own company,", "a
# startup called", "the AI video startup".
_FOUND_GAP = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|own|new|first|second|another|startup|start-up"
    r"|company|firm|venture|lab|called|named|dubbed|[a-z0-9][\w-]*(?<!ing)(?<!ed)(?<!ly)"
    r"|\ue004+-?[\w-]*)"  # "the Madrid-based startup"
    r",?\s+){0,5}$"
)
_NOT_IN_GAP = re.compile(
    r"\b(?:at|for|with|in|on|by|as|to|from|of|and|or|after|before|while|since|until|when"
    r"|because|than|companies|startups|businesses|firms|ventures|that|which|who)\b"
)
_FOUNDED_BY = re.compile(
    r"\b(?P<verb>co-?founded|cofounded|founded|started|established|set up|created|launched)\b"
    r"(?P<mid>[^;.]{0,40}?)\bby\b"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+$")
_AT = re.compile(
    r"\b(?:at|for|inside|within)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:firm|company|startup|bank"
    r"|lab|fund|agency|group|studio)\s+)?$"
)
_TIME_WITH = re.compile(
    r"\b(?:years?|months?|decades?|stint|career|tenure|time)\b[^.;]{0,20}\bwith\s+(?:the\s+)?$"
)
_ON_UNIT = re.compile(r"\bon\s+(?:the\s+)?$")
_JOIN = re.compile(rf"\b{JOIN_VERB}\s+(?:the\s+)?$")
_LEAVE = re.compile(rf"\b{LEAVE_VERB}\s+(?:the\s+)?$")
_FROM_AFTER_JOIN = re.compile(
    rf"\b(?:{JOIN_VERB}|arrives?|arrived|comes|came|moves?|moved)\s+[^.;]{{0,60}}?\bfrom\s+"
    r"(?:the\s+)?$"
)
_RUN = re.compile(rf"\b{RUN_VERB}\s+(?:the\s+)?$")
# "now runs Atlas Compute", "went on to lead Verity": running a whole company is a job there.
_LEADS_COMPANY = re.compile(
    r"\b(?:now|currently|today|later|went on to|has since)\s+(?:\w+\s+)?(?:runs?|leads?|heads?"
    r"|ran|led|headed)\s+$"
)
_WORK = re.compile(rf"\b{WORK_VERB}\b|{TITLE}", re.I)
_UNIT_AFTER = re.compile(rf"^(?:'s|’s)\s+(?:[\w&/-]+\s+){{0,4}}?{UNIT_NOUN}\b")
_AS_TITLE = re.compile(rf"^[^;]{{0,40}}?\bas\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?P<title>{TITLE})")
_COMPANIONS = re.compile(r"\b(?:together\s+)?with\s+(?:(?:his|her|their|two|three|four|several|former|old|longtime|long-time|fellow|[a-z]+)\s+){0,4}?")  # noqa: E501


def read_founding(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """Founding verbs with a company after them, the subject and its companions founders."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _FOUNDING.finditer(lower):
        verb_at = start + match.start()
        before = lower[: match.start()]
        if _PASSIVE.search(before) or blocked(lower, match.start()):
            continue
        org = _object_after(ctx, start + match.end(), end) or _relative_object(ctx, start, verb_at)
        if org is None:
            continue
        company = ctx.entity(org)
        if company is None or company.kind != "org" or "investor" in company.roles:
            continue
        people = ctx.subjects(verb_at, clause)
        people += companions(ctx, max(org.end, start + match.end()), end)
        role = "co-founder" if "co" in match.group("verb") else "founder"
        date = iso_date(_period_near(ctx, org.end, end) or _period_before(ctx, start, verb_at))
        for person in people:
            yield draft(ctx, "founded", person, company, verb_at, 0.85, org, role=role, date=date)


def read_founded_by(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """ "Aubrac was founded in 2024 by A, who …, and B"; "Founded in 2020 by A and co-founder
    B, Lanshu AI develops …"; "X, founded by A,": the people after "by" founded it."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _FOUNDED_BY.finditer(lower):
        verb_at = start + match.start()
        if blocked(lower, match.start()):
            continue
        people, after = _listed_people(ctx, start + match.end(), end)
        if not people:  # "founded by her former manager, Marcus Hale"
            people, after = _listed_people(ctx, start + match.end(), end, skip_to_first=True)
        if not people:
            continue
        company = _passive_subject(ctx, start, verb_at) or _org_after_list(ctx, after, end)
        if company is None:
            continue
        role = "co-founder" if "co" in match.group("verb") else "founder"
        date = iso_date(_period_near(ctx, start + match.end("verb"), start + match.end()))
        for mention in people:
            person = ctx.entity(mention)
            if person is not None:
                yield draft(ctx, "founded", person, company, verb_at, 0.9, None, mention,
                            role=role, date=date)


def read_stints(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """Employment from the words before each organisation the clause names."""
    start, end = clause
    previous: tuple[Mention, str | None] | None = None
    for org in _orgs(ctx, start, end):
        company = ctx.entity(org)
        if company is None or company.kind not in ("org", "school"):
            continue
        aside = ctx.aside_at(org.start)
        limit = min(end, aside.end) if aside is not None else end
        later = [a.start for a in ctx.asides(org.start) if a.start >= org.end]
        limit = min([limit, *later])
        head = ctx.lower(start, org.start)
        tail = ctx.lower(org.end, limit)
        kind = _stint_kind(ctx, org, head, tail)
        if kind is None and previous is not None and _COORDINATED.fullmatch(
            ctx.lower(previous[0].end, org.start)
        ):
            kind = previous[1]  # "roles at Goldman Sachs and Two Sigma"
        previous = (org, kind)
        if kind is None:
            continue
        people = ctx.subjects(org.start, clause)
        if not people:
            continue
        subject_end = _subject_end(ctx, clause, org.start)
        between = ctx.lower(subject_end, org.start)
        if blocked(between + " ", len(between)) or NOT_EMPLOYER.search(_governing(between)):
            continue  # "embedded with customer teams at AMD": a client, not an employer
        if _CLAUSE_BREAK.search(between):
            continue  # "I was at NetEase, and we'd see each other at GDC": another clause
        if _advisory(tail) or (kind == "join" and ADVISOR.search(tail)):
            for person in people:
                yield draft(ctx, "advisor", person, company, org.start, 0.8, org)
            continue
        if re.match(r"^[^.;]{0,30}\b(?:never|not|n't)\b", tail) and not re.match(
            r"^[^.;]{0,30}\bnot (?:only|just)\b", tail
        ):
            continue  # "… at Google — she never worked there"
        fields = _stint_fields(ctx, kind, org, head, tail, limit)
        if company.kind == "school" and kind == "at" and not _SCHOOL_WORK.search(between):
            continue  # "studied … at Stanford": education, read elsewhere
        for person in people:
            yield draft(ctx, "employment", person, company, org.start, 0.8, org, **fields)


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)")
_SCHOOL_WORK = re.compile(r"\b(?:professor|lecturer|faculty|taught|teaches|dean|researcher"
                          r"|scientist|fellow|worked|works|staff|director|head)\b")


def _stint_kind(ctx: Context, org: Mention, head: str, tail: str) -> str | None:
    if org.kind == "ref" and org.form == "there":
        return "at" if _WORK.search(head[-40:]) else None
    if _JOIN.search(head):
        return "join"
    if _FROM_AFTER_JOIN.search(head):
        return "from"  # "joins Orbis from Novartis": where the person was before
    if _LEAVE.search(head):
        return "leave"
    if _RUN.search(head) and (_UNIT_AFTER.match(tail) or _LEADS_COMPANY.search(head)):
        return "run"
    if _ON_UNIT.search(head) and _UNIT_AFTER.match(tail) and _WORK.search(head):
        return "at"
    if (_AT.search(head) or _TIME_WITH.search(head)) and _WORK.search(head[-90:]):
        return "at"
    return None


def _stint_fields(ctx: Context, kind: str, org: Mention, head: str, tail: str, end: int) -> dict:
    fields: dict = {}
    title = _AS_TITLE.match(tail)
    before = re.search(rf"\bas\s+(?:an?\s+|the\s+)?(?P<title>{TITLE})\s+(?:at|for|with|on)\s+(?:the\s+)?$", head)  # noqa: E501
    plain = re.search(rf"(?:\b(?:is|was|a|an|the|former|formerly|previously)\s+)(?P<title>{TITLE})\s+(?:at|for|on)\s+(?:the\s+)?$", head)  # noqa: E501
    chosen = title or before or plain
    if chosen:
        fields["title"] = ctx.text.folded[_abs(ctx, chosen, "title", org, tail, head)].strip()
    start, finish = stint_dates(ctx, org.end, end)
    if kind == "join" and start is None:
        start = iso_date(_period_near(ctx, org.end, min(end, org.end + 30)))
    if kind == "leave" and finish is None:
        finish = iso_date(_period_near(ctx, org.end, min(end, org.end + 30)))
    fields.update(start=start, end=finish)
    fields["current"] = None if kind in ("at", "join", "run") else False
    if kind == "from":
        fields.pop("title", None)
    return fields


def _abs(ctx: Context, match: re.Match, group: str, org: Mention, tail: str, head: str) -> slice:
    """The text slice of a match made on the head or tail string of an organisation."""
    if match.string is tail:
        return slice(org.end + match.start(group), org.end + match.end(group))
    offset = org.start - len(head)
    return slice(offset + match.start(group), offset + match.end(group))


def stint_dates(ctx: Context, after: int, end: int) -> tuple[str | None, str | None]:
    """ "from 2016 to 2023", "from 2017 until 2020", "(2014–2018)", "since 2020" after a
    stint; "2023–present" has a start and no end."""
    start = finish = None
    for period in ctx.periods_in(after, min(end, after + 60)):
        cue = ctx.lower(max(after, period.start - 12), period.start)
        if re.search(r"(?:\bfrom|\bsince|\bbetween|\bstarting(?: in)?|\()\s*(?:the\s+)?$", cue):
            start = iso_date(period)
        elif re.search(r"(?:\buntil|\btill|\bthrough|\bto|\band|[–—-])\s*(?:the\s+)?$", cue):
            finish = iso_date(period)
            if start is None:
                earlier = [p for p in ctx.periods_in(after, period.start)]
                start = iso_date(earlier[-1]) if earlier else None
    return start, finish


def _orgs(ctx: Context, start: int, end: int) -> list[Mention]:
    found = []
    for m in ctx.mentions.within(start, end, "org", "school", "ref"):
        if m.kind != "ref" or m.form in ("company", "Company", "it", "there", "we"):
            possessive = re.match(r"\s*(?:'s|’s)", ctx.text.folded[m.end :])
            if m.kind == "ref" and m.form == "it" and not possessive:
                continue
            found.append(m)
    return found


def _object_after(ctx: Context, position: int, end: int) -> Mention | None:
    """The company a founding verb governs: the first organisation (or "the company") after
    it, with only determiners and descriptors between."""
    for m in ctx.mentions.within(position, end, "org", "school", "ref"):
        if m.kind == "ref" and m.form not in ("company", "Company", "it"):
            continue
        gap = ctx.lower(position, m.start)
        if _FOUND_GAP.fullmatch(gap) and not _NOT_IN_GAP.search(gap.replace("startup called", "")):
            return m
        return None
    return None


# "Quanta Metrics, which he founded", "Grundlage, the HR software company he co-founded".
_RELATIVE_OBJECT = re.compile(
    rf"[{ORG_MARKS}](?:\s*\([^)]*\)|\s*[—–][^—–]{{0,60}}[—–])?\s*[,—–]?\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|startup|start-up|firm|business|venture|lab"
    r"|fund)\s+(?:that\s+|which\s+)?|(?:which|that)\s+)"
    r"(?:\S+\s+){1,3}?(?:also\s+|later\s+|had\s+|has\s+)?$"
)


_NEW_CLAUSE = re.compile(r"[;]|\b(?:and|but)\s+(?:he|she|they)\b")


def _relative_object(ctx: Context, start: int, verb_at: int) -> Mention | None:
    """ "Quanta Metrics, which he founded in 2021": the company a relative clause is about."""
    head = ctx.lower(start, verb_at)
    match = _RELATIVE_OBJECT.search(head)
    return ctx.mentions.covering(start + match.start()) if match else None


def companions(ctx: Context, position: int, end: int) -> list[Entity]:
    """ "… with Lin Shuya, who …", "together with two former ByteDance colleagues, Peng Yu and
    Song Zhiqiang": the people a founder started the company with."""
    lower = ctx.lower(position, end)
    match = _COMPANIONS.search(lower)
    if not match or match.start() > 70 or _NEW_CLAUSE.search(lower[: match.start()]):
        return []
    if re.search(r"\b(?:from|backing|funding|\$)", lower[: match.end()]):
        return []  # "with backing from …": money, not people
    people, _ = _listed_people(ctx, position + match.end(), end, skip_to_first=True)
    return [e for e in (ctx.entity(m) for m in people) if e is not None]


_HONORIFIC = r"(?:dr|prof|professor|mr|ms|mrs)\.?"
# Before the first person of a list: titles ("co-founder and CTO Dr. Richard Gao"); with
# `skip_to_first`, also a few words and an organisation ("two former ByteDance colleagues,").
_FIRST_GAP = re.compile(rf"\s*(?:(?:{TITLE}|{_HONORIFIC})\s+)*")
_SKIPPED_GAP = re.compile(
    rf"\s*(?:(?:[a-z-]+|[\ue000-\ue00f]+|{_HONORIFIC})\s+){{0,6}}?(?:[\w-]+,\s*)?"
)
_NEXT_GAP = re.compile(rf"\s*(?:,\s*)?(?:and|&|,)?\s*(?:(?:{TITLE}|{_HONORIFIC})\s+)*")


def _listed_people(
    ctx: Context, position: int, end: int, skip_to_first: bool = False
) -> tuple[list[Mention], int]:
    """The people listed from `position`: "A, who …, and B", "A and co-founder B" — each one
    after the asides of the one before. Returns them and where the list ends."""
    people: list[Mention] = []
    cursor = position
    for m in ctx.mentions.within(position, end, "person", "ref", "org", "school"):
        if m.start < cursor:
            continue
        if m.kind in ("org", "school"):
            if ctx.aside_at(m.start) is not None or (skip_to_first and not people):
                continue
            break
        if m.kind == "ref" and ctx.lower(m.start, m.end) not in ("he", "she"):
            continue  # "his former colleague": a possessive, not one of the people
        aside = ctx.aside_at(m.start)
        if aside is not None and aside.start >= position:
            if not people:
                break
            continue
        gap = _NEXT_GAP if people else _SKIPPED_GAP if skip_to_first else _FIRST_GAP
        if not gap.fullmatch(ctx.lower(cursor, m.start)):
            break
        people.append(m)
        cursor = m.end
        after = next((a for a in ctx.asides(m.end) if a.anchor == m.end), None)
        if after is not None:
            cursor = after.end
        bracket = re.match(r"\s*\([^)]*\)", ctx.text.folded[cursor:end])
        if bracket:
            cursor += bracket.end()
    return people, cursor


def _passive_subject(ctx: Context, clause_start: int, verb_at: int) -> Entity | None:
    """The company before "was founded": the last organisation (or "the company") before the
    verb that is not inside an aside."""
    verb_aside = ctx.aside_at(verb_at)
    for m in reversed(_orgs(ctx, clause_start, verb_at)):
        described = verb_aside is not None and not ctx.lower(m.end, verb_aside.anchor).strip(" )")
        if not described and ctx.aside_at(m.start) not in (None, verb_aside):
            continue  # an organisation inside someone else's aside
        entity = ctx.entity(m)
        if entity is not None and entity.kind == "org":
            return entity
    return None


def _org_after_list(ctx: Context, position: int, end: int) -> Entity | None:
    """ "Founded in 2020 by A and B, Lanshu AI develops": the company after the list."""
    for m in _orgs(ctx, position, end):
        if ctx.aside_at(m.start) is not None:
            continue
        if re.fullmatch(r"[\s,]*", ctx.lower(position, m.start)):
            entity = ctx.entity(m)
            return entity if entity is not None and entity.kind == "org" else None
        return None
    return None


def _subject_end(ctx: Context, clause: tuple[int, int], position: int) -> int:
    """Where the subject of the verb before `position` ends (the clause start when the
    subject is not named in the clause)."""
    named = [m for m in ctx.subject_mentions(position, clause) if isinstance(m, Mention)]
    aside = ctx.aside_at(position)
    ends = [m.end for m in named if m.start < position]
    if aside is not None and (not ends or max(ends) < aside.start):
        return aside.start + 1
    return max(ends) if ends else clause[0]


def _governing(between: str) -> str:
    """The words that govern an organisation: those after the last working verb or title
    before it ("… while working at" → " at"; "embedded with customer teams at")."""
    ends = [m.end() for m in _WORK.finditer(between)]
    return between[ends[-1] :] if ends else between


def blocked(lower: str, at: int) -> bool:
    """A negation or a hedge shortly before `at` in its clause: not a fact."""
    window = lower[max(0, at - 50) : at]
    window = window[max(window.rfind(","), window.rfind("—")) + 1 :] if at - 50 > 0 else window
    return bool(NEGATION.search(window) or HEDGE.search(window))


def _advisory(tail: str) -> bool:
    """ "… 's Scientific Advisory Board", "… 's board": a seat, not a job."""
    seat = re.match(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:advisory\s+)?board\b", tail)
    advisor = re.match(r"^[^.;]{0,30}\bas\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?advis", tail)
    return bool(seat or advisor or BOARD.match(tail))


def draft(
    ctx: Context,
    kind: str,
    person: Entity,
    org: Entity,
    at: int,
    confidence: float,
    org_mention: Mention | None = None,
    person_mention: Mention | None = None,
    **fields,
) -> Draft:
    """A tie read from evidence at position `at`, quoting its sentence."""
    span = ctx.sentence_at(at)
    written = {}
    if org_mention is not None and org_mention.kind != "ref":
        written[org.name] = ctx.text.original[org_mention.start : org_mention.end]
    if person_mention is not None and person_mention.kind == "person":
        written[person.name] = ctx.text.original[person_mention.start : person_mention.end]
    return Draft(kind, person, org, span, confidence, fields, written, at)


def _period_near(ctx: Context, start: int, end: int) -> Period | None:
    found = ctx.periods_in(start, min(end, start + 40))
    return found[0] if found else None


def _period_before(ctx: Context, start: int, position: int) -> Period | None:
    found = [p for p in ctx.periods_in(start, position) if not _birth(ctx, p)]
    return found[-1] if found else None


def _birth(ctx: Context, period: Period) -> bool:
    """ "(born 1988)": a birth year dates no tie."""
    before = ctx.lower(max(0, period.start - 12), period.start)
    return bool(re.search(r"\bborn\s*(?:in\s+|on\s+)?$", before))

