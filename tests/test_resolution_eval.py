"""The match models against the labelled pairs in tests/data/resolution (issue 4): precision and
recall of the automatic merges, people and organisations, with hard negatives."""

from __future__ import annotations

import pytest

from pedigree.resolve.evaluation import GOALS, evaluate, load_pairs, main
from pedigree.resolve.matching import AUTO_ACCEPT

# Measured on the bundled pairs with the v3 models (the person goal is not met yet, see
# test_goals): a change that lowers these fails, one that raises them should raise the floor.
# The person file grew at v3 by 30 pairs with dated careers and founders (18 same, 12
# different), so its recall is not comparable with v2's 0.807 on the first 387.
FLOORS = {"person": (0.98, 0.85), "organization": (0.98, 0.97)}  # precision, recall


@pytest.fixture(scope="module", params=sorted(FLOORS))
def result(request):
    return evaluate(request.param)


def test_labelled_files_are_large_enough_and_hard():
    people, orgs = load_pairs("person"), load_pairs("organization")
    assert len(people) >= 300 and len(orgs) >= 150
    person_kinds = {p["kind"] for p in people if p["same"] == "false"}
    org_kinds = {p["kind"] for p in orgs if p["same"] == "false"}
    assert {"common_name_different_career", "homophone_different_people"} <= person_kinds
    assert {"similar_name_different_company", "famous_look_alike"} <= org_kinds
    assert len({p["pair_id"] for p in people}) == len(people)


def test_measured_floor(result):
    precision, recall = FLOORS[result["entity_type"]]
    assert result["precision"] >= precision, result["errors"]
    assert result["recall"] >= recall, result["errors"]
    assert result["tp"] + result["fp"] + result["fn"] + result["tn"] == result["pairs"]


def test_goals(result, request):
    if result["entity_type"] == "person":
        # Strict: reaching the goal fails this marker, so that it is taken off.
        request.applymarker(pytest.mark.xfail(reason="person recall below 0.90", strict=True))
    precision, recall = GOALS[result["entity_type"]]
    assert result["precision"] >= precision and result["recall"] >= recall


def test_main_prints_a_table_and_json(capsys):
    main(["organization"])
    assert "precision" in capsys.readouterr().out
    main(["--json", "person"])
    assert '"entity_type": "person"' in capsys.readouterr().out


def test_the_threshold_sweep_agrees_with_the_auto_accept_scores(result):
    at_auto = next(t for t in result["thresholds"] if t["threshold"] == AUTO_ACCEPT)
    assert (at_auto["precision"], at_auto["recall"]) == (result["precision"], result["recall"])
    recalls = [t["recall"] for t in result["thresholds"]]
    assert recalls == sorted(recalls, reverse=True)  # a higher bar merges fewer pairs


def test_years_and_founding_decide_what_names_cannot():
    """Namesakes busy at different employers in the same years stay apart, though most share a
    rare name; founders of one company merge, though it is large and some names are common."""
    kinds = evaluate("person")["kinds"]
    assert kinds["namesake_busy_elsewhere"]["errors"] == 0
    assert kinds["founders_same_company"]["errors"] == 0
