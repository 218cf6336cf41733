"""All mentions in a Chinese text: people, organisations, schools, products, and the
back-references (他, 她, 公司, 该公司, 本集团, 钱先生) that relation reading resolves.

Known organisations win over anything that overlaps them; then names the text shows to be
organisations; then people; then short forms, defined terms and English names of organisations
already found. Every entity gets one canonical name (Simplified; an organisation's alias-table
name) and keeps the forms the text used.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pedigree.ingest.text.entities import Mention, Mentions, Registry, occurrences
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.layout import Layout
from pedigree.ingest.text.zh.foreign_names import foreign_names, latin_names
from pedigree.ingest.text.zh.lexicon import SOME
from pedigree.ingest.text.zh.name_bounds import starts_here
from pedigree.ingest.text.zh.name_candidates import is_han, word_frequency
from pedigree.ingest.text.zh.name_spans import person_names
from pedigree.ingest.text.zh.org_aliases import add_org_forms, merge_short_forms
from pedigree.ingest.text.zh.org_forms import (
    BRACKETED_ENGLISH,
    ORG_SUFFIXES,
    defined_terms,
    short_forms,
)
from pedigree.ingest.text.zh.orgs import find_orgs
from pedigree.ingest.text.zh.products import find_products

_HONORIFIC = re.compile(
    r"(先生|女士|博士|教授|医生|总)(?![\u4e00-\u9fff]{0,1}(?:裁|监|经理|部|结|体|共|计))"
)
_PERSON_PRONOUNS = {"他": "he", "她": "she"}
_PRONOUN = re.compile(r"[他她](?!们)")  # 他们 and 她们 are groups (_GROUP_REF)
# People referred to together (两人都是…出身, 他们共同创办了…) or in turn (前者, 后者).
_GROUP_REF = re.compile(r"两位创始人|两人|二人|三人|他们|她们|两位|前者|后者")
_TITLE_THEN_NAME = re.compile(r"\s?(?:联合|共同)?(?:创始人|创办人|合伙人)?\s?")
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
    evidence = person_names(text)
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
    orgs = merge_short_forms(find_orgs(folded, people, strength))
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
    # (a name right before its English one in brackets wins where names overlap:
    # 送药平台|醫藥快線（MediLoop）, not 送药平台医药)
    ranked = sorted(
        orgs,
        key=lambda o: (
            o.evidence < 10,
            not BRACKETED_ENGLISH.match(folded, o.end),
            o.start - o.end,
            o.start,
            o.name,
        ),
    )
    # 小程序“云朵宝贝+”: a quoted name that starts with a company's is the longer name's there
    # (a product's, where the product reader finds one; else the company's after all)
    prefix = [o for o in ranked if any(s == o.start and o.end < e for s, e in quoted)]
    for org in ranked:
        if org.evidence >= 10 and org not in prefix:
            add(org.start, org.end, org.kind, org.name)
    for product in find_products(folded, registry, shorts | org_names, org_names):
        add(product.start, product.end, "product", product.name)
    for org in prefix:
        if org.evidence >= 10:
            add(org.start, org.end, org.kind, org.name)
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
    add_org_forms(text, registry, mentions, add)
    person_starts = {m.start for m in mentions if m.kind == "person"}
    _references(folded, registry, add, person_starts)
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


def _references(folded: str, registry: Registry, add, person_starts: set[int]) -> None:
    """Back-references: pronouns, surname + honorific (钱先生), words for a company (not a
    count of people named right after it: `person_starts` are where people are named)."""
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
        if len({p.name for p in named}) > 1 and match.group() in ("先生", "女士"):
            # 梁振邦先生 … 梁诗敏女士 … 梁先生: of those sharing the surname, the one the same
            # honorific follows in full
            named = [
                p for p in named if folded.find(p.name + match.group()) >= 0
            ] or named
        if len({p.name for p in named}) == 1:
            add(start, match.end(), "person", named[0].name)
    for match in _PRONOUN.finditer(folded):
        add(match.start(), match.end(), "ref", "", _PERSON_PRONOUNS[match.group()])
    for match in _GROUP_REF.finditer(folded):
        form = {"前者": "former", "后者": "latter"}.get(match.group(), "group")
        named_next = _TITLE_THEN_NAME.match(folded, match.end())
        if form == "group" and named_next and named_next.end() in person_starts:
            continue  # 两位联合创始人甘嘉伦和骆雪: the two are named right after
        add(match.start(), match.end(), "ref", "", form)
    for match in _COMPANY_REF.finditer(folded):
        if match.group() == "公司" and _INDEFINITE_BEFORE.search(
            folded, max(0, match.start() - 32), match.start()
        ):
            continue  # 创办了一家做电梯改造的公司: a company not named, not one told of before
        add(match.start(), match.end(), "ref", "", "company")
