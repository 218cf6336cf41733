"""Foreign people's names in Chinese text: transliterations written with a middle dot
(蒂莫·克劳斯), and Latin-script names led by an English given name (Leo Zhang)."""

from __future__ import annotations

import re

from pedigree.ingest.text.en.lexicon import ORG_SUFFIXES as LATIN_ORG_ENDINGS
from pedigree.ingest.text.en.people import english_given_names
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.regex import matches_before

# Characters transliterated foreign names are spelled with (蒂莫·克劳斯, 埃隆·马斯克): a name
# written with a middle dot is a foreign person's only where every character is one of these.
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拔白班邦保鲍贝本比彼毕宾波伯博布查彻达戴丹德登迪蒂丁东杜敦多厄恩尔法凡范菲费"
    "芬丰弗福夫盖冈戈格根古瓜哈海汉豪赫黑亨胡华霍基吉加贾杰捷金卡凯坎康柯科可克肯库夸奎拉莱兰朗"
    "劳勒雷蕾里利丽莉连林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅美门蒙米密明莫姆穆纳娜奈南内尼妮涅宁纽努"
    "诺欧帕潘庞佩彭皮普奇琪恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什史斯松苏索塔泰坦汤唐特提图托瓦万旺"
    "威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹哲珍朱兹佐茨娃黛丝露薇蒂贡让保"
    # (约翰, 威廉, 乔治, 杰克逊, 克林顿, 娜塔莉娅, 列夫, 施密特, 舒尔茨, 肖恩, 昆汀 …)
    "翰廉治瑞逊顿娅列施舒肖珊芭廷汀昆祖若席修勃派培赖契柴歇珀芙碧朵齐翁"
    # and Uyghur and Kazakh names (阿依古丽·买买提, 热依拉, 阿不都热合曼, 古丽汗)
    "依买吐热木孜玉素甫吾拜合不都力汗罕山江别叶再"
    # and Arabic ones (哈立德·奥泰比, 穆罕默德, 阿卜杜拉, 易卜拉欣, 优素福, 侯赛因)
    "立默卜欣优侯易"
)
# The openings and endings of Uyghur and Kazakh names written without a dot (联合创始人阿依古丽,
# 创始人 阿依努尔): a name that no Han surname starts.
_TURKIC_NAME = re.compile(
    r"(?:阿依|热依|迪丽|帕提|阿不都|阿布都|买买提|艾尔肯|吐尔逊|库尔班|玛依|再努|努尔)"
    r"[\u4e00-\u9fff]{1,4}"
)
_TURKIC_ENDS = re.compile(r"古丽(?:汗|娜|扎尔)?|努尔|江|提|拉|汗|力|尔")
# Parts are bounded: unbounded, a long run of Han characters with no dot is tried from every
# position to its end (quadratic).
_DOTS = "·•・‧"
# The first part possessive: only a dot may follow it, so giving characters back cannot help.
_FOREIGN = re.compile(rf"[\u4e00-\u9fff]{{1,16}}+(?:[{_DOTS}][\u4e00-\u9fff]{{1,16}})+")
# Every _FOREIGN match's first dot stands 1-16 characters after its start.
_DOT = re.compile(rf"[{_DOTS}]")


def foreign_names(text: str) -> set[str]:
    """Transliterated names written with a middle dot: the longest run around the dot whose
    characters are all ones transliterations use (前西门子员工蒂莫·克劳斯 → 蒂莫·克劳斯); and
    Uyghur and Kazakh names written without one (阿依古丽)."""
    found = _turkic_names(text)
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


def _turkic_names(text: str) -> set[str]:
    """Names that open as Uyghur and Kazakh names do, up to the last of their usual endings
    among the transliteration characters that follow (阿依古丽，前… → 阿依古丽)."""
    found: set[str] = set()
    for match in _TURKIC_NAME.finditer(text):
        run = match.group()
        i = 0
        while i < len(run) and run[i] in _TRANSLITERATION:
            i += 1
        endings = list(_TURKIC_ENDS.finditer(run, 2, i))
        # (古丽 and 努尔 end a name for sure: 阿依努尔提出了… is 阿依努尔, then 提出)
        gul = [m.end() for m in endings if m.group().startswith(("古丽", "努尔"))]
        end = gul[-1] if gul else (endings[-1].end() if endings else 0)
        if end >= 3 and text[match.start() + end : match.start() + end + 1] not in _DOTS:
            found.add(run[:end])  # (a dot after it: the dotted reading takes the whole name)
    return found


# A person's Latin-script name in Chinese text: an English given name and one or two
# capitalised words (联合创始人 Leo Zhang, 请来了Alan Hsu担任CTO).
# (a hyphenated part is one part: Khalid Al-Otaibi, Jean-Luc Picard)
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9&.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)((?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
    r"(?![A-Za-z0-9&-])"
)


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
