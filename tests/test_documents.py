import pytest
from hypothesis import given
from hypothesis import strategies as st

from pedigree.errors import PedigreeError
from pedigree.ingest.text.documents import read_document
from pedigree.ingest.text.normalise import fold

SENTENCE = "前商湯科技副總裁閆俊杰創立了MiniMax，估值超過25億美元。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5"])
def test_encodings(tmp_path, encoding):
    text = SENTENCE * 4 + "\n" if encoding != "gb18030" else SENTENCE.replace("閆", "闫") * 4 + "\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_html_main_text(tmp_path):
    page = (
        "<html><head><title>商汤系</title><meta name='date' content='2025-12-24'></head><body>"
        "<nav><a href='/'>首页</a> <a href='/x'>科技</a></nav><article><h1>商汤系的创业者</h1>"
        f"<p>{SENTENCE}</p><p>第二段：MiniMax在2025年12月下旬通过港交所聆讯，并发布了招股书。</p>"
        "</article><footer>版权所有 © 某某网站</footer></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    document = read_document(path)
    assert SENTENCE in document.text and "通过港交所聆讯" in document.text
    assert "版权所有" not in document.text
    assert str(document.published) == "2025-12-24"


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "the file is empty"), (b"   \n", "the file is empty"),
     (bytes(range(256)) * 8, "binary")],
)  # fmt: skip
def test_bad_files(tmp_path, content, problem):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(PedigreeError, match=problem):
        read_document(path)


def test_unsupported_and_missing(tmp_path):
    with pytest.raises(PedigreeError, match="unsupported file type"):
        read_document(tmp_path / "a.pdf")
    with pytest.raises(PedigreeError, match="cannot read"):
        read_document(tmp_path / "missing.txt")


def test_fold_keeps_offsets():
    folded = fold("ＭｉｎｉＭａｘ的創始人閆俊杰（前商湯）")
    assert folded == "MiniMax的创始人闫俊杰(前商汤)"


def test_fold_curls_straight_quotes_only_around_chinese():
    folded = fold('旗下"砺码标注云"平台; the app "Luma", a 5" screen')
    assert folded == '旗下“砺码标注云”平台; the app "Luma", a 5" screen'


def test_fold_reads_written_cantonese_as_mandarin_one_character_for_one():
    assert fold("我喺德勤做咗八年，佢係我嘅拍檔") == "我在德勤做了八年,他是我的拍档"
    assert fold("投資者關係部") == "投资者关系部"  # 係 is 是 only after a pronoun or an adverb


@given(st.text())
def test_fold_never_changes_length(text):
    assert len(fold(text)) == len(text) == len(fold(text, lower=True))
