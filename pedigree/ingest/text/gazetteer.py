"""Known organisations (the bundled alias table `pedigree/data/aliases/organizations.csv`): marked
in text as a feature for the NER model, found in text as mentions, and used to give every name
one canonical form: 商湯科技, 商汤, SenseTime and 上海商汤智能科技有限公司 are all 商汤科技."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from pedigree.data import csv_rows
from pedigree.ingest.text.normalise import fold


@dataclass(frozen=True)
class KnownOrganization:
    name: str  # canonical: Simplified Chinese, or the English name when it has no Chinese one
    kind: str  # company, university, lab, investor, …
    english: str | None


@lru_cache(maxsize=65536)  # the same names are looked up again and again, in every text
def _key(name: str) -> str:
    return "".join(fold(name, lower=True).split())


@cache
def _table() -> dict[str, KnownOrganization]:
    """Folded name or alias → the organisation it names."""
    table: dict[str, KnownOrganization] = {}
    for row in csv_rows("aliases", "organizations.csv"):
        english = (row["english"] or "").split("|")
        known = KnownOrganization(row["name"].strip(), row["kind"].strip(), english[0] or None)
        for cell in (row["name"], row["aliases"], row["english"]):
            for name in (cell or "").split("|"):
                if len(_key(name)) >= 2:
                    table.setdefault(_key(name), known)
    for row in csv_rows("aliases", "organizations.csv"):
        for name in _derived(row):
            table.setdefault(_key(name), _table_row(table, row))
    return table


def _table_row(table: dict[str, KnownOrganization], row: dict) -> KnownOrganization:
    return table[_key(row["name"])]


def _derived(row: dict) -> list[str]:
    """Names a row implies without listing them: 国立政治大学 is written 政治大学 too (never
    overriding another row: 清华大学 stays Tsinghua, not 国立清华大学)."""
    found = []
    for cell in (row["name"], row["aliases"]):
        for name in (cell or "").split("|"):
            name = fold(name.strip())
            if name.startswith("国立") and len(name) >= 6:
                found.append(name[2:])
    return found


def known_organization(name: str) -> KnownOrganization | None:
    """The organisation `name` is a name of, in any script, width, case or spacing."""
    return _table().get(_key(name))


def canonical_name(name: str) -> str:
    """The canonical form of an organisation name: the alias table's name when it is known,
    else the name as written, in Simplified Chinese and half-width, trimmed."""
    known = known_organization(name)
    if known:
        return known.name
    trimmed = " ".join(fold(name).split()).strip(" \"'“”「」《》")
    # Brackets are trimmed only when they do not pair up: RhythMo(域动) keeps its own.
    while trimmed[:1] in "(（" and trimmed.count("(") > trimmed.count(")"):
        trimmed = trimmed[1:].strip()
    while trimmed[-1:] in ")）" and trimmed.count(")") > trimmed.count("("):
        trimmed = trimmed[:-1].strip()
    return trimmed


@cache
def organization_names() -> frozenset[str]:
    """Every name, alias and English name in the table, folded and lower-cased."""
    return frozenset(fold(name, lower=True) for name in _spelled_names())


@cache
def _spelled_names() -> tuple[str, ...]:
    names = set()
    for row in csv_rows("aliases", "organizations.csv"):
        for cell in (row["name"], row["aliases"], row["english"]):
            names |= {n.strip() for n in (cell or "").split("|") if len(n.strip()) >= 2}
        names |= set(_derived(row))
    return tuple(names)


def organization_marks(text: str, *, folded: bool = False) -> list[str]:
    """Per character: B, M, E or S inside the longest known organisation name there, else ""."""
    marks = [""] * len(text)
    for start, end in find_known(text, folded=folded):
        marks[start:end] = ["B"] + ["M"] * (end - start - 2) + ["E"]
    return marks


def find_known(text: str, *, folded: bool = False) -> list[tuple[int, int]]:
    """Spans of known organisation names in `text`, longest match first, left to right.
    A Latin name must stand alone: "Baidu" in "Baidus" or "SenseTimeX" is not a match.
    `folded` says the text is folded already (only case is left to fold)."""
    sizes = _sizes_by_start()
    names = organization_names()
    folded = text.lower() if folded else fold(text, lower=True)
    found = []
    free = 0  # where the last name found ends: names never overlap
    # Only where a known name can start (a character class, scanned in C), and of those only
    # the lengths of names that start with these two characters are worth trying.
    for first in _first_characters().finditer(folded, 0, len(text)):
        i = first.start()
        if i < free:
            continue
        for size in sizes.get(folded[i : i + 2], ()):
            if (
                i + size <= len(folded)
                and folded[i : i + size] in names
                and stands_alone(folded, i, i + size)
                and (folded[i : i + size] not in _word_like() or _framed(folded, i, i + size))
                and (not folded[i].isdigit() or _figure_framed(folded, i, i + size))
            ):
                found.append((i, i + size))
                free = i + size
                break
    return found


@cache
def _word_like() -> frozenset[str]:
    """Aliases that are everyday words too (data/aliases/word_like.txt), folded."""
    text = files("pedigree.data").joinpath("aliases", "word_like.txt").read_text("utf-8")
    return frozenset(
        fold(line.strip(), lower=True) for line in text.splitlines() if line.strip()[:1] not in "#"
    )


# What frames a word-like alias as an employer: a move or a job before it (在, 从, 加入, 离开, 前
# "former", 此前是) and no word running on after it (联想到, 菜鸟们); 的 only before a post or a
# team (菜鸟的技术专家, not 理想的状态).
_JOB_BEFORE = re.compile(
    r"(?:在|从|于|加入|加盟|离开|进入|入职|供职于?|就职于?|任职于?|效力于?|跳槽到|跳槽至|转投|回到|"
    r"前|原|来自|出身于?|(?:此前|之前|曾经?|曾)是|(?:曾|现|时|历|担|出)?任)$"  # (曾任利亚德…总经理)
)
_WORD_AFTER = re.compile(r"[到中化们型式性着了过起来去上下里内外]|主义|状态")
_POST_AFTER = re.compile(
    r"的[\u4e00-\u9fffA-Za-z]{0,8}?(?:专家|工程师|研究员|负责人|总监|经理|总裁|VP|高管|员工|同事|"
    r"部下|团队|部门|事业部|C[A-Z]O)"
)


# … or a former post right after it: 瓜子前副总裁, 理想原产品总监.
_FORMER_POST_AFTER = re.compile(
    r"[前原][\u4e00-\u9fffA-Za-z]{0,6}?(?:总裁|总监|经理|负责人|工程师|研究员|设计师|合伙人|高管|"
    r"首席[\u4e00-\u9fff]{1,4}官|董事|主管|主任|专家|C[A-Z]O|VP)"
)


# … or a unit of it and a post there: 金域信息中心的负责人.
_UNIT_POST_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:中心|部门|事业部|事业群|实验室|研究院)的?(?:负责人|总监|经理|主管|主任)"
)


def _framed(text: str, start: int, end: int) -> bool:
    if _FORMER_POST_AFTER.match(text, end) or _UNIT_POST_AFTER.match(text, end):
        return True
    if not _JOB_BEFORE.search(text, max(0, start - 4), start) or _WORD_AFTER.match(text, end):
        return False
    return not text.startswith("的", end) or bool(_POST_AFTER.match(text, end))


# A name that opens with a figure (3M) is as often a sum or a count ("$3M", "3M users"): it
# names the organisation only where a job, a move or a possessive frames it ("at 3M", "joined
# 3M", "3M's", "3M Japan", 在3M担任).
_FIGURE_NAME_BEFORE = re.compile(
    r"\b(?:at|joined|join|joining|left|leaving|from|of|with|for|by|and|like|including)\s+$"
)
_FIGURE_NAME_AFTER = re.compile(r"(?:'s|’s)\b|\s+(?:japan|china|company|corp)\b|[\u4e00-\u9fff]")


def _figure_framed(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] in "$¥€£":
        return False  # "$3M": a sum
    return bool(
        _FIGURE_NAME_BEFORE.search(text, max(0, start - 12), start)
        or _FIGURE_NAME_AFTER.match(text, end)
        or _framed(text, start, end)
    )


@cache
def _first_characters() -> re.Pattern[str]:
    """Any character a known name starts with — except a letter or digit inside a Latin word,
    where no name can start (`stands_alone`): English text is mostly such letters."""
    firsts = "".join(sorted({re.escape(n[0]) for n in organization_names()}))
    return re.compile(f"[{firsts}](?<![A-Za-z0-9][A-Za-z0-9])")


@cache
def _sizes_by_start() -> dict[str, tuple[int, ...]]:
    """First two characters of a known name → the lengths of the names starting with them,
    longest first (every name has at least two)."""
    sizes: dict[str, set[int]] = {}
    for name in organization_names():
        sizes.setdefault(name[:2], set()).add(len(name))
    return {start: tuple(sorted(lengths, reverse=True)) for start, lengths in sizes.items()}


def stands_alone(text: str, start: int, end: int) -> bool:
    def latin(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (latin(text[start]) and latin(before)) and not (
        latin(text[end - 1]) and latin(after)
    )
