"""Where someone worked, found by what the text says was done there: 在X担任, 曾任X的总监,
前X产品总监, 从X旗下的Y离职, 加入 Meta — whatever the name's ending."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.employers import KIND_OF_COMPANY, describes_employer
from pedigree.ingest.text.zh.lexicon import (
    COLLEAGUES_AFTER,
    DEPARTMENT,
    PLACED_UNIT,
    TITLE,
    TITLE_WORD,
)
from pedigree.ingest.text.zh.name_candidates import is_han, word_frequency
from pedigree.ingest.text.zh.name_shape import NOT_NAME_START, TIME_WORD
from pedigree.ingest.text.zh.org_endings import COUNTED
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES
from pedigree.ingest.text.zh.org_words import common_words_only

_LATIN_LED = re.compile(r"[A-Za-z0-9]{1,4}[\u4e00-\u9fff]{2,4}")  # 58同城, 3M中国
_AT_WORK = re.compile(
    r"(?:(?:(?<=[，,。；;：:\s他她我年])|^)(?:先|后|之后|随后|后来|然后|曾|此前|之前|曾经|早年)?"
    # 路晓东曾在58同城担任; 毕业后在坚美铝业做了五年: after a step of a career
    r"|曾|此前|之前|曾经|早年|先后|毕业后|回国后|之后|随后|后来"
    # 储一帆在国际纸业…实习, 目前仍在…任职: after a name or an adverb of time (not 从未在, 不在,
    # 正在, 现在: a negation's or a word's own 在)
    r"|(?<=[\u4e00-\u9fff])(?<![未不没从正现并尚所存实])(?=在))(?:在|于)\s?"
    r"(?P<place>[^，。；,;：:在于\s]{2,18}?)\s?"
    # (在昕诺飞（原飞利浦照明）担任: a bracket between)
    rf"(?=(?:[（(][^）)\n]{{1,16}}[）)])?(?:做了|做过|工作|担任|任职|待了|干了|实习|负责)\S"
    rf"|{COLLEAGUES_AFTER}"
    # 此前在帝斯曼任研发经理, 在西门子做产品经理: a post held there, named after 任 or 做
    rf"|[任做][^，。；,;：:的在于\s]{{0,6}}?{TITLE_WORD})"
)
# (在暖通行业待了十年, 在制酒车间干了14年: a field, or a workshop of the employer just named)
_FIELD_END = re.compile(r"(?:行业|领域|赛道|产业|一线|基层|体制内|业内|圈|车间|生产线|产线|班组)$")
_OWNER_OF_UNIT = re.compile(
    r"(?:日本|美国|德国|法国|英国|韩国|瑞士|瑞典|荷兰|丹麦|意大利|芬兰)?"
    r"(?P<owner>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:\s?[（(][A-Za-z][^（()）]{0,30}[)）])?的"
)
# Every _AT_WORK match holds 在 or 于 after a word of at most three characters (毕业后), or none:
# it starts 0-3 characters before one of them.
_AT_WORK_AT = re.compile(r"[在于]")
# A post held at a name the text gives nowhere else: 此前是极智嘉的运动控制负责人, 曾任极智嘉科技
# 技术负责人, 前三只松鼠产品总监 — a verb of office (or "former") before the name, and after it the
# post, with 的 or with a department first. A unit of an employer named earlier in the sentence
# stands in the same place (在华为海思担任车规芯片产品线总监), so a verb of office counts only where
# no employer came before it in the sentence, and a name ending as units do is none.
# (前 and 原 open their alternatives and look behind from after them, at the start of the text or
# after a mark or a word: each alternative opens with a character, so re scans for them in C
# instead of trying the pattern at every position.)
_ACADEMIC_POST = r"(?:教授|副教授|助理教授|讲师|副研究员|研究员|院长|副院长|博导)"
_POST_HELD = re.compile(
    r"(?P<verb>是|曾任|担任|出任|现任|时任|历任|任(?<=年任)|任(?<=此前任)|任(?<=之前任)"
    r"|为(?<=此前为)|为(?<=曾为)"
    r"|前(?<![^：:，,、（(\s是为由与和及了]前)|原(?<![^：:，,、（(\s是为由与和及了]原))"
    r"\s?(?P<place>(?![前原])[^，。；,;：:的在于\s]{2,12}?)(?<![前原])\s?"
    # (光明乳业研发中心总监: a department's unit between)
    # (易鑫集团华中区风控总监: a region first; 研发中心高级科学家: a rank after the unit)
    rf"(?=的(?:{TITLE.pattern})|(?:[\u4e00-\u9fff]{{2,3}}区)?(?:高级|资深)?(?:{DEPARTMENT}){{1,2}}"
    rf"(?:中心|部门|部|团队)?(?:高级|资深|首席|副)?{TITLE_WORD}"  # (研发中心副主任)
    # 曾任平安产险副总经理: an executive's post needs no department before it
    r"|(?:执行|常务|高级)?(?:副总经理|总经理|副总裁|总裁|董事长|总工程师|首席[\u4e00-\u9fff]{1,4}官"
    r"|处长|厂长|协理"
    # 前平安产险农险事业部副总经理: a business unit, then its post
    r"|[\u4e00-\u9fff]{1,6}?(?:事业部|事业群)(?:执行|常务|高级|资深)?(?:副总经理|总经理|副总裁|总监"
    r"|负责人|经理)"
    r"|C[ETOFP]O"
    # 是江南大学食品学院教授: a university (or its faculty), then an academic post
    r"|(?<=大学)(?:[\u4e00-\u9fff]{1,8}?(?:学院|系|研究院|研究所))?"
    + _ACADEMIC_POST
    + r"|(?<=学院)"
    + _ACADEMIC_POST
    + r"))"
)
_REGION = re.compile(
    r"(?:亚太|亚洲|大中华|大中华区|中国区|华东|华南|华北|华中|华西|西南|西北|东北|东南亚|北美|南美|拉美|欧洲"
    r"|欧美|中东|非洲|海外|全球|国际|国内|日本|韩国|美国|香港|台湾|大陆|内地)区?"
)
_DATE_PART = r"|(?:^|[\d一二三四五六七八九十两])[年月]|年"
_UNIT_END = re.compile(
    r"(?:部|线|中心|区|区域|业务|服务|方向|方面|领域|模型|项目|团队|组|首席|高级|资深|事业群|实验室|部门|"
    rf"{DEPARTMENT})$"
)
_EMPLOYER_BEFORE = re.compile(
    r"加入|加盟|进入|转投|入职|转战|离开|任职|工作|一做|一干|待了|干了|做了|"
    # (not 在某大学获得博士学位: a school)
    r"[在于](?![^，。；,;]{2,16}?(?:获得|获|拿到|取得|攻读|读完?|毕业|学习))"
)


@lru_cache(maxsize=4)  # asked for candidates, then again for their evidence
def latin_framed(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """Latin names framed as an organisation (在 SHEIN 担任, 在美国宠物诊断巨头IDEXX（爱德士）
    担任, 任丹麦口扫厂商3Shape中国区总经理), with their spans."""
    return tuple((m.group("name"), m.span("name")) for m in _LATIN_ORG.finditer(text))


def posts_held(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
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
            # (江南大学|教授: jieba's 大学教授 hides where the name ends)
            and (end in starts or place.endswith(("大学", "学院")))
            and (all(is_han(c) for c in place) or _LATIN_LED.fullmatch(place))
            # (a date's 年 or 月, not the 月 of 日月光)
            and not re.search(NOT_NAME_START + _DATE_PART, place)
            and not COUNTED.search(place)
            and not _UNIT_END.search(place)
            and not _REGION.fullmatch(place)  # 出任亚太临床营运经理: a region's post
            and not KIND_OF_COMPANY.search(place)  # 是跨境支付初创企业汇栎科技的创始人
            and not re.search(TITLE_WORD + r"|兼$|公司", place)  # 董事长兼CEO: two posts
            # (索菲亚家居|大客户部总经理: a known name and a stray character of the unit after it)
            and not (len(place) >= 3 and known_organization(place[:-1]))
            and not (
                verb not in "前原"
                and _EMPLOYER_BEFORE.search(text, sentence + 1, match.start())
                and not place.endswith(("大学", "学院"))  # (a university is no company's unit)
            )
        ):
            found.append((place, (start, end)))
    return tuple(found)


# A Latin name in Chinese text where an organisation stands: 在 SHEIN 担任, 加入 Meta, 由 IDG 领投.
_LATIN_ORG = re.compile(
    r"(?:(?:在|于|加入|任职于|就职于|供职于|前|原|曾任|(?<=[年此之])任|曾在|来自|出身|跳槽到|转投|由)\s?)"
    # (在美国宠物诊断巨头IDEXX, 任丹麦口扫厂商3Shape: a description of the firm between)
    r"(?:[\u4e00-\u9fff]{2,10}?(?:巨头|公司|厂商|企业|集团|品牌|平台|大厂)\s?)?"
    r"(?P<name>[A-Z0-9][A-Za-z0-9&.'-]*[A-Za-z](?:\s[A-Z][A-Za-z0-9&.'-]*){0,3}"
    r"(?:,?\s(?:Inc\.|Ltd\.|Limited|LLC|Co\.,\sLtd\.|Corporation|GmbH|AG|S\.A\.))?)"
    r"(?=(?:[（(][^）)\n]{1,16}[）)])?"
    r"\s?(?:担任|工作|任职|做|的|负责|领投|跟投|投资|合伙人|首席|高级|资深|"
    r"[\u4e00-\u9fff]{0,8}(?:经理|总监|负责人|工程师|专家|研究员|主管|主任|总裁|科学家|顾问|董事)))"
)


# What is said right after where someone worked or left: 离职, 任职, 时 (在博智林时).
WORKED_OR_LEFT = r"离职|离开|工作|任职|就职|担任|出任|任|做|负责|时|期间"
# 从碧桂园旗下的博智林离职: a unit a company owns, named where someone worked or left
_OWNED_UNIT = re.compile(
    rf"[\u4e00-\u9fffA-Za-z]旗下的?(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?={WORKED_OR_LEFT})"
)


def _glued_to_at(text: str, start: int, starts: set[int]) -> bool:
    """在昌南|瓷业: jieba glued 在 to the name's first characters, into no word it knows."""
    return (
        text[start - 1 : start] in ("在", "于")
        and start - 1 in starts
        and not word_frequency(text[start - 1 : start + 1])
        and not word_frequency(text[start - 1 : start + 2])
    )


def worked_at(text: str, starts: set[int]) -> Iterator[tuple[str, tuple[int, int]]]:
    """Employers named by what was done there (先在利丰做了三年采购, 在丹麦酶制剂公司诺维信担任)
    and units a company owns, named where someone worked or left (从碧桂园旗下的博智林离职)."""
    # _AT_WORK.finditer(text), tried only just before each 在 and 于: the pattern opens with a
    # lookbehind, which finditer tried at every position of the text.
    for match in matches_before(_AT_WORK, _AT_WORK_AT, text, 0, 3):
        # 先在利丰做了三年采购, 在丹麦酶制剂公司诺维信担任: an employer by what is done there.
        place, start = match.group("place"), match.start("place")
        for k in range(len(place) - 1):
            name = place[k:]
            # 曾在新瑞鹏宠物医疗集团担任: a longer name, whole, when it ends as names do
            long_name = k == 0 and len(name) <= 12 and name.endswith(ORG_SUFFIXES)
            if (
                (len(name) <= 6 or long_name)
                and (all(is_han(c) for c in name) or _LATIN_LED.fullmatch(name))  # 58同城
                and (start + k in starts or (k == 0 and _glued_to_at(text, start, starts)))
                and (k == 0 or describes_employer(place[:k]))
                and not _FIELD_END.search(name)  # 在暖通行业待了十年: a field, no employer
                and "的" not in name  # (美国西雅图的微软: a description, then the name)
                and not re.search(NOT_NAME_START + "|" + TIME_WORD, name)
                and not COUNTED.search(name)
            ):
                if k and common_words_only(name):
                    break  # 在美心集团中央厨房做…: the group's unit, in common words, no name
                owner = _OWNER_OF_UNIT.fullmatch(place[:k]) if PLACED_UNIT.match(name) else None
                if owner is not None:
                    # 在日本达亿瓦（Daiwa）的苏州工厂担任: the company whose plant it is
                    name, start, k = owner.group("owner"), start + owner.start("owner"), 0
                    yield name, (start, start + len(name))
                    break
                yield name, (start + k, match.end("place"))
                break
    if "旗下" in text:
        for match in _OWNED_UNIT.finditer(text):
            if match.start("name") in starts or text[match.start("name") - 1] == "的":
                yield match.group("name"), match.span("name")
