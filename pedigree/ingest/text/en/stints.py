"""Who worked where, read from the words before each organisation a clause names: a joining
verb (joined, returned to; "joins Orbis from Novartis" for the employer before), a working verb
or a title with "at" or "for" (was a research engineer at, spent eight years at, worked for), a
leaving verb (left, resigned from), or running a unit or the whole company (ran Yanxi's
algorithms group, now runs Atlas Compute). A negation ("never worked there"), a plan ("is
expected to join"), an advisor's seat ("joined as an advisor", "advisory board") or a client's
relation ("customer teams at AMD") keeps the job out; an advisor's seat is recorded as such, so
that no other reading gives that person a job there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import period_near
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.lexicon import (
    ADVISOR,
    BOARD,
    DEGREE_WORD,
    FUNCTION_NEXT,
    HEDGE,
    JOIN_VERB,
    KIN_BEFORE,
    LEAVE_VERB,
    NOT_EMPLOYER,
    POSSESSIVE,
    RUN_VERB,
    STUDIED_AT,
    TITLE,
    UNIT_NOUN,
    WORK_VERB,
    blocked,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import iso_date

# Where a new clause with its own subject begins: "…, and we'd see each other at GDC".
_CLAUSE_BREAK = re.compile(
    r"[,;]\s*(?:and|but|while|so|or|then|yet)\s+(?:i|he|she|we|they|it|you)\b"
    r"|,\s*(?:i|he|she|we|they)\b|\b(?:and|but)\s+(?:i|he|she|we|they)\b"
)


_AT = re.compile(
    # ("spent a decade at Japanese embroidery-machine maker Tajima": what the employer is first)
    r"\b(?:at|for|inside|within)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:firm|company|startup|bank"
    r"|lab|fund|agency|group|studio|maker|giant|manufacturer|retailer|producer|operator|chain"
    r"|supplier|provider|developer|conglomerate|chipmaker|automaker|carmaker|brand)\s+)?$"
    # "worked in the healthcare investment banking team of Morgan Stanley"
    rf"|\b(?:in|on)\s+(?:the\s+|its\s+)?(?:[\w&/-]+\s+){{0,4}}?{UNIT_NOUN}\s+(?:of|at)\s+(?:the\s+)?$"
)


_TIME_WITH = re.compile(
    r"\b(?:years?|months?|decades?|stint|career|tenure|time)\b[^.;]{0,20}\bwith\s+(?:the\s+)?$"
)


# ("worked on Grab's payments team", "spent six years in IKEA's India sourcing team")
_ON_UNIT = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")


_JOIN = re.compile(rf"\b{JOIN_VERB}\s+(?:the\s+)?$")


# A joining verb, the person joined, then where: "joined her old boss A at Halvard".
_JOINED_SOMEONE_AT = re.compile(
    rf"\b(?:join(?:ed|s)?|rejoin(?:ed|s)?)\s+(?:[a-z-]+\s+){{0,4}}?{MARK['person']}+"
    rf"(?:\s+and\s+{MARK['person']}+)?\s+at\s+$"
)
_LEAVE = re.compile(rf"\b{LEAVE_VERB}\s+(?:the\s+)?$")


_FROM_AFTER_JOIN = re.compile(
    rf"\b(?:{JOIN_VERB}|arrives?|arrived|comes|came|moves?|moved)\s+[^.;]{{0,60}}?\bfrom\s+"
    r"(?:the\s+)?$"
)


_RUN = re.compile(rf"\b{RUN_VERB}\s+(?:the\s+)?$")
_RUN_IN = re.compile(rf"\b{RUN_VERB}\s+[a-z][^.;,]{{0,40}}?\s+(?:in|at|within)\s+(?:the\s+)?$")
_WORK_OBJECT = re.compile(
    rf"\b(?:{UNIT_NOUN}|planning|production|manufacturing|engineering|marketing|sales|"
    r"partnerships?|accounts|logistics|procurement|merchandising|category|categories|plant|"
    r"factory|mine|kitchen|warehouse|region|store|stores)\b"
)
# "ran Helicon's manufacturing", "led Grab's expansion": a function of the organisation
_FUNCTION_AFTER = re.compile(
    rf"^{POSSESSIVE}\s+(?:[\w&/-]+\s+){{0,3}}?(?:manufacturing|engineering|marketing|sales|product"
    r"|products|research|design|finance|supply chain|logistics|partnerships?|programs?"
    r"|ecosystem|hardware|software|strategy|growth|expansion|factory|factories|production"
    r"|category|categories|operations|business)\b"
)


# "now runs Atlas Compute", "went on to lead Verity": running a whole company is a job there.
_LEADS_COMPANY = re.compile(
    r"\b(?:now|currently|today|later|went on to|has since)\s+(?:\w+\s+)?(?:runs?|leads?|heads?"
    r"|ran|led|headed)\s+$"
)


_WORK = re.compile(rf"\b{WORK_VERB}\b|{TITLE}", re.I)


_PAST_JOB = re.compile(
    r"\b(?:previously|formerly|former|once|earlier|used to|had (?:worked|been|spent)|spent"
    r"|then-)\b[^.;]*$"
)


_PRESENT_JOB = re.compile(
    r"\b(?:currently|now|still|today)\s+(?:\w+\s+)?(?:works?|serves?|leads?|runs?|heads?|is"
    r"|remains?)\b[^.;]*$|\b(?:works|serves)\s+(?:as\b[^.;]*)?(?:at|for)\s+(?:the\s+)?$"
)


# (a place among the words: "IKEA's India sourcing team", the place marked in the shape)
_UNIT_AFTER = re.compile(
    rf"^{POSSESSIVE}\s+(?:(?:[\w&/-]+|{MARK['place']}+)\s+){{0,4}}?{UNIT_NOUN}\b"
)


_AS_TITLE = re.compile(rf"^[^;]{{0,40}}?\bas\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?P<title>{TITLE})")


def read_stints(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """Employment from the words before each organisation the clause names."""
    start, end = clause
    previous: tuple[Mention, str | None] | None = None
    for org in ctx.organisations(start, end):
        if org.kind != "ref" and ctx.parent_org(org) is not org:
            continue  # a faculty: the university after it is the employer, read next
        company = ctx.entity(org)
        if company is None or company.kind not in ("org", "school"):
            continue
        aside = ctx.aside_at(org.start)
        limit = min(end, aside.end) if aside is not None else end
        later = [a.start for a in ctx.asides(org.start) if a.start >= org.end]
        limit = min([limit, *later])
        head = ctx.lower(start, org.start)
        tail = ctx.lower(org.end, limit)
        leading = _leading_at(ctx, org, head, ctx.lower(org.end, end))
        if leading:
            fields = {"current": False if _PAST_JOB.search(ctx.lower(org.end, end)) else None}
            for person in leading:
                yield draft(ctx, "employment", person, company, org.start, 0.8, org, **fields)
            previous = (org, None)
            continue
        if _NOT_STAFF.search(head):
            # "… and is not an employee of our Group": whatever post the text gave there
            for person in ctx.subjects(org.start, clause):
                yield draft(ctx, "advisor", person, company, org.start, 0.8, org)
            continue
        if _FOR_THEN_AT.search(head) and _AT_ORG.match(ctx.shape, org.end):
            continue  # "ran marketing for Taobao at Alibaba": the employer is the one after
        if head.endswith(" of ") and FUNCTION_NEXT.match(ctx.text.folded, org.end):
            continue  # "vice president of Watch operations": a unit's function, no employer
        if _BOARD_SEAT.search(head) and _BOARD_OF.match(tail) and not HEDGE.search(head):
            # "Pruitt has joined Halvard's board", "sits on Keel's board": a director's seat
            for person in ctx.subjects(org.start, clause):
                yield draft(ctx, "employment", person, company, org.start, 0.75, org,
                            title="board member", start=None, end=None, current=None)
            previous = (org, None)
            continue
        if _PLURAL_SUBJECT.search(head):
            continue  # "Analysts at BloombergNEF have argued": unnamed people, no one's post
        if tail.startswith(":") or tail.startswith(" :"):
            continue  # "Role at Amazon: …", a field's label: `entry_fields` reads the line
        kind = _stint_kind(ctx, org, head, tail)
        joined_someone = _JOINED_SOMEONE_AT.search(head)
        if joined_someone:
            kind = "join"  # "joined her old boss Claire Dubois at Scoop Theory": the joiner's
        if kind is None and previous is not None and _COORDINATED.fullmatch(
            ctx.lower(previous[0].end, org.start)
        ) and not re.match(rf"{POSSESSIVE}\s", tail):  # not "Ele.me, Alibaba's delivery arm"
            kind = previous[1]  # "roles at Goldman Sachs and Two Sigma"
        previous = (org, kind)
        if kind is None:
            continue
        people = ctx.subjects(start + joined_someone.start() if joined_someone else org.start,
                              clause)
        if not people:
            continue
        subject_end = _subject_end(ctx, clause, org.start)
        between = ctx.lower(subject_end, org.start)
        if blocked(between + " ", len(between)) or NOT_EMPLOYER.search(_governing(between)):
            continue  # "embedded with customer teams at AMD": a client, not an employer
        if _CLAUSE_BREAK.search(between):
            continue  # "I was at NetEase, and we'd see each other at GDC": another clause
        kin = KIN_BEFORE.search(ctx.lower(clause[0], org.start))
        if kin and not ctx.mentions.within(clause[0] + kin.start(), org.start, "person"):
            continue  # "His father was a chemical engineer at Sinopec": an unnamed relative's
        # (as written: "Technical Advisory Committee" is a name, masked in `tail`)
        written = ctx.text.folded[org.end : org.end + len(tail)].lower()
        if _advisory(written) or (kind == "join" and ADVISOR.search(written)):
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
        if STUDIED_AT.search(head):
            continue  # "… and studied at Tec de Monterrey"
        if _DEGREE_DONE_AT.search(head):
            continue  # "did his undergraduate degree at Purdue": where he studied
        for person in people:
            yield draft(ctx, "employment", person, company, org.start, 0.8, org, **fields)


# "did his undergraduate degree at ", "after earning a PhD at ": a degree, then where.
_DEGREE_DONE_AT = re.compile(
    r"\b(?:did|doing|earned|earning|got|getting|took|taking|completed|completing|finished"
    r"|finishing|received|receiving|obtained|obtaining)\s+(?:\w+\s+){0,2}?"
    + DEGREE_WORD.pattern.replace("(?=\\W|$)", "")
    + r"[^.;]{0,20}\bat\s+(?:the\s+)?$",
    re.I,
)
_BOARD_SEAT = re.compile(
    r"\b(?:join(?:s|ed)?|(?:sits?|sat|serves?|served|has served)\s+on|(?:appointed|elected"
    r"|named)\s+to)\s+(?:the\s+)?$"
)
_BOARD_OF = re.compile(
    rf"^{POSSESSIVE}?\s+board(?:\s+of\s+directors)?\b(?!\s+(?:as\s+)?(?:an?\s+)?(?:observer|adviser"
    r"|advisor))"
)
_FOR_THEN_AT = re.compile(r"\bfor\s+(?:the\s+)?$")
_PLURAL_SUBJECT = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:analysts|engineers|executives|researchers|employees|staff|sources"
    r"|officials|insiders|experts|scientists|observers|people|veterans|bankers)\s+(?:at|from|of"
    r"|with|inside|close to)\s+(?:the\s+)?$"
)
_AT_ORG = re.compile(rf"(?:\s+[A-Z][\w-]*){{0,3}}\s+(?:at|in)\s+(?:the\s+)?[{MARK['org']}]")


_NOT_STAFF = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:an?\s+)?(?:employee|staff member|officer|member of staff)s?"
    r"\s+(?:of|at)\s+(?:the\s+|our\s+)?$"
)


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)")


_SCHOOL_WORK = re.compile(r"\b(?:professor|lecturer|faculty|taught|teaches|dean|researcher"
                          r"|scientist|fellow|worked|works|staff|director|head)\b")


_LEADING_AT = re.compile(
    r"\s*(?:(?:while|when|back|once|earlier)\s+)?(?:at|inside|within)\s+(?:the\s+)?"
)
_SUBJECT_AFTER = re.compile(
    rf"\s*,\s*(?P<who>{MARK['person']}+|he\b|she\b|i\b)\s+(?:(?:also|later|then|first"
    rf"|eventually|previously|once)\s+)?(?:{WORK_VERB})\b"
)


def _leading_at(ctx: Context, org: Mention, head: str, rest: str) -> list[Entity]:
    """ "At SenseTime, Gao led a team of 200": an opening place of work and the subject of
    the main clause after it."""
    if org.kind == "ref" or not _LEADING_AT.fullmatch(head):
        return []
    match = _SUBJECT_AFTER.match(rest)
    if match is None or blocked(rest, match.end()):
        return []
    subject = ctx.mentions.within(org.end + match.start("who"), org.end + match.end("who") + 1,
                                  "person", "ref")
    entity = ctx.entity(subject[0]) if subject else None
    return [entity] if entity is not None and entity.kind == "person" else []


def _stint_kind(ctx: Context, org: Mention, head: str, tail: str) -> str | None:
    if org.kind == "ref" and org.form == "there":
        return "at" if _WORK.search(head[-40:]) else None
    if _JOIN.search(head):
        return "join"
    if _FROM_AFTER_JOIN.search(head) and not DEGREE_WORD.search(head[-50:]):
        return "from"  # "joins Orbis from Novartis" (not "… receiving an MBA from")
    if _LEAVE.search(head):
        return "leave"
    if _RUN.search(head) and (
        _UNIT_AFTER.match(tail) or _FUNCTION_AFTER.match(tail) or _LEADS_COMPANY.search(head)
    ):
        return "run"
    run_in = _RUN_IN.search(head)
    if run_in and (
        _UNIT_AFTER.match(tail)
        or _FUNCTION_AFTER.match(tail)
        or _WORK_OBJECT.search(run_in.group())
    ):
        # "ran partner programs in Xiaomi's hardware ecosystem", "ran the fermentation lab at
        # Noma" (a part of the organisation run there, not "ran a marathon at Boston")
        return "run"
    if (
        _ON_UNIT.search(head)
        and (_UNIT_AFTER.match(tail) or _FUNCTION_AFTER.match(tail))
        and _WORK.search(head)
    ):
        return "at"
    if (_AT.search(head) or _TIME_WITH.search(head)) and _WORK.search(head[-90:]):
        return "at"
    if _WAS_BEFORE.search(head) and _POSSESSED_TITLE.match(tail):
        return "at"  # "Lim was Grab's head of merchant operations"
    return None


# "X was Grab's first head of HR", "she became Meituan's youngest vice president": a post of the
# organisation, named with its possessive right after the verb.
_WAS_BEFORE = re.compile(
    r"\b(?:was|is|had been|has been|became|becomes|served as|serves as|remains|once)\s+"
    r"(?:(?:also|previously|formerly|once|later|then|briefly)\s+)?$"
)
_POSSESSED_TITLE = re.compile(
    rf"^{POSSESSIVE}\s+(?:(?:first|former|youngest|founding|longtime|long-time|then|top|chief|"
    rf"lead|senior|global|regional|[a-z]+-based)\s+)*(?P<title>{TITLE})"
)


def _stint_fields(ctx: Context, kind: str, org: Mention, head: str, tail: str, end: int) -> dict:
    fields: dict = {}
    title = _AS_TITLE.match(tail)
    before = re.search(rf"\bas\s+(?:an?\s+|the\s+)?(?P<title>{TITLE})\s+(?:at|for|with|on)\s+(?:the\s+)?$", head)  # noqa: E501
    plain = re.search(rf"(?:\b(?:is|was|a|an|the|former|formerly|previously)\s+)(?P<title>{TITLE})\s+(?:at|for|on)\s+(?:the\s+)?$", head)  # noqa: E501
    possessed = _POSSESSED_TITLE.match(tail) if _WAS_BEFORE.search(head) else None
    chosen = title or before or plain or possessed
    if chosen:
        fields["title"] = ctx.text.folded[_abs(ctx, chosen, "title", org, tail, head)].strip()
    start, finish = stint_dates(ctx, org.end, end)
    if kind == "join" and start is None:
        start = iso_date(period_near(ctx, org.end, min(end, org.end + 30)))
    if kind == "leave" and finish is None:
        finish = iso_date(period_near(ctx, org.end, min(end, org.end + 30)))
    fields.update(start=start, end=finish)
    fields["current"] = None if kind in ("at", "join", "run") else False
    if kind in ("at", "run") and finish is None:
        if _PAST_JOB.search(head[-50:]):
            fields["current"] = False  # "previously worked at", "spent six years at"
        elif _PRESENT_JOB.search(head[-50:]):
            fields["current"] = True  # "currently works at", "now runs"
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


def _advisory(tail: str) -> bool:
    """ "… 's Scientific Advisory Board", "… 's board", "… 's Technical Advisory Committee": a
    seat, not a job."""
    seat = re.match(
        rf"^{POSSESSIVE}?\s+(?:[\w-]+\s+){{0,2}}?(?:(?:advisory\s+)?board"
        r"|advisory\s+(?:committee|council|panel|group))\b",
        tail,
    )
    advisor = re.match(r"^[^.;]{0,30}\bas\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?advis", tail)
    return bool(seat or advisor or BOARD.match(tail))


# "The pair met in Grab's maps team, where Chen was a principal engineer and Goh a product
# manager": an organisation (or its team), then "where", then each person with their post there.
_WHERE_AFTER = re.compile(
    rf"(?:{POSSESSIVE}\s+(?:[\w&/-]+\s+){{0,4}}?(?:{UNIT_NOUN})s?)?,?\s+where\s+",
    re.I,
)
_POST_AFTER = re.compile(
    rf"^\s+(?:(?:was|were|is|had\s+been|served\s+as|worked\s+as)\s+)?(?:an?\s+|the\s+)?"
    rf"(?P<title>{TITLE})",
    re.I,
)


def read_posts_where(ctx: Context) -> Iterator[Draft]:
    """Each person named after "ORG, where" with a post: a job at that organisation."""
    for org in ctx.mentions.items:
        if org.kind != "org" or not ctx.readable(org.start):
            continue
        where = _WHERE_AFTER.match(ctx.shape, org.end)
        company = ctx.entity(org)
        if where is None or company is None:
            continue
        start, end = ctx.sentence_at(org.start)
        past = " was " in ctx.lower(where.end(), end)
        # "where she was …" is hers only when one person was named before it: of a pair, which
        # is "she" the text does not say
        named = [ctx.entity(m) for m in ctx.mentions.within(start, org.start, "person")]
        pair = len({e for e in named if e is not None}) >= 2
        for person in ctx.mentions.within(where.end(), end, "person", "ref"):
            entity = ctx.entity(person)
            post = _POST_AFTER.match(ctx.lower(person.end, end))
            if entity is None or entity.kind != "person" or post is None:
                continue
            if pair and person.kind == "ref":
                # "A and B met on X's team, where she was … and he was …": both worked there;
                # which post is whose the text does not say
                for one in dict.fromkeys(e for e in named if e is not None):
                    yield draft(ctx, "employment", one, company, person.start, 0.75, org,
                                start=None, end=None, current=False if past else None)
                continue
            at = person.end + post.start("title")
            title = ctx.text.folded[at : person.end + post.end("title")]
            yield draft(ctx, "employment", entity, company, person.start, 0.8, org, person,
                        title=title.strip(), start=None, end=None,
                        current=False if past else None)
