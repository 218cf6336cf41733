"""The forms an English text refers back with (a short form, a name's word alone, a bracketed
Chinese name, a pronoun, "the company"), and the mention finder's steps that mark them."""

from __future__ import annotations

import re
from collections import defaultdict

from pedigree.ingest.text.en.lexicon import (
    HONORIFICS,
    KIN_NAMED,
    MODEL_CODE,
    NOT_NAME,
    ORG_SUFFIXES,
    PLACES,
    SCHOOL_WORDS,
    TITLE_WORDS,
)
from pedigree.ingest.text.gazetteer import known_organization

_HAN_BRACKET = re.compile(r"\s*[(（](?:chinese:\s*)?(?P<han>[\u4e00-\u9fff·]{2,12})[;；)）]", re.I)
_PRONOUNS = {
    "he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
    "it": "it", "its": "it", "we": "we", "us": "we", "our": "we", "ours": "we",
    "i": "i", "me": "i", "my": "i", "mine": "i", "they": "they", "them": "they", "their": "they",
}  # fmt: skip
_PRONOUN = re.compile(r"\b(?:" + "|".join(_PRONOUNS) + r")\b(?!['’-]\w\w)", re.I)
_COMPANY_REF = re.compile(
    r"\b[Tt]he (?:[\w$.-]+ ){0,2}?(?P<noun>[Cc]ompany|startup|start-up|firm|business|venture"
    r"|unicorn|lab)(?!\w)(?!['’]s (?:founder|co-?founder))(?! [A-Z])"  # not "the firm Delta Nine"
    r"(?! (?:firm|company|startup|lab|business|fund|studio)\b)"  # "the venture firm …": one noun
)
# A filing's defined terms for the company it is about: "our Group", "the Group", "our Company".
_DEFINED_REF = re.compile(r"\b(?:[Oo]ur|[Tt]he) (?P<noun>Group|Company)\b")
# "Datafold Berlin GmbH — better known as Datafold —": the name the text goes on to use.
KNOWN_AS = re.compile(
    r"\s*[—–(,]\s*(?:better |also |commonly |formerly )?known (?:in (?:Chinese|China|English) "
    r"|locally )?as\s+(?P<name>[A-Z][\w&.'’-]*"
    r"(?: [A-Z][\w&.'’-]*){0,3})"
)


SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)|\n")
_THERE = re.compile(r"\b(?:years?|months?|time|stint|career|worked|work|stayed|there)\s+there\b")


# Endings of compound last words that name a business: Biosystems, Cleantech, Foodworks.
FIRM_ENDS = ("systems", "tech", "works", "labs", "ware", "sciences", "therapeutics", "robotics",
             "logistics", "analytics", "dynamics", "networks", "materials", "motors", "foods",
             # (Ardent Mills, Bimbo Bakeries, Stone Brewing: the trade's own words)
             "mills", "bakery", "bakeries", "brewing", "brewery")


# What opens a sentence or a line, then any spaces: the capitalised word after it is no name's.
_OPENER_END = re.compile(r"[.!?:\n\"“]\s*\Z")


# Words before a name that are no part of it (built once, not per call).
_NOT_A_NAME_WORD = HONORIFICS | NOT_NAME


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a longer capitalised name (a word before or after
    it is capitalised, not at a sentence start)."""
    reach = max(0, start - 30)
    before = re.search(r"(?:^|[^\w.!?:;,\n] ?)([A-Z][\w'’-]*) $", text[reach:start])
    after = re.match(r" [A-Z][a-z]", text[end : end + 3])
    if before is None:
        return bool(after)
    # The word opens the 40 characters before the name, or follows a sentence's end.
    word_start, opener_reach = reach + before.start(1), max(0, start - 40)
    opener = word_start == opener_reach or _OPENER_END.search(text, opener_reach, word_start)
    named = not opener and before.group(1).lower() not in _NOT_A_NAME_WORD
    return bool(named or after)


# Built once, not on every call (each union copied the word lists, hundreds of words each).
_GENERIC_LAST_WORDS = ORG_SUFFIXES | {"venture"}
_NOT_A_SHORT_FORM = NOT_NAME | PLACES | HONORIFICS | TITLE_WORDS | SCHOOL_WORDS | ORG_SUFFIXES


def short_form(written: str, lower_words: frozenset[str]) -> str | None:
    """An organisation's name without its generic last words (Aubrac Labs → Aubrac, Lightspeed
    Venture Partners → Lightspeed), or its first word when the text never writes that word in
    lower case (Cirrus Compute → Cirrus, but not Delivery Hero → Delivery); None when nothing
    distinctive is left."""
    words = written.split()
    while len(words) > 1 and (
        words[-1].lower() in _GENERIC_LAST_WORDS or words[-1].lower().endswith(FIRM_ENDS)
    ):
        words.pop()
    if len(words) > 1 and re.match(r"[A-Z][a-z]", words[0]) and words[0].lower() not in lower_words:
        words = words[:1]
    if len(words) != 1 or words == written.split() or len(words[0]) < 3:
        return None
    word = words[0]
    if word.lower() in _NOT_A_SHORT_FORM or not word[0].isupper():
        return None
    return word


_IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")

# What a person does right after their family name, where a company bears the name too.
_PERSON_DOES = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:ran|runs|worked|works|spent|left|studied|studies|grew"
    r"|earned|holds|held|joined|moved|returned|said|says|told|recalls|recalled|believes|thinks"
    r"|declined|graduated|began|started|co-founded|founded)\b"
    r"|,\s+who\b"
)


class FormSteps:
    """The mention finder's steps that mark every form a named entity goes by, and the
    back-references (mixed into names._Finder, whose text, registry and mentions they use)."""

    def _forms(self) -> None:
        """Every form a named entity goes by, wherever it recurs (headlines included): short
        forms of organisations and products, a person's family, given or nickname alone (with
        an honorific or not), bracketed Chinese names, written forms of aliases."""
        forms: dict[str, tuple[str, str]] = {}
        for entity in self.registry.all():
            for written in {entity.written, *entity.forms}:
                forms.setdefault(written, (entity.kind, entity.name))
        for name in self.layout.bylined:
            forms.setdefault(name, ("person", name))
        first: dict[int, int] = {}
        for m in self.mentions:
            if m.entity is not None:
                first[id(m.entity)] = min(m.start, first.get(id(m.entity), m.start))
        # two names with one short form (Lichen Biosystems, Lichen Analytics): the one the
        # text names first keeps it
        ordered = sorted(self.registry.all("org", "school"), key=lambda e: first.get(id(e), 0))
        heads: set[str] = set()  # short forms that are a name's first word
        for entity in ordered:
            short = short_form(entity.written, self.lower_words)
            if short and short not in forms and not known_organization(short):
                forms[short] = (entity.kind, entity.name)
                heads.add(short)
        owners = [e.written for e in self.registry.all("org")]
        # "Harborlight Sentinel" of Harborlight Security is "Sentinel" too
        owners += [f for f in (short_form(o, self.lower_words) for o in owners) if f]
        for entity in self.registry.all("product"):
            # "the Q-Hauler 49T" … "1,600 Q-Hauler trucks": the name without its model code
            head, _, code = entity.written.rpartition(" ")
            if head and MODEL_CODE.fullmatch(code) and not known_organization(head):
                forms.setdefault(head, ("product", entity.name))
            for owner in owners:
                if entity.written.startswith(owner + " "):
                    rest = entity.written[len(owner) + 1 :]
                    forms.setdefault(rest, ("product", entity.name))
        for mention in list(self.mentions):
            known_as = KNOWN_AS.match(self.folded, mention.end)
            if mention.kind == "org" and mention.entity is not None and known_as:
                forms.setdefault(known_as.group("name"), ("org", mention.entity.name))
        for alias, (kind, name) in self._aliases().items():
            forms.setdefault(alias, (kind, name))
        shared: dict[str, list[str]] = {}
        eponyms: dict[str, str | list[str]] = {}  # "Latu" of Sione Latu and of Latu Apiaries
        for single, person in self._single_words().items():
            if forms.get(single, ("person",))[0] == "org":
                eponyms[single] = person
            if isinstance(person, list):
                shared[single] = person
                forms.setdefault(single, ("person", ""))
            else:
                forms.setdefault(single, ("person", person))
        whole = {e.written for e in self.registry.all()} | {n for n in self.layout.bylined}
        for start, end, form in self._occurrences(forms):
            kind, name = forms[form]
            if form in eponyms and _PERSON_DOES.match(self.folded, end):
                # "Latu ran apiary operations for Comvita": the person, whose name the company
                # bears, where what follows is what a person does
                named = eponyms[form]
                kind, name = "person", named if isinstance(named, str) else ""
                if not name:
                    name = self._nearest_named(named, start) or ""
                    if not name:
                        continue
            if kind == "person" and not name:
                name = self._nearest_named(shared.get(form, []), start) or ""
                if not name:
                    continue
            if form not in whole and _inside_name(self.folded, start, end):
                continue  # "Cloud" of Oracle Cloud is not Loomstack Cloud's short form
            if (
                form in heads
                and _IN_PLACE.search(self.folded, max(0, start - 8), start)
                and not self.folded.startswith(("'s", "’s"), end)  # (not "in Quest's team")
            ):
                continue  # "moved to Helly Hansen in Oslo": the city the school is named after
            honorific = re.search(r"\b(?:Dr|Mr|Ms|Mrs|Prof|Professor)\.?\s+$",
                                  self.folded[max(0, start - 11) : start])
            if honorific and kind == "person":
                start -= len(honorific.group())
            self._add(start, end, kind, name)
        self._pronoun_surnames()

    def _pronoun_surnames(self) -> None:
        """ "Ms. He", "Mr. You": a family name spelled like a pronoun names its person only
        after an honorific (alone it is the pronoun)."""
        for person in self.people.values():
            if person.family.lower() not in NOT_NAME:
                continue
            honorific = rf"\b(?:Dr|Mr|Ms|Mrs|Prof|Professor)\.?\s+{person.family}\b"
            for match in re.finditer(honorific, self.folded):
                self._add(match.start(), match.end(), "person", person.full)

    def _occurrences(self, forms: dict[str, tuple[str, str]]) -> list[tuple[int, int, str]]:
        """Where each form stands as a whole word, longest forms first: one pass over the
        text's words, trying the forms that begin with each."""
        by_head: dict[str, list[str]] = defaultdict(list)
        for form in forms:
            if len(form) >= 2 and form.lower() not in NOT_NAME:
                by_head[re.split(r"[\s'’]", form)[0]].append(form)
        found = []
        text = self.folded
        for match in re.finditer(r"[^\W_][\w.&+-]*", text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue
            for head in {match.group(), match.group().rstrip(".")}:
                for form in by_head.get(head, ()):
                    end = start + len(form)
                    joined = end < len(text) and (text[end].isalnum() or text[end] == "_")
                    if text.startswith(form, start) and not joined:
                        found.append((start, end, form))
        return sorted(found, key=lambda f: (f[0] - f[1], f[0]))

    def _aliases(self) -> dict[str, tuple[str, str]]:
        """Chinese names given in brackets after a name: (墨衡科技), (Chinese: 乔安然; …)."""
        found = {}
        for mention in list(self.mentions):
            if mention.entity is None:
                continue
            match = _HAN_BRACKET.match(self.folded, mention.end)
            if match:
                mention.entity.forms.add(self.text.original[match.start("han") : match.end("han")])
                found[match.group("han")] = (mention.entity.kind, mention.entity.name)
        return found

    def _single_words(self) -> dict[str, str | list[str]]:
        """A family name, given name or nickname alone → the person it can mean, or the
        people it can mean when several share it (resolved where it stands)."""
        claims: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for name in self.people.values():
            words = [name.family, *name.given.split(), *name.nicknames]
            for word in words:
                how = name.answers_to(word)
                if how:
                    claims[word][how].add(name.full)
        singles: dict[str, str | list[str]] = {}
        for word, ways in claims.items():
            for how in ("family", "nickname", "given"):
                if len(ways.get(how, ())) == 1:
                    singles[word] = next(iter(ways[how]))
                    break
                if ways.get(how):
                    singles[word] = sorted(ways[how])
                    break
        return singles

    def _nearest_named(self, names: list[str], position: int) -> str | None:
        """Of several people sharing a surname, the one named in full most recently before
        `position` ("Sharma" after "Ravi Sharma", before "his wife, Meera Sharma") — or no one
        when another of them was named in the same sentence as that one ("Pan Jie and Pan Rui
        met in 2020. Pan founded …" could mean either)."""
        latest: dict[str, int] = {}
        counts: dict[str, int] = defaultdict(int)
        as_kin: dict[str, bool] = {}
        for m in self.mentions:
            named = m.kind == "person" and m.entity is not None and m.entity.name in names
            if named and m.start < position:
                latest[m.entity.name] = max(latest.get(m.entity.name, -1), m.start)
                counts[m.entity.name] += 1
                kin = KIN_NAMED.search(self.folded[max(0, m.start - 30) : m.start].lower())
                as_kin[m.entity.name] = as_kin.get(m.entity.name, True) and kin is not None
        if 0 < sum(as_kin.values()) < len(latest):
            # "his uncle, Zhen Guoliang, moved colonies … Zhen graduated": a relative named only
            # as one is called by the name in full or the kin word; the surname alone is the
            # other one's
            latest = {name: at for name, at in latest.items() if not as_kin[name]}
        if not latest:
            return None
        ranked = sorted(latest.items(), key=lambda item: -item[1])
        if "\n" in self.folded[ranked[0][1] : position]:
            # named in an earlier paragraph ("Spouse: Nalini Kesavan" in an infobox): the
            # surname alone means the one the piece names most
            return max(latest, key=lambda name: (counts[name], latest[name]))
        if len(ranked) >= 2 and not SENTENCE_END.search(self.folded, ranked[1][1], ranked[0][1]):
            return None
        return ranked[0][0]

    def _references(self) -> None:
        """Pronouns, "the company" / "the startup", and "there" after a stint."""
        for match in _DEFINED_REF.finditer(self.folded):
            self._add(match.start("noun"), match.end("noun"), "ref", "", "Company")
        for match in _COMPANY_REF.finditer(self.folded):
            form = "Company" if match.group("noun") == "Company" else "company"
            # the noun alone: "The San Jose company" keeps San Jose a place
            self._add(match.start("noun"), match.end("noun"), "ref", "", form)
        for match in _PRONOUN.finditer(self.folded):
            word = match.group().lower()
            if word == "i" and match.group() != "I":
                continue
            if word == "us" and match.group() == "US":
                continue
            if word not in _PRONOUNS:
                continue  # "İ" (Turkish) matches "i" case-blind but lowers to two characters
            self._add(match.start(), match.end(), "ref", "", _PRONOUNS[word])
        for match in _THERE.finditer(self.folded):
            start = match.end() - len("there")
            self._add(start, match.end(), "ref", "", "there")
