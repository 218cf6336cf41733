"""Several articles in one file are read as several articles, each with its own date; one
article (with a timeline, section rules, a bio list) stays whole."""

from __future__ import annotations

from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app
from pedigree.ingest.text.boundaries import document_spans, is_dateline

FIRST = """星渚机器人完成近3亿元A轮融资
文｜周一
36氪 2023-03-18 09:12

36氪获悉，具身智能公司星渚机器人近日完成近3亿元人民币A轮融资，本轮由红杉中国领投。星渚机器人成立于2021年，创始人兼CEO王伟曾任大疆硬件研发总监，带领200人的团队。公司今年将推出第一款仓储机器人。
"""
SECOND = """砚衡半导体完成近5亿元B轮融资
投资界 2024-11-06 08:30
作者｜吴桐

砚衡半导体宣布完成近5亿元B轮融资，IDG资本领投。公司创始人李娜此前在英伟达担任高级架构师，2019年回国创办砚衡半导体，专注于数据中心互联芯片。砚衡半导体今年的营收已超过1亿元。
"""
THIRD = (
    "Corvane raises $42M Series B for insurance claims agents\n\n"
    "Rachel Dorsey / 9:00 AM PDT • May 20, 2025\n\n"
    "Corvane, the insurance claims automation startup, has raised $42 million in a Series B "
    "round led by Northgate Ventures. Chief executive Maya Lin founded the company in 2021 after "
    "six years at Stripe, where she led the payments risk team.\n"
)


def test_concatenated_articles_are_cut_at_each_header():
    text = FIRST + SECOND + "\n---\n" + THIRD
    starts = [start for start, _ in document_spans(text)]
    assert starts == [0, len(FIRST), len(FIRST) + len(SECOND) + len("\n---\n")]


def test_one_article_stays_whole():
    timeline = FIRST + "\n大事记\n\n2021年3月1日\n公司成立。\n\n2023年3月18日\n完成A轮融资。\n" * 3
    assert len(document_spans(timeline)) == 1
    ruled = FIRST + "\n---\n\n## 团队\n\n" + FIRST.split("\n", 4)[4] * 2
    assert len(document_spans(ruled)) == 1
    undated = "王伟：联合创始人，前大疆硬件研发总监\n" * 20 + SECOND
    assert len(document_spans(undated)) == 1  # no dated header at the top: not a digest


def test_dated_fields_are_not_headers():
    # An infobox's "Born:" and a filing's 事實發生日： are fields of one record, not new articles;
    # a later 发布时间： header still starts one.
    bio = (
        "Mira Holt\n\nThis page was last edited on 3 January 2026, at 17:12 (UTC).\n\n"
        + "Mira Holt is an engineer and the founder of Quillon, a robotics company. " * 3
        + "\n\nMira Holt\nBorn: 14 August 1978, Leeds, England\nKnown for: Quillon\n\n"
        + "Holt studied at Leeds and worked at Arm before she founded Quillon in 2019. " * 3
    )
    assert len(document_spans(bio)) == 1
    filing = (
        "重大訊息\n發言日期：2025/08/14　發言時間：17:32:05\n\n"
        + "說明：本公司參與瑞思科技A輪增資，認購300萬股，交易總金額新台幣1.2億元。\n" * 3
        + "事實發生日：2025/08/14\n"
        + "瑞思科技成立於2020年3月，由麴向遠創立，主要從事設備研發。\n" * 3
    )
    assert len(document_spans(filing)) == 1
    release = "絮语科技公布上半年经营数据\n\n发布时间：2025-08-12 10:00　来源：絮语科技\n\n"
    release += "絮语科技今日公布2025年上半年经营数据，营收2.36亿元，同比增长一倍。\n" * 3
    assert len(document_spans(FIRST + release)) == 2


def test_datelines():
    assert is_dateline("36氪 2023-03-18 09:12")
    assert is_dateline("數位時代｜創業 Startup｜2025.03.18")
    assert is_dateline("October 7, 2025", above="By Hannah Cole")
    assert not is_dateline("2021年3月1日")  # a timeline's heading
    assert not is_dateline("2021年3月1日，公司成立，王伟任CEO")


def test_each_article_is_its_own_source_with_its_own_date(tmp_path):
    path = tmp_path / "digest.txt"
    path.write_text(FIRST + SECOND + THIRD, encoding="utf-8")
    read = api.extract([path])
    assert [r.source["published"] for r in read] == ["2023-03-18", "2024-11-06", "2025-05-20"]
    assert [r.document.part for r in read] == [(1, 3), (2, 3), (3, 3)]
    assert len({r.source["id"] for r in read}) == 3
    assert read[1].source["title"] == "砚衡半导体完成近5亿元B轮融资"
    assert all(r.facts for r in read)
    for r in read:
        for fact in r.facts:
            assert r.document.text[fact.start : fact.end] == fact.quote


def test_a_file_without_facts_says_so(tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Nothing but words about the weather and the sea today.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert f"note: {path}: no facts found" in result.stderr


def test_a_table_with_dates_is_not_a_run_of_headers():
    """A prospectus's table of directors, each row with the date of appointment, is one
    section (the rows once opened articles of their own and the bios lost their headings)."""
    table = (
        "董事及高級管理層\n\n下表載列有關董事的若干資料：\n\n"
        "| 姓名 | 年齡 | 職位 | 獲委任為董事日期 |\n|---|---|---|---|\n"
        "| 車明遠先生 | 50 | 創辦人兼行政總裁 | 2020年3月2日 |\n"
        "| 岑思雅女士 | 44 | 執行董事 | 2020年3月2日 |\n"
        "| 邵嘉豪先生 | 57 | 獨立非執行董事 | 2024年9月1日 |\n\n"
        + "車明遠先生，50歲，為本集團創辦人兼行政總裁，於2020年創立本集團。\n" * 4
    )
    assert len(document_spans(table)) == 1
    assert not is_dateline("| 車明遠先生 | 50 | 創辦人兼行政總裁 | 2020年3月2日 |")


def test_a_table_set_in_spaces_is_not_a_run_of_headers():
    """The same table with its columns set apart by spaces, not bars: still rows, one section."""
    table = (
        "瀚潤紙業控股有限公司\n招股章程　2025年12月8日\n\n董事及高級管理層\n\n"
        "姓名　　　年齡　職位　　　　　　加入本集團日期　　獲委任為董事日期\n"
        "饒振華　　62　　主席兼執行董事　2003年3月　　　　2024年6月18日\n"
        "鄭淑芬　　58　　副主席　　　　　2005年1月　　　　2024年6月18日\n"
        "蓋文達　　45　　非執行董事　　　2023年5月　　　　2024年6月18日\n\n"
        + "饒振華先生，62歲，為本集團創辦人、主席兼執行董事，於2003年創立本集團。\n" * 4
    )
    assert len(document_spans(table)) == 1
    assert not is_dateline("饒振華　　62　　主席兼執行董事　2003年3月　　　　2024年6月18日")
    assert is_dateline("36氪 2023-03-18 09:12")
