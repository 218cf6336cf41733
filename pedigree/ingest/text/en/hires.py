"""Jobs a sentence tells without a title beside a name: hires, years in brackets, "X of Firm"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.lexicon import ADVISOR, BOARD, HIRE_VERB, TITLE, blocked
from pedigree.ingest.text.en.title_orgs import ORGS, PERSON
from pedigree.ingest.text.entities import Entity

_HIRE = re.compile(rf"\b{HIRE_VERB}\s+")
_AS = re.compile(rf"\bas\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?:new\s+)?(?P<title>{TITLE})")


_BRACKETED = re.compile(
    rf"(?P<person>{PERSON})\s*\(\s*(?:(?P<title>{TITLE}),\s*)?(?P<org>{ORGS}),?\s+"
    r"(?P<first>(?:19|20)\d\d)\s*[–—-]\s*(?P<last>(?:19|20)\d\d|present|now|today)\s*\)"
)


def read_bracketed(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """ "Victor Osei (Orbit, 2001–2005) → founded …", "Rahul Mehra (Head of Risk at Stripe,
    2014–2019)": a job and its years in brackets after a name."""
    start, end = clause
    for match in _BRACKETED.finditer(ctx.lower(start, end)):
        person = ctx.mentions.at(start + match.start("person"))
        org = ctx.mentions.at(start + match.start("org"))
        if person is None or person.entity is None or org is None or org.entity is None:
            continue
        title = match.group("title")
        last = match.group("last")
        yield draft(
            ctx,
            "employment",
            person.entity,
            org.entity,
            org.start,
            0.8,
            org,
            person,
            title=ctx.text.folded[start + match.start("title") : start + match.end("title")]
            if title
            else None,
            start=match.group("first"),
            end=last if last[0].isdigit() else None,
            current=not last[0].isdigit(),
        )


def read_hires(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """ "Corvane said it had hired Denise Alvarado, …, as chief operating officer": a company
    gives a person a post (or an advisor's seat)."""
    start, end = clause
    lower = ctx.lower(start, end)
    for match in _HIRE.finditer(lower):
        after = start + match.end()
        people = ctx.mentions.within(after, min(end, after + 40), "person")
        gap = ctx.lower(after, people[0].start) if people else "-"
        if not re.fullmatch(r"(?:(?:dr|prof|mr|ms)\.?\s+)?", gap):
            continue
        person, hired = people[0].entity, people[0]
        rest = ctx.lower(hired.end, end)
        title = _AS.search(rest)
        company = _hiring_company(ctx, start, start + match.start())
        if person is None or company is None or blocked(lower, match.start()):
            continue
        if title is None:
            if re.match(r"(?:hired|hires|recruited|recruits|poached)\b", match.group()):
                yield draft(
                    ctx,
                    "employment",
                    person,
                    company,
                    start + match.start(),
                    0.75,
                    None,
                    hired,
                    current=None,
                )
            continue
        text = title.group("title")
        if ADVISOR.search(text) or BOARD.search(text):
            yield draft(ctx, "advisor", person, company, start + match.start(), 0.8, None, hired)
            continue
        written = ctx.text.folded[hired.end + title.start("title") : hired.end + title.end("title")]
        yield draft(
            ctx,
            "employment",
            person,
            company,
            start + match.start(),
            0.8,
            None,
            hired,
            title=written,
            current=None,
        )


def _hiring_company(ctx: Context, start: int, position: int) -> Entity | None:
    for m in reversed(ctx.mentions.within(start, position, "org", "ref")):
        if m.kind == "ref" and m.form not in ("it", "company", "Company", "we"):
            continue
        entity = ctx.entity(m)
        if entity is not None and entity.kind == "org":
            return entity
    return None


# "Kira Hammond of Ribbit Capital joined our board", "Li Wen of Qiming said": a person and
# the firm they speak or act for.
_OF_FIRM = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<org>{ORGS})\s+(?:said|says|told|tells|joined|joins|added|adds"
    r"|noted|notes|wrote|writes|argued|argues|agreed)\b"
)


def read_of_firm(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    """A person named with the firm they are from: a job there, its title untold."""
    start, end = clause
    for mention in ctx.mentions.within(start, end, "person"):
        match = _OF_FIRM.match(ctx.shape, mention.end, end)
        if match is None or mention.entity is None:
            continue
        org = ctx.mentions.at(match.start("org"))
        entity = ctx.entity(org) if org is not None else None
        if entity is None or entity.kind != "org":
            continue
        yield draft(ctx, "employment", mention.entity, entity, mention.start, 0.75, org, mention,
                    current=None)
