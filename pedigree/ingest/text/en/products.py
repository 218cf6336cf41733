"""Products and their metrics: whose product a name is ("Corvane's product, called Adjuster",
"Yanxi's Xiyu platform", "Our main product is Kiteloop Studio", "Moheng now sells … an
inference accelerator card, the Xuanheng M1"), and the counts said of it ("used by 14
carriers", "downloaded more than 400,000 times", "about 15 million monthly active users",
"60,000 of them pay us", "It shipped more than 20,000 of the cards").

A product needs an owner the text states — a possessive, "our"/"its", the subject that sells
or launches it, or a name that begins with the maker's — so an app named in passing (posts on
an app) is no one's product. A count is a product metric only when the product (or "the
cards", "it") is what the clause is about and the count is of users, customers, downloads,
units or things it handled — not a team, a headcount or a parameter count.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import iso_date
from pedigree.ingest.text.en.lexicon import HEDGE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact

_O = MARK["org"]
PRODUCT_NOUN = (
    r"(?:products?|platforms?|apps?|applications?|models?|model family|family|chatbots?"
    r"|assistants?|cards?|chips?|tools?|software|services?|engines?|suites?|devices?|robots?"
    r"|games?|agents?|copilots?|apis?|systems?|accelerators?|offerings?|solutions?|modules?"
    r"|sensors?|drones?|vehicles?|headsets?|processors?|cells?|kits?)"
)
_OWNER_BEFORE = re.compile(
    rf"(?P<owner>{_O}+|\bits|\btheir|\bour|\bthe (?:company|startup|firm))(?:'s|’s)?\s+"
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
_NOUN_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:the\s+)?[\w-]*\s*{PRODUCT_NOUN}\b")
_METRIC_NOUN = re.compile(
    r"^\s*(?:of\s+(?:the\s+|them\b|its\b)\s*)?(?P<adj>(?:(?:monthly|daily|weekly) active|registered"
    r"|active|paying|paid|enterprise|commercial|corporate|unique|new)\s+)?"
    r"(?P<noun>[a-z][\w-]*(?:\s+(?!of\b|in\b|on\b|and\b|to\b|since\b|across\b|for\b|at\b|by\b"
    r"|from\b|with\b)[a-z][\w-]*){0,2})"
)
_NOT_METRIC = re.compile(
    r"^\s*(?:%|percent|per\s?cent|-person|-strong|people|employees|staff|workers|engineers"
    r"|researchers|scientists|parameters?|tokens|years?|months?|weeks?|days?|hours?|minutes"
    r"|seconds|x\b|times (?:more|less|faster|larger|bigger)|offices|countries|cities|languages"
    r"|miles|kilometers|km|gb|tb|mb|pages)\b"
)
# A verb that says what a product reached, right before the count ("used by 14 carriers",
# "has about 480,000 registered creators", "downloaded more than 400,000 times").
_USE_VERB = re.compile(
    r"\b(?:(?:is|are|was|were|been)\s+(?:now\s+|today\s+)?used(?:\s+today)?\s+(?:by|in|at|across)"
    r"|has|had|have"
    r"|counts|counted|serves|served|reached|reaches|surpassed|crossed|topped|hit"
    r"|deployed (?:in|at|on)|installed (?:in|on|at)|(?:running|live|operating|in use) (?:in|at|on)"
    r"|analy[sz]ed|processed|handled|downloaded|shipped|sold|boasts"
    r"|attracted|attracts|signed|onboarded|registered|amassed|passed|exceeded|with)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|close to|at least"
    r"|upwards of|approximately)\s+)?$"
)
_METRIC_NAMES = (
    ("mau", re.compile(r"monthly active")),
    ("dau", re.compile(r"daily active")),
    ("registered_users", re.compile(r"registered")),
    ("paying_users", re.compile(r"paying|paid|pay\b")),
    ("downloads", re.compile(r"download|install")),
    ("units", re.compile(r"shipped|sold|units")),
    ("customers", re.compile(r"customers|clients|carriers|hospitals|teams|studios|banks|insurers"
                             r"|merchants|businesses|companies|enterprises|brands|schools")),
    ("users", re.compile(r"users|creators|players|members|subscribers|developers|learners")),
)


def read_products(ctx: Context) -> list[Fact]:
    owners = _owners(ctx)
    facts = []
    for product, (owner, mention, launched) in owners.items():
        facts.append(_fact(ctx, "product", mention.start, [mention], org=owner.name,
                           product=product.name, launched=launched))
    facts += _metrics(ctx, owners)
    return facts


def _owners(ctx: Context) -> dict[Entity, tuple[Entity, Mention, str | None]]:
    """Each product → its maker, the mention that says so, and its launch date if given."""
    found: dict[Entity, tuple[Entity, Mention, str | None]] = {}
    for mention in ctx.mentions.items:
        product = mention.entity
        if mention.kind != "product" or product is None or product in found:
            continue
        if not ctx.readable(mention.start) or ctx.layout.is_skipped(mention.start):
            continue
        owner = _owner(ctx, mention)
        if owner is not None and owner is not product:
            found[product] = (owner, mention, _launched(ctx, mention))
    return found


def _owner(ctx: Context, mention: Mention) -> Entity | None:
    start, end = ctx.clause_at(mention.start)
    before = ctx.shape[start : mention.start]
    after = ctx.lower(mention.end, end)
    for pattern in (_OWNER_BEFORE, _OWNER_IS, _MAKES):
        match = pattern.search(before.lower())
        if match:
            entity = _entity_at(ctx, start + match.start("owner"), match.group("owner"))
            if entity is not None:
                return entity
    match = _IS_OWNERS.match(after)
    if match:
        return _entity_at(ctx, mention.end + match.start("owner"), match.group("owner"))
    name = mention.entity.name if mention.entity else ""
    for org in ctx.registry.all("org"):
        if name.startswith(org.written + " ") or any(name.startswith(f + " ") for f in org.forms):
            return org
    return None


def _entity_at(ctx: Context, position: int, written: str) -> Entity | None:
    if written.startswith(_O):
        mention = ctx.mentions.covering(position)
        entity = mention.entity if mention is not None else None
    else:
        refs = ctx.mentions.within(position, position + len(written) + 1, "ref")
        entity = ctx.entity(refs[0]) if refs else ctx.company_at(position)
    if entity is None or entity.kind != "org" or "investor" in entity.roles:
        return None
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


def _metrics(ctx: Context, owners: dict[Entity, tuple[Entity, Mention, str | None]]) -> list[Fact]:
    facts = []
    by_owner: dict[Entity, list[Entity]] = {}
    for product, (owner, _, _) in owners.items():
        by_owner.setdefault(owner, []).append(product)
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        for amount in ctx.amounts_in(start, end):
            found = _metric(ctx, amount, start, end, owners, by_owner)
            if found is not None:
                facts.append(found)
    return facts


def _metric(ctx, amount: Amount, start: int, end: int, owners, by_owner) -> Fact | None:
    if amount.currency or _is_date(ctx, amount) or amount.value < 2:
        return None
    after = ctx.lower(amount.end, end)
    if _NOT_METRIC.match(after):
        return None
    before = ctx.lower(start, amount.start)
    noun = _METRIC_NOUN.match(after)
    words = (noun.group(0) if noun else "") + " " + before[-40:]
    if re.search(r"\[\s*$", before):
        return None  # a citation mark [7]
    used = _USE_VERB.search(before[-60:]) or re.search(r"\bdownloaded\b[^.;]{0,30}$", before)
    if not used and not re.match(r"^\s*of them\b", after):
        return None
    if HEDGE.search(before) and not re.search(r"\baccording to\b", before):
        return None
    product, mention = _metric_product(ctx, start, amount.start, owners, by_owner)
    if product is None:
        return None
    metric = next((name for name, p in _METRIC_NAMES if p.search(words + " " + after[:30])), None)
    if metric is None:
        metric = re.sub(r"\W+", "_", noun.group("noun")) if noun else "count"
    period = next(iter(ctx.periods_in(start, end)), None)
    return _fact(ctx, "product_metric", amount.start, [mention], product=product.name,
                 metric=metric, value=amount.value, date=iso_date(period))


def _metric_product(ctx: Context, start: int, position: int, owners, by_owner):
    """What a count in a clause is about: a product named before it, "the cards" (a product by
    its noun), or the one product of the company the clause is about."""
    named = [m for m in ctx.mentions.within(start, position, "product") if m.entity in owners]
    if named:
        return named[-1].entity, named[-1]
    for ref in ctx.mentions.within(start, position, "org", "ref"):
        if ref.kind == "ref" and ref.form not in ("it", "company", "Company", "we"):
            continue
        company = ctx.entity(ref)
        products = by_owner.get(company, []) if company is not None else []
        if len(products) == 1:
            return products[0], owners[products[0]][1]
    return None, None


def _is_date(ctx: Context, amount: Amount) -> bool:
    if amount.value.is_integer() and 1900 <= amount.value <= 2100:
        return True
    near = ctx.periods_in(max(0, amount.start - 30), amount.end + 30)
    return any(p.start <= amount.start < p.end for p in near)


def _fact(ctx: Context, kind: str, at: int, mentions: list[Mention], **fields) -> Fact:
    aliases = {}
    for m in mentions:
        if m.entity is not None and ctx.text.original[m.start : m.end] != m.entity.name:
            aliases[m.entity.name] = ctx.text.original[m.start : m.end]
    return ctx.text.fact(kind, ctx.sentence_at(at), 0.75, aliases, **fields)

