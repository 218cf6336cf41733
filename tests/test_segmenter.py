"""The readers' segmentation is jieba's, word for word."""

from __future__ import annotations

import jieba

from pedigree.ingest.text.segmenter import segment

# Repeated runs, Latin and digits inside Han runs, punctuation, blank-line spaces, and names
# jieba's dictionary does not hold (its HMM finds them).
TEXT = (
    "创始人：禤之行\n创始人：郗明澈，前华为2012实验室高级工程师，北大本科。\n"
    "    \n## Neurobo  AI-Lab\n毕业于清华大学，曾任职于商汤科技、MiniMax和字节跳动。"
    "创始人：禤之行，2019年创办了测隙科技（Cexi Tech），完成3.5亿元A+轮融资！"
    "毕业于清华大学…… email: x_y@z.com 100% #1 Q&A C++\t\u3000全角ＡＢＣ"
)


def test_segment_is_jiebas_cut() -> None:
    assert segment(TEXT) == jieba.lcut(TEXT, HMM=True)
    assert segment(TEXT * 3) == jieba.lcut(TEXT * 3, HMM=True)


def test_segment_of_nothing() -> None:
    assert segment("") == [] == jieba.lcut("")


def test_hmm_is_jiebas() -> None:
    import jieba.finalseg

    from pedigree.ingest.text.segmenter import _hmm_cut

    for text in ("禤之行", "郗明澈前华为", "a禤b之1.5%行 ", "的", "囧囧囧囧", TEXT):
        assert _hmm_cut(text) == list(jieba.finalseg.cut(text))
