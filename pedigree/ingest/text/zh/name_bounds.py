"""Where a Chinese personal name can start and end in running text: not inside the word before
it or after a number, not where its last character starts the next word."""

from __future__ import annotations

import re
from functools import cache

from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import KIN, TITLE_WORD, TRADES
from pedigree.ingest.text.zh.name_candidates import dictionary, is_han, word_frequency

# Just before a name: a role, title or word that introduces a person. Every alternative opens
# with a literal character (处长|科长|…, not (?:处|科|…)长): then re tries the alternation only
# where one of those characters stands, found by a scan in C — 5× faster on the 8-character
# windows `starts_here` asks about for every surname in a text.
_OFFICE_HEADS = (
    "处|科|部|局|行|校|社|组|所|厂|会|队|班|院|司|省|市|县|区|镇|村|总|事|执行|营运|技术|财务|行销|"
    "产品|策略|资讯|研发|营销"
)
_TITLE_WORDS = (
    r"(?:创始人|创办人|联合创始人|联合创办人|共同创办人|合伙人|董事长|总裁|总经理|经理|总监|主管|"
    r"负责人|专家|分析师|研究员|工程师|科学家|架构师|设计师|记者|编辑|作者|主编|撰文|摄影|教授|"
    r"院长|主任|董事|高管|顾问|老兵|同事|拍档|搭档|校友|部下|投资人|医生|律师|首席[\u4e00-\u9fff]{1,4}官|"
    r"执行官|技术官|运营官|财务官|CEO|CTO|COO|CFO|CSO|CPO|VP|副总|秘书长|理事长|秘书|主席|会长|代表|"
    r"创业者|实习生|"
    r"策划|制作人|产品经理|运营|研究助理|助理|学者|博士后|讲师|"
    + "|".join(head + "长" for head in _OFFICE_HEADS.split("|"))
    + r"|同学|室友|朋友|好友|学长|学弟|学姐|学妹|师兄|师姐|师弟|师妹|"
    + KIN
    + r"|"
    r"搭档|伙伴|队友|老乡|导师|学生|弟子|徒弟|员工|雇员|成员|职员|骨干|元老|老将|下属|"
    r"领导|上司|老板|上级|"  # (我在博世时的老领导吕向东)
    r"先生(?<=[我她的]先生)|老公|老婆|"  # (我先生祁原: her husband, not Mr 祁)
    r"投资者|股东|创业者|董事会主席|法定代表人|代表人|" + TRADES + ")"
)
_TITLE_END = _TITLE_WORDS + r"(?:兼|和|及|、|暨)?\s?$"
TITLE_BEFORE = re.compile(_TITLE_END)
# A post, then who holds it: 公司联合创始人兼CTO为郜晨.
TITLE_IS_BEFORE = re.compile(_TITLE_WORDS + r"(?:为|是)\s?$")
# A post, then 的, then who holds it: 现任迪安诊断华中区域总监的阮青 (a job's title only: after
# kin, 的 is whose — 表哥的邝记足道, his cousin's shop).
TITLE_OF_BEFORE = re.compile(f"(?:{TITLE_WORD})的$")

_REGION_END = re.compile(
    r"(?:[东南西北]|华[东南西北中]|亚太|欧洲|北美|南美|中东|拉美|大中华|海外|全球|国际|东南亚|大"
    # and the words 区 ends (园区, 社区, 开发区, 保税区 …)
    r"|[园社校城新发片景小市厂港矿税贸湾辖郊山灾军选分专展])$"
)


def starts_here(text: str, p: int) -> bool:
    """False where the surname character closes the word before it (分析师俞悦: 师 belongs to
    分析师; 供应链: 应 belongs to 供应), follows a number (2015年夏天), or is the 于 of a verb
    (任职于德勤) or the conjunction 和 (遮阳篷和帐篷)."""
    if not p:
        return True
    before = text[p - 1]
    if before.isdigit() or before in "零一二三四五六七八九十":
        return False
    if TITLE_BEFORE.search(text[max(0, p - 8) : p]) and not (
        text[p - 1] == "工" and word_frequency(text[p - 1 : p + 1]) >= 500
    ):  # (not 汽车工|程: the trade 车工, then 工程, a word — but 总经理应晗, though 理应 is one)
        return True  # 合伙人闫少钧: a title just before is the best evidence there is
    if TITLE_BEFORE.search(text[max(0, p - 7) : p + 1]):
        return False
    if text[p] in "于和" and is_han(before):
        return False  # (给品牌代工遮阳篷和帐篷: the conjunction, not the surname 和)
    if text[p] == "区" and _REGION_END.search(text, max(0, p - 3), p):
        return False  # 欧洲区商家负责人, 工业园区一起创办: a region's 区, not the surname 区
    if is_han(before) and _inside_a_place(text, p):
        return False  # 在佛罗伦萨的: 罗 is the place's, not a surname
    freq, tags = dictionary()
    pair = text[p - 1 : p + 1]
    if not is_han(before):
        return True
    # 供应链: 应 closes 供应; 台南沙仑: 南 closes the place name 台南.
    return (freq.get(pair) or 0) < 500 and not (
        tags.get(pair, "").startswith("ns") and (freq.get(pair) or 0) >= 20
    )


@cache
def _long_places() -> re.Pattern[str]:
    places = sorted((w for w in place_names() if len(w) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, places)))


def _inside_a_place(text: str, p: int) -> bool:
    """Whether `p` falls inside (not at the start of) a place of three or more characters."""
    return any(
        m.start() < p < m.end() for m in _long_places().finditer(text, max(0, p - 6), p + 6)
    )


# Verbs that follow a name (与X合伙创办, 马骁转任首席科学家) and are rarer in the dictionary than
# the name-ending test needs.
_VERB_AFTER_NAME = frozenset(
    {"合伙", "搭档", "结伴", "合作", "合办", "共创", "同创", "转任", "转岗", "转为", "改任", "调任"}
)


# "Formerly was" right after a name: 原 and 曾 open it (汤昊原为…), never end the name.
_FORMERLY = frozenset({"原为", "原是", "原任", "原系", "曾任", "曾是", "曾为", "曾在", "曾于"})


# A preposition that opens a time (在2024年, 于去年): the name before it ends there.
_TIME_AFTER = re.compile(
    r"[在于]\s?(?:\d|[一二三四五六七八九十〇零]{2,4}年|去年|今年|前年|同年|当年|次年)"
    # (柯知远近期也已离职: a time word right after the name, not 远近 across it)
    r"|(?:近期|近日|日前|目前|此前|随后|如今|当时|早前|最近)(?:[也已都还又曾将正在]|[，,])"
)


def ends_here(text: str, end: int, given: int = 2) -> bool:
    """False where the name's last character starts a word with the next one (向记者: 记 is
    the 记 of 记者, so 向记 is no name). `given`: how many characters follow the surname."""
    if end >= len(text) or not is_han(text[end]):
        return True
    if text[end - 1 : end + 1] in _VERB_AFTER_NAME:
        return False  # 尉迟澜合伙创办: 合 starts 合伙
    if given >= 2 and text[end] in "我你":
        return False  # 老同事叶舟劝我别冲动: 劝 is the verb whose object 我 is, no name's end
    if text[end - 1 : end + 1] in _FORMERLY and given >= 2:
        # 汤昊原为普华永道审计经理: 原为, "formerly" (but 我先生祁原是联合创始人: a one-character
        # given name cut off would leave the surname alone)
        return False
    if text[end - 1 : end + 1] in ("凡是", "可是"):
        # 骆一凡是温州医科大学硕士, 联合创始人宣可是…博士: 凡 and 可 end common given names
        # (一凡, 宣可), 是 follows them
        return True
    if _TIME_AFTER.match(text, end):
        return True  # 冷秋实在2024年离开, 曾伟乐于2023年: 在 and 于 open the time (not 实在, 乐于)
    across = word_frequency(text[end - 1 : end + 1])
    # 万启明教授: 明教 is a word, but 教授 a far commoner one, so 教 starts 教授.
    return across < 300 or word_frequency(text[end : end + 2]) > 10 * across
