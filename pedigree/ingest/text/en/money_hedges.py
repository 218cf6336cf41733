"""Whether an English clause hedges its money: a plan, a negation or hearsay before the amount."""

from __future__ import annotations

import re

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import HEDGE, RUMOUR

# Where a coordinated clause starts: "…, according to people familiar with the figures, and in
# September the company closed a $140 million Series B" — the hearsay is the first clause's.
_COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=\S)", re.I)


def hedged(ctx: Context, start: int, position: int) -> bool:
    """A plan, negation or hedge before the money, or hearsay anywhere in its clause — not
    counting asides about someone else ("Zhou, who is no relation to …, raised"), nor what a
    clause coordinated with it says."""
    own = ctx.aside_at(position)
    end = ctx.clause_at(position)[1]
    lower = ctx.text.folded
    for joint in _COORDINATED.finditer(lower, start, end):
        if joint.end() <= position:
            start = joint.end()
        elif joint.start() >= position:
            end = joint.start()
            break
    before = _without_asides(ctx, start, position, own)
    if HEDGE.search(before) or re.search(r"\b(?:not|never|no)\b", before):
        return True
    clause = _without_asides(ctx, start, end, own)
    rumour = RUMOUR.search(clause)
    if not rumour:
        return False
    inside = _CONFIRMED_AFTER.search(clause, rumour.end())
    if inside and not _UNCONFIRMED.search(inside.group()):
        return False
    # "…, according to a person familiar with the deal; the company confirmed the figure" (the
    # very next clause; not a confirmation that ends a coordinated clause about something else)
    confirmed = _CONFIRMED.match(ctx.lower(end, ctx.sentence_at(position)[1]))
    return not (confirmed and not _UNCONFIRMED.search(confirmed.group()))


_CONFIRMED = re.compile(r"[\s;,—–-]*[^;,.]{0,40}?\bconfirm(?:ed|s)\b")
# "…, according to a person familiar with the deal, a figure CEO Priya Raman confirmed": the
# confirmation inside the clause, after the hearsay
_CONFIRMED_AFTER = re.compile(r",[^;.]{0,50}?\bconfirm(?:ed|s)\b")
_UNCONFIRMED = re.compile(r"\b(?:not|never|declined|refused|wouldn't|didn't|won't)\b")


def _without_asides(ctx: Context, start: int, end: int, keep) -> str:
    text = ctx.lower(start, end)
    for aside in reversed(ctx.asides(start)):
        if aside is keep or aside.end <= start or aside.start >= end:
            continue
        s, e = max(aside.start, start) - start, min(aside.end, end) - start
        text = text[:s] + " " * (e - s) + text[e:]
    return text
