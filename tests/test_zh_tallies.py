"""Chinese counts of reach told by a verb of having or doing and a measure word, and the counts
that are no product's or company's reach (staff, plans, ranges, a person's charge, a market)."""

from datetime import date

from pedigree.ingest.text.extract import extract


def _counts(text: str) -> set[tuple[str, float]]:
    found = extract(text, lang="zh", published=date(2025, 9, 1))
    return {(f.fields["product"], f.fields["value"]) for f in found if f.kind == "product_metric"}


def test_counts_told_by_a_verb_and_a_measure_word():
    text = (
        "澜舟康复由祁远于2016年在杭州创立。澜舟目前在全国拥有46家直营门诊，2024年全年接诊约35万人次；"
        "公司的社区服务站累计举办超过2.1万场健康讲座。"
    )
    assert _counts(text) == {("澜舟康复", 46), ("澜舟康复", 350_000), ("澜舟康复", 21_000)}


def test_the_noun_counted_before_the_count():
    text = "北岭牧业成立于2012年，由何川创办。北岭牧业目前存栏奶牛4.3万头，在管草场面积约15万亩。"
    assert _counts(text) == {("北岭牧业", 43_000), ("北岭牧业", 150_000)}


def test_counts_that_are_no_reach():
    text = (
        "澜舟康复由祁远于2016年在杭州创立，目前拥有员工420人。本轮资金将用于新开8家门诊。"
        "每个门诊只有20到40个床位。创业前，祁远在一家连锁医院手下管着40多家门店。"
        "全国目前约有3万家康复机构。"
    )
    assert _counts(text) == set()


def test_a_product_named_where_it_does_or_reaches_something():
    text = (
        "拾川科技成立于2019年，由高远创办。拾川站已在全国部署超过8600台；“青苗训练营”开营三年来累计培训"
        "学员超过1500人。拾川目前已在接洽新一轮融资，拾川截至今年3月的收入约2600万元。"
        "值得一提的是，“拾川系”已经开始有了第二代。"
    )
    found = extract(text, lang="zh", published=date(2025, 9, 1))
    products = {f.fields["product"] for f in found if f.kind == "product"}
    assert products == {"拾川站", "青苗训练营"}
    assert _counts(text) == {("拾川站", 8_600), ("青苗训练营", 1_500)}


def test_a_company_registered_in_a_city_and_its_quoted_brand():
    text = (
        "周六上午，青禾方舟旗下“方舟课堂”门口已经排起了队。创始人阙明远站在人群外。"
        "2022年3月，青禾方舟在成都注册成立，联合创始人简若然负责课程。"
        "方舟课堂已在成都、重庆开出11家门店。"
    )
    found = extract(text, lang="zh", published=date(2025, 9, 1))
    founded = {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "founded"}
    assert founded == {("阙明远", "青禾方舟"), ("简若然", "青禾方舟")}
    assert {(f.fields["org"], f.fields["product"]) for f in found if f.kind == "product"} == {
        ("青禾方舟", "方舟课堂")
    }
    assert _counts(text) == {("方舟课堂", 11)}


def test_a_quoted_brand_that_raised_a_round_is_the_company():
    # (品牌「X」（Latin name）近日完成…融资: the company, though named as a brand)
    text = (
        "36氪获悉，茶饮品牌「岚谷」（Langu）近日完成8000万元A轮融资，由峰瑞资本领投。"
        "岚谷成立于2022年，总部位于杭州。创始人兼CEO苗清和此前在喜茶负责供应链。"
        "岚谷已进入山姆会员店和盒马。"
    )
    found = extract(text, lang="zh", published=date(2025, 9, 1))
    assert {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "founded"} == {
        ("苗清和", "岚谷")
    }
    assert {f.fields["org"] for f in found if f.kind == "funding"} == {"岚谷"}
    assert not [f for f in found if f.kind == "product"]
    # (the company entered a retailer: no one was hired there)
    assert {f.fields["org"] for f in found if f.kind == "employment"} <= {"喜茶"}
