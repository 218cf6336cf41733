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

Each job has its module: `money_rounds` (round words, rounds without a sum, investors to their
rounds), `money_company` (the company a clause is about), `money_dates` and `money_hedges`; this
one reads each amount by its cue and puts the facts together.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.figures import COMPARED, Report, compared_period, result_period
from pedigree.ingest.text.en.lexicon import ARR_BEFORE
from pedigree.ingest.text.en.money_company import company, org_valued, own_investee, started_here
from pedigree.ingest.text.en.money_dates import near, said_date
from pedigree.ingest.text.en.money_hedges import hedged
from pedigree.ingest.text.en.money_rounds import CUMULATIVE, Round, attach, bare_round, round_name
from pedigree.ingest.text.entities import Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.periods import Period, iso_date

_AFTER_FUNDING = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:in(?:to)?\s+(?:a\s+|an\s+|the\s+|its\s+|our\s+|their\s+|new\s+)*)?"
    r"(?:new\s+|fresh\s+"
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
# A figure someone predicts, not one reported: "beat the average analyst forecast of".
_FORECAST = re.compile(
    r"\b(?:forecasts?|estimates?|consensus|guidance|outlook|targets?|projections?|projected"
    r"|expectations?|anticipat\w+)\b[^.;$¥€£]{0,40}$"
)
_ADJUSTED = re.compile(r"\badjusted\b|\bnon-gaap\b")


def read_money(ctx: Context, investors: list[Mention]) -> list[Fact]:
    facts: list[Fact] = []
    rounds: list[Round] = []
    report = Report()
    for start, end in ctx.clauses:
        if not ctx.readable(start) or ctx.layout.is_skipped(start):
            continue
        facts += _amounts(ctx, start, end, rounds, report)
        bare_round(ctx, start, end, rounds)
    named: list[tuple[Mention, Mention]] = []
    loose = attach(ctx, investors, rounds, named)
    for investor, investee in named:
        facts.append(_fact(ctx, "investor", investor.start, [investor, investee],
                           investor=investor.entity.name, org=investee.entity.name))
    for investor in loose:  # "The company is backed by General Atlantic": no round named
        org, mention = own_investee(ctx, investor)
        if org is None:
            org, mention = started_here(ctx, investor)
        if org is None:
            org, mention = company(ctx, ctx.clause_at(investor.start)[0], investor.start)
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
        if cue is None or hedged(ctx, start, amount.start):
            continue
        limit = amounts[i + 1].start if i + 1 < len(amounts) else end
        if cue == "metric":
            if _FORECAST.search(ctx.lower(max(start, amount.start - 70), amount.start)):
                continue
            if ARR_BEFORE.search(ctx.lower(max(start, amount.start - 60), amount.start)):
                continue  # a product's run rate (`products` reads it), not a period's figure
            if _ADJUSTED.search(ctx.lower(start, amount.start)) and not metric.startswith("adj"):
                metric = "adjusted_" + metric
            org, mention = company(ctx, start, amount.start)
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
            org, mention = org_valued(ctx, start, amount.start)
            if org is not None:
                when = iso_date(near(ctx, amount, start, end)) or said_date(ctx, start, end)
                facts.append(_fact(ctx, "valuation", amount.start, [mention], org=org.name,
                                   amount=amount.value, currency=amount.currency, date=when,
                                   approx=amount.qualifier))
            continue
        org, mention = company(ctx, start, amount.start)
        if org is None:
            continue
        name = round_name(ctx, amount, start, limit)
        when = iso_date(near(ctx, amount, start, limit)) or said_date(ctx, start, end)
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
    if CUMULATIVE.search(before):
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
