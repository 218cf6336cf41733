"""The company an English money clause is about: the one valued, raising or meant by "our"."""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.investors import OWN_INVESTOR
from pedigree.ingest.text.en.lexicon import FOUND_VERB, POSSESSIVE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention

_O = MARK["org"]


# A round named as another's, after a verb of investing: "invested in the studio's angel round".
_THEIR_ROUND = re.compile(
    r"\b(?:invested|participated|joined|took part|co-invested)\s+in\s+the\s+"
    rf"(?:company|startup|studio|firm|business){POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}$"
)


_RAISED_NEXT = re.compile(
    r"\s+(?:has\s+|had\s+|just\s+)?(?:raised|closed|secured|collected|landed|received|bagged"
    r"|picked up|completed)\b"
)


def company(ctx: Context, start: int, position: int) -> tuple[Entity | None, Mention | None]:
    """The company a money clause is about: an organisation's possessive just before the
    amount, else the first company (or "the company", "it", "we") in the clause, else the
    company the story is about at this point."""
    aside = ctx.aside_at(position)
    opening = ctx.lower(aside.start, aside.end) if aside is not None else ""
    if aside is not None and (
        re.match(r",\s*(?:which|that)\b", opening)
        # "Truing Stand, a chain of workshops in Leeds that raised £2.5 million": the company
        # the apposition describes, whose relative clause raised it
        or re.match(r",\s*(?:an?|the)\s", opening)
        and re.search(r"\b(?:that|which)\s+[^,;.]{0,40}$", ctx.lower(aside.start, position))
    ):
        named = ctx.mentions.within(max(start, aside.anchor - 60), aside.anchor, "org")
        last = named[-1] if named else None
        if (
            last
            and last.entity
            and "investor" not in last.entity.roles  # not "Root Ventures, which led a seed round"
            and not ctx.lower(last.end, aside.anchor).strip(" )")
        ):
            return last.entity, last  # "Harvey, which raised $100 million"
    before = ctx.shape[max(start, position - 40) : position]
    possessive = re.search(rf"({_O}+){POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}$", before)
    if possessive:
        mention = ctx.mentions.covering(position - len(before) + possessive.start(1))
        if mention is not None and mention.entity is not None and ctx.companylike(mention.entity):
            return mention.entity, mention
    if _THEIR_ROUND.search(ctx.lower(max(start, position - 40), position)):
        # "Bilibili Inc. invested in the studio's angel round": the subject invested in it
        return ctx.company_at(position), None
    for m in ctx.mentions.within(start, position, "org", "ref"):
        if m.kind == "ref" and m.form not in ("company", "Company", "it", "we"):
            continue
        if ctx.aside_at(m.start) not in (None, aside):
            continue  # "Zhou, who is no relation to … Tencent's gaming unit, raised"
        if ctx.owns_another(m):
            continue  # "Kolibri's rival Bolt Labs … raised", "Meituan's venture arm, Dragonball"
        entity = ctx.entity(m)
        # (a company the story introduces raises money even where it also invests elsewhere:
        # "Hexi raised 600 million yuan" after "Hexi itself put in money alongside Matrix")
        if entity is not None and entity.kind == "org" and (
            ctx.companylike(entity)
            or ctx.investing_company(entity) and _RAISED_NEXT.match(ctx.lower(m.end, m.end + 30))
        ):
            if m.kind == "ref" and m.form == "it":
                named = _named_after_opening(ctx, m, position)
                if named is not None:
                    return named.entity, named
            return entity, m if m.kind == "org" else None
    # "Zhou … raised a $15 million Series A": a founder raises for the company in question.
    return ctx.company_at(position), None


def _named_after_opening(ctx: Context, ref: Mention, position: int) -> Mention | None:
    """ "For its fiscal year ended January 31, Pellam reported …": the company named after
    an opening phrase is the one its "its" looks ahead to."""
    for m in ctx.mentions.within(ref.end, position, "org"):
        opened = re.search(r",\s*$", ctx.text.folded[max(ref.end, m.start - 3) : m.start])
        if opened and m.entity is not None and ctx.companylike(m.entity):
            return m
    return None


_STARTED_BEFORE = re.compile(rf"\b{FOUND_VERB}\s+(?:(?:a|an|the|his|her|their)\s+)?$", re.I)


def started_here(ctx: Context, investor: Mention) -> tuple[Entity | None, Mention | None]:
    """ "…left this spring to start Clarivox, a tinnitus app, with backing from Antler": the
    company its clause has someone start, the last before the investor."""
    start = ctx.clause_at(investor.start)[0]
    for m in reversed(ctx.mentions.within(start, investor.start, "org")):
        entity = ctx.entity(m)
        if (
            entity is not None
            and entity is not investor.entity
            and _STARTED_BEFORE.search(ctx.lower(max(start, m.start - 30), m.start))
        ):
            return entity, m
    return None, None


def own_investee(ctx: Context, investor: Mention) -> tuple[Entity | None, Mention | None]:
    """ "X, one of our Pre-IPO Investors": the company "our" means."""
    end = ctx.clause_at(investor.start)[1]
    own = OWN_INVESTOR.match(ctx.lower(investor.end, end))
    if own is None:
        return None, None
    our = investor.end + own.start("our")
    refs = ctx.mentions.within(our, our + 3, "ref")
    return (ctx.entity(refs[0]) if refs else None), None


_RAISED_BEFORE = re.compile(r"\b(?:raised|raises|closed|secured|landed)\b", re.I)


def org_valued(ctx: Context, start: int, position: int) -> tuple[Entity | None, Mention | None]:
    """ "values Corvane at", "valued Xuanlan at": the organisation valued; else the clause's."""
    before = ctx.shape[start:position]
    valued = rf"\bvalu(?:es|ed|ing|e)\s+({_O}+|the company|us)\s+at\b[^.;]*$"
    match = re.search(valued, before, re.I)
    if match and match.group(1).lower() == "the company" and _RAISED_BEFORE.search(
        before, 0, match.start()
    ):
        # "Quanta Flux raised a $75 million Series B led by NVentures, Nvidia's venture arm,
        # which valued the company at": the company that raised, not the last one named
        raised, mention = company(ctx, start, position)
        if raised is not None:
            return raised, mention
    if match:
        mention = ctx.mentions.covering(start + match.end(1) - 1)
        entity = ctx.entity(mention) if mention is not None else None
        if entity is not None and entity.kind == "org":
            return entity, mention if mention.kind == "org" else None
    return company(ctx, start, position)
