"""Candidate names found by what the text says of them, whatever their ending (成立于, 领投)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.employers import KIND_OF_COMPANY, describes_employer
from pedigree.ingest.text.zh.lexicon import (
    COLLEAGUES_AFTER,
    DEPARTMENT,
    PLACED_UNIT,
    TITLE,
    TITLE_WORD,
)
from pedigree.ingest.text.zh.name_candidates import dictionary, is_han, word_frequency
from pedigree.ingest.text.zh.org_endings import (
    COUNTED,
    DESCRIBES_NEXT,
    GENERIC_HEAD,
    LEFT_STOPS,
    NEAR,
    head_score,
)
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES, SUFFIX_PATTERN
from pedigree.ingest.text.zh.org_words import common_words_only

# After a name, words that only a company or organisation takes.
ORG_VERBS = re.compile(
    r"^(?:[（(][^)）]{1,40}[)）])?[，,]?(?:已于|已|近日|日前|今日|昨日|于近期|于\d{4}年|在\d{4}年|本月|本周|"
    r"近期|刚刚|今年\d{0,2}月?|去年\d{0,2}月?|\d{1,2}月|很快|已经|也|还|再次)?"
    r"(?:完成|获得|获|宣布|成立|推出|发布|拿下|拿到(?![^，。；,;]{0,6}(?:博士|硕士|学士|学位|offer))|的创始人|创始人|创办人|联合创始人|是一家|总部|旗下|估值|营收|"
    r"的营收|的收入|的估值|通过|得到|递交|提交|上市|的产品|的用户|披露|公布|发布了|宣布了|"
    r"融资|的融资|的估值|领投|跟投|参投|的产品|的首款|的核心|的主力|的团队|团队|方面|目前|的办公室)"
)


STAFF_TITLE = re.compile(
    r"^(?:的)?(?:[\u4e00-\u9fff]{1,8}?(?:事业部|事业群|部门|部|中心|研究院|实验室|团队)的?)?"
    r"(?:首席|主任|高级|资深)?(?:创始合伙人|管理合伙人|合伙人|董事总经理|执行董事|投资总监|投资经理|副总裁|总裁|董事长|"
    r"总经理|副总经理|CEO|CTO|COO|CFO|首席[\u4e00-\u9fff]{1,4}官|联合创始人|共同创始人|联合创办人|"
    r"共同创办人|创始人|创办人|研究员|"
    r"工程师|产品经理|总监|负责人|分析师|经济学家|策略师|"
    # (长庚纪念医院主治医师, 日月光处长, 香港故宫文化博物馆策展人)
    r"主治医师|主任医师|医师|护士长|药剂师|策展人|律师|会计师|处长|协理)"
)


# What only an organisation does, right after its name: raise money, be founded, have founders.
_NAME_BEFORE = re.compile(
    r"(?:(?:又|再|也|还|均|都|刚|已经|已|曾经|曾|先后|此前|随后|累计|陆续|相继|近日|日前|刚刚|今天|今日|本月|本周|近期|昨日|昨天|(?:今年|去年)?\d{1,2}月|"
    r"\d{4}年\d{0,2}月?)?"
    # (a figure's thousands comma is no clause's end: 完成8,000万元A轮)
    r"(?:正式)?(?:宣布)?(?:完成|获得|拿下|拿到|斩获|获投|收获|得到|取得)了?"
    r"(?:[^，。；,;]|(?<=\d),(?=\d{3})){0,16}?(?:融资|轮|投资)(?!人|者|方))"
    r"|(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?(?:份)?(?:在[^，。；,;]{1,8})?(?:注册)?成立|成立于)"
    # 2022年3月，格物方舟在成都注册成立: the year before the name, the place after it
    r"|(?:正式)?在[\u4e00-\u9fff]{2,6}(?:注册成立|正式成立|成立)(?!以来|之初|之前|之后|前|后|时|的)"
    r"|(?:的(?:联合|共同)?(?:创始人|创办人)|(?:联合|共同)?(?:创始人|创办人)(?:兼|暨))"
    # 对话绣野创始人杨芷：…: a headline's company, its founder, then what they said
    r"|(?:联合|共同)?(?:创始人|创办人)(?=[\u4e00-\u9fff]{2,3}[：:])"
    # 芥子座舱由前理想汽车座舱产品总监岳凌与…共同创立: founded by the people named after it
    # (广聆于2021年由…共同创立: the year first)
    r"|(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?)?(?:由[^，。；,;]{2,40}?(?:共同|联合|一起)?"
    r"(?:创立|创办|创建|发起成立)(?![人者]))"
    # 栖禾康复是一家社区康复诊所连锁: what the name is, a kind of firm
    r"|(?:是一家|是一间|为一家)(?=[^，。；,;]{0,24}?(?:公司|企业|连锁|品牌|平台|机构|工作室|服务商"
    r"|供应商|制造商|开发商|运营商|初创|创企|诊所|门店|工厂|厂商))"
)
# Every _NAME_BEFORE match holds one of these words, at most 21 characters from its start
# (于2024年12月份在XXXXXXXX注册成立); they may overlap (收获得), hence the lookahead.
# Where one of the words starts (完成|获得|…|由): each match is the word's first character, the
# rest looked ahead, so that re scans for the first characters in C and overlapping words are
# all found, as the lookahead alone (tried at every character) found them.
_NAME_BEFORE_CORE = re.compile(
    r"完(?=成)|获(?=得|投)|拿(?=下|到)|斩(?=获)|收(?=获)|得(?=到)|取(?=得)|成(?=立)|创(?=始人|办人)|由"
    r"|正(?=式在)|在(?=[\u4e00-\u9fff]{2,6}(?:注册|正式)?成立)"
    r"|是(?=一[家间])|为(?=一家)"
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
        rf"{verb}(?![人者之于的时前后证资总经主专负事部工申])了?"
        for verb in (
            "创办",
            "创立",
            "创建",
            "注册",
            "打造",
            "加入",
            "加盟",
            "进入",
            "入职",
            "转投",
            "转战",
            "任职于",
            "就职于",
            "供职于",
            "效力于",
            "受雇于",  # 他任职于马士基（Maersk）亚太区
        )
    )
    + "|"
    + "|".join(  # 两人共同成立谱拓生命: what people founded together
        rf"{how}成立(?!了?[于以])了?" for how in ("共同", "联合", "合伙", "一起", "一同")
    )
    + r"|成立了|研发商|运营商|制造商|服务商|开发商|提供商|厂商|创企|初创公司|初创企业|新锐|独角兽"
    # 转身创业，成立本草智医（Herbmind）: founded, and the name right after, glossed in English
    + r"|(?<=[，,。；;\s])成立(?=[\u4e00-\u9fff]{2,8}[（(][A-Za-z])"
)
# A list of investors before 领投/跟投: 顺为资本、复星锐正跟投 — each item a name.
# (an item holds no 由 or verb of raising: 凛泉刚拿下由拾穗资本领投 names 拾穗资本 alone)
_ITEM = r"(?:(?!由|拿下|拿到|获得|完成)[\u4e00-\u9fffA-Za-z0-9]){2,10}"
_INVESTOR_LIST = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s]|由|是|为))(?P<names>(?![由是为]){_ITEM}"
    # an item may be a fund of a parent: 宁德时代旗下的问鼎投资
    rf"(?:(?:、|和|与|及)(?:{_ITEM}旗下的?)?{_ITEM}){{0,6}})"
    r"(?=(?:联合领投|共同领投|领投|跟投|参投|继续追投|追投|继续加注|加注"
    r"|参与(?:[，。；,;]|$|了?(?:本轮|投资|融资))))"
)
_NAME_END = re.compile(
    r"[，。；,;：:、（(“”「」\s]|的|并|后|于|在|是|和|与|及|已|将|也|还|都|正|目前|如今|近日|日前|今日|近期|"
    r"前[，,]|之前|以前|时[，,]|期间|担任|出任|任职|"  # 创立云杉前，她在…; 加入沐电担任…
    r"任(?=[A-Z]{2,4}|首席|总|副|董事|合伙人|经理|主管|高级)|"  # 加入芯衍任COO
    r"今年|去年|本月|刚刚|正式|宣布|完成|获得|$"
)


# A name never starts with a function word or a pronoun: 则带有…, 本集团前, 该公司.
_NOT_NAME_START = (  # (时 of 时任, but not of 时代天使); searched, so the count is anywhere
    r"^(?:[已于的在是了人者之后以这那该其他她我你此则就也还都才又再便即却但而并且被把将让给"
    r"对向从自为因由与和及或]|时(?!代)"
    # (本集团, 本轮, 本公司: "this"; but 本草智医 is a name)
    r"|本(?=公司|集团|轮|次|届|期|人|月|年|周|文|刊|报|行|所|院|校|基金|项目|团队|系列|土|地|身))"
    # 另外有一位家族办公室: a count of people, never inside a name
    r"|[一两二三四五六七八九十几数多](?:个|位|名|批|群)"
    # 此前网传澜蹊已获得…: hearsay, then the name it is about
    r"|网传|据传|传闻|风传|据悉|据称"
    # 是当时喜茶的采购总监: when, then the name
    r"|^(?:当时|那时|彼时|此时|届时|当年|如今|目前)"
)
# A time written where a name was looked for (创办三年, 成立了半年多, 2019年, 月底): never a name;
# 年 and 月 inside a name (悠年旅居, 月之暗面) are no time.
_TIME_WORD = (
    r"[一二两三四五六七八九十百千万几半多数个每今去明前后当同近上下本整全周]\s?[年月]"
    r"|年(?:[初底末中内间后前来里半多份度轻龄纪薪]|$)|月(?:[初底末中内间后前来里半多份度]|$)"
)
_NOT_A_NAME = _NOT_NAME_START + r"|\d|" + _TIME_WORD
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
_FIELD_END = re.compile(r"(?:行业|领域|赛道|产业|一线|基层|体制内|业内|圈)$")
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
    rf"(?:部|线|中心|区|区域|业务|服务|方向|领域|模型|项目|团队|组|首席|高级|资深|事业群|实验室|部门|{DEPARTMENT})$"
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
            and not re.search(_NOT_NAME_START + _DATE_PART, place)
            and not COUNTED.search(place)
            and not _UNIT_END.search(place)
            and not _REGION.fullmatch(place)  # 出任亚太临床营运经理: a region's post
            and not KIND_OF_COMPANY.search(place)  # 是跨境支付初创企业汇栎科技的创始人
            and not re.search(TITLE_WORD + r"|兼$|公司", place)  # 董事长兼CEO: two posts
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


_NOT_A_FIRM = re.compile(_NOT_A_NAME + r"|兼$|创始人|创办人|董事|总裁|经理|总监|合伙人|C[ETOF]O")


@lru_cache(maxsize=4)  # asked for candidates, then again for their evidence
def quoted_firms(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The firms of the sources a story quotes (_EXPERT_AT), each cut after its own ending
    where a unit follows it unmarked (中信建投证券|非银金融首席分析师)."""
    found = []
    # _EXPERT_AT.finditer(text), tried only before its posts: the pattern opens with
    # lookbehinds and a name of any characters, which the plain scan tried at every position.
    for match in matches_before(_EXPERT_AT, _EXPERT_POST, text, -1, _EXPERT_LEAD):
        name, start = match.group("name"), match.start("name")
        if start not in starts or re.search(_NOT_A_FIRM, name):
            continue  # not 联合创始人兼|总裁戈文博表示: a post of one's own company
        inner = [m for m in SUFFIX_PATTERN.finditer(name) if 2 <= m.end() < len(name)]
        if inner and len(name) - inner[-1].end() <= 6 and inner[-1].start() >= 2:
            name = name[: inner[-1].end()]
        found.append((name, (start, start + len(name))))
    return tuple(found)


_NAMED_AFTER_DESCRIPTION = re.compile(
    r"[^，。；,;“”]{1,16}?的(?P<name>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z0-9]{1,15})(?=[，。；,;]|$)"
)


# … and after 创办的, before what the company does: 他创办的秒枢做企业流程自动化.
_FOUNDED_THE = re.compile(
    r"(?:创办|创立|创建)的(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9]{1,15})"
    # (她創辦的騎跡運動（RideTrace）: its English name in brackets next)
    r"(?=主打|主营|专注|致力|聚焦|面向|做|是|已|目前|正在|于|在|获|完成|推出|[，。；,;]"
    r"|[（(][A-Za-z])"
)


# … and after 投资方为: 投资方为启明创投和GGV纪源资本, 出资方为险峰长青.
# 同样做越野跑服饰的峰刃，创办人…, 今年初开业的医美诊所「澄肌」，创办人…: a company described,
# named at the clause's end, then its founder's title opening the next clause.
_DESCRIBED_FOUNDER_AFTER = re.compile(
    r"的(?:初创|新创|新锐)?(?:[^，。；,;「」“”]{0,10}[「“](?=[^」”]{2,8}[」”]))?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8})[」”]?"
    r"[，,](?:其|该公司)?(?:另一位)?(?:联合|共同)?(?:创始人|创办人)"
)
# 循金科技亦在研发类似设备，其创办人…: a company's name with its ending, what it does, then its
# founder ("its") opening the next clause.
ITS_FOUNDER_NEXT = re.compile(r"[^，,。；;]{0,14}[，,]其(?:另一位)?(?:联合|共同)?(?:创始人|创办人)")
_SUFFIXED_THEN_ITS_FOUNDER = re.compile(
    rf"(?:^|(?<=[，,。；;：:\s])|(?<=公司|企业|品牌))(?P<name>[\u4e00-\u9fff]{{2,6}}?(?:{SUFFIX_PATTERN.pattern}))"
    + ITS_FOUNDER_NEXT.pattern
)
_PERSON_NOUN_END = re.compile(
    rf"(?:医生|医师|老师|教师|律师|工程师|设计师|研究员|教授|博士|硕士|专家|学者|创业者|从业者|员工|老兵"
    rf"|{TITLE_WORD})$"
)
_INVESTORS_NAMED = re.compile(
    r"(?:投资方|出资方|投资机构|投资人|参投方|认购方)(?:为|是|包括|有)\s?(?P<names>"
    r"[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z0-9]{2,12}){0,6})"
    r"(?=[，。；,;]|$)"
)


_LIST_CUES = ("领投", "跟投", "参投", "追投", "加注", "参与")
_NAMED_CUES = ("投资方", "出资方", "投资机构", "投资人", "参投方", "认购方")


@lru_cache(maxsize=8)  # asked for candidates, then again for the list's members
def listed_investors(text: str, starts: frozenset[int]) -> tuple[tuple[str, tuple[int, int]], ...]:
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
        if re.search(r"(?:未|没|没有|并未|不)$", names):
            continue  # 华兴资本未参与本轮: a denial, and no part of the name
        for item in re.split(r"(、|和|与|及|旗下的?)", names):
            name = re.sub(r"(?:联合|共同|继续|一同|一起|以个人名义|以个人身份)$", "", item)
            # (天使投资者罗启华: a person, named after what they are — no firm)
            if re.match(r"(?:天使|个人|知名|资深)?投资(?:者|人)", name):
                position += len(item)
                continue
            if (
                item not in ("、", "和", "与", "及", "旗下", "旗下的")
                and 2 <= len(name) <= 10
                and not re.search(_NOT_A_NAME + r"|老股东|股东|本轮", name)
                and position in starts
            ):
                found.append((name, (position, position + len(name))))
            position += len(item)
    return tuple(found)


# What is said right after where someone worked or left: 离职, 任职, 时 (在博智林时).
WORKED_OR_LEFT = r"离职|离开|工作|任职|就职|担任|出任|任|做|负责|时|期间"
# 从碧桂园旗下的博智林离职: a unit a company owns, named where someone worked or left
_OWNED_UNIT = re.compile(
    rf"[\u4e00-\u9fffA-Za-z]旗下的?(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?={WORKED_OR_LEFT})"
)
# An English name in brackets after a Chinese one: (HarbourVolt)
_GLOSS_BEFORE = re.compile(r"[（(][A-Za-z][A-Za-z0-9 .&'-]{0,38}[)）]$")
# 这家芯粒（Chiplet）互连IP公司: what a company is (a short Latin word and 公司, or after 这家)
_KIND_NOT_NAME = re.compile(r"[A-Za-z]{1,5}(?:公司|企业)")
_THIS_KIND = re.compile(r"(?:这|那|该|此)(?:家|间)[^，。；,;]{0,16}$")


_ROUNDUP_ENTRY = re.compile(
    r"^[ \t]*[·•▪*-][ \t]*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8})[：:]"
    r"(?=[^\n]{0,40}?(?:完成|获得?|拿到|宣布)[^。\n]{0,16}?(?:融资|轮))",
    re.M,
)


# A listing code after a name: （股票代码：02875.HK）, (09988.HK), （纳斯达克：XPEV）.
TICKER = re.compile(
    r"[（(](?:股票代码|股份代号|证券代码|代码|港交所|纳斯达克|纽交所|NASDAQ|NYSE|HKEX)?\s?[：:]?\s?"
    r"(?:\d{4,6}(?:\.(?:HK|SH|SZ|BJ|TW))?|[A-Z]{2,5}(?:\.[A-Z]{1,2})?)[)）]"
)


def _listed_at(text: str) -> list[int]:
    """Where a listed company's name ends: right before its ticker (鼎焱消防（300917.SZ）), one
    with an exchange or a code word — not a bare (2019) or (CTO)."""
    if "." not in text and "代码" not in text and ":" not in text and "：" not in text:
        return []  # (asked once, in C)
    return [m.start() for m in TICKER.finditer(text) if re.search(r"[.:：]", m.group())]


def _not_a_name(text: str, start: int, end: int, starts: set[int] | frozenset[int]) -> bool:
    """Whether text[start:end] cannot be a name: it opens with a word that opens no name (已,
    在, 再 …) or holds a figure or a time — unless the segmenter keeps it whole as a word the
    dictionary lacks (再舍 in 创办再舍的, 再舍在2021年成立: a coined brand, not "again")."""
    name = text[start:end]
    if not re.search(_NOT_A_NAME, name):
        return False
    coined = (
        2 <= len(name) <= 4
        and all(is_han(c) for c in name)
        and start in starts
        and end in starts
        and not any(p in starts for p in range(start + 1, end))
        and not dictionary()[0].get(name)
    )
    return not coined or bool(re.search(r"\d|" + _TIME_WORD, name))


def context_candidates(text: str, starts: set[int]) -> dict[str, list[tuple[int, int]]]:
    """Names found by what is said of them, whatever their ending: 恒擎空间成立于2021年,
    研发商恒擎空间本月宣布完成…融资, 喻昭宁是晶衍智药的创始人."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    weak: dict[str, list[tuple[int, int]]] = defaultdict(list)  # named in everyday words
    for end in sorted([m.start() for m in _names_before(text)] + _listed_at(text)):
        gloss = _GLOSS_BEFORE.search(text, max(0, end - 42), end)
        if gloss:
            end = gloss.start()  # 港渡电能（HarbourVolt）创办人兼…: the name before its English
        best, best_score = None, float("-inf")
        for start in range(end - 2, max(-1, end - 9), -1):
            if start < 0 or not (is_han(text[start]) or text[start].isalnum()):
                break
            if start not in starts and not LEFT_STOPS.search(text[max(0, start - 6) : start]):
                continue
            score = head_score(text, start, end, end)
            if score > best_score:
                best, best_score = start, score
            if LEFT_STOPS.search(text[max(0, start - 6) : start]):
                break
        name = text[best:end] if best is not None else ""
        if name and not (is_han(name[-1]) or name[-1].isalnum()):
            continue
        if name[-1:] in ("任", "为", "是", "系", "以"):
            continue  # 喻澜任联合创始人, 罗芷蘅以共同创办人暨…身分: a person, then the post's verb
        if re.search(r"[已在于将正也还又再均都曾亦仍并且]$", name):
            continue  # 栗栎已在去年11月完成…: the name, then an adverb or a preposition
        if name[-1:] in ("前", "后", "时", "中") and text[best - 1 : best] in ("于", "在"):
            continue  # 肤衡医疗已于路演前完成…融资: when, not who
        if _KIND_NOT_NAME.fullmatch(name) or (
            name.endswith(("公司", "企业")) and _THIS_KIND.search(text, max(0, best - 18), best)
        ):
            continue  # 这家芯粒（Chiplet）互连IP公司已完成…: what the company is, not its name
        if (
            name
            # (a four-character name after a comma scores 0.8; one glossed in English is
            # a name however long: 跃劲儿童体育（LeapKids Sports）创办人兼…)
            and best_score + (1.5 if gloss else 0) >= 0.75
            and name == name.strip()
            and not _not_a_name(text, best, end, starts)
        ):
            found[name].append((best, end))
        elif (
            2 <= len(name) <= 5
            and all(is_han(c) for c in name)
            and best_score >= -1.5
            and not GENERIC_HEAD.match(name)
            and not _not_a_name(text, best, end, starts)
        ):
            weak[name].append((best, end))
    # 月亮船完成2.6亿元B轮融资 … 作为月亮船的创始人兼CEO: a name made of everyday words, in two or
    # more of the frames only a company stands in, is a name
    for name, places in weak.items():
        if len(set(places)) >= 2:
            found[name].extend(places)
    # · 碳翎新材：风电叶片芯材供应商，获8000万元Pre-A轮融资: a roundup's entry names the company
    if "融资" in text or "轮" in text:  # (an entry reports a round: asked once, in C)
        for match in _ROUNDUP_ENTRY.finditer(text):
            found[match.group("name")].append(match.span("name"))
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
                and start + k in starts
                and (k == 0 or describes_employer(place[:k]))
                and not _FIELD_END.search(name)  # 在暖通行业待了十年: a field, no employer
                and "的" not in name  # (美国西雅图的微软: a description, then the name)
                and not re.search(_NOT_NAME_START + "|" + _TIME_WORD, name)
                and not COUNTED.search(name)
            ):
                if k and common_words_only(name):
                    break  # 在美心集团中央厨房做…: the group's unit, in common words, no name
                owner = _OWNER_OF_UNIT.fullmatch(place[:k]) if PLACED_UNIT.match(name) else None
                if owner is not None:
                    # 在日本达亿瓦（Daiwa）的苏州工厂担任: the company whose plant it is
                    name, start, k = owner.group("owner"), start + owner.start("owner"), 0
                    found[name].append((start, start + len(name)))
                    break
                found[name].append((start + k, match.end("place")))
                break
    if "旗下" in text:
        for match in _OWNED_UNIT.finditer(text):
            if match.start("name") in starts or text[match.start("name") - 1] == "的":
                found[match.group("name")].append(match.span("name"))
    for name, span in posts_held(text, frozenset(starts)):
        found[name].append(span)
    for name, span in listed_investors(text, frozenset(starts)):
        found[name].append(span)
    for name, span in quoted_firms(text, frozenset(starts)):
        found[name].append(span)
    for pattern in (_LATIN_ORG, _LATIN_FOUNDED):
        for match in pattern.finditer(text):
            found[match.group("name")].append(match.span("name"))
    for match in _SUFFIXED_THEN_ITS_FOUNDER.finditer(text):
        start, end = match.span("name")
        if start in starts and not _not_a_name(text, start, end, starts):
            found[match.group("name")].append((start, end))
    if "的" in text:
        for match in _DESCRIBED_FOUNDER_AFTER.finditer(text):
            start, end = match.span("name")
            if _PERSON_NOUN_END.search(match.group("name")):
                continue  # 是科班出身的正畸医生，联合创始人…: what someone is, no company
            if start in starts and not _not_a_name(text, start, end, starts):
                found[match.group("name")].append((start, end))
        for match in _FOUNDED_THE.finditer(text):
            start, end = match.span("name")
            if start in starts and end in starts and not _not_a_name(text, start, end, starts):
                found[match.group("name")].append((start, end))
    for match in _NAME_AFTER.finditer(text):
        start = match.end()
        described = KIND_OF_COMPANY.match(text, start)
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
            if named and not re.search(_NOT_A_NAME, named.group("name")):
                found[named.group("name")].append(named.span("name"))
            continue
        if (
            2 <= len(name) <= 8
            and all(is_han(c) or c.isalnum() for c in name)
            and not _not_a_name(text, start, end, starts)
            and not DESCRIBES_NEXT.match(text, end)  # 创办法遵科技（RegTech）新创「律衡数据」
        ):
            found[name].append((start, end))
    return found


# Around a brand written alone, what only a company has: someone working or founding there
# (进雷亚, 在雾灯的三年), being founded (雾灯是你一个人创办的吗), a post, a round, a result.
_BRAND_JOB_BEFORE = re.compile(
    r"(?:在|进|进入|加入|加盟|离开|离职|从|创办|创立|创办了|创立了|投资了?|投了|领投了?)\s?$"
)
_BRAND_AFTER = re.compile(
    r"是[^，。；？?,;]{0,10}(?:创办|创立|成立)|(?:[，,]?(?:于\d{4}年)?(?:创办|成立|创立)于)"
)


def framed_brand(text: str, brand: str, places: list[tuple[int, int]]) -> float:
    """+1 for each place the brand alone is framed as a company (at most 2)."""
    inside = {i for s, e in places for i in range(s, e)}
    low, high = max(0, places[0][0] - NEAR), places[-1][1] + NEAR
    found = 0
    at = text.find(brand, low, high)
    while at >= 0 and found < 2:
        end = at + len(brand)
        if at not in inside and (
            _BRAND_JOB_BEFORE.search(text, max(0, at - 4), at)
            or ORG_VERBS.match(text, end)
            or STAFF_TITLE.match(text, end)
            or _BRAND_AFTER.match(text, end)
        ):
            found += 1
        at = text.find(brand, end, high)
    return found
