import pytest
from hypothesis import given
from hypothesis import strategies as st

from pedigree.ingest.text.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier", "quote"),
    [
        ("估值升至13.2億美元。", 1_320_000_000, "USD", None, "13.2億美元"),
        ("收入為5343.7萬美元", 53_437_000, "USD", None, "5343.7萬美元"),
        ("拿到了約2億美金的估值", 200_000_000, "USD", "about", "約2億美金"),
        ("完成3亿元人民币融资", 300_000_000, "CNY", None, "3亿元人民币"),
        ("融资两千万元", 20_000_000, "CNY", None, "两千万元"),
        ("手握4000多張GPU", 4000, None, "over", "4000多"),
        ("DAU超過53萬", 530_000, None, "over", "超過53萬"),
        ("带领700余人的团队", 700, None, "over", "700余"),
        ("raised US$1.32 billion in total", 1_320_000_000, "USD", None, "US$1.32 billion"),
        ("a $200M valuation", 200_000_000, "USD", None, "$200M"),
        ("近1,000万港元", 10_000_000, "HKD", "nearly", "近1,000万港元"),
    ],
)
def test_amounts(text, value, currency, qualifier, quote):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert text[amount.start : amount.end] == quote


def test_words_that_are_not_amounts():
    assert find_amounts("步行十几分钟就能抵达一家公司") == []


@given(st.text())
def test_any_text_is_safe_and_spans_index_it(text):
    for amount in find_amounts(text):
        assert 0 <= amount.start < amount.end <= len(text)


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier", "quote"),
    [
        ("revenue of $53.4 million", 53_400_000, "USD", None, "$53.4 million"),
        ("more than 10 million users", 10_000_000, None, "over", "more than 10 million"),
        ("nearly 2 billion yuan", 2_000_000_000, "CNY", "nearly", "nearly 2 billion yuan"),
        ("60 million US dollars", 60_000_000, "USD", None, "60 million US dollars"),
        ("HK$2.5bn raised", 2_500_000_000, "HKD", None, "HK$2.5bn"),
        ("roughly RMB 300 million", 300_000_000, "CNY", "about", "roughly RMB 300 million"),
        ("close to 3 billion Hong Kong dollars", 3e9, "HKD", "nearly",
         "close to 3 billion Hong Kong dollars"),
    ],
)  # fmt: skip
def test_english_amounts(text, value, currency, qualifier, quote):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert text[amount.start : amount.end] == quote


def test_letters_after_a_number_are_not_a_scale_unless_they_end_the_word():
    (members,) = find_amounts("3 members")
    assert members.value == 3
    assert find_amounts("a B2B firm using A100 chips") == []
    (turnover,) = find_amounts("turnover 5 million")
    assert turnover.qualifier is None  # the "over" of "turnover" is not a qualifier


def test_counts_written_in_words_with_a_scale():
    text = "It had five million registered users and sold more than two million units."
    found = [(a.value, a.qualifier, text[a.start : a.end]) for a in find_amounts(text)]
    assert found == [
        (5_000_000, None, "five million"),
        (2_000_000, "over", "more than two million"),
    ]
    assert find_amounts("It raised five million dollars.") == []  # money in words: unread


def test_rupees_in_crore_and_nordic_and_korean_currencies():
    """Rs 120 crore (1.2 billion rupees), NOK 25 million, a SEK 30 million seed, 38 billion won;
    the rs of "hrs" is no currency."""
    found = [(a.value, a.currency) for a in find_amounts(
        "a Rs 120 crore Series B; Rs. 8 lakh; NOK 25 million; SEK 30 million; 38 billion won"
    )]
    assert found == [
        (1_200_000_000, "INR"), (800_000, "INR"), (25_000_000, "NOK"), (30_000_000, "SEK"),
        (38_000_000_000, "KRW"),
    ]
    assert [a.currency for a in find_amounts("12 hrs 3")] == [None, None]
