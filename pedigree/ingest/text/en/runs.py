"""Capitalised runs: the stretches of an English text that can be names (Maya Lindqvist,
Carnegie Mellon University, Aubrac Labs), with the marks around them that later evidence reads
(a possessive, "Paris-based", "Tencent-backed", an honorific before).

Headlines in title case and lines in capitals capitalise every word, so they are not read for
runs at all: the names they hold are found again once the body has said what they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pedigree.ingest.text.en.lexicon import (
    HONORIFICS,
    MODEL_CODE,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAME,
    OF_HEADS,
    ORG_SUFFIXES,
    PRODUCT_KIND_AFTER,
    TITLE_WORDS,
    body_of,
    words,
)
from pedigree.reference.romanise import is_pinyin, surname_ranks

_KIND_NEXT = re.compile(PRODUCT_KIND_AFTER)
_SOFTWARE_TAILS = frozenset({"SDK", "API", "App", "OS"})
_TOKEN = re.compile(r"[^\W_][\w&'’.+-]*")
_KEEP_DOT = words("inc. ltd. co. corp. jr. sr. st. u.s. u.k. ph.d. m.d.")
_FLAGS = ("-based", "-headquartered", "-born", "-backed", "-led", "-owned", "-funded")
_FIRM_WORD_NEXT = re.compile(
    r" (?:Ventures|Capital|Partners|Labs|Holdings|Technologies|Investments|Group|Fund|Studios)\b"
)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_PLUS_BRAND = re.compile(r"[A-Z][a-z][\w-]+\+")
_CAPITAL_AFTER_SPACE = re.compile(r" [A-Z]")
_SMALL = words("a an the of to in on for and or at by with from as is are vs via")


@dataclass
class Run:
    spans: list[tuple[int, int]]  # of its words
    words: list[str]
    possessive: bool = False  # Corvane's
    flag: str = ""  # -based, -backed …
    honorific: bool = False  # Dr. Shen, Prof. Rao

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def text(self) -> str:
        return " ".join(self.words)


_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A list line ("Name — Role"), an infobox line ("Education: …"), a name and a dash, a numbered
# or bulleted entry: never a headline.
_DASHED = re.compile(r"\s[—–]\s")
_LABELLED = re.compile(r"\s*[A-Z][\w ]{1,30}:\s")
# ("Li Shuang (Grace Li) - Co-founder": a name with another form of it in brackets)
_NAME_DASH = re.compile(r"\s*(?:[\w.'’]+\s+){2,5}(?:\([^()\n]{1,30}\)\s+)?-\s")
_NUMBERED = re.compile(r"\s*(?:#{1,6}[ \t]*)?(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?[.)]|[-•·*])\s")


def line_kind(line: str) -> str:
    """ "caps" for a line in capitals, "title" for a headline in title case, else "body"."""
    words = _LINE_WORD.findall(line)
    if len(words) >= 2 and all(w.isupper() or len(w) < 2 for w in words):
        return "caps"
    significant = [w for w in words if w.lower() not in _SMALL]
    # "Name — Role" (a list line) and "Education: …" (an infobox line) are not headlines.
    # A numbered list entry ("4. Hou Wenjing (Wendy Hou), Sentra Risk") is not one either.
    listed = (
        _DASHED.search(line) or _LABELLED.match(line)
        or _NAME_DASH.match(line)  # "Prof. Kenji Mori - Director"
        or _NUMBERED.match(line)
    )
    if len(significant) >= 6 and not listed and not line.rstrip().endswith((".", ":")):
        capitalised = [w for w in significant if w[0].isupper()]
        titled = sum(1 for w in capitalised if w.lower() in TITLE_WORDS)
        # "Sarah Chen, Co-Founder and Chief Executive Officer" is a role line, not a headline
        if len(capitalised) / len(significant) >= 0.75 and titled * 2 < len(capitalised):
            return "title"
    return "body"


def capital_runs(text: str, taken: bytearray) -> list[Run]:
    """Runs of capitalised words in the body lines of `text`, outside spans already `taken`
    (known organisations), split at words that never belong to a name."""
    runs: list[Run] = []
    position = 0
    possessive_names = _possessive_names(text)
    for line in text.split("\n"):
        if line_kind(line) == "body":
            runs += _line_runs(text, position, position + len(line), taken, possessive_names)
        position += len(line) + 1
    return [r for r in (_trim(r) for r in _joined_bodies(text, runs)) if r is not None]


def _joined_bodies(text: str, runs: list[Run]) -> list[Run]:
    """A word joined by "and" to a public body's name is part of it: "Maritime and Port
    Authority of Singapore" (one body, not "Maritime" and a second one)."""
    joined: list[Run] = []
    for run in runs:
        before = joined[-1] if joined else None
        lower = [w.lower() for w in run.words]
        if (
            before is not None
            and len(before.words) == 1
            and not before.possessive
            and text[before.end : run.start] == " and "
            and body_of(lower)
        ):
            and_start = before.end + 1
            joined[-1] = Run(
                before.spans + [(and_start, and_start + 3)] + run.spans,
                before.words + ["and"] + run.words,
                run.possessive,
                run.flag,
                before.honorific,
            )
            continue
        joined.append(run)
    return joined


def _possessive_names(text: str) -> frozenset[str]:
    """Words written only as the possessive opening a longer name, and more than once: "David"
    of "David's Bridal" (never "David" alone, nor "David's" before another word)."""
    joined: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for match in _POSSESSIVE_NAME.finditer(text):
        joined[match.group(1)].add(match.group(2))
        counts[match.group(1)] += 1
    written = Counter(_CAPITALISED.findall(text))  # (one pass: a long text is not rescanned)
    joined_names = {
        word.lower()
        for word, names in joined.items()
        if len(names) == 1 and counts[word] >= 2 and written[word] == counts[word]
    }
    # Names that end in the possessive's letters: "Ben & Jerry's" — never written without them,
    # more than once, and at least once where no noun follows ("at Ben & Jerry's: head of …").
    owned = Counter(m.group(1) for m in _OWNER.finditer(text))
    ended = {m.group(1) for m in _NAME_ENDS_OWNER.finditer(text)}
    return frozenset(
        joined_names
        | {word.lower() for word in ended if owned[word] >= 2 and written[word] == owned[word]}
    )


def _line_runs(
    text: str, start: int, end: int, taken: bytearray, possessive_names: frozenset[str]
) -> list[Run]:
    runs: list[Run] = []
    current: Run | None = None
    pending: list[tuple[int, int, str]] = []  # "of", particles waiting for the next word
    honorific = False

    def flush() -> None:
        nonlocal current
        if current is not None:
            runs.append(current)
        current = None
        pending.clear()

    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        word = text[s:e]
        while word and word[-1] in ".-'’+" and word.lower() not in _KEEP_DOT:
            if _INITIALS.fullmatch(word) and _CAPITAL_AFTER_SPACE.match(text, e):
                break  # "H.B. Fuller", "W. L. Gore": initials keep their dots inside a name
            if _PLUS_BRAND.fullmatch(word):
                break  # "Kitab+", "Disney+": the plus is the brand's (not a round's "A+")
            word, e = word[:-1], e - 1
        if not word:
            continue
        possessive = word.endswith(("'s", "’s")) and len(word) > 2
        if possessive and (
            word[:-2].lower() in _NAME_POSSESSIVES and _CAPITAL_NEXT.match(text, e)
            or word[:-2].lower() in possessive_names
        ):
            possessive = False  # "Shanghai Ninth People's Hospital", "David's Bridal"
        if possessive:
            word, e = word[:-2], e - 2
        # (which flag, asked only of the few words that end with one)
        flag = ""
        if word.lower().endswith(_FLAGS):
            flag = next(f for f in _FLAGS if word.lower().endswith(f))
        if flag:
            word, e = word[: -len(flag)], e - len(flag)
        if word.lower().startswith("ex-") and len(word) > 3:
            word, s = word[3:], s + 3
        if not word or any(taken[s:e]) or text[e : e + 1] in _CURRENCY_SIGNS:
            flush()  # (CN¥1.5 billion, HK$, US$: a currency's prefix, not a name)
            honorific = False
            continue
        lower = word.lower()
        gap = text[current.end : s] if current is not None else ""
        if current is not None and gap == " " and (
            (lower in ("of", "for") and current.words[-1].lower() in OF_HEADS)
            or word in NAME_PARTICLES  # "von", "de" in lower case; "Bin" is a name
            # "University of Science and Technology": two fields of one school's name
            or (
                lower == "and"
                and len(current.words) >= 3
                and current.words[-2].lower() in ("of", "for")
                and any(w.lower() in OF_HEADS for w in current.words)
                and _FIELD_NEXT.match(text, e)
            )
        ):
            pending.append((s, e, word))
            continue
        joinable = current is not None and (
            gap in (" ", " & ") if not pending else text[pending[-1][1] : s] == " "
        )
        dated = lower in MONTH_ABBREVIATIONS and re.match(r"\.|\s\d", text[e : e + 2])
        # He Tao, HE Yuqing and Meng Shuyao (not "He said", not an MEng): a surname spelled
        # like a common word starts a name before a pinyin given name
        surname = word[0].isupper() and lower in surname_ranks() and _pinyin_after(text, e)
        # Ou Meng, Xu Meng (not an MEng): a pinyin given name after a surname, though the
        # word is a degree's too
        surname = surname or (
            joinable
            and not pending
            and len(current.words) == 1
            and current.words[0].lower() in surname_ranks()
            and word[:1].isupper()
            and word[1:].islower()
            and is_pinyin(lower)
        )
        # "Better Tomorrow Ventures": a capitalised common word inside a firm's name, between
        # a name word and the firm word that ends it
        inside_firm = (
            joinable
            and not pending
            and word[0].isupper()
            and bool(_FIRM_WORD_NEXT.match(text, e))
        )
        # "the Norwegian University of Science and Technology": a school's first word
        school = lower in NATIONALITIES and bool(_SCHOOL_NEXT.match(text, e))
        # "its Ridgeline 40 pack", "the Tidecell 150 cell": a model number ends a product's
        # name before the word for what the product is
        model = (
            joinable
            and not pending
            and word.isdigit()
            and len(word) <= 4
            and bool(_KIND_NEXT.match(text, e))
        )
        # "the Glossa SDK", "Kestrel API": a maker's name and the kind of software it names
        model = model or (joinable and not pending and word in _SOFTWARE_TAILS)
        # "the Hyline H1", "Skyloom S5": a maker's name and a model code (not "H1 2025")
        model = model or (
            joinable
            and not pending
            and not word.isdigit()
            and bool(MODEL_CODE.fullmatch(word))
            and not re.match(r"\s+(?:19|20)\d\d\b", text[e : e + 6])
        )
        if model:
            current.words.append(word)
            current.spans.append((s, e))
            flush()
            honorific = False
            continue
        if not surname and not inside_firm and not school and (
            not _capitalised(word) or lower in NOT_NAME or _contraction(lower) or dated
        ):
            flush()
            honorific = lower in HONORIFICS
            continue
        if current is not None and joinable:
            current.words += [w for _, _, w in pending] + [word]
            current.spans += [(ps, pe) for ps, pe, _ in pending] + [(s, e)]
            pending.clear()
        else:
            flush()
            current = Run([(s, e)], [word], honorific=honorific)
        honorific = False
        if possessive or flag:
            current.possessive, current.flag = possessive, flag
            flush()
    flush()
    return runs


_CURRENCY_SIGNS = frozenset("$¥€£￥")


def _pinyin_after(text: str, end: int) -> bool:
    """A capitalised pinyin given name right after: "He Tao", "You Lan"."""
    match = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 12])
    return bool(match) and is_pinyin(match.group(1).lower()) and not re.match(
        r" [A-Z][a-z]+ (?:said|says|told)", text[end : end + 30]
    ) and match.group(1).lower() not in NOT_NAME


_APOSTROPHE = re.compile(r"['’]")


def _contraction(word: str) -> bool:
    """We've, That's, I'm: a function word with a clitic."""
    head = _APOSTROPHE.split(word)[0]
    return head != word and head in NOT_NAME | {"that", "what", "who", "let"}


# An acronym and a participle: AI-assisted, GPU-accelerated, LLM-powered, AI-driven (not the
# flags -based, -backed and -born, which say where or by whom).
_ACRONYM_ADJECTIVE = re.compile(r"[A-Z]{2,5}-(?!based|backed|born)[a-z]+(?:ed|en)")


# Possessive words inside an institution's name, before the rest of it.
_NAME_POSSESSIVES = frozenset({"people", "children", "women", "workers", "men"})
_CAPITAL_NEXT = re.compile(r" [A-Z]")
# A capitalised word's possessive before another capitalised word: "David's Bridal".
_POSSESSIVE_NAME = re.compile(r"\b([A-Z][a-z]+)['’]s ([A-Z][a-z]+)\b")
_OWNER = re.compile(r"\b([A-Z][a-z]+)['’]s\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NAME_ENDS_OWNER = re.compile(
    r"\b([A-Z][a-z]+)['’]s(?:[:;,.)]|\s+(?:in|at|from|for|to|as|until|before|after|since|and|or"
    r"|where|when|between)\b)"
)
_SCHOOL_NEXT = re.compile(r" (?:University|Institute|Academy|College|Polytechnic|School)\b")
_FIELD_NEXT = re.compile(
    r" (?:Technology|Engineering|Sciences?|Economics|Medicine|Arts|Design|Management|Finance"
    r"|Commerce|Political|Information|Business|Law|Health|Humanities|Mathematics|Music"
    r"|Applied|Industry|Trade)\b"
)


def _capitalised(word: str) -> bool:
    """SenseTime, iFlytek, NVIDIA, M1 — not "3D", not "document-AI", and not a lone letter
    other than an initial."""
    if not word[0].isalpha():
        return False
    if _ACRONYM_ADJECTIVE.fullmatch(word):
        return False  # "the Company's AI-assisted platform": a description, not a name
    if "-" in word:
        word = word.split("-")[0]
    if len(word) == 1:
        return word.isupper() and word not in ("A", "I")
    return word[0].isupper() or any(c.isupper() for c in word[1:])


_REGIONS = frozenset({"asia", "europe", "america", "americas", "emea", "apac", "global"})


def _region_in_name(words: list[str]) -> bool:
    """ "Bank Central Asia": a region ends a name, unless a title precedes it ("Vice
    President Asia")."""
    return (
        len(words) >= 2 and words[-1].lower() in _REGIONS
        and words[-2].lower() not in TITLE_WORDS
    )


# What a run made only of titles and firm endings is (built once, not per word).
_TITLE_OR_SUFFIX = TITLE_WORDS | ORG_SUFFIXES


def _title_word(word: str) -> bool:
    """A title word, or its plural ("Co-founders Chen Yiwei and Marcus Goh")."""
    lower = word.lower()
    return lower in TITLE_WORDS or (lower.endswith("s") and lower[:-1] in TITLE_WORDS)


def _trim(run: Run) -> Run | None:
    """Title words off the ends of a run ("CEO Maya Lindqvist"), unless they end an
    organisation's name (Lightspeed Venture Partners); None when nothing is left."""
    words, spans = list(run.words), list(run.spans)
    # "CEO Maya Lindqvist", "Co-founder Jane Doe": a title before a name; but "Founder
    # Collective", "General Catalyst" and "First Round Capital" are names themselves.
    while len(words) > 2 and (
        _title_word(words[0]) or words[0] in NAME_PARTICLES
    ) and (
        words[-1].lower() not in ORG_SUFFIXES
    ):
        words.pop(0)
        spans.pop(0)
    if len(words) == 2 and words[0].isupper() and words[0].lower() in TITLE_WORDS:
        words.pop(0)
        spans.pop(0)
    trimmed = False
    while words and (words[-1].lower() in TITLE_WORDS or words[-1] in NAME_PARTICLES) and (
        words[-1].lower() not in ORG_SUFFIXES
    ) and not _region_in_name(words):
        words.pop()
        spans.pop()
        trimmed = True
    if not words or all(w.lower() in _TITLE_OR_SUFFIX for w in words):
        return None
    if len(words) == 1 and len(words[0]) == 1:
        return None
    possessive = run.possessive and not trimmed
    flag = "" if trimmed else run.flag
    return Run(spans, words, possessive, flag, run.honorific)
