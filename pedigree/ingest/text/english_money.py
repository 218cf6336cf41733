"""Companies in English reporting: funding rounds and their investors, valuations, reported
financials, products and their user numbers, listing events and sectors.

Each amount in a sentence is read by the cue word next to it: "$200 million valuation",
"revenue of $53.4 million", "raised $60 million", "10 million monthly active users". An amount
with no cue of its own after a financial one is the same metric for another period ("revenue of
$53.4 million …, above the $30.5 million of 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.english_names import (
    NAME,
    ORG,
    ORG_SLOT,
    WORD,
    Context,
    Name,
    Sentence,
    coordinated,
    iso,
    period_near,
    subject_org,
)
from pedigree.ingest.text.facts import Fact

ORGS = ORG_SLOT
_CUES = [
    ("valuation", r"valu(?:ation|ed|ing)|worth"),
    ("funding", r"rais(?:ed|es|e|ing)|secured|closed|completed|landed|bagged|funding|financing"
                r"|round|investment|series [a-f]\+?\d?|seed|angel|pre-ipo"),
    ("adjusted_net_loss", r"adjusted net loss(?:es)?"),
    ("net_loss", r"net loss(?:es)?|lost"),
    ("net_profit", r"net (?:profit|income)|profits?"),
    ("gross_profit", r"gross profit"),
    ("operating_loss", r"operating loss(?:es)?"),
    ("rd_expenses", r"r&d (?:expenses|spending)|research and development (?:expenses|spending)"),
    ("revenue", r"revenues?|sales|turnover"),
    ("mau", r"monthly active users|maus?"),
    ("dau", r"daily active users|daus?"),
    ("paying_users", r"paying (?:users|subscribers)|paid users|subscribers"),
    ("downloads", r"downloads|installs"),
    ("users", r"(?:registered |active )?users"),
    ("customers", r"(?:enterprise |paying )?customers|clients"),
]  # fmt: skip
_CUE = re.compile("|".join(rf"\b(?P<{k}>{p})\b" for k, p in _CUES), re.IGNORECASE)
_FINANCIAL = {"adjusted_net_loss", "net_loss", "net_profit", "gross_profit", "operating_loss",
              "rd_expenses", "revenue"}  # fmt: skip
_COUNTS = {"mau", "dau", "paying_users", "downloads", "users", "customers"}
_ROUND = re.compile(
    r"\b(?P<round>pre-series [a-f]|series [a-f]\+?\d?|pre-[ab]\+?|pre-ipo|seed|angel|strategic)"
    r"(?: (?:funding |financing |investment )?round| funding| financing)?\b",
    re.IGNORECASE,
)
_INVESTORS = re.compile(
    r"\b(?:(?:co-)?led by|backed by|funded by|rais(?:ed|es|ing|e) [^;,]{0,40}? from"
    r"|(?:investment|funding|financing|backing|capital"
    r"|participation|money|round|investors?) from|(?:investors|backers) (?:include|including"
    r"|such as))\b(?P<list>(?:(?!, (?!and\b|with\b|as well as\b)[a-z])[^;])*)",
    re.IGNORECASE,
)
_BACKED = re.compile(rf"(?P<investor>{ORGS})-backed (?:[\w-]+ ){{0,3}}?(?P<org>{ORGS})", re.I)
_LED_ROUND = re.compile(
    rf"(?P<investor>{ORGS}) (?:led|co-led|joined|participated in) (?P<org>{ORGS})(?:'s|’s)",
    re.IGNORECASE,
)
_PRODUCT_NOUN = (
    r"(?:app|application|chatbot|model|platform|product|assistant|service|game|tool|robot"
    r"|device|software|video generator)s?"
)
_PRODUCT = f"[{WORD}{NAME}{ORG}]+"
_PRODUCTS = [
    # MiniMax's app Talkie / its AI companion app Talkie
    rf"(?:(?P<owner>{ORGS})(?:'s|’s)|(?P<pronoun>its|their|the company's|the startup's)) "
    rf"(?:[\w-]+ ){{0,3}}?{_PRODUCT_NOUN},? (?:called |named |dubbed )?(?P<product>{_PRODUCT})",
    # MiniMax's Talkie app
    rf"(?:(?P<owner>{ORGS})(?:'s|’s)|(?P<pronoun>its|their)) (?P<product>{_PRODUCT})"
    rf" {_PRODUCT_NOUN}",
    # MiniMax launched Talkie / MiniMax released its chatbot Hailuo
    rf"(?P<owner>{ORGS}) (?P<verb>launched|released|rolled out|unveiled|introduced|debuted)"
    rf" (?:its |their |a |an |the )?(?:(?:[\w-]+ ){{0,4}}?{_PRODUCT_NOUN},? )?(?:called |named"
    rf" |dubbed )?(?P<product>{_PRODUCT})",
    # Talkie, an AI companion app launched by MiniMax
    rf"(?P<product>{_PRODUCT}), (?:an? |its )(?:[\w-]+ ){{0,4}}?{_PRODUCT_NOUN} (?P<verb>launched"
    rf"|released|developed|made|built|run|operated|owned) by (?P<owner>{ORGS})",
]
_EVENTS = [
    ("ipo_hearing", r"\b(?:passed|cleared) (?:its |the |a )?(?:listing |ipo )?hearing|\b(?:listing"
                    r"|ipo) hearing"),
    ("prospectus", r"\b(?:filed|submitted|published|released) (?:its |a |an |the )?(?:draft )?"
                   r"(?:prospectus|listing application|ipo application)|\bfiled (?:for|to go"
                   r" public)(?: an? ipo)?"),
    ("listing", r"\b(?:went public|listed (?:its shares )?on|began trading|started trading|debuted"
                r" on|made its (?:trading |market )?debut|completed its ipo|priced its ipo)"),
    ("acquired", r"\b(?:was |has been |had been )?acquired by|\bbought by|\btaken over by"),
    ("shutdown", r"\b(?:shut down|shuttered|ceased operations|closed down|went bankrupt|wound"
                 r" down)\b"),
]  # fmt: skip
_PLANNED = re.compile(
    r"\b(?:plans?|planning|expects?|expected|aims?|seeks?|could|may|might|will|would|to)\s+\S*\s*$",
    re.IGNORECASE,
)
_GENERIC = (
    r"(?:leading|fast-growing|chinese|young|new|global|well-known|promising|emerging|\S+-based) "
)
_SECTOR_HEAD = (
    r"(?:startup|start-up|company|firm|unicorn|developer|maker|provider|lab|specialist)s?"
)
_SECTORS = [
    rf"(?P<org>{ORGS}),? (?:is |was |has become )?(?:an? |the |one of the )(?:{_GENERIC})*"
    rf"(?P<sector>(?:[\w&/-]+ ){{1,4}}?){_SECTOR_HEAD}\b",
    rf"(?:^|\b(?:an?|the) )(?:{_GENERIC})*(?P<sector>(?:[\w&/-]+ ){{1,3}}?){_SECTOR_HEAD}"
    rf" (?P<org>{ORGS})",
]
_NOT_SECTOR = {"a", "an", "the", "another", "other", "its", "their", "his", "her", "private",
               "leading", "fast-growing", "chinese", "young", "new", "global", "well-known",
               "promising", "emerging", "big", "small", "major", "top", "hot"}  # fmt: skip


def money_facts(sentence: Sentence, context: Context) -> list[Fact]:
    return [
        *_products(sentence, context),
        *_amounts(sentence, context),
        *_investors(sentence, context),
        *_events(sentence, context),
        *_sectors(sentence),
    ]


def _fact(sentence: Sentence, kind: str, confidence: float, names: list, **fields) -> Fact:
    aliases = {k: v for name in names if name for k, v in name.aliases.items()}
    return sentence.text.fact(kind, sentence.span, confidence, aliases, **fields)


def _at(sentence: Sentence, match: re.Match, group: str) -> Name | None:
    return sentence.name_at(match.start(group)) if match.groupdict().get(group) else None


def _cue_of(sentence: Sentence, amount: Amount, previous: int, following: int) -> str | None:
    """The cue right after the amount ("$200 million valuation", "10 million users"), else the
    last one between the previous amount and this one ("revenue of $53.4 million")."""
    s, e = amount.start - sentence.start, amount.end - sentence.start
    after = _CUE.match(sentence.shape, e + 1) if e < len(sentence.shape) else None
    near = _CUE.search(sentence.shape, e, min(following, e + 16))
    for match in (after, near):
        if match and "," not in sentence.shape[e : match.start()]:
            return match.lastgroup
    before = list(_CUE.finditer(sentence.shape, max(previous, s - 80), s))
    return before[-1].lastgroup if before else None


def _amounts(sentence: Sentence, context: Context) -> Iterator[Fact]:
    amounts = sentence.amounts
    investors = _investor_names(sentence)
    carried = None
    funding_done = False
    for i, amount in enumerate(amounts):
        previous = amounts[i - 1].end - sentence.start if i else 0
        following = amounts[i + 1].start - sentence.start if i + 1 < len(amounts) else 10**9
        cue = _cue_of(sentence, amount, previous, following)
        at = amount.start - sentence.start
        if amount.currency is None:
            if cue in _COUNTS:
                yield from _product_metric(sentence, context, amount, cue)
            continue
        if cue is None and carried:
            cue = carried
        org = subject_org(sentence, at, context, skip=investors)
        if org is None or cue is None:
            continue
        if cue == "valuation":
            date = iso(period_near(sentence, at))
            yield _fact(
                sentence, "valuation", 0.8, [org], org=org.value, amount=amount.value,
                currency=amount.currency, date=date, approx=amount.qualifier,
            )  # fmt: skip
        elif cue == "funding" and not funding_done:
            funding_done = True
            yield _funding(sentence, org, amount, investors)
        elif cue in _FINANCIAL:
            carried = cue
            period = period_near(sentence, at)
            yield _fact(
                sentence, "financial", 0.8 if period else 0.5, [org], org=org.value, metric=cue,
                amount=amount.value, currency=amount.currency,
                period_start=period.first.isoformat() if period else None,
                period_end=period.last.isoformat() if period else None,
            )  # fmt: skip
    if not funding_done and _ROUND.search(sentence.shape) and _CUE.search(sentence.shape):
        match = _ROUND.search(sentence.shape)
        org = subject_org(sentence, match.start(), context, skip=investors)
        if org is not None and re.search(r"\b(?:round|raised|closed|completed|led by)\b",
                                         sentence.shape, re.IGNORECASE):  # fmt: skip
            yield _funding(sentence, org, None, investors)


def _funding(sentence: Sentence, org: Name, amount: Amount | None, investors: list[Name]) -> Fact:
    match = _ROUND.search(sentence.shape)
    funding_round = _round_name(sentence.written(*match.span("round"))) if match else None
    names = [org, *investors]
    return _fact(
        sentence, "funding", 0.8, names, org=org.value, round=funding_round,
        amount=amount.value if amount else None, currency=amount.currency if amount else None,
        investors=[n.value for n in investors], date=iso(period_near(sentence, 0)),
    )  # fmt: skip


def _round_name(written: str) -> str:
    """Series A, Pre-A, Seed, Angel, Pre-IPO, Strategic."""
    words = written.split()
    if words[0].lower() == "series":
        return "Series " + " ".join(words[1:]).upper()
    return "-".join(part.capitalize() if len(part) > 1 else part.upper()
                    for part in written.split("-")).replace("Ipo", "IPO")  # fmt: skip


def _investor_names(sentence: Sentence) -> list[Name]:
    found: list[Name] = []
    for match in _INVESTORS.finditer(sentence.shape):
        for name in sentence.names_in(*match.span("list"), kinds="org word name"):
            if name not in found:
                found.append(name)
    return found


def _investors(sentence: Sentence, context: Context) -> Iterator[Fact]:
    investors = _investor_names(sentence)
    pairs: list[tuple[Name, Name]] = []
    if investors:
        org = subject_org(sentence, investors[0].start - sentence.start, context, skip=investors)
        if org is not None:
            pairs += [(investor, org) for investor in investors if investor != org]
    for pattern in (_BACKED, _LED_ROUND):
        for match in pattern.finditer(sentence.shape):
            investor, org = _at(sentence, match, "investor"), _at(sentence, match, "org")
            if investor and org and investor != org:
                pairs.append((investor, org))
    seen = set()
    for investor, org in pairs:
        if (investor.value, org.value) not in seen:
            seen.add((investor.value, org.value))
            yield _fact(
                sentence, "investor", 0.75, [investor, org], investor=investor.value,
                org=org.value,
            )  # fmt: skip


def _products(sentence: Sentence, context: Context) -> Iterator[Fact]:
    """One fact per product, from the pattern that knows most (its launch date)."""
    found: dict[tuple[str, str], Fact] = {}
    for pattern in _PRODUCTS:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            product = _at(sentence, match, "product")
            owner = _at(sentence, match, "owner")
            if match.groupdict().get("pronoun"):  # "Moonshot AI released its chatbot Kimi"
                owner = subject_org(sentence, match.start(), context)
            if product is None or owner is None or product.value == owner.value:
                continue
            if product.kind == "org" and product.value != product.written:
                continue  # a known organisation is not a product
            context.products[product.value] = owner
            launched = None
            if match.groupdict().get("verb"):
                launched = iso(period_near(sentence, match.end(), after_only=True))
            key = (owner.value, product.value)
            if key not in found or launched:
                found[key] = _fact(
                    sentence, "product", 0.75, [owner, product], org=owner.value,
                    product=product.value, launched=launched,
                )  # fmt: skip
    yield from found.values()


def _product_metric(
    sentence: Sentence, context: Context, amount: Amount, metric: str
) -> Iterator[Fact]:
    at = amount.start - sentence.start
    products = [n for n in sentence.names_in(0, at, "org word name") if n.value in context.products]
    confidence = 0.75
    if products:
        product = products[-1]
    else:
        product = subject_org(sentence, at, context)
        confidence = 0.5  # the company's users, not a named product's
    if product is None:
        return
    yield _fact(
        sentence, "product_metric", confidence, [product], product=product.value, metric=metric,
        value=amount.value, date=iso(period_near(sentence, at)),
    )  # fmt: skip


def _events(sentence: Sentence, context: Context) -> Iterator[Fact]:
    for kind, pattern in _EVENTS:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            if kind == "listing" and _PLANNED.search(sentence.shape[: match.start()]):
                continue  # "plans to list": not yet an event
            org = subject_org(sentence, match.start(), context)
            if org is None:
                continue
            date = iso(period_near(sentence, match.end(), after_only=True)) or iso(
                period_near(sentence, match.start())
            )
            for each in coordinated(sentence, org) if org in sentence.names else [org]:
                yield _fact(sentence, "event", 0.75, [each], org=each.value, type=kind, date=date)


def _sectors(sentence: Sentence) -> Iterator[Fact]:
    for pattern in _SECTORS:
        for match in re.finditer(pattern, sentence.shape, re.IGNORECASE):
            org = _at(sentence, match, "org")
            words = sentence.written(*match.span("sector")).split()
            while words and (words[0].lower() in _NOT_SECTOR or words[0].endswith("-based")):
                words.pop(0)
            if org is None or not words or org.kind == "name":
                continue
            yield _fact(sentence, "sector", 0.6, [org], org=org.value, sector=" ".join(words))
