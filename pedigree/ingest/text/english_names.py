"""English sentences and the names in them, for the pattern rules of `english_people` and
`english_money`.

Rules read a sentence through its *shape*: the sentence with every name overwritten, character
for character, by a marker of its kind. A rule such as "PERSON, …, founded ORG" is then one
regular expression over the shape, and every offset it reports is an offset into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pedigree.ingest.text.amounts import Amount, find_amounts
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import canonical_name, find_known
from pedigree.ingest.text.periods import Period, find_periods

# Markers (private-use characters, so no pattern's \w or literal ever matches one).
PERSON = "\ue000"  # a person: a Chinese-looking name, "Mr Yan", or a resolved back-reference
NAME = "\ue001"  # two or three name-like words ("John Smith"): a person, or an organisation
ORG = "\ue002"  # an organisation: known, or shaped like one (Inc, AI, Capital; MiniMax, IDG)
WORD = "\ue003"  # one capitalised word that names no known person: an organisation at most
PERSON_SLOT = f"[{PERSON}{NAME}]+"
ORG_SLOT = f"[{ORG}{NAME}{WORD}]+"
_KINDS = {PERSON: "person", NAME: "name", ORG: "org", WORD: "word"}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Romanised Chinese surnames: "Liu Yu" is a person, and "Liu" is how reporting refers back to him.
_SURNAMES = _words(
    "bai cai cao chen cheng dai deng ding dong du fan fang feng fu gao gong gu guo han he hou hu "
    "hua huang jia jiang jin kong lai lei li liang lin liu long lu luo lv ma mao meng pan peng "
    "qian qin qiu ren shao shen shi song su sun tan tang tao tian wan wang wei wen wu xia xiao xie "
    "xu xue yan yang yao ye yin yu yuan zeng zhang zhao zheng zhong zhou zhu zou"
)
_ORG_ENDINGS = _words(
    "inc inc. ltd ltd. llc corp corp. co co. group ai labs lab capital technologies technology "
    "tech ventures partners holdings robotics intelligence research university institute academy "
    "college school fund investment investments securities bank exchange foundation studio "
    "studios systems networks games media semiconductor semiconductors motors"
)
# Capitalised words that are never part of a name: they split a run of capitals
# ("MiniMax CEO Yan Junjie") and are trimmed from its ends ("In March", "Former").
_BREAKS = _words(
    "the a an in on at by for from with after before during since until under of and or but "
    "its it his her he she they their them this that these those we our us you your i "
    "according last earlier later meanwhile however also both founded backed led based "
    "including while when now today then previously formerly former currently other another "
    "some many most all one two three first second new as if there what why how who where "
    "which unlike like despite although among its' series round ipo app ceo cto coo cfo cso "
    "chief president vice vp director chairman chairwoman chair founder co-founder cofounder "
    "head partner managing general manager professor executive officer senior principal lead "
    "mr mr. ms ms. mrs mrs. dr dr. prof prof. phd ph.d. mba aigc r&d ml llm llms gpu gpus "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday q1 q2 q3 q4 h1 h2 fy us u.s. uk eu"
)
_PLACES = _words(
    "china chinese beijing shanghai shenzhen hangzhou guangzhou hong kong singapore taiwan "
    "japan korea america american united states silicon valley new york san francisco london "
    "asia europe california bay area mainland"
)
_KEEP_DOT = _words("inc. ltd. corp. co. mr. ms. mrs. dr. prof. u.s. ph.d.")
_OF_HEADS = _words(
    "university institute academy bank school college ministry department bureau association "
    "society federation commission centre center"
)
_HONORIFICS = ("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.\-]*")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)?")
# Where a sentence ends: punctuation, then space and a capital, digit or quote; or a line break.
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"”’)]*(?=\s+[\"“‘(A-Z0-9]|\s*$)|\n+")
_ABBREVIATIONS = _words(
    "mr mrs ms dr prof st jr sr inc ltd co corp u.s u.k no vs e.g i.e jan feb mar apr jun jul "
    "aug sep sept oct nov dec"
)


@dataclass(frozen=True)
class Name:
    kind: str  # person, name, org or word (see the markers above)
    start: int
    end: int
    value: str  # a person's full name; an organisation's canonical name
    written: str

    @property
    def aliases(self) -> dict[str, str]:
        return {self.value: self.written} if self.value != self.written else {}


@dataclass
class Sentence:
    text: Text
    start: int
    end: int
    names: list[Name] = field(default_factory=list)
    shape: str = ""
    periods: list[Period] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)  # not the years

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def written(self, start: int, end: int) -> str:
        """The original text at shape offsets [start, end)."""
        return self.text.original[self.start + start : self.start + end]

    def name_at(self, offset: int) -> Name | None:
        """The name covering `offset` of the shape (a sentence offset)."""
        absolute = self.start + offset
        return next((n for n in self.names if n.start <= absolute < n.end), None)

    def names_in(self, start: int, end: int, kinds: str = "person name") -> list[Name]:
        """Names of `kinds` inside shape offsets [start, end)."""
        lo, hi = self.start + start, self.start + end
        return [n for n in self.names if lo <= n.start and n.end <= hi and n.kind in kinds]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, without the spaces around it."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.&]+)\.$", text[start : match.start() + 1])
        if match[0] == "." and word and _is_abbreviation(word[1]):
            continue  # "Inc. and", "Mr. Yan", "J. Smith"
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"[A-Z]", word))


class People:
    """The full names a text has mentioned, for reading "Yan" or "Mr Yan" as Yan Junjie."""

    def __init__(self) -> None:
        self.mentions: list[tuple[int, str]] = []

    def add(self, start: int, name: str) -> None:
        self.mentions.append((start, name))

    def resolve(self, word: str, before: int) -> str | None:
        """The one person mentioned before `before` whose family name is `word`."""
        found = {name for start, name in self.mentions if start < before and _family(name) == word}
        return found.pop() if len(found) == 1 else None


def _family(name: str) -> str:
    """The family name: first for a Chinese name written Chinese-style, last otherwise."""
    words = name.split()
    return words[0] if words[0].lower() in _SURNAMES else words[-1]


def read_sentence(text: Text, start: int, end: int, people: People) -> Sentence:
    """The sentence text.original[start:end] with its names, shape, periods and amounts."""
    sentence = Sentence(text, start, end)
    folded = text.folded[start:end]
    known = find_known(folded)
    for s, e in known:
        written = text.original[start + s : start + e]
        sentence.names.append(Name("org", start + s, start + e, canonical_name(written), written))
    for s, e in _capital_runs(folded, known):
        name = _classify(text, start + s, start + e, people)
        if name is not None:
            sentence.names.append(name)
    sentence.names.sort(key=lambda n: n.start)
    if sentence.names and _ordinary_opening(text, sentence.names[0], start):
        sentence.names.pop(0)
    shape = list(folded)
    markers = {kind: marker for marker, kind in _KINDS.items()}
    for name in sentence.names:
        shape[name.start - start : name.end - start] = markers[name.kind] * (name.end - name.start)
    sentence.shape = "".join(shape)
    sentence.periods = [_shift(p, start) for p in find_periods(folded, text.published)]
    sentence.amounts = [
        _shift(a, start)
        for a in find_amounts(folded)
        if not any(a.start < p.end - start and p.start - start < a.end for p in sentence.periods)
    ]
    return sentence


def _ordinary_opening(text: Text, first: Name, start: int) -> bool:
    """A sentence's first word is capitalised anyway: "Separately", "Near", "Investors" are
    not names unless shaped like one (PixVerse) or written capitalised mid-sentence before."""
    if first.kind != "word" or first.start != start or re.search(r".[A-Z0-9]", first.written):
        return False
    return not re.search(rf"[a-z,] {re.escape(first.written)}\b", text.original[:start])


def _capital_runs(sentence: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of capitalised words outside known names, split at break words; "Mr" starts a run,
    and "of" or "&" joins one only after an institution word (University of Toronto)."""
    runs: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current and not (len(current) == 1 and _lower(sentence, current[0]) in _HONORIFICS):
            runs.append((current[0][0], current[-1][1]))
        current.clear()

    for match in _TOKEN.finditer(sentence):
        s, e = match.span()
        while e > s and sentence[e - 1] in ".-'’" and sentence[s:e].lower() not in _KEEP_DOT:
            e -= 1
        possessive = sentence[s:e].endswith(("'s", "’s"))
        e -= 2 if possessive else 0
        token = sentence[s:e]
        if token.lower() in _HONORIFICS:
            flush()
            current.append((s, e))
            continue
        if token.lower() in ("of", "&") and current and _lower(sentence, current[-1]) in _OF_HEADS:
            continue  # "University of …": the gap check below decides
        if _capitalised(token) and re.search(r"\w-[a-z]+$", token):
            e = s + token.rindex("-")  # "Beijing-based": the name is Beijing
            token = sentence[s:e]
        if not _capitalised(token) or any(ks < e and s < ke for ks, ke in known):
            flush()
            continue
        if current and sentence[current[-1][1] : s] not in (" ", " of ", " & "):
            flush()
        current.append((s, e))
        if possessive:
            flush()
    flush()
    return runs


def _lower(sentence: str, span: tuple[int, int]) -> str:
    return sentence[span[0] : span[1]].lower()


def _capitalised(token: str) -> bool:
    """A word that can be part of a name: SenseTime, iFlytek, Liu, but not "AI" alone or "3D"."""
    if len(token) < 2 or token.lower() in _BREAKS:
        return False
    if token[0].isdigit():
        return False
    return token[0].isupper() or any(c.isupper() for c in token[1:])


def _classify(text: Text, start: int, end: int, people: People) -> Name | None:
    written = text.original[start:end]
    words = written.split()
    lower = [w.lower() for w in words]
    if all(w in _PLACES or w in _ORG_ENDINGS for w in lower):
        return None  # Hong Kong; a lone "Labs"
    if lower[0] in _HONORIFICS:
        person = people.resolve(words[-1], start) if len(words) == 2 else None
        if len(words) > 2:
            person = " ".join(words[1:])
            people.add(start, person)
        return Name("person", start, end, person, written) if person else None
    if lower[-1] in _ORG_ENDINGS or " of " in written or len(words) > 3:
        return Name("org", start, end, canonical_name(written), written)
    name_like = all(_NAME_WORD.fullmatch(w) for w in words) and not set(lower) & _PLACES
    if len(words) == 1:
        person = people.resolve(written, start) if name_like else None
        if person:
            return Name("person", start, end, person, written)
        return Name("word", start, end, canonical_name(written), written)
    if not name_like:
        return Name("org", start, end, canonical_name(written), written)
    people.add(start, written)
    kind = "person" if lower[0] in _SURNAMES or lower[-1] in _SURNAMES else "name"
    return Name(kind, start, end, written, written)


def _shift(found: Period | Amount, offset: int):
    return replace(found, start=found.start + offset, end=found.end + offset)


@dataclass
class Context:
    """What earlier sentences established: who "Yan" is, and whom "it" and "he" mean."""

    people: People = field(default_factory=People)
    org: Name | None = None  # the organisation the text is about ("its app", "the company")
    person: Name | None = None  # the person it is about ("He previously worked at …")
    products: dict[str, Name] = field(default_factory=dict)  # product name → its maker
    employers: dict[str, Name] = field(default_factory=dict)  # person → last employer named

    def follow(self, sentence: Sentence, about: list[str]) -> None:
        """Take what the next sentence's "it" means: the first organisation the sentence's
        facts are about (`about`: their org fields), else the organisation it opens with."""
        named = [n for n in sentence.names if n.value in about]
        if named:
            self.org = min(named, key=lambda n: about.index(n.value))
            return
        first = sentence.names[0] if sentence.names else None
        if first and first.kind in ("org", "word") and first.start - sentence.start < 3:
            self.org = first  # the sentence opens with it: most likely its subject


_PRONOUN_ORG = re.compile(r"\b(?:it|its|the (?:company|startup|firm|group|unicorn))(?:'s|’s)?$")
_INSERTION = re.compile(r", (?:who|whose|which|a|an|the|former|with|including|like)\b")


def subject_person(sentence: Sentence, verb: int, context: Context) -> Name | None:
    """Who does what the verb at shape offset `verb` says: the nearest person before it who is
    not inside an insertion (", who worked with Liu Yu at SenseTime,"); "He" at the start of the
    sentence is the person the text is about."""
    for person in reversed(sentence.names_in(0, verb)):
        s, e = person.start - sentence.start, person.end - sentence.start
        comma = sentence.shape.rfind(",", 0, s)
        inserted = (
            comma >= 0
            and _INSERTION.match(sentence.shape, comma)
            and "," in (sentence.shape[e:verb])
        )
        if not inserted:
            return person
    if re.match(r"(?:he|she)\b", sentence.shape, re.IGNORECASE):
        return context.person
    return None


def subject_org(sentence: Sentence, at: int, context: Context, skip=()) -> Name | None:
    """The organisation a money or product clause at shape offset `at` is about: "it", "its" or
    "the company" just before it is the text's topic; else the first organisation named before
    it (not one in `skip`, such as the investors); else the topic."""
    if _PRONOUN_ORG.search(sentence.shape[:at].rstrip(" ,").lower()):
        return context.org
    named = [
        n
        for n in sentence.names_in(0, at, "org word")
        if n not in skip and not sentence.shape.startswith("-", n.end - sentence.start)
    ]  # not Tencent in "Tencent-backed Nova Robotics"
    if named:
        return named[0]
    return context.org


def coordinated(sentence: Sentence, first: Name) -> list[Name]:
    """`first` and the names listed after it: "Zhipu AI and MiniMax both …"."""
    names = [first]
    for name in sentence.names:
        if name.start >= names[-1].end and sentence.text.folded[names[-1].end : name.start] in (
            " and ", ", ", ", and "
        ):  # fmt: skip
            names.append(name)
    return names


def period_near(sentence: Sentence, at: int, *, after_only: bool = False) -> Period | None:
    """The period closest to shape offset `at`, preferring one that follows it."""
    absolute = sentence.start + at
    after = [p for p in sentence.periods if p.start >= absolute]
    if after or after_only:
        return after[0] if after else None
    return min(sentence.periods, key=lambda p: abs(p.end - absolute), default=None)


def iso(period: Period | None) -> str | None:
    """A period as an ISO date at its precision; a quarter or a half is known to the year."""
    if period is None:
        return None
    if period.precision == "day":
        return period.first.isoformat()
    if period.precision == "month":
        return period.first.isoformat()[:7]
    return str(period.first.year)
