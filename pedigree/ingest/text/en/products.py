"""Products: whose product a name is ("Corvane's product, called Adjuster", "Yanxi's Xiyu
platform", "Our main product is Kiteloop Studio", "Moheng now sells … an inference accelerator
card, the Xuanheng M1"), and when it came out. The counts said of a product are
`en/product_metrics.py`.

A product needs an owner the text states — a possessive, "our"/"its", the subject that sells
or launches it, a name that begins with the maker's, or the product listed just before it
("OreDrive, a retrofit kit …, and Haulmind") — or, named without one ("The product,
Tariff Desk, …", a name opening a section headed "Our product"), the company the story is about
where its paragraph speaks of that company; an app named in passing (posts on an app) is no
one's product.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import POSSESSIVE, THING
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.en.product_metrics import product_fact, product_metrics
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.periods import iso_date

_O = MARK["org"]
PRODUCT_NOUN = (
    r"(?:products?|platforms?|apps?|applications?|models?|model family|family|chatbots?"
    r"|assistants?|cards?|chips?|tools?|software|services?|engines?|suites?|devices?|robots?"
    r"|games?|agents?|copilots?|apis?|systems?|accelerators?|offerings?|solutions?|modules?"
    r"|sensors?|drones?|vehicles?|headsets?|processors?|cells?|kits?)"
)
_OWNER_BEFORE = re.compile(
    rf"(?P<owner>{_O}+|\bits|\btheir|\bour|\bthe (?:company|startup|firm)){POSSESSIVE}?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:[\w-]+,?\s+(?:(?:called|named|dubbed)\s+)?(?:the\s+)?)?$"
)
_OWNER_IS = re.compile(
    rf"\b(?P<owner>our|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{PRODUCT_NOUN})\s+(?:is|was)\s+$"
)
_IS_OWNERS = re.compile(
    rf"^\s+(?:is|was)\s+(?P<owner>our|its|their)\s+(?:[\w/-]+\s+){{0,4}}?{PRODUCT_NOUN}\b"
)
_MAKES = re.compile(
    rf"(?P<owner>{_O}+|\bit|\bwe|\bthe (?:company|startup|firm))[^.;]{{0,60}}?\b(?:sells|sold"
    r"|selling|launched|launches|released|releases|offers|makes|built|builds|develops"
    r"|developed|ships|shipped|introduced|unveiled|rolled out|debuted)\b[^.;]{0,80}$"
)
# "CodeSprout's main products are the block-based coding app Sprout Blocks": the products a
# maker's list names, however each is described.
_PRODUCTS_ARE = re.compile(
    rf"(?P<owner>{_O}+|\bits|\btheir|\bour){POSSESSIVE}?\s+(?:(?:main|core|flagship|two|three)\s+)?"
    r"(?:products|offerings|product lines?)\s+(?:are|include|includes|were|comprise)\s+[^.;]{0,80}$"
)
_NOUN_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:the\s+)?[\w-]*\s*{PRODUCT_NOUN}\b")


def read_products(ctx: Context) -> list[Fact]:
    owners = _owners(ctx)
    facts = []
    for product, (owner, mention, launched) in owners.items():
        facts.append(product_fact(ctx, "product", mention.start, [mention], org=owner.name,
                                  product=product.name, launched=launched))
    facts += _own_apps(ctx, {p.name for p in owners})
    facts += product_metrics(ctx, owners)
    return facts


_APP_AFTER = re.compile(r"\s+app\b")


def _own_apps(ctx: Context, named: set[str]) -> list[Fact]:
    """ "through the Tilehouse app": the app a company the text introduces makes, named after it
    (not "the WeChat app", a known company's)."""
    found: dict[str, Fact] = {}
    folded = ctx.text.folded
    for mention in ctx.mentions.items:
        company = mention.entity
        if mention.kind != "org" or company is None or company.name in found:
            continue
        if not folded[max(0, mention.start - 4) : mention.start].lower().endswith("the "):
            continue
        if not _APP_AFTER.match(folded, mention.end) or not ctx.readable(mention.start):
            continue
        if not ctx.companylike(company) or known_organization(company.name) is not None:
            continue
        product = f"{ctx.text.original[mention.start : mention.end]} app"
        if product not in named:
            found[company.name] = product_fact(
                ctx, "product", mention.start, [mention], org=company.name, product=product
            )
    return list(found.values())


def _owners(ctx: Context) -> dict[Entity, tuple[Entity, Mention, str | None]]:
    """Each product → its maker, the mention that says so, and its launch date if given."""
    found: dict[Entity, tuple[Entity, Mention, str | None]] = {}
    for mention in ctx.mentions.items:
        product = mention.entity
        if mention.kind != "product" or product is None or product in found:
            continue
        if not ctx.readable(mention.start) or ctx.layout.is_skipped(mention.start):
            continue
        owner = _owner(ctx, mention) or _listed_owner(ctx, mention, found)
        if owner is not None and owner is not product:
            found[product] = (owner, mention, _launched(ctx, mention))
    return found


# The next item of a list: "OreDrive, a retrofit kit for mining trucks, and Haulmind".
_NEXT_ITEM = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")


def _listed_owner(ctx: Context, mention: Mention, found: dict) -> Entity | None:
    """The maker of the product listed just before `mention` in its sentence, where `mention`
    is the next item of that list."""
    start, _ = ctx.sentence_at(mention.start)
    earlier = ctx.mentions.within(start, mention.start, "product")
    if not earlier or earlier[-1].entity not in found:
        return None
    between = ctx.text.folded[earlier[-1].end : mention.start]
    if ";" in between or not _NEXT_ITEM.search(between):
        return None
    return found[earlier[-1].entity][0]


def _story_owner(ctx: Context, mention: Mention) -> Entity | None:
    """The company the piece is about, for a product named without an owner ("The product,
    Tariff Desk, …") where its sentence or the one before speaks of that company, or under a
    heading that presents the product ("OUR PRODUCT")."""
    company = ctx.main_company
    if company is None or not ctx.companylike(company) and "investor" not in company.roles:
        return None
    start, end = ctx.sentence_at(mention.start)
    earlier = ctx.sentence_at(max(0, start - 1))
    if _SECTION.search(ctx.text.folded[max(0, start - 40) : start]):
        return company
    head = ctx.lower(ctx.clause_at(mention.start)[0], mention.start)
    if not _GENERIC_HEAD.fullmatch(head):
        return None  # "posts on the professional-networking app Maimai": someone else's
    folded = ctx.text.folded
    paragraph = (folded.rfind("\n\n", 0, mention.start) + 1, folded.find("\n\n", mention.end))
    if paragraph[1] < 0:
        paragraph = (paragraph[0], len(folded))
    for m in [*ctx.mentions.within(min(start, earlier[0]), end, "org", "ref"),
              *ctx.mentions.within(*paragraph, "org")]:
        if m.kind == "ref" and m.form not in ("it", "company", "Company", "we"):
            continue
        if ctx.entity(m) is company:
            return company
    return None


# What may open a clause before a product the story's company owns: nothing (it is the
# subject), or a plain head in apposition ("The product, Tariff Desk, …").
# ("The Company's developer offering, Hexaling API, …", "The product, called Drillbook, …")
_GENERIC_HEAD = re.compile(
    r"\s*(?:[-•*]\s*)?(?:(?:the|our|its|their|an?)\s+(?:[\w'’-]+\s+){0,2}?"  # "A B2B version, …"
    rf"(?:{PRODUCT_NOUN}|{THING}|version|edition|base),\s*"
    r"(?:(?:called|named|dubbed)\s+(?:the\s+)?)?)?"
)
_SECTION = re.compile(
    r"(?:^|\n)\s*(?:our products?|what we (?:make|build|sell|do)|the products?|products?"
    r"|our platform|the platform)\s*:?\s*\n\s*$",
    re.I,
)


def _owner(ctx: Context, mention: Mention) -> Entity | None:
    start, end = ctx.clause_at(mention.start)
    before = ctx.shape[start : mention.start]
    after = ctx.lower(mention.end, end)
    for pattern in (_OWNER_BEFORE, _OWNER_IS, _MAKES, _PRODUCTS_ARE):
        match = pattern.search(before.lower())
        if match:
            entity = _entity_at(ctx, start + match.start("owner"), match.group("owner"))
            if entity is not None:
                return entity
    match = _IS_OWNERS.match(after)
    if match:
        return _entity_at(ctx, mention.end + match.start("owner"), match.group("owner"))
    # "SeamSight, Fusemark's in-house vision software": the maker named in the apposition
    match = _MAKERS_APPOSED.match(ctx.shape[mention.end : end])
    if match:
        entity = _entity_at(ctx, mention.end + match.start("owner"), match.group("owner"))
        if entity is not None:
            return entity
    name = mention.entity.name if mention.entity else ""
    for org in ctx.registry.all("org"):
        if name.startswith(org.written + " ") or any(name.startswith(f + " ") for f in org.forms):
            return org
    brand = name.split(" ", 1)[0]
    if " " in name and len(brand) >= 4:
        for org in ctx.registry.all("org"):
            # "the Vireo Crawler" beside Vireo Robotics: the maker's brand word, then the
            # product's own
            if (
                org.written.startswith(brand + " ")
                and ctx.companylike(org) and known_organization(org.name) is None
            ):
                return org
    called = _CALLED.search(before)
    if called and ctx.main_company is not None and any(
        ctx.entity(m) is ctx.main_company
        for m in ctx.mentions.within(start, start + called.start(), "org", "ref")
    ):
        return ctx.main_company  # "Porelight's pitch is a … membrane called PoreShield"
    return _story_owner(ctx, mention)


_MAKERS_APPOSED = re.compile(rf"^,\s+(?P<owner>{_O}+){POSSESSIVE}\s+(?:[\w/-]+\s+){{0,3}}?[a-z]+")
_CALLED = re.compile(r"\b(?:called|named|dubbed)\s+(?:the\s+)?$")


def _entity_at(ctx: Context, position: int, written: str) -> Entity | None:
    if written.startswith(_O):
        mention = ctx.mentions.covering(position)
        entity = mention.entity if mention is not None else None
    else:
        refs = ctx.mentions.within(position, position + len(written) + 1, "ref")
        entity = ctx.entity(refs[0]) if refs else ctx.company_at(position)
    if entity is None or entity.kind != "org":
        return None
    if "investor" in entity.roles and entity is not ctx.main_company:
        return None  # a fund's portfolio is not its product; a company that invests still sells
    return entity


_LAUNCH = r"\b(?:launched|released|debuted|rolled out|introduced|unveiled)\b"


def _launched(ctx: Context, mention: Mention) -> str | None:
    """When a product came out: a date after the launch verb that follows it ("Wisp, launched
    in March"), or after the product a launch verb governs ("released its chatbot Wisp last
    year", "launched Wisp in 2023")."""
    start, end = ctx.clause_at(mention.start)
    text = ctx.lower(mention.end, end)
    match = re.search(_LAUNCH, text)
    if match and match.start() <= 60:
        after = mention.end + match.end()
        periods = ctx.periods_in(after, min(end, after + 30))
        return iso_date(periods[0]) if periods else None
    verb = re.search(_LAUNCH + r"[^.;]{0,50}$", ctx.lower(start, mention.start))
    if verb is None or ctx.mentions.within(start + verb.end(), mention.start, "product"):
        return None
    periods = ctx.periods_in(mention.end, min(end, mention.end + 30))
    if periods and re.fullmatch(r"[\s,]*(?:(?:in|on|during|at the end of)\s+)?",
                                ctx.lower(mention.end, periods[0].start)):
        return iso_date(periods[0])
    periods = ctx.periods_in(start + verb.end(), mention.start)
    return iso_date(periods[0]) if periods else None
