"""A list entry's field lines under a person's name: "At Meituan: 2016-2023, director of …",
"Apple years: 2014-2020.", "Founded: Stackwise Robotics (2017), co-founder and CEO.", and bulleted
career lines ("• Principal scientist, Moderna (2018–2023)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.lexicon import (
    COMPANY_FIELD,
    DEGREE_WORD,
    FOUNDED_FIELD,
    FOUNDER,
    TITLE,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import iso_date

# a post found inside a line: whole words
_ROLE_WORDS = re.compile(rf"\b(?:former\s+|formerly\s+|ex-)?(?P<title>{TITLE})\b", re.I)
_RANGE = re.compile(
    r"(?P<first>(?:19|20)\d{2})\s*[–—-]\s*(?P<last>(?:19|20)\d{2}|present|now|today)", re.I
)


def _job(
    ctx: Context,
    person: Entity,
    entity: Entity,
    org: Mention,
    title: str | None,
    first: str | None,
    last: str | None,
) -> Draft:
    """A job a field line gives the entry's person, over the years it gives (past when it
    gives a last one)."""
    return draft(
        ctx,
        "employment",
        person,
        entity,
        org.start,
        0.8,
        org,
        title=title,
        start=first,
        end=last,
        current=False if last else None,
    )


def years(text: str) -> tuple[str | None, str | None]:
    """The first and last years of a range written in `text` (2014-2020; 2019–present has no
    last year), or Nones."""
    match = _RANGE.search(text)
    if not match:
        return None, None
    last = match.group("last")
    return match.group("first"), last if last[0].isdigit() else None


# A field line of a list entry that names the employer in its label: "At Meituan: 2012-2019,
# head of delivery-dispatch algorithms (a team of about 300).", "Apple years: 2014-2020.",
# "Former post at iRobot: senior navigation engineer".
_AT_FIELD = re.compile(
    # ("- **At Apple:** Director of …": the label in bold)
    r"^[ \t]*(?:[-•·*][ \t]*)?(?:\*\*)?(?:(?:(?:former|previous|past|last)[ \t]+)?"
    r"(?:post|role|job|title|position|years|time)[ \t]+)?"  # Former post at iRobot: …
    # ("What she did at Chewy: …", "Her years at Lyft: …": a few words before at)
    # ("Apple years: …", "Meituan role: senior data scientist, 2018–2022")
    r"(?:(?:[A-Za-z'’]+[ \t]+){0,4}?at[ \t]+(?P<org>[^:\n]{2,40}?)|(?P<years_at>[^:\n]{2,40}?)"
    r"[ \t]+(?:years|role|post|job|title|position)"
    r"|(?P<bare>[^:\n\d*]{2,40}?))[ \t]*:(?:\*\*)?[ \t]*",  # ("Tesla: Firmware lead (2016–2021)")
    re.I | re.M,
)
# The post the sentence after a field's years gives: "Apple years: 2014-2020. Raman was a
# senior engineering manager in depth sensing".
_WAS_TITLE = re.compile(
    rf"^\s*[^.]{{0,40}}?\b(?:was|served as|worked as)\s+(?:(?:an?|the)\s+)?"
    rf"(?P<title>{TITLE})\b",
    re.I,
)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$")
# ("At Panera: Never worked there.", "At CSOT: never.": no post either)
_NO_POST = re.compile(
    r"\s*(?:none|n/a|na|no|—|–|-|never(?:\s+(?:worked|was)\s+there)?|did\s+not\s+work\s+there)?"
    r"\s*\.?\s*",
    re.I,
)
# After an employer's name alone as a label: a post and the years held, nothing else — or the
# post alone up to the bar before the entry's next field ("SHEIN: senior engineer on the
# pricing-algorithms team | Founded: …").
_BARE_VALUE = re.compile(
    rf"[ \t]*(?:an?[ \t]+)?(?:{TITLE})[^\n.;|]{{0,40}}(?:\(\s*(?:19|20)\d\d|[ \t]*\|)", re.I
)


def employer_label(ctx: Context, position: int) -> bool:
    """Whether the line `position` stands on opens with a label that names an employer ("What
    he did at Chewy: …"), which `read_field_lines` reads for the entry's person."""
    line_start = ctx.text.folded.rfind("\n", 0, position) + 1
    label = _AT_FIELD.match(ctx.text.folded, line_start)
    return bool(
        label
        and label.group("org")
        and label.end() <= position
        and ctx.mentions.within(label.start("org"), label.end("org"), "org", "school")
    )


def read_field_lines(ctx: Context) -> Iterator[Draft]:
    """ "At Meituan: 2016-2023, director of autonomous delivery." under a name: a job of the
    entry's person there, with its years, and the title the line gives."""
    folded = ctx.text.folded
    for match in _AT_FIELD.finditer(folded):
        person = ctx.block_person(match.start())
        label = next(k for k in ("org", "years_at", "bare") if match.group(k))
        orgs = ctx.mentions.within(match.start(label), match.end(label), "org", "school")
        if person is None or len(orgs) != 1 or not ctx.readable(match.start()):
            continue
        if label == "bare" and not _BARE_VALUE.match(folded, match.end()):
            continue  # "Tesla: Senior director … (2014–2020)": only a post or its years
        org = orgs[0]
        entity = ctx.entity(org)
        if entity is None or folded[org.start : org.end].strip() != match.group(label).strip():
            continue
        line_end = folded.find("\n", match.end())
        line = folded[match.end() : len(folded) if line_end < 0 else line_end]
        value, *rest = re.split(r"(?<=[a-z\d)])\.(?:\s|$)", line, maxsplit=1)
        if _NO_POST.fullmatch(line) or _NO_POST.fullmatch(value):
            continue  # "Role at Amazon: none", "At Panera: Never worked there. Liu is …"
        # "Role at Amazon: Director of Network Planning, Amazon Air (2016–2021)": the unit,
        # named with its parent's name, is where the post was held
        written = folded[org.start : org.end]
        unit = next(
            (m for m in ctx.mentions.within(match.end(), match.end() + len(value), "org")
             if m.entity is not None and folded[m.start : m.end].startswith(written + " ")),
            None,
        )  # fmt: skip
        if unit is not None:
            org, entity = unit, unit.entity
        first, last = years(value)
        for period in ctx.periods_in(match.end(), match.end() + len(value)):
            if last is None and _UNTIL.search(ctx.lower(match.end(), period.start)):
                last = iso_date(period)
        title = _ROLE_WORDS.search(value.lower())
        if title is None and rest and value.strip() and _RANGE.fullmatch(value.strip()):
            # the years alone, the post in the sentence after them
            title = _WAS_TITLE.match(rest[0])
            value = rest[0]
        held = value[title.start("title") : title.end("title")] if title else None
        yield _job(ctx, person, entity, org, held, first, last)
        yield from _second_holder(ctx, person, entity, org, match.end(), value)


def _second_holder(
    ctx: Context, person: Entity, entity: Entity, org: Mention, start: int, value: str
) -> Iterator[Draft]:
    """ "Role at Flexport: Hartley was a senior product manager …; Mendes was an engineering
    manager on the pricing team": each part after a semicolon that opens with another person
    gives that person's post at the field's employer."""
    offset = 0
    for part in value.split(";")[1:]:
        offset = value.index(part, offset)
        lead = len(part) - len(part.lstrip())
        holder = ctx.mentions.at(start + offset + lead)
        if holder is None or holder.kind != "person" or holder.entity in (None, person):
            continue
        title = _WAS_TITLE.match(part)
        if title is None:
            continue
        held = part[title.start("title") : title.end("title")]
        first, last = years(part)
        yield _job(ctx, holder.entity, entity, org, held, first, last)


# A field line of a list entry that names what the entry's person founded: "Founded: Stackwise
# Robotics (2017), co-founder and CEO.", "Co-founded: Ferrule".
_FIELD_ROLE = re.compile(rf"\s*(?:\([^)\n]{{0,40}}\))?\s*,\s*(?P<role>{TITLE})", re.I)
# (", founded 2023", "which she co-founded", "started in 2021" — not "founded by" someone)
_FOUNDED_IN_LINE = re.compile(r"\b(?:co-?founded|founded|started|launched)\b(?!\s+by\b)")
# ("Founded: Mindtrap Interactive (2019), with Ben Adeyemi": whoever founded it with them)
_WITH_COFOUNDER = re.compile(
    r"\bwith\s+(?:(?:his|her|their)\s+)?(?:(?:fellow|former|old|longtime)\s+)?"
    r"(?:(?P<colleague>colleagues?|co-workers?)\s+|co-?founders?\s+)?$",
    re.I,
)


_NOTHING = re.compile(r"(?:nothing|none|no company|not yet|n/a)\b", re.I)


def read_founded_fields(ctx: Context) -> Iterator[Draft]:
    """ "Founded: Lattix Robotics, Shenzhen (2019), with co-founder Chen Boyu" under a name: the
    entry's person founded the organisation the line opens with, in the role after it, and so
    did a co-founder the line names."""
    folded = ctx.text.folded
    labelled = [*FOUNDED_FIELD.finditer(folded), *COMPANY_FIELD.finditer(folded)]
    for match in labelled:
        person = ctx.block_person(match.start())
        org = ctx.mentions.at(match.end())
        if person is None or org is None or org.kind != "org" or not ctx.readable(match.start()):
            continue
        if _NOTHING.match(folded, match.end()):
            continue  # "Founded: Nothing yet.": the field says they founded nothing
        entity = ctx.entity(org)
        if entity is None:
            continue
        line_end = folded.find("\n", match.end())
        line_end = len(folded) if line_end < 0 else line_end
        if match.re is COMPANY_FIELD and not _FOUNDED_IN_LINE.search(ctx.lower(org.end, line_end)):
            continue  # "Company: Quiet Harbor" alone: where they are, not that they founded it
        role = _FIELD_ROLE.match(folded, org.end, line_end)
        title = role.group("role") if role and FOUNDER.search(role.group("role")) else None
        yield draft(ctx, "founded", person, entity, org.start, 0.85, org, role=title)
        for other in ctx.mentions.within(org.end, line_end, "person"):
            partner = ctx.entity(other)
            joined = _WITH_COFOUNDER.search(ctx.lower(max(org.end, other.start - 40), other.start))
            if partner is None or partner is person or joined is None:
                continue
            yield draft(ctx, "founded", partner, entity, other.start, 0.8, org, role=None)
            if joined.group("colleague") and ctx.alumni_company is not None:
                # "with former colleague Nadia Brooks", in a list of a company's alumni
                alumni = ctx.alumni_company
                yield draft(ctx, "employment", partner, alumni, other.start, 0.75, None)


# A career line under a name, bulleted or labelled: "• Principal scientist, Moderna (2018–2023),
# where …", "Previously: Principal Engineer, Battery Management Systems, CATL (2016–2023)" — a
# post (which may name its unit after a comma), a comma, the organisation.
_BULLET_POST = re.compile(
    r"^[ \t]*(?:[•·▪\-*][ \t]*|(?:previously|formerly|earlier|before that|past|prior)[ \t]*:"
    rf"[ \t]*)(?P<title>[A-Za-z][\w&/' -]{{2,60}}?),[ \t]*(?=[{MARK['org']}{MARK['school']}])",
    re.M | re.I,
)
_YEARS_NEXT = re.compile(r"[ \t]*\((?:19|20)\d{2}")


def read_bullet_posts(ctx: Context) -> Iterator[Draft]:
    """Each "Post, Organisation" career line in a person's block: a job of theirs there, with
    the years in brackets after it. Where the post names a unit first ("Principal Engineer,
    Battery Management Systems, CATL (2016–2023)"), the organisation is the one the years follow.
    A degree line ("PhD in …, MIT") is education's."""
    folded = ctx.text.folded
    for match in _BULLET_POST.finditer(ctx.shape):
        person = ctx.block_person(match.start())
        title = match.group("title").strip()
        if person is None or DEGREE_WORD.match(title.lower()) or not ctx.readable(match.start()):
            continue
        org = ctx.mentions.at(match.end())
        line_end = folded.find("\n", match.end())
        line_end = len(folded) if line_end < 0 else line_end
        if org is not None and not _YEARS_NEXT.match(folded, org.end):
            dated = [
                m
                for m in ctx.mentions.within(org.end, line_end, "org", "school")
                if _YEARS_NEXT.match(folded, m.end)
                and re.fullmatch(r"[ \t]*,[ \t]*", folded[org.end : m.start])
            ]
            if dated:
                title = folded[match.start("title") : org.end].strip()
                org = dated[0]
        entity = ctx.entity(org) if org is not None else None
        if entity is None:
            continue  # a fellow of an institute, a professor at a school: a post there too
        first, last = years(folded[org.end : line_end][:20])
        yield _job(ctx, person, entity, org, title, first, last)
