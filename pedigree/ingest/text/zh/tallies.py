"""Counts of what a company or product has reached, told by a verb of having or doing and a
measure word (鲸歌在全国拥有310家直营门店, 累计举办超过2.1万场线上告别式, 2024年全年接诊约35万
人次, 存栏奶牛4.3万头, 在管面积约1,100万平方米): what `zh/product_facts.py` asks when none of its
named metrics fits.

The count must follow such a verb in its clause, be measured (a measure word after it, or the
noun it counts right before it), and be said of someone the sentence names before it — a product,
a company it introduces, or 公司/我们 — so that a market's size (全国约有3万家药店) or a
customer's own scale is left alone.
"""

from __future__ import annotations

import re

# Verbs of having, running, serving or handling, before the count in its clause.
_HAS_OR_DID = re.compile(
    r"拥有|共有|设有|已有|现有|有|开出|开设|开了|营运|运营|经营|服务|举办|承办|拦截|输出|收录|涵盖|"
    r"覆盖|签订|签约|签下|注册|接诊|接待|完成|装设|安装|部署|布设|建成|处理|回收|外销|出口|销往|上架|"
    r"进驻|入驻|进入|用于|提供|供餐|供应|检测|存栏|种植|在管|管理|收运|生产|出货|交付|售出|卖出|"
    r"卖了|销售|累计|积累|送出|发出|配送|连接|接入|合作|采购|购买|使用|落地|铺设|投放|运行|运送|"
    r"承运|托管|培训|认证|孵化|发行|出版|上线|收治|治疗|救治|养殖|饲养|出栏|加工|检验|鉴定|修复"
)
# A measure word after the count, perhaps after 万/亿 and 多/余, then what it counts.
_MEASURE = re.compile(
    r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?\s?"
    r"(?P<unit>人次|平方米|公吨|家|台|个|座|所|间|辆|单|次|套|组|条|张|份|亩|件|吨|宗|款|场|通|种|"
    r"头|口|节|盏|码|户|栋|幢|位|名|人|只|支|部|本|篇|集|册|例|项|枚|颗|艘|架|块|处|床|瓶|杯|盒|包|"
    r"袋|副|双|片|粒|罐|趟|批|城)"
    r"(?P<noun>[\u4e00-\u9fff]{0,8})"
)
# The noun counted, right before the count: 存栏奶牛4.3万头, 注册家庭约4.2万户, 在管面积约…
_NOUN_BEFORE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,8}?)\s?(?:已|共|合计|总计|累计|均)?"
    r"(?:约|大约|大概|差不多|将近|约有|超过|超|达到|达|突破|逾|近|接近|多达|已达|已超|为)?\s?$"
)
# Who counts as people served (人, 名, 位 count staff unless these say otherwise).
_SERVED_PEOPLE = re.compile(
    r"学生|学员|患者|病人|用户|顾客|客户|游客|旅客|会员|家庭|农户|工人|长者|老人|儿童|孩子|读者|"
    r"观众|乘客|车主|司机|骑手|商户|商家|粉丝|在校生|住户|业主|居民|租客|求职者|考生"
)
# Counts of no reach: staff, money, time, a team, an ordinal, investors and rounds.
_NOT_TALLIED = re.compile(
    r"员工|雇员|职工|工程师|研发|团队|成员|创始人|合伙人|投资|融资|轮|估值|专利|论文|股|董事|高管|"
    r"岁|年|月|周|天|小时|分钟|倍|%|％|项目|机构|座位|席位"
)
# Before the count: what is to come (资金将用于新建5万亩, 扩充机队至1,500部: the words of a plan,
# lexicon.PLAN, are ruled out before this is asked), a range's first end (20到40个座位), or how
# little there was (只有一间会议室和8条电话线).
_NOT_YET_OR_RANGE = re.compile(
    r"将|新建|新开|扩充|扩大|扩建|至\s?$|到\s?$|[\d.]+\s?(?:到|至|-|–|~)\s?$|只有|仅有"
)


# A count with no measure word, ending its clause: 粉丝约300万.
_BARE_END = re.compile(r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?(?:[，。；,;]|$)")


def tallied(folded: str, clause_start: int, clause_end: int, amount) -> str | None:
    """What a count of reach counts (门店, 人次, 奶牛), or None when it is no such count."""
    before = folded[clause_start : amount.start]
    if not _HAS_OR_DID.search(before) or re.search(r"第\s?$", before):
        return None  # (第320家店: an ordinal, not how many)
    if _NOT_YET_OR_RANGE.search(before):
        return None
    measured = _MEASURE.match(folded[amount.end : clause_end])
    named_before = _NOUN_BEFORE.search(before[-14:])
    noun = None
    if measured is not None:
        noun = measured.group("noun") or None
        unit = measured.group("unit")
    elif named_before is not None and _BARE_END.match(folded[amount.end : amount.end + 4]):
        unit = ""  # 粉丝约300万: the noun before is what is counted
    else:
        return None
    before_noun = named_before.group("noun") if named_before is not None else ""
    verbs = list(_HAS_OR_DID.finditer(before_noun))
    if verbs:
        before_noun = before_noun[verbs[-1].end() :]  # 存栏奶牛 counts 奶牛
    counted = noun or before_noun or unit
    if _NOT_TALLIED.search(counted) or _NOT_TALLIED.match(folded, amount.end, amount.end + 3):
        return None
    if unit in ("人", "名", "位") and not _SERVED_PEOPLE.search(f"{before_noun}{noun or ''}"):
        return None  # 团队120人: staff, unless those counted are served
    if unit == "" and not _SERVED_PEOPLE.search(before_noun) and not re.search(
        r"面积|数|量|规模", before_noun
    ):
        return None
    return counted_noun(counted) or unit


def counted_noun(noun: str) -> str:
    """What a count counts, without the verb or 的 that follows it in the same run of
    characters (9家三甲医院开展临床试用 counts 三甲医院)."""
    return re.split(r"开展|开通|使用|落地|部署|上线|试用|运行|提供|的", noun)[0]


def said_of(ctx, position: int) -> bool:
    """Whether the sentence names, before `position`, the one a count is said of: a product, a
    company it introduces (not a former employer, an investor or a well-known firm), or
    公司, 该公司, 我们."""
    from pedigree.ingest.text.zh.drafts import introduced

    start = ctx.sentence_at(position)[0]
    named = ctx.mentions.within(start, position, "product", "org", "ref", "person")
    if named and (named[-1].kind == "person" or named[-1].form in ("he", "she")):
        return False  # 他在那里手下管着40多家门店: a person's charge, no product's count
    for m in named:
        if m.kind == "product" and m.entity is not None:
            return True
        if m.kind == "org" and m.entity is not None and introduced(m.entity) and (
            m.entity not in ctx.employers_named or m.entity is ctx.main_company
        ):
            return True
        if m.kind == "ref" and m.form == "company":
            return True
    return bool(re.search(r"我们|我們", ctx.text.folded[start:position]))
