"""Where a job title is held: the organisation after it ("partner at the law firm Crane &
Holt", "on Goldman's equities desk", "from NetEase, Wu Kaiyuan") or before it ("a former
SenseTime engineer", "its CTO"), the unit it names, the organisations listed after the first,
the company a relative clause opened by "where" hangs on, and, for a co-founder or someone who
"joined as" a post, the company the story gives them.

`titles` decides whether a title is given to someone at all; this module only places it.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import FUNCTION_NEXT, PAST_VENTURE, POSSESSIVE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization

ORGS = f"[{MARK['org']}{MARK['school']}]+"
PERSON = f"[{MARK['person']}]+"
# "partner at the law firm Crane & Holt": a descriptor may stand between
_DESCRIPTOR = (
    rf"(?:(?:[\w-]+\s+|{MARK['place']}+\s+){{0,4}}?(?:firm|company|startup|start-up|bank|lab"
    r"|fund|agency|group|studio|maker|developer|provider|consultancy|brokerage|insurer|lender"
    r"|carrier|supplier|manufacturer|publisher|accelerator|incubator|registry|platform|operator"
    r"|giant|retailer|chain|marketplace|exchange|nonprofit|regulator|automaker|carmaker)\s+)?"
)
# "in the investment banking division of", "of the corporate services division of": the unit
# a title is held in, between the title and its organisation
_UNIT_BETWEEN = (
    r"(?:\s+(?:in|of|on|at|within)\s+(?:the\s+|its\s+)?(?:[\w&/-]+\s+){0,4}?(?:team|group|lab"
    r"|division|unit|department|business|practice|office|desk|centre|center|branch)"
    r"(?:\s+of\s+[a-z][\w&/-]*(?:\s+[a-z][\w&/-]*){0,2})?)?"
)
_ORG_AFTER = re.compile(
    rf"^,?{_UNIT_BETWEEN}\s+(?:at|of|with|for|on)\s+(?:the\s+)?{_DESCRIPTOR}(?P<org>{ORGS})"
)
# A name after "of" that is a department: another organisation follows it ("Vice President of
# Finance at Okta"), a word of the unit's name continues it ("of Grid Software Sales"), or the
# clause joins someone to a company as the title ("joins Harborlight as VP of Identity").
_DEPARTMENT = re.compile(rf"\s+of\s+(?:the\s+)?{ORGS}(?:\s+[A-Z][\w&-]*|\s+(?:at|with)\s+"
                         rf"(?:the\s+)?{ORGS})|\s+for\s+(?:the\s+)?{ORGS}(?:\s+[A-Z][\w&-]*)"
                         rf"{{0,2}}\s+(?:at|with)\s+(?:the\s+)?{ORGS}")
_EMPLOYER_AFTER = re.compile(
    rf"(?:\s+[A-Z][\w&-]*){{0,3}}(?:\s+(?:for|in)\s+(?:the\s+)?[\w\s]{{0,30}}?)?\s+(?:at|with)"
    rf"\s+(?:the\s+)?(?P<org>{ORGS})"
)
_JOINED_AS = re.compile(
    rf"\bjoin(?:s|ed|ing)?\s+(?P<org>{ORGS})\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?$"
)
_UNIT_AFTER = re.compile(
    rf"^\s+(?:on|in)\s+(?:the\s+)?(?P<org>{ORGS}){POSSESSIVE}\s+(?:[\w&/-]+\s+){{0,4}}?"
    r"(?:team|group|lab|division|unit|department|centre|center|desk|office|practice)\b"
)
_ORG_BEFORE = re.compile(
    # (", whose": "Bank Nusantara Digital, whose Chief Risk Officer, Hendra Wijaya, said …")
    rf"(?P<org>{ORGS}|\bits|\btheir|\bthe (?:company|startup|firm)|\bour)(?:'s|’s|,\s+whose)?\s+"
    r"(?P<former>former\s+|then-|onetime\s+|first\s+|third\s+|second\s+)?$"
)


FROM_ORG = re.compile(rf"^\s+(?:from|at)\s+(?P<org>{ORGS}),\s+(?P<person>{PERSON})")


# Around a company someone founded: "he founded Spindle AI", "Emberline, the carbon accounting
# startup she co-founded".
_FOUNDED_BEFORE = re.compile(
    r"\b(?:co-?founded|founded|started|launched|set up)\s+(?:the\s+)?$"
    # an entry's field: "- Founded: Onggi Table, Los Angeles, 2021"
    r"|(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:co-?)?founded(?:\*\*)?[ \t]*:"
    r"[ \t]*(?:\*\*)?[ \t]*$"
    # "is the co-founder and chief executive of Verdant Shield"
    r"|\b(?:co-?)?founders?\s+(?:and\s+(?:[\w-]+\s+){1,3})?of\s+(?:the\s+)?$"
)
_FOUNDED_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+[^.;]{0,60}?\b(?:she|he|they)\s+(?:had\s+)?(?:co-?founded|founded|started)"
    # "Zhuyuan Materials (竹源材料), which Zeng Yutong co-founded in 2019"
    r"|^(?:\s*\([^)]{1,40}\))?,?\s+(?:which|that)\s+(?:[A-Z][\w-]*\s+){1,3}(?:had\s+)?"
    r"(?:co-?founded|founded|started)\b"
    r"|^(?:\s*\([^)]{1,40}\))?,?\s+(?:which|that)\s+(?:she|he|they)\s+(?:had\s+)?"
    r"(?:co-?founded|founded|started)\b",
)


def joined_company(ctx: Context, head: str) -> Entity | None:
    """ "Jenna Okafor, who previously ran rental operations at Alterra, joined as head of
    operations": joining with no company named is joining the one the story is about (not a
    rival or a suitor the paragraph before mentioned)."""
    main = ctx.main_company
    if not _JOINED_NO_OBJECT.search(head) or main is None or known_organization(main.name):
        return None
    return main


def a_persons(ctx: Context, head: str, at: int) -> bool:
    """Whether the words before a title end with a person's possessive ("Okafor's ")."""
    if not head.endswith(("'s ", "’s ")):
        return False
    owner = ctx.mentions.covering(at - 4)
    return owner is not None and owner.kind == "person"


def their_company(ctx: Context, position: int) -> Entity | None:
    """The company a founder's co-founder ("her co-founder") co-founded: the one last told as
    founded, else the list entry's, else the company the piece is about — not the employer the
    founder's career named last ("joined Oscar Health in 2017 … Her co-founder, CTO …")."""
    found = _last_founded(ctx, position) or ctx.entry_company(position, across_blocks=True)
    main = ctx.main_company
    if found is None and main is not None and known_organization(main.name) is None:
        found = main
    return found


def _last_founded(ctx: Context, position: int) -> Entity | None:
    """The company last told as founded before `position`, within a few paragraphs."""
    for mention in reversed(ctx.mentions.within(max(0, position - 2000), position, "org")):
        if PAST_VENTURE.match(ctx.text.folded[mention.end : mention.end + 90]):
            continue  # "she co-founded Olive & Rye, a … company that she sold in 2012": done with
        if _FOUNDED_BEFORE.search(ctx.lower(max(0, mention.start - 48), mention.start)) or (
            _FOUNDED_AFTER.match(ctx.text.folded[mention.end : mention.end + 90])
        ):
            return ctx.entity(mention)
    return None


_JOINED_NO_OBJECT = re.compile(r"\b(?:joined|joins)\s+as\s+(?:an?\s+|its\s+)?$")


_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an|its)\s[^,;.()]{1,60}")


def where(ctx: Context, position: int) -> Entity | None:
    """ "… from Novartis, where he served as head of oncology": the organisation a relative
    clause opened by "where" hangs on."""
    aside = ctx.aside_at(position)
    if aside is None or not re.match(r",\s*where\b", ctx.text.folded[aside.start : aside.end]):
        return None
    before = ctx.mentions.within(max(0, aside.anchor - 80), aside.anchor, "org", "school")
    between = ctx.text.folded[before[-1].end : aside.anchor] if before else ""
    if before and (
        not between.strip(' )"“”')
        # "four years at Ardent Mills, the country's largest flour miller, where she was …"
        or _APPOSITION.fullmatch(between)
    ):
        return before[-1].entity  # 'Tencent Holdings Limited ("Tencent"), where …'

    return None


def org_of(
    ctx: Context, start: int, match: re.Match, head: str, tail: str
) -> tuple[Mention | None, Entity | None, bool]:
    """The organisation a title is at: after it (at, of, with, for; on its team; "from
    NetEase, Wu Kaiyuan"), else before it (SenseTime's, a former SenseTime, its, the
    company's)."""
    for pattern in (_ORG_AFTER, _UNIT_AFTER, FROM_ORG):
        after = pattern.match(tail)
        if after:
            mention = ctx.mentions.at(start + match.end() + after.start("org"))
            of = re.match(r"\s+of\b", tail)
            if (
                of and mention is not None and FUNCTION_NEXT.match(ctx.text.folded, mention.end)
                and _ORG_BEFORE.search(head)
            ):
                break  # "Apple's former vice president of Watch operations": Apple's unit
            joined = _JOINED_AS.search(head) if of else None
            if mention is not None and pattern is _ORG_AFTER and (
                _DEPARTMENT.match(ctx.shape, start + match.end()) or joined
            ):
                # "Vice President of Finance at Okta", "SVP of Grid Software Sales": the name
                # after "of" is a department; the employer is named after it, or elsewhere
                employer = _EMPLOYER_AFTER.match(ctx.shape, mention.end)
                if employer is None:
                    if joined is None:
                        return None, None, False
                    mention = ctx.mentions.at(start + joined.start("org"))
                else:
                    mention = ctx.mentions.at(employer.start("org"))
            if mention is not None:
                mention = ctx.parent_org(mention)
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
    joined = _JOINED_AS.search(head)  # "left in 2023 to join Loomera as chief operating officer"
    mention = ctx.mentions.at(start + joined.start("org")) if joined else None
    if mention is not None and (entity := ctx.entity(mention)) is not None and entity.kind == "org":
        return mention, entity, False
    return None, None, False


_UNIT_OF = re.compile(
    rf"{POSSESSIVE}\s+(?P<unit>(?:[\w&/-]+\s+){{0,3}}(?:team|teams|group|lab|labs|laboratory"
    r"|division|unit|department|business|practice|office|centre|center|arm|studio|desk))\b"
)


def unit_of(ctx: Context, org_mention: Mention | None, at: int) -> str | None:
    """ "CTO of ByteDance's AI lab", "a vice president on Goldman's equities desk": the unit of
    the organisation the title is held in, as written."""
    if org_mention is None or org_mention.kind == "ref" or org_mention.start < at:
        return None
    match = _UNIT_OF.match(ctx.text.folded, org_mention.end)
    return match.group("unit") if match else None


_POSSESSIVE_AFTER = re.compile(rf"{POSSESSIVE}\s")


def with_coordinated(
    ctx: Context, mention: Mention | None, org: Entity, end: int
) -> list[tuple[Mention | None, Entity]]:
    """An organisation and those listed after it: "a veteran of Honeywell and Johnson
    Controls"."""
    found: list[tuple[Mention | None, Entity]] = [(mention, org)]
    if mention is None or mention.kind == "ref":
        return found
    last = mention
    for m in ctx.mentions.within(mention.end, end, "org", "school"):
        gap = ctx.lower(last.end, m.start)
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", gap) or m.entity is None:
            break
        if _POSSESSIVE_AFTER.match(ctx.text.folded, m.end):
            break  # "at Ant Group, Alibaba's fintech affiliate": a gloss on the one before
        found.append((m, m.entity))
        last = m
    return found
