"""All mentions in an English text: people, organisations, schools, products and places, and
the back-references (he, she, it, the company, we, I, "Lindqvist", "Dr. Shen") that relation
reading resolves.

Known organisations (the alias table) come first, written capitalised; then every capitalised
run is scored by the words around all its occurrences (`evidence`) and kept as the kind the
evidence favours; then the forms the text refers back with — a surname or given name alone, an
organisation's name without "Labs" or "Capital", a product without its maker's name, the
Chinese name in brackets — are marked wherever they recur.

The kinds of runs are in `name_kinds`, person names in `name_people`, the recurring forms and
back-references in `name_forms`; this module runs the steps in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pedigree.ingest.text.en.lexicon import NOT_NAME, PLACES, TITLE_WORDS
from pedigree.ingest.text.en.name_forms import KNOWN_AS, SENTENCE_END, FormSteps
from pedigree.ingest.text.en.name_kinds import KindSteps
from pedigree.ingest.text.en.name_people import (
    PeopleSteps,
    english_name_after,
    quoted_nickname,
    uncapped,
    without_occupation,
)
from pedigree.ingest.text.en.people import PersonName
from pedigree.ingest.text.en.runs import Run, capital_runs
from pedigree.ingest.text.entities import Mention, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import canonical_name, find_known, known_organization
from pedigree.ingest.text.layout import Layout
from pedigree.reference.romanise import surname_ranks

# Markers that stand for a mention in a text's shape (private-use characters: no pattern's \w
# or literal matches one), so rules can say "a person, then a title, then an organisation".
MARK = {
    "person": "\ue000", "org": "\ue001", "school": "\ue002", "product": "\ue003",
    "place": "\ue004",
}  # fmt: skip


_SCHOOL_KINDS = ("university", "school", "college")


_SUFFIXED = re.compile(
    r"(?: (?:Ventures|Venture Partners|Capital|Partners|Investments|Fund|Labs|Holdings))+\b"
)
_REGION = re.compile(
    r" (?:China|India|Asia|Europe|Japan|Korea|Singapore|Israel|US|Southeast Asia)\b"
)
_CAMPUS = re.compile(r" [A-Z][a-z]+\b(?! (?:[A-Z]|University|College))")
# A known company's unit or country arm, named as its own organisation: "Amazon Robotics",
# "Tesla Energy", "Toyota Research Institute", "Syngenta China" (a product — "WeChat Pay",
# "Google Maps" — is not a unit).
_UNIT = re.compile(
    r" (?:(?:AI )?(?:Research|Robotics|Energy|Freight|Cloud|Health|Healthcare|Medical|Mobility"
    r"|Logistics|Automotive|Semiconductors?|Electronics|Pharma|Pharmaceuticals|Securities|Bank"
    r"|Financial|Games|Studios|Entertainment|Motors|Devices|Networks|Lab|Institute)"
    r"(?: (?:Institute|Lab|Center|Centre))?"
    # "Nestlé Product Technology Centre": a centre named for what it does
    r"|(?:[A-Z][a-z]+ ){1,2}(?:Center|Centre|Laboratory|Laboratories)"
    r"|(?:(?:Greater )?China|India|Japan|Korea|Singapore|Europe|(?:Southeast )?Asia|Germany"
    r"|France|UK|US|USA|Italy|Spain|Netherlands|Switzerland|Brazil|Indonesia|Malaysia|Vietnam"
    r"|Thailand|Philippines|Hong Kong|Taiwan|Australia|Canada|Mexico|Israel|Africa"
    r"|(?:North|Latin) America|Middle East))(?![\w&-]| [A-Z])"
)
# Last words of a registered company's name (a filing's heading).
_LEGAL_ENDS = frozenset({
    "limited", "ltd", "ltd.", "inc", "inc.", "incorporated", "corporation", "corp", "corp.",
    "holdings", "group", "plc", "llc", "co.", "co.,", "ag", "sa", "n.v.", "s.a.",
})


def read_mentions(text: Text, layout: Layout) -> tuple[Mentions, Registry]:
    finder = _Finder(text, layout)
    finder.run()
    return Mentions(finder.mentions), finder.registry


_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+) $")


class _Finder(KindSteps, PeopleSteps, FormSteps):
    def __init__(self, text: Text, layout: Layout) -> None:
        self.text = text
        self.folded = text.folded
        self.layout = layout
        self.registry = Registry()
        self.mentions: list[Mention] = []
        self.taken = bytearray(len(self.folded))
        self.people: dict[str, PersonName] = {}  # canonical full name → its parts
        # Words the text writes in lower case: "delivery" is a word, "Cirrus" only a name.
        self.lower_words = frozenset(re.findall(r"(?<![\w-])[a-z][a-z'’-]*", self.folded))
        self._shorts: dict[str, str | None] = {}

    # -- steps --------------------------------------------------------------------------------

    def run(self) -> None:
        self._masthead()
        self._heading_company()
        self._known()
        runs = capital_runs(self.folded, self.taken)
        runs = english_name_after(self.folded, quoted_nickname(self.folded, runs))
        runs = [without_occupation(self.folded, uncapped(self.folded, run)) for run in runs]
        kinds = self._classify(runs)
        site = self._site_name(runs)
        if site is not None:
            kinds[site] = "org"
            head = site.split()[0]
            for text, kind in kinds.items():
                if kind == "person" and text.split()[0] == head:
                    kinds[text] = "org"  # "Gullwing Watersports" on gullwing.dk: no person
        self._coordinated(runs, kinds)
        people = self._people(runs, kinds)
        as_written = self._body_forms(runs, kinds)
        for run in sorted(runs, key=lambda r: r.start - r.end):
            kind = kinds.get(run.text)
            if kind == "person":
                self._add(run.start, run.end, "person", people.get(run.text, run.text))
            elif kind in ("org", "school", "product"):
                written = self.folded[run.start : run.end]  # "Crane & Holt" keeps its "&"
                written = as_written.get(run.text, written)
                mention = self._add(run.start, run.end, kind, canonical_name(written))
                if run.text == site and mention is not None and mention.entity is not None:
                    mention.entity.roles.add("document")
            elif kind == "place":
                self._add(run.start, run.end, "place", "")
        self._forms()
        self._known_as()
        self._references()

    def _body_forms(self, runs: list[Run], kinds: dict[str, str]) -> dict[str, str]:
        """An entry's company headed in capitals, named as the body writes it ("Brinecycle"),
        else in title case ("Quillay Minerals"); one headed in title case keeps its heading."""
        forms = {}
        for run in self.caps_entries(runs):
            if kinds.get(run.text) != "org":
                continue
            twins = [
                r.text for r in runs if r.text != run.text and r.text.lower() == run.text.lower()
            ]
            if twins:
                forms[run.text] = twins[0]
            elif run.text.isupper():
                forms[run.text] = " ".join(w.capitalize() for w in run.words)
        return forms

    def _known_as(self) -> None:
        """ "VoltHarbor, known in Chinese as Gangdian Energy (港电能源)": the second name is
        the first company's, wherever the text uses it."""
        orgs = sorted((m for m in self.mentions if m.kind == "org" and m.entity is not None),
                      key=lambda m: m.start)  # fmt: skip
        for first, second in zip(orgs, orgs[1:], strict=False):
            known_as = KNOWN_AS.match(self.folded, first.end)
            if not known_as or known_as.start("name") != second.start:
                continue
            if first.entity is second.entity:
                continue
            other, entity = second.entity, first.entity
            entity.forms |= {other.written, *other.forms}
            self.mentions = [
                replace(m, entity=entity) if m.entity is other else m for m in self.mentions
            ]
            self.registry.by_key[("org", other.name)] = entity

    def _add(self, start: int, end: int, kind: str, name: str, form: str = "") -> Mention | None:
        if start >= end or any(self.taken[start:end]):
            return None
        entity = None
        if kind not in ("ref", "place"):
            entity = self.registry.get(kind, name, self.text.original[start:end])
        mention = Mention(start, end, kind, entity, form)
        self.mentions.append(mention)
        self.taken[start:end] = b"\x01" * (end - start)
        return mention

    def _masthead(self) -> None:
        """ "Sinocap Brief | Founders" as a piece's first line: the publication, an
        organisation that is never the story's company ("Fu told Sinocap Brief")."""
        match = _MASTHEAD.match(self.folded)
        if match is None or _OWN_PAGE.match(self.folded, match.end() - 1):
            return  # ("Docketry | Meet the team": a company's own page, not a publication)
        name = match.group("name")
        mention = self._add(match.start("name"), match.end("name"), "org", name)
        if mention is not None and mention.entity is not None:
            mention.entity.roles.add("media")

    def _site_name(self, runs: list[Run]) -> str | None:
        """A page that opens with its site's address ("quillbridge.com > About > People") is
        the company's own: the name written like the address is that company, whatever else
        the words around it suggest, and "we" and "our" mean it."""
        site = _SITE.match(self.folded)
        if site is None:
            return None
        label = site.group("label").replace("-", "")
        exact = next((r.text for r in runs if r.text.lower().replace(" ", "") == label), None)
        if exact is not None:
            return exact
        # "gullwing.dk" over "Gullwing Watersports designs …": the name its address begins
        headed = [r.text for r in runs if len(r.words) >= 2 and r.words[0].lower() == label]
        return max(headed, key=len) if headed else None

    def _heading_company(self) -> None:
        """A document headed by a registered company's name in capitals ("SHUOYUAN
        INTELLIGENCE HOLDINGS LIMITED" over a prospectus section) is that company's own: the
        name is an organisation with the role `document`, which "our Group" and "we" mean."""
        position = 0
        for line in self.folded.split("\n")[:4]:
            start = position + len(line) - len(line.lstrip())
            position += len(line) + 1
            words = line.split()
            if not words:
                continue
            if 2 <= len(words) <= 8 and line.isupper() and words[-1].lower() in _LEGAL_ENDS:
                name = " ".join(w if not w.isalpha() else w.capitalize() for w in words)
                mention = self._add(start, start + len(line.strip()), "org", name)
                if mention is not None and mention.entity is not None:
                    mention.entity.roles.add("document")
                return

    def _known(self) -> None:
        """Organisations in the alias table, where the text writes them as names (capitalised:
        "Meta", not "meta-analysis"; "Arm", not "an arm of")."""
        for start, end in find_known(self.folded):
            written = self.folded[start:end]
            if not any(c.isupper() or c.isdigit() for c in written):
                continue
            if written.lower() in NOT_NAME or written.lower() in PLACES:
                continue
            if len(written) <= 3 and written.istitle() and written.lower() in surname_ranks():
                continue  # "Ge Tianrui", "Ge spent 12 years": the surname Ge, not GE
            if self._inside_longer_name(start) or self._between_capitals(start, end):
                continue  # "Altivo's Switchback Shell rain jacket": not the oil company
            known = known_organization(written)
            kind = "school" if known and known.kind in _SCHOOL_KINDS else "org"
            suffix = _SUFFIXED.match(self.folded, end)
            if suffix is None and known is not None and known.kind == "investor":
                suffix = _REGION.match(self.folded, end)  # Sequoia Capital China
            if suffix is None and kind == "org" and known is not None and known.kind == "company":
                suffix = _UNIT.match(self.folded, end)
            if suffix is None and kind == "school" and re.fullmatch(r"[A-Z]{2,4}", written):
                suffix = _CAMPUS.match(self.folded, end)  # IIT Bombay, not another "IIT"
            if suffix and not known_organization(written + suffix.group()):
                # "Toyota Ventures", "Baidu Capital": a firm of its own, not the company
                self._add(start, suffix.end(), "org", canonical_name(written + suffix.group()))
                continue
            self._add(start, end, kind, canonical_name(written))

    def _between_capitals(self, start: int, end: int) -> bool:
        """ "Red Shell Kitchen raised …": a capitalised word on each side, the first one the
        text never writes in lower case — the known name is the middle of another."""
        before = _WORD_BEFORE.search(self.folded, max(0, start - 30), start)
        after = re.match(r" (?:[A-Z][a-z]+)\b", self.folded[end : end + 20])
        return bool(
            before
            and after
            and before.group("word")[:1].isupper()
            and before.group("word").lower() not in NOT_NAME
            # (not "Former Google Brain researcher": a word the text also writes in lower case)
            and before.group("word").lower() not in self.lower_words
            and after.group().strip().lower() not in NOT_NAME
            and known_organization(before.group("word")) is None
        )

    def _inside_longer_name(self, start: int) -> bool:
        """Whether a capitalised word of a name stands right before `start`, mid-sentence:
        the known name is the end of another one (Switchback Shell, Harbor Apple)."""
        before = _WORD_BEFORE.search(self.folded, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group("word")
        if word.lower() in surname_ranks() and re.match(r"[A-Z][a-z]{2,7}\b", self.folded[start:]):
            return True  # "## 4. Sun Qiming": a surname, then a given name like Qiming's
        opens = SENTENCE_END.search(self.folded[max(0, before.start() - 3) : before.start()])
        return not (
            opens
            or before.start() == 0
            or word.lower() in NOT_NAME
            or word.lower() in PLACES
            or word.lower() in TITLE_WORDS
            or known_organization(word) is not None
        )


# A publication's name and the section over a piece: "TechLedger | Fundraising".
_SITE = re.compile(
    r"\s*(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]{3,30})\.(?:com|ai|io|co|net|org|app|tech"
    r"|com\.\w\w|co\.\w\w|[a-z]{2})\b"
)
# What a company's own site calls its pages.
_OWN_PAGE = re.compile(
    r"(?:Meet (?:the|our) (?:team|founders|people)|(?:Our )?(?:Team|People|Leadership|Founders)"
    r"|About(?: us)?|Careers|Company)\b",
    re.IGNORECASE,
)
_MASTHEAD = re.compile(r"\s*(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})[ \t]*\|[ \t]*\S")
