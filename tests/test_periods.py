from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pedigree.ingest.text.periods import find_periods

PUBLISHED = date(2025, 12, 24)


@pytest.mark.parametrize(
    ("text", "first", "last", "precision", "quote"),
    [
        ("僅2025年前9個月收入", date(2025, 1, 1), date(2025, 9, 30), "months", "2025年前9個月"),
        ("2025年前三季度", date(2025, 1, 1), date(2025, 9, 30), "months", "2025年前三季度"),
        ("超過了2024全年總收入", date(2024, 1, 1), date(2024, 12, 31), "year", "2024全年"),
        ("2024年第二季度", date(2024, 4, 1), date(2024, 6, 30), "quarter", "2024年第二季度"),
        ("2024年下半年", date(2024, 7, 1), date(2024, 12, 31), "half", "2024年下半年"),
        ("在2023年9月開放註冊", date(2023, 9, 1), date(2023, 9, 30), "month", "2023年9月"),
        ("2025年12月下旬", date(2025, 12, 1), date(2025, 12, 31), "month", "2025年12月下旬"),
        ("在2022年底", date(2022, 12, 1), date(2022, 12, 31), "month", "2022年底"),
        ("2024年3月5日", date(2024, 3, 5), date(2024, 3, 5), "day", "2024年3月5日"),
        ("今年", date(2025, 1, 1), date(2025, 12, 31), "year", "今年"),
        ("去年3月", date(2024, 3, 1), date(2024, 3, 31), "month", "去年3月"),
        ("上个月", date(2025, 11, 1), date(2025, 11, 30), "month", "上个月"),
        ("近日宣布", PUBLISHED, PUBLISHED, "day", "近日"),
    ],
)
def test_periods(text, first, last, precision, quote):
    (period,) = find_periods(text, PUBLISHED)
    assert (period.first, period.last, period.precision) == (first, last, precision)
    assert text[period.start : period.end] == quote


def test_relative_dates_need_a_publication_date():
    assert find_periods("去年", None) == []


def test_an_impossible_month_leaves_the_year():
    (period,) = find_periods("2024年13月")
    assert (period.first, period.last, period.precision) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
        "year",
    )


@given(st.text())
def test_any_text_is_safe(text):
    for period in find_periods(text, PUBLISHED):
        assert 0 <= period.start < period.end <= len(text) and period.first <= period.last


@pytest.mark.parametrize(
    ("text", "first", "last", "precision", "quote"),
    [
        ("in March 2024.", date(2024, 3, 1), date(2024, 3, 31), "month", "March 2024"),
        ("on March 5, 2024", date(2024, 3, 5), date(2024, 3, 5), "day", "March 5, 2024"),
        ("on 5 Mar. 2024", date(2024, 3, 5), date(2024, 3, 5), "day", "5 Mar. 2024"),
        ("filed 2024-03-05", date(2024, 3, 5), date(2024, 3, 5), "day", "2024-03-05"),
        ("in 2024, it", date(2024, 1, 1), date(2024, 12, 31), "year", "2024"),
        ("for the first nine months of 2025", date(2025, 1, 1), date(2025, 9, 30), "months",
         "the first nine months of 2025"),
        ("the nine months ended September 30, 2025", date(2025, 1, 1), date(2025, 9, 30),
         "months", "nine months ended September 30, 2025"),
        ("the first three quarters of 2025", date(2025, 1, 1), date(2025, 9, 30), "months",
         "the first three quarters of 2025"),
        ("in Q2 2024", date(2024, 4, 1), date(2024, 6, 30), "quarter", "Q2 2024"),
        ("in the second quarter of 2024", date(2024, 4, 1), date(2024, 6, 30), "quarter",
         "the second quarter of 2024"),
        ("in the first half of 2024", date(2024, 1, 1), date(2024, 6, 30), "half",
         "the first half of 2024"),
        ("fiscal 2024 sales", date(2024, 1, 1), date(2024, 12, 31), "year", "fiscal 2024"),
        ("full-year 2024 revenue", date(2024, 1, 1), date(2024, 12, 31), "year", "full-year 2024"),
        ("in late 2022", date(2022, 12, 1), date(2022, 12, 31), "month", "late 2022"),
        ("by the end of 2022", date(2022, 12, 1), date(2022, 12, 31), "month", "the end of 2022"),
        ("in early 2024", date(2024, 1, 1), date(2024, 1, 31), "month", "early 2024"),
        ("last year", date(2024, 1, 1), date(2024, 12, 31), "year", "last year"),
        ("earlier this year", date(2025, 1, 1), date(2025, 12, 31), "year", "this year"),
        ("last month", date(2025, 11, 1), date(2025, 11, 30), "month", "last month"),
        ("in March", date(2025, 3, 1), date(2025, 3, 31), "month", "March"),
        ("last December", date(2024, 12, 1), date(2024, 12, 31), "month", "December"),
        ("on Dec. 3", date(2025, 12, 3), date(2025, 12, 3), "day", "Dec. 3"),
    ],
)  # fmt: skip
def test_english_periods(text, first, last, precision, quote):
    (period,) = find_periods(text, PUBLISHED)
    assert (period.first, period.last, period.precision) == (first, last, precision)
    assert text[period.start : period.end] == quote


def test_english_words_that_are_not_dates():
    assert find_periods("you may see 2,024 users or the 2010s", PUBLISHED) == []
    assert find_periods("营收2024万元", PUBLISHED) == []  # a bare year needs English around it
    assert find_periods("in March", None) == []


def test_a_fiscal_year_the_report_says_ends_in_march():
    text = (
        "The company said its loss shrank in the fiscal year that ended in March. "
        "Revenue for fiscal 2025, the twelve months to March 31, rose to $412.6 million."
    )
    fiscal = [p for p in find_periods(text, PUBLISHED) if text[p.start : p.end] == "fiscal 2025"]
    assert [(p.first, p.last) for p in fiscal] == [(date(2024, 4, 1), date(2025, 3, 31))]
    calendar = find_periods("Revenue for fiscal 2025 rose to $412.6 million.", PUBLISHED)
    assert [(p.first, p.last) for p in calendar] == [(date(2025, 1, 1), date(2025, 12, 31))]


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("截至2025年6月30日的中期业绩", date(2025, 1, 1), date(2025, 6, 30)),
        ("截至2025年9月30日止的第三季度", date(2025, 7, 1), date(2025, 9, 30)),
        ("截至2026年3月31日止半年度", date(2025, 10, 1), date(2026, 3, 31)),
    ],
)
def test_a_reports_span_ending_on_a_day(text, first, last):
    assert [(p.first, p.last) for p in find_periods(text, PUBLISHED)] == [(first, last)]


def test_a_results_figure_takes_the_span_of_the_report_named_before_it():
    from pedigree.ingest.text.extract import extract

    text = (
        "职业教育公司启澜教育（股票代码：02875.HK）今日晚间发布截至2025年6月30日的中期业绩。"
        "报告期内，公司实现营业收入"
        "8.46亿元，较去年同期的6.99亿元增长21%。"
    )
    figures = {(f.fields["amount"], f.fields["period_start"], f.fields["period_end"])
               for f in extract(text, lang="zh") if f.kind == "financial"}
    assert figures == {(846_000_000, "2025-01-01", "2025-06-30"),
                       (699_000_000, "2024-01-01", "2024-06-30")}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("今年1—3月，公司实现营收3.02亿元", date(2025, 1, 1), date(2025, 3, 31)),
        ("去年1至6月", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024年1月–9月", date(2024, 1, 1), date(2024, 9, 30)),
    ],
)
def test_a_span_of_months_relative_to_publication_or_with_an_en_dash(text, first, last):
    assert [(p.first, p.last) for p in find_periods(text, PUBLISHED)][:1] == [(first, last)]
