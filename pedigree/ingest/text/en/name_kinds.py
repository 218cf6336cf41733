"""What each capitalised run of an English text is (a person, organisation, school, product
or place), by the evidence around all its occurrences."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from pedigree.ingest.text.en.evidence import Evidence, weigh
from pedigree.ingest.text.en.lexicon import (
    ADVISOR,
    ENTRY_NUMBER,
    MODEL_CODE,
    NAME_FIELD_LABEL,
    ORG_SUFFIXES,
    PLACE_WORDS,
    PLACES,
    POSSESSIVE,
    SCHOOL_WORDS,
    THING,
    TITLE,
    body_of,
)
from pedigree.ingest.text.en.name_forms import FIRM_ENDS, short_form
from pedigree.ingest.text.en.name_people import ALIAS_AFTER
from pedigree.ingest.text.en.people import english_given_names, name_shaped, pinyin_name
from pedigree.ingest.text.en.runs import Run
from pedigree.ingest.text.gazetteer import known_organization

_BRACKETED_AFTER = re.compile(r"\s*\(([^)\n]{2,40})\)")


# A speaker's full name in capitals labelling an interview turn: "VALERIA OCAMPO: …".
_FULL_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})[ \t]*:[ \t]", re.M)
# A labelled entry's first field: "Name: ", "- **Name:** ".
_NAME_LABEL = re.compile(
    rf"[ \t]*(?:[-•·*][ \t]*)?(?:\*\*)?{NAME_FIELD_LABEL}(?:\*\*)?[ \t]*", re.I
)
# The number that opens a list entry: "12. ", "2-3. ".
# (a markdown heading's marks may open it: "### 3. Mei-Ling Cho, Kyusu Labs")
_ENTRY_HEAD = re.compile(r"\s*" + ENTRY_NUMBER + r"\s+")
# What stands before the second name of an entry's "A and B, Company".
_SECOND_NAME_HEAD = re.compile(_ENTRY_HEAD.pattern + r"[^,\n]{3,40}\s+and\s+")
# An unnumbered entry heading, "Dana Okafor — Throne Labs" or "Chen Ruoxi (Rosie Chen) — Kestrel
# Charging": a name, perhaps another form of it in brackets, a dash, the company.
# (A label may open it: "The asterisk: Tomás Herrera — Mesa Bioreagents"; a markdown heading's
# marks may: "## 6. Ma Yuting — Quiet Harbor".)
_NAME_DASH_LINE = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?:\d{1,3}[.)][ \t]+)?(?:[A-Z][^:\n—–]{0,40}:[ \t]+)?"
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})"
    # (or no company: "### 7. Amélie Roux — no startup (yet)", "Marco Bellini — rumoured")
    r"(?: \([^)\n]{1,40}\))? [—–] (?P<company>[A-Za-z][^\n]{1,50})$",
    re.M,
)


_ROLE_OR_SECTION = re.compile(
    rf"(?:(?:former\s+)?(?:{TITLE})\b|{ADVISOR.pattern}|(?:our|the|about|meet|team)\b)", re.I
)


# Words no personal name holds, wherever they stand in a run.
_FIRM_WORDS = frozenset({
    "ventures", "venture", "vc", "capital", "partners", "labs", "holdings", "technologies",
    "technology", "group", "investments", "inc", "inc.", "ltd", "ltd.", "llc", "corp",
    "bank", "banco", "banca", "grupo", "commission", "agency", "ministry", "department",
    "bureau", "council", "administration", "laboratory", "association",
    "committee", "federation",
    # a publication or community's own name ("the Founders Network Wiki"): no person's
    "wiki", "forum", "magazine", "journal", "newsletter", "podcast",
})
# A product's last words that say it is something else (built once, not per candidate).
_NOT_PRODUCT_WORDS = ORG_SUFFIXES | _FIRM_WORDS | PLACE_WORDS | SCHOOL_WORDS | PLACES


# What is done with a company's product, right around its name.
_PRODUCT_CUE_BEFORE = re.compile(
    r"\b(?:makes|made|sells|sold|ships|shipped|launched|released|through|via|uses|use|using"
    r"|pay for|pays for|run on|runs on|its|their"
    # "ClearBridge's two core offerings are the ClearBridge Aligner System and BridgeScan"
    r"|(?:products|offerings)\s+(?:are|include)(?:\s+the)?"
    # "Our newer product, Quillbridge Hedge", "our simulator, Forgeline Bench": in apposition to
    # a kind of product, or to a thing the company owns
    r"|(?:product|platform|app|service|tool|software|system|engine|suite|device|offering),"
    # "A companion dashboard, called Tremorline Watch": a kind of software, then its name
    r"|(?:product|platform|app|service|tool|software|system|engine|suite|device|dashboard"
    r"|console|portal|assistant|model|sensor|robot|vehicle|membrane|material|coating|film|test"
    r"|controller|scanner|drone)s?,?\s+(?:called|named|dubbed)"
    # ("Its first vessel, the Halcyra Tern")
    # ("The Company's developer offering, Hexaling API", "Tendril's machine, the Tendril Picker")
    rf"|(?:our|its|their|the company's|the company’s|[\w-]+{POSSESSIVE})"
    rf"\s+(?:[\w-]+\s+){{0,2}}[\w-]+,"
    r"(?:\s+the)?"
    r"|builds|built|offers|offered|introduced|unveiled"
    # "a shoebox-sized sensor unit, Ferroscope Edge": in apposition to a thing, not a firm
    rf"|\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{THING},(?:\s+the)?)\s+$",
    re.I,
)
_PRODUCT_CUE_AFTER = re.compile(
    # "the Paneward Snap panel", "Fairseat Connect, our integration layer", "Loudleaf Studio is
    # the marketplace where": a kind of thing right after the name or in apposition to it
    rf"^\s+{THING}\b"
    rf"|^(?:,|\s[—–-]|\s+is|\s+was)\s+(?:our|its|their|the|an?)\s+(?:[\w-]+\s+){{0,3}}?{THING}\b"
    r"|^\s+(?:now\s+|also\s+|today\s+)?(?:combines|bolts|attaches|clips|fits|captures|records"
    r"|measures|estimates|stores|sorts|prints|cleans|charges|cools|heats|cuts)\b"
    # ("Castwright Studio, the company's flagship product", "Stridelab Coach — a mobile app")
    # ("SeamSight, Fusemark's in-house vision software", "TessaScreen, Tessaly's multi-cancer
    # early detection test": the maker's, by its name)
    # (not "Qiwen Mobility, whose fleet software": the owner of the thing named next)
    rf"|^(?:,|\s[—–-])\s+(?!(?:whose|which|who|that|where)\b)(?:an?\s+|the\s+|(?:the\s+[Cc]ompany|its|their|our|[A-Z][\w-]*){POSSESSIVE}?\s+)?"
    r"(?:[\w/-]+\s+){0,3}?(?:engine|tool|software|service|platform|app"
    r"|product|system|model|suite|assistant|api|extension|plug-?in|sdk|kit|device|wearable"
    r"|test|material|membrane|controller|vehicle|crawler|scanner|drone|dashboard|console|portal"
    r"|monitor|detector|sensor|tracker|camera|headset|marketplace)\b"
    # "The Vireo Crawler is used by about 40 utilities": what is used, deployed or sold
    r"|^\s+(?:is|are)\s+(?:now\s+|already\s+)?(?:used|deployed|installed|sold)\s+(?:by|in|at|across)\b"
    # "Ironvale Sentinel passively maps every device": what a piece of software does
    r"|^\s+(?:now\s+|also\s+|today\s+|[a-z]+ly\s+)?(?:helps|lets|maps|watches|monitors|detects"
    r"|automates|scans|screens|flags|tracks|reads|drafts|classifies|schedules|converts"
    r"|reconciles|forecasts|predicts|routes|matches|translates|transcribes|generates|analy[sz]es"
    r"|integrates|plugs into|sits on|pairs)\b"
)


# "Orecraft's products include OreDrive, a retrofit kit …, and Haulmind, a fleet dispatch
# platform", "Our products: StrataTag, … and StrataHub": the names up to the sentence's end.
_PRODUCT_LIST = re.compile(
    r"\b(?:(?:main|core|flagship|two|three)\s+)?(?:products|offerings|product line|product lineup)"
    r"\s+(?:include|includes|included|are|were|comprise)\b|\bour products?\s*:",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)|\n")


_PLACE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*")
_FIELD_LINE = re.compile(r"(?:[ \t]*\n)?[ \t]*[A-Z][\w'’ -]{1,30}:[ \t]")
# Under a name in title case, only a company's fields make it an entry's company (a person's
# entry has "Former posts:", "Founded:").
_COMPANY_FIELD = re.compile(
    r"(?:[ \t]*\n)?[ \t]*(?:What (?:they|it|we) (?:do|does|build|builds|make|makes)|Traction"
    r"|The founders?|Who's behind it|Who’s behind it|The pitch|Product|Customers|Stage):[ \t]"
)


def _acts_as_company(evidence: dict, words: list[str]) -> bool:
    maker = evidence.get(" ".join(words))
    return maker is not None and maker.org >= 1 and maker.person <= maker.org


def _org_head(words: list[str], evidence: dict) -> Evidence | None:
    """The evidence of a name's first words where the text writes them alone as a company
    ("Glacier Hall", acting as one, of "Glacier Hall Leisure"): the longest such head."""
    for k in range(len(words) - 1, 1, -1):
        head = evidence.get(" ".join(words[:k]))
        if head is not None and head.org > max(head.person, 0.5):
            return head
    return None


def _product_lists(text: str) -> list[tuple[int, int]]:
    """The spans of text that list a company's products, each from its cue to the sentence's
    end."""
    spans = []
    for cue in _PRODUCT_LIST.finditer(text):
        end = _SENTENCE_END.search(text, cue.end())
        spans.append((cue.end(), end.start() if end else len(text)))
    return spans


def _maker_and_model(key: str, evidence: dict[str, Evidence]) -> bool:
    """ "Skyloom S5" beside "Skyloom" acting as a company: the company's name and a model
    designation name a product of it, not the company in a longer form."""
    head, _, tail = key.rpartition(" ")
    if not head or not MODEL_CODE.fullmatch(tail) or known_organization(key) is not None:
        return False
    maker = evidence.get(head)
    return maker is not None and maker.org >= 1 and maker.person <= maker.org


# Words of money a headline capitalises ("Round led by Temasek"): never a name alone.
_MONEY_WORDS = frozenset({"round", "rounds", "funding", "financing", "seed", "series"})


def _kind(words: list[str], evidence: Evidence, titled: bool = False) -> str | None:
    lower = [w.lower() for w in words]
    key = " ".join(lower)
    if key in _MONEY_WORDS:
        return None
    if key in PLACES or all(w in PLACES for w in lower) or (
        # (a place word ends it, unless the text acts on it as a company: "co-founded Steep
        # Street", "Steep Street raised")
        lower[-1] in PLACE_WORDS and not (evidence.org >= 1 and evidence.org > evidence.place)
    ):
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
        or lower[-1].endswith(FIRM_ENDS)
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


class KindSteps:
    """The mention finder's steps that classify capital runs (mixed into names._Finder, whose
    text, layout and mentions they use)."""

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
        for name in {run.text for run in self._entry_companies(runs)}:
            evidence[name].org += 1  # "Chen Ruoxi (Rosie Chen) — Kestrel Charging": the company
        for run in self.caps_entries(runs):
            # "BRINECYCLE (San Diego)" over "What they do: …": an entry's company, and the
            # same name as the body writes it ("Brinecycle has signed …")
            evidence[run.text].org += 2
            for twin in {r.text for r in runs if r.text.lower() == run.text.lower()}:
                evidence[twin].org += 1
        for start, end in _product_lists(self.folded):
            for run in runs:
                if start <= run.start < end:
                    evidence[run.text].product += 1  # each name the products are listed as
        for key, found in evidence.items():
            if self._makers_product(key, found, evidence) and self._used_as_product(key):
                found.product += 1
            elif _maker_and_model(key, evidence):
                found.product = max(found.product, found.org + found.person + 1)
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
                    # "to Sentrel Command, a web dashboard": what the company makes (a run with
                    # no more sign of a company than of a person: not "founded Qiwen Mobility")
                    made = found.org <= found.person and self._used_as_product(key)
                    # ("Northvane raises $65M … Northvane was founded by": a company again and
                    # again, never a person, outweighs one verb a person could have)
                    found.org += 2 if first.org >= 2 and not first.person else 1
                    if made and known_organization(words[0]) is None:
                        found.product = max(found.product, found.person + found.org)
            elif len(words) >= 3 and (head := _org_head(words, evidence)) is not None:
                found.org += 2 if head.org >= 2 and not head.person else 1  # "Glacier Hall Leisure"
            elif len(words) >= 2:
                # "Lim Wei Jie … Lim never worked at Shopee": the family name may come first
                for alone in (evidence.get(words[-1]), evidence.get(words[0])):
                    if alone is not None and alone.person > alone.org:
                        found.person += 1
                        break
        kinds = {}
        for key, found in sorted(evidence.items(), key=lambda item: -len(item[0].split())):
            placed = found.place > found.org + found.person  # Tarvon of Tarvon People's Hospital
            if placed and found.place <= 1 and self._possessive_only(key):
                placed = False  # "nine years in Quest's logistics organization": a company's
            if " " not in key and not placed and self._form_of(key, kinds):
                continue  # Aubrac of Aubrac Labs, Lindqvist of Maya Lindqvist: a form, later
            kind = _kind(key.split(), found, key in titled)
            if kind:
                kinds[key] = kind
        for run in runs:
            if kinds.get(run.text) == "person" and "&" in self.folded[run.start : run.end]:
                kinds[run.text] = "org"  # "Mortise & Play": no one's name holds an ampersand
        speakers = {who for _, _, who in self.layout.answers if who}
        if self.layout.answers:  # "VALERIA OCAMPO:" labelling a turn, once, in full
            speakers |= set(_FULL_LABEL.findall(self.folded))
        for name in self.layout.bylined | speakers:
            if len(name.split()) >= 2:
                # (a writer's name over the dateline, "Kendra Oduya", reads like a company's)
                kinds[name] = "person"
        return kinds

    @staticmethod
    def _makers_product(key: str, found: Evidence, evidence: dict[str, Evidence]) -> bool:
        """ "Harborline Clear", "Tallyhub Books" beside "Harborline", "Tallyhub" alone: a
        company's name and a word that is not a kind of firm — the company's product (a name
        with any evidence of its own, as a person or a company, is left to that)."""
        words = key.split()
        # ("The Company's companion app, NordLoft Home, which …": a sign of a product as strong
        # as the relative clause's sign of a company)
        if (
            len(words) < 2
            or found.person > found.product
            or found.org > max(0.5, found.product)
            or found.place
        ):
            # ("pay for Brindle Sim": a weak sign of a company, no more; "Our newer product,
            # Quillbridge Hedge, lets": its own sign of a product weighs against a person's)
            return False
        # the longest head the text writes alone as a company ("Mala Lab" of "Mala Lab Light")
        size = next(
            (k for k in range(len(words) - 1, 1, -1) if _acts_as_company(evidence, words[:k])), 1
        )
        head, tail = " ".join(words[:size]), [w.lower() for w in words[size:]]
        acts = _acts_as_company(evidence, words[:size])
        firm = any(  # "Brindle Labs" beside "Brindle Sim"
            other.split()[0] == words[0] and other.split()[-1].lower() in ORG_SUFFIXES
            for other in evidence
            if other != key
        )
        if not (acts or firm) or known_organization(head) is not None:
            return False  # the head must be a company the text names
        return not (
            known_organization(key) is not None
            or set(tail) & _NOT_PRODUCT_WORDS
            or tail[-1].endswith(FIRM_ENDS)
        )

    def _used_as_product(self, key: str) -> bool:
        """Whether the text somewhere makes, sells or uses `key`, or calls it a kind of
        software ("makes Tessary Review, a plan-checking tool", "through Harborline Clear")."""
        at = self.folded.find(key)
        while at >= 0:
            before = self.folded[max(0, at - 40) : at]
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
        Noor Haddad and Felix Brandt, Ostler") or a list of "Name — Company" headings: people,
        as in an alumni list."""
        found = []
        headed = self._name_dash_lines
        for run in runs:
            line_start = self.folded.rfind("\n", 0, run.start) + 1
            if run.start in headed:
                found.append(run)
                continue
            if _NAME_LABEL.fullmatch(self.folded, line_start, run.start) and self.folded[
                run.end : run.end + 1
            ] in ("\n", ""):
                found.append(run)  # "Name: Rosalind Achebe", an entry's first field
                continue
            head = _ENTRY_HEAD.fullmatch(self.folded, line_start, run.start)
            joined = re.match(
                r"(?:,|\s+and\s+|\s*[(—–|:]|\s+-\s+)", self.folded[run.end : run.end + 6]
            )
            if head is None:  # the second name of "A and B, Company"
                before = self.folded[line_start : run.start]
                head = _SECOND_NAME_HEAD.fullmatch(before)
            placed = _BRACKETED_AFTER.match(self.folded[run.end : run.end + 44])
            if placed and placed.group(1).lower() in PLACES:
                continue  # "5) Lumen Route (Singapore) — routing software": a company's entry
            if head is not None and joined and name_shaped(run.words):
                found.append(run)
        return found

    @cached_property  # asked for the entries' people and again for their companies
    def _name_dash_lines(self) -> dict[int, int]:
        """Where each "Name — Company" heading starts → where its company starts, in a list of
        three or more such headings."""
        found = {
            m.start("name"): m.start("company")
            for m in _NAME_DASH_LINE.finditer(self.folded)
            # (not a team page's "Samuel Mengistu — Co-founder & Head of Origin", nor its
            # "Greenbean Relay — Our Team")
            if not _ROLE_OR_SECTION.match(m.group("company"))
        }
        return found if len(found) >= 3 else {}

    def _entry_companies(self, runs: list[Run]) -> list[Run]:
        """The companies "Name — Company" list headings give after the dash."""
        companies = set(self._name_dash_lines.values())
        return [run for run in runs if run.start in companies]

    def caps_entries(self, runs: list[Run]) -> list[Run]:
        """Runs alone on a line, in capitals or title case (a place in brackets may follow),
        over a labelled field ("What they do: …") on the next line or after a blank one, where
        the text lists two or more such entries and the run's words are not all ones the text
        writes in lower case (not "WHO WE ARE")."""
        found = []
        for run in runs:
            line_start = self.folded.rfind("\n", 0, run.start) + 1
            line_end = self.folded.find("\n", run.end)
            line_end = len(self.folded) if line_end < 0 else line_end
            field = _COMPANY_FIELD if not run.text.isupper() else _FIELD_LINE
            if (
                (run.text.isupper() or all(w[:1].isupper() for w in run.words))
                and not self.folded[line_start : run.start].strip()
                and _PLACE_AFTER.fullmatch(self.folded, run.end, line_end)
                and field.match(self.folded, line_end + 1)
                and not all(w.lower() in self.lower_words for w in run.words)
            ):
                found.append(run)
        return found if len(found) >= 2 else []

    def _nicknames(self, runs: list[Run]) -> set[str]:
        """Names declared as another form of the name before them ("also known as Annie
        Qiao", "Max to almost everyone"): the given names in them."""
        found = set()
        for run in runs:
            match = ALIAS_AFTER.match(self.folded, run.end)
            if match:
                found.add((match.group("nick") or match.group("alias")).split()[0])
        return found

    def _possessive_only(self, word: str) -> bool:
        """Whether the text writes the word alone only as a possessive (Quest's; Quest
        Diagnostics is another name's word)."""
        alone = re.compile(rf"\b{re.escape(word)}\b(?! [A-Z])")
        places = [m.end() for m in alone.finditer(self.folded)]
        return bool(places) and all(self.folded.startswith(("'s", "’s"), p) for p in places)

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
            self._shorts[key] = short_form(key, self.lower_words)
        return self._shorts[key]
