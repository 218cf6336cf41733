"""Whom a reference in English prose means: "he" or "she" the latest person of that pronoun,
"I" the interviewee, "we", "it" and "the company" a company; and whether a person is named as a
clause's subject."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from pedigree.ingest.text.en.lexicon import KIN_NAMED, MALE_KIN, POSSESSIVE
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.reference.romanise import given_name_pronoun

# Before a person who is the object of a verb or preposition, not the subject of the clause.
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:with|by|to|from|for|told|tell|than|hired|hire|hiring|appointed|named|brought on"
    r"|bring on|recruited|poached|called|met|meet|about|of|like|against|married|whom|between"
    r"|among|including|thank|thanks|backed|followed|follows|succeeded|replaced|replaces|joined|joins))\s+"
    r"(?:(?:dr|prof|professor|mr|ms|mrs)\.?\s+)?$"
    r"|\bwith\s+(?:(?:his|her|their|fellow|former|old|a|an|the|[\ue000-\ue00f]+|[a-z-]+)\s+){1,4}$",
    re.I,
)
SUBJECT_PRONOUNS = ("he", "she", "i")

# Words that put a post in the past: "formerly product lead for the company's …".
_PAST_BEFORE = re.compile(r"\b(?:formerly|former|previously|once|who ran|who led)\b")


class ReferenceSteps:
    """The reader's steps that say whom a reference means (mixed into context.Context, whose
    text, layout and mentions they use)."""

    def entity(self, mention: Mention) -> Entity | None:
        """The entity a mention names: itself, or what a back-reference points to."""
        if mention.entity is not None:
            return mention.entity
        if mention.start not in self._resolved:
            self._resolved[mention.start] = self._resolve(mention)
        return self._resolved[mention.start]

    def _resolve(self, mention: Mention) -> Entity | None:
        form = mention.form
        if form in ("he", "she"):
            return self._person_before(mention.start, form)
        if form == "i":
            return self.interviewee if self.layout.answer_at(mention.start) else None
        if form == "we":
            if self.document_company is not None:
                return self.document_company
            if self.layout.answer_at(mention.start) or self.first_person_site:
                return self.main_company
            return None
        if form == "Company":
            return self.main_company
        if form == "company" and self._alumni_past(mention):
            return self.alumni_company
        if form in ("company", "it"):
            return self._company_in_clause(mention) or self.company_at(mention.start)
        if form == "there":
            return self._org_before(mention.start)
        return None

    def _alumni_past(self, mention: Mention) -> bool:
        """ "**Ethan Wu**, formerly product lead for the company's …", "the company's former
        chief technology officer": on a page of a company's alumni, the company someone left
        — said in the past, before the sentence names any organisation."""
        if self.alumni_company is None:
            return False
        sentence_start = self.sentence_at(mention.start)[0]
        if self.mentions.within(sentence_start, mention.start, "org"):
            return False
        before = self.lower(sentence_start, mention.start)
        after = self.lower(mention.end, mention.end + 12)
        return bool(
            _PAST_BEFORE.search(before) or re.match(rf"{POSSESSIVE}\s+(?:former|then)\b", after)
        )

    def _person_before(self, position: int, gender: str) -> Entity | None:
        """The person "he" or "she" at `position` means: the latest person named as a
        subject (else at all) in the last sentences, whose pronoun so far is the same."""
        floor = self._sentence_back(position, 4)
        people = [
            m for m in self.mentions.within(floor, position, "person", "ref")
            if m.kind == "person" or m.form in ("he", "she")
        ]
        candidates: list[tuple[bool, Entity]] = []
        for m in reversed(people):
            entity = self.entity(m)
            if entity is None or entity.name in self.layout.bylined:
                continue
            known = self._genders.get(entity) or self._kin_genders.get(entity) or _named_as(entity)
            if known and known != gender:
                continue  # ("Her father, Fu Guoping, …. She received …": not him; Owen is "he")
            candidates.append((self.is_subject(m) and self.aside_at(m.start) is None, entity))
        subject = next((e for is_subject, e in candidates if is_subject), None)
        chosen = subject or (candidates[0][1] if candidates else None)
        if chosen is not None:
            self._genders.setdefault(chosen, gender)
        return chosen

    @cached_property
    def _kin_genders(self) -> dict[Entity, str]:
        """People named as someone's kin, and the pronoun that kinship gives them: "Her
        father, Fu Guoping" is "he"."""
        found: dict[Entity, str] = {}
        for m in self.mentions.items:
            if m.kind != "person" or m.entity is None:
                continue
            kin = KIN_NAMED.search(self.lower(max(0, m.start - 30), m.start))
            if kin:
                found.setdefault(m.entity, "he" if kin.group(1) in MALE_KIN else "she")
        return found

    def _org_before(self, position: int) -> Entity | None:
        floor = self._sentence_back(position, 1)
        orgs = self.mentions.within(floor, position, "org")
        return orgs[-1].entity if orgs else None

    def is_subject(self, mention: Mention) -> bool:
        """A person named as the one who does something: not after a preposition or object
        verb, not a possessor ("Jason's advisor"), not "him" or "her"."""
        if self.text.folded.startswith(("'s", "’s"), mention.end):
            return False
        if mention.kind == "ref" and mention.form not in SUBJECT_PRONOUNS:
            return False
        before = self.text.folded[max(0, mention.start - 50) : mention.start]
        return not _OBJECT_BEFORE.search(before)

    @cached_property
    def interviewee(self) -> Entity | None:
        """The person answering an interview: the answers' speaker label, else the person the
        piece names most."""
        for _, _, speaker in self.layout.answers:
            if not speaker:
                continue
            for m in self.mentions.items:
                if m.kind == "person" and m.entity is not None and (
                    self.text.folded[m.start : m.end] == speaker or m.entity.name == speaker
                    or speaker.lower() in (m.entity.name.lower(), m.entity.name.split()[-1].lower())
                ):  # "OCAMPO:" answers for Valeria Ocampo
                    return m.entity
        return self.main_person

    @cached_property
    def main_person(self) -> Entity | None:
        counts = Counter(
            m.entity for m in self.mentions.items
            if m.kind == "person" and m.entity is not None
            and m.entity.name not in self.layout.bylined
        )
        return counts.most_common(1)[0][0] if counts else None



def _named_as(person: Entity) -> str:
    """The pronoun a person's given name says ("Owen Marchetti" is "he"), where the table of
    given names knows it; a Chinese name written surname first gives none."""
    first = person.name.split()[0] if " " in person.name else ""
    return given_name_pronoun(first) if first else ""
