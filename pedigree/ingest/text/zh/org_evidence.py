"""Organisation names found by their ending or their frame, each weighed by the evidence around it.

The candidates are every run of text ending like a company or a school (…科技, …资本, …大学, a
parent and its unit written together) and every name a frame around it shows (创办X, 加入X担任…,
X领投). Each is passed over when it reads as something else — a field one works in, "a large
group", a place and a trade, a description of the name that follows — and is otherwise weighed:
what is said right after it (成立于, 完成…融资, a post and its holder), what comes right before
(a founding verb, 在…担任, 由…领投), brackets, a ticker, a list heading, its ending (a registered
legal name, a school where someone studied). `find_orgs` accepts what scores enough.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pedigree.ingest.text.entities import occurrences
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import after_at, place_names, without_description
from pedigree.ingest.text.zh.investor_frames import (
    funded_companies,
    listed_investors,
    quoted_firms,
)
from pedigree.ingest.text.zh.lexicon import (
    ARM_POST,
    COLLEAGUES_AFTER,
    DEPARTMENT,
    PLACED_UNIT,
    STUDIED_AT,
    TITLE,
    TITLE_WORD,
    WORK_AT,
)
from pedigree.ingest.text.zh.name_candidates import dictionary, ordinariness
from pedigree.ingest.text.zh.org_endings import (
    GENERIC_HEAD,
    stands_alone_elsewhere,
    suffix_candidates,
)
from pedigree.ingest.text.zh.org_forms import (
    BRACKETED_ENGLISH,
    CITY,
    DESCRIPTOR,
    INSTITUTION_ENDINGS,
    ORG_SUFFIXES,
    SCHOOL_ENDINGS,
    SECTOR_WORDS,
    SUFFIX_PATTERN,
    brand_of,
    weak_ending,
)
from pedigree.ingest.text.zh.org_frames import (
    ITS_FOUNDER_NEXT,
    ORG_VERBS,
    PROSE_PROJECT_BEFORE,
    STAFF_TITLE,
    TICKER,
    context_candidates,
    framed_brand,
)
from pedigree.ingest.text.zh.org_named import (
    CLOSE_QUOTES,
    FOUNDERS_OR_RAISED_NEXT,
    OPEN_QUOTES,
    Tally,
)
from pedigree.ingest.text.zh.org_words import common_words_only, known_spans, word_starts
from pedigree.ingest.text.zh.workplace_frames import WORKED_OR_LEFT, latin_framed, posts_held

# Verbs of taking up a line of work: what follows is a field (做安老科技, 从事医疗AI).
_FIELD_OF_WORK_BEFORE = re.compile(r"(?:做|从事|投身|进军|切入)$")
# "One" and a measure word, then at most a word of size or standing: a kind of firm follows.
_INDEFINITE_BEFORE = re.compile(
    r"(?:一|某)(?:家|间|个|所|座)(?:大型|小型|中型|知名|本地|国内|海外|外资|头部|老牌|传统|上市"
    r"|[日美港台韩德法英欧中]资)?$"  # (一家日资客服集团: a Japanese-owned one, which unsaid)
    # (日本大型假发集团: a country and a size, which one unsaid)
    r"|(?:日本|美国|韩国|德国|法国|英国|欧洲|海外|国内|本地)(?:大型|小型|中型|知名|头部|老牌)$"
)
_JOINED = re.compile(r"(?:加入|加盟|进入|入职|转投|转战)了?\s?$")
# 2010年进入锐科激光，历任研发工程师…: the posts held there, in the next clause
_POSTS_NEXT = re.compile(r"[，,]\s?(?:历任|先后担任|先后任|担任|出任|任职)")
# A place or "national" at the head of a name is how names start, not an ordinary word
# (台湾电力公司, 国家太空中心).
_PLACE_HEAD = re.compile(
    CITY.pattern + r"|^(?:台湾|台中|台南|高雄|中国|美国|日本|德国|英国|法国|韩国|国家)"
)
# What is said only of a company, right after its name: when it was founded, a round it raised.
_FOUNDED_OR_FUNDED = re.compile(
    r"(?:[（(][^)）]{1,40}[)）])?[，,]?(?:成立于|创立于|创办于|成立于|注册于|于\d{4}年(?:\d{1,2}月)?成立"
    # (亦于今年初获得天使投资: when, then raised)
    r"|(?:近日|日前|今日|已|宣布|(?:亦|也|已)?(?:于|在)?(?:今年|去年|前年|\d{4}年)\d{0,2}月?(?:初|中|底)?)?"
    r"(?:完成|获得|拿下|获)[^，。；,;]{0,14}(?:轮|融资|投资))"
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
    r"(?:创办|创立|创建|成立|注册|打造|孵化|创设|加入|加盟|离开|出走|开了一?家"
    r"|任职于|就职于|供职于|效力于|受雇于)了?"
    # (创办的语音派对应用|声动派对: what kind of thing it is, after 的)
    r"(?:[^，。；,;]{0,14}的(?:[^，。；,;的]{1,10}(?:应用|平台|品牌|App|APP|小程序|工作室|连锁))?)?$"
)


_TITLE_ACRONYM_LEAD = re.compile(r"(?:C[A-Z]{1,2}O|S?E?VP|GM|MD)(?=[\u4e00-\u9fff])")
_PARENT_ENDINGS = ("科学院", "研究院", "大学", "集团", "医院")
_UNIT_ENDINGS = ("研究所", "实验室", "研究中心", "研究院", "学院")
_UNIT_THEN_WORK = re.compile(
    "的" + PLACED_UNIT.pattern.strip("^$") + r"(?:做了|做过|工作|担任|任职|待了|干了|实习|负责)"
)


# A description ending in a company word right before a name: 的AI公司, 营销公司 (not 该公司).
_DESCRIBED_BEFORE = re.compile(r"(?:的|[A-Za-z])[\u4e00-\u9fffA-Za-z]{0,6}?(?:公司|企业|创企)$")
_FOUNDED_BY_AFTER = re.compile(
    # (广聆于2021年由…共同创立; …汽车用品厂，1998年由他的父亲聂长根创办)
    r"(?:[，,](?=(?:于|在)?\d{4}年))?(?:是|系)?(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?)?"
    r"由[^，。；,;（()）]{2,30}?(?:共同|联合|一起)?(?:创立|创办|创建|成立|孵化|发起成立)(?![人者])"
    # (蓑羽是陆知遥2022年在杭州创立的户外雨具品牌: what someone founded, said of it)
    r"|(?:是|系)[^，。；,;（()）的]{2,24}?(?:共同|联合|一起)?(?:创立|创办|创建|孵化)的"
)
# After a name, the rest of a description of the company named next (智能|分拣机器人研发商熠分…).
_DESCRIBES_THE_NEXT = re.compile(
    r"(?:(?!旗下|的|和|与|及|在|是)[\u4e00-\u9fff]){1,10}?"
    r"(?:研发商|服务商|开发商|提供商|供应商|运营商|制造商|方案商)(?=[\u4e00-\u9fff])"
)
# After a name: what makes it a field of business (婚纱摄影这个赛道, 婚纱摄影行业).
_FIELD_NAMED = re.compile(r"(?:这个|这一|整个)?(?:赛道|行业|领域|品类)")
_KIND_OF_FIRM_END = re.compile(
    r"(?:公司|企业|厂商|集团|机构|品牌|连锁|服务商|供应商|运营商|制造商|开发商|提供商|研发商|方案商)$"
)
_FOUNDING_VERBS = "创办|创立|创建|注册|成立"
_FOUNDED_OBJECT = re.compile(rf"(?:{_FOUNDING_VERBS})了?$")  # the verb's object itself
# Around an investor: 获得/拿到/由 before it, an amount, a round or 领投 after it.
_FUNDS_BEFORE = re.compile(r"(?:获得|获|拿到|拿下|由|来自|取得|得到)了?过?\s?$")
_FUNDS_AFTER = re.compile(
    r"^\s?(?:\d|[数几近超逾约]|的[^，。；,;]{0,10}(?:轮|投资)|(?:联合|共同)?领投|跟投|参投|独家投资|投资)"
)
_COLLEAGUES_THERE = re.compile(COLLEAGUES_AFTER)
# The post after an employer's name, up to where its holder's name would stand.
_POST_AFTER_NAME = re.compile(
    rf"的?(?:{DEPARTMENT}){{0,2}}(?:执行|常务|高级|资深|副)?{TITLE_WORD}(?:兼{TITLE_WORD})?\s?"
)
# A post that ends its clause (…的项目总工，), after the name's 的.
_TITLE_THEN_BREAK = re.compile(rf"(?:{TITLE.pattern})(?=[，。；、,;\s]|$)")
_FORMER_AFTER_NAME = re.compile(r"[，,]\s?[前原]$")
# Words of time or manner that follow a company's name in a clause (加入X前, 在X期间, 在X主要负责),
# never the end of one.
_TIME_OR_MANNER_AFTER = re.compile(r"(?:[之以]?[前后]|时|期间|主要)$")


_DEFINES = re.compile(r"[（(](?:以下)?(?:简称)?[“「\"]?(?P<term>[^”」\"）)]{1,12})[”」\"]?[)）]")


# What is done only to an organisation, right before its name: founded, joined, backed.
_ORG_OBJECT = re.compile(rf"(?:{_FOUNDING_VERBS}|加入|入职|领投|跟投)了?$")


def _done_to_an_organisation(text: str, name: str, places: list[tuple[int, int]]) -> bool:
    """Whether the text founds, joins or backs `name` somewhere (一起创办山栖的是…, 钱沐加入山栖,
    峰瑞领投了山栖…, 沐炊由…创办): then it is no person, however much it reads like one (山 is a
    surname)."""
    spans = [*places, *occurrences(text, [name])[name]]
    return any(
        _ORG_OBJECT.search(text, max(0, s - 4), s)
        or _FOUNDED_BY_AFTER.match(text, e)
        or FOUNDERS_OR_RAISED_NEXT.match(text, e)  # (她是衡裁的创始人, 衡裁拿到天使轮)
        for s, e in spans
    )  # (沐炊由赖品妤与萧宇辰共同创办: founded by people, so no person itself)


def _without_people(text: str, name: str, places: list[tuple[int, int]], people: set[str]):
    """A candidate that starts with a person's name (庄以衡南京大学) is the name's neighbour:
    the organisation is what follows the name — unless the text defines the name as the
    organisation's short form (卓佳专业商务有限公司（「卓佳」））."""
    title = _TITLE_ACRONYM_LEAD.match(name)
    if title:
        # 联合创始人兼COO裴晓岚复旦大学…: a post's acronym, then the person, then the school
        cut = title.end()
        name, places = name[cut:], [(s + cut, e) for s, e in places]
    for size in range(2, len(name) - 2):  # only the people the candidate starts with
        person = name[:size]
        if person not in people:
            continue
        if any(len(p) > size and p.endswith(person) for p in people):
            continue  # 管国栋 … 国栋纸品厂: a works named after its founder's given name
        rest = name[size:]
        if any((m := _DEFINES.match(text, e)) and m.group("term") == person for _, e in places):
            continue
        head = next((rest[: -len(s)] for s in ORG_SUFFIXES if rest.endswith(s)), "")
        if SECTOR_WORDS.match(rest) or rest.startswith(ORG_SUFFIXES):
            continue  # 沃豆|生物科技（上海）有限公司: left, a field and an ending, no name
        if known_organization(rest) or (len(head) >= 2 and ordinariness(head) == 0):
            cut = len(person)
            return rest, [(s + cut, e) for s, e in places]
    # 创办人暨执行长郑以翔喜欢用|半导体: a person inside, everyday words after: no name at all
    # (asked only of long candidates: a name, a head and an ending take six characters)
    for person in people if len(name) >= 6 else ():
        at = name.find(person, 1)
        if at > 0 and len(person) >= 2:
            rest = name[at + len(person) :]
            head = next((rest[: -len(s)] for s in ORG_SUFFIXES if rest.endswith(s)), "")
            if len(head) >= 2 and ordinariness(head) > 0:
                return name, []
    return name, places


_QUOTED_BRACKET = re.compile(r"^[（(][“「\"]")
# After a name, a post at its China or Asia arm (辉柏嘉|中国区市场总监).
_ARM_POST_AFTER = re.compile(ARM_POST)
# Before a name, the words that give it as a firm's name (那家厂叫…, 公司名为…).
_CALLED_BEFORE = re.compile(
    r"(?:公司|工厂|厂|作坊|企业|品牌|店|门店|工作室)名?(?:叫做?|名叫|名为|取名为?)\s?$"
)
_FOUNDED_BRACKET = re.compile(r"^[（(](?:由|是)[^)）]{0,30}(?:创立|创办|成立|孵化|创建)")
_LIST_NUMBER_LINE = re.compile(r"^\s*(?:[\d一二三四五六七八九十]+[.、．]\s*|[·•▪*-]\s*)?$")
# A heading's company, then its separator: what follows describes that company (▍熠分科技丨…).
_ENTRY_THEN_SEPARATOR = re.compile(
    r"^\s*(?:[\d一二三四五六七八九十]+[.、．]\s*|[·•▪▍▌■◆*-]\s*)?"
    r"[\u4e00-\u9fffA-Za-z0-9]{0,10}(?:" + SUFFIX_PATTERN.pattern + r")"
    r"\s?[丨｜|]\s?[\u4e00-\u9fff]{0,6}$"
)
_RAISED_IN_LINE = re.compile(r"(?:完成|获得?|拿到|宣布)[^。\n]{0,16}?(?:融资|轮)")
_DESCRIBES_QUOTED = re.compile(r"([\u4e00-\u9fff]{2,4})" + DESCRIPTOR + r"[“「]")

_LEFT_AFTER = re.compile(WORKED_OR_LEFT)
# A verb that starts the predicate right after a company's name.
_VERB_AFTER_NAME = re.compile(
    r"(?:主打|主营|专注|致力|聚焦|面向|做|已|也|还|目前|正在|将|获|完成|推出)"
)


def _common_noun(name: str) -> bool:
    """A two-character common noun of the dictionary (车架, 面料): a thing, not a coined name."""
    freq, tags = dictionary()
    return len(name) == 2 and tags.get(name) == "n" and (freq.get(name) or 0) >= 5


def _line_before(text: str, position: int) -> str:
    return text[text.rfind("\n", 0, position) + 1 : position]


def _described_school(name: str) -> bool:
    """A school's ending after two or more common words and nothing else (儿童体育学院,
    舞蹈培训学校, 有一半系本地大学): what kind of school, not which; a known school is found by name
    first."""
    ending = next((e for e in ("学院", "学校", "大学") if name.endswith(e)), None)
    if ending is None or known_organization(name) is not None:
        return False
    return common_words_only(name[: -len(ending)])


class _Frames(NamedTuple):
    """Spans that frames elsewhere in the text show to be a firm's name."""

    listed: set[tuple[int, int]]  # in a list of those who led or followed a round
    quoted: set[tuple[int, int]]  # a quoted source's firm
    posts: set[tuple[int, int]]  # where someone held a post
    latin: set[tuple[int, int]]  # a Latin name framed as a firm
    funded: set[tuple[int, int]]  # whose round an investor led (领投了简衿的天使轮)

    @classmethod
    def of(cls, text: str) -> _Frames:
        starts = word_starts(text)
        return cls(
            {span for _, span in listed_investors(text, starts)},
            {span for _, span in quoted_firms(text, starts)},
            {span for _, span in posts_held(text, starts)},
            {span for _, span in latin_framed(text)},
            {span for _, span in funded_companies(text, starts)},
        )


def weigh_candidates(
    text: str, people: set[str], strength: dict[str, float], tally: Tally
) -> dict[str, list[tuple[int, int]]]:
    """Weigh every candidate by ending or frame into `tally`; return the names frames found
    (a weak ending needs less evidence there)."""
    known_names = {text[s:e] for s, e in known_spans(text) if e - s >= 4}
    candidates = suffix_candidates(text)
    units = _add_units(candidates)
    framed_by_context = context_candidates(text, word_starts(text))
    for name, places in framed_by_context.items():
        if (
            known_organization(name) is None
            and not GENERIC_HEAD.match(name)
            and not SECTOR_WORDS.match(name)  # 储能 of 象限储能: a field, not a name
            # (彼时公司拿到了…: "the company, at that time")
            and not re.fullmatch(
                r"(?:本|该|其|彼时|此时|当时|那时|届时)?(?:公司|集团|企业|发行人|申请人)", name
            )
        ):
            candidates.setdefault(name, [])
            if len(name) >= 4:
                # 创办潮汐智维 … 沐晨｜潮汐智维 … 潮汐智维拿到…: every place the text writes a
                # four-character name found by its context is weighed, not only that one
                places = [*places, *occurrences(text, [name])[name]]
            candidates[name] = sorted(set(candidates[name]) | set(places))
    # 本地潮玩公司「栢乐创意」: 潮玩 describes a company in this text, so 潮玩 written alone is
    # that field (内地大型潮玩集团 is no name)
    described_as = {
        m.group(1)[i:] for m in _DESCRIBES_QUOTED.finditer(text) for i in range(len(m.group(1)) - 1)
    }
    frames = _Frames.of(text)
    for name, places in candidates.items():
        name, places = _without_people(text, name, places, people)
        if not places:
            continue
        if _passed_over(text, name, places, known_names):
            continue
        placed = _place_head(name)
        common_start = ordinariness(name[:2]) >= 3 and not placed  # 方面科技, not 苏州矽澜
        score = -min(ordinariness(name), 3) - (1.5 if common_start else 0)
        brand = brand_of(name)
        if brand and brand not in described_as and stands_alone_elsewhere(text, brand, places):
            score += 2  # 沛思 stands alone elsewhere: 沛思科技 is a name
            score += framed_brand(text, brand, places)
        for s, e in places:
            score += _place_evidence(text, name, s, e, people, known_names, frames, common_start)
        score += _name_evidence(text, name, places, known_names, units)
        read_as_person = strength.get(name)  # None: a name the layout places
        if name in people and (
            read_as_person is None
            or (score < read_as_person + 1 and not _done_to_an_organisation(text, name, places))
        ):
            continue  # but 冉栖梧创立栗白: what someone founded is a company, not a person
        tally.add(name, places, score)
    return framed_by_context


def _add_units(candidates: dict[str, list[tuple[int, int]]]) -> set[str]:
    """中国农业科学院|作物科学研究所: a unit written right after its parent is one name, added to
    the candidates; return the names so joined."""
    ends = {e: (n, s) for n, spans in candidates.items() for s, e in spans}
    units = set()
    for name, spans in list(candidates.items()):
        for s, e in spans:
            parent = ends.get(s)
            if parent and parent[0].endswith(_PARENT_ENDINGS) and name.endswith(_UNIT_ENDINGS):
                candidates.setdefault(parent[0] + name, []).append((parent[1], e))
                units.add(parent[0] + name)
    return units


def _a_kind_of_works(text: str, name: str, places: list[tuple[int, int]]) -> bool:
    """A works named by an everyday word for what it makes (锅炉厂, 淀粉厂, 冷冻食品厂), not by
    its owner or town; or one only ever quoted, as a product's name is (“立招云厂”)."""
    from pedigree.ingest.text.segmenter import segment

    freq, tags = dictionary()

    def everyday(word: str) -> bool:
        tag = tags.get(word, "")
        return (freq.get(word) or 0) >= 20 and tag[:1] in ("n", "v") and tag[:2] not in (
            "nr", "ns", "nt", "nz"
        )

    trade = name[:-2] if name.endswith("工厂") else name[:-1]
    words = [w for w in segment(trade) if w.strip()]
    if words and all(everyday(w) for w in words):
        return True  # (思茅天香茶厂: a town and a brand before the trade)
    return all(text[s - 1 : s] in OPEN_QUOTES for s, _ in places)


def _place_head(name: str) -> re.Match[str] | None:
    """A place (or "national") at the head of a name; a school's only by a city. (Any bundled
    place will do for a works: 淮北玻璃厂, 柳州机械厂 are named by their town, which no more
    makes them everyday words than 苏州 does 苏州矽澜.)"""
    if name.endswith(SCHOOL_ENDINGS):
        return CITY.match(name)
    found = _PLACE_HEAD.match(name)
    if found is None and name.endswith("厂"):
        # (a works only: 长兴材料 is a company named after its county, not a place and a trade)
        found = _bundled_place_head().match(name)
    return found if found and len(name) - found.end() >= 2 else None


@cache
def _bundled_place_head() -> re.Pattern[str]:
    places = sorted((p for p in place_names() if len(p) >= 2), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, places)) + ")(?:市|县|省|区)?")


def _passed_over(
    text: str, name: str, places: list[tuple[int, int]], known_names: set[str]
) -> bool:
    """Whether the candidate reads as something other than a name wherever it stands."""
    if any(name[i:] in known_names for i in range(1, len(name) - 3)):
        return True  # 今任上海交通大学: a known name with words in front of it
    if weak_ending(name) and any(known_organization(name[:k]) for k in range(2, len(name) - 1)):
        return True  # 华泰证券食品饮料分析师: a known firm, then the field its post covers
    if all(_FIELD_OF_WORK_BEFORE.search(text, max(0, s - 3), s) for s, _ in places):
        return True  # 前銀行家做安老科技, 為何會轉做安老科技: a field one works in, not a firm
    if all(_INDEFINITE_BEFORE.search(text, max(0, s - 6), s) for s, _ in places):
        return True  # 同一間大型婚紗集團合併: "a large wedding group", which one unsaid
    tail = _TIME_OR_MANNER_AFTER.search(name)
    stem = name[: tail.start()] if tail else ""
    if len(stem) >= 2 and stands_alone_elsewhere(text, stem, places):
        return True  # 加入汪嗒前担任, 在瞳禾主要负责: a name written alone elsewhere, then a word
    placed = _place_head(name)
    if placed and known_organization(name[placed.end() :]):
        return True  # 德国博世: a known company and where it is
    if placed and weak_ending(name) and len(name) - placed.end() <= 2:
        return True  # 从美国农业科技公司回到台南: a place and a trade, no name
    if (not name.endswith(ORG_SUFFIXES) or ordinariness(brand_of(name) or name) >= 1) and any(
        _FIELD_NAMED.match(text, e) for _, e in occurrences(text, [name])[name]
    ):
        # 在婚纱摄影这个赛道上, 分拣机器人赛道: a field of business, though a headline raised
        # money (a company's ending after an everyday word, or after none)
        return True
    if name.endswith("厂") and not placed and _a_kind_of_works(text, name, places):
        return True  # 在锅炉厂干了九年, “立招云厂”: a kind of works, or a platform so called
    if all(_DESCRIBES_THE_NEXT.match(text, e) for _, e in places):
        return True  # 建筑垃圾智能分拣机器人研发商熠分科技: the start of what the company is
    if _described_school(name) and not placed:
        return True  # 办儿童体育学院: a kind of school described in common words, not a name
    # AI原生游戏公司: a description of the company named next
    return bool(re.match(DESCRIPTOR, text[places[0][1] :])) and not name.endswith("公司")


def _place_evidence(
    text: str,
    name: str,
    s: int,
    e: int,
    people: set[str],
    known_names: set[str],
    frames: _Frames,
    common_start: bool,
) -> float:
    """The evidence one place of the candidate gives: what is said right before and after it."""
    if _ENTRY_THEN_SEPARATOR.search(_line_before(text, s)):
        return -1.0  # ▍拾序机器人丨社区垃圾分类机器人，获…: the entry's description
    score = 0.0
    # 「屿麦科技」创始人…: what is said of a quoted name is said after its closing quote
    closed = text[s - 1 : s] in OPEN_QUOTES and text[e : e + 1] in CLOSE_QUOTES
    # (long enough to hold an English name in brackets before the words after it)
    after = text[e + closed : e + closed + 44]
    before = text[max(0, s - 24) : s]
    if (
        ORG_VERBS.match(after)
        or STAFF_TITLE.match(after)
        or ITS_FOUNDER_NEXT.match(after)
    ):
        # 心元资本合伙人曾品睿: a post there, held by the person named (循金科技亦在研发…，
        # 其创办人…: its founder, in the next clause)
        score += 2
        if _FOUNDED_OR_FUNDED.match(after):
            score += 1.5  # 驰桩能源成立于2024年: only a company is founded or funded
    if (s, e) in frames.quoted:
        score += 3.5  # 招银国际董事总经理车明澈表示: a quoted source's firm
    if (s, e) in frames.latin:
        score += 2  # 在美国宠物诊断巨头IDEXX（爱德士）担任: a Latin name framed as a firm
    if (s, e) in frames.funded:
        score += 2.5  # 领投了简衿的数千万元天使轮: the company whose round it was
    if PROSE_PROJECT_BEFORE.search(before):
        score += 2  # 第二个项目沙河豆花来自…: a post's project, introduced in its prose
    if (
        (s, e) in frames.posts
        and not any(known_organization(name[:k]) for k in range(2, len(name)))
        and not any(person in name for person in people)  # 擔任溫祐廷副手的副處長
        # (担任车架研发经理: what the post is about; but 瓜子 of 瓜子二手车 is its brand)
        and not (_common_noun(name) and not any(k.startswith(name) for k in known_names))
    ):
        score += 2.5  # 此前是极智嘉的运动控制负责人: where someone held a post
        if text.startswith("的", e) and _TITLE_THEN_BREAK.match(text, e + 1):
            score += 1  # (…此前是中建三局的项目总工: the post said to be the name's)
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
            common_start and weak_ending(name)
        )
        # (创办了宠物理赔服务商|宠立方: the object named right after the kind of firm;
        # not 创建了全球最大的|行为游戏…, a description ending in 的)
        after_kind = undescribed != before and _KIND_OF_FIRM_END.search(before)
        if _FOUNDED_OBJECT.search(before) or (
            (named_like_one or after_kind) and _FOUNDED_OBJECT.search(undescribed)
        ):
            score += 1.5 if named_like_one else 1
    if BRACKETED_ENGLISH.match(after) or _QUOTED_BRACKET.match(after):
        score += 2
    if re.search(r"[\u4e00-\u9fffA-Za-z]旗下的?$", before) and _LEFT_AFTER.match(after):
        score += 2.5  # 从碧桂园旗下的博智林离职: a unit a company owns, where one worked
    if TICKER.match(text, e):
        score += 5  # 启程教育（股票代码：02875.HK）: listed, as sure as a legal name
    if len(name) >= 4 and _DESCRIBED_BEFORE.search(before):
        score += 2  # 面向律所的AI公司墨点智能: the company a description names
    if _ARM_POST_AFTER.match(after):
        score += 2  # 是辉柏嘉中国区市场总监: a post at the firm's China arm
    if _CALLED_BEFORE.search(before):
        score += 2  # 那家厂叫宁波长根汽车用品厂: the name the text gives the firm
    if _FOUNDED_BRACKET.match(after) or (
        _FOUNDED_BY_AFTER.match(text, e)
    ):
        score += 2  # 栎川科技（由…创立）, 有栖云由阮既白于2014年创立: what someone founded
    if (s, e) in frames.listed:
        score += 2.5  # named in a list of those who led or followed a round
        if re.search(r"由\s?$", before):
            score += 1  # 由招银国际领投: the frame says a name stands there
    if _FUNDS_BEFORE.search(before) and _FUNDS_AFTER.match(after):
        score += 2  # 拿到九合创投600万美元天使轮: who gave the money
    if (
        (after_at(before) or _JOINED.search(before))
        and (
            WORK_AT.match(after)
            or _UNIT_THEN_WORK.match(after)  # 在国际纸业的苏州工厂实习: its plant
            or _COLLEAGUES_THERE.match(after)
            or (_JOINED.search(before) and _POSTS_NEXT.match(after))
        )
        and not any(known_organization(name[:k]) for k in range(2, len(name)))
    ):
        # 曾在贝特瑞担任工艺总监, 进入格林美担任, 他在转转的老同事: where someone works
        # (not 宝洁中国)
        score += 2.5
    if _LIST_NUMBER_LINE.search(_line_before(text, s)):
        score += 1  # a heading or list entry that starts with the name
        line_end = text.find("\n", e)
        if text.startswith(("：", ":"), e) and _RAISED_IN_LINE.search(
            text, e, line_end if line_end >= 0 else len(text)
        ):
            score += 1.5  # · 坚叶科技：…，近日完成数千万元天使轮融资: the entry's company
    return score


def _name_evidence(
    text: str, name: str, places: list[tuple[int, int]], known_names: set[str], units: set[str]
) -> float:
    """The evidence of the name as a whole: written twice, a school's or a unit's ending, a
    registered legal name."""
    score = 0.0
    if len(places) >= 2:
        score += 1
    if name.endswith(SCHOOL_ENDINGS):
        score += 2
        if any(STUDIED_AT.search(text, max(0, s - 6), s) for s, _ in places) or any(
            _MAJOR_AFTER.match(text, e) for _, e in places
        ):
            score += 2  # 本科毕业于江南大学, 大连海事大学航海技术专业本科毕业: a school
    if name.endswith(("研究所", "研究院", "科学院")) and len(name) >= 7:
        score += 1.5  # 湖北省水产科学研究所: a public institute, named in full
    placed = _place_head(name)
    if placed and name.endswith("厂") and not name.endswith(("工厂", "分厂", "新厂")):
        score += 1  # 柳州机械厂, 绵阳橡胶厂: a town's works, named by its trade
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
    elif name.endswith(INSTITUTION_ENDINGS) and len(head) >= 2:
        score += 3  # 上海图书馆, 沈阳消防研究所: a place or a field, then an institution
    elif name.endswith("医院") and any(
        name[:k] in known_names and name[:k].endswith(_PARENT_ENDINGS)
        for k in range(4, len(name) - 1)
    ):
        score += 3  # 北京大学肿瘤医院: a university's hospital or institute, named as one
    elif name.endswith(("有限公司", "资本", "创投", "基金")):
        score += 1.5
    return score
