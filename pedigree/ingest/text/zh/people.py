"""Chinese personal names in running text, found by evidence rather than by a list of names.

A name is a surname (from the bundled table) and one or two given characters. Any such string is
a candidate; it becomes a name when the text gives evidence for it: a title or role just before
it (创始人兼CEO顾承泽, 合伙人闫少钧), a verb of saying or a word that only follows people just
after it (…表示, …先生, …毕业于), a line that starts with it and a colon (demo-day bios), the NER
model or jieba's segmenter taking it for a name. Evidence is summed over every place the string
occurs, so one clear sentence makes the name count everywhere.

Where a two- and a three-character reading compete (顾承 / 顾承泽), the text decides: a prefix
that is always followed by the same character is the start of a longer name.

The candidates are `zh/name_candidates.py`, where a name can start and end `zh/name_bounds.py`,
and transliterated and Latin-script names `zh/foreign_names.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import TITLE_WORD, WORK_AT
from pedigree.ingest.text.zh.name_bounds import (
    TITLE_BEFORE,
    TITLE_IS_BEFORE,
    ends_here,
    starts_here,
)
from pedigree.ingest.text.zh.name_candidates import (
    AFTER_NAME,
    ALSO_ENDS_NAMES,
    candidates,
    dictionary,
    everyday,
    is_han,
    known_given_name,
    name_like,
    ordinariness,
    surnames,
    word_frequency,
)

# (Each alternative opens with a literal, for the reason given at name_bounds._TITLE_END.)
_SELF_LABELS = ("路演人", "主讲人", "路演嘉宾", "发言人", "姓名", "姓名及简历")
_LEFT_SELF = re.compile(
    r"(?:我叫|我是|名叫|叫做|" + "|".join(rf"{label}\s?[:：]" for label in _SELF_LABELS) + r")\s?$"
)
_TITLE_ENDS = re.compile(f"(?:{TITLE_WORD})$")
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
_TOGETHER = re.compile(r"一起|一齐|一同|一道|共同|合伙|搭档")  # (一齐: Cantonese)
_HIRED_BEFORE = re.compile(r"(?:请了|请来了?|聘请了?|聘了|挖来了?|招来了?)$")
_FOUNDED_WITH_IS = re.compile(
    r"(?:一起|一同|共同|联合|联手)(?:创办|创立|创建|创业)[^，。；,;]{0,12}?的[，,]?(?:是|则是|还有)$"
)
_HIRED_FOR = re.compile(r"^(?:做|当|出任|担任|任)")
_THEN_VERB = re.compile(r"表示|认为|提醒|指出|称|说|强调|坦言|透露|是|为|任|担任|负责|在|也|更|还")
# Just after a name: speech, an honorific, or a word that follows people.
_RIGHT_STRONG = re.compile(
    r"^(?:(?:则|也|亦|还|就)(?=表示|说|称|认为|指出|强调|坦言|透露|回应|解释|补充|来自|出身|毕业|曾|有|"
    r"任(?!何|意|务)|担任|出任|负责|从未|从没|并未|未曾|从来)|表示|说|称|认为|告诉|透露|回忆|记得|坦言|指出|笑说|笑称|直言|介绍|强调|回应|解释|补充|坦承|"
    r"先生|女士|博士|教授|医生|总(?=[，。、表说,])|本人|毕业|本科|硕士|博士|加入|加盟|入职|跳槽|转投|转战|担任|出任|创办|"
    r"创立|离开|离职|带领|负责|曾任|曾在|此前|之前|早年|一直|看来|也是|则是|表态|出身|出生|生于|"
    r"是[^，。；,;\n]{1,8}出身|"  # 谯以南是材料学出身: a person's background
    r"当时(?:是|在|任|还)|那时(?:是|在|任|还)|(?:为|是|担任)法定代表人|"
    r"提到|谈到|说道|谈及|坦陈|告诉|对我们|对记者|"
    r"对\S{1,6}(?:表示|说)|对此|否认|承认|指着|指著"
    # …的还有司徒岚。她曾在宝洁…: the next sentence goes on about the name as 他/她; 俞悠和她的
    # “乡递”: the name, and what is his or hers
    r"|[。；，,]\s?(?:他|她)(?!们)|(?:和|与)(?:他|她)(?:的|们)?)"
)
# 尉迟蔓是清华大学微电子专业博士: a degree from a school, said of the name (further on than
# the eight characters the cues above see).
_HOLDS_DEGREE = re.compile(
    r"是[^，。；,;]{0,10}(?:大学|学院)[^，。；,;]{0,10}(?:博士|硕士|本科生|学士|毕业生|校友)"
    # 詹予晴台大机械系毕业: a school, its department, graduated
    r"|[\u4e00-\u9fff]{0,8}(?:大学|学院|台大|清华|北大|复旦|交大|浙大|港大|政大|成大|清大)"
    r"[\u4e00-\u9fff]{0,8}?系毕业"
)
_RIGHT_WEAK = re.compile(r"^(?:是|为|曾|在|于|从|任|的|也|和|与|及|、|，|,|：|:|（|\(|。|；|｜|\|)")
_FIGURE_NEXT = re.compile(
    r"率|\s?(?:为|达|约|达到|超过)?\s?[\d.,]+\s?(?:[万亿千百]+)?(?:元|美元|港元|人民币|%)"
)
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
_PLACE_NEXT = re.compile(r"(?:市|省|县|州)(?![长委民场值政区面])")  # (not 市长, 市场, 市值 …)
_FIELD_NEXT = re.compile(r"(?:圈|赛道|领域|行业|方案|事业部|事业群|业务线|公司)")
_CHINA_ARM_NEXT = re.compile(rf"中国区?[\u4e00-\u9fff]{{0,6}}?(?:{TITLE_WORD})")
_AT_PLACE_BEFORE = re.compile(r"(?:在|于)$")
_DEMONSTRATIVE = re.compile(r"那[阵时个些种次位年天样么边里会段]")


def _at_known_org(text: str, p: int) -> bool:
    """在上汽红岩担任: a known organisation between 在 and the words, which name its brand or
    unit, not a person."""
    return any(
        text[p - k - 1 : p - k] in ("在", "于") and known_organization(text[p - k : p]) is not None
        for k in range(2, min(8, p - 1) + 1)
    )


_YEAR_WORD_START = "前去今明同当每多近往翌"  # (前年, 去年 …: words for a year that end in 年)
_COUNTED_BEFORE = re.compile(r"(?:[一两几每这那哪某]|\d)(?:个|场|次|季|种|件|项)$")
_ONGOING_BEFORE = re.compile(r"(?:正|仍|还|一直|依然|仍然|依旧)在[\u4e00-\u9fff]?$")
_POST_NEXT = re.compile(
    r"(?:负责人|总监|经理|主管|总裁|副总裁|工程师|专家|研究员|主任|合伙人|C[ETOFP]O)"
)


_YEAR_NEXT = re.compile(r"\d{4}年")
_HE_NEXT = re.compile(r"\s?[他她](?![们])")
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
            ends[end] = ends_here(text, end)
        return ends[end]

    for name, all_places in found.items():
        # What the candidate is, wherever it stands, is asked before where it stands: a third
        # of the candidates' places are of titles and everyday words (方面, 高的), never names.
        if _TITLE_WORD.search(name) or everyday(name) or (len(name) == 3 and everyday(name[:2])):
            continue
        if _DEMONSTRATIVE.match(name):
            continue  # 做顾问那阵成日飞: "that time", not the surname 那
        places = [
            p
            for p in all_places
            if bounded_at(p, p + len(name))
            # 首席运营官霍琳: 官 ends the title, the name is 霍琳 (官 is also a surname) — but
            # 首席财务官官若楠 is 官若楠, the title whole before her
            and not (
                len(name) in (2, 3)  # (首席运营官邵可则: 官邵 is the title's end and 邵)
                and _TITLE_ENDS.search(text, max(0, p - 8), p + 1)
                and not _TITLE_ENDS.search(text, max(0, p - 8), p)
            )
            and not (  # 北大信科本科: a department between a school and a degree
                _AFTER_SCHOOL.search(text, max(0, p - 4), p)
                and _DEGREE_NEXT.match(text, p + len(name))
            )
        ]
        if (
            not places
            # 原感知负责人冼卓: "former", a department and its post, then the name
            or (name[0] in "原前" and all(_POST_NEXT.match(text, p + len(name)) for p in places))
            # 前英维克工程师司马牧: "former", then where the post was held, then the post
            # (and 英维 of it, a character short)
            or all(
                text[p - 1 : p] in ("前", "原")
                and any(_POST_NEXT.match(text, p + len(name) + k) for k in (0, 1))
                for p in places
            )
            # 智驾圈, 智驾方案: a field of business, never a person
            or any(_FIELD_NEXT.match(text, p + len(name)) for p in places)
            # 前乐高中国市场总监黎芸: a company's China arm and a post there, not a person
            or any(_CHINA_ARM_NEXT.match(text, p + len(name)) for p in places)
            # 毛利1.4亿元，毛利率…: a figure's name, followed by its amount or its rate
            or all(_FIGURE_NEXT.match(text, p + len(name)) for p in places)
            # 巴西人, 温州人: where someone is from, not who
            or (len(name) >= 3 and name[-1] == "人" and name[:-1] in place_names())
            # 在胡志明市创办了…: a city, written as its namesake is
            or all(_PLACE_NEXT.match(text, p + len(name)) for p in places)
            # 河南周口城郊: a city right after its province (or a country), where a place goes
            or (
                len(name) == 2
                and any(text[max(0, p - 2) : p] in place_names() for p in places)
                and not any(TITLE_BEFORE.search(text[max(0, p - 8) : p]) for p in places)
            )
            # 曾在贝特瑞担任工艺总监: where one works, not who
            or all(
                WORK_AT.match(text, p + len(name))
                and (_AT_PLACE_BEFORE.search(text, max(0, p - 3), p) or _at_known_org(text, p))
                for p in places
            )
            # 父亲至今仍在养石斑: 在 of an action going on, then the action, not a person
            or all(_ONGOING_BEFORE.search(text, max(0, p - 5), p) for p in places)
            # 最后一个梅雨季, 每个雨季: a thing counted by its measure word, not a person
            or all(_COUNTED_BEFORE.search(text, max(0, p - 3), p) for p in places)
            # 前年正式加入, 去年年底: 年 ends a word for a year there, not the surname 年
            or (name[0] == "年" and all(text[p - 1 : p] in _YEAR_WORD_START for p in places))
            # 把研发总监聂川挖了过来: the third character a verb with its aspect particle after
            or (len(name) == 3 and all(text[p + 3 : p + 4] in ("了", "过", "着") for p in places))
            # 栾霁则提醒, 晏川则是: 则 (then) after a name, not its end (祁正则 is a name)
            or (
                len(name) == 3
                and name[-1] in "则亦"
                and all(_THEN_VERB.match(text, p + len(name)) for p in places)
            )
        ):
            continue
        score = -_cost_as_name(name)
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
            elif (titled := TITLE_BEFORE.search(left)) and not runs_on:
                score += 2
                strong = True
            elif titled:
                score += 1  # 副院长及智慧城市…: a title, but the word runs on into 城市
            elif TITLE_IS_BEFORE.search(left) and not runs_on:
                score += 1.5  # 联合创始人兼CTO为郜晨: the post's holder
                strong = True
            elif _FOUNDED_WITH_IS.search(text, max(0, p - 24), p):
                score += 1.5  # 和她一起创办山岫的是邝野: the one who founded it with her
                strong = True
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
                and name_like(name)
                and len(name) == 3
            ):
                score += 1  # 。宓清扬是…: a sentence that opens with a name-like word and a verb
                strong = True
            elif (
                p
                and text[p - 1] in "。！？；：:"
                and right.startswith("是")
                and len(name) == 2
                and ordinariness(name) == 0
                and _HE_NEXT.match(text, text.find("。", end, end + 60) + 1 or len(text))
            ):
                # 霍晏是我创业第一天就拉上的人。他在伊利…: a two-character subject the next
                # sentence calls 他 or 她
                score += 1
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
            if bounded and ordinariness(name) == 0 and name_like(name):
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
            and not (wordlike and not known_given_name(name[1:]))
        ):
            strong = True  # named again and again, each time as a noun ends: 涂家瑜在…, 涂家瑜的…
        elif (
            bounded
            and len(places) >= 3
            and len(name) == 3
            and ordinariness(name) == 0
            and not known_word
            and not wordlike
        ):
            # a three-character name no dictionary knows, written three times or more, once
            # as a noun ends (佘闻笛把…, 佘闻笛任CEO, 佘闻笛不愿…): a name the story is about
            score += 0.5
            strong = True
        # Only words around a name show it is one; a tagger's guess and commas do not alone.
        scored.append(
            NameEvidence(name, tuple(places), score if strong else min(score, 1.0), score)
        )
    return _coordinated(text, _settle_lengths(text, scored))


def _cost_as_name(name: str) -> float:
    """What being a word costs a name: ordinariness, but half for a rare word (甘露, under 200
    in jieba's counts), which a post before it and a verb after it can outweigh."""
    cost = ordinariness(name)
    count = dictionary()[0].get(name) or 0
    if cost == 3.0 and count < 200:
        return 1.5
    return cost


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


_ENDS_NAMES_MORE = ("同", "回")


def _covered(text: str, shorter: NameEvidence, by_name: dict[str, NameEvidence]) -> bool:
    """Whether every place of a two-character reading starts a three-character reading the
    text supports: 闻启 of 闻启舟 and 闻启航, 俞山 of 俞山岚 (beside his brother 俞山河) — the
    shorter reading has no place of its own."""
    if len(shorter.name) != 2:
        return False
    return all(
        (name := text[p : p + 3]) in by_name
        and by_name[name].score > 0
        and name[-1] not in AFTER_NAME
        for p in shorter.places
    )


def _settle_lengths(text: str, scored: list[NameEvidence]) -> list[NameEvidence]:
    """Between a name and its one-character extension, keep the reading the text supports: a
    two-character name always followed by the same character is the start of a longer one; a
    longer reading met only where its prefix is also met elsewhere is the prefix plus a word."""
    by_name = {e.name: e for e in scored}
    # where a name the text supports starts (甘叔同|卓婉清: the second of two names joined)
    name_starts = {p for e in scored if e.score > 0 for p in e.places}
    dropped: set[str] = set()
    raised: dict[str, NameEvidence] = {}
    for longer in scored:
        shorter = by_name.get(longer.name[:-1])
        if shorter is None:
            continue
        # (where the longer name is written but its end could start a word, 缑立新任创始人, the
        # shorter reading stands too: it is met alone only where the longer one is not written)
        if all(text.startswith(longer.name, p) for p in shorter.places):
            # 顾承 is always 顾承泽: one of the two readings; the text around decides which
            # (顾承泽本科… is followed by a word that follows names, 卞宁创办… by a verb).
            # Most names have three characters: the longer reading wins unless clearly weaker.
            # (a candidate ending in 年 passed looks_like_name as a name, 聂柏年, not a time)
            # (where the longer reading's end could start a word, 卜一凡是…, it lost that place
            # and the words before it: the two readings share that evidence)
            weighed = (
                max(longer.score, shorter.score)
                if len(longer.places) < len(shorter.places)
                else longer.score
            )
            keep_longer = weighed >= shorter.score - 1.5 and (
                longer.name[-1] not in AFTER_NAME or longer.name[-1] == "年"
            )
            # 祁野则是…: the extra character starts the words that follow a name
            after = len(shorter.name)
            cued = all(_RIGHT_STRONG.match(text[p + after : p + after + 8]) for p in shorter.places)
            if cued and longer.score < 2.5:
                keep_longer = False
            if longer.name[-1] == "则" and (cued or len(longer.places) < 2):
                # 汲晨则来自…, 汲晨则于2019年加入: whatever a tagger read, 则 (on the other hand)
                # follows a subject far more often than it ends a name (祁正则, written so twice)
                keep_longer = False
            end = len(longer.name)
            if longer.name[-1] in ALSO_ENDS_NAMES and all(
                _RIGHT_STRONG.match(text[p + end : p + end + 12]) for p in longer.places
            ):
                keep_longer = True  # 甄可为毕业于…, 甄可为说: the words after the whole name
            if (
                longer.name[-1] in ALSO_ENDS_NAMES
                and (
                    all(not is_han(text[p + end : p + end + 1]) for p in longer.places)
                    # 她找的第一个人是喻清和——: a clause that ends on 和 has no second name to join
                    or longer.name[-1] == "和"
                    and any(text[p + end : p + end + 1] in "，。；！？—" for p in longer.places)
                )
            ):
                keep_longer = True  # 合伙人庞可为——这样总结: nothing follows to make 为 a verb
            if (
                longer.name[-1] in _ENDS_NAMES_MORE
                and not any(p + end in name_starts for p in longer.places)
                and (
                    len(longer.places) >= 2
                    or any(TITLE_BEFORE.search(text[max(0, p - 8) : p]) for p in longer.places)
                )
            ):
                # 甘叔同说, 甘叔同辞职, 创始人沈雁回是…: no second name after 同 ("with") to join
                # and no verb 回 starts, at two places or after a title (和 and 为 follow a name
                # as a conjunction or a verb far more often)
                keep_longer = True
            if (
                longer.name[-1] == "和"
                and len(longer.places) >= 3
                and not any(p + end in name_starts for p in longer.places)
            ):
                # 骆清和 written three times or more, never with a second name after 和 to join:
                # 和 ends the name, not a conjunction
                keep_longer = True
            if keep_longer and weighed > longer.score:
                # the longer reading, kept, stands at the places and on the evidence it shared
                raised[longer.name] = NameEvidence(longer.name, shorter.places, weighed, weighed)
            dropped.add(shorter.name if keep_longer else longer.name)
        elif _covered(text, shorter, by_name):
            # 闻启舟的弟弟闻启航, 俞山河 and 俞山岚: names sharing a generation character, every
            # place of the shorter reading one of them
            dropped.add(shorter.name)
        elif longer.score < 4 or shorter.score > 2 * longer.score:
            # 闻笛 met five times, 闻笛站 once: 站 is the next word.
            dropped.add(longer.name)
    return [raised.get(e.name, e) for e in scored if e.name not in dropped]
