"""Facts about companies in Chinese news prose: valuations, rounds and investors, financial
figures, products and their metrics, listing events and sectors.

Money and dates come from `amounts` and `periods`; a rule decides which company, metric or
product a figure belongs to from the sentence around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.amounts import Amount
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.prose import Prose, aliases_of, date_text
from pedigree.ingest.text.regex import alternation

# Financial metrics as reporting names them; longest first so 净利润 wins over 利润.
_METRICS = {
    "营业收入": "revenue", "总收入": "revenue", "营收": "revenue", "收入": "revenue",
    "销售额": "revenue", "净利润": "net_profit", "净亏损": "net_loss", "亏损": "net_loss",
    "毛利润": "gross_profit", "毛利": "gross_profit", "经营利润": "operating_profit",
    "利润": "profit", "现金流": "cash_flow", "研发开支": "r_and_d", "研发费用": "r_and_d",
}  # fmt: skip
_PRODUCT_METRICS = {
    "注册用户": "registered_users", "付费用户": "paying_users", "用户数": "users",
    "用户量": "users", "用户": "users", "日活跃用户": "dau", "日活": "dau", "dau": "dau",
    "月活跃用户": "mau", "月活": "mau", "mau": "mau", "下载量": "downloads",
}  # fmt: skip
_ROUNDS = (
    r"(?:种子轮|天使\+?轮|Pre-?A\+?轮|A\+{0,2}轮|B\+?轮|C\+?轮|D\+?轮|[E-F]\d?轮"
    r"|Pre-IPO轮|战略融资)"
)
_EXCHANGES = r"(?:港交所|联交所|上交所|深交所|科创板|创业板|纳斯达克|纽交所|北交所)"
_EVENTS = (
    ("ipo_hearing", r"通过(?:了)?" + _EXCHANGES + r"?(?:上市)?聆讯"),
    ("prospectus", r"(?:发布|递交|提交|披露)(?:了)?(?:招股书|招股说明书)"),
    (
        "listing",
        r"(?<!预计)(?<!计划)(?<!有望)(?:在|于)?" + _EXCHANGES + r"(?:正式)?(?:挂牌)?上市(?!前)",
    ),
    ("acquired", r"被(?P<buyer>{COMPANY})?(?:全资)?收购"),
    ("shutdown", r"(?:宣布)?(?:倒闭|关停|解散|破产)"),
)
_EXCHANGE_NAMES = frozenset(
    {"香港交易所", "上海证券交易所", "深圳证券交易所", "纳斯达克", "纽约证券交易所"}
)
# Sector words in a company description (AI 3D生成公司VAST), most specific first.
_SECTORS = (
    ("3d", "3d_generation"), ("多模态", "multimodal"), ("视频生成", "video_generation"),
    ("大模型", "llm"), ("语言模型", "llm"), ("自动驾驶", "autonomous_driving"),
    ("具身", "robotics"), ("机器人", "robotics"), ("芯片", "semiconductors"),
    ("视觉", "computer_vision"), ("语音", "speech"), ("医疗", "healthcare"),
    ("生物", "biotech"), ("游戏", "gaming"), ("电商", "ecommerce"), ("金融", "fintech"),
)  # fmt: skip


def extract_business(prose: Prose) -> Iterator[Fact]:
    products = list(_products(prose))
    yield from products
    yield from _product_metrics(prose, products)
    for rule in (_valuations, _investors, _rounds, _financials, _events, _sectors):
        yield from rule(prose)


def _money(amount: Amount) -> dict:
    return {"amount": amount.value, "currency": amount.currency}


def _valuations(prose: Prose) -> Iterator[Fact]:
    """Vivix AI的估值就飙升至13.2亿美元 / 让VAST…拿到了约2亿美金的估值"""
    for match in prose.matches(r"估值"):
        sentence = prose.sentence_of(match.start())
        near = [
            a
            for a in prose.amounts_in(sentence.start, sentence.end)
            if a.currency and abs(a.start - match.start()) <= 20
        ]
        if not near:
            continue
        amount = min(near, key=lambda a: abs(a.start - match.start()))
        org = prose.subject_before(min(match.start(), amount.start), "org")
        if org is None:
            continue
        when = prose.period_in(sentence.start, sentence.end)
        span = (min(org.start, amount.start, match.start()), max(amount.end, match.end()))
        yield prose.text.fact(
            "valuation",
            span,
            0.8,
            aliases_of(org),
            org=org.name,
            date=date_text(when),
            approx=amount.qualifier,
            **_money(amount),
        )


def _investors(prose: Prose) -> Iterator[Fact]:
    """得到了IDG资本、红杉中国等一线基金的投资 / 由红杉中国领投"""
    rule = (
        r"(?:得到|获得|获|拿到)(?:了)?(?P<list>{COMPANY}(?:[、和及与,，]{COMPANY})*)等?[^。，,；;]{0,12}?(?:的)?(?:投资|注资|支持|加注)"
        r"|由(?P<list2>{COMPANY}(?:[、和及与,，]{COMPANY})*)(?:共同)?(?:领投|投资|跟投)"
    )
    for match in prose.matches(rule):
        group = "list" if match.group("list") else "list2"
        backers = prose.mentions_in(*match.span(group), "org")
        target = prose.last_before(match.start(), "org", sentences=2)
        if target is None or not backers:
            continue
        for backer in backers:
            if backer.name == target.name:
                continue
            yield prose.text.fact(
                "investor",
                (min(target.start, match.start()), match.end()),
                0.8,
                aliases_of(backer, target),
                investor=backer.name,
                org=target.name,
            )


def _rounds(prose: Prose) -> Iterator[Fact]:
    """MiniMax完成6亿美元A轮融资，由阿里巴巴领投"""
    rule = (
        r"(?P<org>{COMPANY})[^。；;]{0,20}?(?:完成|宣布|获得)(?:了)?"
        rf"(?P<what>[^。，,；;]{{0,20}}?)(?P<round>{_ROUNDS})融资?"
    )
    for match in prose.matches(rule):
        org = prose.mention_at(*match.span("org"))
        if org is None:
            continue
        sentence = prose.sentence_of(match.start())
        amounts = [a for a in prose.amounts_in(*match.span("what")) if a.currency]
        rest = prose.text.folded[match.end() : sentence.end]
        led = re.match(
            r"[^。]{0,4}?由(?P<list>[^。；;]{2,60}?)(?:共同)?(?:领投|跟投|投资(?!领投|跟投))", rest
        )
        backers = prose.mentions_in(match.end(), match.end() + led.end(), "org") if led else []
        when = prose.period_in(sentence.start, sentence.end)
        yield prose.text.fact(
            "funding",
            (match.start(), match.end() + (led.end() if led else 0)),
            0.8,
            aliases_of(org, *backers),
            org=org.name,
            round=match.group("round"),
            investors=[b.name for b in backers],
            date=date_text(when),
            **(_money(amounts[0]) if amounts else {}),
        )


_METRIC_WORDS = re.compile(alternation(_METRICS))


def _financials(prose: Prose) -> Iterator[Fact]:
    """2025年前9个月，MiniMax的收入达到了5343.7万美元，超过了2024全年总收入(3052.3万美元)"""
    for sentence in prose.sentences:
        words = list(_METRIC_WORDS.finditer(prose.text.folded, sentence.start, sentence.end))
        if not words:
            continue
        for amount in prose.amounts_in(sentence.start, sentence.end):
            if not amount.currency:
                continue
            metric = [w for w in words if w.end() <= amount.start and amount.start - w.end() <= 16]
            if not metric:
                continue
            word = metric[-1]
            period = prose.period_in(sentence.start, sentence.end, before=amount.start)
            org = prose.last_before(word.start(), "org", sentences=2)
            if org is None or period is None:
                continue
            start = min(period.start, word.start())
            yield prose.text.fact(
                "financial",
                (start, amount.end),
                0.8,
                aliases_of(org),
                org=org.name,
                metric=_METRICS[word.group()],
                period_start=period.first.isoformat(),
                period_end=period.last.isoformat(),
                **_money(amount),
            )


_PRODUCT = re.compile(
    r"(?:产品|应用|app|App|APP|模型|大模型|平台|工具|系列)\s?[，,]?\s?"
    r"(?:[“\"「《](?P<quoted>[^”\"」》]{1,20})[”\"」》]"
    r"|(?P<latin>[A-Za-z][A-Za-z0-9]*(?:[ .-][A-Za-z0-9]+)*))"
)


def _products(prose: Prose) -> Iterator[Fact]:
    """商汤内部负责过AIGC产品“秒画” / MiniMax又推出了国内首款MoE大模型abab 6"""
    for match in _PRODUCT.finditer(prose.text.folded):
        group = "quoted" if match.group("quoted") else "latin"
        name = match.group(group).strip()
        if len(name) < 2 or prose.mentions_in(*match.span(group), "org", "person"):
            continue
        org = prose.last_before(match.start(), "org", sentences=2)
        if org is None:
            continue
        sentence = prose.sentence_of(match.start())
        launch = re.search(
            r"推出|发布|上线|开放注册|问世", prose.text.folded[sentence.start : match.start()]
        )
        when = prose.period_in(sentence.start, sentence.end) if launch else None
        yield prose.text.fact(
            "product",
            (
                min(org.start, match.start()) if org.start >= sentence.start else match.start(),
                match.end(),
            ),
            0.7,
            aliases_of(org),
            org=org.name,
            product=name,
            launched=date_text(when),
        )


_PRODUCT_METRIC = re.compile(
    r"(?P<metric>"
    + alternation(_PRODUCT_METRICS)
    + r")(?:数)?[^。，,；;\d]{0,8}?(?=\d|[一二两三四五六七八九十百千])",
    re.IGNORECASE,
)


def _product_metrics(prose: Prose, product_facts: list[Fact]) -> Iterator[Fact]:
    """上线9天后用户数就突破了300万，DAU超过53万 — about the product named just before."""
    products = [(fact.start, fact.end, fact.fields["product"]) for fact in product_facts]
    for match in _PRODUCT_METRIC.finditer(prose.text.folded):
        # the amount starts where the metric's words end, or earlier with its qualifier (超过53万)
        amounts = [a for a in prose.amounts if a.start <= match.end() + 2 and a.end > match.end()]
        amounts = [a for a in amounts if a.start >= match.start("metric")]
        if not amounts or amounts[0].currency:
            continue
        amount = amounts[0]
        sentence = prose.sentence_of(match.start())
        earlier = [p for p in products if p[1] <= match.start() and match.start() - p[1] < 200]
        if not earlier:
            continue
        product = earlier[-1][2]
        when = prose.period_in(sentence.start, sentence.end)
        yield prose.text.fact(
            "product_metric",
            (match.start(), amount.end),
            0.75,
            product=product,
            metric=_PRODUCT_METRICS[match.group("metric").lower()],
            value=amount.value,
            date=date_text(when),
        )


def _events(prose: Prose) -> Iterator[Fact]:
    """MiniMax和…智谱AI，分别通过港交所聆讯，并发布了招股书"""
    for kind, pattern in _EVENTS:
        for match in prose.matches(pattern):
            sentence = prose.sentence_of(match.start())
            subjects = [
                m
                for m in prose.mentions_in(sentence.start, match.start(), "org")
                if m.name not in _EXCHANGE_NAMES
            ]
            if not subjects:
                continue
            when = prose.period_in(sentence.start, sentence.end, before=match.start())
            start = min(s.start for s in subjects)
            for org in {s.name: s for s in subjects}.values():
                yield prose.text.fact(
                    "event",
                    (start, match.end()),
                    0.75,
                    aliases_of(org),
                    org=org.name,
                    type=kind,
                    date=date_text(when),
                )


_DESCRIBED = re.compile(
    r"(?:^|[的是，,、一家另])(?P<desc>[^的是，,、。\n]{2,16}?)(?:创业|初创|科技)?公司(?=(?P<org>\S))"
)


def _sectors(prose: Prose) -> Iterator[Fact]:
    """AI 3D生成公司VAST → VAST: 3d_generation"""
    for match in _DESCRIBED.finditer(prose.text.folded):
        org = prose.mentions_in(match.start("org"), match.start("org") + 40, "org")
        if not org or org[0].start != match.start("org"):
            continue
        description = match.group("desc").lower()
        sector = next((slug for word, slug in _SECTORS if word in description), None)
        if sector is None:
            continue
        yield prose.text.fact(
            "sector",
            (match.start("desc"), org[0].end),
            0.7,
            aliases_of(org[0]),
            org=org[0].name,
            sector=sector,
        )
