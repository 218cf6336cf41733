import pytest

from pedigree.errors import Ambiguous, NotFound
from pedigree.ingest import load_tables
from pedigree.names import name_key
from pedigree.store.lookup import find_entity
from tests.world import write_tables


@pytest.mark.parametrize(
    "name", ["阿尔法视觉", "阿爾法視覺", "Alpha Vision", "alpha vision", "ＡＬＰＨＡ　ＶＩＳＩＯＮ",
             "阿尔法", "上海阿尔法智能科技有限公司", "alpha"],
)  # fmt: skip
def test_any_script_or_alias_reaches_the_organisation(world, name):
    assert find_entity(world.con, name, "organization") == "alpha"


def test_people_by_traditional_and_english_names(world):
    assert find_entity(world.con, "王偉", "person") == "wang"
    assert find_entity(world.con, "Wang Wei", "person") == "wang"


def test_unknown_names_get_suggestions(world):
    with pytest.raises(
        NotFound, match=r"no organisation named 'Alpha'.*did you mean: .*Alpha Vision"
    ):
        find_entity(world.con, "Alpha", "organization")
    with pytest.raises(NotFound, match=r"^no person named 'Nobody At All'$"):
        find_entity(world.con, "Nobody At All", "person")


def test_shared_names_are_ambiguous(world, tmp_path):
    people = "id,name,aliases\nwang2,王伟,Wei Wang\n"
    load_tables(world, [write_tables(tmp_path / "dup", {"people.csv": people})])
    with pytest.raises(Ambiguous, match="2 people are named '王伟'.*wang .*wang2"):
        find_entity(world.con, "王伟", "person")
    assert find_entity(world.con, "wang2", "person") == "wang2"


def test_name_keys():
    assert name_key("商湯科技") == name_key("商汤科技") == "商汤科技"
    assert name_key(" SenseTime, Inc. ") == "sensetimeinc"
    assert name_key("Ｍｉｎｉ Ｍａｘ") == "minimax"
