"""What the text of a fact says, read where the data is (Ibis expressions): whether a degree is a
finished PhD, whether an honour is the person's advisor's, how many papers or GPUs a text
states, and which product metrics count as reach (users, revenue). The patterns are RE2 and Java
syntax alike (no look-arounds), so the same expressions run on DuckDB and Spark; the founder
scores (`pedigree.analytics.scores`) read facts through them.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

# A finished PhD in an education stint's title or a PhD credential's detail; studying for one,
# a postdoc or an honorary title is not one. Lower-cased text; RE2 and Java syntax alike (no
# look-arounds).
PHD_PATTERN = r"ph\.?\s*d|博士|doctor|dphil|d\.phil"
NOT_PHD_PATTERN = (
    r"博士后|postdoc|post-doc|博士生|honorary|荣誉|"
    r"在读|年级|休学|肄业|辍学|退学|candidate|student|dropout|dropped out|pursuing|on leave"
)
# Study not finished, as the quote of a degree says it (博士四年级, 博士休学, 在读, PhD
# candidate). Read from the quote only for these words: a quote often names other degrees too
# (…博士，斯坦福博士后), so a postdoc or 博士生导师 there says nothing of this degree.
IN_PROGRESS_PATTERN = (
    r"在读|[一二三四五六七八九1-9]\s*年级|休学|肄业|辍学|退学|读博中|candidate|"
    r"pursuing|dropped out|dropout|on leave|(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))"
    r"[- ]year\s+ph\.?\s*d"
)
# An honour of someone else: the person's advisor (师从图灵奖获得者, advised by a Nobel
# laureate). Matched in the credential's detail, or in the clause of the quote just before it.
ADVISOR_PATTERN = (
    r"师从|师承|导师(?:是|为|系)|拜师|跟随|advis(?:or|er|ed by)|supervis(?:or|ed by)|"
    r"mentored by|student of|"
    r"under (?:the )?(?:guidance|supervision)"
)
# The last clause of a text: what follows its last comma, semicolon or full stop.
LAST_CLAUSE_PATTERN = r"([^，,；;。.！!？?]*)$"
# A stated number of papers: "published 12 papers", "30+ papers", 发表论文30余篇. A singular
# "paper" after a number is a year ("CVPR 2019 best paper"), so only plurals and 篇 count.
PAPER_COUNT_PATTERN = (
    r"(\d[\d,]*)\s*(?:\+|余|多)?\s*(?:篇|(?:[a-z-]+\s+){0,3}(?:papers|publications|articles)\b)"
)
# User and revenue metrics of a product (lower-cased metric names).
REACH_METRIC_PATTERN = (
    r"user|dau|mau|download|subscri|customer|revenue|arr\b|gmv|sales|用户|收入|营收|销售"
)
# Compute commanded: "4000+ GPUs", "1.2万张GPU", "10k A100s", and in words 万卡, 两千张卡.
GPU_UNIT_PATTERN = r"(?:gpu|显卡|卡|card|chip|a100|h100|h800|a800|h20)"
GPU_DIGITS_PATTERN = (
    r"(\d[\d,]*(?:\.\d+)?)\s*(万|千|k)?\s*(?:\+|多|余)?\s*(?:张|块|个)?\s*(?:[a-z0-9-]+\s+)?"
    + GPU_UNIT_PATTERN
)
GPU_WORDS_PATTERN = (
    r"([一二两三四五六七八九十]?)\s*(万|千|百)\s*(?:\+|多|余)?\s*(?:张|块)?\s*" + GPU_UNIT_PATTERN
)
_DIGIT_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_DIGIT_WORDS |= {"九": 9, "十": 10}


def is_phd(title: ir.StringValue, quote: ir.StringValue | None = None) -> ir.BooleanValue:
    """Whether an education stint's title (degree) is a finished PhD, and its `quote` (if given)
    does not say the study is still going or was left (博士四年级, 博士休学, 在读)."""
    text = title.lower()
    finished = text.re_search(PHD_PATTERN) & ~text.re_search(NOT_PHD_PATTERN)
    return finished if quote is None else finished & ~in_progress(quote)


def in_progress(quote: ir.StringValue) -> ir.BooleanValue:
    """Whether a degree's quote says the study is unfinished (false when there is no quote)."""
    return quote.lower().re_search(IN_PROGRESS_PATTERN).fill_null(False)


def advisors_honour(detail: ir.StringValue, quote: ir.StringValue) -> ir.BooleanValue:
    """Whether an award or medal belongs to the person's advisor, not to them: the detail
    says so (师从图灵奖获得者), or in the quote the clause leading up to the detail does
    (师从图灵奖获得者姚期智, for the detail 图灵奖). An advisor in another clause
    (师从某教授，获国家奖) leaves the award to the person."""
    detail, quote = detail.fill_null(""), quote.fill_null("")
    at = quote.find(detail)
    lead = quote.substr(0, at).re_extract(LAST_CLAUSE_PATTERN, 1)
    in_detail = detail.lower().re_search(ADVISOR_PATTERN)
    in_lead = (detail != "") & (at >= 0) & lead.lower().re_search(ADVISOR_PATTERN)
    return (in_detail | in_lead).fill_null(False)


def paper_count(detail: ir.StringValue) -> ir.FloatingValue:
    """The number of papers a paper credential's detail states; 1 when it states none."""
    found = detail.lower().re_extract(PAPER_COUNT_PATTERN, 1).replace(",", "").nullif("")
    return found.cast("float64").fill_null(1.0)


def gpu_count(resources: ir.StringValue) -> ir.FloatingValue:
    """The number of GPUs a stint's resources text names (4000+ GPUs, 1.2万张GPU, 万卡); null
    when it names none (servers, budgets)."""
    text = resources.lower()
    number = text.re_extract(GPU_DIGITS_PATTERN, 1).replace(",", "").nullif("").cast("float64")
    scale = _scale(text.re_extract(GPU_DIGITS_PATTERN, 2))
    digit = text.re_extract(GPU_WORDS_PATTERN, 1)
    word_scale = text.re_extract(GPU_WORDS_PATTERN, 2).nullif("")
    in_words = digit.substitute(_DIGIT_WORDS, else_=1).cast("float64") * _scale(word_scale)
    return ibis.coalesce(number * scale, ibis.ifelse(word_scale.isnull(), None, in_words))


def _scale(unit: ir.StringValue) -> ir.FloatingValue:
    return ibis.cases(
        (unit == "万", 10_000.0),
        (unit == "千", 1_000.0),
        (unit == "k", 1_000.0),
        (unit == "百", 100.0),
        else_=1.0,
    )
