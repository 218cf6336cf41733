"""The English reader (pedigree.ingest.text.en) sentence by sentence, on invented news text: every
fact kind, names resolved, quotes exact. Whole small articles are in test_english_reader.py."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pedigree.ingest.text.en.reader import read_english
from pedigree.ingest.text.facts import Text

PUBLISHED = date(2025, 12, 24)


def facts(original: str, kind: str | None = None) -> list[dict]:
    """Facts as dicts of their non-empty fields, checking each quote against its span."""
    text = Text(original, PUBLISHED)
    found = []
    for fact in read_english(text):
        assert fact.quote == original[fact.start : fact.end]
        if kind is None or fact.kind == kind:
            fields = {k: v for k, v in fact.fields.items() if v is not None}
            found.append({"kind": fact.kind, **fields})
    return found


def one(original: str, kind: str) -> dict:
    (fact,) = facts(original, kind)
    return fact


def test_founder_with_a_former_employer_in_apposition():
    text = "Chen Lan, a former research director at SenseTime, founded Lumo AI in March 2024."
    assert one(text, "founded") == {
        "kind": "founded", "person": "Chen Lan", "org": "Lumo AI", "role": "founder",
        "date": "2024-03",
    }  # fmt: skip
    employment = one(text, "employment")
    assert employment["org"] == "商汤科技" and employment["title"] == "research director"
    assert employment["current"] is False


def test_founding_in_the_passive_and_by_several_people():
    founders = facts("Lumo AI was founded in 2023 by Chen Lan and Gao Feng.", "founded")
    assert {f["person"] for f in founders} == {"Chen Lan", "Gao Feng"}
    assert {f["date"] for f in founders} == {"2023"}
    cofounders = facts("Gao Feng and Chen Lan co-founded Brightpath Robotics in 2019.", "founded")
    assert {(f["person"], f["role"]) for f in cofounders} == {
        ("Gao Feng", "co-founder"), ("Chen Lan", "co-founder")
    }  # fmt: skip


def test_founder_titles_next_to_a_name():
    assert one("Lumo AI founder Chen Lan spoke first.", "founded")["org"] == "Lumo AI"
    assert one("Chen Lan is the co-founder of Lumo AI.", "founded")["role"] == "co-founder"


def test_aliases_keep_the_written_form_of_a_known_organisation():
    text = Text("Chen Lan, a former engineer at SenseTime, founded Lumo AI.", PUBLISHED)
    (employment,) = [f for f in read_english(text) if f.kind == "employment"]
    assert employment.aliases == {"商汤科技": "SenseTime"}


def test_funding_round_with_investors_and_valuation():
    text = (
        "Lumo AI raised $45 million in a Series A led by IDG Capital and HongShan, "
        "valuing it at US$1.1 billion."
    )
    funding = one(text, "funding")
    assert funding == {
        "kind": "funding", "org": "Lumo AI", "round": "Series A", "amount": 45_000_000,
        "currency": "USD", "investors": ["IDG资本", "红杉中国"],
    }  # fmt: skip
    valuation = one(text, "valuation")
    assert (valuation["org"], valuation["amount"]) == ("Lumo AI", 1_100_000_000)
    investors = facts(text, "investor")
    assert {(f["investor"], f["org"]) for f in investors} == {
        ("IDG资本", "Lumo AI"), ("红杉中国", "Lumo AI")
    }  # fmt: skip


def test_valuation_qualifier_and_the_company_it_refers_to():
    text = "Brightpath Robotics closed an angel round. The startup is now valued at about $300 mn."
    valuation = one(text, "valuation")
    assert (valuation["org"], valuation["approx"]) == ("Brightpath Robotics", "about")


def test_financials_with_periods_and_a_carried_metric():
    text = (
        "Orbit Labs reported revenue of $41.2 million for the first nine months of 2025, "
        "compared with $20.5 million in 2024."
    )
    (first, second) = facts(text, "financial")
    assert first == {
        "kind": "financial", "org": "Orbit Labs", "metric": "revenue", "amount": 41_200_000,
        "currency": "USD", "period_start": "2025-01-01", "period_end": "2025-09-30",
    }  # fmt: skip
    assert (second["amount"], second["period_start"], second["period_end"]) == (
        20_500_000, "2024-01-01", "2024-12-31"
    )  # fmt: skip
    loss = one("Orbit Labs posted a net loss of RMB 80 million in Q2 2024.", "financial")
    assert (loss["metric"], loss["currency"], loss["period_end"]) == (
        "net_loss",
        "CNY",
        "2024-06-30",
    )


def test_product_and_its_users():
    text = (
        "Orbit Labs is growing. Its app Chattermoon has more than 12 million monthly active users."
    )
    assert one(text, "product") == {
        "kind": "product",
        "org": "Orbit Labs",
        "product": "Chattermoon",
    }
    assert one(text, "product_metric") == {
        "kind": "product_metric", "product": "Chattermoon", "metric": "mau", "value": 12_000_000
    }  # fmt: skip


def test_product_launch_resolved_against_publication():
    text = "Orbit Labs released its chatbot Wisp last year; Wisp had 3 million daily active users."
    assert one(text, "product")["launched"] == "2024"
    assert one(text, "product_metric")["metric"] == "dau"


def test_listing_events_and_plans():
    text = "Orbit Labs passed its listing hearing at the Hong Kong stock exchange in December 2025."
    assert one(text, "event") == {
        "kind": "event", "org": "Orbit Labs", "type": "ipo_hearing", "date": "2025-12"
    }  # fmt: skip
    assert one("Orbit Labs filed for an IPO in June.", "event")["date"] == "2025-06"
    assert (
        facts("Orbit Labs plans to list on the Hong Kong Stock Exchange next year.", "event") == []
    )
    acquired = one("Quill Labs was acquired by Orbit Labs in 2023.", "event")
    assert (acquired["org"], acquired["type"]) == ("Quill Labs", "acquired")


def test_sector_from_apposition_and_premodifier():
    text = "Orbit Labs, a Hangzhou-based humanoid robot startup, is hiring."
    assert one(text, "sector")["sector"] == "humanoid robot"
    assert one("AI video startup Orbit Labs is hiring.", "sector")["sector"] == "AI video"


def test_surname_refers_back_to_the_full_name():
    text = (
        "Pan Jie founded Orbit Labs in 2022. Pan, who holds a PhD from the Chinese Academy of "
        "Sciences, previously worked at Baidu."
    )
    education = one(text, "education")
    assert (education["person"], education["org"], education["degree"]) == (
        "Pan Jie", "中国科学院", "phd"
    )  # fmt: skip
    assert one(text, "credential")["type"] == "phd"
    employment = one(text, "employment")
    assert (employment["person"], employment["org"], employment["current"]) == (
        "Pan Jie", "百度", False
    )  # fmt: skip


def test_an_ambiguous_surname_refers_to_no_one():
    text = "Pan Jie and Pan Rui met in 2020. Pan founded Orbit Labs."
    assert facts(text, "founded") == []


def test_title_with_a_unit_and_an_end_date():
    text = "Gao Feng joined us. Gao was CTO of ByteDance's AI lab until 2023."
    assert one(text, "employment") == {
        "kind": "employment", "person": "Gao Feng", "org": "字节跳动", "title": "CTO, AI lab",
        "current": False, "end": "2023",
    }  # fmt: skip


def test_joined_and_left_with_dates_make_one_stint():
    text = "Gao Feng joined Alibaba in 2015 and left Alibaba in 2020 to start Quill Labs."
    stint = one(text, "employment")
    assert (stint["org"], stint["start"], stint["end"], stint["current"]) == (
        "阿里巴巴", "2015", "2020", False
    )  # fmt: skip
    assert one(text, "founded")["org"] == "Quill Labs"


def test_education_with_degree_and_field():
    text = "Gao Feng graduated from Tsinghua University with a bachelor's degree in physics."
    assert one(text, "education") == {
        "kind": "education", "person": "Gao Feng", "org": "清华大学", "degree": "bachelor",
        "field": "physics",
    }  # fmt: skip


def test_credentials_and_pronouns():
    text = (
        "Gao Feng has published more than 40 papers at top conferences. He won first place in "
        "a robotics challenge in 2016. At SenseTime, Gao led a team of more than 200 people."
    )
    credentials = {f["type"]: f for f in facts(text, "credential")}
    assert set(credentials) == {"paper", "competition", "delivery"}
    assert all(c["person"] == "Gao Feng" for c in credentials.values())
    team = one(text, "employment")
    assert (team["org"], team["team_size"]) == ("商汤科技", 200)


def test_bylines_name_no_one():
    text = "By Mary Rowe\nEdited by Tom Hale\nOrbit Labs was founded in 2021."
    assert [f for f in facts(text) if f["kind"] in ("founded", "employment")] == []


def test_quoted_people_are_not_founders():
    text = (
        "Orbit Labs raised $10 million, said Tom Hale, a partner at Acme Capital. "
        '"It is early," Pan Jie, who founded Orbit Labs, told podcast host Luo.'
    )
    founders = facts(text, "founded")
    assert [(f["person"], f["org"]) for f in founders] == [("Pan Jie", "Orbit Labs")]
    employment = one(text, "employment")
    assert (employment["person"], employment["org"], employment["current"]) == (
        "Tom Hale", "Acme Capital", True
    )  # fmt: skip


def test_a_quoted_partner_does_not_found_the_company_discussed():
    text = "Tom Hale, a partner at Acme Capital, said Orbit Labs was founded to build robots."
    assert facts(text, "founded") == []
    assert one(text, "employment")["org"] == "Acme Capital"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pan Jie founded Orbit Labs last year.", "2024"),
        ("Pan Jie founded Orbit Labs last month.", "2025-11"),
        ("Pan Jie founded Orbit Labs in March.", "2025-03"),
        ("Pan Jie founded Orbit Labs in late 2022.", "2022-12"),
        ("Pan Jie founded Orbit Labs on March 5, 2024.", "2024-03-05"),
    ],
)
def test_dates_resolve_against_publication(text, expected):
    assert one(text, "founded")["date"] == expected


def test_sentences_split_around_abbreviations_and_quotes_match_spans():
    text = "Orbit Labs Inc. raised $5 million. Mr. Pan said so.\nQuill Labs raised $2 million."
    funding = facts(text, "funding")
    assert [f["org"] for f in funding] == ["Orbit Labs Inc.", "Quill Labs"]


def test_joining_with_a_date_and_a_title():
    stint = one("Gao Feng joined Alibaba in 2015 as a senior researcher.", "employment")
    assert (stint["start"], stint["title"]) == ("2015", "senior researcher")


WORDS = [
    "Pan Jie", "Pan", "He", "Orbit Labs", "SenseTime", "founded", "co-founded", "by", "was",
    "raised", "$5 million", "Series B", "led by", "and", ",", ".", "revenue of", "in 2024",
    "last year", "users", "10 million", "its app", "Wisp", "said", "a partner at", "PhD from",
    "joined", "left", "until", "valued at", "passed its listing hearing", "\n", "By", "'s",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join) | st.text(max_size=200))
def test_any_text_is_safe_and_quotes_match_spans(original):
    for fact in read_english(Text(original, PUBLISHED)):
        assert fact.quote == original[fact.start : fact.end]
        assert 0 <= fact.start < fact.end <= len(original)


def test_its_founder_is_the_founder_of_the_company_the_text_is_about():
    text = "Orbit Labs is a robotics company. Its founder, Pan Jie, was an engineer at Baidu."
    founded = one(text, "founded")
    assert (founded["person"], founded["org"]) == ("Pan Jie", "Orbit Labs")
    inverted = "Near Baidu's offices sits Orbit Labs. Its founder, Pan Jie, spoke."
    founders = [(f["person"], f["org"]) for f in facts(inverted, "founded")]
    assert founders == [("Pan Jie", "Orbit Labs")]  # "its" is the inverted subject, not Baidu


def test_events_for_every_company_listed_and_investors_after_raised():
    text = "Orbit Labs and Quill Labs both published prospectuses in December."
    assert {(f["org"], f["date"]) for f in facts(text, "event")} == {
        ("Orbit Labs", "2025-12"), ("Quill Labs", "2025-12")
    }  # fmt: skip
    funding = one("In January, Orbit Labs raised $60 million from Alibaba and others.", "funding")
    assert (funding["investors"], funding["date"]) == (["阿里巴巴"], "2025-01")
