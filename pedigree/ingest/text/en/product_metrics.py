"""Product metrics: the counts said of a product ("used by 14 carriers", "downloaded more than
400,000 times", "about 15 million monthly active users", "60,000 of them pay us", "It shipped
more than 20,000 of the cards"), and its recurring revenue.

A count is a product metric only when the product (or "the cards", "it") is what the clause is
about and the count is of users, customers, downloads, units or things it handled — not a team,
a headcount or a parameter count: after a verb of use or reach, after any verb when the product
opens the clause ("Tariff Desk now prepares around 90,000 entries"), joined to such a count
("… a month for more than 1,100 merchants"), or naming its product or its users itself ("900
Halden Pickers", "85,000 stores use Tianguis Caja"). Where the text names no product, the
company is its own ("Pinecall has about 9,000 paying teams").
"""

from __future__ import annotations

import re

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.count_subjects import (
    NOT_TALLIED,
    count_first,
    possessive_ref,
    subject_of_count,
)
from pedigree.ingest.text.en.lexicon import ARR_BEFORE, HEDGE
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.periods import iso_date

_METRIC_NOUN = re.compile(
    r"^\s*(?:of\s+(?:the\s+|them\b|its\b)\s*)?(?P<adj>(?:(?:monthly|daily|weekly) active|registered"
    r"|active|paying|paid|enterprise|commercial|corporate|unique|new)\s+)?"
    r"(?P<noun>[a-z][\w-]*(?:\s+(?!of\b|in\b|on\b|and\b|to\b|since\b|across\b|for\b|at\b|by\b"
    r"|from\b|with\b|(?:now|use|run|file|process|route|send|book|manage|handle|track|settle|pay"
    r"|rely|subscribe)\b)[a-z][\w-]*){0,2})"
)
_NOT_METRIC = re.compile(
    r"^\s*(?:%|percent|per\s?cent|-person|-strong|people|employees|staff|workers|engineers"
    r"|researchers|scientists|analysts|designers|developers on|salespeople|reports|direct reports"
    r"|parameters?|tokens|years?|months?|weeks?|days?|hours?|minutes"
    r"|seconds|x\b|times (?:more|less|faster|larger|bigger)|offices|countries|cities|languages"
    r"|miles|kilometers|km|gb|tb|mb|pages)\b"
)
# "across 40 Chinese cities": places, named with the adjective of their country
_PLACES_COUNTED = re.compile(r"\s*[A-Z][a-z]+\s+(?:cities|countries|provinces|states|regions)\b")
# A verb that says what a product reached, right before the count ("used by 14 carriers",
# "has about 480,000 registered creators", "downloaded more than 400,000 times").
_USE_VERB = re.compile(
    r"\b(?:(?:is|are|was|were|been)\s+(?:now\s+|today\s+)?used(?:\s+today)?\s+(?:by|in|at|across)"
    r"|has|had|have"
    r"|counts|counted|serves|served|reached|reaches|surpassed|crossed|topped|hit"
    r"|deployed (?:in|at|on)|installed (?:in|on|at)|(?:running|live|operating|in use) (?:in|at|on)"
    r"|(?:now\s+)?(?:works?|operates?|runs?|patrols?) (?:in|at|across|on)|patrols?"
    r"|analy[sz]ed|processed|processes|handled|handles|downloaded|shipped|sold|boasts"
    r"|disbursed|delivered|issued|originated|powers|powered|protects|tracks|manages|managing"
    r"|attracted|attracts|signed|onboarded|registered|amassed|passed|exceeded|with"
    # "licenses its skills-assessment software, called Forge, to 230 vocational colleges"
    r"|(?:licens(?:es|ed|e)|sells|sold|supplies|supplied)\b[^.;]{0,60}?\bto)"
    r"\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|close to|at least"
    r"|upwards of|approximately)\s+)?$"
)
_P = MARK["product"]
# Who uses what, after the count: "85,000 stores use Tianguis Caja", "26,000 sellers use it",
# "850 trucks fitted with the system".
_USERS_OF = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){1,3}(?:now\s+|today\s+|currently\s+|already\s+)?(?:use|used|run on"
    r"|runs on|rely on|pay for|paid for|subscribe to|fitted with|equipped with|running|using"
    r"|(?:are|were|have been)\s+(?:now\s+)?(?:using|running|on)"
    # "140 importers run their customs filings through Harborline Clear": work done through it
    r"|(?:run|file|process|route|send|book|manage|handle|track|settle)\s+(?:their|its|all|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:through|via|on|with))\s+(?:the\s+|our\s+|its\s+)?"
    r"(?P<target>[\ue000-\ue004]|it\b|(?:system|platform|app|software|product|service|tool)s?\b)"
)
# A second count joined to the first by what it is for or where: "… 90,000 entries a month for
# more than 1,100 merchants", "3.4 GWh of storage capacity across 152 sites".
_CHAINED = re.compile(
    r"^[^,.;]{0,50}\b(?:for|across|at|in|to|among)\s+(?:(?:about|around|roughly|some|nearly"
    r"|almost|over|more than|close to|at least|upwards of|approximately)\s+)?$"
    r"|^[^.;]{0,40},\s+up\s+from\s+(?:(?:about|around|roughly|some|nearly"
    r"|almost|over|more than|close to|at least|upwards of|approximately)\s+)?$"
    # "to 230 vocational colleges and 57 factories": a list of counts
    r"|^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+and\s+$"
    # "… through Harborline Clear, and the platform has screened more than 900,000 lines"
    r"|^[^.;]{0,100}\band\s+(?:the|its|our)\s+(?:platform|app|product|system|software|service"
    r"|tool|device)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?[a-z]{3,}(?:ed|s)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|close to|at least"
    r"|upwards of|approximately)\s+)?$"
    r"|^[^.;]{0,60}\b(?:bringing|taking|lifting)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:total|tally|count|number)\s+to\s+(?:(?:about|around|roughly|nearly|over|more than)\s+)?$"
)
# A verb right before a count, when the product is what the clause is about ("Tariff Desk now
# prepares around 90,000 entries", "LichenLoop has recycled more than 1,200 tonnes").
_ANY_VERB = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:now\s+|today\s+|currently\s+)?"
    r"(?!(?:is|was|has|as|its|this|plus|less|thus|backed|invested|funded|acquired|employs"
    r"|employed|hired|raised|opened|closed|founded|launched|costs|charges)\b)[a-z]{3,}(?:s|ed|ing)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|close to|at least"
    r"|upwards of|approximately)\s+)?$"
)
_UNITS = frozenset({"gwh", "mwh", "gw", "mw", "kwh", "tonnes", "tons", "terabytes"})
_METRIC_NAMES = (
    ("mau", re.compile(r"monthly active")),
    ("dau", re.compile(r"daily active")),
    ("registered_users", re.compile(r"registered")),
    ("paying_users", re.compile(r"paying|paid|pay\b")),
    ("downloads", re.compile(r"download|\binstalls\b")),  # (not "installed on 57 vessels")
    ("units", re.compile(r"shipped|sold|units")),
    ("customers", re.compile(r"customers|clients|carriers|hospitals|teams|studios|banks|insurers"
                             r"|merchants|businesses|companies|enterprises|brands|schools")),
    ("users", re.compile(r"users|creators|players|members|subscribers|developers|learners")),
)



def product_metrics(
    ctx: Context, owners: dict[Entity, tuple[Entity, Mention, str | None]]
) -> list[Fact]:
    facts = []
    by_owner: dict[Entity, list[Entity]] = {}
    for product, (owner, _, _) in owners.items():
        by_owner.setdefault(owner, []).append(product)
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        last: tuple[Amount, Entity, Mention | None] | None = None  # the clause's last count
        for amount in ctx.amounts_in(start, end):
            found = _metric(ctx, amount, start, end, owners, by_owner, last)
            if found is not None:
                fact, product, mention = found
                facts.append(fact)
                last = (amount, product, mention)
    return facts


# What a company counts of its own, not of a product: its places and its members.
_FOOTPRINT = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:stores|studios|locations|outlets|branches|clinics|sites|kiosks"
    r"|gyms|restaurants|shops|centres|centers|hubs|warehouses|schools|campuses|members"
    r"|franchisees|salons|offices)\b"
)
_LETTER = re.compile(r"[a-z]")
_CITATION_END = re.compile(r"\[\s*$")
_OF_THEM = re.compile(r"^\s*of them\b")


def _metric(ctx, amount: Amount, start: int, end: int, owners, by_owner, last):
    if amount.currency and ARR_BEFORE.search(ctx.lower(max(start, amount.start - 60), amount.start)):  # noqa: E501
        return _recurring_revenue(ctx, amount, start, end, owners, by_owner)
    if amount.currency or _is_date(ctx, amount) or amount.value < 2:
        return None
    after = ctx.lower(amount.end, end)
    if _LETTER.match(after):
        return None  # "3D capture tools": part of a word
    if (
        _NOT_METRIC.match(after)
        or _PLACES_COUNTED.match(ctx.text.folded, amount.end, end)
        or NOT_TALLIED.match(after)
    ):
        return None
    before = ctx.lower(start, amount.start)
    noun = _METRIC_NOUN.match(after)
    words = (noun.group(0) if noun else "") + " " + before[-40:]
    if _CITATION_END.search(before):
        return None  # a citation mark [7]
    inside = ctx.mentions.covering(amount.start)
    if inside is not None and inside.kind == "product":
        return None  # "its Cirrus 2 backpacking tent": the product's model number
    if HEDGE.search(before) and not re.search(r"\baccording to\b", before):
        return None
    product, mention = _counted_product(ctx, amount, end, owners, by_owner)
    if product is None:
        product, mention = _relative_to(ctx, start, before, owners)
    if product is None:
        used = _USE_VERB.search(before[-60:]) or re.search(r"\bdownloaded\b[^.;]{0,30}$", before)
        if used or _OF_THEM.match(after):
            product, mention = _metric_product(ctx, start, amount.start, owners, by_owner)
        since = _named_since(ctx, last, amount.start, owners) if product is None else None
        if since is not None and (used or _ANY_VERB.search(before[-50:])):
            # "KeelShift has been installed on 57 vessels, and its platform, KeelLog, monitors
            # more than 1,400 ships": the product named after the clause's last count
            product, mention = since.entity, since
        elif product is None and last is not None and _CHAINED.search(
            ctx.lower(last[0].end, amount.start)
        ):
            product, mention = last[1], last[2]  # "… a month for more than 1,100 merchants"
        elif (
            product is None and not used and _ANY_VERB.search(before[-50:])
            and _counted(noun, after)
        ):
            product, mention = _metric_product(ctx, start, amount.start, owners, by_owner,
                                               subject=True)
        if product is None and (_counted(noun, after) or _OF_THEM.match(after)):
            product, mention = subject_of_count(ctx, amount, start, owners, by_owner)
            if product is None:
                product, mention = count_first(ctx, amount, start, owners, by_owner)
    if product is None:
        return None
    if (
        product in owners
        and _FOOTPRINT.match(after)
        and (mention is None or not start <= mention.start < amount.start)
    ):
        # "Prana currently operates 64 studios": the company's own reach, not its one product's
        # (a product the clause does not name)
        product = owners[product][0]
        mention = next(iter(ctx.mentions.within(start, amount.start, "org")), None)
    metric = next((name for name, p in _METRIC_NAMES if p.search(words + " " + after[:30])), None)
    if metric is None:
        metric = re.sub(r"\W+", "_", noun.group("noun")) if noun else "count"
    period = next(iter(ctx.periods_in(start, end)), None)
    fact = product_fact(ctx, "product_metric", amount.start, [mention] if mention else [],
                 product=product.name, metric=metric, value=amount.value, date=iso_date(period))
    return fact, product, mention


_RELATIVE_HAS = re.compile(
    r",\s+(?:which|that)\s+(?:now\s+)?(?:has|had|counts|serves|served)\s+"
    r"(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+|roughly\s+|some\s+)?$"
)


def _relative_to(ctx: Context, start: int, before: str, owners):
    """ "a plan called Stormfold Care, which has about 42,000 members": the product the
    relative clause hangs on, right before its comma."""
    relative = _RELATIVE_HAS.search(before)
    if relative is None:
        return None, None
    comma = start + relative.start()
    named = ctx.mentions.within(start, comma, "product")
    if named and named[-1].entity in owners and named[-1].end == comma:
        return named[-1].entity, named[-1]
    return None, None


def _named_since(ctx: Context, last, position: int, owners) -> Mention | None:
    """The last product named between the clause's previous count and `position`."""
    if last is None:
        return None
    named = [m for m in ctx.mentions.within(last[0].end, position, "product") if m.entity in owners]
    return named[-1] if named and named[-1].entity is not last[1] else None


def _recurring_revenue(ctx: Context, amount: Amount, start: int, end: int, owners, by_owner):
    if HEDGE.search(ctx.lower(start, amount.start)):
        return None
    product, mention = _metric_product(ctx, start, amount.start, owners, by_owner)
    if product is None:
        company = ctx.company_at(amount.start)
        products = by_owner.get(company, []) if company is not None else []
        if len(products) == 1:
            product, mention = products[0], owners[products[0]][1]
        elif company is not None and _own_name(ctx, company):
            product, mention = company, None
    if product is None:
        return None
    period = next(iter(ctx.periods_in(start, end)), None)
    fact = product_fact(ctx, "product_metric", amount.start, [mention] if mention else [],
                 product=product.name, metric="arr", value=amount.value, date=iso_date(period))
    return fact, product, mention


def _counted_product(ctx: Context, amount: Amount, end: int, owners, by_owner):
    """A count that names what it counts of or who uses: "900 Halden Pickers had been
    deployed", "1,800 of its Lingque P2 quadrupeds", "85,000 stores use Tianguis Caja",
    "26,000 sellers use it"."""
    shape = ctx.shape[amount.end : end]
    own = re.match(
        # (and "65,000 units of Sonari One", "3,000 pairs of its Loop earbuds")
        rf"\s*(?:(?:units|copies|pairs|sets|devices|kits|seats|licen[cs]es|jars|bottles|boxes|packs"
        rf"|bags|cans|cups|pouches|packets|sachets|tubs|servings|pieces|rolls|tonnes|tons)\s+of\s+"
        rf"(?:(?:its|their|our|the)\s+)?|of\s+(?:its|their|our|the)\s+)?({_P}+)",
        shape,
    )
    if own:
        m = ctx.mentions.covering(amount.end + own.start(1))
        if m is not None and m.entity in owners:
            return m.entity, m
    # "140 Pickers deployed" beside the Tendril Picker: the product by the last word of its name
    word = re.match(r"\s*([A-Z][a-z]{2,})\b", ctx.text.original[amount.end : end])
    if word:
        singular = word.group(1).removesuffix("s")
        named = [p for p in owners if " " in p.name and p.name.rsplit(" ", 1)[1] == singular]
        if len(named) == 1:
            return named[0], owners[named[0]][1]
    users = _USERS_OF.match(shape.lower())
    if users is None or _NOT_METRIC.match(shape.lower()):
        return None, None
    at = amount.end + users.start("target")
    m = ctx.mentions.covering(at)
    if m is not None and m.kind == "product" and m.entity in owners:
        return m.entity, m
    if m is not None and m.kind == "org" and m.entity is not None and _own_name(ctx, m.entity):
        return m.entity, m  # "42,000 retailers now use Tallyfield": what they use, as named
    if m is None or m.kind == "ref":  # "it", "the platform": the company in question's product
        company = ctx.company_at(at)
        products = by_owner.get(company, []) if company is not None else []
        if len(products) == 1:
            return products[0], owners[products[0]][1]
        if m is None and company is not None and not products and _own_name(ctx, company):
            return company, None  # ("it" may mean a product the text did not read as one)
    return None, None


def _own_name(ctx: Context, entity: Entity) -> bool:
    """A company the text introduces (not a well-known one or an investor): one whose name
    stands for its product when the text names none."""
    return ctx.companylike(entity) and known_organization(entity.name) is None


# A noun phrase joined by and/or: "230 import and export businesses".
_JOINED_NOUNS = re.compile(
    r"\s*(?:[a-z][\w-]*\s+){1,2}(?:and|or)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b"
)


def _counted(noun, after: str = "") -> bool:
    """A count of things a product reaches or handles: a plural noun or a unit."""
    if noun is None:
        return False
    head = noun.group("noun").split()
    return (
        any(w.endswith("s") for w in head)
        or bool(head) and head[0] in _UNITS
        or bool(_JOINED_NOUNS.match(after))
    )


def _metric_product(ctx: Context, start: int, position: int, owners, by_owner,
                    subject: bool = False):
    """What a count in a clause is about: a product named before it, "the cards" (a product by
    its noun), or the one product of the company the clause is about — or, when the company
    names no product, the company itself. With `subject`, only what the clause opens with."""
    named = [m for m in ctx.mentions.within(start, position, "product") if m.entity in owners]
    refs = ctx.mentions.within(start, position, "org", "ref")
    if subject:
        # ("The startup says its platform, Visalane Draft, has prepared": neither the speaker
        # nor the possessive is the subject)
        opening = [m for m in sorted([*named, *refs], key=lambda m: m.start)
                   if _opens(ctx, start, m) and not possessive_ref(ctx, m)
                   and not _SPEAKS.match(ctx.lower(m.end, position))][:1]
        if not opening:
            return None, None
        named = [m for m in opening if m in named]
        refs = [m for m in opening if m in refs]
    if named:
        return named[-1].entity, named[-1]
    for ref in refs:
        if ref.kind == "ref" and ref.form not in ("it", "company", "Company", "we"):
            continue
        if ref.kind == "ref" and ref.form == "it":
            spoken = _product_before(ctx, ref, owners)
            if spoken is not None:  # "Sablecode Review runs on … Today it reviews …"
                return spoken.entity, spoken
        company = ctx.entity(ref)
        products = by_owner.get(company, []) if company is not None else []
        if ref.kind == "ref" and re.search(r"\b[A-Z][\w-]+", ctx.text.original[ref.end : position]):
            continue  # "Its lending arm, Tally Credit, has disbursed": a name of its own
        if ref.kind == "org" and re.match(r"\s+(?:app|platform|website|site|service)\b",
                                          ctx.lower(ref.end, ref.end + 12)):
            return company, ref  # "The Glossbox app has": the company's app, by its name
        if len(products) == 1:
            return products[0], owners[products[0]][1]
        if ref.kind == "ref" and company is not ctx.main_company:
            continue  # "it" stands for a company's name only where the story is about it
        if company is not None and not products and company.kind == "org" and _own_name(
            ctx, company
        ):
            return company, ref if ref.kind == "org" else None  # "Pinecall has 9,000 teams"
    return None, None


def _product_before(ctx: Context, ref: Mention, owners) -> Mention | None:
    """The product the sentence before opens with, which "it" goes on to speak of (or its own
    sentence, where "it" stands in a later clause: "The Glossa SDK lets …; it has signed")."""
    start, _ = ctx.sentence_at(ref.start)
    clause_start = ctx.clause_at(ref.start)[0]
    if clause_start > start:
        named = [m for m in ctx.mentions.within(start, clause_start, "product")
                 if m.entity in owners]
        if named and _opens(ctx, start, named[0]):
            return named[0]
    if start == 0 or "\n\n" in ctx.text.folded[max(0, start - 3) : start]:
        return None
    earlier = ctx.sentence_at(start - 1)
    named = [m for m in ctx.mentions.within(earlier[0], earlier[1], "product")
             if m.entity in owners]
    if named and _opens(ctx, earlier[0], named[0]):
        return named[0]
    return None


_SPEAKS = re.compile(r"\s+(?:says|said|told|reports|reported|notes|noted)\b")


def _opens(ctx: Context, start: int, mention: Mention) -> bool:
    """Whether the clause is about `mention`: it opens the clause, after at most an opening
    phrase, a speaker, a possessive or a determiner ("Today it reviews", "Okonkwo said Tariff
    Desk now prepares", "his meeting-agent startup Pinecall has")."""
    head = ctx.lower(start, mention.start)
    return bool(re.fullmatch(
        r"(?:[^,]{0,40},\s*)?(?:[^,]{0,40}\b(?:said|says)\s+(?:that\s+)?)?"
        r"(?:(?:and|but|so|today|now|since launch|to date)\s+)?"
        r"(?:(?:its|their|our|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,?\s+)?)?", head
    ))


def _is_date(ctx: Context, amount: Amount) -> bool:
    written = ctx.text.folded[amount.start : amount.end]
    if (
        amount.value.is_integer()
        and 1900 <= amount.value <= 2100
        and not amount.qualifier
        and "," not in written  # "about 1,900 corporate clients": a count, not a year
    ):
        return True
    near = ctx.periods_in(max(0, amount.start - 30), amount.end + 30)
    return any(p.start <= amount.start < p.end for p in near)


def product_fact(ctx: Context, kind: str, at: int, mentions: list[Mention], **fields) -> Fact:
    aliases = {}
    for m in mentions:
        if m.entity is not None and ctx.text.original[m.start : m.end] != m.entity.name:
            aliases[m.entity.name] = ctx.text.original[m.start : m.end]
    return ctx.text.fact(kind, ctx.sentence_at(at), 0.75, aliases, **fields)
