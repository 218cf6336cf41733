"""Whose count a clause states, read from the clause's subject: the last product or company it
names before the verb that leads to the count ("Kinwell operated 31 clinics", "LarkLine is
installed on about 2,300 miles of lines", "Its dubbing platform, Voxtide Studio, has localized
more than 60,000 hours"), or the company or product a pronoun or a product noun at its opening
stands for ("It now runs 27 clinics", "The app has 85,000 monthly active users"); and, for a
count that opens its clause, the product whose things it counts ("more than 600 units had been
delivered").

`en/product_metrics.py` asks this last, for a count of things (a plural noun or a unit) that none
of its narrower readings placed; an object of a preposition ("customers include Greystar, which
manages …") or a well-known company's own scale is no subject here.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization

# The words that make a name an object rather than the subject of what follows.
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|at|by|with|for|to|of|into|onto|including|include|includes|such as|like|than"
    r"|versus|against|rival|rivals|competitor|competitors|customer|customers|client|clients"
    r"|partner|partners|investors?|backers?|led|joined|left|acquired by|owned by)\s*$"
)
# A verb between the subject and the count: the clause states what the subject did or has.
_VERB = re.compile(
    r"\b(?:has|have|had|holds?|held|runs?|ran|drew|draws|sold|made|built|grew|won|got|hit"
    r"|(?!(?:is|was|has|as|its|this|plus|less|thus|plans|aims|hopes|expects|wants)\b)"
    r"[a-z]{3,}(?:s|ed)"
    # a plural subject's verb: "Its sensors now monitor", "its models run inside"
    r"|(?:use|run|serve|monitor|cover|reach|hold|power|process|handle|track|protect|manage"
    r"|operate|support|sit|work|feed|supply|carry|scan|read|sell|ship|go|help|connect|link)"
    r")\b"
)
# A product by its noun at the clause's opening: "The app has", "Its sensors now monitor",
# "The software is used by".
_PRODUCT_BY_NOUN = re.compile(
    r"^(?:[^,]{0,40},\s*)?(?:(?:and|but|so|today|now)\s+)?(?:the|its|their|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:app|apps|platform|software|system|tool|product|service|device|kit"
    r"|sensors?|network|marketplace|vaults?|units?|machines?|robots?|drones?|trucks?|line"
    r"|range|gear|catalogue|catalog)\b"
)
# The company by a noun at the clause's opening: "The chain now serves", "the brand sold".
_COMPANY_BY_NOUN = re.compile(
    r"^(?:[^,]{0,40},\s*)?(?:(?:and|but|so|today|now)\s+)?(?:the|its|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:chain|brand|group|business|operator|retailer|maker)\b"
)
_MAX_REACH = 90  # characters from the subject's end to the count
# What the subject did that is no reach of its product: money, staff, buying, a specification.
_NOT_REACH = re.compile(
    r"\b(?:invest\w*|backed|backs|funded|funds|raised|raises|valued|employs?|employed|hired"
    r"|bought|buys|purchased|ordered|orders|weighs?|replaces?|costs?|charges?|priced|lost|cut"
    r"|laid off)\b|\bif\b"
)
# Right before the count: a name's number ("Class 8 trucks", "K-12 schools"), a ceiling or a
# thing already known ("up to 64 amplifiers", "the 17,000 islands").
_NOT_A_TALLY_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]*\s|[A-Za-z]-|\bup to\s|\bthe\s|\beach\s|\bper\s"
    r"|\b(?:type|class|series|model|phase|level|grade|stage|tier|version|gen)\s)$"
)
# Counts of places, staff or measures after the count (`en/product_metrics.py` rules them out
# for every count before asking this module).
NOT_TALLIED = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?:states|provinces|regions|continents|islands|degrees|technicians"
    r"|agents|employees|newton|litres|liters|kilograms|kg|watts|volts|horsepower|founders"
    r"|investors|shares|rounds)\b"
)
# A clause joined to the one before: its subject is its own ("…, and Driftline gear is now").
_JOINED = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.I)


def subject_of_count(
    ctx: Context, amount: Amount, start: int, owners: dict, by_owner: dict[Entity, list[Entity]]
) -> tuple[Entity | None, Mention | None]:
    """The product or company the clause from `start` is about, where it leads to `amount` —
    or (None, None)."""
    original, position = ctx.text.original, amount.start
    if _NOT_A_TALLY_BEFORE.search(original, max(start, position - 12), position):
        return None, None
    joined = list(_JOINED.finditer(ctx.text.folded, start, position))
    if joined:
        start = joined[-1].end()
    if _NOT_REACH.search(ctx.lower(start, position)):
        return None, None
    mentions = ctx.mentions.within(start, position, "product", "org", "ref", "person")
    for m in reversed(mentions):
        between = ctx.lower(m.end, position)
        if len(between) > _MAX_REACH or not _VERB.search(between):
            return None, None
        if _OBJECT_BEFORE.search(ctx.lower(max(start, m.start - 20), m.start)):
            continue  # "… to 40 utilities, including Thames Water": not who acts
        if m.kind in ("ref", "org") and _possessive(ctx, m):
            continue  # "its bestselling scent", "Qingcha's cold-brew tea, Qingcha Jasmine,"
        if _unread_name(ctx, m.end, position):
            return None, None  # "The company says CadenceIQ now monitors": a name not read
        if m.kind == "person":
            return None, None  # "Ji, 41, …": a person's count is no product's
        if m.kind == "product":
            if m.entity is None:
                return None, None
            if _listed_after_another(ctx, m):
                # "its two products — Zhenjiang Black and Chili Crisp — sit on shelves in":
                # the company's count, not either product's
                owner = owners.get(m.entity, (None,))[0]
                return (owner, None) if owner is not None else (None, None)
            return m.entity, m
        if m.kind == "org":
            entity = m.entity
            if entity is None or not _own_company(ctx, entity):
                return None, None  # a well-known company's or an investor's own scale
            return entity, m
        return _referred(ctx, m, owners, by_owner)
    noun = _PRODUCT_BY_NOUN.match(ctx.lower(start, position))
    if noun is not None and _VERB.search(ctx.lower(start + noun.end(), position)):
        return _product_by_noun(ctx, start, owners, by_owner)
    noun = _COMPANY_BY_NOUN.match(ctx.lower(start, position))
    if noun is not None and _VERB.search(ctx.lower(start + noun.end(), position)):
        company = ctx.company_at(start)
        if company is not None and _own_company(ctx, company):
            return company, None
    return None, None


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_COMMON_CAPITALS = frozenset({"I", "U", "S", "K", "US", "UK", "EU", "A"})


def _unread_name(ctx: Context, start: int, end: int) -> bool:
    """A capitalised word between the subject and the count that is no mention: a name the
    reader did not read may be the true subject."""
    for match in _CAPITALISED.finditer(ctx.text.original, start, end):
        if match.group() in _COMMON_CAPITALS or ctx.mentions.covering(match.start()) is not None:
            continue
        return True
    return False


# A count that opens its clause and says what became of the things counted: "more than 8 million
# doses had been sold", "35 KinCube units are in use", "140 F2 machines running".
_BECAME_OF = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:of\s+(?:the|its|our|their|them)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:(?:had|have|has)\s+(?:now\s+)?been\s+(?:sold|delivered|shipped|installed|deployed"
    r"|completed|processed|made|built|produced|booked|listed|fitted|used|placed|issued|scanned)"
    r"|(?:are|were|is|was)\s+(?:now\s+|today\s+|currently\s+)?(?:in use|in service|in operation"
    r"|running|deployed|installed|operating|live|on the road|listed|sold|fitted)"
    r"|(?:now\s+)?running|sold since)\b"
)


def count_first(
    ctx: Context, amount: Amount, start: int, owners: dict, by_owner: dict[Entity, list[Entity]]
) -> tuple[Entity | None, Mention | None]:
    """Whose things a count at the opening of its clause counts, where what follows says what
    became of them: a product named in its words, else the product named in the three sentences
    before or the one product of the company in question — never the company alone."""
    head = ctx.lower(start, amount.start)
    if not re.fullmatch(r"(?:[^,]{0,40},\s*)?(?:[\w-]+\s+){0,5}?(?:about|around|roughly|some"
                        r"|nearly|almost|over|more than|close to|approximately|just over)?\s*",
                        head) or _NOT_REACH.search(head):
        return None, None
    after = ctx.lower(amount.end, min(len(ctx.text.folded), amount.end + 80))
    became = _BECAME_OF.match(after)
    if became is None:
        return None, None
    if _unread_name(ctx, amount.end, amount.end + became.end()):
        return None, None  # "35 KinCube units are in use": a name the reader did not read
    named = [m for m in ctx.mentions.within(amount.end, amount.end + became.end(), "product")
             if m.entity is not None]
    if named:
        return named[0].entity, named[0]  # "about 38,000 Badges are now in use"
    # (things counted are a product's: where the text names none, no one's)
    return _product_by_noun(ctx, start, owners, by_owner, company_too=False)


def possessive_ref(ctx: Context, mention: Mention) -> bool:
    """"Its", "their", "our": a reference that owns what follows rather than acting."""
    return mention.kind == "ref" and bool(
        re.fullmatch(r"its|their|our", ctx.lower(mention.start, mention.end))
    )


def _possessive(ctx: Context, m: Mention) -> bool:
    """A possessive reference, or a name with 's ("Qingcha's cold-brew tea")."""
    return possessive_ref(ctx, m) or bool(re.match(r"['’]s\b", ctx.text.folded[m.end : m.end + 2]))


# A public body's name: a regulator or an agency counts no product of its own.
_PUBLIC = re.compile(
    r"^(?:(?:U\.?S\.?|National|Federal|State)\s+)?(?:Center|Centre|Institute|Department|Agency"
    r"|Ministry|Bureau|Office|Service|Administration|Commission|Authority)\s+(?:for|of)\b"
)


def _own_company(ctx: Context, entity: Entity) -> bool:
    return (
        ctx.companylike(entity)
        and known_organization(entity.name) is None
        and "investor" not in entity.roles
        and not _PUBLIC.match(entity.name)
    )


def _referred(ctx: Context, ref: Mention, owners, by_owner) -> tuple[Entity | None, Mention | None]:
    """"It", "we", "the company": the company meant, or its one product where it has one —
    "it" the product the sentence before names, where it names one (but not after "the company
    said", where "it" is the speaker)."""
    if ref.form not in ("it", "company", "Company", "we"):
        return None, None
    speaker = re.search(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?$",
                        ctx.lower(max(0, ref.start - 20), ref.start))
    if ref.form == "it" and not speaker:  # ("the company said it had": the speaker itself)
        sentence_start = ctx.sentence_at(ref.start)[0]
        if sentence_start > 0:
            earlier = ctx.sentence_at(sentence_start - 1)
            named = [m for m in ctx.mentions.within(earlier[0], earlier[1], "product")
                     if m.entity is not None]
            if named:
                return named[-1].entity, named[-1]  # "… the JH-Ni9 wire. It has been used on"
    company = ctx.entity(ref) or ctx.company_at(ref.start)
    if company is None or company.kind != "org" or not _own_company(ctx, company):
        return None, None
    products = by_owner.get(company, [])
    if len(products) == 1:
        return products[0], owners[products[0]][1]
    return company, None


def _listed_after_another(ctx: Context, mention: Mention) -> bool:
    before = ctx.mentions.within(max(0, mention.start - 60), mention.start, "product")
    return bool(before) and bool(
        re.fullmatch(r"\s*(?:,|and|or|&|, and)\s*", ctx.lower(before[-1].end, mention.start))
    )


def _product_by_noun(ctx: Context, start: int, owners, by_owner, company_too: bool = True):
    """"The app", "its platform": the last product named in the three sentences before, else
    the one product of the company in question, else that company."""
    floor = start
    for _ in range(3):
        if floor == 0:
            break
        floor = ctx.sentence_at(floor - 1)[0]
    named = [m for m in ctx.mentions.within(floor, start, "product") if m.entity is not None]
    if named:
        return named[-1].entity, named[-1]
    company = ctx.company_at(start)
    if company is None or not _own_company(ctx, company):
        return None, None
    products = by_owner.get(company, [])
    if len(products) == 1:
        return products[0], owners[products[0]][1]
    return (company, None) if company_too else (None, None)
