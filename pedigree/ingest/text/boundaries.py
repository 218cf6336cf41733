"""Where one article ends and the next begins, in a file that holds several (`cat a.txt b.txt`,
an export of a feed, a digest separated by `---`).

Each article is read on its own: with its own publication date (今年 in a 2023 piece is not
2025), and without its 他 or 该公司 reaching back into the story before it. A file is split only
when it opens with a dated header — a short line that is mostly a date, such as `36氪
2025-03-18 09:12`, `數位時代｜創業｜2025.03.18` or `Rachel Dorsey / 9:00 AM PDT • May 20, 2025`,
within its first lines — and later holds another such header: after a separator line (`---`,
`***`, a form feed) or on its own under a short headline. A single article, a bio list or a
demo-day post has one header, so it stays whole; each part is at least MIN_CHARS long.
"""

from __future__ import annotations

import re

MIN_CHARS = 100
HEADER_LINES = 6  # a header's dateline is among the first non-empty lines of its article
TITLE_LINES = 4  # short lines above a dateline that belong to its header (headline, byline)
SHORT = 160  # a headline or byline is shorter than this; a paragraph is longer

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = re.compile(
    r"(?:19|20)\d\d\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}日?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_SENTENCE = re.compile(r"[，。；！？]|[a-z]{2,}[.!?](?:\s|$)")
# A field's label right before the date: a record's field, not a header, unless the file's first
# header is the same field (a feed's 发布时间：… repeated on each article).
_FIELD = re.compile(r"^\s*([^\d\s：:|｜•/]{1,12})\s*[：:]\s*$")
# …unless the label says when the piece was published, as a header's does.
_PUBLISHED = re.compile(
    r"(?:发布|發布|发表|發表|更新|刊登|出版)?(?:时间|時間|日期|于|於)"
    r"|(?i:published|posted|updated|date)(?: on)?"
)
# The gap between a table's columns set in spaces: a tab, or two spaces or more.
_COLUMN_GAP = re.compile(r"\t|[ \u3000]{2,}")
_SEPARATOR = re.compile(r"^[ \t]*(?:([-*_=])(?:[ \t]*\1){2,}|\f)[ \t]*$")
_BYLINE = re.compile(r"^\s*(?:By |Written by |文|作者|撰文|撰稿|记者|記者|来源|來源|编辑|編輯)")
# How a story's last lines look (and a headline does not): a full stop, a closing quote or
# bracket, a colon at the end; a media contact, an address.
_PARAGRAPH_END = re.compile(
    r"[。.”\"」』)）:：]\s*$|@|https?://|^\s*(?:媒体联系|媒體聯繫|联系|聯繫|Media Contact|Contact)"
)


def is_dateline(line: str, above: str = "") -> bool:
    """A header's date line: short, a full date, no sentence, and something beside the date (a
    publisher, a byline, a time of day) or a byline just `above` it — a bare date alone is more
    often a timeline's heading."""
    stripped = line.strip()
    if stripped.startswith("|"):
        return False  # a table's row (| 姓名 | 職位 | 2021年6月8日 |): a record, not a header
    if len(_COLUMN_GAP.findall(stripped)) >= 2:
        return False  # 饒振邦　　62　　主席…　　2024年6月18日: a row of a table set in spaces
    found = _DAY.search(stripped)
    if found is None or len(stripped) > 60 or _SENTENCE.search(stripped):
        return False
    rest = stripped[: found.start()] + stripped[found.end() :]
    return (
        bool(_TIME.search(rest))
        or len(re.sub(r"[\W_]", "", rest)) >= 2
        or bool(_BYLINE.match(above) and len(above.strip()) < 40)
    )


def field_label(line: str) -> str | None:
    """The label of a date given as a field (`Born: 14 August 1978`, `事實發生日：2025/08/14`)."""
    found = _DAY.search(line)
    label = _FIELD.match(line[: found.start()]) if found else None
    if label is None or _PUBLISHED.fullmatch(label.group(1).strip()):
        return None
    return label.group(1)


def _datelines(lines: list[str], filled: list[int]) -> list[bool]:
    """For each non-empty line, whether it is a header's date line."""
    return [is_dateline(lines[i], lines[filled[k - 1]] if k else "") for k, i in enumerate(filled)]


def document_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each article in `text`, in order; one span when it holds one."""
    lines = re.split(r"[\n\f]", text)  # a form feed starts a page: a line of its own
    starts = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    dated = _datelines(lines, filled)
    if not any(dated[:HEADER_LINES]):
        return [(0, len(text))]
    header_end = dated.index(True)
    opening_label = field_label(lines[filled[header_end]])
    cuts = [0]
    for position, i in enumerate(filled):
        if position <= header_end:
            continue
        start = None
        if _SEPARATOR.match(lines[i]) or "\f" in lines[i]:
            if _header_follows(lines, filled, dated, position):
                start = starts[i] + len(lines[i]) + 1
        elif dated[position] and field_label(lines[i]) in (None, opening_label):
            start = starts[_header_top(lines, filled, position)]
        if start is not None and start - cuts[-1] >= MIN_CHARS and start > cuts[-1]:
            cuts.append(start)
    cuts = [c for c in cuts if c < len(text)]
    spans = [(a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] < MIN_CHARS:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


def _header_follows(lines: list[str], filled: list[int], dated: list[bool], at: int) -> bool:
    """Whether a dateline follows the separator at `at` with only short header lines between."""
    for k in range(at + 1, min(at + 1 + HEADER_LINES, len(filled))):
        if dated[k]:
            return True
        line = lines[filled[k]]
        if len(line.strip()) >= SHORT or _PARAGRAPH_END.search(line):
            return False
    return False


def _header_top(lines: list[str], filled: list[int], position: int) -> int:
    """The first line of the header a dateline belongs to: the short lines right above it
    (headline, byline), or the dateline itself when a paragraph ends just above."""
    top = filled[position]
    for back in range(1, TITLE_LINES + 1):
        if position - back < 0:
            break
        line = lines[filled[position - back]]
        if len(line.strip()) >= SHORT or _SEPARATOR.match(line) or _PARAGRAPH_END.search(line):
            break
        top = filled[position - back]
    return top
