"""What name-led blocks (`en/blocks.py`) say: roles, careers, a contact's agency, listed founders.

A role with no organisation is a role at the company the page is about — a founding when it is a
founder's title, nothing in an ADVISORS section or for an advisor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.blocks import (
    AFTER_NAME,
    AND_NAME,
    BULLET,
    LEAD,
    SEPARATOR,
    short_heading,
)
from pedigree.ingest.text.en.companies import FUND_NAME
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.entry_fields import years
from pedigree.ingest.text.en.lexicon import (
    ADVISOR,
    FOUNDER,
    TITLE,
    TITLE_HEAD_RE,
    words,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.gazetteer import known_organization

_UNIT_AT = re.compile(r"(?:\s+[\w&/-]+){0,3}?\s+(?:at|with)\s+(?:the\s+)?")  # (of Ocean Product at)
_ROLE = re.compile(rf"(?:former\s+|formerly\s+|ex-)?(?P<title>{TITLE})", re.I)


# Between a title and the organisation it is held at: the rest of the title ("Professor of
# Maritime Economics, "), then at most a separator (" at the ", ", ", " | ").
_TITLE_OF = re.compile(
    r"(?:\s+[a-z][a-z&/-]*){0,6}?\s*(?:,|at|of|with|for|@|\||-|–|—)?\s*(?:the\s+)?"
    # "co-founder of Hong Kong logistics software startup Parcelbird": a descriptor between
    rf"(?:(?:{MARK['place']}+\s+|[a-z][\w-]*\s+){{0,4}}?(?:startup|start-up|company|firm"
    r"|maker|developer|provider|lab|group)\s+)?"
)


_OBSERVER = re.compile(r"\bobserver\b|\badvis")
_FIELD_LABEL = re.compile(
    r"(?:(?:former|previous|past|last)\s+)?(?:post|role|job|title|position)\s+at\s+[^:\n]{2,40}:"
)


def read_roles(ctx: Context) -> Iterator[Draft]:
    """The role written under or beside each name: a founding, a job, or an advisor's seat."""
    company = ctx.main_company
    for start, _, person in ctx.blocks:
        role = _role_text(ctx, start)
        if role is None:
            continue
        role_start, _ = role
        text = ctx.lower(role_start, role_start + len(role[1]))
        if _FIELD_LABEL.match(text):
            continue  # "Role at Amazon: …": a field line, which `entry_fields` reads
        match = _ROLE.match(text) or _plain_job(ctx, role_start, text)
        if not match or not ctx.readable(role_start):
            continue
        title = ctx.text.folded[role_start + match.start("title") : role_start + match.end("title")]
        title_end = role_start + match.end("title")
        # Only an organisation the title is of ("CTO at Kiteloop", "Founder, Kiteloop"): one
        # named further on ("co-founder and CTO, previously at Google") is another story.
        orgs = [
            m
            for m in ctx.mentions.within(role_start, role_start + len(text), "org", "school", "ref")
            if (m.kind != "ref" or (m.form == "company" and ctx.entity(m) is not None))
            and (m.start < title_end or _TITLE_OF.fullmatch(ctx.lower(title_end, m.start)))
        ]  # (a reference too: "formerly product lead for the company's pharmacy mini-program")
        if orgs:
            # "general manager of Net Zero Cloud at Salesforce": the name after "of" is a
            # unit of the organisation named after "at"
            employer = ctx.mentions.within(orgs[0].end, role_start + len(text), "org")
            if employer and _UNIT_AT.fullmatch(ctx.lower(orgs[0].end, employer[0].start)):
                orgs = [employer[0]]
        section = (ctx.heading_company(start) or ctx.entry_company(start, across_blocks=True)
                   if not orgs else None)
        target = ctx.entity(orgs[0]) if orgs else section or company
        if target is None:
            continue
        if not orgs and section is None and not ctx.page_company(target):
            continue  # the page's company unread, the most named is an employer (NCC Group)
        later = ctx.mentions.within(title_end, role_start + len(text), "org")
        if not orgs and any(m.entity is target for m in later):
            continue  # "Mary Chen, founder, was a product manager at Meta": not Meta's founder
        advisor = ADVISOR.search(title) or (_section(ctx, start) and not orgs)
        if (
            not advisor
            and company is not None
            and _board_section(ctx, start)
            and not _OBSERVER.search(text)
        ):
            # a member of the page's board of directors holds a seat at its company, whatever
            # their own employer ("Mira Castell, Partner, Lowercarbon Capital")
            yield draft(
                ctx,
                "employment",
                person,
                company,
                role_start,
                0.75,
                title="board director",
                start=None,
                end=None,
                current=None,
            )
        if advisor:
            yield draft(ctx, "advisor", person, target, role_start, 0.8)
        elif FOUNDER.search(title) and not orgs:
            yield draft(ctx, "founded", person, target, role_start, 0.85, role=title.strip())
        else:
            first, last = years(text)
            kind = "founded" if FOUNDER.search(title) else "employment"
            fields = (
                {"role": title}
                if kind == "founded"
                else {
                    "title": title,
                    "start": first,
                    "end": last,
                    "current": None if not last else False,
                }
            )
            yield draft(
                ctx, kind, person, target, role_start, 0.85, orgs[0] if orgs else None, **fields
            )


# A post the title list does not hold, right before the organisation it is at: "Former harbour
# master, Maritime and Port Authority of Singapore", "retired judge of the Ontario …".
_PLAIN_JOB = re.compile(
    r"(?:former\s+|formerly\s+|retired\s+|ex-)?(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s*(?:,|\bat\b|\bof\b)\s*(?:the\s+)?"
)


# (and "Villarreal, who studied at …": a relative clause, no post)
_NOT_A_POST = words(
    "and the a an with never not no nor without who whom whose which that studied graduated"
)


def _plain_job(ctx: Context, role_start: int, text: str) -> re.Match[str] | None:
    """_PLAIN_JOB where an organisation starts right after it, else None."""
    match = _PLAIN_JOB.match(text)
    if match is None or set(match.group("title").split()) & _NOT_A_POST:
        return None
    org = ctx.mentions.at(role_start + match.end())
    return match if org is not None and org.kind in ("org", "school") else None


def _role_text(ctx: Context, block_start: int) -> tuple[int, str] | None:
    """The role after the name (on its line, after a dash or colon or in brackets) or on the
    line below a name standing alone."""
    folded = ctx.text.folded
    lead = LEAD.match(folded, block_start)
    person = ctx.mentions.at(lead.end())
    line_end = folded.find("\n", block_start)
    line_end = len(folded) if line_end < 0 else line_end
    bracket = re.match(r"[ \t]*[(（](?P<inner>[^)）\n]{2,80})[)）]", folded[person.end : line_end])
    if bracket and TITLE_HEAD_RE.search(bracket.group("inner").lower()):
        return person.end + bracket.start("inner"), bracket.group("inner")
    rest = AFTER_NAME.match(folded, person.end).end()
    if folded[rest:line_end].strip():
        separator = SEPARATOR.match(folded, rest)
        if separator is None:
            return None  # "• Marco Bellini was …": a bio line, read clause by clause
        text = folded[separator.end() : line_end]
        text = re.split(r"(?<=[a-z)])\.\s|\.$", text)[0]
        return separator.end(), text
    below = re.match(r"\n[ \t]*(?P<role>[^\n]{2,80})", folded[line_end:])
    if (
        below
        and not below.group("role").rstrip().endswith(".")
        and len(below.group("role").split()) <= 10
    ):  # noqa: E501
        return line_end + below.start("role"), below.group("role").strip()
    return None


def _section(ctx: Context, position: int) -> bool:
    """Whether the heading above `position` names advisors (ADVISORS, Advisory Board)."""
    return bool(ADVISOR.search(_heading(ctx, position)))


def _board_section(ctx: Context, position: int) -> bool:
    """Whether the heading above `position` names a board of directors (BOARD, Our Board)."""
    heading = _heading(ctx, position)
    return bool(re.search(r"\bboard\b", heading, re.I)) and not ADVISOR.search(heading)


def _heading(ctx: Context, position: int) -> str:
    """The nearest heading above `position` (a line in capitals or a short title-like line
    that names no one), or ""."""
    folded = ctx.text.folded
    end = position
    while end > 0:
        start = folded.rfind("\n", 0, end - 1) + 1
        stripped = folded[start:end].strip()
        heading = stripped and (stripped.isupper() or short_heading(stripped))
        if heading and not ctx.mentions.within(start, end, "person"):
            return stripped
        end = start - 1 if start else 0
    return ""


def read_contacts(ctx: Context) -> Iterator[Draft]:
    """A media contact: the person works for the agency named under them ("Brightpath
    Communications, on behalf of Lanshu AI"), not for the company the release is about."""
    for start, end in ctx.layout.contacts:
        people = ctx.mentions.within(start, end, "person")
        if not people or people[0].entity is None:
            continue
        for org in ctx.mentions.within(people[0].end, end, "org"):
            if re.search(r"on behalf of\s+$", ctx.lower(max(start, org.start - 20), org.start)):
                continue
            if org.entity is not None:
                yield draft(
                    ctx,
                    "employment",
                    people[0].entity,
                    org.entity,
                    org.start,
                    0.75,
                    org,
                    current=True,
                )
            break


def read_career_headings(ctx: Context) -> Iterator[Draft]:
    """ "Google Brain (2014–2018)" as a heading in a biography: its subject worked there then."""
    subject = ctx.block_person(0) or ctx.main_person
    if subject is None:
        return
    folded = ctx.text.folded
    for match in re.finditer(
        r"^[ \t]*#*[ \t]*(?P<name>[^\n(]{2,60}?)[ \t]*\((?P<range>[^)\n]{4,20})\)[ \t]*$",
        folded,
        re.M,
    ):  # noqa: E501
        first, last = years(match.group("range"))
        orgs = ctx.mentions.within(match.start("name"), match.end("name"), "org")
        if first is None or len(orgs) != 1 or orgs[0].entity is None:
            continue
        # on a page of people, the heading is the career of the card it stands in
        person = ctx.block_person(match.start()) or (None if ctx.blocks else subject)
        if person is None:
            continue
        yield draft(
            ctx,
            "employment",
            person,
            orgs[0].entity,
            orgs[0].start,
            0.7,
            orgs[0],
            start=first,
            end=last,
            current=None if last is None else False,
        )


# What a list of founders says of itself: "… staff who founded AI startups", "THE FOUNDERS".
_FOUNDERS_LIST = re.compile(
    r"\b(?:co-?)?found(?:ed|ers?|ing)\b|\bstart(?:ed|ing)?\b|\bstart-?ups?\b|\blaunch(?:ed)?\b"
    # "Where Flexport's Alumni Went, and What They Built", "The PayPal Mafia"
    r"|\bwhat (?:they|he|she) built\b|\bmafia\b",
    re.I,
)
_DATELINE = re.compile(
    r"(?:Published|Updated|Posted|Last updated|Dated?)\b|"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}?,?\s*\d{4}$",
    re.I,
)
_RUNS = re.compile(r"\b(?:runs|leads|heads|running|leading|heading)\s+(?:the\s+)?$")
_NOT_FOUNDER = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:a\s+|the\s+)?(?:(?:co-?)?found(?:er|ed|ing|s)?"  # (didn't)
    # "she didn't start a company"
    r"|start(?:ed)?\s+(?:a|her|his|their|any)\s+(?:own\s+)?(?:company|startup|business|venture))\b",
    re.I,
)
_JOINED = re.compile(
    r"\b(?:joined|joins|hired|appointed|recruited|brought in|came aboard|to become|became)\b"
)
_ENTRY_ORG = re.compile(r"[ \t]*(?:[—–:|,]|\s-\s)[ \t]*")


def read_listed_founders(ctx: Context, drafts: list[Draft]) -> Iterator[Draft]:
    """ "1. Tan Yiran — Mirrorlake AI" heading an entry of a list of founders (its section's
    heading, else the piece's headline, says so): the person founded the company named beside
    them, unless the entry ties them to it otherwise ("joined as CFO") or says they did not."""
    tied = {
        (d.person.name, d.org.name)
        for d in drafts
        # "He now runs Bếp Xanh", "Mo is CEO": running the entry's company, or a post there
        # not said to be taken on joining, says nothing against founding it (nor does a
        # founding read elsewhere, which a later step may drop as quoted praise)
        if d.kind != "founded" and not (
            d.kind == "employment"
            and (
                _RUNS.search(ctx.lower(max(0, d.at - 24), d.at))
                or not _JOINED.search(ctx.lower(*ctx.sentence_at(d.span[0])))
            )
        )
    }
    folded = ctx.text.folded
    # Entries may go without a mark ("Aisha Rahman and Kenji Mori — Trustbridge" alone on its
    # line): then at least two of them must head their paragraphs for the page to be a list.
    found: list[tuple[bool, Draft]] = []
    for start, end, person in ctx.blocks:
        lead = LEAD.match(folded, start)
        first = ctx.mentions.at(lead.end())
        if first is None or not ctx.readable(start):
            continue
        marked = BULLET.match(folded, start) is not None
        if not marked and not (start == 0 or folded[max(0, start - 2) : start] == "\n\n"):
            continue
        line_end = folded.find("\n", start)
        line_end = len(folded) if line_end < 0 else line_end
        # "4. Rita Moreau and Ken Abe — Openfront Weather": each person the heading names
        people, last = [person], first
        while (joint := AND_NAME.match(folded, last.end)) and (
            (other := ctx.mentions.at(joint.end())) is not None and other.kind == "person"
        ):
            people.append(other.entity)
            last = other
        separator = _ENTRY_ORG.match(folded, AFTER_NAME.match(folded, last.end).end())
        if separator is None:
            continue
        orgs = ctx.mentions.within(separator.end(), line_end, "org")
        if not orgs or orgs[0].start != separator.end() or orgs[0].entity is None:
            continue
        if any(m.entity is not orgs[0].entity for m in orgs):
            continue  # one company, perhaps with its Chinese name in brackets
        rest = folded[orgs[0].end : line_end].strip()
        if rest and not re.fullmatch(r"[(（][^)）]*[)）]", rest):
            continue  # "Mirrorlake AI (镜湖智能)" — not "Brex, as its COO"
        if _NOT_FOUNDER.search(rest):
            continue  # "Ruth Abernathy — Lumen Coatings (CEO, not founder)"
        org = orgs[0].entity
        if not ctx.companylike(org) or known_organization(org.name) is not None:
            continue  # a startup of the list's, not "Brex" or "OpenAI" joined
        if FUND_NAME.search(org.name):
            continue  # "Ben Foster — Decibel Partners": a fund someone joined as a partner
        # (the entry runs to the next one: "Gina Alvarez — Kestrel Guitars" over paragraphs
        # that say "She didn't start a company")
        entry_end = min((s for s, _, _ in ctx.blocks if s > start), default=len(folded))
        if _denied(ctx, people, line_end, max(end, entry_end)) or not _founders_list(ctx, start):
            continue
        for one in people:
            if one is not None and (one.name, org.name) not in tied:
                made = draft(ctx, "founded", one, org, orgs[0].start, 0.75, orgs[0], role=None)
                found.append((marked, made))
    unmarked = {id(d.org) for marked, d in found if not marked}
    for marked, made in found:
        if marked or len(unmarked) >= 2:
            yield made


_CLAUSE_STOP = re.compile(r"[:;]")


def _denied(ctx: Context, people: list, start: int, end: int) -> bool:
    """Whether the entry says its people founded nothing — in a sentence that names no one
    else ("The third partner, Tian Hao, left …; Cao says he 'was never a founder'" is about
    Tian Hao)."""
    folded = ctx.text.folded
    for match in _NOT_FOUNDER.finditer(folded, start, end):
        sentence = ctx.sentence_at(match.start())
        # (up to a colon: "Donnelly did not found it: Fennel was started by Dr. Aisha Rahman")
        stop = _CLAUSE_STOP.search(folded, match.end(), sentence[1])
        sentence = (sentence[0], stop.start() if stop else sentence[1])
        named = {m.entity for m in ctx.mentions.within(*sentence, "person")}
        if not named - set(people) - {None}:
            return True
    return False


def _founders_list(ctx: Context, position: int) -> bool:
    """Whether the section heading above `position` — else the piece's headline — speaks of
    founders or founding."""
    folded = ctx.text.folded
    lines, offset = [], 0
    for line in folded[:position].split("\n"):
        if line.strip():
            lines.append((offset, line.strip()))
        offset += len(line) + 1
    head, body = lines[:3], lines[3:]
    for line_start, stripped in reversed(body):
        if ctx.mentions.within(line_start, line_start + len(stripped), "person"):
            continue
        if _DATELINE.match(stripped):
            continue  # "Published 14 August 2025": the piece's date, no section heading
        if stripped.isupper() or short_heading(stripped):
            return bool(_FOUNDERS_LIST.search(stripped))
    return any(_FOUNDERS_LIST.search(line) for _, line in head)
