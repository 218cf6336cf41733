"""Organisations, schools and their short forms in Chinese text.

Known organisations come from the bundled alias table. The rest are found by how reporting names
a company it introduces: after a descriptor (具身智能公司「星渚机器人」, 光互连芯片公司砚衡半导体,
AI营销智能体服务商知岸科技), in corner or curly quotes, with an English name in brackets
(知岸科技（ShoreMind）), or by a company-like ending (…科技, …智能, …资本, …有限公司) with
evidence around it: a verb only companies take (完成…融资, 成立于), a founding verb before it, a
list heading (蔺子衡｜晞光智能). As with people, evidence is summed over the text.

A name's short form (星渚 for 星渚机器人, 沄析 for 杭州沄析科技有限公司) is the same organisation
wherever it stands alone; so is a defined term (（下称“阿里云”）).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import accumulate

from pedigree.data import csv_rows
from pedigree.ingest.text.entities import occurrences
from pedigree.ingest.text.gazetteer import find_known, known_organization
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.lexicon import (
    COLLEAGUES_AFTER,
    DEPARTMENT,
    STUDIED_AT,
    TITLE,
    TITLE_WORD,
    WORK_AT,
)
from pedigree.ingest.text.zh.people import is_han, ordinariness, word_frequency

# Endings that make a run of characters a company, fund, lab or school name, longest first.
ORG_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "律师事务所", "会计师事务所", "会计师行",
    "创业投资", "投资管理", "医疗科技", "生物科技", "信息技术", "网络科技", "智能科技",
    "研究院", "研究所", "实验室", "工作室", "事业群", "事业部", "科技", "智能", "机器人",
    "机械人", "半导体", "医疗", "生物", "数科", "智驾", "互动", "数据", "能源", "健康", "网络",
    "软件", "电子", "传感", "汽车", "动力", "材料", "光电", "芯片", "微电子", "资本", "创投",
    "基金", "投资", "集团", "控股", "银行", "证券", "咨询", "物流", "视觉", "影像", "娱乐",
    "游戏", "传媒", "教育", "制药", "药业", "航天", "智药", "医药", "智造", "智行", "智算",
    "空间", "加速器", "加速营", "创业营", "创投营", "创新营", "孵化器",
    "医院", "大学", "学院", "商学院", "AI", "Labs", "Lab", "Tech", "Robotics",
)  # fmt: skip
_SUFFIX_PATTERN = re.compile(
    "|".join(re.escape(s) for s in sorted(ORG_SUFFIXES, key=len, reverse=True))
)
SCHOOL_ENDINGS = ("大学", "学院", "商学院", "中学", "研究生院", "医学院", "分校")
UNIT_ENDINGS = ("事业群", "事业部", "实验室", "研究院", "研究所", "工作室")
# A word that introduces the company named right after it.
DESCRIPTOR = (
    r"(?:公司|企业|创企|初创|初创公司|新创|服务商|开发商|提供商|供应商|厂商|品牌|独角兽|"
    r"创业公司|startup)"
)
_DESCRIPTOR_END = re.compile(DESCRIPTOR + "$")
# Before a quoted name (find_orgs): a verb of founding (创办了“X”, 创办的票务工具“票根科技”), a
# project by name (第二个项目“麦穗数科”, 登台的是“衡书”), a roundup entry's number (6.「叁玖动力」).
_FOUNDED_END = re.compile(r"(?:创办|创立|创建|成立|合创|共创)了?(?:的?[^，。；“”,;]{0,10}?)?\s?$")
_PROJECT_END = re.compile(
    r"(?:项目|(?:登台|登场|上台|亮相|出场)的是|路演的|创业公司|初创公司|创业项目|"
    r"(?:创办|创立|创建|加入)了?[^，。；“”,;]{0,10}的|(?:项目|公司)是做[^，。；“”,;]{0,16}的)\s?$"
)
_NUMBERED_END = re.compile(r"(?:^|\n)\s*\d{1,2}\s*[.、．)）]\s*$")
# After a descriptor: a Latin name (公司VAST) or any name with its English name in brackets.
_DESCRIBED = re.compile(
    DESCRIPTOR + r"(?P<name>[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,2}"
    r"|[\u4e00-\u9fff]{2,8}(?=[（(][A-Z]))"
)
_QUOTED = re.compile(r"[「『](?P<name>[^」』\n]{2,16})[」』]|“(?P<curly>[^”\n]{2,16})”")
_BRACKETED_ENGLISH = re.compile(r"[（(](?P<english>[A-Z][A-Za-z0-9&.+' -]{1,40}?)[)）]")
_DEFINED = re.compile(
    r"[（(](?:下称|以下简称|简称|下同[，,]?\s*简称)?\s*[“「\"](?P<term>[^”」\"]{1,12})[”」\"][)）]"
)
# …written without quotes: 瑞思科技股份有限公司（以下简称瑞思科技）
_DEFINED_BARE = re.compile(r"[（(](?:以下简称|下称|简称)\s*(?P<term>[^”」\"“「)）,，]{2,12})[)）]")
# Verbs of taking up a line of work: what follows is a field (做安老科技, 从事医疗AI).
_FIELD_OF_WORK_BEFORE = re.compile(r"(?:做|从事|投身|进军|切入)$")
# Characters or words a name never runs across, scanning left from its ending.
_LEFT_STOPS = re.compile(
    r"(?:领投|跟投|参投|创办|创立|成立|推出|加入|进入|公司|企业|创企|服务商|开发商|提供商|初创|旗下|"
    r"老股东|股东|投资方|领投方|投资者|合伙人|前往|离开|担任|任职|就职|来自|出身|一手打造|打造|任|"
    r"研发商|运营商|制造商|品牌商|厂商|创企|新锐|独角兽|平台|服务平台|"
    r"取得|获得|拿到|考入|攻读|就读|毕业|赴|读|走进|位于|做|专做|专注|面向|服务|"
    r"由|和|与|及|在|于|从|为|是|了|获|被|向|对|把|将|让|给|到|的|前|原|曾|即|至|并|而|或|等|兼|"
    r"之一|其中|包括|以及|当时|今年|去年|此前|随后|同年|目前|现在|已经|已|该|这家|那家|一家|"
    r"[」”\"]指|是指)$"  # 「本公司」指韶齿医疗…: a filing's definition of its terms
)
_GENERIC_HEAD = re.compile(
    r"^(?:过|了)?(?:(?:该|这|那|本|其|某|一|每|各|多|此|我|你|他|她|几|数|两|全|首|新|老|原|前|大|小|整个|相关|"
    r"旗下|国内|国外|海外|本地|内地|上市|同类|传统|头部|知名|大型|中型|小型|初创|创业|科技|互联网)"
    r"(?:家|个|些|所|批|类|款|间)?$|(?:该|这|那|一|某|多|几|数|两|每|各)(?:家|个|些|所|批|类|款|间))"
)
_CITY = re.compile(
    r"^(?:北京|上海|深圳|杭州|广州|苏州|南京|成都|武汉|西安|天津|重庆|合肥|厦门|青岛|无锡|长沙|"
    r"宁波|珠海|东莞|佛山|香港|澳门|台北|新竹|新加坡)(?:市)?"
)
# A place or "national" at the head of a name is how names start, not an ordinary word
# (台湾电力公司, 国家太空中心).
_JOINED = re.compile(r"(?:加入|加盟|进入|入职|转投|转战)了?\s?$")
_PLACE_HEAD = re.compile(
    _CITY.pattern + r"|^(?:台湾|台中|台南|高雄|中国|美国|日本|德国|英国|法国|韩国|国家)"
)
# After a name, words that only a company or organisation takes.
_ORG_VERBS = re.compile(
    r"^(?:[（(][^)）]{1,40}[)）])?[，,]?(?:已于|已|近日|日前|今日|昨日|于近期|于\d{4}年|在\d{4}年|本月|本周|"
    r"近期|刚刚|今年\d{0,2}月?|去年\d{0,2}月?|\d{1,2}月|很快|已经|也|还|再次)?"
    r"(?:完成|获得|获|宣布|成立|推出|发布|拿下|拿到(?![^，。；,;]{0,6}(?:博士|硕士|学士|学位|offer))|的创始人|创始人|创办人|联合创始人|是一家|总部|旗下|估值|营收|"
    r"的营收|的收入|的估值|通过|得到|递交|提交|上市|的产品|的用户|披露|公布|发布了|宣布了|"
    r"融资|的融资|的估值|领投|跟投|参投|的产品|的首款|的核心|的主力|的团队|团队|方面|目前|的办公室)"
)
# What is said only of a company, right after its name: when it was founded, a round it raised.
_FOUNDED_OR_FUNDED = re.compile(
    r"(?:[（(][^)）]{1,40}[)）])?[，,]?(?:成立于|创立于|创办于|成立于|注册于|于\d{4}年(?:\d{1,2}月)?成立"
    r"|(?:近日|日前|今日|已|宣布)?(?:完成|获得|拿下|获)[^，。；,;]{0,14}(?:轮|融资))"
)
# After a school's name: the major and the degree (航海技术专业本科毕业, 计算机系硕士).
_MAJOR_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:专业|系)(?:的)?(?:本科|硕士|博士|学士)(?:毕业|学位)?"
    r"|[\u4e00-\u9fff]{1,8}?(?:专业|系)毕业"
    # 江南大学发酵工程博士: a field with no 专业, made of no verb or particle (not 学院读了个…)
    r"|(?:(?![读了个去在于是的和及])[\u4e00-\u9fff]){2,8}?(?:本科|硕士|博士|学士)(?:毕业|学位)?"
    # 在美国塔夫茨大学取得细胞农业方向博士学位: a degree earned there
    r"|(?:取得|获得|攻读|拿到|[读念]完?了?)[^，。；,;]{0,12}?(?:学位|博士|硕士|本科|学士)"
)
_BEFORE_FOUNDED = re.compile(
    r"(?:创办|创立|创建|成立|注册|打造|孵化|创设|加入|加盟|离开|出走"
    r"|任职于|就职于|供职于|效力于|受雇于)了?(?:[^，。；,;]{0,14}的)?$"
)
_SECTOR_WORDS = re.compile(
    r"^(?:具身|人工|金融|硬|机器|端侧|生成式|多模态|城市|智慧|工业|企业|商业|消费|医疗|教育|能源|"
    r"自动驾驶|智能驾驶|大模型|云|数字|视觉|语音|芯片|光互连|AI|储能|新能源|光伏|电池|半导体|"
    r"机器人|无人机|物流|电商|跨境电商|出海|游戏|社交|安防|农业|环保|生物|制药|汽车|航天|卫星|软件|硬件|"
    # fields a company's ending can follow (冷链物流, 宠物医疗, 职业教育): an industry, no name
    r"冷链|仓储|快递|生鲜|跨境|宠物|职业|在线|母婴|餐饮|零售|家居|低空|商业航天|文旅|体育|养老|数位|"
    r"法遵|合规|监管|法律|"
    # and the parts of a business a story turns to (财务数据方面, 技术方面): topics, not names
    r"财务|经营|运营|业务|技术|产品|市场|用户|行业|融资|收入|营收|研发|销售|客户)$"
)


@dataclass(frozen=True)
class OrgName:
    start: int
    end: int
    kind: str  # org or school
    name: str  # canonical
    evidence: float


@lru_cache(maxsize=4)
def known_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Known organisations in the folded text; 商汤系 is a label for alumni, not 商汤 (but
    清华大学计算机系 is a department and 华为系统 a word)."""
    return tuple(
        (s, e)
        for s, e in find_known(text, folded=True)
        if not _lineage_label(text, s, e) and not _inside_a_word(text, s, e)
    )


def _in_word_start(text: str, start: int) -> bool:
    """Whether `start` falls inside a word jieba reads (a name there would cut the word)."""
    return start not in _word_starts(text) and is_han(text[start - 1 : start] or " ")


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """A known name that is part of another word: 高通 in 高通量, 京东 in 京东方, 新浪 in 新浪潮
    (a dictionary word one character longer), 强生 in 增强生成 and 思科 in 沛思科技 (both of
    its ends inside jieba's words). 清华大学电子工程系 and 华为公司 extend the name: kept."""
    if not (is_han(text[start]) and end < len(text) and is_han(text[end])):
        return False
    if _LEGAL_TAIL.match(text, end):
        return False  # 安永华明会计师事务所: the longer legal name, read as one
    bounds = _word_bounds(text)
    i = bisect_right(bounds, end - 1) - 1
    word_start, word_end = bounds[i], bounds[i + 1]
    if word_end <= end:
        return False
    if word_start == start:
        return (
            word_end == end + 1
            and text[end] not in "云系"
            and word_frequency(text[start : end + 1]) > 0
        )
    j = bisect_right(bounds, start) - 1
    return bounds[j] < start


@lru_cache(maxsize=4)
def _word_bounds(text: str) -> tuple[int, ...]:
    """Where jieba's words start, and the text's end."""
    return (*word_offsets(text), len(text))


def _lineage_label(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] != "系" or text[end + 1 : end + 2] in ("统", "列", "数"):
        return False
    return kind_of(text[start:end]) != "school"


def kind_of(name: str) -> str:
    if name in _abbreviations():
        return "school"
    known = known_organization(name)
    if known is not None:
        return "school" if known.kind in ("university", "school") else "org"
    if name.endswith(SCHOOL_ENDINGS) and not name.endswith(UNIT_ENDINGS[2:]):
        return "school"
    if re.search(r"中科院|中国科学院|大学.{0,8}(?:所|系|(?<!医)院)$", name):
        return "school"
    return "org"


@lru_cache(maxsize=4)  # the text being read, not every text ever read
def words(text: str) -> tuple[str, ...]:
    """jieba's segmentation of the text (with its HMM, which finds new words such as names)."""
    from pedigree.ingest.text.segmenter import segment

    return tuple(segment(text))


@lru_cache(maxsize=4)
def _word_starts(text: str) -> frozenset[int]:
    """Where jieba's words start: a name starts where a word does (嵌入式智能 is no 入式智能)."""
    return frozenset(word_offsets(text))


@lru_cache(maxsize=4)
def word_offsets(text: str) -> tuple[int, ...]:
    """Where jieba's words start, in order (summed in C, not word by word)."""
    return tuple(accumulate(map(len, words(text)), initial=0))[:-1]


# Terms of finance that end as a fund's name does (注册资本500万元): never a name.
_CAPITAL_TERM = re.compile(
    r"(?:注册|实缴|认缴|社会|国有|人力|风险|私募|民间|产业|金融|外资|股权|工商|货币)(?:资本|资金|基金)"
)


_STAFF_TITLE = re.compile(
    r"^(?:的)?(?:[\u4e00-\u9fff]{1,8}?(?:事业部|事业群|部门|部|中心|研究院|实验室|团队)的?)?"
    r"(?:首席|主任|高级|资深)?(?:创始合伙人|管理合伙人|合伙人|董事总经理|执行董事|投资总监|投资经理|副总裁|总裁|董事长|"
    r"总经理|副总经理|CEO|CTO|COO|CFO|首席[\u4e00-\u9fff]{1,4}官|联合创始人|共同创始人|联合创办人|"
    r"共同创办人|创始人|创办人|研究员|"
    r"工程师|产品经理|总监|负责人|分析师|经济学家|策略师)"
)


_NEWS_VERB = re.compile(r"\s?(?:完成|获得?|宣布|被|传|启动|拿到|拟|再获|斩获|officially)")
_TITLE_ACRONYM = re.compile(r"C[A-Z]{1,2}O|S?E?VP|HR|PR|AI|IT|GM|MD|PM")
_PARENT_ENDINGS = ("科学院", "研究院", "大学", "集团", "医院")
_UNIT_ENDINGS = ("研究所", "实验室", "研究中心", "研究院", "学院")


_BRACKETED_PLACE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,5}?)(?:市|省)?[)）]$")


def _place_in_brackets(text: str, end: int) -> int | None:
    """Where a bracketed place ending at `end` starts, when a name runs on before it."""
    found = _BRACKETED_PLACE.search(text, max(0, end - 8), end)
    # (衡仿医药研究（控股）有限公司: a holding company's word in brackets, as a place can be)
    if found is None or (
        found.group("place") not in place_names() and found.group("place") not in ("控股", "集团")
    ):
        return None
    return found.start() if is_han(text[found.start() - 1 : found.start()] or " ") else None


# A description ending in a company word right before a name: 的AI公司, 营销公司 (not 该公司).
_DESCRIBED_BEFORE = re.compile(r"(?:的|[A-Za-z])[\u4e00-\u9fffA-Za-z]{0,6}?(?:公司|企业|创企)$")
_FOUNDED_BY_AFTER = re.compile(
    r"(?:是|系)?由[^，。；,;（()）]{2,30}?(?:共同|联合|一起)?(?:创立|创办|创建|成立|孵化|发起成立)(?![人者])"
)
_FOUNDED_OBJECT = re.compile(r"(?:创办|创立|创建|注册|成立)了?$")  # the verb's object itself
_TIME_HEAD = re.compile(
    r"^(?:上半年|下半年|全年|今年|去年|明年|年内|[一二三四]季度|第[一二三四]季度)"
)
_FIELD_AFTER = re.compile(r"(?:领域|赛道|行业|产业|板块|需求)")


_COUNTED_HEAD = re.compile(r"[一两二三四五六七八九十几数多]个")
# A listing code after a name: （股票代码：02875.HK）, (09988.HK), （纳斯达克：XPEV）.
_TICKER = re.compile(
    r"[（(](?:股票代码|股份代号|证券代码|代码|港交所|纳斯达克|纽交所|NASDAQ|NYSE|HKEX)?\s?[：:]?\s?"
    r"(?:\d{4,6}(?:\.(?:HK|SH|SZ|BJ|TW))?|[A-Z]{2,5}(?:\.[A-Z]{1,2})?)[)）]"
)
_DESCRIBES_NEXT = re.compile(
    r"(?:[（(][A-Za-z][A-Za-z .&-]{0,30}[)）])?(?:" + DESCRIPTOR + r")?\s?[“「]"
)
_POST_VERB_HEAD = re.compile(r"(?:离开|离职)?[时前]?(?:时任|现任|曾任|担任|出任|原任|前任)")
_OWN_COMPANY_WORD = re.compile(r"[本该其](?:公司|集团)")


def _suffix_candidates(text: str) -> dict[str, list[tuple[int, int]]]:
    """Han (or Latin) runs ending in an organisation ending. Where the name starts is the
    question: of the heads that end at the ending (走进沛思|科技: 沛思? 进沛思?), the one the text
    also uses alone (沛思营收…) or that starts after a boundary word wins; a shorter one on a
    tie."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pattern = _SUFFIX_PATTERN
    starts = _word_starts(text)
    for match in pattern.finditer(text):
        end = match.end()
        if end < len(text) and text[end] in "系" and match.group() != "大学":
            continue
        if _FIELD_AFTER.match(text, end):
            continue  # 台湾长照科技领域: a field of business, not a company
        start = match.start()
        latin_suffix = match.group() in ("AI", "Labs", "Lab", "Tech", "Robotics")
        best, best_score = None, float("-inf")
        head_start = start
        while head_start > 0 and start - head_start < 14:  # 中国农业科学院作物科学|研究所
            ch = text[head_start - 1]
            if ch in "）)" and (place := _place_in_brackets(text, head_start)) is not None:
                head_start = place  # 微链（宁波）智能科技有限公司: the registered place inside
                continue
            if not (is_han(ch) or ch.isalnum() or ch == "·"):
                break
            head_start -= 1
            head = text[head_start:start]
            if len(head) < 2:
                continue
            if latin_suffix and (len(head) > 4 or re.search(r"担任|出任|负责|加入|在|任", head)):
                break  # 米哈游担任AI技术中心负责人: a post's verb, then a field named AI
            if _COUNTED.search(head) and not head.isascii():
                break  # 20年航天: a number and a unit, not a name (but 3M中国有限公司)
            if (
                head_start not in starts
                and is_han(text[head_start])
                and not _LEFT_STOPS.search(text[max(0, head_start - 6) : head_start])
            ):
                continue  # the head would start inside a word
            if text[head_start - 1 : head_start] not in ("、", "") and _splits_at_a_function_word(
                text, head_start, start
            ):
                continue  # 为|本集团, 前|为|智能: a verb or particle, not part of a name
            score = _head_score(text, head_start, start, end)
            if score > best_score:
                best, best_score = head_start, score
            if _LEFT_STOPS.search(text[max(0, head_start - 6) : head_start]):
                break  # a word before that a name never runs across
        if best is None:
            continue
        head = text[best:start]
        if (
            latin_suffix
            and re.search(r"(?:担任|出任|任)$", text[max(0, best - 2) : best])
            and re.match(rf"\s?(?:{TITLE_WORD})", text[end : end + 8])
        ):
            continue  # 担任理赔AI负责人: a post's verb, a field named …AI, then the post
        if (
            _GENERIC_HEAD.match(head)
            or _TIME_HEAD.search(head)  # 上半年AI写作…: a period, then a word
            or _SECTOR_WORDS.match(head)
            or _CAPITAL_TERM.fullmatch(text[best:end])
            or _COUNTED_HEAD.search(head)  # 创办人一个懂银行
            or (head[0] in "由被向从在与和及为对将把" and known_organization(text[best + 1 : end]))
            or (
                head[0] == "得"
                and text[best - 1 : best] in "获取"
                and known_organization(text[best + 1 : end])
            )  # 获得深创投: 深创投
            or text[best - 1 : best + 1] in ("前文", "上文", "下文", "本文", "原文")
            or _POST_VERB_HEAD.match(head)
            # 光伏运维公司“晴维”, 法遵科技（RegTech）新创「律衡数据」: a description, then a name
            or _DESCRIBES_NEXT.match(text, end)
            or _OWN_COMPANY_WORD.search(text[best:end])
        ):
            continue
        if known_organization(head) and match.group() not in UNIT_ENDINGS:
            continue  # 华为智能(汽车…), 深创投投资: a known name and the word after it
        if head.endswith("系") and known_organization(head[:-1]):
            continue  # 商汤系AI创业者: a lineage and a sector, not a company
        if head.isascii() and not head[:1].isupper():
            continue
        found[text[best:end]].append((best, end))
    return found


# What only an organisation does, right after its name: raise money, be founded, have founders.
_NAME_BEFORE = re.compile(
    r"(?:(?:又|再|也|还|均|都|刚|已经|已|曾经|曾|先后|此前|随后|累计|陆续|相继|近日|日前|刚刚|今天|今日|本月|本周|近期|昨日|昨天|(?:今年|去年)?\d{1,2}月|"
    r"\d{4}年\d{0,2}月?)?"
    r"(?:正式)?(?:宣布)?(?:完成|获得|拿下|拿到|斩获|获投|收获|得到)了?[^，。；,;]{0,16}?(?:融资|轮|投资)(?!人|者|方))"
    r"|(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?(?:份)?(?:在[^，。；,;]{1,8})?(?:注册)?成立|成立于)"
    r"|(?:的(?:联合|共同)?(?:创始人|创办人)|(?:联合|共同)?(?:创始人|创办人)(?:兼|暨))"
    # 芥子座舱由前理想汽车座舱产品总监岳凌与…共同创立: founded by the people named after it
    r"|(?:由[^，。；,;]{2,40}?(?:共同|联合|一起)?(?:创立|创办|创建|发起成立)(?![人者]))"
)
# Every _NAME_BEFORE match holds one of these words, at most 21 characters from its start
# (于2024年12月份在XXXXXXXX注册成立); they may overlap (收获得), hence the lookahead.
# Where one of the words starts (完成|获得|…|由): each match is the word's first character, the
# rest looked ahead, so that re scans for the first characters in C and overlapping words are
# all found, as the lookahead alone (tried at every character) found them.
_NAME_BEFORE_CORE = re.compile(
    r"完(?=成)|获(?=得|投)|拿(?=下|到)|斩(?=获)|收(?=获)|得(?=到)|成(?=立)|创(?=始人|办人)|由"
)
_NAME_BEFORE_LEAD = 24  # at least the 21 above


def _names_before(text: str) -> Iterator[re.Match[str]]:
    """_NAME_BEFORE.finditer(text), tried only where a match can start: up to
    _NAME_BEFORE_LEAD characters before one of its words. The plain scan tried the pattern's
    optional lead-ins at every position of the text."""
    return matches_before(_NAME_BEFORE, _NAME_BEFORE_CORE, text, 0, _NAME_BEFORE_LEAD)


# … and right before it: a founding or joining verb, or a descriptor of a company.
# (not 注册证的临床试验, 注册资本: a certificate, capital; nor 注册总监, 注册事务: a post or a field
# of work). One flat alternation of words, each with its own lookahead, so that re scans for the
# words' first characters in C (nested groups made it try every character).
_NAME_AFTER = re.compile(
    "|".join(
        rf"{verb}(?![人者之于的时后证资总经主专负事部工申])了?"
        for verb in (
            "创办", "创立", "创建", "注册", "打造", "加入", "加盟", "进入", "入职", "转投", "转战",
            "任职于", "就职于", "供职于", "效力于", "受雇于",  # 他任职于马士基（Maersk）亚太区
        )
    )
    + "|"
    + "|".join(  # 两人共同成立谱拓生命: what people founded together
        rf"{how}成立(?!了?[于以])了?" for how in ("共同", "联合", "合伙", "一起", "一同")
    )
    + r"|成立了|研发商|运营商|制造商|服务商|开发商|提供商|厂商|创企|初创公司|初创企业|新锐|独角兽"
)
# Around an investor: 获得/拿到/由 before it, an amount, a round or 领投 after it.
_FUNDS_BEFORE = re.compile(r"(?:获得|获|拿到|拿下|由|来自|取得|得到)了?过?\s?$")
_FUNDS_AFTER = re.compile(
    r"^\s?(?:\d|[数几近超逾约]|的[^，。；,;]{0,10}(?:轮|投资)|(?:联合|共同)?领投|跟投|参投|独家投资|投资)"
)
# A list of investors before 领投/跟投: 顺为资本、复星锐正跟投 — each item a name.
_INVESTOR_LIST = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]|由|是|为))(?P<names>(?![由是为])[\u4e00-\u9fffA-Za-z0-9]{2,10}"
    # an item may be a fund of a parent: 宁德时代旗下的问鼎投资
    r"(?:(?:、|和|与|及)(?:[\u4e00-\u9fffA-Za-z0-9]{2,10}旗下的?)?[\u4e00-\u9fffA-Za-z0-9]{2,10}){0,6})"
    r"(?=(?:联合领投|共同领投|领投|跟投|参投|继续追投|追投|继续加注|加注"
    r"|参与(?:[，。；,;]|$|了?(?:本轮|投资|融资))))"
)
_NAME_END = re.compile(
    r"[，。；,;：:、（(“”「」\s]|的|并|后|于|在|是|和|与|及|已|将|也|还|都|正|目前|如今|近日|日前|今日|近期|"
    r"前[，,]|之前|以前|时[，,]|期间|担任|出任|任职|"  # 创立云杉前，她在…; 加入沐电担任…
    r"今年|去年|本月|刚刚|正式|宣布|完成|获得|$"
)


# A name never starts with a function word or a pronoun: 则带有…, 本集团前, 该公司.
_NOT_NAME_START = (  # (时 of 时任, but not of 时代天使)
    r"^(?:[已于的在是了人者之后以这那该其他她我你本此则就也还都才又再便即却但而并且被把将让给"
    r"对向从自为因由与和及或]|时(?!代))"
)


# A number and what it counts (20年航天, 3个月): never part of a name, as 58同城's 58 is.
_COUNTED = re.compile(
    r"\d(?:[.,]\d+)?(?:年|月|日|个|名|位|人|万|亿|千|百|家|多|余|岁|天|周|%|倍)|\d$"
)
_LATIN_LED = re.compile(r"[A-Za-z0-9]{1,4}[\u4e00-\u9fff]{2,4}")  # 58同城, 3M中国
_AT_WORK = re.compile(
    r"(?:(?:(?<=[，,。；;：:\s他她我年])|^)(?:先|后|之后|随后|后来|然后|曾|此前|之前|曾经|早年)?"
    r"|曾|此前|之前|曾经|早年|先后)(?:在|于)\s?"  # 路晓东曾在58同城担任, 2018年在伟易达担任
    r"(?P<place>[^，。；,;：:在于\s]{2,18}?)\s?"
    rf"(?=(?:做了|做过|工作|担任|任职|待了|干了|实习|负责)\S|{COLLEAGUES_AFTER})"
)
_COLLEAGUES_THERE = re.compile(COLLEAGUES_AFTER)
# Every _AT_WORK match holds 在 or 于 after a word of at most two characters, or none: it starts
# 0-2 characters before one of them.
_AT_WORK_AT = re.compile(r"[在于]")
# A post held at a name the text gives nowhere else: 此前是极智嘉的运动控制负责人, 曾任极智嘉科技
# 技术负责人, 前三只松鼠产品总监 — a verb of office (or "former") before the name, and after it the
# post, with 的 or with a department first. A unit of an employer named earlier in the sentence
# stands in the same place (在华为海思担任车规芯片产品线总监), so a verb of office counts only where
# no employer came before it in the sentence, and a name ending as units do is none.
# (前 and 原 open their alternatives and look behind from after them, at the start of the text or
# after a mark or a word: each alternative opens with a character, so re scans for them in C
# instead of trying the pattern at every position.)
_POST_HELD = re.compile(
    r"(?P<verb>是|曾任|担任|出任|现任|时任|历任|任(?<=年任)|任(?<=此前任)|任(?<=之前任)"
    r"|前(?<![^：:，,、（(\s是为由与和及了]前)|原(?<![^：:，,、（(\s是为由与和及了]原))"
    r"\s?(?P<place>(?![前原])[^，。；,;：:的在于\s]{2,12}?)(?<![前原])\s?"
    rf"(?=的(?:{TITLE.pattern})|(?:{DEPARTMENT}){{1,2}}{TITLE_WORD}"
    # 曾任平安产险副总经理: an executive's post needs no department before it
    r"|(?:执行|常务|高级)?(?:副总经理|总经理|副总裁|总裁|董事长|总工程师|首席[\u4e00-\u9fff]{1,4}官"
    r"|C[ETOFP]O))"
)
# The post after an employer's name, up to where its holder's name would stand.
_POST_AFTER_NAME = re.compile(
    rf"的?(?:{DEPARTMENT}){{0,2}}(?:执行|常务|高级|资深|副)?{TITLE_WORD}(?:兼{TITLE_WORD})?\s?"
)
_FORMER_AFTER_NAME = re.compile(r"[，,]\s?[前原]$")
_UNIT_END = re.compile(
    rf"(?:部|线|中心|区|区域|业务|服务|方向|领域|模型|项目|团队|组|首席|高级|资深|事业群|实验室|部门|{DEPARTMENT})$"
)
_EMPLOYER_BEFORE = re.compile(
    r"加入|加盟|进入|转投|入职|转战|离开|任职|工作|一做|一干|待了|干了|做了|"
    # (not 在某大学获得博士学位: a school)
    r"[在于](?![^，。；,;]{2,16}?(?:获得|获|拿到|取得|攻读|读完?|毕业|学习))"
)


@lru_cache(maxsize=4)  # asked for candidates, then again for their evidence
def _posts_held(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """Names framed as where someone held a post (_POST_HELD), with their spans."""
    found = []
    for match in _POST_HELD.finditer(text):
        place, start, end = match.group("place"), match.start("place"), match.end("place")
        sentence = max(text.rfind(mark, 0, start) for mark in "。；;\n")
        verb = match.group("verb")
        if (
            # (曾任特来电, 2016年任捷氢科技: jieba's 任特 and 任捷 hide the name's start; a
            # verb of holding a post that starts a word marks it as well)
            (
                start in starts
                or (verb.endswith("任") and match.start("verb") in starts)
                # (前华熙生物工艺总监: jieba's 前华熙 hides the name's start, as long as 前 opens
                # a word the dictionary does not know: not 前端, 原因)
                or (
                    verb in "前原"
                    and match.start("verb") in starts
                    and not word_frequency(text[match.start("verb") : start + 2])
                    and not word_frequency(text[match.start("verb") : start + 1])
                )
            )
            and end in starts
            and (all(is_han(c) for c in place) or _LATIN_LED.fullmatch(place))
            and not re.search(_NOT_NAME_START + r"|年|月", place)
            and not _COUNTED.search(place)
            and not _UNIT_END.search(place)
            and not _KIND_OF_COMPANY.search(place)  # 是跨境支付初创企业汇栎科技的创始人
            and not re.search(TITLE_WORD + r"|兼$|公司", place)  # 董事长兼CEO: two posts
            and not (
                verb not in "前原"
                and _EMPLOYER_BEFORE.search(text, sentence + 1, match.start())
            )
        ):
            found.append((place, (start, end)))
    return tuple(found)


# A kind of company named before the company: 酶制剂公司, 物流平台, 科技巨头.
_KIND_OF_COMPANY_WORDS = (  # (法遵科技(RegTech)新创: a field with its English name, then the kind)
    r"[\u4e00-\u9fffA-Za-z]{1,8}?(?:\([A-Za-z]{2,16}\))?(?:公司|企业|巨头|大厂|厂商|集团|机构|平台|新创|初创|创企)"
)
# What a text says of an employer between 在 and its name: 在丹麦酶制剂公司诺维信, 在德国博世,
# 在美国西雅图的微软 — a kind of company, its places, or a clause ending in 的.
_EMPLOYER_DESCRIPTION = re.compile(rf"{_KIND_OF_COMPANY_WORDS}|[^，。；,;]{{1,14}}的")


# Verbs and prepositions that take an organisation as object (an employer, or the company
# founded), so a description may stand between: 加盟物流平台|Lalamove, 创办了AI测试工具公司|墨格.
_TAKES_ORGANISATION = re.compile(
    r"(?:在|(?<![处位属对由关至等基])于|加入|加盟|进入|入职|离开|转投|跳槽到|跳槽至|来到|回到|任职于|就职于|"
    r"供职于|效力于|服务于|创办|创立|创建|成立|注册|是)了?"
    r"(?P<words>[^，。；,;：:在于\s]{1,16})$"
)


def without_description(before: str) -> str:
    """`before` without a description of the organisation that follows it, when a verb that
    takes an employer stands before that description: …加盟物流平台|Lalamove → …加盟."""
    verb = _TAKES_ORGANISATION.search(before)
    if verb is None or not describes_employer(verb.group("words")):
        return before
    return before[: verb.start("words")]


# …before a Han name (a Latin one after a description is _DESCRIBED's).
_KIND_OF_COMPANY = re.compile(rf"{_KIND_OF_COMPANY_WORDS}(?=[\u4e00-\u9fff])")


_AT_END = re.compile(r"(?:在|于)$")


def after_at(before: str) -> bool:
    """Whether `before` ends in 在 or 于, with perhaps a description of the place after it."""
    return _AT_END.search(without_description(before)) is not None


def describes_employer(words: str) -> bool:
    """Whether `words`, standing between 在 and an organisation, only describe it."""
    if _EMPLOYER_DESCRIPTION.fullmatch(words):
        # (离开|后创立的 逆熵互动: a second verb, not a description of the place left)
        return not re.search(
            r"[本该其这那](?:公司|集团|企业)$|^(?:公司|集团)$|^[后时]|创立|创办|创建|成立|加入",
            words,
        )
    places = place_names()
    rest = words
    while rest:
        head = next((rest[:k] for k in range(min(len(rest), 5), 1, -1) if rest[:k] in places), "")
        if not head:
            return False
        rest = rest[len(head) :]
    return True


# A filing's header field names the company that files it: 公司简称：联昇光电.
FILER = re.compile(
    r"(?:公司简称|公司名称|公司全称|发行人名称|发行人)\s*[：:]\s*(?P<name>[^\s，,。；;：:]{2,30})"
)
# A Latin name in Chinese text where an organisation stands: 在 SHEIN 担任, 加入 Meta, 由 IDG 领投.
_LATIN_ORG = re.compile(
    r"(?:(?:在|于|加入|任职于|就职于|供职于|前|原|曾任|曾在|来自|出身|跳槽到|转投|由)\s?)"
    r"(?P<name>[A-Z][A-Za-z0-9&.'-]*[A-Za-z0-9](?:\s[A-Z][A-Za-z0-9&.'-]*){0,3}"
    r"(?:,?\s(?:Inc\.|Ltd\.|Limited|LLC|Co\.,\sLtd\.|Corporation|GmbH|AG|S\.A\.))?)"
    r"(?=\s?(?:担任|工作|任职|做|的|负责|领投|跟投|投资|合伙人|首席|高级|资深|"
    r"[\u4e00-\u9fff]{0,8}(?:经理|总监|负责人|工程师|专家|研究员|主管|主任|总裁|科学家|顾问|董事)))"
)


# 在深圳成立Kinetra，…: a Latin name a founding verb governs.
_LATIN_FOUNDED = re.compile(
    r"(?:创办|创立|成立|创建|联合创办|共同创办)了?\s?"
    r"(?P<name>[A-Z][A-Za-z0-9&.'-]*[A-Za-z0-9](?:\s[A-Z][A-Za-z0-9&.'-]*)?)"
    r"(?=\s?(?:[，,。；;（(]|公司|$))"
)


# 招银国际分析师鄂子涵认为, 高工锂电（GGII）研究总监车以恒判断, 招银国际董事总经理车明澈表示,
# 中信建投证券非银金融首席分析师龙映雪认为: the firm of a source the story quotes — a firm, a
# post there, a name, then what the person said (after an aside: 则更为谨慎，认为).
_EXPERT_AT = re.compile(
    r"(?:^|(?<=[，,。；;：:、\s“”「」])|(?<=机构|公司|智库))"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:[（(][A-Za-z]{2,8}[)）])?的?"
    r"(?:主任|高级|资深|首席|执行)?(?:行业)?(?:分析师|研究员|研究总监|经济学家|策略师|董事总经理|"
    r"管理合伙人|创始合伙人|合伙人|副总裁|总裁|副总经理|总经理|投资总监|秘书长|协理|投资经理)"
    r"[\u4e00-\u9fff]{2,3}(?:则|也|亦|就)?(?:[^，。；“”「」,;]{0,8}[，,])?(?:对[^，。；“”「」]{1,12}?)?"
    r"(?:认为|表示|指出|称|说|判断|坦言|分析|提醒|预计|预测|透露)"
)


# The posts _EXPERT_AT ends its frame with: every match holds one, its name starting 2 to 25
# characters before it (a name of 2–10, an English name in brackets of up to 10, 的, 主任|…,
# 行业). An occurrence may start up to 3 characters inside a longer one found instead (管理|合伙人),
# so a match starts between 25 before an occurrence found and 1 after it.
_EXPERT_POST = re.compile(
    r"分析师|研究员|研究总监|经济学家|策略师|董事总经理|管理合伙人|创始合伙人|合伙人|副总裁|总裁|"
    r"副总经理|总经理|投资总监|秘书长|协理|投资经理"
)
_EXPERT_LEAD = 25


_NOT_A_FIRM = re.compile(
    _NOT_NAME_START + r"|\d|年|月|兼$|创始人|创办人|董事|总裁|经理|总监|合伙人|C[ETOF]O"
)


@lru_cache(maxsize=4)  # asked for candidates, then again for their evidence
def _quoted_firms(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The firms of the sources a story quotes (_EXPERT_AT), each cut after its own ending
    where a unit follows it unmarked (中信建投证券|非银金融首席分析师)."""
    found = []
    # _EXPERT_AT.finditer(text), tried only before its posts: the pattern opens with
    # lookbehinds and a name of any characters, which the plain scan tried at every position.
    for match in matches_before(_EXPERT_AT, _EXPERT_POST, text, -1, _EXPERT_LEAD):
        name, start = match.group("name"), match.start("name")
        if start not in starts or re.search(_NOT_A_FIRM, name):
            continue  # not 联合创始人兼|总裁戈文博表示: a post of one's own company
        inner = [m for m in _SUFFIX_PATTERN.finditer(name) if 2 <= m.end() < len(name)]
        if inner and len(name) - inner[-1].end() <= 6 and inner[-1].start() >= 2:
            name = name[: inner[-1].end()]
        found.append((name, (start, start + len(name))))
    return tuple(found)


_NAMED_AFTER_DESCRIPTION = re.compile(
    r"[^，。；,;“”]{1,16}?的(?P<name>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z0-9]{1,15})(?=[，。；,;]|$)"
)


# … and after 投资方为: 投资方为启明创投和GGV纪源资本, 出资方为险峰长青.
_INVESTORS_NAMED = re.compile(
    r"(?:投资方|出资方|投资机构|投资人|参投方|认购方)(?:为|是|包括|有)\s?(?P<names>"
    r"[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z0-9]{2,12}){0,6})"
    r"(?=[，。；,;]|$)"
)


_LIST_CUES = ("领投", "跟投", "参投", "追投", "加注", "参与")
_NAMED_CUES = ("投资方", "出资方", "投资机构", "投资人", "参投方", "认购方")


@lru_cache(maxsize=8)  # asked for candidates, then again for the list's members
def _listed_investors(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The names in lists before 领投/跟投 (顺为资本、复星锐正跟投), or after 投资方为, each where
    it stands."""
    found: list[tuple[str, tuple[int, int]]] = []
    # Each list ends before one of these words or follows a word for the investors: without
    # them the patterns (tried after every comma, 是 and 为) cannot match.
    lists = _INVESTOR_LIST.finditer(text) if any(w in text for w in _LIST_CUES) else ()
    named = _INVESTORS_NAMED.finditer(text) if any(w in text for w in _NAMED_CUES) else ()
    for match in [*lists, *named]:
        position = match.start("names")
        # 星轨创投营也参与了跟投: the words before the verb are no part of the last name
        names = re.sub(
            r"(?:(?:也|亦|还|都|均|同样|同时)有?(?:参与了?)?|参与了?)$", "", match.group("names")
        )
        for item in re.split(r"(、|和|与|及|旗下的?)", names):
            name = re.sub(r"(?:联合|共同|继续|一同|一起|以个人名义|以个人身份)$", "", item)
            if (
                item not in ("、", "和", "与", "及", "旗下", "旗下的")
                and 2 <= len(name) <= 10
                and not re.search(_NOT_NAME_START + r"|\d|年|月|老股东|股东|本轮", name)
                and position in starts
            ):
                found.append((name, (position, position + len(name))))
            position += len(item)
    return tuple(found)


# 这家芯粒（Chiplet）互连IP公司: what a company is (a short Latin word and 公司, or after 这家)
_KIND_NOT_NAME = re.compile(r"[A-Za-z]{1,5}(?:公司|企业)")
_THIS_KIND = re.compile(r"(?:这|那|该|此)(?:家|间)[^，。；,;]{0,16}$")


def _context_candidates(text: str, starts: set[int]) -> dict[str, list[tuple[int, int]]]:
    """Names found by what is said of them, whatever their ending: 恒擎空间成立于2021年,
    研发商恒擎空间本月宣布完成…融资, 喻昭宁是晶衍智药的创始人."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for match in _names_before(text):
        end = match.start()
        best, best_score = None, float("-inf")
        for start in range(end - 2, max(-1, end - 9), -1):
            if start < 0 or not (is_han(text[start]) or text[start].isalnum()):
                break
            if start not in starts and not _LEFT_STOPS.search(text[max(0, start - 6) : start]):
                continue
            score = _head_score(text, start, end, end)
            if score > best_score:
                best, best_score = start, score
            if _LEFT_STOPS.search(text[max(0, start - 6) : start]):
                break
        name = text[best:end] if best is not None else ""
        if name and not (is_han(name[-1]) or name[-1].isalnum()):
            continue
        if name[-1:] in ("任", "为", "是", "系"):
            continue  # 喻澜任联合创始人: a person and the verb that gives the post
        if _KIND_NOT_NAME.fullmatch(name) or (
            name.endswith(("公司", "企业")) and _THIS_KIND.search(text, max(0, best - 18), best)
        ):
            continue  # 这家芯粒（Chiplet）互连IP公司已完成…: what the company is, not its name
        if (
            name
            and best_score >= 1
            and name == name.strip()
            and not re.search(_NOT_NAME_START + r"|\d|年|月", name)
        ):
            found[name].append((best, end))
    # _AT_WORK.finditer(text), tried only just before each 在 and 于: the pattern opens with a
    # lookbehind, which finditer tried at every position of the text.
    for match in matches_before(_AT_WORK, _AT_WORK_AT, text, 0, 2):
        # 先在利丰做了三年采购, 在丹麦酶制剂公司诺维信担任: an employer by what is done there.
        place, start = match.group("place"), match.start("place")
        for k in range(len(place) - 1):
            name = place[k:]
            # 曾在新瑞鹏宠物医疗集团担任: a longer name, whole, when it ends as names do
            long_name = k == 0 and len(name) <= 12 and name.endswith(ORG_SUFFIXES)
            if (
                (len(name) <= 6 or long_name)
                and (all(is_han(c) for c in name) or _LATIN_LED.fullmatch(name))  # 58同城
                and start + k in starts
                and (k == 0 or describes_employer(place[:k]))
                and not re.search(_NOT_NAME_START + r"|年|月", name)
                and not _COUNTED.search(name)
            ):
                found[name].append((start + k, match.end("place")))
                break
    for name, span in _posts_held(text, frozenset(starts)):
        found[name].append(span)
    for name, span in _listed_investors(text, frozenset(starts)):
        found[name].append(span)
    for name, span in _quoted_firms(text, frozenset(starts)):
        found[name].append(span)
    for pattern in (_LATIN_ORG, _LATIN_FOUNDED):
        for match in pattern.finditer(text):
            found[match.group("name")].append(match.span("name"))
    for match in _NAME_AFTER.finditer(text):
        start = match.end()
        described = _KIND_OF_COMPANY.match(text, start)
        if described and match.group()[0] in "创注打加成" and describes_employer(described.group()):
            start = described.end()  # 加盟物流平台栎运通: the name after the description
        stop = _NAME_END.search(text, start + 2, start + 10)
        end = stop.start() if stop else start + 8
        while end - start > 1 and end not in starts and end < len(text):
            end -= 1
        name = text[start:end]
        if text[end : end + 1] == "的":
            # 创立了专做自动化测试的测渊科技: a description before the name, which follows 的
            # and ends the clause.
            named = _NAMED_AFTER_DESCRIPTION.match(text, start)
            if named and not re.search(_NOT_NAME_START + r"|\d|年|月", named.group("name")):
                found[named.group("name")].append(named.span("name"))
            continue
        if (
            2 <= len(name) <= 8
            and all(is_han(c) or c.isalnum() for c in name)
            and not re.search(_NOT_NAME_START + r"|\d|年|月", name)
            and not _DESCRIBES_NEXT.match(text, end)  # 创办法遵科技（RegTech）新创「律衡数据」
        ):
            found[name].append((start, end))
    return found


_FUNCTION_CHARS = frozenset(
    "为是在于的了把被将从向对与和及或也都就还又再已并而但则即其该此本他她它我你著"
)


def _splits_at_a_function_word(text: str, start: int, end: int) -> bool:
    """Whether jieba reads a one-character function word (or a verb with 着/了/过) inside
    text[start:end]."""
    bounds = _word_bounds(text)
    i = bisect_right(bounds, start) - 1
    while i + 1 < len(bounds) and bounds[i] < end:
        size = bounds[i + 1] - bounds[i]
        if bounds[i] >= start and size == 1 and text[bounds[i]] in _FUNCTION_CHARS:
            return True
        if bounds[i] >= start and size == 2 and text[bounds[i] + 1] in "着了过":
            return True  # 拉着(大学社团): a verb and its aspect particle
        i += 1
    return False


def _head_score(text: str, start: int, suffix_start: int, end: int) -> float:
    """How well text[start:suffix_start] reads as the head of the name ending at `end`."""
    head = text[start:suffix_start]
    ordinary = min(ordinariness(head), 3)
    han = sum(1 for c in head if is_han(c))
    score = -0.3 * (han + (2 if han < len(head) else 0)) - ordinary
    before = text[max(0, start - 6) : start]
    if not before or not (is_han(before[-1]) or before[-1].isalnum()):
        score += 2  # after punctuation or at a line start
    elif _LEFT_STOPS.search(before) or _DESCRIPTOR_END.search(before):
        score += 2
    if (
        len(head) <= 4
        and not _GENERIC_HEAD.match(head)
        and ordinary < 1.5
        and _stands_alone_elsewhere(text, head, [(start, end)])
    ):
        score += 2.5  # 沛思 stands alone elsewhere: the brand
    return score


_LEGAL_TAIL = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:[（(][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]{0,10}?)?"
    r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|会计师事务所|律师事务所)"
    r"(?:[（(][\u4e00-\u9fff]{2,8}[)）])?"
)


_INSTITUTE_TAIL = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:研究所|研究院|实验室|所(?=[^\u4e00-\u9fff]|获|博士|硕士|任|工作|担任|读))"
)


_ACADEMY_END = re.compile(r"(?:中国科学院|中科院|科学院)$")


def _legal_end(text: str, end: int) -> int:
    """Where a known name written as a legal name ends: 中芯国际集成电路制造（上海）有限公司,
    安永华明会计师事务所, 中国科学院武汉物理与数学研究所 — the mention covers the whole name."""
    if _ACADEMY_END.search(text[max(0, end - 5) : end]):
        institute = _INSTITUTE_TAIL.match(text, end)
        if institute and not re.search(r"[，。；、：\s,;:]", institute.group()):
            return institute.end()
    match = _LEGAL_TAIL.match(text, end)
    if match and not re.search(r"[，。；、：\s,;:]", match.group()):
        return match.end()
    return end


_DEFINES = re.compile(r"[（(](?:以下)?(?:简称)?[“「\"]?(?P<term>[^”」\"）)]{1,12})[”」\"]?[)）]")


def _without_people(text: str, name: str, places: list[tuple[int, int]], people: set[str]):
    """A candidate that starts with a person's name (庄以衡南京大学) is the name's neighbour:
    the organisation is what follows the name — unless the text defines the name as the
    organisation's short form (卓佳专业商务有限公司（「卓佳」））."""
    for size in range(2, len(name) - 2):  # only the people the candidate starts with
        person = name[:size]
        if person not in people:
            continue
        rest = name[size:]
        if any((m := _DEFINES.match(text, e)) and m.group("term") == person for _, e in places):
            continue
        head = next((rest[: -len(s)] for s in ORG_SUFFIXES if rest.endswith(s)), "")
        if known_organization(rest) or (len(head) >= 2 and ordinariness(head) == 0):
            cut = len(person)
            return rest, [(s + cut, e) for s, e in places]
    return name, places


@cache
def place_names() -> frozenset[str]:
    """Places a text names where it could name an employer (在慕尼黑工作6年), bundled."""
    text = files("pedigree.data").joinpath("names", "han_places.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@cache
def _abbreviations() -> dict[str, str]:
    """School abbreviations that are schools only before a degree or field (华科光电博士)."""
    return {
        r["abbreviation"]: r["school"] or r["abbreviation"]
        for r in csv_rows("aliases", "school_abbreviations.csv")
    }


_STUDY_AFTER = re.compile(
    r"^[\u4e00-\u9fffA-Za-z ]{0,10}?(?:本科|硕士|博士|学士|MBA|EMBA|毕业|校友|读博|本硕|学位|"
    r"系|学院|专业|研究生|博士后|教授)"
)


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    names = sorted(_abbreviations(), key=lambda n: (-len(n), n))
    return re.compile("|".join(map(re.escape, names)))


def abbreviated_schools(text: str) -> list[tuple[int, int, str]]:
    """(start, end, school) for school abbreviations written as schools: 北航硕士, 华科光电博士,
    毕业于台大 — an abbreviation is read only where study words follow it."""
    table = _abbreviations()
    pattern = _abbreviation_pattern()
    found = []
    for match in pattern.finditer(text):
        s, e = match.span()
        before = text[s - 1 : s]
        if (
            before
            and is_han(before)
            and not re.search(
                r"(?:于|在|是|为|获|的|和|与|及|、|读|赴|入|到|从)$", text[max(0, s - 2) : s]
            )
        ):
            continue
        if _STUDY_AFTER.match(text[e : e + 14]) or re.match(r"[)）]", text[e : e + 1]):
            found.append((s, e, table[match.group()]))
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


_QUOTED_BRACKET = re.compile(r"^[（(][“「\"]")
_FOUNDED_BRACKET = re.compile(r"^[（(](?:由|是)[^)）]{0,30}(?:创立|创办|成立|孵化|创建)")
_LIST_NUMBER_LINE = re.compile(r"^\s*(?:[\d一二三四五六七八九十]+[.、．]\s*)?$")


def find_orgs(
    text: str, people: set[str], strength: dict[str, float] | None = None
) -> list[OrgName]:
    """Organisation and school names in the folded text, known or shown to be names by the
    text, with the evidence for each; `people` are names already read as people, with the
    `strength` of that reading where it is known (a company's evidence can outweigh it)."""
    names: dict[str, list[tuple[int, int]]] = defaultdict(list)
    scores: dict[str, float] = defaultdict(float)
    listed = _listed_people(text, people, strength or {})
    for s, e in known_spans(text):
        if text[s:e] in listed:
            continue  # 殷拓、罗颂宜、祁远舟三人: a founder, not the fund 殷拓 (EQT)
        names[text[s:e]].append((s, _legal_end(text, e)))
        scores[text[s:e]] += 10
    for s, e, _ in abbreviated_schools(text):
        names[text[s:e]].append((s, e))
        scores[text[s:e]] += 10
    for _, _, term in defined_terms(text):
        # 瑞思科技股份有限公司（以下简称瑞思科技）: the term is a name wherever it is written,
        # and a known name inside it (思科) is not
        if (
            term not in people
            and known_organization(term) is None
            and not re.fullmatch(r"(?:本|该)?(?:公司|集团|发行人)", term)
        ):
            names[term].extend(
                (s, e)
                for s, e in occurrences(text, [term])[term]
                if not (text[e : e + 1].isascii() and text[e : e + 1].isalnum())  # 沄析Agent Studio
                and text[s - 1 : s] not in ("“", "「")
            )
            scores[term] += 9
    for match in FILER.finditer(text, 0, 600):
        name = match.group("name")  # the filer, named by its header field: a name wherever written
        if name not in people:
            names[name].extend(occurrences(text, [name])[name])
            scores[name] += 10
    for match in _DESCRIBED.finditer(text):
        name = match.group("name").strip()
        if _plausible(name, people):
            s = match.start("name")
            names[name].append((s, s + len(name)))
            scores[name] += 3
    for match in _QUOTED.finditer(text):
        group = "name" if match.group("name") else "curly"
        name = match.group(group).strip()
        before = text[max(0, match.start() - 24) : match.start()]
        # 创办了“X”, 创办的票务工具“票根科技”: what the verb made, whatever it is called
        founded = _FOUNDED_END.search(before)
        # 第二个项目“麦穗数科”, 登台的是“衡书”, 创办了今天路演的“岩眼智能”: a project by name.
        project = _PROJECT_END.search(before)
        corner = group == "name" and re.match(r"[（(][A-Z]", text[match.end() : match.end() + 2])
        # 6. 「叁玖动力」完成A+轮融资: a roundup entry's heading names the company it is about
        headline = _NUMBERED_END.search(before) and _NEWS_VERB.match(
            text, match.end()
        )
        if _plausible(name, people) and (
            _DESCRIPTOR_END.search(before) or founded or project or corner or headline
        ):
            s = match.start(group)
            names[name].append((s, s + len(name)))
            scores[name] += 10 if founded else 4  # what someone founded is an organisation
    known_names = {text[s:e] for s, e in known_spans(text) if e - s >= 4}
    candidates = _suffix_candidates(text)
    # 中国农业科学院|作物科学研究所: a unit written right after its parent is one name
    ends = {e: (n, s) for n, spans in candidates.items() for s, e in spans}
    units = set()
    for name, spans in list(candidates.items()):
        for s, e in spans:
            parent = ends.get(s)
            if parent and parent[0].endswith(_PARENT_ENDINGS) and name.endswith(_UNIT_ENDINGS):
                candidates.setdefault(parent[0] + name, []).append((parent[1], e))
                units.add(parent[0] + name)
    for name, places in _context_candidates(text, _word_starts(text)).items():
        if (
            known_organization(name) is None
            and not _GENERIC_HEAD.match(name)
            and not _SECTOR_WORDS.match(name)  # 储能 of 象限储能: a field, not a name
            and not re.fullmatch(r"(?:本|该|其)?(?:公司|集团|企业|发行人|申请人)", name)
        ):
            candidates.setdefault(name, [])
            if len(name) >= 4:
                # 创办潮汐智维 … 沐晨｜潮汐智维 … 潮汐智维拿到…: every place the text writes a
                # four-character name found by its context is weighed, not only that one
                places = [*places, *occurrences(text, [name])[name]]
            candidates[name] = sorted(set(candidates[name]) | set(places))
    listed = {span for _, span in _listed_investors(text, _word_starts(text))}
    quoted = {span for _, span in _quoted_firms(text, _word_starts(text))}
    posts = {span for _, span in _posts_held(text, _word_starts(text))}
    for name, places in candidates.items():
        name, places = _without_people(text, name, places, people)
        if any(name[i:] in known_names for i in range(1, len(name) - 3)):
            continue  # 今任上海交通大学: a known name with words in front of it
        if all(_FIELD_OF_WORK_BEFORE.search(text, max(0, s - 3), s) for s, _ in places):
            continue  # 前銀行家做安老科技, 為何會轉做安老科技: a field one works in, not a firm
        placed = (_PLACE_HEAD if not name.endswith(SCHOOL_ENDINGS) else _CITY).match(name)
        if placed and known_organization(name[placed.end() :]):
            continue  # 德国博世: a known company and where it is
        common_start = ordinariness(name[:2]) >= 3 and not placed  # 方面科技, not 苏州矽澜
        score = -min(ordinariness(name), 3) - (1.5 if common_start else 0)
        if re.match(DESCRIPTOR, text[places[0][1] :]) and not name.endswith("公司"):
            continue  # AI原生游戏公司: a description of the company named next
        brand = _brand(name)
        if brand and _stands_alone_elsewhere(text, brand, places):
            score += 2  # 沛思 stands alone elsewhere: 沛思科技 is a name
            score += _framed_brand(text, brand, places)
        for s, e in places:
            after = text[e : e + 16]
            before = text[max(0, s - 24) : s]
            if _ORG_VERBS.match(after) or _STAFF_TITLE.match(after):
                score += 2  # 心元资本合伙人曾品睿: a post there, held by the person named
                if _FOUNDED_OR_FUNDED.match(after):
                    score += 1.5  # 驰桩能源成立于2024年: only a company is founded or funded
            if (s, e) in quoted:
                score += 3.5  # 招银国际董事总经理车明澈表示: a quoted source's firm
            if (
                (s, e) in posts
                and not any(known_organization(name[:k]) for k in range(2, len(name)))
                and not any(person in name for person in people)  # 擔任溫祐廷副手的副處長
            ):
                score += 2.5  # 此前是极智嘉的运动控制负责人: where someone held a post
                post = _POST_AFTER_NAME.match(text, e)
                apposed = _FORMER_AFTER_NAME.search(before)
                if (
                    post
                    and any(text.startswith(person, post.end()) for person in people)
                    or apposed
                    and any(before[: apposed.start()].endswith(person) for person in people)
                ):
                    # 前时代天使销售副总裁蓟晨, 嵇晨，前华熙生物工艺总监: the post's holder named
                    # right after it, or right before "former"
                    score += 1.5
            bounded = (
                not after
                or after[0] in "，。；、的是于在并和与及）)\n,;:：｜|（("
                or bool(_VERB_AFTER_NAME.match(after))  # 他创办的踏浪机器人主打…
            )
            undescribed = without_description(before)
            if (_BEFORE_FOUNDED.search(undescribed) and bounded) or re.search(
                r"[｜|]\s*$", before[-3:]
            ):
                score += 2
                # 注册了砾石智能, 创办了关卡编辑器公司|格致互动: the verb's object itself, surer
                # with a company's ending (not 创立了个人服装品牌, 创建了全球最大的行为游戏…)
                named_like_one = name.endswith(ORG_SUFFIXES) and not (
                    common_start and _weak_ending(name)
                )
                if _FOUNDED_OBJECT.search(before) or (
                    named_like_one and _FOUNDED_OBJECT.search(undescribed)
                ):
                    score += 1.5 if named_like_one else 1
            if _BRACKETED_ENGLISH.match(after) or _QUOTED_BRACKET.match(after):
                score += 2
            if _TICKER.match(text, e):
                score += 5  # 启程教育（股票代码：02875.HK）: listed, as sure as a legal name
            if len(name) >= 4 and _DESCRIBED_BEFORE.search(before):
                score += 2  # 面向律所的AI公司墨点智能: the company a description names
            if _FOUNDED_BRACKET.match(after) or (
                _FOUNDED_BY_AFTER.match(text, e)
            ):
                score += 2  # 栎川科技（由…创立）, 有栖云由阮既白于2014年创立: what someone founded
            if (s, e) in listed:
                score += 2.5  # named in a list of those who led or followed a round
                if re.search(r"由\s?$", before):
                    score += 1  # 由招银国际领投: the frame says a name stands there
            if _FUNDS_BEFORE.search(before) and _FUNDS_AFTER.match(after):
                score += 2  # 拿到九合创投600万美元天使轮: who gave the money
            if (
                (after_at(before) or _JOINED.search(before))
                and (WORK_AT.match(after) or _COLLEAGUES_THERE.match(after))
                and not any(known_organization(name[:k]) for k in range(2, len(name)))
            ):
                # 曾在贝特瑞担任工艺总监, 进入格林美担任, 他在转转的老同事: where someone works
                # (not 宝洁中国)
                score += 2.5
            if _LIST_NUMBER_LINE.search(_line_before(text, s)):
                score += 1  # a heading or list entry that starts with the name
        if len(places) >= 2:
            score += 1
        if name.endswith(SCHOOL_ENDINGS):
            score += 2
            if any(STUDIED_AT.search(text, max(0, s - 6), s) for s, _ in places) or any(
                _MAJOR_AFTER.match(text, e) for _, e in places
            ):
                score += 2  # 本科毕业于江南大学, 大连海事大学航海技术专业本科毕业: a school
        if name in units:
            score += 3  # 中国农业科学院作物科学研究所: a parent and its unit, named as one
        head = next((name[: -len(s)] for s in ORG_SUFFIXES if name.endswith(s)), "")
        if head and any(known_organization(head + tail) for tail in ("", "集团", "公司", "科技")):
            score += 3  # 联想研究院: a unit of a known company
        if (
            name.endswith(("有限公司", "有限责任公司", "会计师事务所", "律师事务所"))
            and len(head) >= 4
        ):
            score += 5  # a registered legal name: nothing else is written this way
        elif name.endswith("医院") and any(
            name[:k] in known_names and name[:k].endswith(_PARENT_ENDINGS)
            for k in range(4, len(name) - 1)
        ):
            score += 3  # 北京大学肿瘤医院: a university's hospital or institute, named as one
        elif name.endswith(("有限公司", "资本", "创投", "基金")):
            score += 1.5
        read_as_person = (strength or {}).get(name)  # None: a name the layout places
        founded = any(_FOUNDED_OBJECT.search(text, max(0, s - 4), s) for s, _ in places)
        if name in people and (
            read_as_person is None or (not founded and score < read_as_person + 1)
        ):
            continue  # but 冉栖梧创立栗白: what someone founded is a company, not a person
        names[name].extend(places)
        scores[name] += score
    accepted = {
        n
        for n in names
        if scores[n] >= (3.5 if _weak_ending(n) else 2)
        and (scores[n] >= 10 or n not in place_names())
        and not _TITLE_ACRONYM.fullmatch(n)  # 担任CTO的: a post, not a company
    }
    # A name the text has shown to be one is a name wherever else it stands on its own
    # (4.【企业服务】云笺获…: the entry's heading names the company its body showed).
    for name, spans in occurrences(text, sorted(n for n in accepted if scores[n] < 10)).items():
        known = set(names[name])
        names[name].extend(
            (s, e)
            for s, e in spans
            if (s, e) not in known
            and not _inside_a_word(text, s, e)
            and not _in_word_start(text, s)
        )
    covered: dict[int, tuple[int, int]] = {}  # position → (earliest start, longest length)
    for n in sorted(accepted):
        if scores[n] < 10:
            for s, e in names[n]:
                for i in range(s, e):
                    first, size = covered.get(i, (s, 0))
                    covered[i] = (min(first, s), max(size, e - s))
    found = []
    for name in sorted(accepted):
        canonical = _canonical(name)
        for s, e in names[name]:
            first, size = covered.get(s, (s, 0))
            if scores[name] >= 10 and (
                first < s or max(size, covered.get(e - 1, (s, 0))[1]) > e - s
            ):
                continue  # 思科 inside 沛思科技, 国投 of 国投创合: the longer name the text shows
            found.append(OrgName(s, e, kind_of(canonical), canonical, scores[name]))
    return found


# A verb that starts the predicate right after a company's name.
_VERB_AFTER_NAME = re.compile(
    r"(?:主打|主营|专注|致力|聚焦|面向|做|已|也|还|目前|正在|将|获|完成|推出)"
)


# Endings that also end ordinary phrases (硅光芯片, 眼底数据, 城市网络): a name with one needs more
# evidence than …科技 or …资本 does.
_WEAK_ENDINGS = (
    "芯片",
    "数据",
    "网络",
    "软件",
    "电子",
    "材料",
    "汽车",
    "能源",
    "健康",
    "互动",
    "娱乐",
    "游戏",
    "传媒",
    "教育",
    "视觉",
    "影像",
    "医疗",
    "生物",
    "动力",
    "光电",
    "传感",
    "投资",
)


def _weak_ending(name: str) -> bool:
    return name.endswith(_WEAK_ENDINGS) and known_organization(name) is None


def _brand(name: str) -> str | None:
    """The distinctive part of a name: without its ending and its city (沛思 of 沛思科技)."""
    forms = short_forms(name)
    return forms[-1] if forms and len(forms[-1]) <= 4 else None


def _stands_alone_elsewhere(text: str, brand: str, places: list[tuple[int, int]]) -> bool:
    """Whether `brand` occurs outside `places`, not led by the character that leads it there
    (创业者基金 → 业者 in 创业者 elsewhere is the same word again, not the brand)."""
    leads = {text[s - 1] for s, _ in places if s > 0}
    inside = {i for s, e in places for i in range(s, e)}
    # Near the name only (a few thousand characters): what a long document says far away is
    # no evidence here, and looking everywhere for every candidate grows with the square.
    low, high = max(0, places[0][0] - _NEAR), places[-1][1] + _NEAR
    at = text.find(brand, low, high)
    while at >= 0:
        if (
            at not in inside
            and not (at > 0 and text[at - 1] in leads and is_han(text[at - 1]))
            and not _COUNTED_BEFORE.search(text, max(0, at - 4), at)
        ):
            return True
        at = text.find(brand, at + 1, high)
    return False


# 可搬运8个料箱: a thing counted is a common noun, not a brand written alone.
_COUNTED_BEFORE = re.compile(
    r"[\d一两二三四五六七八九十几多数百千万]\s?(?:个|台|件|只|款|套|箱|种|类)$"
)


_NEAR = 4000

# Around a brand written alone, what only a company has: someone working or founding there
# (进雷亚, 在雾灯的三年), being founded (雾灯是你一个人创办的吗), a post, a round, a result.
_BRAND_JOB_BEFORE = re.compile(
    r"(?:在|进|进入|加入|加盟|离开|离职|从|创办|创立|创办了|创立了|投资了?|投了|领投了?)\s?$"
)
_BRAND_AFTER = re.compile(
    r"是[^，。；？?,;]{0,10}(?:创办|创立|成立)|(?:[，,]?(?:于\d{4}年)?(?:创办|成立|创立)于)"
)


def _framed_brand(text: str, brand: str, places: list[tuple[int, int]]) -> float:
    """+1 for each place the brand alone is framed as a company (at most 2)."""
    inside = {i for s, e in places for i in range(s, e)}
    low, high = max(0, places[0][0] - _NEAR), places[-1][1] + _NEAR
    found = 0
    at = text.find(brand, low, high)
    while at >= 0 and found < 2:
        end = at + len(brand)
        if at not in inside and (
            _BRAND_JOB_BEFORE.search(text, max(0, at - 4), at)
            or _ORG_VERBS.match(text, end)
            or _STAFF_TITLE.match(text, end)
            or _BRAND_AFTER.match(text, end)
        ):
            found += 1
        at = text.find(brand, end, high)
    return found


def _line_before(text: str, position: int) -> str:
    return text[text.rfind("\n", 0, position) + 1 : position]


def _plausible(name: str, people: set[str]) -> bool:
    if name in people or len(name) < 2 or _GENERIC_HEAD.match(name):
        return False
    if re.search(r"[，。；、：,;:]", name) or (re.search(r"\s", name) and not name.isascii()):
        return False
    if _SAID.search(name):
        return False  # 公司“未参与该项目投资”: words quoted, not a name
    return not _SECTOR_WORDS.match(name)


# Words of a quoted statement that a company's name does not hold.
_SAID = re.compile(r"未|没有|并非|不是|已经|正在|将会|我们|他们|该项目|这个|那个|了$")


def _canonical(name: str) -> str:
    known = known_organization(name) or known_organization(_abbreviations().get(name, name))
    if known:
        return known.name
    return _abbreviations().get(name) or name


def short_forms(name: str) -> list[str]:
    """The forms a text may use for `name` alone: the name without its ending, and without a
    city in front (杭州沄析科技有限公司 → 沄析科技, 沄析)."""
    return list(_short_forms(name))


@lru_cache(maxsize=1 << 14)  # asked again for the same names all through a text's reading
def _short_forms(name: str) -> tuple[str, ...]:
    forms = []
    name_without_place = re.sub(r"[（(][\u4e00-\u9fff]{2,6}[)）](?=.)", "", name)
    if name_without_place != name:  # 微链（宁波）智能科技有限公司 → 微链智能科技有限公司
        return (name_without_place, *_short_forms(name_without_place))
    core = _CITY.sub("", name) if len(_CITY.sub("", name)) >= 4 else name
    if core != name:
        forms.append(core)
    for suffix in ORG_SUFFIXES:
        if core.endswith(suffix) and suffix not in SCHOOL_ENDINGS:
            head = core[: -len(suffix)]
            for inner in ORG_SUFFIXES:  # 沄析科技有限公司 → 沄析科技 → 沄析
                if head.endswith(inner) and len(head) - len(inner) >= 2:
                    forms.append(head)
                    head = head[: -len(inner)]
                    break
            if len(head) >= 2 and not _SECTOR_WORDS.match(head):
                forms.append(head)
            break
    return tuple(f for f in forms if f != name)


def defined_terms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for defined terms: 阿里云智能集团（下称“阿里云”）."""
    found = [*_DEFINED.finditer(text), *_DEFINED_BARE.finditer(text)]
    return sorted((m.start("term"), m.end("term"), m.group("term")) for m in found)


def bracketed_english(text: str, end: int) -> tuple[int, int] | None:
    """The span of an English name in brackets right after `end`: 知岸科技（ShoreMind）."""
    match = _BRACKETED_ENGLISH.match(text, end)
    return match.span("english") if match else None
