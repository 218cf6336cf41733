"""Education: a school named with a degree or a study verb ("holds a PhD from Carnegie Mellon
University", "studied computer science at Stanford, where she earned a master's degree",
"Both hold doctorates — Rousseau from École Polytechnique, Li from ETH Zurich", an infobox's
"Education: Tsinghua University (BEng)").

The degree is the one written nearest the school: before it in the same stretch ("a BS in
electrical engineering from"), in brackets after it, or later in the sentence ("…, where she
earned a master's degree"). A school named with a job ("a professor of radiology at Imperial
College London") is an employer, read by the title rules, not a place of study.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.en.context import Context
from pedigree.ingest.text.en.drafts import Draft, draft
from pedigree.ingest.text.en.lexicon import (
    DEGREE_FROM,
    DEGREE_WORD,
    DEGREES,
    SCHOOL_JOB,
    STUDIED_AT,
    STUDY_VERB,
    blocked,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization

_AT_SCHOOL = re.compile(
    r"\b(?:from|at|in)\s+(?:the\s+)?$|\b(?:programme|program|course)\s+(?:of|at)\s+(?:the\s+)?$"
)
# "a Harvard MBA", "a Tsinghua graduate", "a Stanford PhD": a school written before its degree.
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:former\s+)?$")
_SCHOOL_DEGREE = re.compile(
    r"\s+(?P<degree>mba|emba|ph\.?\s?d\b\.?|doctorate|graduate|grad|alumn(?:us|a)|dropout"
    r"|master's|bachelor's|undergrad(?:uate)?)\b"
)
_OTHER_NAME = re.compile(f"[{MARK['org']}{MARK['school']}]")
# A bio's telegraphic degree, then its school: "MSc in Information Security, Royal Holloway",
# "BS, Tsinghua", "MS, KAIST", after a field's label ("Also: PhD, Stanford University").
_DEGREE_THEN_SCHOOL = re.compile(
    r"(?:^\s*|[.;]\s+|\n\s*)(?:[•·▪\-*]\s*)?(?:[a-z][a-z ]{0,14}:\s*)?"
    r"(?:" + DEGREE_WORD.pattern + r"|\bb\.?a\.?sc\b)"
    r"(?:\s+in\s+[^.;,\n]{1,40}?)?,\s*$",
    re.I,
)


def read_education(ctx: Context, clause: tuple[int, int]) -> Iterator[Draft]:
    start, end = clause
    sentence = ctx.sentence_at(start)
    for school in ctx.mentions.within(start, end, "school", "org"):
        entity = school.entity
        head = ctx.lower(start, school.start)
        listed = _DEGREE_THEN_SCHOOL.search(ctx.lower(sentence[0], school.start))
        listed = listed if listed and ctx.block_person(school.start) is not None else None
        if entity is None or not (_is_school(school, head) or listed):
            continue
        tail = ctx.lower(school.end, end)
        near = head[-70:]
        if SCHOOL_JOB.search(near[-40:]) or re.match(r"^\s+(?:professor|lecturer|faculty)", tail):
            continue
        studied_there = list(_where_studied(ctx, school, entity))
        if studied_there:
            yield from studied_there
            continue
        graduate = _SCHOOL_DEGREE.match(tail) if _A_BEFORE.search(head) else None
        if graduate is not None:
            degree = _degree_name(graduate.group("degree"))  # "a Harvard MBA"
        elif listed is not None:  # a bio's "MSc in Information Security, Royal Holloway"
            degree = _degree_name(listed.group()) or (
                "bachelor" if re.search(r"\bb\.?a\.?sc\b", listed.group()) else None
            )
        else:
            if not (STUDY_VERB.search(near) or DEGREE_WORD.search(near) or _infobox(ctx, school)):
                continue
            if not _AT_SCHOOL.search(head) and not _infobox(ctx, school):
                continue
            degree = _degree(ctx, school, head, tail, sentence)
        people = ctx.subjects(school.start, clause)
        if not people or blocked(head + " ", len(head)):
            continue
        for person in people:
            yield draft(ctx, "education", person, entity, school.start, 0.85, school,
                        degree=degree, field=_field(near) or _field_after(ctx, school, sentence))


# "… Zhejiang University, where he had completed a master's degree", "the University of
# Cambridge, where Raman earned an MBA and Wendt completed a PhD": who studied there, and what.
_WHERE = re.compile(r"\s*,\s*where\s+")
_EARNED = re.compile(
    r"\s+(?:had\s+)?(?:earned|completed|received|got|obtained|did|finished)\s+"
    r"(?:(?:a|an|his|her|their)\s+)?"
)


def _where_studied(ctx: Context, school: Mention, entity: Entity) -> Iterator[Draft]:
    """Each person a "where" clause after the school says earned a degree there."""
    where = _WHERE.match(ctx.text.folded, school.end)
    if where is None:
        return
    end = ctx.clause_at(school.start)[1]
    for person in ctx.mentions.within(where.end(), end, "person", "ref"):
        if person.kind == "ref" and person.form not in ("he", "she"):
            continue
        earned = _EARNED.match(ctx.text.folded, person.end)
        degree = DEGREE_WORD.match(ctx.lower(earned.end(), end)) if earned else None
        who = ctx.entity(person)
        if degree is None or who is None:
            continue
        yield draft(ctx, "education", who, entity, school.start, 0.85, school,
                    degree=_degree_name(degree.group()), field=None)


def _is_school(mention: Mention, head: str) -> bool:
    """A school: named as one, known as one, or unknown but where a degree was earned ("a
    master's in computer science from TU Munich"); a research academy too when a degree was
    earned there ("a PhD from the Chinese Academy of Sciences"), never a company."""
    if mention.kind == "school":
        return True
    known = known_organization(mention.entity.name) if mention.entity else None
    if known is not None and known.kind in ("university", "school", "college"):
        return True
    if known is not None and known.kind != "lab":
        return False
    return bool(DEGREE_FROM.search(head) or STUDIED_AT.search(head))


def _infobox(ctx: Context, school: Mention) -> bool:
    """An infobox line: "Education: Tsinghua University (BEng); Stanford University (PhD)"."""
    line_start = ctx.text.folded.rfind("\n", 0, school.start) + 1
    return bool(re.match(r"\s*(?:education|alma mater|alma maters)\s*:", ctx.text.folded[line_start:school.start], re.I))  # noqa: E501


def _degree(ctx: Context, school: Mention, head: str, tail: str, sentence: tuple[int, int]) -> str | None:  # noqa: E501
    """The degree nearest the school: just before it (no other school between), in brackets
    after it, else later in the sentence."""
    bracket = re.match(r"^\s*\((?P<inner>[^)]{1,40})\)", tail)
    if bracket and DEGREE_WORD.search(bracket.group("inner")):
        return _degree_name(bracket.group("inner"))
    last = list(DEGREE_WORD.finditer(head[-80:]))
    if last and not _OTHER_NAME.search(head[-80:][last[-1].end() :]):
        return _degree_name(last[-1].group())
    # "studied computer science at Stanford, where she earned a master's degree"; "…,
    # graduating with a Bachelor of Engineering": a degree after the school, tied to it.
    tied = _tied_after(ctx, school, sentence)
    later = DEGREE_WORD.search(tied) if tied else None
    if later and not _OTHER_NAME.search(tied[: later.start()]):
        return _degree_name(later.group())
    return None


def _tied_after(ctx: Context, school: Mention, sentence: tuple[int, int]) -> str:
    """The words after a school that still speak of study there: "…, where she earned a
    master's degree", "… with a bachelor's degree in physics"."""
    rest = ctx.lower(school.end, sentence[1])
    tied = re.match(r"\s*,?\s*(?:where|graduating|and graduated|with)\b[^.;]{0,60}", rest)
    return tied.group() if tied else ""


def _degree_name(text: str) -> str | None:
    return next((name for name, pattern in DEGREES if pattern.search(text)), None)


def _field_after(ctx: Context, school: Mention, sentence: tuple[int, int]) -> str | None:
    """ "graduated from Tsinghua University with a bachelor's degree in physics": the field
    after a degree that follows the school."""
    tied = _tied_after(ctx, school, sentence)
    degree = DEGREE_WORD.search(tied)
    if degree is None or _OTHER_NAME.search(tied[: degree.end()]):
        return None
    match = _FIELD_AFTER.match(tied, degree.end())
    return match.group("field") if match else None


_FIELD_AFTER = re.compile(
    r"(?:\s+degree)?\s+in\s+(?!(?:the|a|an|his|her|their|its|early|late|mid|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\b)"
    r"(?P<field>[a-z][a-z -]{2,60}?)(?=\s*(?:[,.;()]|$)|\s+(?:from|at|in"
    r"|with|before|after|where|while|under|and (?:then|later|went|joined|worked))\b)"
)


def _field(near: str) -> str | None:
    match = re.search(r"\b(?:in|studied)\s+(?P<field>[a-z][a-z -]{2,60}?)\s+(?:from|at)\s+(?:the\s+)?$", near)  # noqa: E501
    return match.group("field") if match else None
