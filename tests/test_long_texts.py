"""Long texts: read in pieces of bounded length, so reading costs what a text is long and not
its square, with progress, and with the same facts where a text is short."""

from __future__ import annotations

import pytest

import pedigree.ingest.text.extract as extraction
from pedigree.ingest.text.pieces import pieces
from pedigree.ingest.text.zh.foreign_names import foreign_names
from pedigree.ingest.text.zh.sentences import LONGEST_SENTENCE

ARTICLE = "前商汤科技研究员骆明远于2019年创办了星河智能，任首席执行官。"
FILLER = "今天天气很好，大家都出去散步了。公园里的人很多，孩子们在草地上玩耍。\n\n"


def covered(text: str, spans: list[tuple[int, int]]) -> bool:
    return spans[0][0] == 0 and spans[-1][1] == len(text) and all(
        a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False)
    )


def test_a_short_text_is_one_piece():
    assert pieces("短文。", limit=100) == [(0, 3)]


def test_pieces_cover_the_text_and_are_bounded():
    text = FILLER * 40
    spans = pieces(text, limit=300)
    assert covered(text, spans)
    assert len(spans) > 1
    assert all(end - start <= 300 for start, end in spans)


def test_pieces_end_at_paragraphs_where_there_are_some():
    text = FILLER * 40
    for _, end in pieces(text, limit=300)[:-1]:
        assert text[end - 2 : end] == "\n\n"


def test_a_text_without_line_breaks_is_cut_after_a_sentence():
    text = FILLER.replace("\n", "") * 40
    for _, end in pieces(text, limit=300)[:-1]:
        assert text[end - 1] in "。，"[:1]


def test_a_text_without_any_boundary_is_cut_at_the_limit():
    spans = pieces("的" * 1000, limit=300)
    assert covered("的" * 1000, spans)
    assert [end - start for start, end in spans] == [300, 300, 300, 100]


def test_a_long_text_is_read_in_pieces_and_facts_keep_their_places(monkeypatch):
    monkeypatch.setattr(extraction, "PIECE_LIMIT", 400)
    read_lengths = []
    reader = extraction._read

    def spy(text, language):
        read_lengths.append(len(text.original))
        return reader(text, language)

    monkeypatch.setattr(extraction, "_read", spy)
    text = FILLER * 20 + ARTICLE + "\n\n" + FILLER * 20
    facts = extraction.extract(text)
    assert max(read_lengths) <= 400
    assert len(read_lengths) > 3
    founded = [f for f in facts if f.kind == "founded"]
    assert [(f.fields["person"], f.fields["org"]) for f in founded] == [("骆明远", "星河智能")]
    for fact in facts:
        assert text[fact.start : fact.end] == fact.quote


def test_the_same_claim_in_two_pieces_is_one_fact(monkeypatch):
    monkeypatch.setattr(extraction, "PIECE_LIMIT", 400)
    text = ARTICLE + "\n\n" + FILLER * 10 + ARTICLE
    founded = [f for f in extraction.extract(text) if f.kind == "founded"]
    assert len(founded) == 1
    assert founded[0].start < 10  # the first place it was read


def test_progress_is_told_after_each_piece(monkeypatch):
    monkeypatch.setattr(extraction, "PIECE_LIMIT", 400)
    text = FILLER * 30
    heard = []
    extraction.extract(text, on_progress=lambda done, total: heard.append((done, total)))
    assert len(heard) == len(pieces(text, 400))
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert heard[-1] == (len(text), len(text))


@pytest.mark.parametrize("text", ["的" * 5000, "张三，" * 2000])
def test_a_text_without_stops_has_bounded_sentences(text):
    from pedigree.ingest.text.entities import Mentions, Registry
    from pedigree.ingest.text.facts import Text
    from pedigree.ingest.text.layout import read_layout
    from pedigree.ingest.text.zh.context import Context

    read = Text(text)
    context = Context(read, read_layout(read.folded, "zh"), Mentions([]), Registry())
    assert max(end - start for start, end in context.sentences) <= LONGEST_SENTENCE
    spans = context.sentences
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_a_transliterated_name_after_a_long_run_of_characters():
    assert foreign_names("的" * 5000 + "前西门子员工蒂莫·克劳斯说") == {"蒂莫·克劳斯"}


@pytest.mark.parametrize(
    "line", ["明報｜創科人物｜2025年8月5日", "张三｜2025-08-05", "晚报 | 人物 | 2024年3月"]
)
def test_a_masthead_is_still_a_masthead_within_its_reach(line):
    from pedigree.ingest.text.zh.people import _MASTHEAD

    assert _MASTHEAD.search(line)


def test_a_line_of_many_bars_is_no_masthead():
    from pedigree.ingest.text.zh.people import _MASTHEAD

    assert _MASTHEAD.search("｜".join(["张三"] * 2000)) is None


def test_the_api_tells_progress_per_file(monkeypatch, tmp_path):
    from pedigree import api

    monkeypatch.setattr(extraction, "PIECE_LIMIT", 400)
    path = tmp_path / "long.txt"
    path.write_text(FILLER * 30, encoding="utf-8")
    heard = []
    api.extract([path], on_progress=lambda *told: heard.append(told))
    assert {file for file, _, _ in heard} == {path}
    assert heard[-1][1] == heard[-1][2] == len(FILLER * 30)
