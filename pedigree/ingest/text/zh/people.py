"""Chinese personal names in running text, found by evidence rather than by a list of names.

A name is a surname (from the bundled table) and one or two given characters. Any such string is
a candidate; it becomes a name when the text gives evidence for it: a title or role just before
it (创始人兼CEO顾承泽, 合伙人闫少钧), a verb of saying or a word that only follows people just
after it (…表示, …先生, …毕业于), a line that starts with it and a colon (demo-day bios), the NER
model or jieba's segmenter taking it for a name. Evidence is summed over every place the string
occurs, so one clear sentence makes the name count everywhere.

Where a two- and a three-character reading compete (顾承 / 顾承泽), the text decides: a prefix
that is always followed by the same character is the start of a longer name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from pedigree.ingest.text.en.lexicon import ORG_SUFFIXES as LATIN_ORG_ENDINGS
from pedigree.ingest.text.en.people import english_given_names
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.lexicon import WORK_AT

# Characters that end a stretch of name-like text: what follows a name, never the last character
# of one (a given name may hold 一 or 明 in the middle, but a name does not end in 的 or 表).
_AFTER_NAME = set(
    "的了是在和与及或等曾于为被把从向对也都就还又再已将所其而但并这那们我你他她它说表称认告透"
    "回坦指笑问答却便才此该某各每以让给跟同今去本现任加担出毕获拿带负主持牵个年日时后前中内外上下做"
    "网"  # (雷锋网, 新浪网: an outlet, whose name ends as no person's does)
)
_ALSO_ENDS_NAMES = ("为", "中", "和")
# A character that cannot be inside a name at all: function words and the commonest words of
# business reporting.
_NEVER_IN_NAME = set(
    "的了是在和与及或等于被把从对也都就还又再已将所而但并这那们我你他她它说表称认告透回坦"
    "指问答却便才此该某各每让给跟个年日时后内外上下公司亿轮投资融队者面务场到"
)
# Just before a name: a role, title or word that introduces a person. Every alternative opens
# with a literal character (处长|科长|…, not (?:处|科|…)长): then re tries the alternation only
# where one of those characters stands, found by a scan in C — 5× faster on the 8-character
# windows `starts_here` asks about for every surname in a text.
_OFFICE_HEADS = (
    "处|科|部|局|行|校|社|组|所|厂|会|队|班|院|司|省|市|县|区|镇|村|总|事|执行|营运|技术|财务|行销|"
    "产品|策略|资讯|研发|营销"
)
_TITLE_END = (
    r"(?:创始人|创办人|联合创始人|联合创办人|共同创办人|合伙人|董事长|总裁|总经理|经理|总监|主管|"
    r"负责人|专家|分析师|研究员|工程师|科学家|架构师|设计师|记者|编辑|作者|主编|撰文|摄影|教授|"
    r"院长|主任|董事|高管|顾问|老兵|同事|拍档|搭档|校友|部下|投资人|医生|律师|首席[\u4e00-\u9fff]{1,4}官|"
    r"执行官|技术官|运营官|财务官|CEO|CTO|COO|CFO|CSO|CPO|VP|副总|秘书|主席|会长|代表|创业者|实习生|"
    r"策划|制作人|产品经理|运营|研究助理|助理|学者|博士后|讲师|"
    + "|".join(head + "长" for head in _OFFICE_HEADS.split("|"))
    + r"|同学|室友|朋友|好友|学长|学弟|学姐|学妹|师兄|师姐|师弟|师妹|妻子|丈夫|"
    r"太太|夫人|搭档|伙伴|队友|老乡|导师|学生|弟子|徒弟|员工|雇员|成员|职员|骨干|元老|老将|下属|"
    r"投资者|股东|创业者|董事会主席|法定代表人|代表人)(?:兼|和|及|、|暨)?\s?$"
)
_LEFT = re.compile(_TITLE_END)
# (Each alternative opens with a literal, for the reason given at _TITLE_END.)
_SELF_LABELS = ("路演人", "主讲人", "路演嘉宾", "发言人", "姓名", "姓名及简历")
_LEFT_SELF = re.compile(
    r"(?:我叫|我是|名叫|叫做|" + "|".join(rf"{label}\s?[:：]" for label in _SELF_LABELS) + r")\s?$"
)
# A candidate that is itself a title or an office (董事, 管理, 经理) is not a name.
_TITLE_WORD = re.compile(
    r"董事|管理|经理|总监|主任|主席|总裁|秘书|助理|顾问|专家|教授|博士|硕士|学士|先生|女士|老师|同学|"
    r"院长|部长|局长|处长|科长|组长|会长|行长|校长|厂长|社长|师$|员$|系$|路演|主讲|评委|高管|高层|"
    r"^(?:来源|作者|编辑|发布|时间|地址|电话|邮箱|备注|注释|图片|链接|简介|介绍|记者|摄影|出品|"
    # a column's word, not a name (创业者盘点：…)
    r"盘点|复盘|观察|速递|快讯|专访|独家|榜单|图谱|周报|月报|特写)$|"
    r"(?:产品|技术|市场|运营|销售|研发|财务|算法)$"  # 原产品负责人: 原 and a department
)
# 前 not after a letter: looked behind from after 前, so that the alternation opens with literals
_LEFT_INTRO = re.compile(r"(?:由|是|为|和|与|及|、|叫|名叫|名为|包括|有|前(?<![^\W\d_]前)|原)$")
_TOGETHER = re.compile(r"一起|一同|一道|共同|合伙|搭档")
_HIRED_BEFORE = re.compile(r"(?:请了|请来了?|聘请了?|聘了|挖来了?|招来了?)$")
_HIRED_FOR = re.compile(r"^(?:做|当|出任|担任|任)")
_THEN_VERB = re.compile(r"表示|认为|提醒|指出|称|说|强调|坦言|透露|是|为|任|担任|负责|在|也|更|还")
# Just after a name: speech, an honorific, or a word that follows people.
_RIGHT_STRONG = re.compile(
    r"^(?:(?:则|也|亦|还|就)(?=表示|说|称|认为|指出|强调|坦言|透露|回应|解释|补充|来自|出身|毕业|曾|"
    r"任(?!何|意|务)|担任|出任|负责|从未|从没|并未|未曾|从来)|表示|说|称|认为|告诉|透露|回忆|坦言|指出|笑说|笑称|直言|介绍|强调|回应|解释|补充|坦承|"
    r"先生|女士|博士|教授|医生|总(?=[，。、表说,])|本人|毕业|本科|硕士|博士|加入|加盟|入职|跳槽|担任|出任|创办|"
    r"创立|离开|离职|带领|负责|曾任|曾在|此前|之前|早年|一直|看来|也是|则是|表态|出身|出生|生于|"
    r"当时(?:是|在|任|还)|那时(?:是|在|任|还)|(?:为|是|担任)法定代表人|"
    r"提到|谈到|说道|谈及|坦陈|告诉|对我们|对记者|"
    r"对\S{1,6}(?:表示|说)"
    # …的还有司徒岚。她曾在宝洁…: the next sentence goes on about the name as 他/她; 俞悠和她的
    # “乡递”: the name, and what is his or hers
    r"|[。；，,]\s?(?:他|她)(?!们)|(?:和|与)(?:他|她)(?:的|们)?)"
)
# 尉迟蔓是清华大学微电子专业博士: a degree from a school, said of the name (further on than
# the eight characters the cues above see).
_HOLDS_DEGREE = re.compile(
    r"是[^，。；,;]{0,10}(?:大学|学院)[^，。；,;]{0,10}(?:博士|硕士|本科生|学士|毕业生|校友)"
)
_RIGHT_WEAK = re.compile(r"^(?:是|为|曾|在|于|从|任|的|也|和|与|及|、|，|,|：|:|（|\(|。|；|｜|\|)")
_AFTER_SCHOOL = re.compile(r"(?:大学|学院|北大|清华|交大|复旦|浙大|南大|中科大|港大|台大)$")
_DEGREE_NEXT = re.compile(r"本科|硕士|博士|学士|毕业|专业|系")
_HEAD = re.compile(r"^[ \t*#\d.、)）■□◆◇▪▸►▶●○•·▍-]*$")  # a list marker: ■ 廖思妤　营运长
# A section heading's label, then the name that ends the line: ▍第二代：骆冬青
_LABELLED_HEAD = re.compile(r"^[ \t*#■□◆◇▪▸►▶●○•·▍-]+[^：:\n]{1,8}[：:][ \t*]*$")
# A masthead or dateline: 明報｜創科人物｜2025年8月5日 — the paper, the column, the date.
_MASTHEAD = re.compile(
    r"[｜|][^｜|\n]{0,60}(?:[｜|][^｜|\n]{0,60})*?"
    r"(?:\d{4}\s?年\s?\d{1,2}\s?月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
)
_LINE_REACH = 200


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames), from the bundled table."""
    text = files("pedigree.data").joinpath("names", "han_surnames.txt").read_text("utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@dataclass(frozen=True)
class NameEvidence:
    """What a text says for one candidate name."""

    name: str
    places: tuple[int, ...]
    score: float  # what counts: capped at 1 without words around the name that show it is one
    raw: float = 0.0  # the evidence before the cap


def with_model(
    text: str, scored: list[NameEvidence], model: Iterable[tuple[int, int]]
) -> list[NameEvidence]:
    """The evidence again after the NER model read some spans: a name the model read exactly
    gains 2 and counts uncapped (cheaper than scoring every candidate again)."""
    modelled = {text[s:e] for s, e in model}
    updated = [
        NameEvidence(e.name, e.places, e.raw + 2, e.raw + 2)
        if e.name in modelled and e.score < 2.5
        else e
        for e in scored
    ]
    return _coordinated(text, _settle_lengths(text, updated))


@lru_cache(maxsize=1 << 16)  # asked for every surname-led string of a text; names repeat
def looks_like_name(name: str) -> bool:
    """A surname and one or two given characters (two or three after a compound surname), none
    of them a function word."""
    single, compound = surnames()
    if not all(is_han(c) for c in name):
        return False
    if name[:2] in compound and 3 <= len(name) <= 4:
        given = name[2:]
    elif name[0] in single and 2 <= len(name) <= 3:
        given = name[1:]
    else:
        return False
    if given in ("总", "董", "工"):
        return False  # 王总, 荣总, 李工: how people are addressed, or a hospital (台北荣总)
    # 为, 中 and 和 end real names (蒯为, 庞可为, 乔翊中, 喻清和) often enough to be weighed by
    # evidence, not ruled out
    if given[-1] in _ALSO_ENDS_NAMES:
        return not any(c in _NEVER_IN_NAME for c in given[:-1])  # (喻清和: 和 ends it)
    return not any(c in _NEVER_IN_NAME for c in given) and given[-1] not in _AFTER_NAME


@cache
def _surname_start() -> re.Pattern[str]:
    """A character that can start a surname (single, or the first of a compound one)."""
    single, compound = surnames()
    return re.compile("[" + "".join(sorted(single | {c[0] for c in compound})) + "]")


def candidates(text: str) -> dict[str, list[int]]:
    """Every surname-led string of name length in `text` (folded), with where it occurs."""
    single, compound = surnames()
    found: dict[str, list[int]] = defaultdict(list)
    size = len(text)
    # Only where a surname can start (the scan runs in C): no other character leads a name.
    # (The loop body is the hot path of name finding: plain comparisons, no calls.)
    for match in _surname_start().finditer(text):
        i = match.start()
        char = text[i]
        if not "\u4e00" <= char <= "\u9fff":
            continue
        lead = 2 if text[i : i + 2] in compound else 1 if char in single else 0
        if not lead:
            continue
        for end in (i + lead + 1, i + lead + 2):
            if end <= size and looks_like_name(name := text[i:end]):
                found[name].append(i)
    return found


@cache
def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's word frequencies and part-of-speech tags: how ordinary a word is."""
    import jieba.posseg

    from pedigree.ingest.text.segmenter import jieba

    jieba.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen the word (0 for words it does not know)."""
    return dictionary()[0].get(word) or 0


@lru_cache(maxsize=1 << 16)  # weighed for every candidate, often more than once
def ordinariness(name: str) -> float:
    """How much being an everyday word counts against a candidate: 方面, 管理 and 智能 are
    words, not names; 高峰 is both; 闻笛 is neither. A three-character candidate that starts or
    ends with a common word (严格来, 商管理) is a word and a stray character."""
    freq, tags = dictionary()

    def penalty(word: str, floor: int) -> float:
        count, tag = freq.get(word) or 0, tags.get(word, "")
        if count < floor:
            return 0.0
        return 1.5 if tag.startswith("nr") else 3.0

    own = penalty(name, 100)
    if len(name) == 3 and name[:2] not in surnames()[1]:
        partial = max(
            penalty(name[:2], 500), penalty(name[1:], 1000) if not _given(name[1:]) else 0
        )
        own = max(own, min(partial, 1.5))
    return own


@cache
def _name_chars() -> dict[str, float]:
    """Character → the share of its occurrences in the NER training text that are in a given
    name (built with the model by `pedigree train-ner`)."""
    path = files("pedigree.data").joinpath("name_chars.tsv")
    rows = (
        line.split("\t")
        for line in path.read_text("utf-8").splitlines()
        if not line.startswith("#")
    )
    return {ch: float(ratio) for ch, ratio in rows}


def _name_like(name: str) -> bool:
    """Whether the given name's characters are ones names are made of: at least one seen in
    names often, or unseen in the training text altogether (rare characters are names' own)."""
    table = _name_chars()
    single, compound = surnames()
    given = name[2:] if name[:2] in compound else name[1:]
    return any(
        table.get(ch, 0.0) >= 0.15 or ch not in table and not dictionary()[0].get(ch)
        for ch in given
    )


def _everyday(word: str) -> bool:
    """A word so common that no context makes it a name (项目, 时代, 方面)."""
    freq, tags = dictionary()
    return (freq.get(word) or 0) >= 3000 and not tags.get(word, "").startswith("nr")


def _given(pair: str) -> bool:
    """A two-character given name jieba knows as a name (婷婷, 子轩)."""
    return dictionary()[1].get(pair, "").startswith("nr")


_REGION_END = re.compile(
    r"(?:[东南西北]|华[东南西北中]|亚太|欧洲|北美|南美|中东|拉美|大中华|海外|全球|国际|东南亚|大"
    # and the words 区 ends (园区, 社区, 开发区, 保税区 …)
    r"|[园社校城新发片景小市厂港矿税贸湾辖郊山灾军选分专展])$"
)


def starts_here(text: str, p: int) -> bool:
    """False where the surname character closes the word before it (分析师俞悦: 师 belongs to
    分析师; 供应链: 应 belongs to 供应), follows a number (2015年夏天), or is the 于 of a verb
    (任职于德勤)."""
    if not p:
        return True
    before = text[p - 1]
    if before.isdigit() or before in "零一二三四五六七八九十":
        return False
    if _LEFT.search(text[max(0, p - 8) : p]):
        return True  # 合伙人闫少钧: a title just before is the best evidence there is
    if _LEFT.search(text[max(0, p - 7) : p + 1]):
        return False
    if text[p] == "于" and is_han(before):
        return False
    if text[p] == "区" and _REGION_END.search(text, max(0, p - 3), p):
        return False  # 欧洲区商家负责人, 工业园区一起创办: a region's 区, not the surname 区
    freq, tags = dictionary()
    pair = text[p - 1 : p + 1]
    if not is_han(before):
        return True
    # 供应链: 应 closes 供应; 台南沙仑: 南 closes the place name 台南.
    return (freq.get(pair) or 0) < 500 and not (
        tags.get(pair, "").startswith("ns") and (freq.get(pair) or 0) >= 20
    )


# In the same clause as a candidate, a verb whose agent is a person: 李文杰在杭州创办了…
_AGENT_VERB = re.compile(
    r"^[^，,。；;：:]{0,8}?(?:创办|创立|联合创办|毕业于|加入|加盟|入职|担任|出任|离开|离职|辞去|师从|就读)|"
    # 由江牧之和黎蔓于2012年在成都共同创立: the partner, the year and the place between
    r"^(?:[和与、及][\u4e00-\u9fff]{2,3})?\s?(?:于\s?\d{4}\s?年(?:\d{1,2}\s?月)?)?\s?"
    r"(?:在[\u4e00-\u9fff]{2,4})?\s?(?:共同|联合|一起|一同|合伙)(?:创办|创立|创建|发起成立)|"
    r"^(?:曾|曾经|先后|一直)?(?:在|于)[^，,。；;：:]{1,10}?(?:工作|任职|就职|实习|做了)|"
    # 钭望舒，2023年创办了…: a year, then what the person did
    r"^[，,]\s?(?:于|在)?\d{4}\s?年(?:\d{1,2}\s?月)?(?:底|初|中)?[，,]?\s?"
    r"(?:创办|创立|联合创办|加入|加盟|离开|离职|出任|担任)"
)


# (冷链事业部, 冷链公司: a line of business before a unit or a company)
_FIELD_NEXT = re.compile(r"(?:圈|赛道|领域|行业|方案|事业部|事业群|业务线|公司)")
_AT_PLACE_BEFORE = re.compile(r"(?:在|于)$")
_ONGOING_BEFORE = re.compile(r"(?:正|仍|还|一直|依然|仍然|依旧)在[\u4e00-\u9fff]?$")
_POST_NEXT = re.compile(
    r"(?:负责人|总监|经理|主管|总裁|副总裁|工程师|专家|研究员|主任|合伙人|C[ETOFP]O)"
)


_YEAR_NEXT = re.compile(r"\d{4}年")
_WITH_BEFORE = re.compile(r"(?:和|与|跟|同)$")
# A relative clause of work done somewhere, right before a name: 曾在海尔智家从事制冷设备研发长达
# 十年的殷博.
_DID_WORK_BEFORE = re.compile(
    r"(?:曾|此前|之前|先后|曾经)?(?:在|于)[^，。；,;]{2,24}?"  # (找到了在斯坦福大学做博士后的)
    r"(?:工作|负责|担任|从事|任职|做过|做了|干了|待了|做)[^，。；,;]{0,16}的$"
)


def score_names(
    text: str,
    hints: Iterable[tuple[int, int]] = (),
    heads: Iterable[int] = (),
    model: Iterable[tuple[int, int]] = (),
) -> list[NameEvidence]:
    """Candidate names with the evidence the text gives them. `hints` are spans jieba's
    segmenter took for names, `model` spans the NER model did; `heads` the positions where a
    line's first name stands."""
    hinted = {text[s:e] for s, e in hints}
    modelled = {text[s:e] for s, e in model}
    headed = set(heads)
    found = candidates(text)
    scored = []
    # Two candidates start at most places (顾承, 顾承泽) and many end where others do: each
    # position is judged once.
    starts: dict[int, bool] = {}
    ends: dict[int, bool] = {}

    def bounded_at(p: int, end: int) -> bool:
        if p not in starts:
            starts[p] = starts_here(text, p)
        if not starts[p]:
            return False
        if end not in ends:
            ends[end] = _ends_here(text, end)
        return ends[end]

    for name, all_places in found.items():
        # What the candidate is, wherever it stands, is asked before where it stands: a third
        # of the candidates' places are of titles and everyday words (方面, 高的), never names.
        if _TITLE_WORD.search(name) or _everyday(name) or (len(name) == 3 and _everyday(name[:2])):
            continue
        places = [
            p
            for p in all_places
            if bounded_at(p, p + len(name))
            and not (  # 北大信科本科: a department between a school and a degree
                _AFTER_SCHOOL.search(text, max(0, p - 4), p)
                and _DEGREE_NEXT.match(text, p + len(name))
            )
        ]
        if (
            not places
            # 原感知负责人冼卓: "former", a department and its post, then the name
            or (name[0] in "原前" and all(_POST_NEXT.match(text, p + len(name)) for p in places))
            # 智驾圈, 智驾方案: a field of business, never a person
            or any(_FIELD_NEXT.match(text, p + len(name)) for p in places)
            # 曾在贝特瑞担任工艺总监: where one works, not who
            or all(
                _AT_PLACE_BEFORE.search(text, max(0, p - 3), p)
                and WORK_AT.match(text, p + len(name))
                for p in places
            )
            # 父亲至今仍在养石斑: 在 of an action going on, then the action, not a person
            or all(_ONGOING_BEFORE.search(text, max(0, p - 5), p) for p in places)
            # 栾霁则提醒, 晏川则是: 则 (then) after a name, not its end (祁正则 is a name)
            or (
                len(name) == 3
                and name[-1] in "则亦"
                and all(_THEN_VERB.match(text, p + len(name)) for p in places)
            )
        ):
            continue
        score = -ordinariness(name)
        strong = False
        bounded = 0
        for p in places:
            end = p + len(name)
            left, right = text[max(0, p - 8) : p], text[end : end + 8]
            runs_on = (  # a common word (智慧) after a title, running on into the next (城市)
                word_frequency(name) >= 500
                and word_frequency(right[:2]) >= 1000
                and not (_RIGHT_STRONG.match(right) or _RIGHT_WEAK.match(right))
            )
            if _LEFT_SELF.search(left):
                score += 2  # 我叫禤之行, 路演人：禤之行: a name by its introduction
                strong = True
            elif (titled := _LEFT.search(left)) and not runs_on:
                score += 2
                strong = True
            elif titled:
                score += 1  # 副院长及智慧城市…: a title, but the word runs on into 城市
            elif _HIRED_BEFORE.search(left) and _HIRED_FOR.match(right):
                score += 2  # 我們請了閔卓文做技術總監: whom a company hired, and for what
                strong = True
            elif _LEFT_INTRO.search(left):
                score += 0.5
            if _RIGHT_STRONG.match(right) or _HOLDS_DEGREE.match(text, end, end + 24):
                score += 2
                strong = True
            elif _RIGHT_WEAK.match(right) or not right:
                score += 0.5
                bounded += 1
            elif _YEAR_NEXT.match(right):
                score += 1  # 庞叙白2012年从…: a year right after a name
                strong = True
            # The line around the name, as far as a masthead or a list marker reaches: a text
            # without line breaks must not cost its length per name.
            line_start = text[text.rfind("\n", max(0, p - _LINE_REACH), p) + 1 : p]
            heads_line = (
                p in headed
                or (_HEAD.match(line_start) and right.lstrip("*")[:1] in "：:｜|、　 ")
                or (_LABELLED_HEAD.match(line_start) and right.lstrip("* \t")[:1] in ("\n", ""))
            )
            opens_paragraph = not line_start.strip() and (
                _RIGHT_STRONG.match(right) or _RIGHT_WEAK.match(right)
            )
            # A masthead's line names no one; looked for only where it matters (most names
            # stand mid-line, where the rest of the line was searched for nothing).
            masthead = False
            if heads_line or opens_paragraph:
                line_end = text.find("\n", p, p + _LINE_REACH)
                masthead = _MASTHEAD.search(text, p, line_end if line_end >= 0 else p + _LINE_REACH)
            if heads_line and not masthead:
                score += 3
                strong = True
            elif opens_paragraph and not masthead:
                score += 1  # a paragraph that opens with the name is about that person
                strong = True
            elif (
                p
                and text[p - 1] in "。！？；：:"  # (or an answer, after its speaker's label)
                and re.match(r"^(?:是|曾|在|于|也|则|为)", right)
                and ordinariness(name) == 0
                and _name_like(name)
                and len(name) == 3
            ):
                score += 1  # 。宓清扬是…: a sentence that opens with a name-like word and a verb
                strong = True
            if _AGENT_VERB.match(text[end : end + 24]):
                score += 1
                strong = True
            if _WITH_BEFORE.search(left) and _TOGETHER.match(right):
                score += 2  # 是我和柯品妤一起: someone one does something together with
                strong = True
            if _DID_WORK_BEFORE.search(text, max(0, p - 40), p):
                score += 1.5  # 曾在中芯国际负责工艺设计套件开发的欧立群: who did that work
                strong = True
        if name in modelled:
            score += 2  # the NER model read exactly this span as a name
            strong = True
        elif name in hinted:
            score += 1
            if bounded and ordinariness(name) == 0 and _name_like(name):
                strong = True  # a new word jieba found, ending as nouns end, with name characters
        if len(places) >= 2:
            score += 0.5
        freq = dictionary()[0]
        # (not 钟离澈: a compound surname is a word of its own, and the given name is one
        # character)
        wordlike = (
            len(name) == 3
            and name[:2] not in surnames()[1]
            and ((freq.get(name[:2]) or 0) >= 20 or (freq.get(name[1:]) or 0) >= 20)
        )
        known_word = bool(freq.get(name)) and not dictionary()[1].get(name, "").startswith("nr")
        if (
            bounded >= 2
            and ordinariness(name) == 0
            and not known_word
            and not (wordlike and not _given(name[1:]))
        ):
            strong = True  # named again and again, each time as a noun ends: 涂家瑜在…, 涂家瑜的…
        # Only words around a name show it is one; a tagger's guess and commas do not alone.
        scored.append(
            NameEvidence(name, tuple(places), score if strong else min(score, 1.0), score)
        )
    return _coordinated(text, _settle_lengths(text, scored))


# Characters transliterated foreign names are spelled with (蒂莫·克劳斯, 埃隆·马斯克): a name
# written with a middle dot is a foreign person's only where every character is one of these.
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拔白班邦保鲍贝本比彼毕宾波伯博布查彻达戴丹德登迪蒂丁东杜敦多厄恩尔法凡范菲费"
    "芬丰弗福夫盖冈戈格根古瓜哈海汉豪赫黑亨胡华霍基吉加贾杰捷金卡凯坎康柯科可克肯库夸奎拉莱兰朗"
    "劳勒雷蕾里利丽莉连林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙米密明莫姆穆纳娜奈南内尼妮涅宁纽努"
    "诺欧帕潘庞佩彭皮普奇琪恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺"
    "威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹哲珍朱兹佐茨娃黛丝露薇蒂贡让保"
)
# Parts are bounded: unbounded, a long run of Han characters with no dot is tried from every
# position to its end (quadratic).
_DOTS = "·•・‧"
# The first part possessive: only a dot may follow it, so giving characters back cannot help.
_FOREIGN = re.compile(rf"[\u4e00-\u9fff]{{1,16}}+(?:[{_DOTS}][\u4e00-\u9fff]{{1,16}})+")
# Every _FOREIGN match's first dot stands 1-16 characters after its start.
_DOT = re.compile(rf"[{_DOTS}]")


def foreign_names(text: str) -> set[str]:
    """Transliterated names written with a middle dot: the longest run around the dot whose
    characters are all ones transliterations use (前西门子员工蒂莫·克劳斯 → 蒂莫·克劳斯)."""
    found: set[str] = set()
    if not any(dot in text for dot in _DOTS):
        return found  # every match holds a dot; the scan would try each Han character
    # _FOREIGN.finditer(text), tried only up to 16 characters before each dot: the plain scan
    # read a run of up to 16 Han characters from every Han character of the text.
    for match in matches_before(_FOREIGN, _DOT, text, 1, 16):
        parts = re.split(r"[·•・‧]", match.group())
        first, last = parts[0], parts[-1]
        i = len(first)
        while i > 0 and first[i - 1] in _TRANSLITERATION:
            i -= 1
        j = 0
        while j < len(last) and last[j] in _TRANSLITERATION:
            j += 1
        middle = parts[1:-1]
        head, tail = first[i:], last[:j]
        if head and len(tail) >= 2 and all(all(c in _TRANSLITERATION for c in m) for m in middle):
            dot = match.group()[len(first)]
            found.add(dot.join([head, *middle, tail]))
    return found


# A person's Latin-script name in Chinese text: an English given name and one or two
# capitalised words (联合创始人 Leo Zhang, 请来了Alan Hsu担任CTO).
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9&.-])([A-Z][a-z]+)((?: [A-Z][a-z]+){1,2})(?![A-Za-z0-9&])")


def latin_names(text: str) -> set[str]:
    """Latin-script personal names in Chinese text: led by a common English given name, not
    ending as a firm's name does (Leo Capital), and not a known organisation."""
    found: set[str] = set()
    for match in _LATIN_NAME.finditer(text):
        words = match.group().split()
        if (
            words[0].lower() in english_given_names()
            and words[-1].lower() not in LATIN_ORG_ENDINGS
            and known_organization(match.group()) is None
        ):
            found.add(match.group())
    return found


# Verbs that follow a name (与X合伙创办, 马骁转任首席科学家) and are rarer in the dictionary than
# the name-ending test needs.
_VERB_AFTER_NAME = frozenset(
    {"合伙", "搭档", "结伴", "合作", "合办", "共创", "同创", "转任", "转岗", "转为", "改任", "调任"}
)


def _ends_here(text: str, end: int) -> bool:
    """False where the name's last character starts a word with the next one (向记者: 记 is
    the 记 of 记者, so 向记 is no name)."""
    if end >= len(text) or not is_han(text[end]):
        return True
    if text[end - 1 : end + 1] in _VERB_AFTER_NAME:
        return False  # 尉迟澜合伙创办: 合 starts 合伙
    across = word_frequency(text[end - 1 : end + 1])
    # 万启明教授: 明教 is a word, but 教授 a far commoner one, so 教 starts 教授.
    return across < 300 or word_frequency(text[end : end + 2]) > 10 * across


def _coordinated(text: str, scored: list[NameEvidence]) -> list[NameEvidence]:
    """A candidate listed with a name (司徒岚、樊启; 廖星野和祝晗) shares its evidence."""
    strong = {e.name for e in scored if e.score >= 2.5}
    joiners = ("、", "和", "与", "及", "以及")

    def partnered(start: int, end: int) -> bool:
        for joiner in joiners:
            after = end + len(joiner)
            if text.startswith(joiner, end) and any(
                text[after : after + n] in strong for n in (2, 3, 4)
            ):
                return True
            before = start - len(joiner)
            if text.startswith(joiner, before) and any(
                text[before - n : before] in strong for n in (2, 3, 4)
            ):
                return True
        return False

    raised = []
    for evidence in scored:
        if (
            evidence.name not in strong
            and evidence.score >= 0.5
            and any(partnered(p, p + len(evidence.name)) for p in evidence.places)
        ):
            evidence = NameEvidence(evidence.name, evidence.places, 2.5)
        raised.append(evidence)
    return raised


def _settle_lengths(text: str, scored: list[NameEvidence]) -> list[NameEvidence]:
    """Between a name and its one-character extension, keep the reading the text supports: a
    two-character name always followed by the same character is the start of a longer one; a
    longer reading met only where its prefix is also met elsewhere is the prefix plus a word."""
    by_name = {e.name: e for e in scored}
    dropped: set[str] = set()
    for longer in scored:
        shorter = by_name.get(longer.name[:-1])
        if shorter is None:
            continue
        if set(shorter.places) <= set(longer.places):
            # 顾承 is always 顾承泽: one of the two readings; the text around decides which
            # (顾承泽本科… is followed by a word that follows names, 卞宁创办… by a verb).
            # Most names have three characters: the longer reading wins unless clearly weaker.
            keep_longer = longer.score >= shorter.score - 1.5 and longer.name[-1] not in _AFTER_NAME
            # 祁野则是…: the extra character starts the words that follow a name
            after = len(shorter.name)
            cued = all(_RIGHT_STRONG.match(text[p + after : p + after + 8]) for p in shorter.places)
            if cued and longer.score < 2.5:
                keep_longer = False
            end = len(longer.name)
            if longer.name[-1] in _ALSO_ENDS_NAMES and (
                all(not is_han(text[p + end : p + end + 1]) for p in longer.places)
                # 她找的第一个人是喻清和——: a clause that ends on 和 has no second name to join
                or longer.name[-1] == "和"
                and any(text[p + end : p + end + 1] in "，。；！？—" for p in longer.places)
            ):
                keep_longer = True  # 合伙人庞可为——这样总结: nothing follows to make 为 a verb
            dropped.add(shorter.name if keep_longer else longer.name)
        elif longer.score < 4 or shorter.score > 2 * longer.score:
            # 闻笛 met five times, 闻笛站 once: 站 is the next word.
            dropped.add(longer.name)
    return [e for e in scored if e.name not in dropped]
