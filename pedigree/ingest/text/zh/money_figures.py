"""Financial figures in Chinese prose: a metric word (营收, 毛利润, 经调整净亏损) with an amount
and the period it covers."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.periods import Period
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import RECURRING
from pedigree.ingest.text.zh.money_company import company_before

METRICS = (
    ("adjusted_net_loss", re.compile(r"经调整净亏损|经调整亏损")),
    ("adjusted_net_profit", re.compile(r"经调整净利润")),
    ("net_loss", re.compile(r"净亏损|亏损|亏了|蚀了")),  # 全年蝕咗大约800万: Cantonese, a loss
    ("net_profit", re.compile(r"净利润|净利")),
    ("gross_profit", re.compile(r"毛利润|毛利(?!率)")),
    ("rd_expense", re.compile(r"研发开支|研发费用|研发支出|研发投入")),
    (
        "operating_cash_flow",
        re.compile(r"经营活动(?:产生的)?现金流量?(?:净额)?|经营性现金流|经营现金流"),
    ),
    # gross merchandise value: what passed through a platform, not what it earned
    ("gmv", re.compile(r"GMV|商品交易总额|交易总额|平台交易额|交易额|成交额|成交总额")),
    # 收益为1,286.4百万港元: a Hong Kong filing's word for revenue (not 投资收益, a gain)
    (
        "revenue",
        re.compile(
            r"营业收入|营收|总收入|收入|销售额|营业额|(?<!投资|利息|财务|其他)收益(?=为|约|达)"
        ),
    ),
)
# Any METRICS pattern at all: a clause where none matches is passed over with one search, not
# nine (built from METRICS itself, so a metric word added there is never missed here).
_METRIC_WORD = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in METRICS))
# 据业内估计 / 据机构测算 / 按券商估算: a figure someone else worked out (预计 within the
# clause is a forecast, read below)
_ESTIMATED = re.compile(r"(?:据|按照?|根据)[^。；，,]{0,10}(?:估计|估算|测算|推算)")
_RATIO = re.compile(r"^\s?(?:%|％|个百分点|倍)")


def _same_currency(ctx: Context, at: int, end: int) -> list[Amount]:
    """营业额约4,500万港元，…，全年亏了约800万: a sum in 万 or 亿 with no currency of its own, in
    the currency of the sentence's figure before it."""
    sentence_start = ctx.sentence_at(at)[0]
    earlier = [a for a in ctx.amounts_in(sentence_start, at) if a.currency]
    bare = [
        a for a in ctx.amounts_in(at, end)
        if a.currency is None and re.search(r"[万亿]", ctx.text.folded[a.start : a.end])
    ]  # fmt: skip
    if not earlier or not bare:
        return []
    return [replace(bare[0], currency=earlier[-1].currency)]


def financials(ctx: Context) -> list[Fact]:
    folded = ctx.text.folded
    found = []
    owners: dict[int, Entity] = {}  # sentence start → the company of its last figure
    for clause in ctx.clauses:
        if not _METRIC_WORD.search(folded, clause.start, clause.end):
            continue
        if not ctx.readable(clause.start, clause.end):
            continue
        text = folded[clause.start : clause.end]
        for metric, pattern in METRICS:
            match = pattern.search(text)
            if not match:
                continue
            at = clause.start + match.end()
            end = clause.end
            if folded[end : end + 1] in (":", "：") and (after := ctx.clause_at(end + 1)):
                end = after.end  # 收入：3.82亿元人民币 — a field and its value
            money = [a for a in ctx.amounts_in(at, end) if a.currency] or _same_currency(
                ctx, at, end
            )
            if not money or money[0].start - at > 14 or _RATIO.match(folded[money[0].end :]):
                continue
            if re.search(r"估值|融资|注册资本|轮", folded[at : money[0].start]):
                continue
            if re.search(RECURRING, folded[max(clause.start, at - 8) : money[0].start]):
                continue  # 年度经常性收入（ARR）: a product's run rate (read with products)
            if re.search(
                r"占|同比|预计|预期|预估|目标|希望|计划|有望|可达|最高|增长$",
                folded[at : money[0].start],
            ):
                continue
            if re.search(r"潜在|最高可", folded[max(clause.start, at - 10) : at]):
                continue  # 潜在总交易额最高可达6.8亿美元: what a deal could be worth
            if re.search(r"预计|预期|指引|目标|计划|有望|希望|估计", folded[clause.start : at]):
                continue  # 预计收入将介于…, 市场的一致预期: a forecast, not a result
            sentence_start, sentence_end = ctx.sentence_at(clause.start)
            if _ESTIMATED.search(folded, sentence_start, clause.start):
                continue  # 另据业内估计，…去年营收约10亿元: someone's guess, not a result
            pairs = _from_to(ctx, at, sentence_end) or _respectively(
                ctx, clause.start, clause.start + match.start(), money
            )
            period = pairs[0][1] if pairs else None
            period = period or _figure_period(ctx, sentence_start, clause.start + match.start())
            if period is None:
                continue
            named = ctx.mentions.within(clause.start, clause.start + match.start(), "org", "ref")
            if not named and sentence_start in owners:
                org = owners[sentence_start]  # …，超过了2024全年总收入: the same company's figure
            else:
                org = company_before(ctx, sentence_start, clause.start + match.start())
            if org is None:
                continue
            figures = pairs or [(money[0], period)]
            # 收入8.62亿元，较去年同期的6.11亿元增长41%: the same figure a year before
            earlier = None if pairs else _A_YEAR_BEFORE.match(folded, money[0].end)
            if earlier:
                before = [
                    a for a in ctx.amounts_in(earlier.end(), earlier.end() + 14) if a.currency
                ]
                if before and before[0].start - earlier.end() <= 2:
                    year = int(earlier.group("year") or period[0].year - 1)
                    figures.append((before[0], _in_year(period, year)))
            owners[sentence_start] = org
            for amount, (first, last) in figures:
                found.append(_figure(ctx, clause, org, metric, amount, first, last))
            break  # one figure per clause: 净亏损 is not also 亏损
    return found


# 收入由2023年的1.12亿元增至2024年的3.05亿元: a figure for each year.
_FROM_YEAR = re.compile(r"\s?(?:由|从)\s?(?P<year>\d{4})\s?年(?:度|全年)?的?\s?")
_TO_YEAR = re.compile(
    r"[^。；]{0,20}?(?:增至|增长至|增加至|升至|上升至|提升至|降至|下降至|减少至|收窄至|扩大至|"
    r"增长到|增加到|减少到)\s?(?P<year>\d{4})\s?年(?:度|全年)?的?\s?"
)


def _from_to(ctx: Context, at: int, end: int) -> list[tuple[Amount, tuple[date, date]]]:
    folded = ctx.text.folded
    start = _FROM_YEAR.match(folded, at)
    if not start:
        return []
    first = [a for a in ctx.amounts_in(start.end(), end) if a.currency][:1]
    if not first or first[0].start != start.end():
        return []
    to = _TO_YEAR.match(folded, first[0].end)
    second = [a for a in ctx.amounts_in(to.end(), end) if a.currency][:1] if to else []
    found = [(first[0], _year_span(int(start.group("year"))))]
    if to and second and second[0].start == to.end():
        found.append((second[0], _year_span(int(to.group("year")))))
    return found


def _respectively(
    ctx: Context, clause_start: int, at: int, money: list[Amount]
) -> list[tuple[Amount, tuple[date, date]]]:
    """2023年及2024年分别录得亏损5.3亿元及4.1亿元: the figures in the order of the years."""
    folded = ctx.text.folded
    if not money or "分别" not in folded[clause_start : money[0].start]:
        return []
    years = [p for p in ctx.periods_in(clause_start, at) if p.precision == "year"]
    if len(years) < 2 or len(money) < len(years):
        return []
    joined = all(
        re.fullmatch(r"\s?(?:及|和|与|、|以及)\s?", folded[a.end : b.start])
        for a, b in zip(money, money[1 : len(years)], strict=False)
    )
    return [(a, (p.first, p.last)) for a, p in zip(money, years, strict=False)] if joined else []


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


_A_YEAR_BEFORE = re.compile(
    r"(?:人民币|港元|美元)?[，,]\s?(?:(?:较|比|相比)?(?:去年|上年)同期|(?:较|比|相比)(?P<year>\d{4})年(?:同期)?"
    r"|(?:较|比|相比)(?:上年|去年|上一年)度?)(?:的|为)?"
)


def _in_year(period: tuple[date, date], year: int) -> tuple[date, date]:
    """The same span of months in another year (较2024年的4.15亿元, 去年同期)."""
    first, last = period
    end_year = year + last.year - first.year
    day = min(last.day, 28) if last.month == 2 else last.day
    return first.replace(year=year, day=1), last.replace(year=end_year, day=day)


def _year_before(period: tuple[date, date]) -> tuple[date, date]:
    first, last = period
    return first.replace(year=first.year - 1), last.replace(
        year=last.year - 1, day=min(last.day, 28) if last.month == 2 else last.day
    )


def _figure(
    ctx: Context, clause, org: Entity, metric: str, amount: Amount, first: date, last: date
) -> Fact:
    aliases = {org.name: org.written} if org.written != org.name else {}
    return ctx.text.fact(
        "financial",
        (clause.start, clause.end),
        0.8,
        aliases,
        org=org.name,
        metric=metric,
        amount=amount.value,
        currency=amount.currency,
        period_start=first.isoformat(),
        period_end=last.isoformat(),
    )


_COMPARED = re.compile(r"(?:较|比|相比|由|从|对比)\s?$")


def _figure_period(ctx: Context, sentence_start: int, at: int) -> tuple[date, date] | None:
    """The period a figure covers: the last period before it in the sentence (or in the
    sentences before, where 期内 and a bare figure carry on the report's period), a range
    2025年1月至6月 read as one, a bare month or day not counted; 去年同期 is that period a
    year earlier."""
    folded = ctx.text.folded

    def reported(start: int, end: int) -> list[Period]:
        return [
            p
            for p in ctx.periods_in(start, end)
            if p.precision != "day" and not _COMPARED.search(folded[max(0, p.start - 3) : p.start])
        ]

    periods = reported(sentence_start, at)
    if not periods:
        earlier = [
            s for s in ctx.sentences if s[1] <= sentence_start and s[0] >= sentence_start - 800
        ]
        for start, end in earlier[-10:][::-1]:
            # a period that heads a figure of its own (2024年净亏损为2.9亿元) is that figure's
            periods = [
                p
                for p in reported(start, end)
                if not any(pattern.match(folded, p.end) for _, pattern in METRICS)
            ][-1:]
            if periods:
                break
    if not periods:
        return None
    # (去年同期为9800万元；毛利8600万元: the comparison ends with its clause)
    near = re.split(r"[；;]", folded[max(sentence_start, at - 12) : at])[-1]
    # (上一财年，峻德教育的营收为15.9亿元: the reported year's before it)
    if re.search(r"(?:去年|上年)同期|(?:上一?|前一)(?:个)?(?:财年|财政年度|会计年度)", near):
        last = periods[-1]
        return _year_before((last.first, last.last))
    last = periods[-1]
    if len(periods) >= 2 and re.fullmatch(
        r"\s?(?:至|到|-|–|—|~)\s?", folded[periods[-2].end : last.start]
    ):
        return periods[-2].first, last.last
    if last.precision == "day":
        return None  # 截至2025年6月30日: a point in time, not a period
    return last.first, last.last
