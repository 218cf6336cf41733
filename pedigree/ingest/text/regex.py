"""Regular expressions built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, longest first, written as a trie
    (商汤(?:科技)?) so that a position is rejected after one character, not one try per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        # A word may end here: the rest is optional, tried first (greedy) so longer names win.
        return f"(?:{body})?" if "" in node else body

    return "(?:" + branch(trie) + ")"


def matches_before(
    pattern: re.Pattern[str], anchors: re.Pattern[str], text: str, nearest: int, farthest: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches can only start between `farthest`
    and `nearest` characters before a match of `anchors`: tried there alone, not at every
    position of the text (the same matches, left to right, never overlapping)."""
    position = 0  # where the next match may start: after the last one and what was tried
    for anchor in anchors.finditer(text):
        p = max(position, anchor.start() - farthest)
        while p <= anchor.start() - nearest:
            match = pattern.match(text, p)
            if match:
                yield match
                p = match.end()
            else:
                p += 1
        position = max(position, p)


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last of `pattern`'s matches in text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found
