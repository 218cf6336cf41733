"""A press release's media contact (媒体联系人：/ 童瑶 / 朗道公关（代表瑞芷医疗）): the person named
there works at the agency named with them — not at the company the release speaks for.

The block is laid out, not written in sentences: a name alone on a line and an agency's name
are read here by their shape, since the prose readers need words around a name to find it.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.name_candidates import looks_like_name

_HEAD = re.compile(
    r"^[ \t　*]*(?:媒体联系(?:人|方式)?|新闻联络人?|媒体垂询|媒体查询|传媒联络)"
    r"[ \t　*]*[:：]?[ \t　]*"
)
# An agency's name: a run ending in what such firms call themselves.
_AGENCY = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}?(?:公关|传播|公共关系)(?:顾问)?(?:有限公司|公司)?"
)
_LOOKAHEAD = 4  # lines after the heading that may hold the contact


def read_contacts(ctx: Context) -> list[Fact]:
    folded = ctx.text.folded
    facts = []
    for window_start in _headings(folded):
        window_end = _window_end(folded, window_start)
        window = folded[window_start:window_end]
        agency = _AGENCY.search(window)
        person = next(
            (t for t in re.split(r"[\s　（）()，,、|｜:：]+", window) if t and looks_like_name(t)),
            None,
        )
        if agency is None or person is None:
            continue
        facts.append(
            ctx.text.fact(
                "employment",
                (window_start, window_end),
                0.75,
                {},
                person=person,
                org=agency.group(),
                title=None,
                current=True,
            )
        )
    return facts


def _headings(folded: str) -> list[int]:
    """Where each contact block's text starts: after its heading, on the same line or below."""
    found = []
    position = 0
    for line in folded.split("\n"):
        match = _HEAD.match(line)
        if match:
            found.append(position + match.end())
        position += len(line) + 1
    return found


def _window_end(folded: str, start: int) -> int:
    """The end of the contact block: a few lines on, stopping at a blank line once text came."""
    end, seen, lines = start, False, 0
    while end < len(folded) and lines <= _LOOKAHEAD:
        line_end = folded.find("\n", end)
        line_end = len(folded) if line_end < 0 else line_end
        if folded[end:line_end].strip():
            seen = True
        elif seen:
            break
        end, lines = line_end + 1, lines + 1
    end = min(end, len(folded))
    return len(folded[:end].rstrip())
