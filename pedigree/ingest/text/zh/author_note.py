"""A guest column's note on its author:
（作者系出海发行服务商帆屿科技创始人，曾任米哈游海外发行总监。）.

The author is bylined, and a byline's name is kept out of every fact the story states; the note
is the one place that speaks of the author, so it is read here, as a bio: the company they
founded (an organisation before a founder's title) and the posts they held.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context

_NOTE = re.compile(r"[（(]\s*(?:本文)?作者(?:系|为|是)(?P<bio>[^（()）\n]{4,160})[）)]")
_NAMED = re.compile(r"作者\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,4})")
_FOUNDER_AFTER = re.compile(
    r"(?:科技|智能|公司)?\s?的?(?P<role>(?:联合创始人|创始人|联合创办人|共同创办人|创办人)(?:兼[A-Za-z\u4e00-\u9fff]{1,8})?)"
)


def read_author_notes(ctx: Context) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Facts about the author a note describes, and the spans of the notes read."""
    from pedigree.ingest.text.bio_clauses import clause_facts, clauses

    folded = ctx.text.folded
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for note in _NOTE.finditer(folded):
        author = _author(ctx, note.group())
        if author is None:
            continue
        # named only here (作者：贝知秋), the author may be no mention anywhere else
        person = ctx.registry.find("person", author) or ctx.registry.get("person", author, author)
        start, end = note.span("bio")
        founded = None
        for mention in ctx.mentions.within(start, end, "org"):
            role = _FOUNDER_AFTER.match(folded, mention.end)
            if role and mention.entity is not None:
                founded = mention.entity
                facts.append(
                    ctx.text.fact(
                        "founded", (start, end), 0.75, {}, person=person.name,
                        org=founded.name, role=role.group("role"), date=None,
                    )
                )
                break
        project = founded.name if founded is not None else ""
        for s, e in clauses(folded, start, end):
            facts += [
                f
                for f in clause_facts(ctx.text, person.name, project, s, e)
                if f.kind in ("employment", "education")
                and f.fields.get("org") != project
            ]
        spans.append(note.span())
    return facts, spans


def _author(ctx: Context, note: str) -> str | None:
    """The author's name: written in the note (作者：贝知秋), else the one bylined name."""
    named = _NAMED.search(note)
    if named:
        return named.group("name")
    bylined = sorted(ctx.layout.bylined)
    return bylined[0] if len(bylined) == 1 else None
