"""A prospectus's board, section by section: under a heading that names a board role
(独立非执行董事), each director's entry holds that post at the filer even where the entry itself
only says when they were appointed (卢淑芬女士，61岁，于2025年10月获委任。)."""

from __future__ import annotations

import re

from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.drafts import Draft, draft

# A heading line that is a board role, alone on its line.
_ROLE_HEADING = re.compile(
    r"^[ \t#*]*(?P<role>独立非执行董事|非执行董事|执行董事|联席公司秘书|公司秘书)[ \t*]*$", re.M
)
# Any heading line: a short line with no sentence mark, which ends the section before it.
_HEADING = re.compile(r"^[ \t#*]*[^\n，。；：,;:]{2,16}[ \t*]*$", re.M)
# An entry opens with the person, an honorific and an age: 卢淑芬女士，61岁，
_ENTRY_HEAD = re.compile(r"(?:先生|女士|博士|教授)[，,]\s?\d{2}岁")


def section_roles(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The role each director's entry holds under its board heading, where no post at the
    filer was read for that person already."""
    company = ctx.headed_by or ctx.defined_own
    if company is None:
        return []
    folded = ctx.text.folded
    held = {d.person for d in drafts if d.org is company and d.kind in ("employment", "founded")}
    found: list[Draft] = []
    for heading in _ROLE_HEADING.finditer(folded):
        following = _HEADING.search(folded, heading.end() + 1)
        end = following.start() if following else len(folded)
        for paragraph in re.finditer(r"[^\n]+", folded[heading.end() : end]):
            start = heading.end() + paragraph.start()
            people = ctx.mentions.within(start, start + 12, "person")
            if not people or not _ENTRY_HEAD.match(folded, people[0].end):
                continue
            person = ctx.resolve(people[0])
            if person is None or person in held:
                continue
            held.add(person)
            found.append(
                draft(
                    ctx,
                    "employment",
                    people[0],
                    company,
                    None,
                    (start, _first_sentence_end(folded, start, start + len(paragraph.group()))),
                    confidence=0.75,
                    title=heading.group("role"),
                    current=True,
                )
            )
    return found


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the entry's first sentence ends (its quote): after its 。, else the paragraph's end."""
    stop = text.find("。", start, end)
    return stop + 1 if stop >= 0 else end
