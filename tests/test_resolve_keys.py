"""What the matcher compares (issue 4): partial names, spellings, name and employer shares,
organisation names across languages. Invented people and companies."""

from __future__ import annotations

import pandas as pd
import pytest

from pedigree.reference.romanise import is_pinyin, read_latin, romanise_all
from pedigree.resolve.commonness import (
    PSEUDO_RECORDS,
    han_name_share,
    is_large_employer,
    rare_values,
    romanised_name_share,
)
from pedigree.resolve.matching import AUTO_ACCEPT
from pedigree.resolve.name_keys import org_meaning, person_keys
from pedigree.resolve.records import founder_readings, person_frame
from pedigree.resolve.resolver import predict_pairs


@pytest.mark.parametrize(
    ("name", "surname", "given", "kind"),
    [
        ("Yan Junjie", "yan", "junjie", "pinyin"),
        ("Junjie YAN", "yan", "junjie", "pinyin"),
        ("Yan, Junjie", "yan", "junjie", "pinyin"),
        ("Xiao-Dong Su", "su", "xiaodong", "pinyin"),
        ("J. Yan", "yan", "j", "initial"),
        ("Jason He", "he", "jason", "other"),  # an English given name
        ("Tina Cheng", "cheng", "tina", "other"),  # English though it splits into pinyin
        ("Junjei Lu", "lu", "junjei", "other"),  # a slip in the spelling
        ("Kim Wong", "huang", "kim", "other"),  # Cantonese surname spelling
        ("Ka-ho Au", "ou", "kaho", "other"),
        ("Kai-Fu Lee", "li", "kaifu", "pinyin"),
    ],
)
def test_latin_names_are_read_as_surname_given_name_and_kind(name, surname, given, kind):
    latin = read_latin(name)
    assert (latin.surname, latin.given, latin.kind) == (surname, given, kind)


def test_pinyin_syllables():
    assert is_pinyin("junjie") and is_pinyin("xiaodong") and is_pinyin("zhuang")
    assert not is_pinyin("jason") and not is_pinyin("junjei") and not is_pinyin("kaho")


def test_partial_names_give_only_what_they_have():
    initial, english, han = person_keys("J. Yan"), person_keys("Jason He"), person_keys("何嘉文")
    assert initial["full"] is None and initial["initial"] == "yan j"
    assert initial["form"] == "initial"
    assert english["initial"] is None and english["surname"] == han["surname"] == "he"
    assert english["form"] == "other" and han["form"] == "han"
    # A transposed pair of letters keeps the letters: the slip meets the name it misspells.
    assert person_keys("Junjei Lu")["letters"] == person_keys("卢俊杰")["letters"]
    assert person_keys("Junjei Lu")["full"] != person_keys("卢俊杰")["full"]


def test_every_reading_of_a_founder():
    assert founder_readings("王长虎") == {"changhu wang", "wang zhanghu"}
    assert founder_readings("Wang Changhu") == {"changhu wang"}
    assert founder_readings("Frank Wang") == set()  # Frank could be anyone's English name
    assert romanise_all("闫俊杰")[0].given == "junjie"


def test_a_name_is_as_common_as_its_surname_makes_it():
    # 王 is among the commonest surnames, 骆 is not; two-character names are commoner than
    # three-character ones; a romanised spelling is commoner than any one Han name it spells.
    assert han_name_share("王磊") > han_name_share("骆磊") > han_name_share("骆海涛")
    assert romanised_name_share("haitao luo") > han_name_share("骆海涛")


def test_a_popular_given_name_makes_a_name_commoner():
    # 俊杰 is among the most popular given names of its generation, 语嫣 is not; a spelling
    # that a popular given name reads as is as common as that name's.
    assert han_name_share("胡俊杰") == pytest.approx(10 * han_name_share("胡语嫣"))
    assert romanised_name_share("hu junjie") == pytest.approx(10 * romanised_name_share("hu yuyan"))


def test_employers_are_rare_unless_large_or_common_in_the_store():
    assert is_large_employer("腾讯") and is_large_employer("Tencent")
    assert not is_large_employer("星河智能")
    small = [["org:a", "org:tencent"], ["org:a"], ["org:b"]]
    assert rare_values(small, {"org:tencent"}) == {"org:a", "org:b"}
    # In a large store its own counts decide: an employer on a fifth of the records is common.
    big = [["org:a"]] * (PSEUDO_RECORDS // 5) + [["org:b"]] * (PSEUDO_RECORDS // 10**3)
    assert rare_values(big, set()) == {"org:b"}


def _people(*rows: tuple[str, str, list[str] | None]) -> pd.DataFrame:
    return person_frame(
        pd.DataFrame(
            {
                "entity_id": [row[0] for row in rows],
                "names": [[row[1]] for row in rows],
                "employers": [row[2] for row in rows],
                "schools": [None] * len(rows),
            }
        )
    )


def _accepted(records: pd.DataFrame) -> set[frozenset[str]]:
    pairs = predict_pairs(records, "person")
    accepted = pairs[pairs.match_probability >= AUTO_ACCEPT]
    return {frozenset(p) for p in accepted[["unique_id_l", "unique_id_r"]].itertuples(index=False)}


def test_partial_names_merge_through_a_rare_employer_and_only_then():
    records = _people(
        ("yan", "闫俊杰", ["org:星河智能", "org:腾讯"]),
        ("yan-initial", "J. Yan", ["org:星河智能"]),
        ("yan-elsewhere", "J. Yan", ["org:青禾医疗"]),
        ("he", "何嘉文", ["org:灵犀机器人"]),
        ("he-english", "Jason He", ["org:灵犀机器人"]),
        ("lu", "卢俊杰", ["org:千帆智驾"]),
        ("lu-slip", "Junjei Lu", ["org:千帆智驾"]),
        ("lu-other", "Lu Junjie", ["org:启元智能"]),
    )
    accepted = _accepted(records)
    assert frozenset({"yan", "yan-initial"}) in accepted
    assert frozenset({"he", "he-english"}) in accepted
    assert frozenset({"lu", "lu-slip"}) in accepted
    # The same initial at another employer, and a same-spelled name at another one, stay apart.
    assert not any("yan-elsewhere" in pair or "lu-other" in pair for pair in accepted)


def test_a_common_name_at_a_large_employer_stays_two_people():
    records = _people(("a", "陈晨", ["org:腾讯"]), ("b", "陈晨", ["org:腾讯", "org:美团"]))
    records.loc[:, "rare_employers"] = None  # both employers are large (bundled list)
    assert _accepted(records) == set()


def test_organisation_names_meet_across_languages_by_meaning():
    assert org_meaning("星河智能") == org_meaning("Xinghe AI") == "xinghe|ai"
    assert org_meaning("北辰资本") == org_meaning("Beichen Capital") == "beichen|capital"
    assert org_meaning("北辰芯片") != org_meaning("北辰资本")
    # 科技 says nothing: nearly every Chinese company name has it.
    assert org_meaning("北京织梦科技有限公司") == org_meaning("Zhimeng") == "zhimeng|"


def _org_pair(pair_id: str, left: str, right: str) -> dict[str, str]:
    empty = dict.fromkeys(["left_aliases", "left_sector", "left_founders", "right_aliases"], "")
    return {
        **empty,
        "right_sector": "",
        "right_founders": "",
        "pair_id": pair_id,
        "left_name": left,
        "right_name": right,
        "same": "true",
        "kind": "test",
    }


def test_a_translation_two_stored_han_names_share_is_not_used():
    from pedigree.resolve.evaluation import matcher_records

    alone = matcher_records([_org_pair("a", "星河智能", "Xinghe AI")], "organization")
    assert alone.set_index("unique_id").loc["a:r", "meanings"] == ["xinghe|ai"]
    both = matcher_records(
        [_org_pair("a", "星河智能", "Xinghe AI"), _org_pair("b", "星禾智能", "Beichen Capital")],
        "organization",
    )
    # "Xinghe AI" could be 星河智能 or 星禾智能: only the weaker pinyin level compares it.
    assert both.set_index("unique_id").loc["a:r", "meanings"] is None


def test_a_han_name_meets_its_other_reading():
    assert person_keys("王长虎")["full_alt"] == person_keys("Wang Changhu")["full"]
    records = _people(
        ("wang", "王长虎", ["org:爱诗科技"]),
        ("wang-en", "Wang Changhu", ["org:爱诗科技"]),
        ("wang-other", "Wang Changhu", ["org:青禾医疗"]),
    )
    accepted = _accepted(records)
    assert frozenset({"wang", "wang-en"}) in accepted
    assert not any("wang-other" in pair and "wang" in pair for pair in accepted)


def test_a_misspelt_english_name_joins_the_founder_end_to_end(tmp_path):
    from pedigree import api
    from pedigree.ingest.articles import ingest_files
    from pedigree.store import Store

    zh = tmp_path / "zh.txt"
    zh.write_text(
        "星河智能的創始人是前百度副總裁閆俊杰。閆俊杰是清華大學博士。\n", encoding="utf-8"
    )
    en = tmp_path / "en.txt"
    en.write_text(
        "Junjei Yan, the founder of Xinghe AI, previously worked at Baidu. "
        "Xinghe AI raised $50 million in 2024.\n",
        encoding="utf-8",
    )
    with Store.memory() as store:
        ingest_files(store, [zh, en])
        api.resolve(store)
        people = store.con.execute("SELECT count(*) FROM people").fetchone()[0]
        explanation = api.why(store, "閆俊杰", "Junjei Yan")
    assert people == 1
    levels = dict(zip(explanation.features.comparison, explanation.features.level, strict=True))
    assert levels["name"].startswith("same letters")
