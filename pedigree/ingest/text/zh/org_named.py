"""Names the text itself gives as organisations' names, before any is weighed.

Some places are certain: a name in the bundled alias table, an abbreviated school, a defined term
(（以下简称“瑞思科技”）), a filing's header field, the company an interview's headline names before
its guest. Others the text shows by how it writes them: a Latin name right after a descriptor
(公司VAST), or a quoted name that someone founded, that has founders or raises a round, that a
descriptor or a roundup's number introduces. `find_orgs` starts from this tally and adds the names
it finds by their endings and frames (`org_evidence`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from pedigree.ingest.text.entities import occurrences
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.org_endings import GENERIC_HEAD
from pedigree.ingest.text.zh.org_forms import (
    DESCRIPTOR,
    DESCRIPTOR_END,
    FIGURE_ACRONYM,
    SECTOR_WORDS,
    abbreviated_schools,
    defined_terms,
)
from pedigree.ingest.text.zh.org_words import known_spans, legal_end

# Before a quoted name (find_orgs): a verb of founding (创办了“X”, 创办的票务工具“票根科技”), a
# project by name (第二个项目“麦穗数科”, 登台的是“衡书”), a roundup entry's number (6.「叁玖动力」).
# (what was founded, described in up to 16 characters: 创办了面向村集体的民宿运营SaaS“村游云” —
# but not a product launched after it: 创办了公司并推出了“X”)
_FOUNDED_END = re.compile(
    r"(?:创办|创立|创建|成立|合创|共创|开办)(?![人者始])了?"  # (not 联合创始人…来自"对手阵营")
    r"(?:的?(?:(?!推出|发布|上线|开发|研发)[^，。；“”,;]){0,16}?)?\s?$"
)
# (开了一家棕垫作坊，名叫“守业棕垫厂”; 办了一家叫“广德陶瓷”的小瓷砖厂: the firm someone opened)
_COMPANY_NAMED = re.compile(
    r"(?:(?:公司|企业|新公司|新品牌|工厂|作坊|工作室)[，,]?\s?|[开办]了一?家)"
    r"(?:名为|名叫|叫做?|取名为?|命名为)\s?$"
)
_PROJECT_END = re.compile(
    r"(?:项目|(?:登台|登场|上台|亮相|出场)的是|路演的|创业公司|初创公司|创业项目|"
    r"(?:创办|创立|创建|加入)了?[^，。；“”,;]{0,10}的|(?:项目|公司)是做[^，。；“”,;]{0,16}的)\s?$"
)
# …what the founded thing features, quoted (创办了主打“泡泡+软体”的乐园品牌小象泡泡): no name.
_FEATURED_END = re.compile(r"(?:主打|主营|主推|专注于?|专做|提供|售卖|以)\s?$")
_NUMBERED_END = re.compile(r"(?:^|\n)\s*\d{1,2}\s*[.、．)）]\s*$")
# After a descriptor: a Latin name (公司VAST) or any name with its English name in brackets.
_DESCRIBED = re.compile(
    DESCRIPTOR + r"(?P<name>[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}"
    # (not 公司由前科沃斯（Ecovacs）…: a clause's words, then the name)
    r"|(?![由前原是为在从被与和将已])[\u4e00-\u9fff]{2,8}(?=[（(][A-Z])"
    r"(?![（(]" + FIGURE_ACRONYM + r"[)）]))"
)
_QUOTED = re.compile(r"[「『](?P<name>[^」』\n]{2,16})[」』]|“(?P<curly>[^”\n]{2,16})”")

_NEWS_VERB = re.compile(r"\s?(?:完成|获得?|宣布|被|传|启动|拿到|拟|再获|斩获|officially)")
# What only a company has or does, right after its name: founders, a round raised.
# (「栖岚」已于近日完成…: when, in one or two words, before the round)
FOUNDERS_OR_RAISED_NEXT = re.compile(
    r"(?:[（(][^（）()\n]{1,30}[)）])?\s?(?:的)?(?:联合|共同)?(?:创始人|创办人)"
    r"|(?:[（(][^（）()\n]{1,30}[)）])?\s?(?:已于|已|近日|日前|近期|今日|刚刚){0,2}"
    # (于8月初完成…融资, 于2025年3月获得…: a date between)
    r"(?:于?(?:\d{4}\s?年)?\s?\d{1,2}\s?月(?:\d{1,2}\s?日)?(?:初|底|末|中旬|上旬|下旬|份)?)?"
    r"(?:正式)?(?:宣布)?"
    r"(?:完成|获得?|拿到|斩获)[^，。；,;\n]{0,14}?(?:融资|轮)"
)

# A filing's header field names the company that files it: 公司简称：联昇光电.
FILER = re.compile(
    r"(?:公司简称|公司名称|公司全称|发行人名称|发行人)\s*[：:]\s*(?P<name>[^\s，,。；;：:]{2,30})"
)


OPEN_QUOTES = ("「", "“", "『")
CLOSE_QUOTES = ("」", "”", "』")


@dataclass
class Tally:
    """Each candidate name's places and summed evidence, as the phases of `find_orgs` add them."""

    names: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    # quoted names shown to be companies by what is said of them
    framed: set[str] = field(default_factory=set)
    # names whose every place a pattern or the alias table gave (not to be looked for again)
    pinned: set[str] = field(default_factory=set)

    def add(self, name: str, places, score: float, pinned: bool = False) -> None:
        self.names[name].extend(places)
        self.scores[name] += score
        if pinned:
            self.pinned.add(name)


def named_in_text(text: str, people: set[str], strength: dict[str, float]) -> Tally:
    """The names the text pins down (score 9–10 each) and those its descriptors and quotes show."""
    tally = Tally()
    _pin(text, people, strength, tally)
    for match in _DESCRIBED.finditer(text):
        name = match.group("name").strip()
        if _plausible(name, people):
            s = match.start("name")
            tally.add(name, [(s, s + len(name))], 3)
    _add_quoted(text, people, tally)
    return tally


def _pin(text: str, people: set[str], strength: dict[str, float], tally: Tally) -> None:
    listed = _listed_people(text, people, strength)
    for s, e in known_spans(text):
        if text[s:e] in listed:
            continue  # 殷拓、罗颂宜、祁远舟三人: a founder, not the fund 殷拓 (EQT)
        tally.add(text[s:e], [(s, legal_end(text, e))], 10, pinned=True)
    for s, e, _ in abbreviated_schools(text):
        tally.add(text[s:e], [(s, e)], 10, pinned=True)
    for _, _, term in defined_terms(text):
        # 瑞思科技股份有限公司（以下简称瑞思科技）: the term is a name wherever it is written,
        # and a known name inside it (思科) is not
        if (
            term not in people
            and known_organization(term) is None
            and not re.fullmatch(r"(?:本|该)?(?:公司|集团|发行人)", term)
            and not re.search(r"(?:先生|女士|小姐|博士|教授|医生)$", term)  # 甄先生: a person
        ):
            places = [
                (s, e)
                for s, e in occurrences(text, [term])[term]
                if not (text[e : e + 1].isascii() and text[e : e + 1].isalnum())  # 沄析Agent Studio
                and text[s - 1 : s] not in ("“", "「")
            ]
            tally.add(term, places, 9, pinned=True)
    for match in FILER.finditer(text, 0, 600):
        name = match.group("name")  # the filer, named by its header field: a name wherever written
        if name not in people:
            tally.add(name, occurrences(text, [name])[name], 10, pinned=True)
    for name in _interviewed_company(text, people):
        # 对话老派理容所贺启明：…: an interview's headline, the company before its guest — named
        # wherever written, but not as the start of a longer quoted name (“熨帖到家”小程序)
        places = [
            (s, e)
            for s, e in occurrences(text, [name])[name]
            if not (text[s - 1 : s] in OPEN_QUOTES and text[e : e + 1] not in CLOSE_QUOTES)
        ]
        tally.add(name, places, 10, pinned=True)


def _add_quoted(text: str, people: set[str], tally: Tally) -> None:
    """Quoted names that a founding verb, a project, a roundup number, a descriptor or what is
    said of them right after shows to be organisations."""
    for match in _QUOTED.finditer(text):
        group = "name" if match.group("name") else "curly"
        name = match.group(group).strip()
        before = text[max(0, match.start() - 24) : match.start()]
        # 创办了“X”, 创办的票务工具“票根科技”: what the verb made, whatever it is called
        featured = _FEATURED_END.search(before)
        founded = None if featured else _FOUNDED_END.search(before)
        # 第二个项目“麦穗数科”, 登台的是“衡书”, 创办了今天路演的“岩眼智能”: a project by name.
        project = None if featured else _PROJECT_END.search(before)
        corner = group == "name" and re.match(r"[（(][A-Z]", text[match.end() : match.end() + 2])
        # 6. 「叁玖动力」完成A+轮融资: a roundup entry's heading names the company it is about
        headline = _NUMBERED_END.search(before) and _NEWS_VERB.match(
            text, match.end()
        )
        # 专访「屿麦酿造」创办人…, 「矽准科技」已完成B轮融资: only a company has founders or raises
        said = FOUNDERS_OR_RAISED_NEXT.match(text, match.end()) and not re.search(
            r"品牌(?:名称?(?:为|是)?|为|是)\s?[“「『]" + re.escape(name) + "[”」』]", text
        )  # (「云帆科技」（品牌名“店匠云帆”）: a headline naming the brand, which is a product;
        # but 香氛家居品牌「栖烛」 describes the company as a brand)
        # 新公司名为"回澜": a company's name, given as such
        founded = founded or _COMPANY_NAMED.search(before)
        # (a quoted name with founders or a round, or one someone founded, is no person,
        # though 山岚 and 山屿 read like names)
        if _plausible(name, people - {name} if said or founded else people) and (
            DESCRIPTOR_END.search(before) or founded or project or corner or headline or said
        ):
            s = match.start(group)
            # what someone founded, or what has founders or raises a round, is an organisation
            tally.add(name, [(s, s + len(name))], 10 if founded or said else 4)
            if founded or said:
                tally.framed.add(name)


# An interview's headline: 对话 (or 专访…), the guest's company and post, the guest, a colon.
_INTERVIEW_HEAD = re.compile(
    r"^[ \t]*(?:对话|专访|访谈|对谈)\s?(?P<rest>[^：:\n，,。]{4,24}?)\s?[：:]", re.M
)
_GUEST_POST = re.compile(r"(?:联合创始人|创始人|创办人|CEO|董事长|总经理|掌门人)(?:兼CEO)?$")


def _interviewed_company(text: str, people: set[str]) -> list[str]:
    """The company an interview's headline names before its guest, a person the text names."""
    found = []
    for match in _INTERVIEW_HEAD.finditer(text, 0, 300):
        rest = match.group("rest")
        # (the longest such name: 才让卓玛, not 卓玛 of it — and never as the set happens to list)
        guest = max(
            (p for p in people if rest.endswith(p) and len(rest) - len(p) >= 2),
            key=lambda p: (len(p), p),
            default=None,
        )
        if guest is None:
            continue
        name = _GUEST_POST.sub("", rest[: -len(guest)]).strip(" 「」『』“”\"")
        if len(name) >= 2 and name not in people and not GENERIC_HEAD.match(name):
            found.append(name)
    return found


def _listed_people(text: str, people: set[str], strength: dict[str, float]) -> set[str]:
    """Names read firmly as people (strength ≥ 4) that the text lists with another person
    (殷拓、罗颂宜)."""
    firm = [p for p in people if strength.get(p, 0) >= 4]
    listed = set()
    for p, spans in occurrences(text, firm).items():
        for s, e in spans:
            after, before = text[e : e + 5], text[max(0, s - 5) : s]
            if (after[:1] == "、" and any(after[1 : 1 + k] in people for k in (2, 3, 4))) or (
                before[-1:] == "、" and any(before[-1 - k : -1] in people for k in (2, 3, 4))
            ):
                listed.add(p)
                break
    return listed


def _plausible(name: str, people: set[str]) -> bool:
    if name in people or len(name) < 2 or GENERIC_HEAD.match(name):
        return False
    if re.search(r"[，。；、：,;:]", name) or (re.search(r"\s", name) and not name.isascii()):
        return False
    if _SAID.search(name):
        return False  # 公司“未参与该项目投资”: words quoted, not a name
    return not SECTOR_WORDS.match(name)


# Words of a quoted statement that a company's name does not hold.
_SAID = re.compile(r"未|没有|并非|不是|已经|正在|将会|我们|他们|该项目|这个|那个|了$")
