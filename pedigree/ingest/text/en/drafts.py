"""Ties being read (founded, employment, education) and how several readings of one tie become
one fact: the same person and organisation found by two rules, or in two sentences, keep the
surest reading and every field any of them found (a title here, the years there).

A job at a company the person founded is the founding itself: its title becomes the founder's
role ("Rousseau is the CEO"), and no separate employment is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.lexicon import FOUNDER, FUNCTIONS
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.facts import Fact


@dataclass
class Draft:
    kind: str  # founded, employment, education — or "advisor", which only vetoes a job
    person: Entity
    org: Entity
    span: tuple[int, int]  # the quote
    confidence: float
    fields: dict = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)  # canonical → form written here
    at: int = 0  # where the evidence stands


def draft(
    ctx: Context,
    kind: str,
    person: Entity,
    org: Entity,
    at: int,
    confidence: float,
    org_mention: Mention | None = None,
    person_mention: Mention | None = None,
    **fields,
) -> Draft:
    """A tie read from evidence at position `at`, quoting its sentence."""
    span = ctx.sentence_at(at)
    written = {}
    if org_mention is not None and org_mention.kind != "ref":
        written[org.name] = _written_org(ctx, org_mention)
    if person_mention is not None and person_mention.kind == "person":
        written[person.name] = ctx.text.original[person_mention.start : person_mention.end]
    return Draft(kind, person, org, span, confidence, fields, written, at)


# A post someone is about to take, not one held: "Incoming Head of Sales".
# ("A third would-be co-founder, David Okafor, backed out": a post never taken)
_NOT_YET = re.compile(
    r"^(?:incoming|future)\b|\b(?:would-be|prospective|potential|intended|planned)\s", re.I
)


# Capitalised words right after an organisation's name ("Amazon Prime Air", "Huawei Digital
# Power", "Stanford Law School", "Walmart China"): the unit the text names. The tie stays with
# the organisation; its written form keeps the unit, as a reader citing the text would.
_UNIT_WORDS = re.compile(r" [A-Z][\w&-]*")


def _written_org(ctx: Context, mention: Mention) -> str:
    text = ctx.text.original
    end = mention.end
    while (word := _UNIT_WORDS.match(text, end)) is not None:
        named = ctx.mentions.covering(word.start() + 1)
        if named is not None and named.kind in ("person", "place"):
            break
        end = word.end()
    written = text[mention.start : end]
    return written[4:] if written.startswith(("the ", "The ")) else written  # (the Wharton School)


_LEFT_BEFORE_FOUNDING = re.compile(
    r"\b(?:left|quit|departed|walked away|dropped out|pulled out|backed out|bowed out|withdrew"
    r"|stepped away|went back|returned|took (?:a|up a) (?:job|role|position))\b[^.;]{0,60}?"
    r"\bbefore\s+(?:the\s+)?"
    # (the company by name too, an organisation's mark in the shaped text: "left before
    # Quellflow was incorporated")
    r"(?:(?:company|startup|firm|business|it|\ue001+)\s+(?:was|had been)\s+"
    # ("went back to Hydro before we incorporated Valdrine": the founders said it themselves)
    r"|(?:we|they)\s+(?:had\s+)?)"
    r"(?:formally\s+|officially\s+)?"
    r"(?:incorporated|founded|formed|registered|set up|established|launched)\b"
)


def _left_before_founding(ctx: Context, draft: Draft) -> bool:
    """Whether the draft's sentence, or the next one where the same person (by surname, he or
    she) is the subject, says they left before the company was formed ("…listed a third
    co-founder, Jonah Krantz. Krantz left before Quellflow was incorporated")."""
    _, end = ctx.sentence_at(draft.at)
    if _LEFT_BEFORE_FOUNDING.search(ctx.lower(draft.at, end)):
        return True
    following = ctx.sentence_at(min(end + 1, len(ctx.text.folded) - 1))
    opening = ctx.text.folded[following[0] : following[1]].lstrip()
    family = draft.person.name.split()[-1] if draft.person.name else ""
    return bool(
        following[0] >= end
        and (opening.startswith((family + " ", "He ", "She ")) if family else False)
        and _LEFT_BEFORE_FOUNDING.search(ctx.lower(*following))
    )


def settle(ctx: Context, drafts: list[Draft]) -> list[Fact]:
    merged: dict[tuple[str, str, str], Draft] = {}
    for draft in drafts:
        if draft.person is draft.org or draft.person.name in ctx.layout.bylined:
            continue
        if not ctx.readable(draft.at):
            continue
        if draft.org.name.lower() in FUNCTIONS:
            continue  # "Vice President of Finance": a function in a title, not an employer
        if _NOT_YET.search(draft.fields.get("title") or draft.fields.get("role") or ""):
            continue  # "Rahul Menon — Incoming Head of Sales": a post not yet taken
        if draft.kind == "founded" and _left_before_founding(ctx, draft):
            continue  # "appears as a co-founder on its first pitch deck, but he left … before
            # the company was incorporated": no founder of the company that came to be
        key = (draft.kind, draft.person.name, draft.org.name)
        kept = merged.get(key)
        if kept is None:
            merged[key] = draft
            continue
        best, other = (draft, kept) if draft.confidence > kept.confidence else (kept, draft)
        for name, value in other.fields.items():
            if best.fields.get(name) in (None, "") and value not in (None, ""):
                best.fields[name] = value
        best.written = {**other.written, **best.written}
        merged[key] = best
    founded = {(d.person.name, d.org.name): d for d in merged.values() if d.kind == "founded"}
    advisors = {(d.person.name, d.org.name) for d in merged.values() if d.kind == "advisor"}
    facts = []
    for draft in merged.values():
        pair = (draft.person.name, draft.org.name)
        if draft.kind == "advisor":
            continue
        if draft.kind == "employment" and pair in founded:
            _role(founded[pair], draft.fields.get("title"))
            continue
        if draft.kind == "employment" and pair in advisors:
            continue
        facts.append(draft)
    return [_fact(ctx, d) for d in sorted(facts, key=lambda d: d.span)]


def _role(founding: Draft, title: str | None) -> None:
    """A founder's title read elsewhere ("serves as CTO") completes a bare "co-founder"."""
    role = founding.fields.get("role")
    if not title or (role and role.lower() not in ("founder", "co-founder")):
        return
    if role and not FOUNDER.search(title):
        title = f"{role} and {title}"
    founding.fields["role"] = title


def _fact(ctx: Context, draft: Draft) -> Fact:
    fields = dict(draft.fields)
    fields["person"] = draft.person.name
    fields["org"] = draft.org.name
    aliases = {k: v for k, v in draft.written.items() if k != v}
    return ctx.text.fact(draft.kind, draft.span, round(draft.confidence, 2), aliases, **fields)
