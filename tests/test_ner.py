"""NER plumbing on made-up fixtures: tags to spans, readers, features, a tiny trained model."""

import json

import pytest

from pedigree.errors import PedigreeError
from pedigree.ingest.text import ner


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-NAME", "E-NAME", "O"], [("NAME", 0, 2)]),
        (["S-ORG", "B-TITLE", "M-TITLE", "E-TITLE"], [("ORG", 0, 1), ("TITLE", 1, 4)]),
        (["B-ORG", "M-ORG", "O", "M-ORG"], [("ORG", 0, 2), ("ORG", 3, 4)]),  # broken runs
        (["B-ORG", "E-NAME"], [("ORG", 0, 1), ("NAME", 1, 2)]),
        ([], []),
    ],
)
def test_spans(tags, expected):
    assert ner.spans(tags) == expected


def test_readers(tmp_path):
    resume = tmp_path / "r.bmes"
    resume.write_text("王 B-NAME\n五 E-NAME\n好 O\n\n甲 S-ORG\n", encoding="utf-8")
    sentences = ner.read_resume(resume)
    assert [(s.text, s.tags) for s in sentences] == [
        ("王五好", ["B-NAME", "E-NAME", "O"]),
        ("甲", ["S-ORG"]),
    ]
    cluener = tmp_path / "c.json"
    items = [
        {"text": "张三任甲公司总监", "label": {"name": {"张三": [[0, 1]]},
                                              "company": {"甲公司": [[3, 5]]},
                                              "position": {"总监": [[6, 7]]}}},
        {"text": "读一本书", "label": {"book": {"书": [[3, 3]]}}},
    ]  # fmt: skip
    # Objects follow one another without being one per line.
    cluener.write_text(json.dumps(items[0], ensure_ascii=False) + json.dumps(items[1]), "utf-8")
    first, second = ner.read_cluener(cluener)
    assert ner.spans(first.tags) == [("NAME", 0, 2), ("ORG", 3, 6), ("TITLE", 6, 8)]
    assert second.tags == ["O"] * 4


def test_features_align_with_characters():
    text = "闫俊杰是MiniMax的创始人，2021年"
    rows = ner.features(text)
    assert len(rows) == len(text)
    assert "c0=闫" in rows[0] and "c-1=<s>" in rows[0]
    assert "t0=latin" in rows[4] and "t0=digit" in rows[-2]
    assert any(f.startswith("w=") for f in rows[0])


def test_train_tag_and_evaluate(tmp_path):
    sentences = [
        ner.Sentence("王伟加入甲公司", ["B-NAME", "E-NAME", "O", "O", "B-ORG", "M-ORG", "E-ORG"]),
        ner.Sentence("李娜加入乙公司", ["B-NAME", "E-NAME", "O", "O", "B-ORG", "M-ORG", "E-ORG"]),
    ] * 5
    model = ner.train(sentences, tmp_path / "m.crfsuite", iterations=30)
    tagger = ner.Tagger(model)
    assert tagger.entities("王伟加入甲公司") == [("NAME", 0, 2), ("ORG", 4, 7)]
    scores = ner.evaluate(tagger, sentences[:2])
    assert scores["micro"]["f1"] == 1.0 and scores["NAME"]["gold"] == 2
    assert tagger.entities("") == []


def test_an_entity_never_ends_in_a_closer_it_did_not_open(tmp_path, monkeypatch):
    """最高法”: the tagger ran onto the closing quote; 罗氏（中国） keeps its own bracket."""
    tags = ["B-NAME", "E-NAME", "O", "O", "B-ORG", "M-ORG", "E-ORG"]
    sentences = [ner.Sentence("王伟加入甲公司", tags)]
    tagger = ner.Tagger(ner.train(sentences * 5, tmp_path / "m.crfsuite", iterations=5))
    text = "下称“最高法”，罗氏（中国）"
    tags = ["O"] * len(text)
    tags[3:7] = ["B-ORG", "M-ORG", "M-ORG", "E-ORG"]  # 最高法”
    tags[8:14] = ["B-ORG", "M-ORG", "M-ORG", "M-ORG", "M-ORG", "E-ORG"]  # 罗氏（中国）
    monkeypatch.setattr(tagger, "tag", lambda *_, **__: tags)
    assert [text[s:e] for _, s, e in tagger.entities(text)] == ["最高法", "罗氏（中国）"]


def test_missing_model_and_data(tmp_path, monkeypatch):
    with pytest.raises(PedigreeError, match="no NER model"):
        ner.Tagger(tmp_path / "none.crfsuite")
    monkeypatch.setenv("PEDIGREE_DATA", str(tmp_path))
    with pytest.raises(PedigreeError, match="no NER data"):
        ner.data_folder()


def test_bundled_model_finds_people_organisations_and_titles():
    text = "张伟是北京大学的教授，曾任腾讯公司副总裁。"
    found = {(label, text[start:end]) for label, start, end in ner.default_tagger().entities(text)}
    assert {
        ("NAME", "张伟"),
        ("ORG", "北京大学"),
        ("ORG", "腾讯公司"),
        ("TITLE", "副总裁"),
    } <= found


def test_known_organisations_are_marked_in_any_script():
    from pedigree.ingest.text.gazetteer import organization_marks

    text = "前商湯科技副總裁加入紅杉中國，又去了SenseTime"
    marks = organization_marks(text)
    assert "".join(m or "." for m in marks) == ".BMME.....BMME....BMMMMMMME"


def test_traditional_and_full_width_text_look_the_same_to_the_model():
    assert ner.features("前商湯科技副總裁，ＣＴＯ") == ner.features("前商汤科技副总裁,CTO")
