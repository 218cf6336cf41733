"""Extraction from Chinese news prose: one fixture per fact kind. Every sentence here is made up
for the tests (invented companies and people), in the style of tech reporting."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pedigree.errors import PedigreeError
from pedigree.ingest.text.extract import detect_language, extract, stated_publication


def facts_of(text: str, kind: str | None = None, published: date | None = date(2025, 6, 10)):
    found = extract(text, published=published)
    for fact in found:
        assert fact.quote == text[fact.start : fact.end]
    return [f.fields for f in found if kind is None or f.kind == kind]


def has(facts: list[dict], **expected) -> bool:
    return any(all(f.get(k) == v for k, v in expected.items()) for f in facts)


FOUNDER = "星河智能的创始人是前百度副总裁、深度学习研究院院长张明远。"


def test_founder_sentence_gives_founding_and_former_titles():
    assert has(facts_of(FOUNDER, "founded"), person="张明远", org="星河智能", role="创始人")
    jobs = facts_of(FOUNDER, "employment")
    assert has(jobs, person="张明远", org="百度", title="副总裁", current=False)
    assert has(jobs, person="张明远", org="百度", title="深度学习研究院院长")
    assert not has(jobs, org="星河智能")


def test_traditional_input_keeps_offsets_and_gives_simplified_names():
    text = "星河智能的創始人是前百度副總裁張明遠。"
    found = extract(text)
    founded = next(f for f in found if f.kind == "founded")
    assert founded.fields["person"] == "张明远"
    assert founded.aliases["张明远"] == "張明遠"
    assert founded.quote == text[founded.start : founded.end]
    assert "創始人" in founded.quote


def test_founded_with_relative_date_and_sector():
    text = "今年3月，李文杰在杭州创办了AI芯片公司Lumen Chip。"
    assert has(facts_of(text, "founded"), person="李文杰", org="Lumen Chip", date="2025-03")
    assert has(facts_of(text, "sector"), org="Lumen Chip", sector="semiconductors")


def test_founded_in_brackets_and_valuation_of_the_company_not_the_aside():
    text = "自动驾驶公司Orbita(由前字节跳动技术总监王海峰创立)的估值已超过5亿美元。"
    assert has(facts_of(text, "founded"), person="王海峰", org="Orbita")
    assert has(facts_of(text, "employment"), person="王海峰", org="字节跳动", title="技术总监")
    valuations = facts_of(text, "valuation")
    assert valuations == [
        {
            "org": "Orbita",
            "amount": 500_000_000,
            "currency": "USD",
            "approx": "over",
            "date": None,
        }
    ]


def test_investors_and_funding_round():
    text = "随后Orbita得到了红杉中国、高瓴资本的投资。"
    investors = facts_of(text, "investor")
    assert has(investors, investor="红杉中国", org="Orbita")
    assert has(investors, investor="高瓴资本", org="Orbita")
    round_text = "星河智能完成2亿元人民币B轮融资，由腾讯投资领投。"
    funding = facts_of(round_text, "funding")
    assert has(funding, org="星河智能", round="B轮", amount=200_000_000, currency="CNY")
    assert funding[0]["investors"] == ["腾讯投资"]


def test_financials_with_periods():
    text = "2024年前三季度，星河智能的营收达到了1.2亿元人民币，2023全年净亏损(5000万元)。"
    financials = facts_of(text, "financial")
    assert has(
        financials,
        org="星河智能",
        metric="revenue",
        amount=120_000_000,
        currency="CNY",
        period_start="2024-01-01",
        period_end="2024-09-30",
    )
    assert has(
        financials,
        metric="net_loss",
        amount=50_000_000,
        period_start="2023-01-01",
        period_end="2023-12-31",
    )


def test_product_and_its_metrics():
    text = "星河智能推出了AI写作产品“妙笔”。上线一个月后用户数突破了200万，日活超过40万。"
    assert has(facts_of(text, "product"), org="星河智能", product="妙笔")
    metrics = facts_of(text, "product_metric")
    assert has(metrics, product="妙笔", metric="users", value=2_000_000)
    assert has(metrics, product="妙笔", metric="dau", value=400_000)


def test_listing_events():
    text = "就在2025年5月，星河智能通过港交所聆讯，并递交了招股书。"
    events = facts_of(text, "event")
    assert has(events, org="星河智能", type="ipo_hearing", date="2025-05")
    assert has(events, org="星河智能", type="prospectus")
    assert not has(events, org="香港交易所")


def test_education_team_and_credentials():
    text = FOUNDER + "张明远是清华大学博士，在百度带领过300余人的研发团队，手握2000多张GPU。"
    assert has(facts_of(text, "education"), person="张明远", org="清华大学", degree="phd")
    assert has(facts_of(text, "credential"), person="张明远", type="phd")
    assert has(facts_of(text, "employment"), person="张明远", org="百度", team_size=300)


def test_described_person_after_the_clause_gets_team_and_resources():
    text = "在百度带过百人算法团队、手握4000多张GPU的李文杰，是投资人眼中的稀缺人才。"
    jobs = facts_of(text, "employment")
    assert has(jobs, person="李文杰", org="百度", team_size=100, resources="4000+ GPUs")


def test_left_the_company_ends_the_stint_and_pronoun_resolves():
    text = "張明遠曾經也在百度工作。2022年底，他離開百度創業。"
    jobs = facts_of(text, "employment")
    assert has(jobs, person="张明远", org="百度", current=False)
    assert has(jobs, person="张明远", org="百度", end="2022-12")


def test_bylines_and_quoted_people_are_not_founders_or_employees():
    text = (
        "文|王小明\n编辑|陈大文\n"
        "星河智能的创始人是张明远。投资人赵立新对我们表示，星河智能的产品很好。"
        "在近期陈晓东的播客上，张明远提到星河智能的组织。"
    )
    facts = facts_of(text)
    people = {f.get("person") for f in facts}
    assert people == {"张明远"}
    assert has(facts, person="张明远", org="星河智能")


def test_competition_sponsor_is_not_an_employer():
    text = "张明远曾获得阿里巴巴天池大赛冠军。"
    assert not has(facts_of(text, "employment"), org="阿里巴巴")


def test_language_and_stated_date():
    assert detect_language("MiniMax的创始人是闫俊杰") == "zh"
    assert detect_language("Liu Yu founded Vivix AI in 2025.") == "en"
    assert stated_publication("标题\n*2024年12月1日 18:54*\n正文") == date(2024, 12, 1)
    assert stated_publication("没有日期的正文") is None


def test_empty_text_and_unknown_language():
    assert extract("   ") == []
    with pytest.raises(PedigreeError, match="unknown language"):
        extract("文本", lang="fr")


# Pieces that make the rules fire, mixed with arbitrary characters, so the property test reaches
# the rules' edge cases and not only the empty result.
_PIECES = [
    "星河智能", "的創始人是", "前百度", "副总裁", "张明远", "他", "在", "工作", "离开", "估值",
    "约2亿美金", "收入", "2025年前9個月", "得到了", "红杉中国、", "投资", "产品“妙笔”",
    "用户数突破了300万", "DAU超过53万", "通过港交所聆讯", "公司Orbita", "(由", "创立)", "，",
    "。", "\n", "：", "CEO，", "清华大学博士", "带领过700余人的团队", "ｆｕｌｌ", "①", "\u200b",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)),
        max_size=30,
    ).map("".join)
)
def test_any_text_extracts_without_crashing_and_quotes_match(text):
    for lang in ("auto", "zh"):
        for fact in extract(text, lang=lang, published=date(2025, 6, 10)):
            assert fact.quote == text[fact.start : fact.end]
            assert 0 <= fact.start <= fact.end <= len(text)
            assert 0 < fact.confidence <= 1


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_crashes(text):
    for fact in extract(text, lang="auto"):
        assert fact.quote == text[fact.start : fact.end]


def test_mixed_chinese_and_english_paragraphs_are_each_read():
    text = (
        "星河智能的创始人是前百度副总裁、深度学习研究院院长张明远。\n"
        "Li Wenjie, a former engineering director at Tencent, founded Orbita Labs in May 2023."
    )
    founded = facts_of(text, "founded")
    assert has(founded, person="张明远", org="星河智能")
    assert has(founded, person="Li Wenjie", org="Orbita Labs", date="2023-05")


def test_reading_chinese_prints_nothing_on_stderr():
    """jieba logs its dictionary load unless told not to, whichever reader loads it first."""
    import subprocess
    import sys

    code = (
        "from pedigree.ingest.text.extract import extract; "
        "extract('前商汤科技研究员骆明远于2019年创办了星河智能。')"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr == ""


def test_southeast_asian_currencies_and_a_latin_code_only_as_a_word():
    from pedigree.ingest.text.amounts import find_amounts

    found = {(a.value, a.currency) for a in find_amounts("raised RM40 million and Rp 50 billion")}
    assert found == {(40_000_000.0, "MYR"), (50_000_000_000.0, "IDR")}
    assert [a.currency for a in find_amounts("the platform 4 times")] == [None]


_POST_WITH_AN_ENGLISH_HEADING = """奇绩创坛2022年秋季路演日，共有2家奇绩投资并加速的公司参加。

### **云杉物流**

![图片](https://mmbiz.qpic.cn/mmbiz_jpg/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIj/640?wx_fmt=jpeg)

 **一句话介绍：** 面向中小商家的同城配送调度平台

**团队介绍**

卢青禾：创始人&CEO。曾任京东物流区域负责人。

### **International Quantum Technology Group (IQT)**

![图片](https://mmbiz.qpic.cn/mmbiz_jpg/ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210ZyXwVuTsRqPo/640?wx_fmt=jpeg)

 **一句话介绍：** 研发超导量子计算芯片的公司

**团队介绍**

沈一鸣：联合创始人&CTO。清华大学物理系博士，曾在中科院物理所任副研究员。
"""


def test_a_long_english_heading_in_a_chinese_post_heads_its_project():
    """A heading is read with the post, however long: the team under it is that project's, not
    the one before it."""
    founded = facts_of(_POST_WITH_AN_ENGLISH_HEADING, "founded")
    assert has(founded, person="沈一鸣", org="International Quantum Technology Group")
    assert not has(founded, person="沈一鸣", org="云杉物流")
    assert has(founded, person="卢青禾", org="云杉物流")


def test_web_addresses_are_no_english_to_read():
    from pedigree.ingest.text.extract import _by_language

    (only,) = _by_language(_POST_WITH_AN_ENGLISH_HEADING)  # no English part for the images
    language, seen, _ = only
    assert language == "zh" and "mmbiz" not in seen and "International Quantum" in seen


def test_an_honorific_alone_is_no_reference():
    assert list(extract("总", lang="auto")) == []
