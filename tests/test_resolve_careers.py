"""Careers in time and founders (issue 4, model v3): the years of people's jobs, a company
both founded, surname variants and initials met by name alone. Invented people; 李斌 founding
蔚来 is public record. Records go through the store path (`pedigree.resolve.records`), written
as the labelled pairs are (`pedigree.resolve.evaluation`)."""

from __future__ import annotations

import pandas as pd

from pedigree.reference.romanise import split_han
from pedigree.resolve.evaluation import matcher_records
from pedigree.resolve.matching import AUTO_ACCEPT, REVIEW_FROM
from pedigree.resolve.records import MAX_TIE_KEY_RECORDS, busy_years, person_frame
from pedigree.resolve.resolver import predict_pairs


def _pair(pair_id: str, left: str, left_jobs: str, right: str, right_jobs: str) -> dict:
    return {
        "pair_id": pair_id,
        "left_name": left,
        "left_employers": left_jobs,
        "left_schools": "",
        "right_name": right,
        "right_employers": right_jobs,
        "right_schools": "",
        "same": "",
        "kind": "",
    }


def _scores(*pairs: dict) -> dict[str, float]:
    """Each pair's match probability (0 when blocking never compared it), all resolved
    together."""
    predicted = predict_pairs(matcher_records(list(pairs), "person"), "person")
    by_ids = {
        frozenset((left, right)): p
        for left, right, p in predicted[
            ["unique_id_l", "unique_id_r", "match_probability"]
        ].itertuples(index=False)
    }
    return {p["pair_id"]: by_ids.get(frozenset((f"{p['pair_id']}:l", f"{p['pair_id']}:r")), 0.0)
            for p in pairs}  # fmt: skip


def test_busy_years_are_those_inside_a_job():
    assert busy_years([[2015, 2019]]) == ["2016", "2017", "2018"]
    assert busy_years([[2018, 2019], [2019, 2020]]) is None  # one job after the other
    assert busy_years([[2015, 2017], [2016, 2019]]) == ["2016", "2017", "2018"]
    assert busy_years(None) is None and busy_years([]) is None


def test_a_current_job_lasts_until_its_source_was_public():
    records = matcher_records(
        [_pair("c", "何景澄", "商汤 2022-", "何景澄", "商汤 2014-2016")], "person"
    )
    busy = dict(zip(records.unique_id, records.busy_years, strict=True))
    # The labelled pairs' source is public on 2026-01-01 (evaluation.SOURCE).
    assert list(busy["c:l"]) == ["2023", "2024", "2025"]
    assert list(busy["c:r"]) == ["2015"]


def test_a_rare_name_busy_elsewhere_in_the_same_years_is_two_people():
    scores = _scores(
        _pair("clash", "何景澄", "商汤 2014-2020", "何景澄", "华为 2015-2021"),
        _pair("fits", "傅明澈", "蔚来 2012-2016", "傅明澈", "小鹏汽车 2016-"),
        _pair("undated", "于子昕", "微软", "于子昕", "谷歌"),
    )
    assert scores["clash"] < AUTO_ACCEPT
    assert scores["fits"] >= AUTO_ACCEPT
    # Years that fit say more than no years at all.
    assert scores["fits"] > scores["undated"]


def test_founders_of_a_large_company_are_one_person_and_its_staff_are_not():
    scores = _scores(
        _pair("founders", "李斌", "蔚来 founder 2014-", "李斌", "蔚来 founder"),
        _pair("staff", "李斌", "蔚来 2016-", "李斌", "蔚来"),
    )
    assert scores["founders"] >= AUTO_ACCEPT
    assert scores["staff"] < AUTO_ACCEPT


def test_surname_variants_are_one_surname():
    assert split_han("阎俊杰") == split_han("閆俊杰") == ("闫", "俊杰")
    assert split_han("蕭亞軒") == ("肖", "亚轩")
    assert _scores(_pair("yan", "闫俊杰", "", "阎俊杰", ""))["yan"] >= AUTO_ACCEPT


def test_an_initial_meets_full_names_by_name_alone_only_when_few_share_it():
    score = _scores(_pair("shi", "J. Shi", "Pony.ai", "Jiashu Shi", ""))["shi"]
    assert REVIEW_FROM <= score < AUTO_ACCEPT  # for a person to decide
    many = MAX_TIE_KEY_RECORDS + 1
    records = person_frame(
        pd.DataFrame(
            {
                "entity_id": [f"full-{i}" for i in range(many)] + ["initial"],
                "names": [["Jiashu Shi"]] * many + [["J. Shi"]],
                "employers": [None] * (many + 1),
                "schools": [None] * (many + 1),
            }
        )
    )
    assert records.partial_initial.isna().all()
