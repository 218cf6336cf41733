from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pedigree.model import PartialDate, format_partial_date


@pytest.mark.parametrize(
    ("text", "start", "precision", "end"),
    [
        ("2024", date(2024, 1, 1), "year", date(2024, 12, 31)),
        ("2024-03", date(2024, 3, 1), "month", date(2024, 3, 31)),
        ("2024-2", date(2024, 2, 1), "month", date(2024, 2, 29)),
        ("2024-03-05", date(2024, 3, 5), "day", date(2024, 3, 5)),
        ("2024/03/05", date(2024, 3, 5), "day", date(2024, 3, 5)),
        ("2024-03-05 00:00:00", date(2024, 3, 5), "day", date(2024, 3, 5)),
    ],
)
def test_partial_dates_keep_their_precision(text, start, precision, end):
    parsed = PartialDate.parse(text)
    assert (parsed.start, parsed.precision, parsed.end) == (start, precision, end)


@pytest.mark.parametrize("text", ["", "March 2024", "2024-13", "2023-02-29", "24", "2024-03-05x"])
def test_bad_dates_are_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_dates_are_written_back_with_their_precision():
    assert str(PartialDate.parse("2024-3")) == "2024-03"
    assert format_partial_date(date(2024, 1, 1), "year") == "2024"
    assert format_partial_date(None, None) == ""


date_texts = st.one_of(
    st.from_regex(r"\A\d{4}(-\d{1,2}(-\d{1,2})?)?\Z"),
    st.text(alphabet="0123456789-/. ", max_size=12),
)


@given(date_texts)
def test_sql_and_python_date_parsers_agree(store_con, text):
    """The importer parses dates in SQL; --as-of and the API in Python. They must agree."""
    try:
        parsed = PartialDate.parse(text)
        expected = (parsed.start, parsed.precision)
    except ValueError:
        expected = (None, None)
    row = store_con.execute("SELECT pd_date($t), pd_precision($t)", {"t": text}).fetchall()[0]
    got = row if row[0] is not None else (None, None)
    assert got == expected
