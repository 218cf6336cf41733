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
