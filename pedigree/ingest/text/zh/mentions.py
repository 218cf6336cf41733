"""All mentions in a Chinese text: people, organisations, schools, products, and the
back-references (他, 她, 公司, 该公司, 本集团, 钱先生) that relation reading resolves.

Known organisations win over anything that overlaps them; then names the text shows to be
organisations; then people; then short forms, defined terms and English names of organisations
already found. Every entity gets one canonical name (Simplified; an organisation's alias-table
name) and keeps the forms the text used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import accumulate

from pedigree.ingest.text.entities import Mention, Mentions, Registry, occurrences
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.foreign_names import foreign_names, latin_names
from pedigree.ingest.text.zh.lexicon import SOME, UNIT
from pedigree.ingest.text.zh.name_bounds import starts_here
from pedigree.ingest.text.zh.name_candidates import (
    dictionary,
    is_han,
    ordinariness,
    surnames,
    word_frequency,
)
from pedigree.ingest.text.zh.name_readings import with_model
from pedigree.ingest.text.zh.org_forms import (
    ORG_SUFFIXES,
    bracketed_english,
    defined_terms,
    short_forms,
)
from pedigree.ingest.text.zh.org_words import word_offsets, words
from pedigree.ingest.text.zh.orgs import find_orgs
from pedigree.ingest.text.zh.people import score_names
from pedigree.ingest.text.zh.products import find_products

NAME_THRESHOLD = 1.5
_HONORIFIC = re.compile(
    r"(先生|女士|博士|教授|医生|总)(?![\u4e00-\u9fff]{0,1}(?:裁|监|经理|部|结|体|共|计))"
)
_PERSON_PRONOUNS = {"他": "he", "她": "she"}
_PRONOUN = re.compile(r"[他她](?!们)")  # 他们 and 她们 are groups (_GROUP_REF)
# People referred to together (两人都是…出身, 他们共同创办了…) or in turn (前者, 后者).
_GROUP_REF = re.compile(r"两位创始人|两人|二人|三人|他们|她们|两位|前者|后者")
# Words that refer back to a company: 该公司, 这家公司, 公司, 本公司, 本集团, 这家初创 …
_COMPANY_KINDS = r"(?:公司|集团|企业|初创公司|初创企业|初创|创企|新创|新创公司|项目)"
# Each alternative opens with its word and looks behind from after it (项目 after a clause mark,
# at the text's start, 公司 not inside a word or after a particle), so that re scans for the
# words' first characters in C instead of trying every character.
_COMPANY_REF = re.compile(
    "(?:"
    + "|".join(head + _COMPANY_KINDS for head in ("该", "这家", "此家", "本", "其", "这个", "该"))
    + r"|发行人|项目(?<=[，。；：、,;:]项目)(?=由|已|目前|正|在|做|的|是|于|获|完成|拿到)"
    r"|项目(?<![\s\S]{3})(?=由|已)|公司(?<![\u4e00-\u9fffA-Za-z0-9]公司)"
    r"|公司(?<=[的在于与和由是为对向让将把了后称说示露绍而但并也都就还又再已曾、入进到任]公司))"
    # (not 的公司“测隙科技”: a description of the company named next)
    r"(?!的?(?:名|股东|客户|员工|团队成员)|化|法|债|费|税|\s?[“「『\"])"
)
# "A company" and its description, in the clause before the word 公司.
_INDEFINITE_BEFORE = re.compile(SOME + r"[^，。；,;：:\n]{0,30}$")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9+&.'-]*(?:[ -][A-Z0-9][A-Za-z0-9+&.'-]*)*")


@cache
def _tagger():
    from pedigree.ingest.text.ner import default_tagger

    return default_tagger()


def _segmenter_hints(folded: str) -> list[tuple[int, int]]:
    """Words jieba's segmenter found that its dictionary does not hold and that start with a
    surname: the new words its HMM discovers are mostly names (cheap: plain segmentation)."""
    # (the dictionary loaded first: jieba's FREQ before it loads is an empty placeholder, which
    # gave a process's first text other hints than the same text read later)
    freq, tags = dictionary()
    single, compound = surnames()
    # The dictionary is asked only about words of a name's length that start with a surname:
    # this loop sees every word of the text (each blank of a blanked line is one).
    return [
        (position, position + len(word))
        for word, position in zip(words(folded), word_offsets(folded), strict=True)
        if 2 <= len(word) <= 4
        and (word[0] in single or word[:2] in compound)
        and (not freq.get(word) or tags.get(word, "").startswith("nr"))
    ]


def _model_hints(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans the NER model reads as names, in the sentences around `spans` only: the model is
    the slowest step, so it is asked only where the words around a name left it undecided."""
    hints, done = [], set()
    window_words = _words_between(folded)
    for start, end in spans:
        # The clause around the name, at most 30 characters each side: enough context for the
        # model's window, and the model's cost grows with the characters it reads.
        low, high = max(0, start - 30), min(len(folded), end + 30)
        left = max(max(folded.rfind(ch, low, start) for ch in "。\n!?;,，") + 1, low)
        right = min(
            (i for i in (folded.find(ch, end, high) for ch in "。\n!?;,，") if i >= 0), default=high
        )
        if (left, right) in done:
            continue
        done.add((left, right))
        hints += [
            (s + left, e + left)
            for label, s, e in _tagger().entities(
                folded[left:right], folded=True, words=window_words(left, right)
            )
            if label == "NAME"
        ]
    return hints


def _words_between(folded: str) -> Callable[[int, int], tuple[str, ...] | None]:
    """jieba's words of folded[left:right], taken from the whole text's segmentation where that
    is what segmenting the window alone gives, else None. jieba segments each run of Han, Latin
    and digit characters on its own and splits all else character by character, so a window
    whose ends fall between words and cut no such run is segmented as the whole text is (the
    model's windows would otherwise segment a second time what `words` already did)."""
    from pedigree.ingest.text.segmenter import jieba

    whole = words(folded)
    # Where each word starts, bisected: a text has tens of thousands of words, a few windows.
    starts = list(accumulate(map(len, whole), initial=0))

    def index(at: int) -> int | None:
        i = bisect_right(starts, at) - 1  # the last word starting there, as a dict would keep
        return i if i >= 0 and starts[i] == at else None

    def cuts_run(at: int) -> bool:
        return 0 < at < len(folded) and bool(jieba.re_han_default.fullmatch(folded, at - 1, at + 1))

    def between(left: int, right: int) -> tuple[str, ...] | None:
        i, j = index(left), index(right)
        if i is None or j is None or cuts_run(left) or cuts_run(right):
            return None
        return whole[i:j]

    return between


_AT_PLACE = re.compile(r"(?:在|于|到|赴|从|来自|位于|落户|总部设在)\s?$")


def _in_region(folded: str, position: int) -> bool:
    """Whether a place the list names (a province, a country) stands right before
    `position`, after a word for "in" or "to"."""
    for n in (2, 3):
        region = folded[max(0, position - n) : position]
        before = max(0, position - n - 5)
        if region in place_names() and _AT_PLACE.search(folded, before, position - n):
            return True
    return False


def _name_evidence(folded: str) -> list:
    """Names with their evidence: words around them and the segmenter first, then the NER
    model for the candidates still in doubt."""
    hints = _segmenter_hints(folded)
    scored = score_names(folded, hints)
    doubtful = [
        (p, p + len(e.name)) for e in scored if 0.5 <= e.score < NAME_THRESHOLD for p in e.places
    ]
    if doubtful:
        scored = with_model(folded, scored, _model_hints(folded, doubtful))
    kept = [e for e in scored if e.score >= NAME_THRESHOLD]
    return _without_cut_surnames(kept)


# Characters that are surnames but far more often a word before a name (由, 向, 于 …).
_FUNCTION_SURNAMES = frozenset("由向于和与及从把被将对在为同跟让给叫说是")


def _without_cut_surnames(names: list) -> list:
    """郗明澈 and 明澈 read at the same places: the shorter is the longer with a rare surname cut
    off (the NER model knows 明 as a surname better than 郗), never written alone."""
    by_name = {e.name: e for e in names}
    cut = set()
    for e in names:
        # (范姜宜蓁 and 姜宜蓁: a compound surname's first character cut off likewise)
        inner = by_name.get(e.name[1:]) if len(e.name) in (3, 4) else None
        if (
            inner is not None
            and e.name[0] not in _FUNCTION_SURNAMES
            and {p + 1 for p in e.places} == set(inner.places)
        ):
            cut.add(inner.name)
    return [e for e in names if e.name not in cut]


def read_mentions(
    text: Text,
    layout: Layout,
    *,
    names: set[str] = frozenset(),
    projects: list[tuple[int, int, str]] = (),
    members: list[tuple[int, int, str]] = (),
) -> tuple[Mentions, Registry]:
    """Mentions and their entities. `names` are people and `projects` (start, end, name)
    organisations known from the layout (a demo-day post's members and projects); `members`
    (start, end, name) are people the layout places exactly, ahead of any other reading."""
    folded = text.folded
    registry = Registry()
    evidence = [
        e
        for e in _name_evidence(folded)
        # 回台後先在…: 后 is a surname, 後 (after) folded to it is not
        if not (e.name[0] == "后" and all(text.original[p] == "後" for p in e.places))
        # 於高雄創立: a city written after a word for "in" or "to" is a place, not a person
        and not (
            e.name in place_names()
            and any(_AT_PLACE.search(folded, max(0, p - 5), p) for p in e.places)
        )
        # 在福建晋江创立: a town the dictionary knows, after its province
        and not (
            dictionary()[1].get(e.name, "").startswith("ns")
            and any(_in_region(folded, p) for p in e.places)
        )
    ]
    strength = {e.name: e.score for e in evidence}
    people = (
        {e.name for e in evidence}
        | {n for n in layout.bylined if len(n) <= 4}
        | foreign_names(folded)
        | latin_names(folded)
    )
    people = (people - {name for _, _, name in projects}) | set(names)
    people -= _company_heads(folded, people - set(names))
    people.discard("")  # (a reading that left a name empty must not stop the whole text)
    orgs = _merge_short_forms(find_orgs(folded, people, strength))
    org_names = {o.name for o in orgs}
    shorts = {f for o in orgs for f in short_forms(o.name)} | {
        t for _, _, t in defined_terms(folded)
    }
    inside_orgs = {
        n[i:j]
        for n in org_names
        for i in range(len(n))
        for j in range(i + 2, min(len(n), i + 12) + 1)
    }
    people = {
        p
        for p in people
        if (p not in shorts and p not in inside_orgs and not (
            p[0] in "由为在与和及被向对从让把将给" and p[1:] in shorts
        ))  # 由卓佳委派: 卓佳 is the firm
        # 胡国梁先生，60岁 … 创办胡国梁律师事务所: a firm named after someone named as a person
        or _named_as_person(folded, p)
    }
    taken = bytearray(len(folded))
    mentions: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def add(start: int, end: int, kind: str, name: str, form: str = "") -> Mention | None:
        if start >= end or not free(start, end):
            return None
        entity = None if kind == "ref" else registry.get(kind, name, text.original[start:end])
        mention = Mention(start, end, kind, entity, form)
        mentions.append(mention)
        taken[start:end] = b"\x01" * (end - start)
        return mention

    for start, end, name in members:
        add(start, end, "person", name)
    for start, end, name in projects:
        add(start, end, "org", name)
    project_names = sorted({name for _, _, name in projects}, key=lambda n: (-len(n), n))
    # 「宠小保月付医疗险」, 「戏声工坊」: a quoted product named after its project is the product
    quoted = [m.span(1) for m in _QUOTED_NAME.finditer(folded)]
    for name, spans in occurrences(folded, project_names).items():
        for start, end in spans:
            if not any(qs == start and end < qe for qs, qe in quoted):
                add(start, end, "org", name)
    ranked = sorted(orgs, key=lambda o: (o.evidence < 10, o.start - o.end, o.start, o.name))
    for org in ranked:
        if org.evidence >= 10:
            add(org.start, org.end, org.kind, org.name)
    for product in find_products(folded, registry, shorts | org_names, org_names):
        add(product.start, product.end, "product", product.name)
    for org in ranked:
        if org.evidence < 10:
            add(org.start, org.end, org.kind, org.name)
    named = occurrences(folded, sorted(people, key=lambda n: (-strength.get(n, 9), -len(n), n)))
    english = _english_names(folded, people)
    for name, spans in named.items():
        for s, e in spans:
            if e < len(folded) and is_han(folded[e]) and folded[s : e + 1] in people:
                continue
            add(s, e, "person", english.get(name, name))
    _given_names(folded, registry, add)
    _english_given_names(folded, english, add)
    _org_forms(text, registry, mentions, add)
    _references(folded, registry, add)
    return Mentions(mentions), registry


_QUOTED_NAME = re.compile(r"[“「《]([^”」》\n，。,]{2,20})[”」》]")


# After a given name used alone, the words that show it names the person (冠廷是…, 冠廷说).
_GIVEN_CUE = re.compile(
    r"(?:倒|却|就|还|正)?是|说|表示|认为|则|也|曾|在|负责|毕业|本科|硕士|博士|加入|告诉|笑"
)


def _english_names(folded: str, people: set[str]) -> dict[str, str]:
    """邝颖彤（Winnie Kwong）: the English name in brackets after a person's Chinese name is the
    same person's (English name → Chinese name)."""
    found: dict[str, str] = {}
    for match in _BRACKETED_LATIN.finditer(folded):
        latin = match.group(1).strip()
        if latin not in people:
            continue
        before = [p for p in people if is_han(p[0]) and folded.endswith(p, 0, match.start())]
        if before:
            found.setdefault(latin, max(before, key=len))
    return found


_BRACKETED_LATIN = re.compile(r"[（(]([A-Z][a-z]+(?: [A-Z][A-Za-z'-]+){1,2})[)）]")


def _english_given_names(folded: str, english: dict[str, str], add) -> None:
    """Winnie alone, where 邝颖彤（Winnie Kwong） is the only person of that English given name:
    that person."""
    given: dict[str, set[str]] = defaultdict(set)
    for latin, han in english.items():
        given[latin.split()[0]].add(han)
    for name, hans in given.items():
        if len(hans) != 1:
            continue
        for match in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z]| [A-Z])", folded):
            add(match.start(), match.end(), "person", next(iter(hans)))


def _given_names(folded: str, registry: Registry, add) -> None:
    """A person called by the given name alone (邱冠廷 … 冠廷是陽明交大資工碩士), as Taiwanese
    and Hong Kong features do: a mention of that person where a person's words follow and no
    other person in the text shares the given name."""
    people = [e for e in registry.all("person") if len(e.name) == 3 and is_han(e.name[0])]
    given: dict[str, list] = {}
    for entity in people:
        given.setdefault(entity.name[1:], []).append(entity)
    usable = {g: es[0] for g, es in given.items() if len(es) == 1 and word_frequency(g) < 50}
    for name, spans in occurrences(folded, sorted(usable)).items():
        entity = usable[name]
        for s, e in spans:
            if folded[s - 1 : s] == entity.name[0] or not _GIVEN_CUE.match(folded, e):
                continue
            if s and is_han(folded[s - 1]) and folded[s - 1] not in "，。；：、「“（ ":
                continue  # inside a longer word
            add(s, e, "person", entity.name)


def _merge_short_forms(orgs: list) -> list:
    """An organisation found on its own that is another's short form (栎川 beside 栎川能源) is
    that organisation."""

    names = {o.name for o in orgs}
    full = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):  # the fullest name first, always
        for form in short_forms(name):
            if form in names and form != name:
                full.setdefault(form, name)
    # 跃动科技 in a headline, 跃动运动科技 in the story: a brand and an ending, and a longer name
    # with the same brand and ending, are one name
    # (the longer names looked for among those sharing the brand's first two characters only:
    # a long post names thousands of organisations)
    by_head: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_head[name[:2]].append(name)
    for shorter in names - full.keys():
        ending = next((e for e in ORG_SUFFIXES if shorter.endswith(e)), "")
        brand = shorter[: len(shorter) - len(ending)]
        if not ending or len(brand) < 2:
            continue
        longer = [
            n
            for n in by_head[brand[:2]]
            if len(n) > len(shorter) and n.startswith(brand) and n.endswith(ending)
        ]
        if len(longer) == 1 and not (
            known_organization(shorter) and known_organization(longer[0])
        ):  # (香港大学 and 香港理工大学 are two known schools, not one name written twice)
            full[shorter] = full.get(longer[0], longer[0])
    for form in full:  # 跃动 → 跃动科技 → 跃动运动科技: the fullest name at the chain's end
        for _ in range(3):
            full[form] = full.get(full[form], full[form])
    # (an organisation keeps its name as a rule: copied only when it takes the fuller one)
    return [replace(o, name=full[o.name]) if o.name in full else o for o in orgs]


def _org_forms(text: Text, registry: Registry, mentions: list[Mention], add) -> None:
    """Short forms, defined terms and bracketed English names of the organisations found."""
    folded = text.folded
    forms: dict[str, object] = {}
    heads: dict[str, tuple[str, ...]] = {}  # each name's head form, looked for once
    for mention in list(mentions):
        if mention.kind not in ("org", "school") or mention.entity is None:
            continue
        name = mention.entity.name
        own = short_forms(name)
        if not own and mention.kind == "org":
            own = heads.setdefault(name, _head_form(folded, name))
        for form in own:
            forms.setdefault(form, mention.entity)
        english = bracketed_english(folded, mention.end)
        if english:
            written = folded[english[0] : english[1]]
            mention.entity.forms.add(written)
            forms.setdefault(written, mention.entity)
    for start, _, term in defined_terms(folded):
        before = [m for m in mentions if m.end <= start and start - m.end <= 10 and m.entity]
        if before:
            defined = before[-1].entity
            forms.setdefault(term, defined)
            _merge_into(registry, mentions, term, defined)
    ordered = sorted((f for f in forms if len(f) >= 2), key=lambda f: (-len(f), f))
    for form, spans in occurrences(folded, ordered).items():
        entity = forms[form]
        for s, e in spans:
            if form.isascii() and (_latin(folded, s - 1) or _latin(folded, e)):
                continue
            if UNIT.search(entity.name) and _DESCRIPTION_GOES_ON.match(folded, e):
                continue  # 光伏玻璃回收企业循光科技: the unit's field describes another company
            mention = add(s, e, entity.kind, entity.name)
            if mention is not None and folded[s:e] != entity.name:
                entity.forms.add(text.original[s:e])


# After a unit's field (光伏玻璃 of 光伏玻璃事业部), the rest of a company's description.
_DESCRIPTION_GOES_ON = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:企业|公司|品牌|厂商|服务商|供应商|平台|初创|创企|工厂)"
)


# What only a company does right after its name: 沐梢营收, 沐梢2021年取得…种子轮, 沐梢自行开发.
_COMPANY_PREDICATE = re.compile(
    r"营收|净利|估值|旗下|自行开发|自研|登记设立|注册成立|成立于"
    r"|(?:\d{4}年(?:\d{1,2}月)?)?(?:取得|完成|获得)[^，。；]{0,16}?(?:融资|轮)"
)


_ENDS_AS_COMPANY = re.compile(  # (not 王强的公司: the rest of the name, no word between)
    r"(?:(?![的是在和与及说任为了])[\u4e00-\u9fff]){1,4}?(?:"
    + "|".join(map(re.escape, ORG_SUFFIXES))
    + ")"
)


# After a name, what only a person is called: 先生, 女士, or an age (胡国梁，60岁).
_TITLED = re.compile(r"先生|女士|小姐|[，,]\s?\d{2}岁")


def _named_as_person(folded: str, name: str) -> bool:
    """Whether the text calls `name` Mr or Ms, or gives its age."""
    return any(_TITLED.match(folded, m.end()) for m in re.finditer(re.escape(name), folded))


def _company_heads(folded: str, people: set[str]) -> set[str]:
    """Two-character "names" that begin a company's name the text writes in full (沐梢 of
    沐梢头皮科技) and that do what only a company does at least twice (沐梢营收…): the company's
    short name, not a person."""
    heads = set()
    for name in people:
        if len(name) != 2 or not any(
            _ENDS_AS_COMPANY.match(folded, m.end()) for m in re.finditer(re.escape(name), folded)
        ):
            continue
        acts = sum(
            bool(_COMPANY_PREDICATE.match(folded, m.end()))
            for m in re.finditer(re.escape(name), folded)
        )
        if acts >= 2:
            heads.add(name)
    return heads


# What follows a company's name as the subject of a clause: 臻钢于2024年7月完成…, 臻钢是少数….
_AS_SUBJECT = re.compile(r"于|在|是|已|将|也|还|目前|今年|去年|计划|完成|获|的(?:创始人|产品|客户)")


def _head_form(folded: str, name: str) -> tuple[str, ...]:
    """The first two characters of a four-character company name with no ending the reader
    knows (臻钢厨艺), where the text uses them alone as a clause's subject at least twice
    (臻钢于2024年…, 臻钢是少数…): the story's short form for it."""
    head = name[:2]
    if (
        len(name) != 4
        or not all(is_han(c) for c in name)
        or name.endswith(ORG_SUFFIXES)
        or known_organization(name) is not None
        or known_organization(head) is not None
        or head in place_names()
        or ordinariness(head) >= 3
    ):
        return ()
    alone = [
        m
        for m in re.finditer(re.escape(head), folded)
        if not folded.startswith(name, m.start()) and _AS_SUBJECT.match(folded, m.end())
    ]
    return (head,) if len(alone) >= 2 else ()


def _merge_into(registry: Registry, mentions: list[Mention], term: str, defined) -> None:
    """A defined term read as an organisation of its own (矽澜有限, defined as 苏州矽澜微电子
    有限公司's short form) names the organisation that defines it."""
    own = registry.find(defined.kind, term)
    if own is None or own is defined:
        return
    registry.by_key[("org", term)] = defined
    defined.forms.add(own.written)
    for i, mention in enumerate(mentions):
        if mention.entity is own:
            mentions[i] = replace(mention, entity=defined, kind=defined.kind)


def _latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _references(folded: str, registry: Registry, add) -> None:
    """Back-references: pronouns, surname + honorific (钱先生), words for a company."""
    people = registry.all("person")
    for match in _HONORIFIC.finditer(folded):
        if not match.start():
            continue  # 总 opening the text: no surname before it
        surname = folded[match.start() - 1 : match.start()]
        double = folded[match.start() - 2 : match.start()]
        named = [p for p in people if p.name.startswith(double) and len(p.name) >= 3] or [
            p for p in people if p.name.startswith(surname)
        ]
        start = match.start() - (2 if named and named[0].name.startswith(double) else 1)
        if not starts_here(folded, start):
            continue  # 土木工程博士: 程 belongs to 工程
        if len({p.name for p in named}) == 1:
            add(start, match.end(), "person", named[0].name)
    for match in _PRONOUN.finditer(folded):
        add(match.start(), match.end(), "ref", "", _PERSON_PRONOUNS[match.group()])
    for match in _GROUP_REF.finditer(folded):
        form = {"前者": "former", "后者": "latter"}.get(match.group(), "group")
        add(match.start(), match.end(), "ref", "", form)
    for match in _COMPANY_REF.finditer(folded):
        if match.group() == "公司" and _INDEFINITE_BEFORE.search(
            folded, max(0, match.start() - 32), match.start()
        ):
            continue  # 创办了一家做电梯改造的公司: a company not named, not one told of before
        add(match.start(), match.end(), "ref", "", "company")
