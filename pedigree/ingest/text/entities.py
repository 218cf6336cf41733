"""What a reader knows about a text: its mentions and the entities they name, in any language.

A mention is a span of the text; an entity is what several mentions name (顾承泽 and 他, 星渚机器人,
星渚 and 公司). Relation readers work on mentions and report entities, so a fact never lands on a
pronoun or a generic noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("person", "org", "school", "product")


@dataclass
class Entity:
    kind: str  # person, org, school or product
    name: str  # canonical: Simplified Chinese for Chinese names, English as written
    written: str  # the form the text first used (original script)
    forms: set[str] = field(default_factory=set)  # other forms the text used
    roles: set[str] = field(default_factory=set)  # what the text shows it to be: investor, …

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # person, org, school, product — or ref, a back-reference resolved later
    entity: Entity | None
    form: str = ""  # for refs: he, she, it, company, self, we …


@dataclass
class Mentions:
    """A text's mentions, sorted, with lookups by position."""

    items: list[Mention]

    def __post_init__(self) -> None:
        self.items.sort(key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.items]

    def within(self, start: int, end: int, *kinds: str) -> list[Mention]:
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self.items) and self.items[i].start < end:
            m = self.items[i]
            if m.end <= end and (not kinds or m.kind in kinds):
                found.append(m)
            i += 1
        return found

    def at(self, start: int) -> Mention | None:
        i = bisect_left(self._starts, start)
        return self.items[i] if i < len(self.items) and self.items[i].start == start else None

    def covering(self, position: int) -> Mention | None:
        i = bisect_left(self._starts, position + 1) - 1
        while i >= 0 and self.items[i].start > position - 40:
            m = self.items[i]
            if m.start <= position < m.end:
                return m
            i -= 1
        return None


class Registry:
    """Entities by canonical name and kind: one entity per name, whatever form named it."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], Entity] = {}

    def get(self, kind: str, name: str, written: str) -> Entity:
        key = ("org" if kind == "school" else kind, name)
        entity = self.by_key.get(key)
        if entity is None:
            entity = Entity(kind, name, written)
            self.by_key[key] = entity
        elif written != entity.written:
            entity.forms.add(written)
        return entity

    def find(self, kind: str, name: str) -> Entity | None:
        return self.by_key.get(("org" if kind == "school" else kind, name))

    def all(self, *kinds: str) -> list[Entity]:
        # (dict.fromkeys: an entity filed under a second name, "known as" it, is listed once)
        return list(dict.fromkeys(e for e in self.by_key.values() if not kinds or e.kind in kinds))


def occurrences(text: str, parts: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each of `parts` occurs in `text`, left to right, a part's occurrences never
    overlapping — what re.finditer(re.escape(part), text) gives for each, in one pass over the
    text (a long post names thousands of people and organisations; a search per name, or a
    pattern per name, grows with the square of its length)."""
    by_start: dict[str, list[str]] = {}
    for part in set(parts):
        if len(part) >= 2:
            by_start.setdefault(part[:2], []).append(part)
    found: dict[str, list[tuple[int, int]]] = {part: [] for part in parts}
    if not by_start:
        return found
    # Only where a part's first character stands (a few percent of a text's characters).
    for i in _positions(text, sorted({pair[0] for pair in by_start})):
        for part in by_start.get(text[i : i + 2], ()):
            if text.startswith(part, i):
                spans = found[part]
                if not spans or spans[-1][1] <= i:
                    spans.append((i, i + len(part)))
    return found


_FEW = 40  # first characters up to which finding each is faster than compiling a class of them


def _positions(text: str, chars: list[str]) -> Iterable[int]:
    """Where any of `chars` stands in text[:-1], left to right, found in C: by str.find for a
    few characters, by a character class for many. A class compiled for each call would also
    crowd re's cache of the readers' fixed patterns: most calls ask for a few."""
    if len(chars) > _FEW:
        pattern = re.compile("[" + "".join(map(re.escape, chars)) + "]")
        return (match.start() for match in pattern.finditer(text, 0, len(text) - 1))
    found = []
    for char in chars:
        at = text.find(char, 0, len(text) - 1)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1, len(text) - 1)
    return sorted(found)
