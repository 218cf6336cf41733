"""Which company English prose means: the company a piece is about, the one "the company" means
at a point, the company of a list entry, heading or paragraph, and organisations that are only
named in passing, as investors, schools or namesakes."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from pedigree.ingest.text.en.lexicon import (
    DEGREE_FROM,
    ENTRY_NUMBER,
    LEAD_VERB,
    PAST_VENTURE,
    POSSESSIVE,
    STUDIED_AT,
    TITLE_HEAD,
)
from pedigree.ingest.text.en.names import MARK
from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.gazetteer import known_organization

# Where a bio names someone's employer: "a penetration tester at NCC Group", "from Figma".
_AT_EMPLOYER = re.compile(r"\b(?:at|from|joined|of|for|with|in)\s+(?:the\s+)?$")
_FACULTY = re.compile(
    r"(?:the\s+)?(?:school|faculty|department|college|institute)\s+(?:of|for)\s", re.I
)
# A line that is a list entry's company and nothing else: "2. Polaris Voice", "Loomi (鹿米)".
# "1. Nicole Tay - Loopcart": its founder first.
_ENTRY_LINE = re.compile(
    rf"[ \t]*(?:#+[ \t]*)?(?:\d{{1,3}}[.)][ \t]+)?"  # ("## 4. Devin Cho — FitLoop")
    rf"(?:[{MARK['person']}]+[ \t]*(?:[-—–:|]|and[ \t]+[{MARK['person']}]+[ \t]*[-—–:|]"
    r"|,[ \t]*(?:co-?)?founder[ \t]+of)[ \t]*)?"  # ("3. Aisha Rahman, founder of Meltless")
    rf"(?P<org>[{MARK['org']}]+)(?:[ \t]*\([^)\n]*\))?[ \t]*"
    r"(?:[—–][^\n]*|[ \t]-[ \t][^\n]*)?"  # "2) Giao (Ho Chi Minh City) — same-day delivery"
)
_HEADING_LINE = re.compile(r"^[ \t]*#", re.M)
_NEW_ENTRY = re.compile(r"^[ \t]*" + ENTRY_NUMBER + r"[ \t]", re.M)
_CONFUSED_WITH = re.compile(
    r"\b(?:confused|mixed up|confuse|mistaken|conflated)\s+(?:\w+\s+)?with\s+(?:the\s+)?$"
)
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:(?:spent|spend|spends|worked|working|works|years|months|decades?|stint|career|tenure"
    r"|former|formerly|previously|runs|ran|run|heads|headed|leads|led|manages|managed)\b"
    r"|(?!co-?founder|cofounder|founder)" + TITLE_HEAD + r"\b)"
    r"[^.;:\n]{0,30}\b(?:at|for|with)\s+(?:the\s+)?"  # "a neonatologist at SickKids"
    # ("an engineer at the sorting-equipment maker TOMRA": the kind of firm between)
    r"(?:[a-z][\w-]*\s+){0,3}?(?:(?:maker|company|firm|giant|group|supplier|vendor|provider"
    r"|operator|utility|insurer|bank|chain|manufacturer|startup)\s+)?$"
)
# A relative's business, told in passing: "His uncle, Ray Navarro, founded Navarro Tile & Stone".
_KIN_BUSINESS_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our)\s+(?:(?:late|older|younger|elder)\s+)?(?:father|mother|parents"
    r"|uncle|aunt|brother|sister|grandfather|grandmother|husband|wife|family)\b[^.;]{0,40}?"
    r"\b(?:founded|started|ran|runs|owned|owns|opened|set up|built)\s+(?:the\s+|a\s+)?$"
)
_CUSTOMER_BEFORE = re.compile(
    # (or a count of them: "for 40 utilities, including Thames Water")
    r"\b(?:customers?|clients?|used by|buyers?|users|\d[\d,.]*\s+[a-z-]+s)\b[^.;\n]{0,60}"
    r"\b(?:including|such as"
    r"|like|among them)\b[^.;\n]{0,60}$"
    # "One of those customers is Lace & Linen Bridal"
    r"|\b(?:one|some|two|three|several|many)\s+of\s+(?:those|these|its|the|their)\s+"
    r"(?:customers|clients|users|buyers)\s+(?:is|are|was|were|includes?)\s+$"
)
FUND_NAME = re.compile(r"\b(?:Ventures|Venture Partners|Capital|Partners|Investments|Fund|VC)$")
# Names of hospitals and public bodies: never "the company" a story speaks of.
_PUBLIC_BODY = re.compile(
    r"\b(?:Hospital|Medical (?:Center|Centre)|Clinic|Ministry|Bureau|Commission|Authority"
    r"|Administration|Council)$"
)
_FOUNDING_BEFORE = re.compile(r"\b(?:co-?)?found(?:ed|ing)\s+(?:the\s+)?$")
_FOUNDED_AFTER = re.compile(r"\s+(?:was|were|is|had been)\s+(?:co-?)?founded\b")
# The head of a piece (masthead, headline, lede's opening): the company a story is about is
# named there.
_HEAD = 300
# "the Steinway & Sons alumni", "Nestlé's alumni", "the PayPal Mafia": whose alumni a list is.
_ALUMNI_OF = re.compile(
    r"\b(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4}?)(?:['’]s?)?\s+"
    r"(?:alumni|alums|veterans|mafia|diaspora)\b"
)
_NOT_COMPANY_KINDS = ("investor", "university", "school", "college", "media", "government")


class CompanySteps:
    """The reader's steps that say which company the text means (mixed into context.Context,
    whose text, layout, mentions, registry and blocks they use)."""

    @cached_property
    def document_company(self) -> Entity | None:
        """The company whose own document this is (a filing headed by its name)."""
        return next((e for e in self.registry.all("org") if "document" in e.roles), None)

    @cached_property
    def main_company(self) -> Entity | None:
        """The company the piece is about: the company whose document it is; else the
        organisation it names most among those it introduces (not the alias table's
        investors, schools and media), else among all — counting no mention of a former
        employer, and a founding or a mention at the piece's head more than one."""
        if self.document_company is not None:
            return self.document_company
        counts: Counter[Entity] = Counter()
        for m in self.mentions.items:
            if m.kind != "org" or m.entity is None or not (
                self.companylike(m.entity) or self.investing_company(m.entity)
            ):
                continue
            if self._named_in_passing(m):
                continue  # "she worked at Sandvik for nine years": where people worked before
            # A company the text says was founded, or names at its head, counts more than a
            # rival or former employer named as often ("… before co-founding Kestrel")
            counts[m.entity] += 1 + 2 * self._founded_here(m) + (m.start < _HEAD)
        introduced = [e for e, _ in counts.most_common() if known_organization(e.name) is None]
        if introduced:
            return introduced[0]
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def alumni_company(self) -> Entity | None:
        """The company an alumni list is about ("Where are they now: the Steinway & Sons alumni
        who founded companies"), as the text registers it: where its people held the posts
        the entries give without naming a company."""
        match = _ALUMNI_OF.search(self.text.folded, 0, 2 * _HEAD)
        if match is None:
            return None
        named = match.group("org").lower()
        found = [
            e
            for e in self.registry.all("org")
            if any(
                form.lower() == named or named.startswith(form.lower() + " ")
                for form in (e.name, e.written, *e.forms)
                if form
            )
        ]
        return max(found, key=lambda e: len(e.written or e.name), default=None)

    def _founded_here(self, mention: Mention) -> bool:
        """ "co-founding Kestrel Underground", "Northvane was founded by …"."""
        return bool(
            _FOUNDING_BEFORE.search(self.lower(max(0, mention.start - 20), mention.start))
            or _FOUNDED_AFTER.match(self.lower(mention.end, mention.end + 30))
        )

    def investing_company(self, entity: Entity) -> bool:
        """A company the text introduces that also invests ("Aquaveil led Glint's angel
        round"): still a company the piece can be about, unlike a fund."""
        if "investor" not in entity.roles or "media" in entity.roles:
            return False
        if FUND_NAME.search(entity.name) or known_organization(entity.name) is not None:
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
        if _PUBLIC_BODY.search(entity.name):
            return False  # "chief of orthodontics at Shanghai Ninth People's Hospital"
        known = known_organization(entity.name)
        return known is None or known.kind not in _NOT_COMPANY_KINDS

    @cached_property
    def _studied_at(self) -> set[Entity]:
        """Organisations the text says someone studied at ("studied at Tec de Monterrey", "a
        doctorate in aerospace engineering from TU Munich"): schools, whatever their names say."""
        found = set()
        for m in self.mentions.items:
            if m.kind != "org" or m.entity is None:
                continue
            if STUDIED_AT.search(self.lower(max(0, m.start - 40), m.start)) or DEGREE_FROM.search(
                self.lower(max(self.sentence_at(m.start)[0], m.start - 90), m.start)
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
        answer = self.layout.answer_at(position)
        if answer is not None:
            # In an interview answer the speaker's company is meant unless the answer itself
            # names another (not the rival or customer of an earlier turn)
            floor = max(floor, answer[0])
        entry = self.entry_company(position)  # "2) Giao (Ho Chi Minh City) — …": its entry's
        for m in reversed(self.mentions.within(floor, position, "org")):
            entity = m.entity
            # (a company the story is about that also invests elsewhere is still "the company")
            if entity is None or not (
                self.companylike(entity)
                or (entity is self.main_company and self.investing_company(entity))
            ):
                continue
            if entity is not self.main_company and self._named_in_passing(m):
                continue  # "spent seven years at Coursera", "customers including Acme"
            if FUND_NAME.search(entity.name) and entity is not self.main_company:
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
        led = self._org_right_before(mention)
        if led is not None and led.entity is not None and known_organization(led.entity.name):
            return True  # "Google Translate's models": a known company's product or unit
        if _EMPLOYER_BEFORE.search(before) or self._attributive(mention):
            return True  # "a former CAST colleague": CAST only describes the colleague
        if PAST_VENTURE.match(self.text.folded[mention.end : mention.end + 90]):
            return True  # "co-founded Olive & Rye, a catering company that she sold in 2012"
        opening = self.lower(sentence_start, mention.start)
        if re.fullmatch(r"\s*[“\"]?\s*at\s+(?:the\s+)?", opening) or re.search(
            r"\b(?:to|and)\s+join\s+$", before
        ):
            # "At Sunrise I saw that…", "moved to Virginia to join Sunrise": where someone was
            return True
        if _KIN_BUSINESS_BEFORE.search(opening):
            return True  # "His uncle, Ray Navarro, founded Navarro Tile & Stone": the family's
        return bool(_CUSTOMER_BEFORE.search(opening))

    def organisations(self, start: int, end: int) -> list[Mention]:
        """Organisations and the references that can stand for one ("the company", "it's",
        "there", "we") between `start` and `end`."""
        found = []
        for m in self.mentions.within(start, end, "org", "school", "ref"):
            if m.kind == "ref" and m.form not in ("company", "Company", "it", "there", "we"):
                continue
            possessive = re.match(rf"\s*{POSSESSIVE}", self.text.folded[m.end :])
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
                rf"{POSSESSIVE}\s+(?:[a-z-]+\s+){{0,3}}?(?:[a-z-]+,\s+)?{marks}",
                self.shape[mention.end : mention.end + 40],
            )
        )

    def _attributive(self, mention: Mention) -> bool:
        """An organisation used to describe a noun after it: "a former DJI colleague"."""
        before = self.text.folded[max(0, mention.start - 12) : mention.start]
        # "a Google Translate researcher": the name right after another organisation's
        led = self._org_right_before(mention)
        if led is not None:
            before = self.text.folded[max(0, led.start - 12) : led.start]
        # (its short form in brackets between: "a former Shanghai Automotive Industry
        # Corporation (SAIC) truck designer")
        after = self.text.folded[mention.end : mention.end + 14]
        after = re.sub(r"^\s\([A-Za-z]{2,8}\)", "", after)
        return bool(re.search(r"\b(?:former|ex-|a|an|his|her|their|its|our|my)\s+$", before)) and (
            bool(re.match(r"\s[a-z]", after))
        )

    def _org_right_before(self, mention: Mention) -> Mention | None:
        """The organisation written right before this one, a space between ("Google|Translate")."""
        led = self.mentions.covering(mention.start - 2)
        if led is not None and led.kind == "org" and led.end == mention.start - 1:
            return led
        return None

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

    def entry_company(self, position: int, across_blocks: bool = False) -> Entity | None:
        """The company of the list entry `position` stands in: the company heading the
        latest entry line before it, if a person-led block does not intervene — or, with
        `across_blocks`, even if one does (a wiki's "Liftwise (autonomous forklifts, Boston)"
        over its founders' paragraphs, "Priya Raghunathan, co-founder and CEO. …")."""
        before = [(s, e) for s, e in self._entries if s <= position]
        if not before or position - before[-1][0] > 1500:
            return None
        start, company = before[-1]
        if not across_blocks and any(start < s <= position for s, _, _ in self.blocks):
            return None
        line_end = self.text.folded.find("\n", start)
        if 0 <= line_end < position and _NEW_ENTRY.search(self.text.folded, line_end, position):
            return None  # "### 5. Gordon Hale — investor, not founder": another entry began
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
            # "Leafline is digitising the tea auction. … Founder Rohan Baruah …": a paragraph
            # that opens with a company doing something now presents that company
            first = next(iter(self.mentions.within(start, start + 60, "org")), None)
            if first is None or folded[start : first.start].strip():
                return None
            if not LEAD_VERB.match(folded, first.end):
                return None
            entity = self.entity(first)
            known = entity is not None and known_organization(entity.name) is not None
            return entity if entity is not None and not known and self.companylike(entity) else None
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
