"""Text laid out by name rather than in sentences: team pages ("Helen Qiao" / "Co-founder &
CEO" / a bio), lists ("Wei Dongmei — Founding Engineer", "Max Levchin (CTO at PayPal,
1998–2002): founded Affirm"), an encyclopedia infobox, a press release's media contact, and
career headings ("Google Brain (2014–2018)"). What the blocks say is read by
`en/block_readers.py`.

A block starts at a line that opens with a person's name and runs to the next such line or
heading; a bio line in it that names no one is about that person.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import NAME_FIELD_LABEL, TITLE_HEAD_RE
from pedigree.ingest.text.entities import Entity, Mention

LEAD = re.compile(
    # "4. Second generation: Lim Wei Jie — Parcelwise": a numbered entry may carry a label
    # (";" leads a term of a wiki's definition list: "; Søren Kjeldgaard", the bio on the next line)
    # ("## 1. Lily Xu — Loomera": a markdown heading may number its entry)
    r"[ \t]*(?:#{1,6}[ \t]*(?=\d))?"
    r"(?:[-•·;]|\*(?!\*)|\d{1,3}[.)](?:[ \t]*[A-Z][A-Za-z -]{2,30}:(?=[ \t]))?)?"
    r"[ \t]*(?:\*\*|#{1,6}[ \t]*)?"
    r"(?:\d{1,3}[.)][ \t]+)?"  # ("**3. Raj Malhotra**": the number inside the bold)
    # ("Name: Rosalind Achebe", "**Name:** Aisha Rahman": a labelled entry's first field)
    rf"(?:{NAME_FIELD_LABEL}(?:\*\*)?[ \t]*)?"
    r"(?:(?:dr|prof|professor|mr|ms|mrs|capt|captain|sir|dame|hon)\.?[ \t]+)?",
    re.I,
)
AFTER_NAME = re.compile(r"(?:\*\*)?[ \t]*(?:[(（][^)）\n]{0,80}[)）])?(?:\*\*)?[ \t]*")
BULLET = re.compile(r"[ \t]*(?:[-•·]|\*(?!\*)|\d{1,3}[.)])[ \t]")
SEPARATOR = re.compile(r"[ \t]*(?:[—–:|·•]|-(?=\s)|,)[ \t]*")


def find_blocks(ctx: Context) -> list[tuple[int, int, Entity]]:
    """(start, end, person) for every name-led block."""
    heads = _name_lines(ctx)
    listed = len(heads) >= 2
    entries = [m.start() for m in _ENTRY_SHAPED.finditer(ctx.text.folded)] if listed else []
    blocks = []
    for i, (line_start, person, only_name) in enumerate(heads):
        limit = heads[i + 1][0] if i + 1 < len(heads) else len(ctx.text.folded)
        # An entry of the same shape whose name was not read as a person still ends the one
        # before: "Ewan McCallister — Professor …" is no part of the entry above it.
        limit = min([e for e in entries if line_start < e < limit], default=limit)
        if not (only_name or listed):
            limit = min(limit, _paragraph_end(ctx.text.folded, line_start))
        blocks.append((line_start, _heading_before(ctx, line_start, limit), person.entity))
    return [(s, e, p) for s, e, p in blocks if p is not None]


# A list entry's shape: two to four capitalised words, then a dash, a bar or a middle dot.
_ENTRY_SHAPED = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*(?=\d))?(?:[-•·*]|\d{1,3}[.)])?[ \t]*(?:\*\*)?"
    r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,3}"
    r"(?:\*\*)?[ \t]*(?:[(（][^)）\n]{0,80}[)）])?[ \t]*[—–|·][ \t]*\S",
    re.M,
)


def _name_lines(ctx: Context) -> list[tuple[int, Mention, bool]]:
    folded = ctx.text.folded
    found = []
    position = 0
    for line in folded.split("\n"):
        start = position
        position += len(line) + 1
        lead = LEAD.match(folded, start)
        first = ctx.mentions.at(lead.end()) if lead else None
        if first is None or first.kind != "person" or ctx.layout.is_skipped(start):
            continue
        rest = AFTER_NAME.match(folded, first.end)
        after = folded[rest.end() : start + len(line)]
        bulleted = bool(BULLET.match(folded, start))
        asked = ctx.layout.in_question(start)
        bracketed = TITLE_HEAD_RE.search(folded[first.end : rest.end()].lower())
        if not after.strip():
            found.append((start, first, True))
        elif (SEPARATOR.match(after) or bulleted or bracketed) and not asked:
            found.append((start, first, False))
        elif not asked and _pair_then_separator(ctx, first.end, start + len(line)):
            found.append((start, first, False))  # "Aisha Rahman and Kenji Mori — Trustbridge"
    return found


# Between two names an entry heading lists: "Ben Hartley and Rafael Mendes — Berthline".
AND_NAME = re.compile(r"[ \t]*(?:,|,?[ \t]+and|[ \t]*&)[ \t]+")


def _pair_then_separator(ctx: Context, position: int, line_end: int) -> bool:
    """A second person named after the first (and, &), then the entry's separator."""
    folded = ctx.text.folded
    joint = AND_NAME.match(folded, position, line_end)
    other = ctx.mentions.at(joint.end()) if joint else None
    if other is None or other.kind != "person":
        return False
    return SEPARATOR.match(folded, AFTER_NAME.match(folded, other.end).end(), line_end) is not None


def _paragraph_end(text: str, start: int) -> int:
    match = re.search(r"\n\s*\n", text[start:])
    return start + match.start() if match else len(text)


def _heading_before(ctx: Context, start: int, limit: int) -> int:
    """A block ends at a heading line (capitals, or a short line with no stop) after its bio."""
    folded = ctx.text.folded
    position = folded.find("\n", start) + 1 or limit
    seen_text = False
    for line in folded[position:limit].split("\n"):
        stripped = line.strip()
        if stripped.isupper() or (stripped and seen_text and short_heading(stripped)):
            return position
        seen_text = seen_text or len(stripped) > 60
        position += len(line) + 1
    return limit


def short_heading(line: str) -> bool:
    """ "Early life", "Career", "Xuanlan AI (2023–present)" — not an infobox's "Born: 1981"."""
    return len(line.split()) <= 6 and not re.search(r"[.:;,!?]", line) and line[0].isupper()
