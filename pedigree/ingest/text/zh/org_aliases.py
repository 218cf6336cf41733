"""The other forms an organisation takes in a Chinese text: a short form of a name found
in full (栎川 of 栎川能源), a headline's shorter name, a defined term (以下简称“矽澜有限”),
a bracketed English name, and the head a story uses alone as a clause's subject (臻钢 of
臻钢厨艺)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from pedigree.ingest.text.entities import Mention, Registry, occurrences
from pedigree.ingest.text.facts import Text
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import TITLE_WORD, UNIT
from pedigree.ingest.text.zh.name_candidates import is_han, ordinariness
from pedigree.ingest.text.zh.org_forms import (
    ORG_SUFFIXES,
    bracketed_english,
    defined_terms,
    short_forms,
)


def merge_short_forms(orgs: list) -> list:
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


def add_org_forms(text: Text, registry: Registry, mentions: list[Mention], add) -> None:
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
            if UNIT.search(entity.name) and (
                _DESCRIPTION_GOES_ON.match(folded, e)
                or (folded[s:e] != entity.name and _WORD_GOES_ON.match(folded, e))
            ):
                # 光伏玻璃回收企业循光科技: the unit's field describes another company; 内饰老兵,
                # 内饰采购经理 beside 内饰研究所: the field, in a longer phrase
                continue
            if _title_word(folded, form, entity.name, e):
                continue  # 高级 of 高级软件 in 高级副总裁: the title's own word
            mention = add(s, e, entity.kind, entity.name)
            if mention is not None and folded[s:e] != entity.name:
                entity.forms.add(text.original[s:e])


# A title right after a word: the word is the title's (高级工程师), not a short form's name.
# (not across 前 or 的: 伊利前副总裁, 萤石的产品总监 name the company)
_WORD_BEFORE_TITLE = re.compile(rf"(?:(?![前原的曾])[\u4e00-\u9fff]){{0,4}}?{TITLE_WORD}")

def _title_word(folded: str, form: str, name: str, end: int) -> bool:
    """Whether a short form that is an everyday word stands before a title (创新 of 香港创新科技
    in 创新产品经理), where it is the title's word and no name."""
    return (
        form != name
        and bool(_WORD_BEFORE_TITLE.match(folded, end))
        and ordinariness(form) >= 3
        and known_organization(form) is None
    )


# After a unit's field (光伏玻璃 of 光伏玻璃事业部), the rest of a company's description.
# (卫浴DTC品牌「浴立方」: Latin letters among the words)
# …or a word of a longer phrase, not a function word (内饰|老兵, but 内饰|的, 内饰|是).
_WORD_GOES_ON = re.compile(r"(?![的是在于和与及也已将就都又被把从为])[\u4e00-\u9fff]")
_DESCRIPTION_GOES_ON = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:企业|公司|品牌|厂商|服务商|供应商|平台|初创|创企|工厂|电商"
    r"|商城|连锁)"
)


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
