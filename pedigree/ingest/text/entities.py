"""What a reader knows about a text: its mentions and the entities they name, in any language.

A mention is a span of the text; an entity is what several mentions name (顾承泽 and 他, 星渚机器人,
星渚 and 公司). Relation readers work on mentions and report entities, so a fact never lands on a
pronoun or a generic noun.
"""

from __future__ import annotations

from bisect import bisect_left
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
        return [e for e in self.by_key.values() if not kinds or e.kind in kinds]


def occurrences(text: str, part: str) -> list[tuple[int, int]]:
    """Every (start, end) where `part` occurs in `text`, left to right, not overlapping — what
    re.finditer(re.escape(part), text) gives, without compiling a pattern per name (hundreds
    of those push the readers' own patterns out of the regex cache)."""
    found, at, size = [], text.find(part), len(part)
    while at >= 0 and size:
        found.append((at, at + size))
        at = text.find(part, at + size)
    return found
