"""Money in Chinese prose: funding rounds and their investors, valuations, and financial figures.

A round is a round word (A轮, 天使轮, Pre-A轮) with a verb that says it happened (完成, 获得,
拿下) — unless the sentence hedges it (洽谈, 拟, 计划, 意向书, 尚未交割, 有消息称, 或将) or
denies it. Its company is the one the sentence is about; its investors are the organisations
that lead, follow or invest (由…领投, …跟投, 老股东…加注, 获得…的天使轮投资), in the sentence or
in the next one that speaks of 本轮. A valuation is 估值 or 投后估值 with an amount; a financial
figure is a metric word (营收, 毛利润, 经调整净亏损) with an amount and the period before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.periods import Period
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import DENIAL, HEDGE, PLAN, RECURRING, RUMOUR

ROUND = re.compile(
    r"(?:Pre-?IPO|pre-?IPO|Pre-?[A-F]\+?|[A-F]\d?\+{0,2}|天使\+?|种子\+?|战略|首|新一|新)轮(?:融资|投资)?|"
    r"(?:天使投资|种子投资|战略融资|战略投资|首轮融资)(?!人|者|机构|方)"  # 天使投资人 is a person
)
_HAPPENED = re.compile(
    r"完成|获得|获|拿下|拿到|宣布|募集|募得|募足|筹集|敲定|落定|收获|迎来|获投|融资|投资|领投|跟投|给了|"
    r"注资|投了|增资|交割"
)
INVESTOR_AFTER = re.compile(
    r"^\s?(?:也|亦|同样|同时|还|均|都)?(?:联合领投|共同领投|领投|跟投|超额跟投|继续跟投|参投|继续加注|继续追投|追投|加注|追加投资|"
    r"独家投资|共同投资|投资(?!者|关系)|投了|投的|注资|给了|独家出资|出资|追加了?投资|"
    r"参与(?:了)?(?:本轮|投资|融资)?(?=[，。；,;]|$)|参与了?(?:本轮|此轮)?的?(?:跟投|领投|投资|融资)|"
    r"以[^，。；,;]{0,10}(?:基金|资金)出资|"
    r"以[^，。；,;]{0,10}(?:投资者|投资方|股东)身份参与|作为[^，。；,;]{0,8}(?:投资方|股东))"
)
INVESTOR_BEFORE = re.compile(
    r"(?:由|领投方为|领投方是|投资方为|投资方是|投资方包括|投资者为|投资者包括|投资人包括|老股东|股东|"
    r"轮投资方|投资方|出资方为|出资方是|出资方包括|投资机构为|投资机构包括|投资机构是|投资人为|"
    r"认购人为|认购人包括|认购方为|认购方包括|认购者为|"
    r"获得|获|拿到|获得了|拿下|来自|得到了?|取得|获取|曾取得|曾获得)\s?$"
)
_ADVISER = re.compile(r"^\s?(?:担任|作为|为)[^，。；,;]{0,10}(?:财务顾问|顾问)")
_VAGUE = re.compile(
    r"数千万|数百万|数亿|数十亿|上亿|近亿|几千万|几亿|千万级|亿级|未披露|未透露|不详"
)
_NOT_FUNDING_AMOUNT = re.compile(r"^\s?(?:的)?(?:估值|注册资本|营收|收入|营业收入|利润|亏损)")
_VALUATION = re.compile(
    r"(?:投后|投前|整体)?估值(?:约|达|达到|为|在|超过|超|逾|近|约为|已达|突破|升至|接近|已超)?"
)
# Every _VALUATION match holds 估值, after at most a two-character word (投后, 投前, 整体).
_VALUATION_WORD = re.compile(r"估值")
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
_RATIO = re.compile(r"^\s?(?:%|％|个百分点|倍)")


@dataclass
class Round:
    org: Entity
    clause_start: int
    span: tuple[int, int]
    round: str | None
    amount: Amount | None
    date: str | None
    investors: list[tuple[Entity, Mention]] = field(default_factory=list)


def mark_investors(ctx: Context) -> None:
    """Give the organisations that invest the role `investor`, before anything else reads them:
    they are never the company a sentence is about."""
    for mention in ctx.mentions.items:
        if mention.kind != "org" or mention.entity is None:
            continue
        start, end = ctx.sentence_at(mention.start)
        if (
            _invests(ctx, mention, start, end)
            or (known := known_organization(mention.entity.name))
            and known.kind == "investor"
        ):
            mention.entity.roles.add("investor")


_OWNED_BY_NEXT = re.compile(r"^\s?旗下的?")
_JOINED_BEFORE = re.compile(r"(?:、|和|与|及|以及)\s?$")


_GAINED_AT = re.compile(
    r"^[^，。；,;]{0,6}(?:股权|股份|控制权|控股权|席次|席位|订单|合同|授权|许可)"
)


def _invests(ctx: Context, mention: Mention, start: int, end: int) -> bool:
    """Whether a sentence shows the organisation investing: 由X领投, Y、Z跟投, 老股东W继续加注,
    获得X（旗下Y）的…投资 — and not as an adviser or in a denial."""
    folded = ctx.text.folded
    own_after = folded[mention.end : mention.end + 14]
    owned = _OWNED_BY_NEXT.match(own_after)
    if owned and ctx.mentions.at(mention.end + owned.end()):
        return False  # 美团旗下的龙珠资本: the parent; the fund named next is the investor
    parent = _parent_before(ctx, mention)
    head = parent.start if parent is not None else mention.start
    before = folded[max(start, head - 10) : head]
    after = _skip_list(ctx, mention, folded[mention.end : mention.end + 12])
    if _ADVISER.match(own_after) or DENIAL.search(folded[mention.end : end]):
        return False
    if RUMOUR.search(folded[start : mention.start]):
        return False  # 有报道称地平线也参与了本轮投资: only reported
    if _GAINED_AT.match(own_after):
        return False  # 取得暖域过半股权, 取得X董事席次: what was gained at X, not money from X
    if INVESTOR_AFTER.match(after) or INVESTOR_BEFORE.search(before):
        return True
    joined = _JOINED_BEFORE.search(before)
    if joined:  # 投资方为启明创投和GGV纪源资本: listed after an investor named the same way
        previous = ctx.mentions.within(max(start, head - 30), head - len(joined.group()), "org")
        if previous and previous[-1].end == head - len(joined.group()):
            earlier = folded[max(start, previous[-1].start - 10) : previous[-1].start]
            if INVESTOR_BEFORE.search(earlier):
                return True
    # 获得X的天使轮投资 — but not 再获融资：X完成…轮, where X raised the round itself
    return bool(
        re.match(
            r"^\s?(?:的|等|旗下[^，。；,;:：]{0,8}?)?(?!\s?(?:完成|宣布|获|拿下|拿到))"
            r"[^，。；,;:：]{0,12}(?:天使轮|种子轮|轮|投资)",
            own_after,
        )
        and re.search(
            r"(?:获得?|拿到|获得了|来自|由|得到了?|取得|获取)[^，。；,;:：]{0,8}$", before
        )
    )


_OWNED_BEFORE = re.compile(r"旗下的?\s?$")


def _parent_before(ctx: Context, mention: Mention) -> Mention | None:
    """The organisation named just before as the parent (美团旗下的 before 龙珠资本)."""
    folded = ctx.text.folded
    match = _OWNED_BEFORE.search(folded[max(0, mention.start - 4) : mention.start])
    if not match:
        return None
    for earlier in reversed(ctx.mentions.within(max(0, mention.start - 24), mention.start, "org")):
        if folded[earlier.end : mention.start].strip() in ("旗下", "旗下的"):
            return earlier
    return None


_ASIDE_NEXT = re.compile(r"\s?[（(][^()（）]{1,20}[)）]")
_JOINER_NEXT = re.compile(r"\s?(?:、|和|与|及|以及)\s?(?:老股东|股东|旧股东)?")


def _skip_list(ctx: Context, mention: Mention, after: str) -> str:
    """The words after a list of organisations: 源码资本、经纬创投跟投 → 跟投 for both."""
    folded = ctx.text.folded
    position = mention.end
    while True:
        aside = _ASIDE_NEXT.match(folded[position:])
        if aside:
            position += aside.end()
        match = _JOINER_NEXT.match(folded[position:])
        if not match:
            break
        nxt = ctx.mentions.at(position + match.end())
        if nxt is None or nxt.kind != "org":
            break
        position = nxt.end
        # 、宁德时代旗下的问鼎投资跟投: a parent, then the fund of it that is the list's item
        owned = re.match(r"\s?旗下的?", folded[position:])
        unit = ctx.mentions.at(position + owned.end()) if owned else None
        if unit is not None and unit.kind == "org":
            position = unit.end
    return folded[position : position + 12]


def read_money(ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    rounds = _without_echoes(_rounds(ctx))
    for item in rounds:
        facts.append(_funding_fact(ctx, item))
        for investor, mention in item.investors:
            aliases = _aliases(ctx, mention, item.org)
            facts.append(
                ctx.text.fact(
                    "investor", item.span, 0.8, aliases, investor=investor.name, org=item.org.name
                )
            )
    facts += _investments(ctx, rounds)
    facts += _shareholders(
        ctx, {(f.fields["investor"], f.fields["org"]) for f in facts if f.kind == "investor"}
    )
    facts += _valuations(ctx, rounds)
    facts += _financials(ctx)
    return facts


def _without_echoes(rounds: list[Round]) -> list[Round]:
    """A round named again without its amount or investors (紧随C轮融资完成后…) is the round
    already read, not another one."""
    full = {(r.org, r.round) for r in rounds if r.amount is not None or r.investors}
    return [
        r
        for r in rounds
        if r.amount is not None or r.investors or r.round is None or (r.org, r.round) not in full
    ]


def _rounds(ctx: Context) -> list[Round]:
    folded = ctx.text.folded
    found: list[Round] = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end):
            continue
        sentence = folded[start:end]
        for match in ROUND.finditer(sentence):
            at = start + match.start()
            clause = ctx.clause_at(at)
            if clause is None or folded.rfind("【", start, at) > folded.rfind("】", start, at):
                continue  # 7.【战略投资】映光AR获…: a roundup's category label, not a round
            scope = folded[clause.start : clause.end]
            if _hedged(sentence) or _hedged_near(folded, start, at):
                continue
            if not (_HAPPENED.search(sentence) or "本轮" in sentence):
                continue
            if match.group().startswith(("新一", "新")) and not _HAPPENED.search(scope):
                continue
            org = company_before(ctx, start, at)
            if org is None:
                continue
            amount = _round_amount(ctx, clause.start, clause.end, at, match.end() + start)
            if amount is None and not ctx.amounts_in(clause.start, clause.end):
                amount = _round_amount(ctx, start, end, at, match.end() + start)
            period = _period(ctx, start, at)
            round_name = match.group()
            round_name = (
                None
                if round_name in ("首轮融资", "新一轮", "新轮")
                else re.sub(r"(?:融资|投资)$", "", round_name)
            )
            item = Round(org, clause.start, (start, end), round_name, amount, _date(ctx, period))
            if any(r.org is org and r.round == item.round and r.span == item.span for r in found):
                continue
            low, high = _part_with(sentence, match.start(), match.end())
            item.investors = _investors_in(ctx, start + low, start + high, org)
            found.append(item)
    found += _unnamed_rounds(ctx, found)
    _later_investors(ctx, found)
    return found


def _part_with(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of a sentence that speaks of one round where it lists several, split at
    semicolons (2021年5月，创新工场给了3000万元天使轮；2022年1月，北极光创投领投1.5亿元A轮);
    the whole sentence otherwise."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^；;]+", sentence)]
    rounds = [m.start() for m in ROUND.finditer(sentence)]
    for low, high in parts:
        if low <= start < high:
            if all(low <= r < high for r in rounds):
                return 0, len(sentence)
            return low, high
    return 0, len(sentence)


_INVESTED_AMOUNT = re.compile(r"^\s?(?:的)?(?:投资|融资|注资|战略投资)")


def _unnamed_rounds(ctx: Context, named: list[Round]) -> list[Round]:
    """A round the text does not name: 获得深创投旗下天使基金的500万元投资."""
    folded = ctx.text.folded
    found = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end) or _hedged(folded[start:end]):
            continue
        if any(r.span == (start, end) for r in named):
            continue
        for amount in ctx.amounts_in(start, end):
            if not amount.currency or not _INVESTED_AMOUNT.match(folded[amount.end :]):
                continue
            if not re.search(
                r"(?:获得?|拿到|完成|获投|收获)[^，。；,;]{0,24}$", folded[start : amount.start]
            ):
                continue
            org = company_before(ctx, start, amount.start)
            if org is None:
                continue
            item = Round(
                org,
                start,
                (start, end),
                None,
                amount,
                _date(ctx, _period(ctx, start, amount.start)),
            )
            item.investors = _investors_in(ctx, start, end, org)
            found.append(item)
    return found


_MANY_RECEIVE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几多数])\s?(?:家|个项目|个团队)[^，。；]{0,8}?"
    r"(?:获得|得到|拿到|获|接受)"
)


_RECEIVED_INVESTMENT = re.compile(
    r"(?:获得|得到|拿到|获|接受)(?:了|过)?[^。；;]{0,30}(?:投资|注资|入股)"
)


def _investments(ctx: Context, rounds: list[Round]) -> list[Fact]:
    """随后Orbita得到了红杉中国、高瓴资本的投资: investors named without a round."""
    folded = ctx.text.folded
    found = []
    for start, end in ctx.sentences:
        if not ctx.readable(start, end) or _hedged(folded[start:end]):
            continue
        if any(r.span == (start, end) for r in rounds):
            continue
        if not _RECEIVED_INVESTMENT.search(folded[start:end]):
            continue
        if _MANY_RECEIVE.search(folded[start:end]):
            continue  # 其中2家获X投资的公司: companies counted, not named
        for investor, mention in _investors_in(ctx, start, end, None):
            org = company_before(ctx, start, mention.start)
            if org is None or org is investor:
                continue
            found.append(
                ctx.text.fact(
                    "investor",
                    (start, end),
                    0.75,
                    _aliases(ctx, mention, org),
                    investor=investor.name,
                    org=org.name,
                )
            )
    return found


# 高瓴资本为本公司的首次公开发售前投资者, 华登国际为公司股东; 本公司首次公开发售前投资者高瓴资本:
# a filing's statement of who holds the company's shares.
_HOLDER_STAKE = (
    r"(?:的)?(?:首次公开发售前|首次公开发行前|IPO前|上市前|[A-F]\+?轮|天使轮|种子轮|战略)?"
)
_HOLDER_WORD = r"(?:投资者|投资方|投资人|股东)"
_IS_HOLDER = re.compile(
    r"\s?(?:亦|也|同样|同时)?(?:为|是|系)(?P<company>本公司|本集团|公司|发行人)"
    + _HOLDER_STAKE
    + _HOLDER_WORD
)
_HOLDER_NAMED = re.compile(
    r"(?P<company>本公司|本集团|公司|发行人)" + _HOLDER_STAKE + _HOLDER_WORD + r"(?:之一)?\s?$"
)


# A company's investors listed after it: 保睿科技的投资方包括IDG资本、蓝驰创投和国寿股权投资.
_ITS_HOLDERS = re.compile(r"的(?:投资方|投资人|投资机构|股东)(?:主要)?(?:包括|为|是|有)\s?")
_LIST_JOIN = re.compile(r"\s?(?:、|和|与|及|以及|，|,)\s?")


def _listed_holders(ctx: Context) -> list[tuple[Mention, Entity]]:
    """(investor mention, company) for each investor listed after _ITS_HOLDERS."""
    folded = ctx.text.folded
    found = []
    for match in _ITS_HOLDERS.finditer(folded):
        owner = ctx.mentions.within(max(0, match.start() - 16), match.start(), "org", "ref")
        if not owner or owner[-1].end != match.start():
            continue
        company = ctx.resolve(owner[-1])
        if company is None or company.kind != "org":
            continue
        position = match.end()
        for mention in ctx.mentions.within(match.end(), ctx.sentence_at(match.end())[1], "org"):
            between = folded[position : mention.start]
            if between and not _LIST_JOIN.fullmatch(between):
                break
            if mention.entity is not None:
                found.append((mention, company))
            position = mention.end
    return found


def _filing_holders(ctx: Context) -> list[tuple[Mention, Entity]]:
    """(investor mention, company) for each investor a filing names as holding the company's
    shares (_IS_HOLDER after it, _HOLDER_NAMED before it)."""
    folded = ctx.text.folded
    found = []
    for mention in ctx.mentions.within(0, len(folded), "org"):
        if mention.entity is None or not ctx.readable(mention.start, mention.end):
            continue
        after = _IS_HOLDER.match(folded, mention.end)
        before = _HOLDER_NAMED.search(folded, max(0, mention.start - 24), mention.start)
        match = after or before
        if match is None or DENIAL.search(folded[mention.end : mention.end + 24]):
            continue
        ref = ctx.mentions.at(match.start("company"))
        company = ctx.resolve(ref) if ref is not None else None
        if company is not None and company.kind == "org":
            found.append((mention, company))
    return found


def _shareholders(ctx: Context, known: set[tuple[str, str]]) -> list[Fact]:
    """Investors listed as a company's investors (_ITS_HOLDERS) or named by a filing as holding
    its shares, one fact per pair not already known."""
    found = []
    for mention, company in [*_listed_holders(ctx), *_filing_holders(ctx)]:
        investor = mention.entity
        if company is investor or (investor.name, company.name) in known:
            continue
        known.add((investor.name, company.name))
        found.append(
            ctx.text.fact(
                "investor",
                ctx.sentence_at(mention.start),
                0.75,
                _aliases(ctx, mention, company),
                investor=investor.name,
                org=company.name,
            )
        )
    return found


def _hedged(sentence: str) -> bool:
    """A rumour is never a fact; a plan or a negotiation only when the sentence reports no
    completed round besides (本轮…已完成, 资金将用于… is about the money, not the round)."""
    if RUMOUR.search(sentence):
        return True
    return bool(PLAN.search(sentence)) and not re.search(
        r"本轮|今轮|近日完成|宣布完成|已完成|完成了", sentence
    )


def _hedged_near(folded: str, sentence_start: int, at: int) -> bool:
    return bool(HEDGE.search(folded[max(sentence_start, at - 12) : at + 4]))


# What stands between a company and its figure: MiniMax的收入, 瑞思科技2024年度营业收入.
_OWNS = re.compile(
    r"\s?(?:\d{4}\s?(?:年|财年)?)?(?:度|全年|上半年|下半年|第[一二三四1-4]季度?"
    r"|(?:前|首)[一二三四五六七八九十\d]{1,2}(?:个月|个?季度?))?"
    r"\s?的?\s?(?:营业|主营业务|营运|经营|总)?"
)


def company_before(ctx: Context, sentence_start: int, at: int) -> Entity | None:
    """The company a round or figure in this sentence is about: the last organisation named
    before it that is not an investor (公司 and 其 mean the company in question); one that owns
    the figure outright (MiniMax的收入) even when well known."""
    folded = ctx.text.folded
    line_start = folded.rfind("\n", 0, at) + 1
    if folded.startswith("|", line_start) or folded.startswith(" |", line_start):
        # a table row: only its own cell speaks of the figure, else the row's project (not
        # 中微 of "在中微工作9年" in the founder's cell)
        sentence_start = max(sentence_start, folded.rfind("|", line_start, at) + 1)
    owner = [
        m
        for m in ctx.mentions.within(max(sentence_start, at - 16), at, "org")
        if m.entity is not None and _OWNS.fullmatch(folded[m.end : at])
    ]
    if owner and (
        "investor" not in owner[-1].entity.roles
        or re.match(r"\s?\d{4}", folded[owner[-1].end : at])
    ):
        return owner[-1].entity  # 瑞思科技2024年度营业收入: its own figure, whatever else it does
    candidates = [
        m
        for m in ctx.mentions.within(sentence_start, at, "org", "ref")
        if (
            m.kind == "org"
            and m.entity is not None
            and "investor" not in m.entity.roles
            and not _is_big(m.entity)
        )
        or m.form == "company"
    ]
    if candidates:
        return ctx.resolve(candidates[-1])
    return ctx.topic_company(at)


def _is_big(entity: Entity) -> bool:
    """A well-known organisation, an exchange or a regulator: never the company a round or a
    figure is about when a story names one beside it."""
    known = known_organization(entity.name)
    return known is not None and known.kind in (
        "company",
        "university",
        "lab",
        "other",
        "government",
    )


def _round_amount(ctx: Context, start: int, end: int, at: int, round_end: int) -> Amount | None:
    """The money amount written with the round (近3亿元人民币A轮融资, 拿下1.2亿元A轮融资, A轮融资
    1500万美元), unless it is vague (数千万) or another figure (估值, 注册资本)."""
    folded = ctx.text.folded
    money = [a for a in ctx.amounts_in(start, end) if a.currency]
    if not money:
        return None
    near = min(money, key=lambda a: min(abs(a.end - at), abs(a.start - round_end)))
    gap = folded[near.end : at] if near.end <= at else folded[round_end : near.start]
    if len(gap) > 12 or _NOT_FUNDING_AMOUNT.match(folded[near.end :]):
        return None
    if re.search(r"估值", folded[max(start, near.start - 6) : near.start]):
        return None
    if _VAGUE.search(folded[max(start, near.start - 3) : near.end + 2]):
        return None
    return near


def _period(ctx: Context, sentence_start: int, at: int) -> Period | None:
    periods = ctx.periods_in(sentence_start, at)
    return periods[-1] if periods else None


def _date(ctx: Context, period: Period | None) -> str | None:
    if period is None:
        return None
    if period.precision == "day":
        return period.first.strftime("%Y-%m")
    if period.precision == "month":
        return period.first.strftime("%Y-%m")
    return str(period.first.year)


def _investors_in(ctx: Context, start: int, end: int, org: Entity) -> list[tuple[Entity, Mention]]:
    """Organisations that invest, in [start, end): 由X领投, Y、Z跟投, 老股东W继续加注,
    获得X的投资."""
    folded = ctx.text.folded
    found: list[tuple[Entity, Mention]] = []
    for mention in ctx.mentions.within(start, end, "person"):
        # 雷栩以个人名义跟投: a person can invest too.
        if mention.entity is not None and re.match(
            r"^\s?(?:以个人(?:名义|身份))?(?:也)?(?:跟投|领投|参投|个人投资)",
            folded[mention.end : mention.end + 12],
        ):
            found.append((mention.entity, mention))
    for mention in ctx.mentions.within(start, end, "org"):
        entity = mention.entity
        if entity is None or entity is org:
            continue
        if _invests(ctx, mention, start, end) and entity not in [e for e, _ in found]:
            found.append((entity, mention))
    return found


_THIS_ROUND = re.compile(r"本轮|本次|该轮|此轮|这一轮|这轮|今轮")


def _later_investors(ctx: Context, rounds: list[Round]) -> None:
    """本轮由红杉中国领投… in the sentence after the round: the investors of that round; and
    问：A轮是谁投的？ 答：由维港投资领投… — the round the question asked about."""
    for start, end in ctx.sentences:
        sentence = ctx.text.folded[start:end]
        asked = _asked_round(ctx, start)
        if not (_THIS_ROUND.search(sentence) or asked) or not ctx.readable(start, end):
            continue
        before = [r for r in rounds if r.span[1] <= start]
        if not before:
            continue
        target = next((r for r in reversed(before) if asked and r.round == asked), before[-1])
        for entity, mention in _investors_in(ctx, start, end, target.org):
            if entity not in [e for e, _ in target.investors]:
                target.investors.append((entity, mention))


_ROUND_ASKED = re.compile(r"(?P<round>(?:Pre-?)?[A-F]\+?|天使|种子)\s?轮")


def _asked_round(ctx: Context, start: int) -> str | None:
    """The round an interviewer's question names (A轮是谁投的？), for the answer's first
    sentence at `start`."""
    # (the sentence may open with the speaker's label, before the answer's body)
    answer = next((a for a in ctx.layout.answers if start <= a[0] <= start + 12), None)
    answer = answer or ctx.layout.answer_at(start)
    if answer is None or ctx.text.folded[answer[0] : start].strip():
        return None
    asked = [q for q in ctx.layout.questions if q[1] <= answer[0]]
    if not asked:
        return None
    match = _ROUND_ASKED.search(ctx.text.folded, asked[-1][0], asked[-1][1])
    return match.group("round") + "轮" if match else None


def _funding_fact(ctx: Context, item: Round) -> Fact:
    amount = item.amount
    aliases = {item.org.name: item.org.written} if item.org.written != item.org.name else {}
    for entity, mention in item.investors:
        written = ctx.text.original[mention.start : mention.end]
        if written != entity.name:
            aliases[entity.name] = written
    return ctx.text.fact(
        "funding",
        item.span,
        0.8,
        aliases,
        org=item.org.name,
        round=item.round,
        amount=amount.value if amount else None,
        currency=amount.currency if amount else None,
        investors=[e.name for e, _ in item.investors],
        date=item.date,
    )


def _aliases(ctx: Context, mention: Mention, org: Entity) -> dict[str, str]:
    aliases = {}
    written = ctx.text.original[mention.start : mention.end]
    if mention.entity is not None and written != mention.entity.name:
        aliases[mention.entity.name] = written
    if org.written != org.name:
        aliases[org.name] = org.written
    return aliases


def _valuations(ctx: Context, rounds: list[Round]) -> list[Fact]:
    folded = ctx.text.folded
    found = []
    # _VALUATION.finditer(folded), tried only just before each 估值: the pattern opens with an
    # optional word, which finditer tried at every position of the text.
    for match in matches_before(_VALUATION, _VALUATION_WORD, folded, 0, 2):
        start, end = ctx.sentence_at(match.start())
        if not ctx.readable(match.start(), match.end()) or _hedged_near(
            folded, start, match.start()
        ):
            continue
        window = folded[max(start, match.start() - 12) : match.end() + 10]
        if re.search(
            r"或将|有望|传闻|据传|预计|可能|或达|目标|有投资人透露|据悉", window
        ) or RUMOUR.search(folded[start:end]):
            continue
        money = [
            a
            for a in ctx.amounts_in(match.start(), min(end, match.end() + 16))
            if a.currency and a.end > match.start() + 2
        ]
        if not money or money[0].start - match.end() > 6:
            # 拿到了约2亿美金的估值: the amount before the word
            money = [
                a
                for a in ctx.amounts_in(max(start, match.start() - 16), match.start())
                if a.currency and re.fullmatch(r"\s?的?\s?", folded[a.end : match.start()])
            ]
            if not money:
                continue
        same = [r for r in rounds if r.span[0] <= match.start() < r.span[1]]
        org = same[-1].org if same else company_before(ctx, start, match.start())
        if org is None:
            continue
        amount = money[0]
        aliases = {org.name: org.written} if org.written != org.name else {}
        found.append(
            ctx.text.fact(
                "valuation",
                (start, end),
                0.8,
                aliases,
                org=org.name,
                amount=amount.value,
                currency=amount.currency,
                date=same[-1].date if same else None,
                approx=amount.qualifier,
            )
        )
    return found


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


def _financials(ctx: Context) -> list[Fact]:
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
    r"(?:人民币|港元|美元)?[，,]\s?(?:(?:较|比|相比)?(?:去年|上年)同期|(?:较|比|相比)(?P<year>\d{4})年(?:同期)?)(?:的|为)?"
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
    if re.search(r"(?:去年|上年)同期", folded[max(sentence_start, at - 12) : at]):
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
