"""Product facts and the counts said of products, in Chinese text: the company that makes each
product `zh/products.py` found, and a count with a word saying what it counts (月活跃用户达到620万,
累计交付超过150台, 已在…12家客户…落地) for the product the clause or the sentence before is
about."""

from __future__ import annotations

import re

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.lexicon import PLAN, RECURRING
from pedigree.ingest.text.zh.tallies import counted_noun, said_of, tallied

# A count and what it counts, for a product or a project: 月活跃用户达到620万, 累计交付超过150台,
# 付费商家已超过3200家, 已在…12家客户…落地, 日均订单超 8 万单.
METRIC_CUES = (
    ("mau", re.compile(r"月活跃用户|月活用户|月活|MAU")),
    ("dau", re.compile(r"日活跃用户|日活用户|日活|DAU")),
    ("paying_users", re.compile(r"付费用户|付费商家|付费客户|付费会员|付费")),
    ("registered_users", re.compile(r"注册用户|注册创作者|注册开发者|注册企业")),
    ("downloads", re.compile(r"下载量|下载")),
    ("daily_orders", re.compile(r"日均订单|日订单")),
    ("customers", re.compile(r"客户|家企业|企业客户|家机构|商家|商户")),
    ("units", re.compile(r"交付|出货|销量|售出|卖出|卖了|部署|首批|台")),
    ("deployments", re.compile(r"诊所|医院|工厂|门店|社区中心|城市|县城")),
    ("screenings", re.compile(r"筛查|人次")),
    ("users", re.compile(r"用户|使用者|学员|会员")),
)
_COUNT_UNIT = re.compile(
    r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:家|台|个|名|位|人次|人|单|架次|次|座|所|间|款|套|件|吨|宗)?"
)
# A noun that names a count, right before it: 日均对话量约200万次, 注册企业数超过12万家,
# 累计飞行架次超过12万 — whatever it counts, the noun says so.
_COUNT_NOUN_BEFORE = re.compile(
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{1,8}?(?:数量|次数|架次|人次|量|数|规模))\s?(?:已|累计|均)?"
    r"(?:约|超过|超|达到|达|突破|为|逾|近|接近|约为|高达|已达|已超|已突破|则为)?\s?$"
)
_NOT_PRODUCT_COUNT = re.compile(
    r"员工|人员|团队|人数|股|融资|估值|专利|论文|营收|收入|利润|亏损|资金"
)
_ARR_BEFORE = re.compile(RECURRING + r"(?:\s?[（(]ARR[)）])?[^，。；,;\d]{0,6}$")
_NOT_A_METRIC = re.compile(
    r"^\s?(?:多|余)?\s?(?:人的|人团队|名员工|岁|年|月|天|小时|分钟|%|％|倍|克|米|公里|小时"
    r"|英寸|寸|毫米|厘米|公斤|千克|斤|毫升|升|千瓦|瓦|伏|分贝|摄氏度|℃"  # (55英寸: a size)
    r"|个月|个小时|个星期|个工作日"  # (上线6个月注册用户达35万: a time, not a count)
    r"|[kKMG][VWw]|[kKMGT]B|nm|mm|cm)"  # (300kV电镜, 5nm芯片: a specification)
)
# Any other count of what a company has reached: a verb of reach or use before it, a measure
# word and a noun after it (已在14个城市开通, 接入超过6000家门店, 累计处理超过50万小时的影音).
_REACH = re.compile(
    r"(?:覆盖|接入|服务|进入|落地|部署|入驻|开通|累计|出货|交付|销售|卖出|售出|处理|生成|运营|安装|导入|"
    r"签约|拿下|积累|清洗|作业|试点|试用|合作|使用|在用|采用|连接|管理|监测|检测|入住|上线|铺设|运行|"
    r"翻译|完成|开设|进驻|覆盖了|搭载|装载|装车|上车|飞行|调用|供应|供货|装机|装在|装上|采购|购买|"
    r"订购|登记|参与|植入|帮助|被用于|装配|布放|运作|放了|供苗|已有|在营|定点)"
)
_MEASURED = re.compile(
    r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?\s?(?P<unit>家|台|个|座|所|间|辆|单|次|套|组|条|期|张|份|亩|件|吨|宗|款|"
    r"平方米|平方英尺|万小时|小时|行|床|名|位|话|集|部|篇|本|支|户|只|头|块|架|艘|颗|枚|处|册|例|项)"
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{0,8})"
)
_NOT_COUNTED = re.compile(
    r"^(?:员工|工程师|研发人员|博士|成员|人的|年|月|天|周|岁|倍|轮|投资|融资|专利|论文|项目|进入|团队|"
    r"创始人|机构|投资人|完成|正在|已|获|在)"
    r"|^[\u4e00-\u9fff]{1,3}(?:员工|工程师|研发人员|成员)"  # 12名听障员工: staff of some kind
)


# Before a count: a hope or a plan (希望交付量能冲到一万台), or a capacity (年处理能力3万吨), not
# what a product reached.
_NOT_A_COUNT_YET = re.compile(
    PLAN.pattern + r"|希望|目标|力争|争取|冲到|产能|年产|处理能力|生产能力|设计能力"
    r"|想把|想要|想做到|要做到|重点是把"
    # what it can do at once (可同时筛查10种癌症): a capability, not a count reached
    r"|可同时|能同时|最多可|可支持|一次可|单次可"
    # a figure per unit (单台日均配送40单, 平均每家门店…): no total reached
    r"|单台|每台|每家|人均|平均每|单店"
)
_TERM_OR_BOUND_AFTER = re.compile(r"[A-Za-z]|[\u4e00-\u9fff]{1,2}(?:以下|以内)")
# A count only guessed at: 数十万吨, 几百家 (上千万, "over ten million", is a floor, as 超过 is).
_VAGUE_COUNT = re.compile(r"[数几][十百千万]")


def read_products(ctx) -> list:
    """Product facts (the company that makes each product named) and product metrics (a count
    with a word saying what it counts, for the product the clause or the sentence before is
    about; for a project that names no product, the project itself)."""
    from pedigree.ingest.text.zh.drafts import company_near

    folded = ctx.text.folded
    facts = []
    seen = set()
    for mention in ctx.mentions.items:
        if mention.kind != "product" or mention.entity is None or mention.entity in seen:
            continue
        if not ctx.readable(mention.start, mention.end):
            continue
        company = company_near(ctx, mention.start)
        if company is None:
            continue
        seen.add(mention.entity)
        aliases = {company.name: company.written} if company.written != company.name else {}
        start, end = ctx.sentence_at(mention.start)
        facts.append(
            ctx.text.fact(
                "product", (start, end), 0.8, aliases, org=company.name, product=mention.entity.name
            )
        )
    for clause in ctx.clauses:
        if not ctx.readable(clause.start, clause.end):
            continue
        for amount in ctx.amounts_in(clause.start, clause.end):
            recurring = amount.currency and _ARR_BEFORE.search(
                folded[max(clause.start, amount.start - 24) : amount.start]
            )
            if recurring:  # ARR约1.1亿元: a product's run rate, not a period's figure
                product = _product_near(ctx, clause, amount.start)
                if product is not None:
                    facts.append(
                        ctx.text.fact(
                            "product_metric", (clause.start, clause.end), 0.75, {},
                            product=product, metric="arr", value=amount.value, date=None,
                        )
                    )
                continue
            if amount.currency or amount.value < 2 or _NOT_A_METRIC.match(folded[amount.end :]):
                continue
            inside = ctx.mentions.covering(amount.start)
            if inside is not None and inside.kind == "product":
                continue  # 「钧眼AOI-7」: the product's model number
            if _TERM_OR_BOUND_AFTER.match(folded, amount.end):
                continue  # 4S店, 5G: a term; 年销量500台以下的车商: a bound on whom it serves
            if re.match(r"^\s?(?:年|月|日|号)", folded[amount.end :]) or re.search(
                r"[\d.]$", folded[amount.start - 1 : amount.start]
            ):
                continue
            if 1900 <= amount.value <= 2100 and re.match(
                r"^\s?(?:到|至|-|–|—|~)\s?(?:19|20)\d{2}", folded[amount.end :]
            ):
                continue  # 那八年（2009到2017年）: a span of years, no count
            if _NOT_A_COUNT_YET.search(folded[clause.start : amount.start]) or _VAGUE_COUNT.search(
                folded, max(0, amount.start - 1), amount.start + 2
            ):
                continue  # 希望交付量冲到一万台, 年处理能力3万吨, 数十万吨: no count reached
            if _AUDIENCE_AFTER.match(folded, amount.end):
                continue  # 台下坐着50多家机构的投资人: who came, not a product's count
            metric = _metric_near(folded, clause.start, clause.end, amount)
            if metric is None:
                metric = _reached(folded, clause.start, clause.end, amount)
            if metric is None and said_of(ctx, amount.start):
                metric = tallied(folded, clause.start, clause.end, amount)
            if metric is None:
                continue
            footprint = bool(_FOOTPRINT.match(folded, amount.end)) and not _ENTERED.search(
                folded, max(clause.start, amount.start - 12), amount.start
            )  # (已进入约3500家门店: where a product went, not the company's own stores)
            product = _product_near(ctx, clause, amount.start, footprint)
            if product is None:
                continue
            facts.append(
                ctx.text.fact(
                    "product_metric",
                    (clause.start, clause.end),
                    0.75,
                    {},
                    product=product,
                    metric=metric,
                    value=amount.value,
                    date=None,
                )
            )
    return _without_company_echoes(ctx, facts)


def _without_company_echoes(ctx, facts: list) -> list:
    """A count given to the company (a headline's 签约商户突破5.2万家) that the text also gives
    to one of its products (途宿PMS的签约民宿商户达52000家) is that product's, said twice."""
    products = {
        f.fields["value"] for f in facts
        if f.kind == "product_metric" and ctx.registry.find("product", f.fields["product"])
    }  # fmt: skip
    return [
        f for f in facts
        if not (
            f.kind == "product_metric"
            and f.fields["value"] in products
            and ctx.registry.find("org", f.fields["product"]) is not None
        )
    ]  # fmt: skip


_KINDS_OF_BUYER = ("customers", "users")
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=客户|用户|使用者|学员|会员)")


_AUDIENCE_AFTER = re.compile(
    r"\s?(?:多|余)?\s?(?:家|位|名|个)?\s?(?:[^，。；,;]{0,6}?的)?"
    r"(?:投资人|投资机构|机构投资者|评委|嘉宾|观众|媒体|项目|参赛团队|入营团队)"
)


def _metric_near(folded: str, start: int, end: int, amount) -> str | None:
    before = folded[max(start, amount.start - 14) : amount.start]
    after = folded[amount.end : min(end, amount.end + 8)]
    unit = _COUNT_UNIT.match(after)
    tail = after[unit.end() :] if unit else after
    qualified = _QUALIFIED.match(tail)
    for metric, pattern in METRIC_CUES:
        if (
            pattern.search(before)
            or pattern.match(tail)
            # 1,100家货代客户, 300名视障用户: a kind of customer or user, then the word itself
            or (metric in _KINDS_OF_BUYER and qualified and pattern.match(tail, qualified.end()))
            or (metric == "units" and re.match(r"^\s?(?:多|余)?台", after))
        ):
            return metric
    named = _COUNT_NOUN_BEFORE.search(before)
    if named and not _NOT_PRODUCT_COUNT.search(named.group("noun")):
        return re.sub(r"^(?:.*的|其|该|累计|总)+", "", named.group("noun")) or named.group("noun")
    return None


def _reached(folded: str, clause_start: int, clause_end: int, amount) -> str | None:
    """The noun a count of reach counts (城市 in 已在14个城市开通), or None."""
    measured = _MEASURED.match(folded[amount.end : amount.end + 24])  # ^ holds at 0 only
    if measured is None or _NOT_COUNTED.match(measured.group("noun")):
        return None
    reach_end = min(clause_end, amount.end + measured.end() + 6)  # (not the next clause's verb)
    if not _REACH.search(folded[clause_start:reach_end]):
        return None
    noun = counted_noun(measured.group("noun"))
    return noun or measured.group("unit")  # 9家三甲医院开展临床试用 counts 三甲医院


# After a count: the company's own places or members (38家直营门店), not a product's reach. (A
# count of members written after the noun — 月活跃会员约520万 — is often a membership app's.)
_FOOTPRINT = re.compile(
    r"\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?\s?(?:家|间|間|个|個|所|座|名|位)?\s?"
    r"[\u4e00-\u9fff]{0,4}?(?:门店|门市|門市|分店|直营店|加盟店|网点|點位|点位|场馆|拳馆|诊所|校区|会员|會員)"
)


# (not the company as the speaker: 公司称累计销量已超过8万件 counts the product just named)
_COMPANY_SUBJECT = re.compile(
    r"\s?(?:目前|此外|同时)?，?\s?(?:公司|该公司|这家公司)(?!的?客户|称|表示|介绍|透露|说|披露|方面)"
)
_ENTERED = re.compile(r"进入|入驻|进驻|覆盖|铺进|铺入|供应|卖进|用于|使用|服务|合作")


def _product_near(ctx, clause, position: int, footprint: bool = False) -> str | None:
    """The product a count in `clause` is said of, else the company; a count of the company's
    own places or members (`footprint`) is a product's only where the clause names it."""
    products = ctx.mentions.within(clause.start, clause.end, "product")
    if products:
        return products[0].entity.name
    folded = ctx.text.folded
    from pedigree.ingest.text.zh.drafts import company_near

    if _COMPANY_SUBJECT.match(folded, clause.start):
        # 公司已在全国开设45家门店: the company's own count, whatever product came before
        company = company_near(ctx, position)
        if company is not None and not _former_employer(ctx, company):
            return company.name
    own = [
        m
        for m in ctx.mentions.within(clause.start, position, "org")
        if m.entity is not None
        and "investor" not in m.entity.roles
        and m.start - clause.start <= 10
        and not re.search(
            r"(?:通过|在|向|给|为|与|和|跟|替|帮|被|把)\s?$", folded[clause.start : m.start]
        )
    ]
    if own:
        subject = own[-1].entity
        if _former_employer(ctx, subject) or (
            known_organization(subject.name) is not None and subject is not ctx.main_company
        ):
            return None  # 2018年华为智能手机发货量超过2亿台: another company's own scale
        return subject.name  # 翎运已在14个城市开通: the company the clause names
    sentence = ctx.sentence_at(clause.start)
    earlier = [s for s in ctx.sentences if s[1] <= sentence[0]][-2:]
    window_start = earlier[0][0] if earlier else sentence[0]
    products = [] if footprint else ctx.mentions.within(window_start, position, "product")
    named = list(dict.fromkeys(m.entity.name for m in products if m.entity is not None))
    turn = re.search(r"前者|后者", folded[clause.start : position])
    if turn and len(named) >= 2:
        # 前者累计出货超过300万颗；后者已交付30余家客户: the first or the second of the two
        return named[-2] if turn.group() == "前者" else named[-1]
    if products:
        return products[-1].entity.name
    section = ctx.section_company(position)
    if section is not None:
        return section.name
    # No product named: the company the clause is about (翎运已在14个城市开通…).
    if ctx.mentions.within(clause.start, position, "person"):
        return None
    company = company_near(ctx, position)
    if company is None or _former_employer(ctx, company):
        return None
    return company.name


def _former_employer(ctx, company) -> bool:
    """An organisation first named as where someone worked, other than the story's company:
    its own scale (马士基在全球运营着约700艘集装箱船) is no product's count."""
    return company in ctx.employers_named and company is not ctx.main_company
