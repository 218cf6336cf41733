"""How organisation and school names are written: endings, kinds, short forms, defined terms."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pedigree.data import csv_rows
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.name_candidates import is_han, ordinariness

# Endings that make a run of characters a company, fund, lab or school name, longest first.
# Trades a company's name may end in, which also end ordinary phrases (中国乳业, 国内矿业).
_TRADES = (
    "牧业", "乳业", "纸业", "草业", "矿业", "酒业", "创意", "文创", "文化", "食品", "饮品",
    "茶业", "农业", "渔业", "种业", "纺织", "服饰", "鞋业", "家居", "陶瓷", "化工", "新材", "精工",
    "光学", "装备", "电器", "环保", "航运", "贸易", "商贸", "实业", "影业", "影视", "体育", "户外",
    "宠物", "齿科", "养老", "旅游", "旅行", "文旅", "出行", "乐园", "电梯", "建材",
    # goods and the trade in them (昌南瓷业, 宏达铝业, 永丰糖业)
    "瓷业", "陶业", "窑业", "糖业", "盐业", "丝业", "木业", "竹业", "铝业", "船业", "漆业", "油业",
    "果业", "蜂业", "锁业", "石业",
)  # fmt: skip
ORG_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "律师事务所", "会计师事务所", "会计师行",
    "创业投资", "投资管理", "医疗科技", "生物科技", "信息技术", "网络科技", "智能科技",
    "研究院", "研究所", "实验室", "工作室", "事业群", "事业部", "科技", "智能", "机器人",
    "机械人", "半导体", "医疗", "生物", "数科", "智驾", "互动", "数据", "能源", "健康", "网络",
    "软件", "电子", "传感", "汽车", "动力", "材料", "光电", "芯片", "微电子", "资本", "创投",
    "基金", "投资", "集团", "控股", "股份", "银行", "证券", "咨询", "物流", "视觉", "影像", "娱乐",
    "生技",  # (Taiwan's short word for 生物科技: 绮发生技, 台康生技)
    "游戏", "传媒", "教育", "制药", "药业", "航天", "智药", "医药", "智造", "智行", "智算",
    "空间", "加速器", "加速营", "创业营", "创投营", "创新营", "孵化器",
    "医院", "大学", "学院", "商学院", "AI", "Labs", "Lab", "Tech", "Robotics",
    # industrial trades a company's name ends in (常州润纬机械, 净衡环境, 北麓牧业, 柏溪纸业)
    "机械", "电气", "重工", "水务", *_TRADES,
    # a works named by its place or its owner and its trade (淮北玻璃厂, 国栋箱包厂, 北固醋厂)
    "厂",
)  # fmt: skip
# Public institutions and firms of the professions (上海图书馆, 中国精算师协会, 孖士打律师行): named
# in full, never by a short form (精算师 alone is the profession).
INSTITUTION_ENDINGS = (
    "图书馆", "博物馆", "博物院", "美术馆", "出版社", "协会", "学会", "基金会", "消防局", "气象局",
    "气象台", "管理局", "管理所", "医疗中心", "服务中心", "律师行", "交响乐团", "电视台", "报社",
    # chambers, councils and federations (香港洗衣业商会, 香港旅游业议会), design and test
    # institutes (深圳市水务规划设计院, 畜产试验所), courts, kindergartens, national squads
    "商会", "议会", "总会", "联合会", "设计院", "研究总院", "试验所", "检验所",
    "信息中心", "检测中心", "人民法院", "幼儿园", "代表队", "集训队", "杂志社",
    "通讯社", "船级社", "歌剧院", "话剧院", "国家队",
)  # fmt: skip
# A sport's squad (国家蹦床队, 四川省跳水队, 八一体操队): an athlete's or a coach's employer.
_SPORTS = (
    "体操", "蹦床", "游泳", "跳水", "田径", "足球", "篮球", "排球", "乒乓球", "羽毛球", "网球",
    "举重", "射击", "射箭", "击剑", "柔道", "摔跤", "拳击", "跆拳道", "武术", "赛艇", "皮划艇",
    "帆船", "自行车", "滑雪", "滑冰", "速滑", "冰球", "冰壶", "马术", "棒球", "垒球", "手球",
    "曲棍球", "水球", "攀岩", "铁人三项", "花样游泳", "艺术体操", "女排", "女足", "女篮",
)  # fmt: skip
INSTITUTION_ENDINGS += tuple(sport + "队" for sport in _SPORTS)
ORG_SUFFIXES += INSTITUTION_ENDINGS
SUFFIX_PATTERN = re.compile(
    "|".join(re.escape(s) for s in sorted(ORG_SUFFIXES, key=len, reverse=True))
)


def longer_name_elsewhere(text: str, head: str) -> bool:
    """Whether the text names a longer organisation that starts with `head`: quoted or glossed
    in brackets (「山隅咖啡」, 岚舟酿造（Lanzhou Brewing）) or with an ending (岚舟啤酒科技)."""
    ending = r"(?:[（(」”』]|" + SUFFIX_PATTERN.pattern + ")"
    pattern = re.escape(head) + r"[\u4e00-\u9fff]{1,4}?" + ending
    return re.search(pattern, text) is not None


SCHOOL_ENDINGS = ("大学", "学院", "商学院", "中学", "研究生院", "医学院", "分校")
UNIT_ENDINGS = ("事业群", "事业部", "实验室", "研究院", "研究所", "工作室")
# A word that introduces the company named right after it.
DESCRIPTOR = (
    r"(?:公司|企业|创企|初创|初创公司|新创|服务商|开发商|提供商|供应商|厂商|连锁品牌|品牌|独角兽|"
    r"创业公司|startup)"  # (桌游空间连锁品牌骰子星球: 桌游空间 is what kind of chain)
)
DESCRIPTOR_END = re.compile(DESCRIPTOR + "$")
# A figure's acronym in brackets glosses a figure, not a name (月活跃用户（MAU）, 交易额（GMV）).
FIGURE_ACRONYM = r"(?:MAU|DAU|GMV|ARR|ARPU|SKU|KOL|KOC|ROI|LTV|CAC|NPS|OEM|ODM|EBITDA)"
BRACKETED_ENGLISH = re.compile(
    rf"[（(](?!{FIGURE_ACRONYM}[)）])(?P<english>[A-Z][A-Za-z0-9&.+' -]{{1,40}}?)[)）]"
)
_DEFINED = re.compile(
    r"[（(](?:下称|以下简称|简称|下同[，,]?\s*简称)?\s*[“「\"](?P<term>[^”」\"]{1,12})[”」\"][)）]"
)
# …written without quotes: 瑞思科技股份有限公司（以下简称瑞思科技）
_DEFINED_BARE = re.compile(r"[（(](?:以下简称|下称|简称)\s*(?P<term>[^”」\"“「)）,，]{2,12})[)）]")
CITY = re.compile(
    r"^(?:北京|上海|深圳|杭州|广州|苏州|南京|成都|武汉|西安|天津|重庆|合肥|厦门|青岛|无锡|长沙|"
    r"宁波|珠海|东莞|佛山|香港|澳门|台北|新竹|新加坡)(?:市)?"
)
SECTOR_WORDS = re.compile(
    r"^(?:具身|人工|金融|硬|机器|端侧|生成式|多模态|城市|智慧|工业|企业|商业|消费|医疗|教育|能源|"
    r"自动驾驶|智能驾驶|大模型|云|数字|视觉|语音|芯片|光互连|AI|储能|新能源|光伏|电池|半导体|"
    r"机器人|无人机|物流|电商|跨境电商|出海|游戏|社交|安防|农业|环保|生物|制药|汽车|航天|卫星|软件|硬件|"
    # fields a company's ending can follow (冷链物流, 宠物医疗, 职业教育): an industry, no name
    r"冷链|仓储|快递|生鲜|跨境|宠物|职业|在线|母婴|餐饮|零售|家居|低空|商业航天|文旅|体育|养老|数位|供应链|"
    r"法遵|合规|监管|法律|"
    r"海产|水产|渔业|海洋|食品|畜牧|动保|动物保健|兽医|殡葬|保险|健康|文化|传媒|影视|音乐|乐器|眼镜|视光|消防|"
    r"气象|材料|化工|纺织|服装|美妆|家电|建筑|地产|旅游|酒店|康复|护理|医药|器械|"
    # and the parts of a business a story turns to (财务数据方面, 技术方面): topics, not names
    r"财务|经营|运营|业务|技术|产品|市场|用户|行业|融资|收入|营收|研发|销售|客户)$"
)


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


@cache
def _abbreviations() -> dict[str, str]:
    """School abbreviations that are schools only before a degree or field (华科光电博士)."""
    return {
        r["abbreviation"]: r["school"] or r["abbreviation"]
        for r in csv_rows("aliases", "school_abbreviations.csv")
    }


_FIELD_DEGREE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?所?(?:本科|硕士|博士|学士)(?!后)")
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
                r"(?:于|在|是|为|获|的|和|与|及|、|读|赴|入|到|从|来)$", text[max(0, s - 2) : s]
            )
            # (汪柏睿台大电机所硕士: a field and a degree right after say it is the school,
            # whatever stands before)
            and not _FIELD_DEGREE_AFTER.match(text, e)
        ):
            continue
        if _STUDY_AFTER.match(text[e : e + 14]) or re.match(r"[)）]", text[e : e + 1]):
            found.append((s, e, table[match.group()]))
    return found


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
    "厂",
    *_TRADES,
)


def weak_ending(name: str) -> bool:
    return name.endswith(_WEAK_ENDINGS) and known_organization(name) is None


def brand_of(name: str) -> str | None:
    """The distinctive part of a name: without its ending and its city (沛思 of 沛思科技)."""
    forms = short_forms(name)
    return forms[-1] if forms and len(forms[-1]) <= 4 else None


def canonical_name(name: str) -> str:
    known = known_organization(name) or known_organization(_abbreviations().get(name, name))
    if known:
        return known.name
    return _abbreviations().get(name) or name

# A brand of two or three characters, then a field from SECTOR_WORDS (绿匣|环保, 澜川|医疗).
_FIELD_AFTER_BRAND = re.compile(
    r"(?P<brand>[\u4e00-\u9fff]{2,3}?)(?:" + SECTOR_WORDS.pattern[4:-2] + r")$"
)


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
    core = CITY.sub("", name) if len(CITY.sub("", name)) >= 4 else name
    if core != name:
        forms.append(core)
    if not core.endswith(ORG_SUFFIXES) and (brand := brand_before_field(core)):
        forms.append(brand)  # 澜蹊动保 → 澜蹊: a brand, then its field, with no company ending
    for suffix in ORG_SUFFIXES:
        # (not a hospital's kind alone: 上海市中医医院 is never 中医, nor 人民医院 人民)
        if (
            core.endswith(suffix)
            and suffix not in SCHOOL_ENDINGS
            and suffix not in INSTITUTION_ENDINGS
            and suffix != "医院"
        ):
            head = core[: -len(suffix)]
            for inner in ORG_SUFFIXES:  # 沄析科技有限公司 → 沄析科技 → 沄析
                if head.endswith(inner) and len(head) - len(inner) >= 2:
                    forms.append(head)
                    head = head[: -len(inner)]
                    break
            if len(head) >= 2 and not SECTOR_WORDS.match(head):
                forms.append(head)
                # 绿匣环保科技 → 绿匣环保 → 绿匣: a brand, then the field it works in
                # (会展 of 会展行业事业部: a unit's field)
                brand = brand_before_field(head) if not core.endswith(UNIT_ENDINGS) else None
                if brand or (brand := _coined_before_word(head)):
                    forms.append(brand)
            break
    # (厦门公交集团 → 公交集团, 公交: a city's works named by everyday words, which alone are
    # those words — 拉美的公交电动化 — not the company)
    everyday = core != name and ordinariness(core[:2]) >= 3
    return tuple(f for f in forms if f != name and not (everyday and ordinariness(f[:2]) >= 3))


@lru_cache(maxsize=1 << 14)  # asked for every head a name ending is scored with, often again
def brand_before_field(words: str) -> str | None:
    """绿匣 of 绿匣环保: a brand of two or three characters, then the field it works in — not
    中国 of 中国环保, nor 旷视 of 旷视智慧物流 (a known company's unit)."""
    fielded = _FIELD_AFTER_BRAND.match(words)
    brand = fielded.group("brand") if fielded else ""
    if (
        brand
        and ordinariness(brand) < 3  # (an everyday word is no brand)
        and not SECTOR_WORDS.match(brand)  # (医疗 of 医疗行业咨询: a field twice)
        and brand not in place_names()
        and known_organization(brand) is None
    ):
        return brand
    return None


def _coined_before_word(head: str) -> str | None:
    """蓝瀚 of 蓝瀚水族(科技): in a name with a company's ending, a coined pair, then an everyday
    word for a field the sector list lacks."""
    word = head[2:]
    if (
        len(head) != 4
        or not all(is_han(c) for c in head)
        or ordinariness(word) < 3
        or word.endswith((*SCHOOL_ENDINGS, *INSTITUTION_ENDINGS))  # (美发学院: a kind of school)
    ):
        return None
    brand = head[:2]
    if ordinariness(brand) > 0 or brand in place_names() or known_organization(brand):
        return None
    return brand


def defined_terms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for defined terms: 阿里云智能集团（下称“阿里云”）."""
    found = [*_DEFINED.finditer(text), *_DEFINED_BARE.finditer(text)]
    return sorted((m.start("term"), m.end("term"), m.group("term")) for m in found)


def bracketed_english(text: str, end: int) -> tuple[int, int] | None:
    """The span of an English name in brackets right after `end`: 知岸科技（ShoreMind）."""
    match = BRACKETED_ENGLISH.match(text, end)
    return match.span("english") if match else None
