"""Reading English prose in order: who each clause is about, and whom "he", "she", "it", "the
company", "we" and "I" mean at each point.

`Context` holds the text with its mentions written into a *shape* (every name overwritten by a
marker of its kind, so a rule can say "a person, a comma, a title, at, an organisation"), the
sentences and their asides, and the timelines of people and companies the story moves
through. Rules ask it for the subject of a verb and get entities, never pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.en.lexicon import STUDIED_AT, TITLE, TITLE_HEAD
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.en.sentences import (
    Aside,
    find_asides,
    split_clauses,
    split_sentences,
)
from pedigree.ingest.text.entities import Entity, Mention, Mentions, Registry
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.periods import Period, find_periods
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
_SUBJECT_PRONOUNS = ("he", "she", "i")
# "they" opening a clause, after at most a short time phrase ("In 2020 they co-founded"), or a
# relative clause ("Tariffly, which they started together in 2023").
_THEY_OPENS = re.compile(
    r"\s*(?:(?:which|that)\s+)?(?:(?:in|by|since|after|later|then|soon after)\b[^,;.]{0,20}?,?\s+)?"
    r"(?:together,?\s+)?they\b"
)
# Where a bio names someone's employer: "a penetration tester at NCC Group", "from Figma".
_AT_EMPLOYER = re.compile(r"\b(?:at|from|joined|of|for|with|in)\s+(?:the\s+)?$")
# Between two people who do something together: "and", or "and a former colleague,".
_COORDINATION = re.compile(
    r",?\s*(?:and|&|,)\s*(?:(?:a|an|the|his|her|their|former|old|longtime|long-time)\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}[a-z-]+,\s*"
    # "he and former Lazada engineer Tran Minh Chau": the second person's former post before them
    r"|(?<=former )(?:[\w&.'’-]+\s+){0,2}(?:engineer|designer|scientist|researcher|manager"
    r"|director|executive|colleague|consultant|analyst|banker|lawyer|doctor)\s+)?"
)
_RELATIVE = re.compile(r"\s*(?:who|whose|whom|which|where|when)\b")
# Two people just named, referred to together: "The pair met …", "Both hold doctorates".
_PAIR = re.compile(
    r"\s*(?:the\s+(?:pair|two|duo|couple|two founders|co-?founders|founders)"
    r"|both(?:\s+founders)?)\b",
    re.I,
)
_AND_THE_PAIR = re.compile(
    r"(?:,\s*and|;)\s+(?:the\s+(?:pair|two|duo|two founders|two men|two women)|both)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# An opening phrase whose subject is the main clause's: "Before founding Kelda, …".
_LEADING_PHRASE = re.compile(
    r"\s*(?:(?:before|after|since|while|upon|on|when|having|shortly after|soon after|until"
    r"|prior to)\s+"
    r"\w+ing\b[^,;]{0,80}"
    # "A Peking University graduate with a master's from MIT, she ran product …": the one
    # described is the main clause's subject
    r"|an?\s+(?:[^,;]{0,60}?\s)?(?:graduate|alumn(?:us|a)|dropout|veteran)\b[^,;]{0,60}),\s*",
    re.I,
)
# A wire story's dateline: "SHANGHAI, March 18, 2025 /AsiaNet Wire/ --", "BEIJING (Reuters) -".
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,40}(?:,[^\n/()]{0,40}?)?(?:\s*/[^/\n]{2,60}/|\s*\([^)\n]{2,40}\))?"
    r"\s*(?:--|—|–|-)\s+"
)
_FACULTY = re.compile(
    r"(?:the\s+)?(?:school|faculty|department|college|institute)\s+(?:of|for)\s", re.I
)
# A clause that opens by describing its subject instead of naming it: "Stripe's first country
# manager for Japan", "The former head of developer relations", "An engineering manager".
_DESCRIBED = re.compile(
    rf"\s*(?:(?:the|a|an)\s+)?(?:(?:former|first|early|longtime|long-time|onetime|then-)\s*)?"
    rf"(?:[{MARK['org']}]+(?:'s|’s)\s+(?:(?:former|first|early|longtime|then-)\s*)?)?{TITLE}\b",
    re.I,
)
# A line that is a list entry's company and nothing else: "2. Polaris Voice", "Loomi (鹿米)".
# "1. Nicole Tay - Loopcart": its founder first.
_ENTRY_LINE = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[.)][ \t]+|#+[ \t]*)?"
    rf"(?:[{MARK['person']}]+[ \t]*(?:[-—–:|]|and[ \t]+[{MARK['person']}]+[ \t]*[-—–:|])[ \t]*)?"
    rf"(?P<org>[{MARK['org']}]+)(?:[ \t]*\([^)\n]*\))?[ \t]*"
    r"(?:[—–][^\n]*|[ \t]-[ \t][^\n]*)?"  # "2) Giao (Ho Chi Minh City) — same-day delivery"
)
_HEADING_LINE = re.compile(r"^[ \t]*#", re.M)
_CONFUSED_WITH = re.compile(
    r"\b(?:confused|mixed up|confuse|mistaken|conflated)\s+(?:\w+\s+)?with\s+(?:the\s+)?$"
)
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:(?:spent|spend|spends|worked|working|works|years|months|decades?|stint|career|tenure"
    r"|former|formerly|previously)\b|(?!co-?founder|cofounder|founder)" + TITLE_HEAD + r"\b)"
    r"[^.;:\n]{0,30}\b(?:at|for|with)\s+(?:the\s+)?$"  # "a neonatologist at SickKids"
)
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:customers?|clients?|used by|buyers?|users)\b[^.;\n]{0,60}\b(?:including|such as"
    r"|like|among them)\b[^.;\n]{0,60}$"
)
_MALE_KIN = frozenset({"father", "husband", "son", "brother", "uncle", "grandfather"})
_KIN_BEFORE = re.compile(
    r"\b(?:her|his|their|my|our)\s+(father|husband|son|brother|uncle|grandfather|mother|wife"
    r"|daughter|sister|aunt|grandmother)\s*,?\s*$"
)
_FUND_NAME = re.compile(r"\b(?:Ventures|Venture Partners|Capital|Partners|Investments|Fund|VC)$")
_NOT_COMPANY_KINDS = ("investor", "university", "school", "college", "media", "government")


@dataclass
class Context:
    text: Text
    layout: Layout
    mentions: Mentions
    registry: Registry
    blocks: list[tuple[int, int, Entity]] = field(default_factory=list)  # name-led blocks
    _resolved: dict[int, Entity | None] = field(default_factory=dict)  # ref start → entity
    _genders: dict[Entity, str] = field(default_factory=dict)  # the pronoun a person took

    # -- structure --------------------------------------------------------------------------

    @cached_property
    def shape(self) -> str:
        chars = list(self.text.folded)
        for m in self.mentions.items:
            if m.kind in MARK:
                chars[m.start : m.end] = MARK[m.kind] * (m.end - m.start)
        return "".join(chars)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text.folded)

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """Every word of every person's name the text names (Salleh of Ridhwan Salleh)."""
        return frozenset(
            word
            for m in self.mentions.items
            if m.kind == "person" and m.entity is not None
            for word in m.entity.name.split()
        )

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        found = []
        for start, end in self.sentences:
            dateline = _DATELINE.match(self.text.folded, start, end)
            found += split_clauses(self.text.folded, dateline.end() if dateline else start, end)
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self.sentences[i] if self.sentences else (0, 0)

    def clause_at(self, position: int) -> tuple[int, int]:
        start, end = self.sentence_at(position)
        for s, e in split_clauses(self.text.folded, start, end):
            if s <= position < e:
                return s, e
        return start, end

    @cached_property
    def _asides(self) -> dict[int, list[Aside]]:
        return {
            s: [a for a in find_asides(self.text.folded, s, e) if self._describes(a)]
            for s, e in self.sentences
        }

    def _describes(self, aside: Aside) -> bool:
        """An apposition stands right after the name it describes; ", previously studied …"
        after a date goes on with the main clause. Brackets, dashes and relative clauses are
        asides wherever they stand."""
        text = self.text.folded
        if text[aside.start] != "," or _RELATIVE.match(text, aside.start + 1):
            return True
        position = aside.anchor
        while position > 0 and text[position - 1] in " )\"”’":
            position -= 1
        named = self.mentions.covering(position - 1)
        return named is not None and named.kind != "place"

    def asides(self, position: int) -> list[Aside]:
        return self._asides.get(self.sentence_at(position)[0], [])

    def aside_at(self, position: int) -> Aside | None:
        inner = [a for a in self.asides(position) if a.start < position < a.end]
        return max(inner, key=lambda a: a.start) if inner else None

    @cached_property
    def amounts(self) -> list[Amount]:
        return find_amounts(self.text.folded)

    @cached_property
    def periods(self) -> list[Period]:
        return find_periods(self.text.folded, self.text.published)

    def amounts_in(self, start: int, end: int) -> list[Amount]:
        return _between(self.amounts, self._amount_starts, start, end)

    def periods_in(self, start: int, end: int) -> list[Period]:
        return _between(self.periods, self._period_starts, start, end)

    @cached_property
    def _amount_starts(self) -> list[int]:
        return [a.start for a in self.amounts]

    @cached_property
    def _period_starts(self) -> list[int]:
        return [p.start for p in self.periods]

    @cached_property
    def _unreadable(self) -> bytearray:
        """Per character: 1 in a byline, boilerplate, an interviewer's question or quoted
        speech."""
        marks = bytearray(len(self.text.folded) + 1)
        for start, end in [*self.layout.skipped, *self.layout.questions, *self.layout.speech]:
            marks[start:end] = b"\x01" * (min(end, len(marks)) - start)
        return marks

    def readable(self, position: int) -> bool:
        """Whether text at `position` states facts: not a byline, boilerplate, question or
        quoted speech."""
        return not self._unreadable[position]

    def lower(self, start: int, end: int) -> str:
        return self.shape[start:end].lower()

    # -- who is who ---------------------------------------------------------------------------

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
        if form in ("company", "it"):
            return self._company_in_clause(mention) or self.company_at(mention.start)
        if form == "there":
            return self._org_before(mention.start)
        return None

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
            kin = _KIN_BEFORE.search(self.lower(max(0, m.start - 30), m.start))
            if kin:
                found.setdefault(m.entity, "he" if kin.group(1) in _MALE_KIN else "she")
        return found

    def _sentence_back(self, position: int, count: int) -> int:
        i = max(0, bisect_right(self._sentence_starts, position) - 1)
        return self._sentence_starts[max(0, i - count)] if self.sentences else 0

    def _org_before(self, position: int) -> Entity | None:
        floor = self._sentence_back(position, 1)
        orgs = self.mentions.within(floor, position, "org")
        return orgs[-1].entity if orgs else None

    def is_subject(self, mention: Mention) -> bool:
        """A person named as the one who does something: not after a preposition or object
        verb, not a possessor ("Jason's advisor"), not "him" or "her"."""
        if self.text.folded.startswith(("'s", "’s"), mention.end):
            return False
        if mention.kind == "ref" and mention.form not in _SUBJECT_PRONOUNS:
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

    @cached_property
    def document_company(self) -> Entity | None:
        """The company whose own document this is (a filing headed by its name)."""
        return next((e for e in self.registry.all("org") if "document" in e.roles), None)

    @cached_property
    def main_company(self) -> Entity | None:
        """The company the piece is about: the company whose document it is; else the
        organisation it names most among those it introduces (not the alias table's
        investors, schools and media), else among all."""
        if self.document_company is not None:
            return self.document_company
        counts = Counter(
            m.entity for m in self.mentions.items
            if m.kind == "org" and m.entity is not None and (
                self.companylike(m.entity) or self._investing_company(m.entity)
            )
        )
        introduced = [e for e, _ in counts.most_common() if known_organization(e.name) is None]
        if introduced:
            return introduced[0]
        return counts.most_common(1)[0][0] if counts else None

    def _investing_company(self, entity: Entity) -> bool:
        """A company the text introduces that also invests ("Aquaveil led Glint's angel
        round"): still a company the piece can be about, unlike a fund."""
        if "investor" not in entity.roles or "media" in entity.roles:
            return False
        if _FUND_NAME.search(entity.name) or known_organization(entity.name) is not None:
            return False
        return entity not in self._studied_at and entity not in self._namesakes

    @cached_property
    def first_person_site(self) -> bool:
        """A company's own page ("We started Tidewell in 2023"): "we" is the company."""
        head = self.text.folded[:3000]
        we = len(re.findall(r"\b(?:we|our|us)\b", head, re.I))
        own = we >= 3 or (we >= 1 and len(self.blocks) >= 2)  # a team page says "our" once
        return own and not self.layout.answers and not self.layout.bylined

    def companylike(self, entity: Entity) -> bool:
        """An organisation that can be "the company": not an investor, a school or the
        publication itself."""
        if entity.kind != "org" or "investor" in entity.roles or "media" in entity.roles:
            return False
        if entity in self._studied_at or entity in self._namesakes:
            return False
        known = known_organization(entity.name)
        return known is None or known.kind not in _NOT_COMPANY_KINDS

    @cached_property
    def _studied_at(self) -> set[Entity]:
        """Organisations the text says someone studied at ("studied at Tec de Monterrey"):
        schools, whatever their names say."""
        found = set()
        for m in self.mentions.items:
            if m.kind == "org" and m.entity is not None and STUDIED_AT.search(
                self.lower(max(0, m.start - 40), m.start)
            ):
                found.add(m.entity)
        return found

    @cached_property
    def _namesakes(self) -> set[Entity]:
        """Organisations a text names only to say they are another ("often mixed up with
        Lichen Analytics, an unrelated data company"): never the company it speaks of."""
        found = set()
        for m in self.mentions.items:
            if m.kind != "org" or m.entity is None:
                continue
            written = self.text.folded[m.start : m.end]
            if written != m.entity.written or self.text.folded.count(written) > 1:
                continue  # "not to be confused with Northlight": a short form, the text's own
            before = self.lower(max(0, m.start - 40), m.start)
            after = self.lower(m.end, m.end + 30)
            if _CONFUSED_WITH.search(before) or re.match(r",\s+(?:an?\s+)?unrelated\b", after):
                found.add(m.entity)
        return found

    def company_at(self, position: int) -> Entity | None:
        """Whom "the company", "the startup" or "it" at `position` means: the latest company
        the story introduced before it (not a well-known employer or an investor named in
        passing), else the company the piece is about."""
        floor = self._sentence_back(position, 6)
        entry = self.entry_company(position)  # "2) Giao (Ho Chi Minh City) — …": its entry's
        for m in reversed(self.mentions.within(floor, position, "org")):
            entity = m.entity
            if entity is None or not self.companylike(entity):
                continue
            if entity is not self.main_company and self._named_in_passing(m):
                continue  # "spent seven years at Coursera", "customers including Acme"
            if _FUND_NAME.search(entity.name) and entity is not self.main_company:
                continue  # "Energy Impact Partners joining": a fund named in passing
            if entity is self.main_company and entry is not None:
                return entry  # the list's subject (Grab, in a Grab-alumni list) is no entry's
            if known_organization(entity.name) is None or entity is self.main_company:
                return entity
        return entry or self.main_company

    def _named_in_passing(self, mention: Mention) -> bool:
        """An organisation named as where someone worked before ("spent five years at Umicore",
        "a former staff engineer at Uber Freight", "a former CAST colleague") or among a
        company's customers: not the company a later "the company" means."""
        sentence_start = self.sentence_at(mention.start)[0]
        before = self.lower(max(sentence_start, mention.start - 60), mention.start)
        if _EMPLOYER_BEFORE.search(before) or self._attributive(mention):
            return True  # "a former CAST colleague": CAST only describes the colleague
        return bool(_CUSTOMER_BEFORE.search(self.lower(sentence_start, mention.start)))

    def organisations(self, start: int, end: int) -> list[Mention]:
        """Organisations and the references that can stand for one ("the company", "it's",
        "there", "we") between `start` and `end`."""
        found = []
        for m in self.mentions.within(start, end, "org", "school", "ref"):
            if m.kind == "ref" and m.form not in ("company", "Company", "it", "there", "we"):
                continue
            possessive = re.match(r"\s*(?:'s|’s)", self.text.folded[m.end :])
            if m.kind == "ref" and m.form == "it" and not possessive:
                continue  # "it" stands for a company only as "its"
            found.append(m)
        return found

    def parent_org(self, mention: Mention) -> Mention:
        """ "the School of Computer Science of Peking University": a faculty named before its
        university stands for the university (a post there is a post at the university)."""
        if mention.entity is None or not _FACULTY.match(mention.entity.written):
            return mention
        marks = f"[{MARK['org']}{MARK['school']}]"
        parent = re.match(rf",?\s+(?:of|at)\s+(?:the\s+)?{marks}", self.shape[mention.end :])
        if parent is None:
            return mention
        return self.mentions.at(mention.end + parent.end() - 1) or mention

    def _company_in_clause(self, mention: Mention) -> Entity | None:
        """ "joined Stripe in 2013 as its 40th employee", "remains at the company": a company
        named earlier in the same clause, outside asides, is the one meant."""
        start, _ = self.clause_at(mention.start)
        aside = self.aside_at(mention.start)
        for m in reversed(self.mentions.within(start, mention.start, "org", "ref")):
            if m.kind == "ref" and m.form not in ("company", "Company"):
                continue
            if self.aside_at(m.start) not in (None, aside) or self._attributive(m):
                continue  # not "his former DJI colleague": DJI only describes the colleague
            if self.owns_another(m):
                continue  # not "Meituan's venture arm, Dragonball Capital, had led its …"
            entity = self.entity(m)
            if entity is not None and self.companylike(entity):
                return entity
        return None

    def owns_another(self, mention: Mention) -> bool:
        """An organisation named as the owner of the one named next: "Kolibri's rival Bolt
        Labs", "Meituan's venture arm, Dragonball Capital"."""
        marks = f"[{MARK['org']}]"
        return bool(
            re.match(
                rf"(?:'s|’s)\s+(?:[a-z-]+\s+){{0,3}}?(?:[a-z-]+,\s+)?{marks}",
                self.shape[mention.end : mention.end + 40],
            )
        )

    def _attributive(self, mention: Mention) -> bool:
        """An organisation used to describe a noun after it: "a former DJI colleague"."""
        before = self.text.folded[max(0, mention.start - 12) : mention.start]
        after = self.text.folded[mention.end : mention.end + 3]
        return bool(re.search(r"\b(?:former|ex-|a|an|his|her|their|its|our|my)\s+$", before)) and (
            bool(re.match(r"\s[a-z]", after))
        )

    @cached_property
    def _entries(self) -> list[tuple[int, Entity]]:
        """Lines that head a list entry with a company's name alone ("2. Polaris Voice",
        "Mingjing AI (明镜智能)"): where each starts, and the company."""
        found = []
        position = 0
        for line in self.text.folded.split("\n"):
            start = position
            position += len(line) + 1
            head = _ENTRY_LINE.fullmatch(self.shape, start, start + len(line))
            if head is None or not self.readable(start):
                continue
            org = self.mentions.covering(head.start("org"))
            if org is not None and org.kind == "org" and org.entity is not None:
                found.append((start, org.entity))
        return found

    def entry_company(self, position: int) -> Entity | None:
        """The company of the list entry `position` stands in: the company heading the
        latest entry line before it, if a person-led block does not intervene."""
        before = [(s, e) for s, e in self._entries if s <= position]
        if not before or position - before[-1][0] > 1500:
            return None
        start, company = before[-1]
        if any(start < s <= position for s, _, _ in self.blocks):
            return None
        return company

    def heading_company(self, position: int) -> Entity | None:
        """The company a markdown heading names over the section `position` stands in
        ("### Siltrace — yield analytics for chip fabs" over its founders' bullets): blocks of
        that section's people may come between, another heading may not."""
        folded = self.text.folded
        before = [(s, e) for s, e in self._entries if s <= position]
        if not before or position - before[-1][0] > 1500:
            return None
        start, company = before[-1]
        line_end = folded.find("\n", start)
        line_end = len(folded) if line_end < 0 else line_end
        if not folded[start:line_end].lstrip().startswith("#"):
            return None
        if _HEADING_LINE.search(folded, line_end, position):
            return None  # another heading between: another section
        return company

    def paragraph_company(self, position: int) -> Entity | None:
        """The company a paragraph opens with in bold ("**Orbweave** designs deployable
        antennas …"): what its bare founder titles mean."""
        folded = self.text.folded
        start = folded.rfind("\n\n", 0, position)
        start = 0 if start < 0 else start + 2
        lead = re.match(r"[ \t]*\*\*", folded[start : start + 8])
        if lead is None:
            return None
        mention = self.mentions.at(start + lead.end())
        entity = self.entity(mention) if mention is not None else None
        return entity if entity is not None and entity.kind == "org" else None

    def page_company(self, company: Entity) -> bool:
        """Whether a team page's cards can mean `company` by a bare role: the page's own
        document, or a company the page introduces and names outside its people's cards (a
        company named only inside bios is someone's employer)."""
        if company is self.document_company:
            return True
        return known_organization(company.name) is None and any(
            m.entity is company
            and (
                self.block_person(m.start) is None
                or not _AT_EMPLOYER.search(self.lower(max(0, m.start - 16), m.start))
            )
            for m in self.mentions.items
            if m.kind == "org"
        )

    def block_person(self, position: int) -> Entity | None:
        """The person a name-led block (a team page entry, a list line, an infobox) is about."""
        return next((e for s, end, e in self.blocks if s <= position < end), None)

    # -- subjects -----------------------------------------------------------------------------

    def subjects(self, position: int, clause: tuple[int, int] | None = None) -> list[Entity]:
        """Who does what a verb or title at `position` says: the person an aside describes,
        else the nearest subject before it in its clause and the people coordinated with it,
        else the person of the block it stands in."""
        return [e for e in (self._named(m) for m in self.subject_mentions(position, clause)) if e]

    def _named(self, subject: Mention | Entity) -> Entity | None:
        return subject if isinstance(subject, Entity) else self.entity(subject)

    def subject_mentions(
        self, position: int, clause: tuple[int, int] | None = None
    ) -> list[Mention | Entity]:
        """`subjects`, as the mentions that name them (an entity where no mention in the
        clause does: an aside's anchor before it, a block's person)."""
        start, end = clause or self.clause_at(position)
        aside = self.aside_at(position)
        if aside is not None:
            anchor = self._anchor(aside)
            if anchor is not None:
                if re.match(r"[,(—–\s-]*(?:both|all)\b", self.lower(aside.start, aside.end)):
                    return list(self.coordinated(anchor))  # "A and B, both former …"
                return [anchor]
            start = max(start, aside.start + 1)
        people = [
            m for m in self.mentions.within(start, position, "person", "ref")
            if (m.kind == "person" or m.form in _SUBJECT_PRONOUNS)
            and self.aside_at(m.start) == aside
            and self.is_subject(m)
        ]
        pair = _AND_THE_PAIR.search(self.text.folded, people[-1].end if people else start, position)
        if pair is not None:
            found = self.pair_before(pair.start())
            if found:  # "She teamed up with Tobias Wren, …, and the pair incorporated …"
                return list(found)
        if people:
            return list(self.coordinated(people[-1]))
        block = self.block_person(position)
        if block is not None and aside is None and _DESCRIBED.match(self.shape, start):
            # "Stripe's first country manager for Japan left in 2021 …" under a list entry's
            # name: the entry's person, described instead of named
            return [block]
        if _THEY_OPENS.match(self.lower(start, position)):
            # "They launched Quoteflow", "In 2020 they co-founded …": the two named before
            return list(self.pair_before(start))
        listed = self._listed_subject(start, position)
        if listed:
            return listed
        if _PAIR.match(self.text.folded, start):
            return list(self.pair_before(start))
        leading = _LEADING_PHRASE.match(self.text.folded, start)
        if leading and position < leading.end():
            # "Before founding Kelda, Rosa Imani spent …": the main clause's subject
            after = self.mentions.within(leading.end(), end, "person", "ref")
            after = [m for m in after if m.kind == "person" or m.form in _SUBJECT_PRONOUNS]
            if after and not self.lower(leading.end(), after[0].start).strip():
                return list(self.coordinated(after[0]))
        if self._no_subject(start, position):
            block = self.block_person(position)
            if block is not None:
                return [block]
        return []

    def pair_before(self, position: int) -> list[Entity]:
        """ "The pair met while studying at …": the last two people named before."""
        found: list[Entity] = []
        floor = self._sentence_back(position, 2)
        for m in reversed(self.mentions.within(floor, position, "person", "ref")):
            if m.kind == "ref" and m.form not in ("he", "she"):
                continue
            entity = self.entity(m)  # "She teamed up with Tobias Wren, and the pair …"
            if entity and entity not in found and entity.name not in self.layout.bylined:
                found.append(entity)
            if len(found) == 2:
                return found[::-1]
        return []

    def _listed_subject(self, start: int, position: int) -> list[Mention | Entity]:
        """ "Hexa's three co-founders — A, B and C — all previously worked at …": the people
        an aside lists right after the subject's noun."""
        for aside in self.asides(position):
            if not start <= aside.start < aside.end <= position or aside.start - start > 60:
                continue
            if self.text.folded[aside.start : aside.start + 2].strip()[:1] not in ("—", "–", "("):
                continue
            people = self.mentions.within(aside.start, aside.end, "person")
            if people:
                return list(self.coordinated(people[-1]))
        return []

    def _anchor(self, aside: Aside) -> Mention | None:
        """The person an aside is about: the name just before its opening comma — or, with
        none there, before the aside it follows ("Wei Jie Tan, then a principal engineer …,
        who became …")."""
        anchor = aside.anchor
        text = self.text.folded
        while True:
            named = self._named_before(anchor)
            if named is not None:
                return named
            # an aside that closes right where this one opens: the name is before that one
            chained = [
                a for a in self.asides(anchor)
                if a is not aside and a.anchor < anchor and a.start < anchor
                and 0 <= anchor - a.end <= 2 and not text[a.end : anchor].strip(" ,")
            ]
            if not chained:
                return None
            anchor = max(a.anchor for a in chained)

    def _named_before(self, anchor: int) -> Mention | None:
        before = self.mentions.within(max(0, anchor - 60), anchor, "person", "ref")
        if not before or self.text.folded[before[-1].end : anchor].strip(" )"):
            return None
        last = before[-1]
        return last if last.kind == "person" or last.form in _SUBJECT_PRONOUNS else None

    def _no_subject(self, start: int, position: int) -> bool:
        """No one and nothing is named before `position` in the clause: a list line or a bio
        line that leaves the subject out ("Spent six years at Arm …")."""
        named = self.mentions.within(start, position, "org", "person", "ref", "product")
        return not [
            m for m in named
            if (m.kind != "ref" or m.form not in ("he", "she", "i")) and not self._object(start, m)
        ]

    def _object(self, start: int, mention: Mention) -> bool:
        """An organisation or product after a verb and a preposition of its clause ("Ran
        marketing for Taobao at Alibaba"): an object, not a subject."""
        if mention.kind not in ("org", "product"):
            return False
        before = self.lower(start, mention.start)
        return bool(re.fullmatch(r"\s*[a-z][\w-]*\b[^.;,]*\b(?:for|at|on|with|to|from|of)\s+"
                                 r"(?:the\s+)?", before))

    def coordinated(self, last: Mention) -> list[Mention]:
        """ "she and Dong Xu, a former … engineer, started": the people listed before the
        subject, with the asides after them skipped."""
        chosen = [last]
        while True:
            first = chosen[0]
            earlier = self.mentions.within(max(0, first.start - 80), first.start, "person", "ref")
            earlier = [m for m in earlier if m.kind == "person" or m.form in _SUBJECT_PRONOUNS]
            if not earlier:
                return chosen
            asides = self.asides(first.start)
            gap = _strip_asides(self.text.folded, earlier[-1].end, first.start, asides)
            if not _COORDINATION.fullmatch(gap):
                return chosen
            chosen.insert(0, earlier[-1])


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    """The items (sorted by start) that lie within [start, end)."""
    i = bisect_left(starts, start)
    found = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            found.append(items[i])
        i += 1
    return found


def _strip_asides(text: str, start: int, end: int, asides: list[Aside]) -> str:
    kept = []
    position = start
    for aside in asides:
        if start <= aside.start < end:
            kept.append(text[position : aside.start])
            position = max(position, aside.end)
    kept.append(text[position:end])
    return "".join(kept)


def _named_as(person: Entity) -> str:
    """The pronoun a person's given name says ("Owen Marchetti" is "he"), where the table of
    given names knows it; a Chinese name written surname first gives none."""
    first = person.name.split()[0] if " " in person.name else ""
    return given_name_pronoun(first) if first else ""
