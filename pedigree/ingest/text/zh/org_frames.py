"""Candidate names found by what the text says of them, whatever their ending (成立于, 领投)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.employers import KIND_OF_COMPANY, describes_employer
from pedigree.ingest.text.zh.investor_frames import (
    funded_companies,
    listed_investors,
    quoted_firms,
)
from pedigree.ingest.text.zh.lexicon import ARM_POST, DEPARTMENT, TITLE_WORD
from pedigree.ingest.text.zh.name_candidates import is_han
from pedigree.ingest.text.zh.name_shape import NOT_A_NAME, not_a_name
from pedigree.ingest.text.zh.org_endings import (
    DESCRIBES_NEXT,
    GENERIC_HEAD,
    LEFT_STOPS,
    NEAR,
    head_score,
)
from pedigree.ingest.text.zh.org_forms import (
    FIGURE_ACRONYM,
    SUFFIX_PATTERN,
    longer_name_elsewhere,
)
from pedigree.ingest.text.zh.workplace_frames import latin_framed, posts_held, worked_at

# After a name, words that only a company or organisation takes.
ORG_VERBS = re.compile(  # (公司方面表示: the company's side; not 门店网络方面，…: "as for")
    # (简衿于2022年在广州成立, 穹测医学在武汉成立: a date, a place, then founded — not 在…成立了,
    # someone setting something up)
    r"^(?:(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?份?)?在[\u4e00-\u9fff]{1,8}?(?:注册)?成立"
    r"(?!以来|之初|前|后|时|了)|"
    r"(?:[（(][^)）]{1,40}[)）])?[，,]?(?:已于|已|近日|日前|今日|昨日|于近期|"
    r"(?:亦|也|已)?(?:(?:于|在)\d{4}年(?:\d{1,2}月)?|(?:于|在)?(?:今年|去年|前年)\d{0,2}月?(?:初|中|底)?)"
    r"|本月|本周|近期|刚刚|\d{1,2}月|很快|已经|也|亦|还|再次)?"
    r"(?:完成|获得|获|宣布|成立|推出|发布|拿下|拿到(?![^，。；,;]{0,6}(?:博士|硕士|学士|学位|offer))|的创始人|创始人|创办人|联合创始人|是一家|总部|旗下|估值|营收|"
    r"的营收|的收入|的估值|通过|得到|递交|提交|上市|的产品|的用户|披露|公布|发布了|宣布了|"
    r"融资|的融资|的估值|领投|跟投|参投|的产品|的首款|的核心|的主力|的团队|团队|方面(?![，,])|目前|的办公室|"
    r"被收购|被并购))"
)


STAFF_TITLE = re.compile(
    r"^(?:的)?(?:[\u4e00-\u9fff]{1,8}?(?:事业部|事业群|部门|部|中心|研究院|实验室|团队)的?)?"
    r"(?:首席|主任|高级|资深)?(?:创始合伙人|管理合伙人|合伙人|董事总经理|执行董事|投资总监|投资经理|副总裁|总裁|董事长|"
    r"总经理|副总经理|CEO|CTO|COO|CFO|首席[\u4e00-\u9fff]{1,4}官|联合创始人|共同创始人|联合创办人|"
    r"共同创办人|创始人|创办人|研究员|"
    r"工程师|产品经理|总监|负责人|分析师|经济学家|策略师|"
    # (长庚纪念医院主治医师, 日月光处长, 香港故宫文化博物馆策展人)
    r"主治医师|主任医师|医师|护士长|药剂师|策展人|律师|会计师|处长|协理|"
    r"(?:副)?秘书长|(?:副)?会长|(?:副)?理事长)"  # (华北玻璃行业协会秘书长: an association's)
)


# What only an organisation does, right after its name: raise money, be founded, have founders.
_NAME_BEFORE = re.compile(
    r"(?:(?:又|再|也|亦|还|均|都|刚|已经|已|曾经|曾|先后|此前|随后|累计|陆续|相继|近日|日前|刚刚|今天|今日|本月|本周|近期|昨日|昨天|(?:今年|去年)?\d{1,2}月|"
    # (亦于去年完成种子轮融资, 小树屋在2025年4月完成…: when, after 于 or 在)
    r"(?:亦|也)?(?:于|在)?(?:\d{4}年\d{0,2}月?|(?:今年|去年|前年)(?:\d{1,2}月)?(?:初|中|底)?))?"
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
    # 澄溪是邬若岚2021年在宁波创立的…品牌: what someone founded, said of the name
    r"|(?:是[^，。；,;的]{2,24}?(?:共同|联合|一起)?(?:创立|创办|创建)的)"
    # 栖禾康复是一家社区康复诊所连锁: what the name is, a kind of firm
    r"|(?:是一家|是一间|为一家)(?=[^，。；,;]{0,24}?(?:公司|企业|连锁|品牌|平台|机构|工作室|服务商"
    r"|供应商|制造商|开发商|运营商|初创|创企|诊所|门店|工厂|厂商))"
    # 陶维明是辉柏嘉中国区市场总监: a firm's China arm, then a post there
    rf"|(?=(?:{ARM_POST}))(?:中国区|大中华区|亚太区)"
)
# Every _NAME_BEFORE match holds one of these words, at most 21 characters from its start
# (于2024年12月份在XXXXXXXX注册成立); they may overlap (收获得), hence the lookahead.
# Where one of the words starts (完成|获得|…|由): each match is the word's first character, the
# rest looked ahead, so that re scans for the first characters in C and overlapping words are
# all found, as the lookahead alone (tried at every character) found them.
_NAME_BEFORE_CORE = re.compile(
    r"完(?=成)|获(?=得|投)|拿(?=下|到)|斩(?=获)|收(?=获)|得(?=到)|取(?=得)|成(?=立)|创(?=始人|办人)|由"
    r"|正(?=式在)|在(?=[\u4e00-\u9fff]{2,6}(?:注册|正式)?成立)"
    r"|是(?=一[家间]|[^，。；,;的]{2,24}?(?:创立|创办|创建)的)|为(?=一家)"
    r"|中(?=国区)|大(?=中华区)|亚(?=太区)"
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
    # 自己开了一家电梯配件贸易公司启航机电: a firm opened, described, then named
    + r"|开了一?家(?=[^，。；,;]{0,16}?(?:公司|工厂|厂|工作室|事务所|企业))"
    # 转身创业，成立本草智医（Herbmind）: founded, and the name right after, glossed in English
    + r"|(?<=[，,。；;\s])成立(?=[\u4e00-\u9fff]{2,8}[（(][A-Za-z])"
)
_NAME_END = re.compile(
    r"[，。；,;：:、（(“”「」\s]|的|并|后|于|在|是|和|与|及|已|将|也|还|都|正|目前|如今|近日|日前|今日|近期|"
    r"前[，,]|之前|以前|时[，,]|期间|担任|出任|任职|"  # 创立云杉前，她在…; 加入沐电担任…
    # 加入芯衍任COO, 加入澜木任生产副总裁
    r"任(?=" + DEPARTMENT + r"?(?:[A-Z]{2,4}|首席|总|副|董事|合伙人|经理|主管|高级))|"
    r"今年|去年|本月|刚刚|正式|宣布|完成|获得|$"
)


# 在深圳成立Kinetra，…: a Latin name a founding verb governs.
_LATIN_FOUNDED = re.compile(
    r"(?:创办|创立|成立|创建|联合创办|共同创办)了?\s?"
    r"(?P<name>[A-Z][A-Za-z0-9&.'-]*[A-Za-z0-9](?:\s[A-Z][A-Za-z0-9&.'-]*)?)"
    r"(?=\s?(?:[，,。；;（(]|公司|$))"
)


_NAMED_AFTER_DESCRIPTION = re.compile(  # (主打“泡泡+软体”的室内乐园品牌小象泡泡: words quoted)
    r"(?:[^，。；,;“”「」]|[“「][^，。；,;“”「」]{1,10}[”」]){1,16}?的(?P<name>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z0-9]{1,15})(?=[，。；,;]|$)"
)


# … and after 创办的, before what the company does: 他创办的秒枢做企业流程自动化.
# (韦澄去年创办的语音派对应用声动派对: what kind of thing it is, between)
_FOUNDED_THE = re.compile(
    r"(?:创办|创立|创建)的(?:[^，。；,;“”「」]{1,12}?(?:应用|平台|品牌|公司|App|APP|小程序|工作室|连锁"
    r"|工厂|模具厂|厂|作坊))?"  # (创办的五金模具厂立新模具)
    r"(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9]{1,15})"
    # (她創辦的騎跡運動（RideTrace）: its English name in brackets next)
    r"(?=主打|主营|专注|致力|聚焦|面向|做|是|已|目前|正在|于|在|获|完成|推出|[，。；,;]"
    r"|[（(][A-Za-z])"
)


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
# An English name in brackets after a Chinese one: (HarbourVolt)
_GLOSS_BEFORE = re.compile(
    rf"[（(](?!{FIGURE_ACRONYM}[)）])[A-Za-z][A-Za-z0-9 .&'-]{{0,38}}[)）]$"
)
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


# A demo-day post told in prose, a project per paragraph: 第一个登台的是豆匠云。, 第二个项目沙河豆花
# 来自成都本地, 最后一个项目是豆萌萌，做儿童豆制零食.
_INTRODUCES_PROJECT = (
    r"(?:(?:第[一二三四五六七八九十\d]{1,2}|最后一)个(?:登台|上台|出场|路演)?的?(?:项目)?(?:是|叫)?"
    r"|(?:登台|上台|出场)的是)\s?"
)
_PROSE_PROJECT = re.compile(
    _INTRODUCES_PROJECT
    + r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?=[。，,；;：:]|来自|做|专注|主打|由)"
)
PROSE_PROJECT_BEFORE = re.compile(_INTRODUCES_PROJECT + "$")


_ADVERB_END = re.compile(
    r"[已在于将正也还又再均都曾亦仍并且继自从就便才却]$|(?:此|之|早|先|目)前$|(?:实际|其实|确实|真正)$"
)


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
        if _ADVERB_END.search(name):
            continue  # 栗栎已在去年11月完成…, 萌算实际由简朗创办: the name, then an adverb
        if len(name) == 2 and re.match(r"[于在]\d", text[end : end + 2]) and longer_name_elsewhere(
            text, name
        ):
            continue  # 岚舟于2023年5月完成 beside 岚舟酿造（…）: a short form's use
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
            and not not_a_name(text, best, end, starts)
        ):
            found[name].append((best, end))
        elif (
            2 <= len(name) <= 5
            and all(is_han(c) for c in name)
            and best_score >= -1.5
            and not GENERIC_HEAD.match(name)
            and not not_a_name(text, best, end, starts)
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
    if "个" in text or "的是" in text:  # (asked once, in C)
        for match in _PROSE_PROJECT.finditer(text):
            start, end = match.span("name")
            if start in starts and not not_a_name(text, start, end, starts):
                found[match.group("name")].append((start, end))
    for name, span in worked_at(text, starts):
        found[name].append(span)
    for name, span in posts_held(text, frozenset(starts)):
        found[name].append(span)
    for name, span in listed_investors(text, frozenset(starts)):
        found[name].append(span)
    for name, span in quoted_firms(text, frozenset(starts)):
        found[name].append(span)
    for name, span in latin_framed(text):
        found[name].append(span)
    for match in _LATIN_FOUNDED.finditer(text):
        found[match.group("name")].append(match.span("name"))
    for match in _SUFFIXED_THEN_ITS_FOUNDER.finditer(text):
        start, end = match.span("name")
        if start in starts and not not_a_name(text, start, end, starts):
            found[match.group("name")].append((start, end))
    if "的" in text:
        for match in _DESCRIBED_FOUNDER_AFTER.finditer(text):
            start, end = match.span("name")
            if _PERSON_NOUN_END.search(match.group("name")):
                continue  # 是科班出身的正畸医生，联合创始人…: what someone is, no company
            if start in starts and not not_a_name(text, start, end, starts):
                found[match.group("name")].append((start, end))
        for match in _FOUNDED_THE.finditer(text):
            start, end = match.span("name")
            if start in starts and end in starts and not not_a_name(text, start, end, starts):
                found[match.group("name")].append((start, end))
    for name, span in funded_companies(text, frozenset(starts)):
        found[name].append(span)
    for match in _NAME_AFTER.finditer(text):
        start = match.end()
        described = KIND_OF_COMPANY.match(text, start)
        verb = match.group()[0] in "创注打加成开"
        if described and verb and describes_employer(described.group()):
            start = described.end()  # 加盟物流平台栎运通: the name after the description
        stop = _NAME_END.search(text, start + 2, start + 10)
        end = stop.start() if stop else start + 8
        while end - start > 1 and end not in starts and end < len(text):
            end -= 1
        name = text[start:end]
        # (创办了专做玻璃与陶瓷酒瓶设计的琉光瓶器: the description joins two things first)
        joined = stop is not None and stop.group() in ("和", "与", "及", "“", "「")
        if text[end : end + 1] == "的" or (joined and _NAMED_AFTER_DESCRIPTION.match(text, start)):
            # 创立了专做自动化测试的测渊科技: a description before the name, which follows 的
            # and ends the clause.
            named = _NAMED_AFTER_DESCRIPTION.match(text, start)
            if named and not re.search(NOT_A_NAME, named.group("name")):
                found[named.group("name")].append(named.span("name"))
            continue
        if (
            2 <= len(name) <= 8
            and all(is_han(c) or c.isalnum() for c in name)
            and not not_a_name(text, start, end, starts)
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
