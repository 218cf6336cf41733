"""Ties stated by a job title next to a name: "Victor Lam, Managing Partner at Tianrui Capital",
"a former SenseTime engineering manager", "co-founder and CEO Maya Lindqvist", "Gao is
Kiteloop's chief executive", "Stanford professor Daniel Marsh", "Corvane had hired Denise
Alvarado … as chief operating officer".

A title counts only where the sentence gives it to someone: in an apposition, after a verb of
being or "as", or right before the name. A founder's title is a founding; an advisor's or a
board seat is no job at that organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft
from pedigree.ingest.text.en.lexicon import ADVISOR, BOARD, FOUNDER, HIRE_VERB, TITLE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.en.ties import blocked, draft, stint_dates
from pedigree.ingest.text.entities import Entity, Mention

_ORGS = f"[{MARK['org']}{MARK['school']}]+"
_PERSON = f"[{MARK['person']}]+"
_TITLE = re.compile(rf"(?<![\w'’])(?P<title>{TITLE})\b")
_ORG_AFTER = re.compile(rf"^,?\s+(?:at|of|with|for)\s+(?:the\s+)?(?P<org>{_ORGS})")
_UNIT_AFTER = re.compile(
    rf"^\s+(?:on|in)\s+(?:the\s+)?(?P<org>{_ORGS})(?:'s|’s)\s+(?:[\w&/-]+\s+){{0,4}}?"
    r"(?:team|group|lab|division|unit|department|centre|center)\b"
)
_ORG_BEFORE = re.compile(
    rf"(?P<org>{_ORGS}|\bits|\btheir|\bthe (?:company|startup|firm)|\bour)(?:'s|’s)?\s+"
    r"(?P<former>former\s+|then-|onetime\s+|first\s+|third\s+|second\s+)?$"
)
_FROM_ORG = re.compile(rf"^\s+(?:from|at)\s+(?P<org>{_ORGS}),\s+(?P<person>{_PERSON})")
_PERSON_AFTER = re.compile(
    rf"^,?\s+(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?(?P<person>{_PERSON})"
)
# What gives a title to the clause's subject: a verb of being, "as", or an apposition's comma.
_LICENCE = re.compile(
    r"(?:\b(?:is|was|are|were|became|becomes|remains|remained|serves as|served as|serving as"
    r"|works as|worked as|working as|has been|had been|as)\s+(?:now\s+|also\s+|previously\s+"
    r"|currently\s+|once\s+|still\s+)?(?P<article>the\s+|a\s+|an\s+|its\s+|their\s+|our\s+"
    r"|his\s+|her\s+)?(?P<former>former\s+|then-|onetime\s+)?"
    r"|(?:,|^|\n|:)\s*(?P<apposition>(?:the\s+|a\s+|an\s+)?(?:former\s+|formerly\s+|previously\s+"
    r"|now\s+|then-|onetime\s+|most recently\s+(?:as\s+)?)?(?:(?:an?|the)\s+)?))$"
)
_PAST = re.compile(r"\b(?:former|formerly|previously|then-|onetime|ex-|was|were|had been|served)\b")
_HIRE = re.compile(rf"\b{HIRE_VERB}\s+")


def read_titles(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _TITLE.finditer(lower):
        title = ctx.text.folded[start + match.start() : start + match.end()]
        head = lower[: match.start()]
        tail = lower[match.end() :]
        org_mention, org, former = _org_of(ctx, start, match, head, tail)
        person = _person_after(ctx, start + match.end(), tail)
        listed = _listed_after(ctx, person, end) if person is not None else []
        from_org = _FROM_ORG.match(tail)
        if from_org:  # "my old boss from NetEase, Wu Kaiyuan"
            org_mention = ctx.mentions.at(start + match.end() + from_org.start("org"))
            org = ctx.entity(org_mention) if org_mention else None
            person = ctx.mentions.at(start + match.end() + from_org.start("person"))
        people: list[Entity] = []
        before = head[: org_mention.start - start] if org_mention and org_mention.start < start + match.start() else head  # noqa: E501
        licence = _LICENCE.search(before)
        if person is not None and person.entity is not None:
            people = [m.entity for m in [person, *listed] if m.entity is not None]
        elif licence:
            if org is None and (licence.group("article") or "").strip() in ("a", "an"):
                continue  # "is a computer scientist": a description, not a post
            people = ctx.subjects(start + match.start(), clause)
        if not people or blocked(lower, match.start()):
            continue
        if org is None:
            if not FOUNDER.search(title) and not (licence and not licence.group("apposition")):
                continue  # a bare title in an apposition says nothing about where
            org = ctx.company_at(start + match.start())
            if org is None:
                continue
        past = former or bool(_PAST.search(before[-30:]))
        yield from _ties(ctx, people, org, org_mention, title, past, start + match.start(), end)


def _org_of(
    ctx: Context, start: int, match: re.Match, head: str, tail: str
) -> tuple[Mention | None, Entity | None, bool]:
    """The organisation a title is at: after it (at, of, with, for; on its team), else before
    it (SenseTime's, a former SenseTime, its, the company's)."""
    for pattern in (_ORG_AFTER, _UNIT_AFTER):
        after = pattern.match(tail)
        if after:
            mention = ctx.mentions.at(start + match.end() + after.start("org"))
            if mention is not None:
                return mention, ctx.entity(mention), False
    before = _ORG_BEFORE.search(head)
    if before:
        at = start + before.start("org")
        mention = ctx.mentions.at(at)
        if mention is None:
            mention = next(iter(ctx.mentions.within(at, start + before.end("org"), "ref")), None)
        if mention is not None:
            entity = ctx.entity(mention)
            if entity is not None and entity.kind in ("org", "school"):
                return mention, entity, bool(before.group("former"))
    return None, None, False


def _person_after(ctx: Context, position: int, tail: str) -> Mention | None:
    match = _PERSON_AFTER.match(tail)
    if not match:
        return None
    return ctx.mentions.at(position + match.start("person"))


def _listed_after(ctx: Context, first: Mention, end: int) -> list[Mention]:
    """ "two former ByteDance colleagues, Peng Yu and Song Zhiqiang": the names after the
    first one in a list."""
    listed = []
    last = first
    for m in ctx.mentions.within(first.end, end, "person"):
        gap = ctx.text.folded[last.end : m.start]
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", gap):
            break
        listed.append(m)
        last = m
    return listed


def _ties(
    ctx: Context, people: list[Entity], org: Entity, org_mention: Mention | None, title: str,
    past: bool, at: int, end: int,
) -> Iterator[Draft]:
    if org.kind not in ("org", "school"):
        return
    if ADVISOR.search(title) or BOARD.search(title):
        for person in people:
            yield draft(ctx, "advisor", person, org, at, 0.8, org_mention)
        return
    if FOUNDER.search(title):
        for person in people:
            yield draft(ctx, "founded", person, org, at, 0.85, org_mention, role=title)
        return
    start, finish = stint_dates(ctx, at + len(title), end)
    for person in people:
        yield draft(ctx, "employment", person, org, at, 0.8, org_mention, title=title,
                    current=False if past or finish else None, start=start, end=finish)


def read_hires(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """ "Corvane said it had hired Denise Alvarado, …, as chief operating officer": a company
    gives a person a post (or an advisor's seat)."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _HIRE.finditer(lower):
        after = start + match.end()
        people = ctx.mentions.within(after, min(end, after + 40), "person")
        if not people or not re.fullmatch(r"(?:(?:dr|prof|mr|ms)\.?\s+)?", lower[match.end() : people[0].start - start]):  # noqa: E501
            continue
        person = people[0].entity
        rest = lower[people[0].end - start :]
        title = re.search(rf"\bas\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?P<title>{TITLE})", rest)
        company = _hiring_company(ctx, start, start + match.start())
        if person is None or company is None or title is None or blocked(lower, match.start()):
            continue
        text = title.group("title")
        kind = "advisor" if ADVISOR.search(text) or BOARD.search(text) else "employment"
        fields = {} if kind == "advisor" else {"title": ctx.text.folded[people[0].end + title.start("title") : people[0].end + title.end("title")], "current": None}  # noqa: E501
        yield draft(ctx, kind, person, company, start + match.start(), 0.8, None, people[0],
                    **fields)


def _hiring_company(ctx: Context, start: int, position: int) -> Entity | None:
    for m in reversed(ctx.mentions.within(start, position, "org", "ref")):
        if m.kind == "ref" and m.form not in ("it", "company", "Company", "we"):
            continue
        entity = ctx.entity(m)
        if entity is not None and entity.kind == "org":
            return entity
    return None
