"""Person names in an English text: capital runs that are one name ("Haoran \"Leo\" Chen",
"NANDINI RAO"), and the forms a text gives one person (Zhou Kaiwen, Kevin Zhou)."""

from __future__ import annotations

import re
from collections import defaultdict

from pedigree.ingest.text.en.lexicon import NOT_NAME, TITLE_HEAD_RE, TITLE_WORDS
from pedigree.ingest.text.en.people import (
    NAME_WORD,
    PersonName,
    english_given_names,
    name_shaped,
)
from pedigree.ingest.text.en.runs import Run
from pedigree.reference.romanise import is_pinyin

ALIAS_AFTER = re.compile(
    r"(?:,\s*\d{1,3},)?(?:\s*\([^)]{0,80}\))?,?\s*(?:who\s+)?(?:also\s+|better\s+)?"
    r"(?:known as|goes by|went by|nicknamed|called)\s+(?P<alias>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\s*[—–-]+\s*(?P<nick>[A-Z][\w'’-]+)\s+to\s+(?:almost\s+|nearly\s+|most\s+)?(?:everyone"
    r"|everybody|friends|colleagues)",
)


# "Wong Ka Chun, Felix (黃家俊), aged 48": an English given name after the Chinese name.
_NAME_ENDS = re.compile(r"\s*(?:[(（][\u4e00-\u9fff·]{2,5}[)）]|,\s*aged\b)")


# A team page's name line in capitals: "NANDINI RAO — VP Engineering", "1. LI WEI, CTO".
_CAPS_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•·*][ \t]*|\d{1,3}[.)][ \t]*)?$")
_ROLE_AFTER = re.compile(r"[ \t]*(?:[—–|:,]|\s-\s)[ \t]*(?P<role>[^\n]{2,80})")


def uncapped(text: str, run: Run) -> Run:
    """A name written in capitals at the head of a team page's line, a role after it, as the
    name it is: "NANDINI RAO — VP Engineering" is Nandini Rao."""
    words = run.words
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.isupper() and len(w) > 1
                                           for w in words):
        return run
    if any(w.lower() in NOT_NAME or w.lower() in TITLE_WORDS for w in words):
        return run
    if not _CAPS_LEAD.search(text, max(0, run.start - 8), run.start):
        return run
    role = _ROLE_AFTER.match(text, run.end)
    if role is None or not TITLE_HEAD_RE.search(role.group("role").lower()):
        return run
    return Run(run.spans, [w.capitalize() for w in words], run.possessive, run.flag,
               run.honorific)


# A word for what someone does, by its ending (Choreographer, Violinist, Technician).
_OCCUPATION = re.compile(r"[A-Z][a-z]{4,}(?:grapher|ologist|ist|ician|eer|ier|tor|ner|ter|ger|ser)")


def without_occupation(text: str, run: Run) -> Run:
    """"Choreographer Anna Kowal, a Cirque colleague": what she does, a word for an
    occupation by its ending, opening a sentence before a two-word name, is no part of it."""
    words = run.words
    if len(words) != 3 or not _OCCUPATION.fullmatch(words[0]):
        return run
    if not re.search(r"(?:^|[.!?\n]\s*|\s[—–]\s)$", text[max(0, run.start - 3) : run.start]):
        return run  # (only at a sentence's opening, where any word is capitalised)
    if not name_shaped(words[1:]) or words[0].lower() in english_given_names():
        return run
    return Run(run.spans[1:], words[1:], run.possessive, run.flag, run.honorific)


def _english_given(word: str) -> bool:
    return word.lower() in english_given_names() or not is_pinyin(word.lower())


def quoted_nickname(text: str, runs: list[Run]) -> list[Run]:
    """ 'Haoran "Leo" Chen': a given name, a nickname in quotes and a family name are one
    person's name."""
    merged: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if i + 2 < len(runs) and len(run.words) == 1 and len(runs[i + 1].words) == 1:
            nick, family = runs[i + 1], runs[i + 2]
            quoted = re.fullmatch(r" [\"“]", text[run.end : nick.start]) and re.fullmatch(
                r"[\"”] ", text[nick.end : family.start]
            )
            if quoted and len(family.words) == 1 and NAME_WORD.fullmatch(family.words[0]):
                merged.append(Run(run.spans + family.spans, run.words + family.words,
                                  honorific=run.honorific))
                i += 3
                continue
        merged.append(run)
        i += 1
    return merged


def english_name_after(text: str, runs: list[Run]) -> list[Run]:
    """Hong Kong style names that write the English given name last, after a comma ("Chu Oi
    Lam, Yvonne (朱愛琳)"): one run, one person."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last is not None and len(last.words) >= 2 and len(run.words) == 1
            and re.fullmatch(r",\s*", text[last.end : run.start])
            and NAME_WORD.fullmatch(run.words[0])
            and _english_given(run.words[0])
            and _NAME_ENDS.match(text, run.end)
        ):
            merged[-1] = Run(last.spans + run.spans, last.words + run.words,
                             honorific=last.honorific)
            continue
        merged.append(run)
    return merged


def _same_person(
    person: PersonName, names: dict[str, PersonName], text: str
) -> PersonName | None:
    """The other name of this person: Max Gao is Gao Ming when "Max" is his nickname, or when
    he is the one Gao in the text and "Max" an English given name beside a pinyin one."""
    words = person.full.split()
    if len(words) != 2 or person.pinyin_first:
        return None
    given = words[0]
    same_family = [n for n in names.values() if n is not person and n.family == person.family]
    if len(same_family) != 1:
        return None
    other = same_family[0]
    if given in other.nicknames:
        return other
    if (
        other.pinyin_first
        and given.lower() in english_given_names()
        and _in_one_paragraph(text, person.full, other.full)
        # ("Grace Lin … with her brother, Lin Jiahao": two people named in one sentence)
        and not _in_one_sentence(text, person.full, other.full)
    ):
        return other
    return None


def _in_one_sentence(text: str, first: str, second: str) -> bool:
    """Whether a sentence names both with another person's link between them ("with her
    brother", "and"), not one as the other's alias in brackets."""
    for part in re.split(r"(?<=[.!?])\s+", text):
        if first in part and second in part:
            a, b = sorted((part.index(first), part.index(second)))
            if _TWO_PEOPLE_BETWEEN.search(part[a:b]):
                return True
    return False


_TWO_PEOPLE_BETWEEN = re.compile(
    r"\b(?:with|and|brother|sister|husband|wife|father|mother|son|daughter|cousin|partner)\b"
)


def _in_one_paragraph(text: str, first: str, second: str) -> bool:
    """Whether some paragraph names both ("Ethan Ruan … Ruan, whose Chinese name is Ruan Bo"):
    an English name and a pinyin one far apart are two people who share a family name."""
    return any(first in part and second in part for part in re.split(r"\n\s*\n", text))


# An honorific and the spaces after it; a name written alone after it, not running on.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+")
_ALONE_AFTER = re.compile(r"\b(?!\s+[A-Z])")


class PeopleSteps:
    """The mention finder's steps that settle one canonical name per person (mixed into
    names._Finder, whose text and mentions they use)."""

    def _people(self, runs: list[Run], kinds: dict[str, str]) -> dict[str, str]:
        """Written full name → the canonical name of its person, one entity for all the forms
        a text gives one person (Zhou Kaiwen, Kevin Zhou; Gao Ming, Max Gao)."""
        written = [r for r in runs if kinds.get(r.text) == "person"]
        canonical: dict[str, str] = {}
        for run in written:
            canonical.setdefault(run.text, run.text)
        nicknames: dict[str, set[str]] = defaultdict(set)
        for run in written:
            match = ALIAS_AFTER.match(self.folded, run.end)
            if not match:
                continue
            owner = canonical[run.text]
            if match.group("nick"):
                nicknames[owner].add(match.group("nick"))
            elif len(match.group("alias").split()) == 2:
                alias = match.group("alias")
                canonical[alias] = owner
                kinds[alias] = "person"
            else:
                nicknames[owner].add(match.group("alias"))
        for key, value in list(canonical.items()):
            if value.isupper():  # "SOPHIE LAURENT:" as an interview's speaker label
                canonical[key] = next((v for v in canonical.values() if v.upper() == value
                                       and not v.isupper()), value.title())
        names = {c: self._family_first(PersonName.read(c)) for c in set(canonical.values())}
        for owner, nicks in nicknames.items():
            names[owner].nicknames |= nicks
        for full, person in list(names.items()):
            other = _same_person(person, names, self.folded)
            if other is not None:
                for key, value in canonical.items():
                    if value == full:
                        canonical[key] = other.full
                other.nicknames.add(person.given)
                del names[full]
        self.people = names
        return {key: value for key, value in canonical.items()}

    def _family_first(self, name: PersonName) -> PersonName:
        """A name the text goes on to call by its first word after an honorific ("Lai Suet
        Ying" … "Ms. Lai") is written family name first."""
        words = name.full.split()
        if len(words) < 2 or name.family.lower() == words[0].lower():
            return name
        if self._titled(words[0]) and not self._titled(name.family):
            return PersonName(name.full, words[0], " ".join(words[1:]), name.nicknames)
        return name

    def _titled(self, word: str) -> bool:
        """Whether the text writes `word` alone after an honorific ("Ms. Lai", not "Ms. Lai
        Suet Ying"). The honorifics are found once by a fixed pattern and the word is looked
        for after each: a pattern per name would crowd re's cache of the readers' own."""
        return any(
            self.folded.startswith(word, honorific.end())
            and _ALONE_AFTER.match(self.folded, honorific.end() + len(word))
            for honorific in _HONORIFIC_BEFORE.finditer(self.folded)
        )
