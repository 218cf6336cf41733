"""Counts an English text gives a product or a company: read from the clause's subject, the
pronoun or product noun that opens it, or a count that opens its clause — and the counts that
are no product's (an investor's portfolio, a specification, a customer's purchases)."""

from pedigree.ingest.text.en.reader import read_english
from pedigree.ingest.text.facts import Text


def _metrics(text: str) -> set[tuple[str, float]]:
    facts = read_english(Text(text, None))
    return {(f.fields["product"], f.fields["value"]) for f in facts if f.kind == "product_metric"}


def _products(text: str) -> set[tuple[str, str]]:
    facts = read_english(Text(text, None))
    return {(f.fields["org"], f.fields["product"]) for f in facts if f.kind == "product"}


def test_a_company_that_runs_or_operates_its_sites():
    text = (
        "Larchmere Care was founded in 2017 by Ines Ferraro, a former nurse. By the end of 2025 "
        "Larchmere operated 31 clinics. The chain now serves about 48,000 patients a year.\n"
    )
    assert _metrics(text) == {("Larchmere Care", 31), ("Larchmere Care", 48_000)}


def test_a_product_noun_with_a_plural_verb_or_a_pronoun_for_the_company():
    text = (
        "Siltbrook was founded in 2020 by Ravi Menon to make feed sensors for dairy farms. Its "
        "sensors now monitor feed on about 450 dairies. It has also trained 1,200 farm hands.\n"
    )
    assert _metrics(text) == {("Siltbrook", 450), ("Siltbrook", 1_200)}


def test_a_count_that_opens_its_clause():
    text = (
        "Orvane Marine was set up in 2019 by Lena Holt and sells a hybrid drive called the "
        "Orvane Tide. According to the company, more than 600 units had been delivered by the "
        "end of 2024, and 35 of them are in service on ferries.\n"
    )
    assert ("Orvane Marine", "Orvane Tide") in _products(text)
    assert _metrics(text) == {("Orvane Tide", 600), ("Orvane Tide", 35)}


def test_counts_that_are_no_products():
    text = (
        "Pellworth Analytics was founded in 2021 by Mara Quist. Pellworth's main backer, Fenwick "
        "Partners, has invested in over 80 companies. The Pellworth Lens laser combines up to 64 "
        "amplifiers. Its first market is people with type 2 diabetes. Tallis Build, a road "
        "contractor in Nairobi, has bought 37 excavators. The company says CadenceIQ now "
        "monitors some 48,000 rooftop units.\n"
    )
    assert _metrics(text) == set()


def test_a_makers_name_and_a_kind_of_thing_is_its_product():
    text = (
        "Quarrow was founded in 2022 by Tomas Reyes. Quarrow sells two things: the Quarrow Snap "
        "panel, which clips onto balcony rails, and Quarrow Link, our monitoring layer. We have "
        "made just over 90,000 Quarrow Snap panels.\n"
    )
    assert _products(text) >= {("Quarrow", "Quarrow Snap"), ("Quarrow", "Quarrow Link")}
    assert _metrics(text) == {("Quarrow Snap", 90_000)}


def test_a_team_page_under_a_country_domain_is_the_companys_own():
    text = (
        "brisling.no / About / Crew\n\nMEET THE CREW\n\n"
        "Brisling started in 2020 in a boathouse at Nordnes Pier with two founders and one "
        "sewing machine. Brisling Oceanwear designs drysuits for cold water.\n\n"
        "Maren Lunde\nCo-founder & CEO\nMaren spent eight years at Helly Hansen.\n\n"
        "Tobias Vik — Head of Operations\nTobias joined in 2022.\n"
    )
    facts = read_english(Text(text, None))
    orgs = {f.fields["org"] for f in facts if f.kind in ("founded", "employment")}
    assert "Nordnes Pier" not in orgs
    assert any(f.kind == "founded" and f.fields["person"] == "Maren Lunde"
               and f.fields["org"].startswith("Brisling") for f in facts)


def test_a_list_entry_headed_by_a_label_and_a_colon():
    text = (
        "The Halvorsen alumni: who left and what they built\n\n"
        "1. Rina Osei — Corvel Optics\n\nOsei founded Corvel Optics in 2019.\n\n"
        "2. Pavel Strand — Lumora Labs\n\nStrand co-founded Lumora Labs in 2020.\n\n"
        "3. Dana Kuyper — unconfirmed\n\nKuyper is rumoured to be raising money. No company "
        "has been registered in her name.\n\n"
        "The asterisk: Tomás Ferreira — Mesa Reagents\n\nFerreira is usually the first name on "
        "lists like this one, but strictly speaking he never worked at Halvorsen. He was a "
        "chemist at Hewlett-Packard from 1992 to 1998. In 2001 he founded Mesa Reagents, a "
        "distributor in Tempe.\n"
    )
    facts = read_english(Text(text, None))
    founded = {(f.fields["person"], f.fields["org"]) for f in facts if f.kind == "founded"}
    assert ("Tomás Ferreira", "Mesa Reagents") in founded
    assert not any(person == "Dana Kuyper" for person, _ in founded)


def test_a_founding_partner_who_pulled_out_before_registration():
    text = (
        "Tessel Fragrance was founded in 2021 by Luo Yan, who is its CEO. A third founding "
        "partner, Chloe Ma, a former colleague from Estée Lauder, pulled out before the company "
        "was registered and went to Procter & Gamble, where she still works.\n"
    )
    facts = read_english(Text(text, None))
    assert {f.fields["person"] for f in facts if f.kind == "founded"} == {"Luo Yan"}


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name():
    text = (
        "Elodie Marchetti founded Volta Aerial in Montreal in 2016. Choreographer Anna Kowal, a "
        "colleague of Marchetti's, helped write the first business plan. Violinist Mei Tanaka "
        "joined Volta Aerial in 2019.\n"
    )
    facts = read_english(Text(text, None))
    people = {f.fields["person"] for f in facts if "person" in f.fields}
    assert "Mei Tanaka" in people
    assert not any(p.startswith(("Choreographer", "Violinist")) for p in people)


def test_a_public_body_counts_no_product():
    text = (
        "Fernvale Vaccines makes a poultry vaccine. The Center for Veterinary Biologics licensed "
        "it in 2022. Since then it has been given to about 11 million birds on 27 farms.\n"
    )
    assert not any(p == "Center for Veterinary Biologics" for p, _ in _metrics(text))
