"""People a text names near a founding who founded nothing: someone others believed or listed
as a founder, someone meant to found the company who went elsewhere before it existed, and a
writer's name over an English story's dateline."""

from datetime import date

from pedigree.ingest.text.extract import extract
from pedigree.ingest.text.layout import read_layout


def _founders(text: str, lang: str = "zh") -> set[tuple[str, str]]:
    found = extract(text, lang=lang, published=date(2025, 9, 1))
    return {(f.fields["person"], f.fields["org"]) for f in found if f.kind == "founded"}


def test_a_founder_others_only_believed_in():
    text = (
        "青禾农服成立于2021年，创始人兼CEO冉秋白此前在拜耳做了八年销售。"
        "不少同行以为前先正达华东区总监柴一鸣是青禾农服的联合创始人。冉秋白澄清，柴一鸣只是天使投资人。"
        "此外，有自媒体将农业大学教授樊晴列为青禾农服的联合创始人，公司回应称樊晴从未参与创立。"
    )
    assert _founders(text) == {("冉秋白", "青禾农服")}


def test_a_founder_rumoured_after_a_comma():
    text = (
        "青禾农服由冉秋白于2021年创办。此前有消息称，前拜耳产品经理郁川也是青禾农服的联合创始人之一。"
    )
    assert _founders(text) == {("冉秋白", "青禾农服")}


def test_someone_who_went_elsewhere_before_the_company_existed():
    text = (
        "青禾农服是一家面向果园的植保服务商。2022年，冉秋白从拜耳离职创业。"
        "最早答应和他一起创业的，是大学同学柴一鸣。"
        "但在公司注册前三个月，柴一鸣选择加入了先正达。最终和冉秋白一起创办青禾农服的，是前同事樊晴。"
    )
    assert _founders(text) == {("冉秋白", "青禾农服"), ("樊晴", "青禾农服")}


def test_the_one_who_left_is_the_subject_not_whose_colleague_he_was():
    text = (
        "青禾农服成立于2021年，由冉秋白与樊晴共同创立，冉秋白担任CEO。"
        "冉秋白在拜耳的老同事郁川参与了最早的几次讨论，但在公司注册前两个月，他决定留在拜耳。"
        "冉秋白的大学同学柴一鸣也曾参与打磨方案，但他在公司成立之前便已退出。"
    )
    founders = _founders(text)
    assert founders >= {("冉秋白", "青禾农服"), ("樊晴", "青禾农服")}
    assert not {p for p, _ in founders} & {"郁川", "柴一鸣"}


def test_a_writer_over_the_dateline_is_bylined():
    story = (
        "Tillgrove raises $12M to let farm co-ops share equipment\n\n"
        "Corinne Maddox\n"
        "9:30 AM PDT · June 3, 2025\n\n"
        "Tillgrove, a Fresno-based startup, has raised a $12 million Series A led by Accel. "
        "Co-founder and CEO Nate Brisco spent six years at John Deere before leaving in 2022.\n"
    )
    assert read_layout(story, "en").bylined == {"Corinne Maddox"}
    assert ("Nate Brisco", "Tillgrove") in _founders(story, lang="en")
    # a company's name over a press release's dateline, named again below, is no writer
    release = (
        "Harrowfield Robotics\n"
        "Mar 18, 2025, 08:00 ET\n\n"
        "FRESNO -- Harrowfield Robotics today announced a $9 million seed round.\n"
    )
    assert read_layout(release, "en").bylined == set()


def test_alumni_entries_of_people_who_founded_nothing():
    story = (
        "Dexcom's alumni have founded a string of diabetes startups.\n\n"
        "1. Laura Benning — Quillmark Health\n\n"
        "Benning left Dexcom in 2019 and founded Quillmark Health, which makes pen caps.\n\n"
        "2. Tom Adair — Sightline Retina\n\n"
        "Adair ran Dexcom's European sales until 2020. He is now CEO of Sightline Retina, a "
        "London startup. But Adair did not found it: Sightline was started in 2018 by Dr. Mei "
        "Okoro, who hired him in 2022.\n\n"
        "3. Omar Feld — the investor\n\n"
        "Not every alum became a founder. Feld was head of investment at Dexcom and is now a "
        "partner at Ridgeway Capital.\n\n"
        "Why Dexcom?\n\n"
        # (the company itself launched them: no one named founded anything)
        "Quillmark and Sightline compete now. For Medtronic, which has launched its own pen "
        "caps, they are competitors too.\n"
    )
    assert _founders(story, lang="en") == {
        ("Laura Benning", "Quillmark Health"),
        ("Mei Okoro", "Sightline Retina"),
    }
