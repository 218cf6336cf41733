"""Chinese personal names in running text, found by evidence rather than by a list of names.

A name is a surname (from the bundled table) and one or two given characters. Any such string is
a candidate; it becomes a name when the text gives evidence for it: a title or role just before
it (创始人兼CEO顾承泽, 合伙人闫少钧), a verb of saying or a word that only follows people just
after it (…表示, …先生, …毕业于), a line that starts with it and a colon (demo-day bios), the NER
model or jieba's segmenter taking it for a name. Evidence is summed over every place the string
occurs, so one clear sentence makes the name count everywhere.

Where a two- and a three-character reading compete (顾承 / 顾承泽), the text decides
(`zh/name_readings.py`): a prefix that is always followed by the same character is the start of a
longer name.

The candidates are `zh/name_candidates.py`, where a name can start and end `zh/name_bounds.py`,
and transliterated and Latin-script names `zh/foreign_names.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import JOIN_BEFORE, TITLE_WORD, WORK_AT
from pedigree.ingest.text.zh.name_bounds import (
    TITLE_BEFORE,
    TITLE_IS_BEFORE,
    TITLE_OF_BEFORE,
    ends_here,
    starts_here,
)
from pedigree.ingest.text.zh.name_candidates import (
    candidates,
    common_surnames,
    dictionary,
    everyday,
    known_given_name,
    name_like,
    ordinariness,
    stock_name,
    surnames,
    word_frequency,
)
from pedigree.ingest.text.zh.name_readings import (
    RIGHT_STRONG,
    NameEvidence,
    coordinated,
    settle_lengths,
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
_HEAD = re.compile(r"^[ \t*#\d.、)）■□◆◇▪▸►▶●○•·▍▌-]*$")  # a list marker: ■ 廖思妤　营运长
# A section heading's label, then the name that ends the line: ▍第二代：骆冬青
_LABELLED_HEAD = re.compile(r"^[ \t*#■□◆◇▪▸►▶●○•·▍▌-]+[^：:\n]{1,8}[：:][ \t*]*$")
# A masthead or dateline: 明報｜創科人物｜2025年8月5日 — the paper, the column, the date.
_MASTHEAD = re.compile(
    r"[｜|][^｜|\n]{0,60}(?:[｜|][^｜|\n]{0,60})*?"
    r"(?:\d{4}\s?年\s?\d{1,2}\s?月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
)
_LINE_REACH = 200


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
_FOUNDER_IS_WHO = re.compile(r"(?:创始人|创办人)(?:是|为)[^，。；,;“”「」的]{1,10}的$")
_AT_PLACE_BEFORE = re.compile(r"(?:在|于)$")
_DEMONSTRATIVE = re.compile(r"那[阵时个些种次位年天样么边里会段]")


_POST_NEXT_WORD = re.compile(rf"(?:{TITLE_WORD})")


def _held_by_another(text: str, end: int, found: dict[str, list[int]]) -> bool:
    """A post right after `end`, then another candidate name that is no word (包材|主管|郑宇安)."""
    post = _POST_NEXT_WORD.match(text, end)
    if post is None or post.end() - end > 3:
        return False
    after = post.end()
    return any(
        after in found.get(name, ()) and not word_frequency(name)
        for name in (text[after : after + 3], text[after : after + 2])
    )


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


_BRAND_BEFORE = re.compile(r"(?:品牌|旗下)$")


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
    # 阿拉坦, 巴图孟和: where a Tibetan or Mongolian name stands, no shorter surname-led reading
    # of its first characters (阿拉, 巴图孟) does
    stock = {p: len(n) for n, places in found.items() if stock_name(n) for p in places}
    if stock:
        found = {
            n: kept
            for n, places in found.items()
            if (kept := [p for p in places if stock.get(p, 0) <= len(n)])
        }
    scored = []
    # Two candidates start at most places (顾承, 顾承泽) and many end where others do: each
    # position is judged once.
    starts: dict[int, bool] = {}
    ends: dict[tuple[int, int], bool] = {}

    def bounded_at(p: int, end: int) -> bool:
        if p not in starts:
            starts[p] = starts_here(text, p)
        if not starts[p]:
            return False
        given = min(end - p - 1, 2)  # (after a compound surname, one more than it has)
        if (end, given) not in ends:
            ends[end, given] = ends_here(text, end, given)
        return ends[end, given]

    for name, all_places in found.items():
        # What the candidate is, wherever it stands, is asked before where it stands: a third
        # of the candidates' places are of titles and everyday words (方面, 高的), never names.
        if _TITLE_WORD.search(name) or everyday(name):
            continue
        if len(name) == 3 and everyday(name[:2]) and not stock_name(name) and not any(
            text.startswith(("先生", "女士"), p + 3) for p in all_places
        ):
            continue  # (but 房子睿先生: a name, however everyday its first two characters)
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
            # 包材主管郑宇安: a line of work, then a post and the candidate who holds it
            or all(_held_by_another(text, p + len(name), found) for p in places)
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
            # 宠物食品品牌普瑞纳, 旗下普瑞纳: a brand named by its kind, not a person
            or all(_BRAND_BEFORE.search(text, max(0, p - 2), p) for p in places)
            # 前年正式加入, 去年年底: 年 ends a word for a year there, not the surname 年
            or (name[0] == "年" and all(text[p - 1 : p] in _YEAR_WORD_START for p in places))
            # 把研发总监聂川挖了过来: the third character a verb with its aspect particle after
            or (len(name) == 3 and all(text[p + 3 : p + 4] in ("了", "过", "着") for p in places))
            # 栾霁则提醒, 晏川则是, 歐陽浩則曾在: 则 (then) after a name, not its end (祁正则 is
            # a name)
            or (
                (len(name) == 3 or (len(name) == 4 and name[:2] in surnames()[1]))
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
                and not (RIGHT_STRONG.match(right) or _RIGHT_WEAK.match(right))
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
            elif (
                left.endswith("的")  # (both end on 的: asked first, for speed)
                and (
                    TITLE_OF_BEFORE.search(left)
                    or _FOUNDER_IS_WHO.search(text, max(0, p - 20), p)
                )
                and not ordinariness(name)
                # (not 宝洁品牌总监的养蜂第五年: a post's possessive, then a word running on)
                and (RIGHT_STRONG.match(right) or _RIGHT_WEAK.match(right) or not right)
            ):
                # …区域总监的阮青, 真正的创始人是坐在台下的祝岩: the post's holder, after 的 —
                # a name no word makes (not 投资人的印象里)
                score += 1.5
                strong = True
            elif _FOUNDED_WITH_IS.search(text, max(0, p - 24), p):
                score += 1.5  # 和她一起创办山岫的是邝野: the one who founded it with her
                strong = True
            elif _HIRED_BEFORE.search(left) and _HIRED_FOR.match(right):
                score += 2  # 我們請了閔卓文做技術總監: whom a company hired, and for what
                strong = True
            elif _LEFT_INTRO.search(left):
                score += 0.5
            elif len(name) == 2 and JOIN_BEFORE.search(left) and not right.startswith("的"):
                # 他进入卫龙，从车间技术员做起: a two-character brand joined, not a person
                score -= 1
            if RIGHT_STRONG.match(right) or _HOLDS_DEGREE.match(text, end, end + 24):
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
                RIGHT_STRONG.match(right) or _RIGHT_WEAK.match(right)
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
        if stock_name(name) and len(name) >= 3:
            score += 1  # 那日松, 才让卓玛: made of the stock Tibetan and Mongolian names
            strong = True
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
    return coordinated(text, settle_lengths(text, scored))


def _cost_as_name(name: str) -> float:
    """What being a word costs a name: ordinariness, but half for a rare word (甘露, under 200
    in jieba's counts), which a post before it and a verb after it can outweigh."""
    cost = ordinariness(name)
    count = dictionary()[0].get(name) or 0
    if cost == 3.0 and count < 200:
        return 1.5
    if (
        len(name) == 3
        and name[0] in common_surnames()
        and not count
        and word_frequency(name[1:]) < 200
    ):
        # 林立新: one of the commonest surnames, whose first given character makes a word
        # with it (林立) — less of a word than a name
        return min(cost, 1.0)
    return cost
