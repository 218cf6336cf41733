"""All mentions in an English text: people, organisations, schools, products and places, and
the back-references (he, she, it, the company, we, I, "Lindqvist", "Dr. Shen") that relation
reading resolves.

Known organisations (the alias table) come first, written capitalised; then every capitalised
run is scored by the words around all its occurrences (`evidence`) and kept as the kind the
evidence favours; then the forms the text refers back with — a surname or given name alone, an
organisation's name without "Labs" or "Capital", a product without its maker's name, the
Chinese name in brackets — are marked wherever they recur.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from pedigree.ingest.text.en.evidence import Evidence, weigh
from pedigree.ingest.text.en.lexicon import (
    HONORIFICS,
    NOT_NAME,
    ORG_SUFFIXES,
    PLACE_WORDS,
    PLACES,
    SCHOOL_WORDS,
    TITLE_HEAD_RE,
    TITLE_WORDS,
    body_of,
)
from pedigree.ingest.text.en.people import (
    NAME_WORD,
    PersonName,
    english_given_names,
    name_shaped,
    pinyin_name,
)
from pedigree.ingest.text.en.runs import Run, capital_runs
from pedigree.ingest.text.entities import Mention, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import canonical_name, find_known, known_organization
from pedigree.ingest.text.layout import Layout
from pedigree.reference.romanise import is_pinyin

# Markers that stand for a mention in a text's shape (private-use characters: no pattern's \w
# or literal matches one), so rules can say "a person, then a title, then an organisation".
MARK = {
    "person": "\ue000", "org": "\ue001", "school": "\ue002", "product": "\ue003",
    "place": "\ue004",
}  # fmt: skip
_SCHOOL_KINDS = ("university", "school", "college")
_ALIAS_AFTER = re.compile(
    r"(?:,\s*\d{1,3},)?(?:\s*\([^)]{0,80}\))?,?\s*(?:who\s+)?(?:also\s+|better\s+)?"
    r"(?:known as|goes by|went by|nicknamed|called)\s+(?P<alias>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\s*[—–-]+\s*(?P<nick>[A-Z][\w'’-]+)\s+to\s+(?:almost\s+|nearly\s+|most\s+)?(?:everyone"
    r"|everybody|friends|colleagues)",
)
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
_KNOWN_AS = re.compile(
    r"\s*[—–(,]\s*(?:better |also |commonly |formerly )?known (?:in (?:Chinese|China|English) "
    r"|locally )?as\s+(?P<name>[A-Z][\w&.'’-]*"
    r"(?: [A-Z][\w&.'’-]*){0,3})"
)
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
    r"|(?:China|India|Japan|Korea|Singapore|Europe|Asia|Germany|France|UK|Brazil|Indonesia"
    r"|Malaysia|Vietnam|Thailand|Australia|Canada|Mexico|Israel))(?![\w&-]| [A-Z])"
)
# Last words of a registered company's name (a filing's heading).
_LEGAL_ENDS = frozenset({
    "limited", "ltd", "ltd.", "inc", "inc.", "incorporated", "corporation", "corp", "corp.",
    "holdings", "group", "plc", "llc", "co.", "co.,", "ag", "sa", "n.v.", "s.a.",
})
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)|\n")
_THERE = re.compile(r"\b(?:years?|months?|time|stint|career|worked|work|stayed|there)\s+there\b")


def read_mentions(text: Text, layout: Layout) -> tuple[Mentions, Registry]:
    finder = _Finder(text, layout)
    finder.run()
    return Mentions(finder.mentions), finder.registry


_BRACKETED_AFTER = re.compile(r"\s*\(([^)\n]{2,40})\)")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+) $")


class _Finder:
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
        runs = _english_name_after(self.folded, _quoted_nickname(self.folded, runs))
        runs = [_uncapped(self.folded, run) for run in runs]
        kinds = self._classify(runs)
        site = self._site_name(runs)
        if site is not None:
            kinds[site] = "org"
        self._coordinated(runs, kinds)
        people = self._people(runs, kinds)
        for run in sorted(runs, key=lambda r: r.start - r.end):
            kind = kinds.get(run.text)
            if kind == "person":
                self._add(run.start, run.end, "person", people.get(run.text, run.text))
            elif kind in ("org", "school", "product"):
                written = self.folded[run.start : run.end]  # "Crane & Holt" keeps its "&"
                mention = self._add(run.start, run.end, kind, canonical_name(written))
                if run.text == site and mention is not None and mention.entity is not None:
                    mention.entity.roles.add("document")
            elif kind == "place":
                self._add(run.start, run.end, "place", "")
        self._forms()
        self._known_as()
        self._references()

    def _known_as(self) -> None:
        """ "VoltHarbor, known in Chinese as Gangdian Energy (港电能源)": the second name is
        the first company's, wherever the text uses it."""
        orgs = sorted((m for m in self.mentions if m.kind == "org" and m.entity is not None),
                      key=lambda m: m.start)  # fmt: skip
        for first, second in zip(orgs, orgs[1:], strict=False):
            known_as = _KNOWN_AS.match(self.folded, first.end)
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
        if match is None:
            return
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
        return next((r.text for r in runs if r.text.lower().replace(" ", "") == label), None)

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
            if self._inside_longer_name(start):
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

    def _inside_longer_name(self, start: int) -> bool:
        """Whether a capitalised word of a name stands right before `start`, mid-sentence:
        the known name is the end of another one (Switchback Shell, Harbor Apple)."""
        before = _WORD_BEFORE.search(self.folded, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group("word")
        opens = _SENTENCE_END.search(self.folded[max(0, before.start() - 3) : before.start()])
        return not (
            opens
            or before.start() == 0
            or word.lower() in NOT_NAME
            or word.lower() in PLACES
            or word.lower() in TITLE_WORDS
            or known_organization(word) is not None
        )

    def _classify(self, runs: list[Run]) -> dict[str, str]:
        """Each run's text → person, org, school, product or place, by its evidence."""
        evidence: dict[str, Evidence] = defaultdict(Evidence)
        nicknames = self._nicknames(runs)
        titled = {run.text for run in runs if run.honorific}
        for run in runs:
            found = evidence[run.text]
            weigh(self.folded, run.start, run.end, found, run.flag, run.honorific)
            if len(run.words) == 2 and nicknames & set(run.words):
                found.person += 1  # Max Gao, where "Max" is what everyone calls Gao Ming
        for run in self._contact_names(runs):
            evidence[run.text].person += 2  # the name heading a media contact block
        for name in {run.text for run in self._entry_names(runs)}:
            evidence[name].person += 1  # "12. Ines Carvalho, Meterwise": who the entry is
        for key, found in evidence.items():
            if self._makers_product(key, found, evidence) and self._used_as_product(key):
                found.product += 1
        for key, found in evidence.items():
            words = key.split()
            if len(words) == 2 and name_shaped(words):
                # "Mr. Olsen said", "Diego is our CTO": a word of the name alone acts as a
                # person (the given name only for a run nothing else calls a thing)
                given = evidence.get(words[0]) if not (found.org or found.product) else None
                for alone in (evidence.get(words[-1]), given):
                    if alone is not None and alone.person > alone.org:
                        found.person += 1
                        break
                # "About Altivo Outdoor … Altivo generated revenue": against a sign of a person,
                # a first word that acts as a company on its own is the company's short form
                first = evidence.get(words[0])
                if found.person and first is not None and first.org > max(first.person, 0.5):
                    found.org += 1
            elif len(words) >= 2:
                # "Lim Wei Jie … Lim never worked at Shopee": the family name may come first
                for alone in (evidence.get(words[-1]), evidence.get(words[0])):
                    if alone is not None and alone.person > alone.org:
                        found.person += 1
                        break
        kinds = {}
        for key, found in sorted(evidence.items(), key=lambda item: -len(item[0].split())):
            placed = found.place > found.org + found.person  # Tarvon of Tarvon People's Hospital
            if " " not in key and not placed and self._form_of(key, kinds):
                continue  # Aubrac of Aubrac Labs, Lindqvist of Maya Lindqvist: a form, later
            kind = _kind(key.split(), found, key in titled)
            if kind:
                kinds[key] = kind
        speakers = {who for _, _, who in self.layout.answers if who}
        if self.layout.answers:  # "VALERIA OCAMPO:" labelling a turn, once, in full
            speakers |= set(_FULL_LABEL.findall(self.folded))
        for name in self.layout.bylined | speakers:
            if len(name.split()) >= 2:
                kinds.setdefault(name, "person")
        return kinds

    @staticmethod
    def _makers_product(key: str, found: Evidence, evidence: dict[str, Evidence]) -> bool:
        """ "Harborline Clear", "Tallyhub Books" beside "Harborline", "Tallyhub" alone: a
        company's name and a word that is not a kind of firm — the company's product (a name
        with any evidence of its own, as a person or a company, is left to that)."""
        words = key.split()
        if len(words) < 2 or found.person > found.product or found.org > 0.5 or found.place:
            # ("pay for Brindle Sim": a weak sign of a company, no more; "Our newer product,
            # Quillbridge Hedge, lets": its own sign of a product weighs against a person's)
            return False
        head, tail = words[0], [w.lower() for w in words[1:]]
        maker = evidence.get(head)
        acts = maker is not None and maker.org >= 1 and maker.person <= maker.org
        firm = any(  # "Brindle Labs" beside "Brindle Sim"
            other.split()[0] == head and other.split()[-1].lower() in ORG_SUFFIXES
            for other in evidence
            if other != key
        )
        if not (acts or firm) or known_organization(head) is not None:
            return False  # the head must be a company the text names
        return not (
            known_organization(key) is not None
            or set(tail) & _NOT_PRODUCT_WORDS
            or tail[-1].endswith(_FIRM_ENDS)
        )

    def _used_as_product(self, key: str) -> bool:
        """Whether the text somewhere makes, sells or uses `key`, or calls it a kind of
        software ("makes Tessary Review, a plan-checking tool", "through Harborline Clear")."""
        at = self.folded.find(key)
        while at >= 0:
            before = self.folded[max(0, at - 20) : at]
            after = self.folded[at + len(key) : at + len(key) + 60]
            if _PRODUCT_CUE_BEFORE.search(before) or _PRODUCT_CUE_AFTER.match(after):
                return True
            at = self.folded.find(key, at + len(key))
        return False

    def _coordinated(self, runs: list[Run], kinds: dict[str, str]) -> None:
        """A name listed with organisations is one ("a veteran of Honeywell and Johnson
        Controls"), and a personal name listed with people is a person ("Julie Martin, Ahmed
        Benali and Lucas Petit")."""
        spans: dict[str, list[tuple[int, int]]] = {"org": [], "person": []}
        for m in self.mentions:
            if m.kind in ("org", "school"):
                spans["org"].append((m.start, m.end))
        for r in runs:
            kind = kinds.get(r.text)
            if kind in ("org", "school", "person"):
                spans["person" if kind == "person" else "org"].append((r.start, r.end))
        for run in runs:
            if run.text in kinds or run.possessive or self._form_of(run.text, kinds):
                continue
            window = self.folded[max(0, run.start - 8) : run.start]
            before = re.search(r"(?:,|,? and|,? or|&)\s+$", window)
            after = re.match(r"(?:,|,?\s+and|,?\s+or|\s*&)\s+", self.folded[run.end : run.end + 8])
            for kind in ("org", "person"):
                if kind == "person" and not name_shaped(run.words):
                    continue
                ends = {e for _, e in spans[kind]}
                starts = {s for s, _ in spans[kind]}
                left = before and run.start - len(before.group()) in ends
                right = after and run.end + len(after.group()) in starts
                # a bare comma joins only inside a list ("A, B and C"), not "EECS, UC Berkeley"
                left_word = left and re.search(r"and|or|&", before.group())
                right_word = right and re.search(r"and|or|&", after.group())
                if (left and right) or left_word or right_word:
                    kinds[run.text] = kind
                    break

    def _contact_names(self, runs: list[Run]) -> list[Run]:
        """The person named first in each media contact block."""
        found = []
        for start, end in self.layout.contacts:
            inside = [r for r in runs if start <= r.start < end and len(r.words) >= 2]
            if inside:
                found.append(inside[0])
        return found

    def _entry_names(self, runs: list[Run]) -> list[Run]:
        """The names that open numbered list entries ("12. Ines Carvalho, Meterwise", "2-3.
        Noor Haddad and Felix Brandt, Ostler"): people, as in an alumni list."""
        found = []
        for run in runs:
            line_start = self.folded.rfind("\n", 0, run.start) + 1
            head = _ENTRY_HEAD.fullmatch(self.folded, line_start, run.start)
            joined = re.match(
                r"(?:,|\s+and\s+|\s*[(—–|:]|\s+-\s+)", self.folded[run.end : run.end + 6]
            )
            if head is None:  # the second name of "A and B, Company"
                before = self.folded[line_start : run.start]
                head = re.fullmatch(r"\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?[.)]\s+[^,\n]{3,40}\s+and\s+",
                                    before)
            placed = _BRACKETED_AFTER.match(self.folded[run.end : run.end + 44])
            if placed and placed.group(1).lower() in PLACES:
                continue  # "5) Lumen Route (Singapore) — routing software": a company's entry
            if head is not None and joined and name_shaped(run.words):
                found.append(run)
        return found

    def _nicknames(self, runs: list[Run]) -> set[str]:
        """Names declared as another form of the name before them ("also known as Annie
        Qiao", "Max to almost everyone"): the given names in them."""
        found = set()
        for run in runs:
            match = _ALIAS_AFTER.match(self.folded, run.end)
            if match:
                found.add((match.group("nick") or match.group("alias")).split()[0])
        return found

    def _form_of(self, word: str, kinds: dict[str, str]) -> bool:
        """Whether a single word is the short form of a longer name already classified: an
        organisation's first word, a person's family or given name."""
        for key, kind in kinds.items():
            if kind == "person" and word in key.split():
                return True
            if kind in ("org", "school") and self._short(key) == word:
                return True
        return False

    def _short(self, key: str) -> str | None:
        if key not in self._shorts:
            self._shorts[key] = _short_form(key, self.lower_words)
        return self._shorts[key]

    def _people(self, runs: list[Run], kinds: dict[str, str]) -> dict[str, str]:
        """Written full name → the canonical name of its person, one entity for all the forms
        a text gives one person (Zhou Kaiwen, Kevin Zhou; Gao Ming, Max Gao)."""
        written = [r for r in runs if kinds.get(r.text) == "person"]
        canonical: dict[str, str] = {}
        for run in written:
            canonical.setdefault(run.text, run.text)
        nicknames: dict[str, set[str]] = defaultdict(set)
        for run in written:
            match = _ALIAS_AFTER.match(self.folded, run.end)
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
        for entity in ordered:
            short = _short_form(entity.written, self.lower_words)
            if short and short not in forms and not known_organization(short):
                forms[short] = (entity.kind, entity.name)
        owners = [e.written for e in self.registry.all("org")]
        # "Harborlight Sentinel" of Harborlight Security is "Sentinel" too
        owners += [f for f in (_short_form(o, self.lower_words) for o in owners) if f]
        for entity in self.registry.all("product"):
            for owner in owners:
                if entity.written.startswith(owner + " "):
                    rest = entity.written[len(owner) + 1 :]
                    forms.setdefault(rest, ("product", entity.name))
        for mention in list(self.mentions):
            known_as = _KNOWN_AS.match(self.folded, mention.end)
            if mention.kind == "org" and mention.entity is not None and known_as:
                forms.setdefault(known_as.group("name"), ("org", mention.entity.name))
        for alias, (kind, name) in self._aliases().items():
            forms.setdefault(alias, (kind, name))
        shared: dict[str, list[str]] = {}
        for single, person in self._single_words().items():
            if isinstance(person, list):
                shared[single] = person
                forms.setdefault(single, ("person", ""))
            else:
                forms.setdefault(single, ("person", person))
        whole = {e.written for e in self.registry.all()} | {n for n in self.layout.bylined}
        for start, end, form in self._occurrences(forms):
            kind, name = forms[form]
            if kind == "person" and not name:
                name = self._nearest_named(shared.get(form, []), start) or ""
                if not name:
                    continue
            if form not in whole and _inside_name(self.folded, start, end):
                continue  # "Cloud" of Oracle Cloud is not Loomstack Cloud's short form
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
        for m in self.mentions:
            named = m.kind == "person" and m.entity is not None and m.entity.name in names
            if named and m.start < position:
                latest[m.entity.name] = max(latest.get(m.entity.name, -1), m.start)
                counts[m.entity.name] += 1
        if not latest:
            return None
        ranked = sorted(latest.items(), key=lambda item: -item[1])
        if "\n" in self.folded[ranked[0][1] : position]:
            # named in an earlier paragraph ("Spouse: Nalini Kesavan" in an infobox): the
            # surname alone means the one the piece names most
            return max(latest, key=lambda name: (counts[name], latest[name]))
        if len(ranked) >= 2 and not _SENTENCE_END.search(self.folded, ranked[1][1], ranked[0][1]):
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


# A publication's name and the section over a piece: "TechLedger | Fundraising".
_SITE = re.compile(
    r"\s*(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]{3,30})\.(?:com|ai|io|co|net|org|app|tech|cn|hk"
    r"|sg|com\.\w\w)\b"
)
_MASTHEAD = re.compile(r"\s*(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})[ \t]*\|[ \t]*\S")
# A speaker's full name in capitals labelling an interview turn: "VALERIA OCAMPO: …".
_FULL_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})[ \t]*:[ \t]", re.M)
# The number that opens a list entry: "12. ", "2-3. ".
_ENTRY_HEAD = re.compile(r"\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?[.)]\s+")
# "Wong Ka Chun, Felix (黃家俊), aged 48": an English given name after the Chinese name.
_NAME_ENDS = re.compile(r"\s*(?:[(（][\u4e00-\u9fff·]{2,5}[)）]|,\s*aged\b)")


# A team page's name line in capitals: "NANDINI RAO — VP Engineering", "1. LI WEI, CTO".
_CAPS_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•·*][ \t]*|\d{1,3}[.)][ \t]*)?$")
_ROLE_AFTER = re.compile(r"[ \t]*(?:[—–|:,]|\s-\s)[ \t]*(?P<role>[^\n]{2,80})")


def _uncapped(text: str, run: Run) -> Run:
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


def _english_given(word: str) -> bool:
    return word.lower() in english_given_names() or not is_pinyin(word.lower())


def _quoted_nickname(text: str, runs: list[Run]) -> list[Run]:
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


def _english_name_after(text: str, runs: list[Run]) -> list[Run]:
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


# Words no personal name holds, wherever they stand in a run.
_FIRM_WORDS = frozenset({
    "ventures", "venture", "capital", "partners", "labs", "holdings", "technologies",
    "technology", "group", "investments", "inc", "inc.", "ltd", "ltd.", "llc", "corp",
    "bank", "banco", "banca", "grupo", "commission", "agency", "ministry", "department",
    "bureau", "council", "administration", "laboratory", "association",
    "committee", "federation",
})
# A product's last words that say it is something else (built once, not per candidate).
_NOT_PRODUCT_WORDS = ORG_SUFFIXES | _FIRM_WORDS | PLACE_WORDS | SCHOOL_WORDS | PLACES


# Endings of compound last words that name a business: Biosystems, Cleantech, Foodworks.
_FIRM_ENDS = ("systems", "tech", "works", "labs", "ware", "sciences", "therapeutics", "robotics",
              "logistics", "analytics", "dynamics", "networks", "materials", "motors", "foods")


# What is done with a company's product, right around its name.
_PRODUCT_CUE_BEFORE = re.compile(
    r"\b(?:makes|made|sells|sold|ships|shipped|launched|released|through|via|uses|use|using"
    r"|pay for|pays for|run on|runs on|its|their"
    # "ClearBridge's two core offerings are the ClearBridge Aligner System and BridgeScan"
    r"|(?:products|offerings)\s+(?:are|include)(?:\s+the)?"
    # "Our newer product, Quillbridge Hedge", "our simulator, Forgeline Bench": in apposition to
    # a kind of product, or to a thing the company owns
    r"|(?:product|platform|app|service|tool|software|system|engine|suite|device),"
    r"|(?:our|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+,)\s+$",
    re.I,
)
_PRODUCT_CUE_AFTER = re.compile(
    # ("Castwright Studio, the company's flagship product", "Stridelab Coach — a mobile app")
    r"^(?:,|\s[—–-])\s+(?:an?\s+|the\s+|(?:the\s+company|its|their|our)(?:'s|’s)?\s+)?"
    r"(?:[\w/-]+\s+){0,3}?(?:engine|tool|software|service|platform|app"
    r"|product|system|model|suite|assistant|api)\b"
    # "Ironvale Sentinel passively maps every device": what a piece of software does
    r"|^\s+(?:now\s+|also\s+|today\s+|[a-z]+ly\s+)?(?:helps|lets|maps|watches|monitors|detects"
    r"|automates|scans|screens|flags|tracks|reads|drafts|classifies|schedules|converts"
    r"|reconciles|forecasts|predicts|routes|matches|translates|transcribes|generates|analy[sz]es"
    r"|integrates|plugs into|sits on|pairs)\b"
)


def _kind(words: list[str], evidence: Evidence, titled: bool = False) -> str | None:
    lower = [w.lower() for w in words]
    key = " ".join(lower)
    if key in PLACES or lower[-1] in PLACE_WORDS or all(w in PLACES for w in lower):
        return "place"
    if evidence.product >= 1 and (evidence.product > evidence.person or len(words) == 1) and (
        evidence.product >= evidence.org  # "Co-founded Lumio, a payroll app": still a company
    ):
        return "product"
    if any(w in SCHOOL_WORDS for w in lower):
        return "school"
    if len(words) >= 2 and (
        lower[-1] in ORG_SUFFIXES
        or _FIRM_WORDS & set(lower)
        or lower[-1].endswith(_FIRM_ENDS)
        or body_of(lower)
    ):
        return "org"  # Aubrac Labs; Vertex Ventures Southeast Asia; Port Authority of Singapore
    if evidence.place and evidence.place > evidence.org + evidence.person:
        return "place"
    if name_shaped(words, titled):
        person = evidence.person + (lower[0] in english_given_names()) + 1.5 * pinyin_name(words)
        if person > 0 and person >= evidence.org:
            return "person"
        return "org" if evidence.org >= 1 else None
    if evidence.org >= 1:
        return "org"
    return None


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
    ):
        return other
    return None


def _in_one_paragraph(text: str, first: str, second: str) -> bool:
    """Whether some paragraph names both ("Ethan Ruan … Ruan, whose Chinese name is Ruan Bo"):
    an English name and a pinyin one far apart are two people who share a family name."""
    return any(first in part and second in part for part in re.split(r"\n\s*\n", text))


# What opens a sentence or a line, then any spaces: the capitalised word after it is no name's.
_OPENER_END = re.compile(r"[.!?:\n\"“]\s*\Z")
# An honorific and the spaces after it; a name written alone after it, not running on.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+")
_ALONE_AFTER = re.compile(r"\b(?!\s+[A-Z])")


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


def _short_form(written: str, lower_words: frozenset[str]) -> str | None:
    """An organisation's name without its generic last words (Aubrac Labs → Aubrac, Lightspeed
    Venture Partners → Lightspeed), or its first word when the text never writes that word in
    lower case (Cirrus Compute → Cirrus, but not Delivery Hero → Delivery); None when nothing
    distinctive is left."""
    words = written.split()
    while len(words) > 1 and (
        words[-1].lower() in _GENERIC_LAST_WORDS or words[-1].lower().endswith(_FIRM_ENDS)
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
