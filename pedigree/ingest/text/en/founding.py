"""Who founded what: a founding verb and the company it governs ("co-founded Moheng
Technology", "left to start Kiteloop", "before co-founding the Company", "Quanta Metrics,
which he founded"), the people after "founded … by" ("Aubrac was founded in 2024 by A, who …,
and B"), and the companions a founder started with ("with Lin Shuya", "together with two
former ByteDance colleagues, Peng Yu and Song Zhiqiang"). A negation or a plan before the verb
("plans to start") keeps the founding out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import period_before, period_near
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.lexicon import FOUND_VERB, TITLE, blocked
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.periods import iso_date

ORG_MARKS = MARK["org"] + MARK["school"]

_FOUNDING = re.compile(rf"\b(?P<verb>{FOUND_VERB})\b")


# Words that may stand between a founding verb and the company: "his own company,", "a
# startup called", "the AI video startup".
_FOUND_GAP = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|own|new|first|second|another|startup|start-up"
    r"|company|firm|venture|lab|called|named|dubbed|[a-z0-9][\w-]*(?<!ing)(?<!ed)(?<!ly)"
    r"|[a-z0-9][\w]*-[\w-]+"  # "group-buying", "AI-powered": compound descriptors
    r"|\ue004+-?[\w-]*)"  # "the Madrid-based startup"
    r",?\s+){0,5}$"
)


_NOT_IN_GAP = re.compile(
    r"\b(?:at|for|with|in|on|by|as|to|from|of|and|or|after|before|while|since|until|when"
    r"|because|than|companies|startups|businesses|firms|ventures|that|which|who)\b"
)


_FOUNDED_BY = re.compile(
    r"\b(?P<verb>co-?founded|cofounded|founded|started|established|set up|created|launched"
    r"|incorporated)\b"
    r"(?P<mid>[^;.]{0,40}?)\bby\b"
)


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+$")


# "with two people he had worked alongside for years: A, …, and B"
_COMPANIONS_NAMED_AFTER = re.compile(
    r"\b(?:together\s+)?with\s+(?:two|three|four|several)\s+[^:;.]{0,80}:\s*"
)
_COMPANIONS = re.compile(r"\b(?:together\s+)?with\s+(?:(?:his|her|their|two|three|four|several|former|old|longtime|long-time|fellow|[a-z]+)\s+){0,4}?")  # noqa: E501


# A founding verb's object that is something of a company's: "launched Stripe Terminal's …".
# (`ctx.lower` writes a mention's characters as private-use marks.)
_POSSESSIVE_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[\w.&\ue000-\uf8ff-]+\s+){0,2}?[\w.&\ue000-\uf8ff-]+['’]s\s"
)


# "Founding" capitalised as a title opens, after a name and a dash: "— Founding Clinical Lead".
_TITLE_FOUNDING = re.compile(r"Founding\s+[A-Z]")


def read_founding(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """Founding verbs with a company after them, the subject and its companions founders."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _FOUNDING.finditer(lower):
        verb_at = start + match.start()
        before = lower[: match.start()]
        progressive = match.group("verb").endswith("ing")  # "is co-founding": active
        if (_PASSIVE.search(before) and not progressive) or blocked(lower, match.start()):
            continue
        if _POSSESSIVE_OBJECT.match(ctx.lower(start + match.end(), end)):
            continue  # "launch GrabPay's merchant business": a part of a company, not one
        if _TITLE_FOUNDING.match(ctx.text.folded, verb_at) and re.fullmatch(
            r"\s*(?:\ue000+\s*)?[—–:|(-]?\s*", before
        ):
            continue  # "Priya Dasgupta — Founding Clinical Lead": an early hire's title
        org = _object_after(ctx, start + match.end(), end) or _relative_object(ctx, start, verb_at)
        if org is None:
            continue
        company = ctx.entity(org)
        if (
            org.kind == "ref"
            and company is not None
            and company is not ctx.main_company
            and known_organization(company.name) is not None
        ):
            # "spent six years at 3M before leaving to start the company with her": the
            # company started is the story's, not the well-known one just left
            company = ctx.main_company
        if company is None or company.kind != "org":
            continue
        people = ctx.subjects(verb_at, clause)
        we = re.search(r"\bwe\s+(?:\w+\s+)?$", before)
        if we and re.search(r"\bbefore\s+we\s+(?:\w+\s+)?$", before):
            # "he went back to Hydro before we incorporated Valdrine": we founded it, not he
            people = []
        if not people and we and ctx.layout.answer_at(verb_at) and ctx.interviewee:
            people = [ctx.interviewee]  # "We co-founded Tianguis Pay in 2021", answered
        people += companions(ctx, max(org.end, start + match.end()), end)
        people += _companion_before(ctx, start, verb_at)
        role = "co-founder" if "co" in match.group("verb") else "founder"
        date = iso_date(period_near(ctx, org.end, end) or period_before(ctx, start, verb_at))
        for person in people:
            yield draft(ctx, "founded", person, company, verb_at, 0.85, org, role=role, date=date)


# "his meeting-agent startup Pinecall", "Qinglan, her synthetic-data company,": a company the
# text gives a person as theirs.
_THEIR_STARTUP = re.compile(
    rf"\b(?P<owner>his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:startup|start-up|venture|company,)\s+(?P<org>[{ORG_MARKS}]+)"
    rf"|(?P<org2>[{ORG_MARKS}]+)(?:\s*\([^)]*\))?,\s+(?P<owner2>his|her)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:startup|start-up|venture|company)\b"
)


def read_their_startups(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """A startup the clause calls a person's own ("his startup Pinecall"): they founded it."""
    start, end = clause
    shape = ctx.lower(start, end)
    for match in _THEIR_STARTUP.finditer(shape):
        owner_at = start + (match.start("owner") if match.group("owner") else match.start("owner2"))
        org_at = start + (match.start("org") if match.group("org") else match.start("org2"))
        if blocked(shape, match.start()):
            continue
        if shape[owner_at - start :].startswith("their"):
            owners = ctx.pair_before(owner_at)  # "Their company, Tindahan Pay": the two named
        else:
            refs = ctx.mentions.within(owner_at, owner_at + 3, "ref")
            owners = [e for e in (ctx.entity(refs[0]),) if e is not None] if refs else []
        org = ctx.mentions.covering(org_at)
        company = ctx.entity(org) if org is not None else None
        if company is None or company.kind != "org" or not ctx.companylike(company):
            continue
        for person in owners:
            if person.kind == "person":
                yield draft(ctx, "founded", person, company, org_at, 0.75, org, role="founder")


def read_founded_by(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """ "Aubrac was founded in 2024 by A, who …, and B"; "Founded in 2020 by A and co-founder
    B, Lanshu AI develops …"; "X, founded by A,": the people after "by" founded it."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _FOUNDED_BY.finditer(lower):
        verb_at = start + match.start()
        if blocked(lower, match.start()):
            continue
        label = re.match(r"\s*:", lower[match.end() :])  # "Founded by: A and B", a field
        first = start + match.end() + (label.end() if label else 0)
        people, after = _listed_people(ctx, first, end)
        if not people:  # "founded by her former manager, Marcus Hale"
            people, after = _listed_people(ctx, first, end, skip_to_first=True)
        if not people:
            continue
        company = (
            _passive_subject(ctx, start, verb_at) or _org_after_list(ctx, after, end)
            or (ctx.entry_company(verb_at) if label else None)
        )  # "Founded by: Grace Lu and Kevin He" under the entry "5. Loomi"
        if company is None:
            continue
        role = "co-founder" if "co" in match.group("verb") else "founder"
        date = iso_date(period_near(ctx, start + match.end("verb"), start + match.end()))
        for mention in people:
            person = ctx.entity(mention)
            if person is not None:
                yield draft(ctx, "founded", person, company, verb_at, 0.9, None, mention,
                            role=role, date=date)
        # "… by A and B, together with engineer C": a companion after the list founded it too
        for person in companions(ctx, after, end):
            yield draft(ctx, "founded", person, company, verb_at, 0.85, role=role, date=date)


def _object_after(ctx: Context, position: int, end: int) -> Mention | None:
    """The company a founding verb governs: the first organisation (or "the company") after
    it, with only determiners and descriptors between."""
    for m in ctx.mentions.within(position, end, "org", "school", "ref"):
        if m.kind == "ref" and m.form not in ("company", "Company", "it"):
            continue
        if m.kind == "ref" and ctx.text.folded[m.start : m.end].lower() == "its":
            continue  # "launched its own courses": whose they are, not what was founded
        gap = ctx.lower(position, m.start)
        if _FOUND_GAP.fullmatch(gap) and not _NOT_IN_GAP.search(gap.replace("startup called", "")):
            return _named_after_descriptor(ctx, m, end) or m
        return None
    return None


# "the Jakarta SME lender Lendana": a name used as a descriptor, then the company's own name.
_DESCRIPTOR_NOUN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:lender|startup|start-up|company|firm|maker|platform|"
    r"marketplace|provider|developer|app|brand|bank|insurer|operator|retailer|chain|studio|"
    r"agency|consultancy|fintech|insurtech|proptech|edtech|healthtech)\s+$"
)


def _named_after_descriptor(ctx: Context, first: Mention, end: int) -> Mention | None:
    later = [m for m in ctx.mentions.within(first.end, end, "org") if m.start - first.end <= 40]
    if later and _DESCRIPTOR_NOUN.fullmatch(ctx.lower(first.end, later[0].start)):
        return later[0]
    return None


# "Quanta Metrics, which he founded", "Grundlage, the HR software company he co-founded".
_RELATIVE_OBJECT = re.compile(
    rf"[{ORG_MARKS}](?:\s*\([^)]*\)|\s*[—–][^—–]{{0,60}}[—–])?\s*[,—–]?\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|startup|start-up|firm|business|venture|lab"
    r"|fund)\s+(?:that\s+|which\s+)?|(?:which|that)\s+)"
    # (not "58.com, which has launched…": the company itself did it, no one named founded it)
    r"(?!(?:has|had|have|is|was|were|are|will|would|also|then|later|recently|soon)\s)"
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
    match = _COMPANIONS_NAMED_AFTER.search(lower) or _COMPANIONS.search(lower)
    # "founded Lattice Harbor, a Shanghai-based maker of …, with …": a description between
    # (a year may close it: "…, which makes stabilizers, in 2022 with …")
    described = match and re.fullmatch(
        r",\s+(?:a|an|the|which|that)\s[^;:]{0,120}?,\s*(?:in\s+(?:early\s+|late\s+)?\d{4}\s+)?",
        lower[: match.start()],
    )
    if not match or (match.start() > 70 and not described):
        return []
    if _NEW_CLAUSE.search(lower[: match.start()]):
        return []
    if re.search(r"\b(?:from|backing|funding|\$)", lower[: match.end()]):
        return []  # "with backing from …": money, not people
    after = position + match.end()
    after += len(lower[match.end() :]) - len(lower[match.end() :].lstrip("*"))  # (**Ruan Haoran**)
    people, _ = _listed_people(ctx, after, end, skip_to_first=True)
    return [e for e in (ctx.entity(m) for m in people) if e is not None]


# "… and, with Ryo Matsuda, a former Rakuten engineer, co-founded …": the companion in a
# phrase of its own right before the verb.
# "She teamed up with Tan Wei Jie, a former Grab engineer, to launch …": so is a partner
# named with "teamed up with" before the verb's "to".
_WITH_BEFORE = re.compile(
    r"(?:(?:^|,)\s*(?:together\s+)?|\b(?:teamed\s+up|partnered|joined\s+forces)\s+)with\s+"
    r"(?:(?:his|her|their|fellow|former|old)\s+){0,2}"
    rf"(?P<who>{MARK['person']}+)(?:\s*\([^()]{{1,20}}\))?(?P<aside>,[^,;]{{3,80}})?"
    r"(?:,\s*|,?\s+to\s+)$"
)


def _companion_before(ctx: Context, start: int, verb_at: int) -> list[Entity]:
    match = _WITH_BEFORE.search(ctx.shape[max(start, verb_at - 140) : verb_at].lower())
    if match is None:
        return []
    at = max(start, verb_at - 140) + match.start("who")
    person = ctx.mentions.covering(at)
    entity = ctx.entity(person) if person is not None else None
    return [entity] if entity is not None and entity.kind == "person" else []


_HONORIFIC = r"(?:dr|prof|professor|mr|ms|mrs)\.?"


# Before the first person of a list: titles ("co-founder and CTO Dr. Richard Gao"); with
# `skip_to_first`, also a few words and an organisation ("two former ByteDance colleagues,").
_FIRST_GAP = re.compile(rf"\s*(?:(?:{TITLE}|{_HONORIFIC})\s+)*")


_SKIPPED_GAP = re.compile(
    rf"\s*(?:(?:[a-z-]+|[\ue000-\ue00f]+|{_HONORIFIC})\s+){{0,6}}?(?:[\w-]+,\s*)?"
)


_NEXT_GAP = re.compile(rf"\s*(?:,\s*)?(?:and|&|,)?\s*(?:(?:{TITLE}|{_HONORIFIC})\s+)*")


_TITLED_NEXT = re.compile(rf"\s*,\s*(?:{TITLE}\s+)+")


def _listed_people(
    ctx: Context, position: int, end: int, skip_to_first: bool = False
) -> tuple[list[Mention], int]:
    """The people listed from `position`: "A, who …, and B", "A and co-founder B" — each one
    after the asides of the one before. Returns them and where the list ends."""
    people: list[Mention] = []
    cursor = position
    listing = None  # an aside that lists the next ones: ", CTO Dana Okafor and Wen-Yi Liu"
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
        if aside is not None and aside.start >= position and aside != listing:
            if not people:
                break
            continue
        gap = _NEXT_GAP if people else _SKIPPED_GAP if skip_to_first else _FIRST_GAP
        if not gap.fullmatch(ctx.lower(cursor, m.start)):
            break
        people.append(m)
        cursor = m.end
        after = next((a for a in ctx.asides(m.end) if a.anchor == m.end), None)
        titled = after is not None and _TITLED_NEXT.match(ctx.lower(m.end, after.end))
        if titled and ctx.mentions.at(m.end + titled.end()) is not None:
            listing, after = after, None  # "by CEO Noah Feldstein, CTO Dana Okafor and …"
        while after is not None:
            cursor = after.end  # (and an aside that goes on from it: ", who spent seven
            # years at Airbus, most recently as head of …, and Li Haoran")
            after = next((a for a in ctx.asides(cursor) if a.start == cursor), None)
        bracket = re.match(r"\s*\([^)]*\)", ctx.text.folded[cursor:end])
        if bracket:
            cursor += bracket.end()
    return people, cursor


_IT_WAS = re.compile(r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:in\s+\d{4}\s+)?")


def _passive_subject(ctx: Context, clause_start: int, verb_at: int) -> Entity | None:
    """The company before "was founded": the last organisation (or "the company") before the
    verb that is not inside an aside."""
    verb_aside = ctx.aside_at(verb_at)
    it = [
        m for m in ctx.mentions.within(clause_start, verb_at, "ref")
        if m.form == "it" and _IT_WAS.fullmatch(ctx.lower(m.end, verb_at))
    ]
    if it:  # "It was co-founded by …": the company the text is about there
        entity = ctx.entity(it[-1])
        if entity is not None and entity.kind == "org":
            return entity
    for m in reversed(ctx.organisations(clause_start, verb_at)):
        described = verb_aside is not None and not ctx.lower(m.end, verb_aside.anchor).strip(" )")
        if not described and ctx.aside_at(m.start) not in (None, verb_aside):
            continue  # an organisation inside someone else's aside
        entity = ctx.entity(m)
        if entity is not None and entity.kind == "org":
            return entity
    return None


def _org_after_list(ctx: Context, position: int, end: int) -> Entity | None:
    """ "Founded in 2020 by A and B, Lanshu AI develops": the company after the list."""
    for m in ctx.organisations(position, end):
        if ctx.aside_at(m.start) is not None:
            continue
        if re.fullmatch(r"[\s,]*", ctx.lower(position, m.start)):
            entity = ctx.entity(m)
            return entity if entity is not None and entity.kind == "org" else None
        return None
    return None
