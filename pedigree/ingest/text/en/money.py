"""Money in English prose: funding rounds and their investors, valuations, financial figures.

An amount with a currency is read by the cue next to it — a round word after it ("$42 million
Series B", "in a Series C"), "post-money" or a valuing verb ("values Corvane at"), a metric
("$7.8 million in revenue", "revenue of 320 million yuan") — and belongs to the company its
clause is about (a possessive before it, the organisation valued, else the subject: "the
company", "it", "we" included). A conversion in brackets ("($69 million)") is the same money.
A clause that hedges (in talks, could, expects, nothing is signed, reportedly) states nothing.

Investors (found by `investors`) each belong to the round nearest them on the side their
wording points to ("led by X" after its round, "X led a $6 million seed round" before it), else
to the last round read when their sentence states no money of its own, else to the company the
sentence is about ("The company is backed by General Atlantic").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.dates import iso_date
from pedigree.ingest.text.en.figures import COMPARED, Report, compared_period, result_period
from pedigree.ingest.text.en.investors import JOINER, LEADS_OUT, OWN_INVESTOR, investees
from pedigree.ingest.text.en.lexicon import ARR_BEFORE, FOUND_VERB, HEDGE, RUMOUR
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.periods import Period

_O = MARK["org"]
_ROUND = re.compile(
    r"\b(?P<round>pre-series [a-f]\+?|series [a-f]\+?\d?|pre-[a-f]\+?|pre-seed|seed|angel"
    r"|strategic|pre-ipo|bridge)(?=[\s,.;:)]|$)(?!\s+(?:investors?|funds?|stage|partners?)\b)"
    r"(?:\s+(?:funding|financing|investment))?(?:\s+round)?"
)
_AFTER_FUNDING = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+(?:a\s+|an\s+|the\s+|its\s+|new\s+)*)?(?:new\s+|fresh\s+"
    r"|additional\s+|further\s+)?(?:pre-series|series|seed|pre-seed|angel|pre-[a-f]|strategic"
    r"|bridge|funding|financing|investment|round|venture)\b"
)
_AFTER_VALUATION = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:post-money|pre-money|valuation)\b")
_AFTER_METRIC = re.compile(
    r"^\s*(?:in\s+|of\s+)?(?P<metric>(?:annual(?:ized)?\s+|recurring\s+|total\s+)?(?:revenues?"
    r"|sales|net loss(?:es)?|net income|net profit|profit|operating loss|gross profit|arr"
    r"|(?:adjusted\s+)?ebitda|operating income))\b"
)
_NOT_MONEY = re.compile(
    r"^\s*(?:(?:in|of)\s+)?(?:total\s+)?(?:funding\s+)?(?:to date|in total|so far|overall"
    r"|altogether"
    r"|since (?:its )?(?:founding|inception|launch))"
    r"|^\s*(?:in\s+|of\s+)?(?:assets|under management|aum|in cash|cash|debt|market cap|annual "
    r"budget|grants?|prize|salary|per\b|a year(?! earlier| before| ago)|a month|each)"
)
_BEFORE = (
    ("valuation", re.compile(r"\b(?:valu(?:ation|ed|es|e|ing)|worth)\b[^.;$¥€]{0,45}$")),
    ("metric", re.compile(
        r"\b(?P<metric>revenues?|sales|net loss(?:es)?|net income|net profit|profit|operating loss"
        r"|gross profit|arr|ebitda|operating income|loss)\b[^.;$¥€]{0,45}$")),
    ("metric", re.compile(  # "Xingche lost 41 million yuan in the quarter"
        r"\b(?P<metric>lost)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+"
        r"|over\s+|close to\s+|almost\s+)?(?:us\s?)?$")),
    ("funding", re.compile(
        r"\b(?:rais(?:ed|es|e|ing)|secured|secures|closed|closes|completed|completes|landed"
        r"|round|series [a-f]|seed|angel|funding|financing|investment)\b[^.;$¥€]{0,40}$")),
)
_METRIC_NAMES = (
    ("ebitda", re.compile(r"ebitda")),
    ("operating_income", re.compile(r"operating income")),
    ("net_loss", re.compile(r"net loss|operating loss|loss|lost")),
    ("gross_profit", re.compile(r"gross profit")),
    ("net_profit", re.compile(r"net income|net profit|profit")),
    ("revenue", re.compile(r"revenue|sales|arr")),
)
_HAPPENED = re.compile(
    r"\b(?:rais(?:ed|es)|secured|secures|closed|closes|completed|completes|landed|backed|led"
    r"|invested"
    r"|co-led|announced|announces|got|received|took)\b"
)
_CUMULATIVE = re.compile(
    r"\b(?:total(?:\s+funding|\s+raised|\s+investment)?(?:\s+(?:of|to|at))?|bringing\b[^.;]{0,50}"
    r"\bto|in all)\s+(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+)?$"
)
# A figure someone predicts, not one reported: "beat the average analyst forecast of".
_FORECAST = re.compile(
    r"\b(?:forecasts?|estimates?|consensus|guidance|outlook|targets?|projections?|projected"
    r"|expectations?|anticipat\w+)\b[^.;$¥€£]{0,40}$"
)
_ADJUSTED = re.compile(r"\badjusted\b|\bnon-gaap\b")
_OTHER_EVENT = re.compile(r"\b(?:founded|established|incorporated|started|born|launched)\b[^,;]*$")
_DAY_WORDS = re.compile(
    r"\b(?:today|yesterday|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


@dataclass
class Round:
    org: Entity
    org_mention: Mention | None
    at: int
    round: str | None
    amount: Amount | None
    date: str | None
    investors: list[Mention] = field(default_factory=list)


def read_money(ctx: Context, investors: list[Mention]) -> list[Fact]:
    facts: list[Fact] = []
    rounds: list[Round] = []
    report = Report()
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        facts += _amounts(ctx, start, end, rounds, report)
        _bare_round(ctx, start, end, rounds)
    named: list[tuple[Mention, Mention]] = []
    loose = _attach(ctx, investors, rounds, named)
    for investor, investee in named:
        facts.append(_fact(ctx, "investor", investor.start, [investor, investee],
                           investor=investor.entity.name, org=investee.entity.name))
    for investor in loose:  # "The company is backed by General Atlantic": no round named
        org, mention = _own_investee(ctx, investor)
        if org is None:
            org, mention = _started_here(ctx, investor)
        if org is None:
            org, mention = _company(ctx, ctx.clause_at(investor.start)[0], investor.start)
        if org is not None and investor.entity is not None and investor.entity is not org:
            facts.append(_fact(ctx, "investor", investor.start, [investor, mention],
                               investor=investor.entity.name, org=org.name))
    for r in rounds:
        facts.append(_funding_fact(ctx, r))
        for investor in r.investors:
            if investor.entity is not None and investor.entity is not r.org:
                facts.append(_fact(ctx, "investor", investor.start, [investor, r.org_mention],
                                   investor=investor.entity.name, org=r.org.name))
    return facts


def _amounts(ctx: Context, start: int, end: int, rounds: list[Round], report: Report) -> list[Fact]:
    facts = []
    # the last figure read in the clause: its metric, the result's period, where it ends
    previous: tuple[str, Period | None, int] | None = None
    amounts = _own_amounts(ctx, start, end)
    for i, amount in enumerate(amounts):
        cue, metric = _cue(ctx, amount, start, previous)
        if cue is None or _hedged(ctx, start, amount.start):
            continue
        limit = amounts[i + 1].start if i + 1 < len(amounts) else end
        if cue == "metric":
            if _FORECAST.search(ctx.lower(max(start, amount.start - 70), amount.start)):
                continue
            if ARR_BEFORE.search(ctx.lower(max(start, amount.start - 60), amount.start)):
                continue  # a product's run rate (`products` reads it), not a period's figure
            if _ADJUSTED.search(ctx.lower(start, amount.start)) and not metric.startswith("adj"):
                metric = "adjusted_" + metric
            org, mention = _company(ctx, start, amount.start)
            reference = previous[1] if previous is not None else None
            if reference is not None and COMPARED.search(ctx.lower(previous[2], amount.start)):
                period = compared_period(ctx, amount, end, limit, reference, report)
            else:
                period = result_period(ctx, amount, end, limit, report)
                if period is not None:
                    report.record(period, amount.start)
                reference = period
            previous = (metric, reference, amount.end)
            if org is None or period is None:
                continue
            facts.append(_fact(ctx, "financial", amount.start, [mention], org=org.name,
                               metric=metric, amount=amount.value, currency=amount.currency,
                               period_start=period.first.isoformat(),
                               period_end=period.last.isoformat()))
            continue
        previous = None
        if cue == "valuation":
            org, mention = _valued(ctx, start, amount.start)
            if org is not None:
                when = iso_date(_near(ctx, amount, start, end)) or _said_date(ctx, start, end)
                facts.append(_fact(ctx, "valuation", amount.start, [mention], org=org.name,
                                   amount=amount.value, currency=amount.currency, date=when,
                                   approx=amount.qualifier))
            continue
        org, mention = _company(ctx, start, amount.start)
        if org is None:
            continue
        name = _round_name(ctx, amount, start, limit)
        when = iso_date(_near(ctx, amount, start, limit)) or _said_date(ctx, start, end)
        rounds.append(Round(org, mention, amount.start, name, amount, when))
    return facts


def _own_amounts(ctx: Context, start: int, end: int) -> list[Amount]:
    """Sums of money in a clause, less conversions ("500 million yuan ($69 million)")."""
    kept: list[Amount] = []
    for amount in (a for a in ctx.amounts_in(start, end) if a.currency):
        if kept and re.fullmatch(r"\s*[(（]\s*(?:about\s+|roughly\s+|around\s+|approximately\s+)?", ctx.lower(kept[-1].end, amount.start)):  # noqa: E501
            continue
        kept.append(amount)
    return kept


def _cue(ctx: Context, amount: Amount, start: int, previous) -> tuple[str | None, str | None]:
    after = ctx.lower(amount.end, amount.end + 60)
    if _NOT_MONEY.match(after):
        return None, None
    if _AFTER_VALUATION.match(after):
        return "valuation", None
    metric = _AFTER_METRIC.match(after)
    if metric:
        return "metric", _metric_name(metric.group("metric"))
    if _AFTER_FUNDING.match(after):
        return "funding", None
    before = _dateless(ctx, max(start, amount.start - 90), amount.start)[-70:]
    if _CUMULATIVE.search(before):
        if re.search(r"\bvaluation\b[^.;$¥€]{0,20}$", before):
            return "valuation", None  # "bringing its valuation to about 6 billion yuan"
        return None, None  # "bringing its total funding to $24 million": no round
    best: tuple[int, str, str | None] | None = None
    for cue, pattern in _BEFORE:
        match = pattern.search(before)
        if match and (best is None or match.start() > best[0]):
            name = _metric_name(match.group("metric")) if cue == "metric" else None
            best = (match.start(), cue, name)
    if best is not None:
        return best[1], best[2]
    if previous is not None:
        return "metric", previous[0]  # "…, up from roughly 150 million yuan a year earlier"
    return None, None


def _dateless(ctx: Context, start: int, end: int) -> str:
    """The lower-cased text with each date or period in it shortened to one word ("revenue for
    the three months ended sept. 30 was" → "revenue for the period was")."""
    text, at = [], start
    for period in ctx.periods_in(start, end):
        if period.start < at or period.end > end:
            continue
        text += [ctx.lower(at, period.start), "period"]
        at = period.end
    return "".join([*text, ctx.lower(at, end)])


def _metric_name(text: str) -> str:
    return next(name for name, pattern in _METRIC_NAMES if pattern.search(text))


def _hedged(ctx: Context, start: int, position: int) -> bool:
    """A plan, negation or hedge before the money, or hearsay anywhere in its clause — not
    counting asides about someone else ("Zhou, who is no relation to …, raised")."""
    own = ctx.aside_at(position)
    before = _without_asides(ctx, start, position, own)
    if HEDGE.search(before) or re.search(r"\b(?:not|never|no)\b", before):
        return True
    return bool(RUMOUR.search(_without_asides(ctx, start, ctx.clause_at(position)[1], own)))


def _without_asides(ctx: Context, start: int, end: int, keep) -> str:
    text = ctx.lower(start, end)
    for aside in reversed(ctx.asides(start)):
        if aside is keep or aside.end <= start or aside.start >= end:
            continue
        s, e = max(aside.start, start) - start, min(aside.end, end) - start
        text = text[:s] + " " * (e - s) + text[e:]
    return text


# A round named as another's, after a verb of investing: "invested in the studio's angel round".
_THEIR_ROUND = re.compile(
    r"\b(?:invested|participated|joined|took part|co-invested)\s+in\s+the\s+"
    r"(?:company|startup|studio|firm|business)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$"
)


def _company(ctx: Context, start: int, position: int) -> tuple[Entity | None, Mention | None]:
    """The company a money clause is about: an organisation's possessive just before the
    amount, else the first company (or "the company", "it", "we") in the clause, else the
    company the story is about at this point."""
    aside = ctx.aside_at(position)
    if aside is not None and re.match(r",\s*(?:which|that)\b", ctx.lower(aside.start, aside.end)):
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
    possessive = re.search(rf"({_O}+)(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}$", before)
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
        if entity is not None and entity.kind == "org" and ctx.companylike(entity):
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


def _started_here(ctx: Context, investor: Mention) -> tuple[Entity | None, Mention | None]:
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


def _own_investee(ctx: Context, investor: Mention) -> tuple[Entity | None, Mention | None]:
    """ "X, one of our Pre-IPO Investors": the company "our" means."""
    end = ctx.clause_at(investor.start)[1]
    own = OWN_INVESTOR.match(ctx.lower(investor.end, end))
    if own is None:
        return None, None
    our = investor.end + own.start("our")
    refs = ctx.mentions.within(our, our + 3, "ref")
    return (ctx.entity(refs[0]) if refs else None), None


def _valued(ctx: Context, start: int, position: int) -> tuple[Entity | None, Mention | None]:
    """ "values Corvane at", "valued Xuanlan at": the organisation valued; else the clause's."""
    before = ctx.shape[start:position]
    valued = rf"\bvalu(?:es|ed|ing|e)\s+({_O}+|the company|us)\s+at\b[^.;]*$"
    match = re.search(valued, before, re.I)
    if match:
        mention = ctx.mentions.covering(start + match.end(1) - 1)
        entity = ctx.entity(mention) if mention is not None else None
        if entity is not None and entity.kind == "org":
            return entity, mention if mention.kind == "org" else None
    return _company(ctx, start, position)


def _round_name(ctx: Context, amount: Amount, start: int, end: int) -> str | None:
    """The round word nearest the amount: after it in its segment, else before it."""
    after = _ROUND.search(ctx.lower(amount.end, end))
    if after and after.start() < 40:
        return _normalise_round(after.group("round"))
    before = list(_ROUND.finditer(ctx.lower(start, amount.start)))
    return _normalise_round(before[-1].group("round")) if before else (
        _normalise_round(after.group("round")) if after else None
    )


def _normalise_round(word: str) -> str:
    if word.startswith("series"):
        return "Series " + word.split()[1].upper()
    if word.startswith("pre-") and len(word) <= 6:
        return "Pre-" + word[4:].upper()
    return word.replace("pre-ipo", "Pre-IPO")


def _bare_round(ctx: Context, start: int, end: int, rounds: list[Round]) -> None:
    """A round stated without an amount ("ZhenFund backed the company's angel round")."""
    lower = ctx.lower(start, end)
    if any(a.currency for a in ctx.amounts_in(start, end)):
        return
    for match in _ROUND.finditer(lower):
        head = lower[: match.start()]
        if not _HAPPENED.search(lower) or _hedged(ctx, start, start + match.start()):
            continue
        owned = re.search(r"(?:'s|’s|\bour|\bits|\btheir)\s+$", head)  # "Our Series A was led by"
        if not re.search(r"\bround\b", match.group()) and not owned:
            continue
        org, mention = _company(ctx, start, start + match.start())
        if org is not None:
            rounds.append(Round(org, mention, start + match.start(),
                                _normalise_round(match.group("round")), None,
                                iso_date(_period_in(ctx, start, end))))
        return


def _attach(ctx: Context, investors: list[Mention], rounds: list[Round],
            named: list[tuple[Mention, Mention]]) -> list[Mention]:
    """Each investing mention to its round: in its clause, on the side its wording points to;
    else, when its sentence states no money of its own, the last round read before it. One
    that names its investees ("Northgate backed Acme") goes to their rounds in its sentence,
    else into `named` with each. Returns the investors that belong to no round read."""
    loose = []
    for investor in investors:
        companies = investees(ctx, investor)
        if companies and investor.entity is not None:  # "Northgate backed Acme and Bolt"
            for m in companies:
                own = [r for r in rounds if r.org is m.entity
                       and ctx.sentence_at(r.at) == ctx.sentence_at(investor.start)]
                if own:
                    own[0].investors.append(investor)
                else:
                    named.append((investor, m))
            continue
        clause = ctx.clause_at(investor.start)
        sentence = ctx.sentence_at(investor.start)
        here = [r for r in rounds if sentence[0] <= r.at < sentence[1]]
        before = [r for r in rounds if r.at < investor.start]
        after = [r for r in here if r.at > investor.start]
        led_out = LEADS_OUT.match(ctx.lower(investor.end, clause[1])) is not None or re.match(
            JOINER, ctx.lower(investor.end, clause[1])
        )
        if after and led_out:
            target = after[0]
        elif [r for r in here if r.at < investor.start]:
            target = [r for r in here if r.at < investor.start][-1]
        elif after:
            target = after[0]
        elif (
            before
            and not _states_money(ctx, sentence)
            and _started_here(ctx, investor)[0] is None  # (the company started here, read loose)
        ):
            target = _told_before(ctx, sentence, before) or before[-1]
        else:
            if not _states_money(ctx, sentence):
                loose.append(investor)
            continue
        if investor.entity is not target.org and investor not in target.investors:
            target.investors.append(investor)
    return loose


def _states_money(ctx: Context, sentence: tuple[int, int]) -> bool:
    """A sentence with a sum of money or a round of its own (read or not): not "the Series
    B" alone, which refers back to a round already told."""
    for amount in ctx.amounts_in(*sentence):
        before = ctx.lower(max(sentence[0], amount.start - 70), amount.start)
        if amount.currency and not _CUMULATIVE.search(before):
            return True
    lower = ctx.lower(*sentence)
    return any(not _THE_BEFORE.search(lower, 0, m.start()) for m in _ROUND.finditer(lower))


_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$")


def _told_before(ctx: Context, sentence: tuple[int, int], rounds: list[Round]) -> Round | None:
    """ "Openspace Ventures also participated in the Series B": the round of that name told
    before, the latest."""
    named = {_normalise_round(m.group("round")) for m in _ROUND.finditer(ctx.lower(*sentence))}
    return next((r for r in reversed(rounds) if r.round in named), None)


def _funding_fact(ctx: Context, r: Round) -> Fact:
    investors = [m.entity.name for m in r.investors if m.entity is not None]
    return _fact(
        ctx, "funding", r.at, [r.org_mention, *r.investors], org=r.org.name, round=r.round,
        amount=r.amount.value if r.amount else None,
        currency=r.amount.currency if r.amount else None, investors=investors, date=r.date,
    )


def _fact(ctx: Context, kind: str, at: int, mentions: list[Mention | None], **fields) -> Fact:
    aliases = {}
    for m in mentions:
        if m is not None and m.entity is not None:
            written = ctx.text.original[m.start : m.end]
            if written != m.entity.name:
                aliases[m.entity.name] = written
    return ctx.text.fact(kind, ctx.sentence_at(at), 0.8, aliases, **fields)


# -- dates ----------------------------------------------------------------------------------


def _near(ctx: Context, amount: Amount, start: int, end: int) -> Period | None:
    """The date nearest an amount: after it in its segment, else before it in the clause —
    not a date another verb governs ("founded in 2019", "born in 1980")."""
    after = ctx.periods_in(amount.end, min(end, amount.end + 80))
    before = list(reversed(ctx.periods_in(start, amount.start)))
    for period in [*after, *before]:
        cue = ctx.lower(max(start, period.start - 25), period.start)
        if not _OTHER_EVENT.search(cue):
            return period
    return None


def _period_in(ctx: Context, start: int, end: int) -> Period | None:
    found = ctx.periods_in(start, end)
    return found[0] if found else None


def _said_date(ctx: Context, start: int, end: int) -> str | None:
    """ "said Tuesday", "today announced": the news is as old as the article."""
    published = ctx.text.published
    if published and _DAY_WORDS.search(ctx.lower(start, end)):
        return published.strftime("%Y-%m")
    return None
