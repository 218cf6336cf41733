"""Product names in Chinese text: what a company makes, named after the word for the thing
("视频生成应用“澄影”", "核心产品ShoreAgent", "自研的具身大模型ZhuMind", "代号“长夜”")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pedigree.ingest.text.entities import Registry, occurrences
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.lexicon import PLAN, RECURRING
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES
from pedigree.ingest.text.zh.tallies import counted_noun, said_of, tallied

# Words for a thing a company makes, just before its name.
PRODUCT_NOUN = (
    r"(?:产品|应用|App|APP|app|大模型|模型|机器人|机械人|芯片|平台|系统|工具|助手|眼镜|引擎|游戏|手游|代号|"
    r"硬件|设备|软件|智能体|Agent|模组|传感器|解决方案|方案|小程序|网站|服务|模型家族|SaaS|数据库|"
    r"操作系统|终端|装置|仪器|"
    r"聊天机器人|品牌|主打产品|首款产品|核心产品|主力产品|旗舰产品|"
    # devices and materials: 生化分析仪“宠检Mini”, 光固化列印机DF-Mini, 膜电极系列“薄川”
    # (机 and 器 look behind from after themselves: with every alternative opening with its
    # word, re scans for the first characters in C instead of trying each position)
    r"仪|机(?<![司飞危商契转]机)|器(?<![容武]器)|电堆|系列|试剂盒|树脂|材料|电池|模块|贴片|耳机|手表|手环|"
    # 算子库“枢算OpLib”, 商城“循机优品”, 服务站网络“村链驿站”, 外骨骼「擎腰」, 冲锋衣“砥行Shell Pro”
    # and 招牌IP「啡啡熊」
    r"算子库|数据库|代码库|商城|网络|外骨骼|雷达|套件|课程|冲锋衣|晶石|盲盒|手办|玩具|机组|网关|IP)"
)
_QUOTED = re.compile(
    PRODUCT_NOUN
    + r"(?:名为|叫做?|为|是|则是)?\s?[“「《\"](?P<name>[^”」》\"\n，。,]{1,20})[”」》\"]"
)
_LATIN = re.compile(
    PRODUCT_NOUN
    + r"(?:名为|叫做?|为|是)?\s?(?P<name>[A-Z][A-Za-z0-9]*(?:[ -][A-Z0-9][A-Za-z0-9]*){0,3})"
    r"(?![A-Za-z])"
)
_LAUNCHED = re.compile(
    # (主力产品是户外重竹地板“筠石”，另一条线是…“筠栖”: what the product is, then its name)
    r"(?:推出|发布|上线|研发|打造|开发|自研|主打|核心产品|旗舰|首款|第一款|爆款|爆品|畅销款?|招牌|王牌|"
    r"(?:主力|主要|明星|拳头|主营)产品|另一条(?:产品)?线|另一款(?:产品)?)(?:了|的)?(?:首款|第一款|一款)?"
    r"[^，。；“「,;]{0,20}?[“「《](?P<name>[^”」》\n，。,]{1,20})[”」》]"
)
# A quoted name that says what it is: “翎云调度平台”, “溯川数据工厂”.
_CATEGORY_NAME = re.compile(
    r"[“「《](?P<name>[^”」》\n，。,]{1,16}?(?:平台|系统|工厂|引擎|大模型|模型|App|APP|助手|机器人|眼镜|"
    r"芯片|工具|云|OS|Studio|Pro|Max|One|[A-Za-z]\d+|\d+|小程序|套件|课|课程|企业版|校园版|专业版))[”」》]"
)
# A name in quotes followed by the word for what it is: 「ShrimpEye虾眼」系统.
# (“澜控”能量管理云平台: a few words of what it does between)
_QUOTED_BEFORE_NOUN = re.compile(
    r"[“「《](?P<name>[^”」》\n，。,]{2,20})[”」》]\s?"
    # (not “店长经验”装进系统, “翻译官”：一家编译器公司: a verb or a colon between)
    r"[^，。；,;：:“”「」\s装进放入到给让把被将是在为和与及的了]{0,6}?" + PRODUCT_NOUN
)
# A Latin brand that is the subject of use or reach: ShrimpEye已导入…, EyeSure已在…使用.
# (Each opens with its first character and looks behind from there: a pattern that opens with a
# lookbehind is tried at every character of the text, one that opens with [A-Z] only at capitals.)
_LATIN_IN_USE = re.compile(
    r"(?P<name>[A-Z](?<![A-Za-z0-9][A-Z])(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]*\d+[A-Za-z0-9]*"
    r"|[A-Z]{0,3}-[A-Z][A-Za-z0-9]+))"  # (YH-Sigma, NV-7)
    # (UltraGrid年出货量已超过40万片: a yearly or running count of it)
    r"(?=\s?(?:已|已经|目前|累计|上线|覆盖|接入|导入|系统|平台|年?(?:出货量|销量|装机量|下载量)))"
)
# What a product has done or reached, right after its name: “小途”每月处理…, 拾分站已在全国部署….
_IN_USE_AFTER = (
    r"(?=\s?(?:已经?(?!成立|完成|获|拿下|宣布|注册|创立|创办)|目前|累计|至今|上线|开营|每月|每年|覆盖|"
    r"接入|导入|部署|月销量|年销量|销量|出货量|装机量"
    # (“绿驿”上半年销量约1.6亿只, “途袋”去年出货量…: when, then the count)
    r"|(?:上半年|下半年|全年|今年|去年|前三季度|年内|\d{4}年(?:上半年|全年)?)(?:的)?(?:销量|出货量|销售额|用户数)"
    # (“一垄茶”的认养用户超过11万人: its users, of some kind, then how many)
    r"|的[\u4e00-\u9fff]{0,4}(?:用户|会员|学员|客户)数?(?:已|累计|超过|超|达到|达|约|突破|逾|近)"
    # (“九宫格自热火锅”全年卖了3000万盒: sold, then how many)
    r"|(?:(?:上半年|下半年|全年|今年|去年|前三季度|年内|\d{4}年(?:上半年|全年)?)(?:的)?)?"
    r"(?:卖了|卖出了?|售出了?|销售了)\s?[\d一两二三四五六七八九十几数上超近逾约]))"
)
# A name in quotes that does so: “焰阵青训营”开营三年来累计培训…
# (《小镇夜话》累计销量已超过40万套: a game's or a book's title, in its own brackets)
_QUOTED_IN_USE = re.compile(r"[“「《](?P<name>[^”」》\n，。,：:]{2,12})[”」》]" + _IN_USE_AFTER)
# A name in quotes, then what kind of thing it is (“青柚中文”，一个一对一的在线中文课平台), or the
# thing sold under it (对外销售袋装的“蜀汀牛油锅底”).
# (一款 is said only of a product: whatever it is called after it)
_QUOTED_APPOSED = re.compile(
    r"[“「](?P<name>[^”」\n，。,：:]{2,16})[”」](?:[，,]\s?(?:是|为)?|\s?(?:是|为))"
    r"(?:一款[^，。；,;“”「」]{1,20}|(?:一个|一套|一种|一台|一部|一项)[^，。；,;“”「」]{0,20}?"
    + PRODUCT_NOUN + r")(?=[，。；,;）)]|$)"
)
_SOLD_QUOTED = re.compile(
    r"(?:销售|售卖|出售|开售|开卖)(?![额给到往量团渠网部点商])的?[^，。；,;“”「」]{0,10}?"
    r"[“「](?P<name>[^”」\n，。,：:]{2,16})[”」]"
)
# A name in quotes that a company owns: 格物方舟旗下“方舟实验场”, 旗下的「糖小贝」App.
# (旗下山地骑行俱乐部“野径俱乐部”: what kind of thing, between)
_OWNED_QUOTED = re.compile(
    r"旗下(?:的)?(?:品牌|产品|[^，。；,;“”「」的]{2,10}(?<!公司)(?<!企业)(?<!集团)(?<!基金)(?<!机构))?"
    r"[“「](?P<name>[^”」\n，。,：:]{2,12})[”」]"
    r"(?!的?[^，。；,;]{0,6}?(?:公司|基金|企业|集团|投资|资本))"
)
# What a company's brand and one more character name, where it does so (拾分站 of 拾分科技): not
# the brand with a function word, a time or money word, or a word for the firm or its people.
# (Two or more characters after the brand are often the company's own trading name: 午安厨房 of
# 午安餐饮科技.)
_NOT_A_PRODUCT_REST = re.compile(
    r"[已在的了是和与及从向对为被把将等也都还又就才均共约近超截估今此现总于以由自则仍再曾正更最首去明本前后]"
    r"|^系$"
)
# A thing named in quotes by 名为/叫 (一套名为“镜瞳”的视觉系统, 这台音箱叫“暖言”) — not a company
# (一家名为“句点互动”的AI营销公司).
_NOT_AFTER = r"(?<!公司{0})(?<!企业{0})(?<!机构{0})"  # the words before 名为 or 叫, looked behind
_NAMED = re.compile(
    rf"(?:名为{_NOT_AFTER.format('名为')}|叫{_NOT_AFTER.format('叫')}(?:做?|作)"
    rf"|命名为{_NOT_AFTER.format('命名为')})"
    r"\s?[“「《](?P<name>[^”」》\n，。,]{1,20})[”」》]"
    r"(?!的?[^，。；,;]{0,10}?(?:公司|企业|团队|机构|基金|工作室|创企|品牌方))"
)
# A product whose name mixes a brand and a Latin part, right after the word for it: 产品码舟IDE.
_MIXED = re.compile(
    r"(?:的|核心|主打|旗舰|首款|主力)产品(?!是|为|与|和|及|的|线|包括|包含|涵盖|有)"
    r"(?P<name>[\u4e00-\u9fff]{1,4}[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9])"
)
_COUNTED = re.compile(r"[一两二三四五六七八九十几数多\d]+\s?[家个位名款台所]")
# Quoted words that make a clause, not a name: a particle or an adverb of a predicate inside.
_DEGREE_ADVERB = re.compile(r"很|非常|十分|特别")
_CLAUSE_LIKE = re.compile(
    r"[\u4e00-\u9fff]{2,}?(?:的|了|仍|依赖|需要|应该|可以|不是|没有)[\u4e00-\u9fff]"
    r"|^(?:不|没|别|要|让|被|靠)[\u4e00-\u9fff]{4,}$"  # “不靠焦虑卖课”: a motto, not a name
)
# A product's Latin name is a brand (PaceCast, ZhuMind, W1), not an acronym or a common word.
_NOT_PRODUCTS = re.compile(
    r"^(?:[A-Z]{1,5}s?|Agent|App|SaaS|PoC|demo|Demo|Studio|Pro|Max|Plus"
    r"|[BCOSM]2[BCOM]|A?IoT|AIGC)$"  # (水产品B2B交易平台, IoT平台: a trade's terms)
)


@dataclass(frozen=True)
class ProductName:
    start: int
    end: int
    name: str


# A model code after a maker's brand: 听屿H2, 启芽学习机Q1, 穹顶T2.
_MODEL_CODE = (
    r"(?:[\u4e00-\u9fff]{0,4}?(?:[A-Z]{1,3}-?\d{1,4}[A-Za-z]?|\d{1,3}[A-Z]{1,2}|-\d{1,4}(?![\d.]))"
    # 栖屋OS, 舶智ERP: a brand and the kind of software it is
    r"|(?:OS|ERP|CRM|SaaS|App|APP)(?![A-Za-z0-9])"
    # 垦途Kit, 溯码Legacy Agent: a brand and an English word, right after it
    r"|\s?(?!(?:Demo|Day|Camp|Week|Summit|Forum|Award|Club|Group|Capital|Labs?)\b)"
    r"[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)(?![A-Za-z0-9])"
)
# A field that names the product: - **产品**：漫译Pro，已累计…
# The leading \s*+ is possessive: what follows it cannot start with a space, so giving
# whitespace back never helps, and backtracking through a mixed-language post's blanked lines
# (hundreds of spaces each) cost more than the rest of the product reader.
_PRODUCT_FIELD = re.compile(
    r"(?m)^\s*+(?:[-*•·]\s*)?\**\s*(?:产品|产品名称|核心产品|主打产品)\s*\**\s*[:：]\s*\**\s*"
    r"(?P<name>[^\s，,。；;：:（(*]{2,20})"
)


_DEFINES = re.compile(r"(?:下称|简称)[，,]?\s?[“「\"]?$")
# A round raised, right after a name: only a company raises one.
_RAISED_AFTER = re.compile(
    # (「蜜岬」（Honeycape）近日完成…: its name in another script between)
    r"[”」》\"]?\s?(?:[（(][^（）()，。]{1,30}[)）])?\s?(?:已|近日|日前|刚刚|今日)?"
    r"(?:完成|获得|拿下|宣布完成|获)[^，。；,;]{0,12}(?:轮|融资)"
)
# Endings only a company's name has (a product is not called …科技 or …有限公司).
_COMPANY_ENDINGS = ("科技", "有限公司", "集团", "控股", "数科", "信息技术")


def find_products(
    folded: str, registry: Registry, brands: Iterable[str] = (), orgs: Iterable[str] = ()
) -> list[ProductName]:
    """Product names by what the text says of them; `brands` are the names and short forms of
    organisations, whose model codes (听屿H2) are products; `orgs` the organisations' names,
    which are not (在Meta Reality Labs做…)."""
    org_names = set(orgs)
    found = []
    names = set()
    patterns = [_QUOTED, _LATIN, _LAUNCHED, _CATEGORY_NAME, _QUOTED_BEFORE_NOUN, _LATIN_IN_USE,
                _QUOTED_IN_USE, _OWNED_QUOTED, _QUOTED_APPOSED, _SOLD_QUOTED]
    patterns += [_NAMED, _MIXED]
    patterns.append(_PRODUCT_FIELD)
    brands = list(brands)
    brand_set = set(brands)
    usable = sorted(b for b in brand_set if len(b) >= 2 and b in folded)
    brand_model = brand_in_use = None
    if usable:
        alternatives = "|".join(map(re.escape, sorted(usable, key=len, reverse=True)))
        brand_model = re.compile(rf"(?P<name>(?:{alternatives}){_MODEL_CODE})")
        brand_in_use = re.compile(
            rf"(?P<name>(?:{alternatives})(?P<rest>[\u4e00-\u9fff])){_IN_USE_AFTER}"
        )
        patterns += [brand_model, brand_in_use]
    companies = [*(e.name for e in registry.all("org")), *brands]
    for pattern, match in _candidates(folded, patterns):
        name = match.group("name").strip()
        if len(name) < 2 or _NOT_PRODUCTS.match(name) or registry.find("org", name):
            continue
        if "\n" in name:
            continue  # (a filing's Chinese name over its English one: two lines, no product)
        if pattern is brand_model and name in org_names:
            continue  # (在Meta Reality Labs做…: an organisation's unit, not Meta's model)
        if pattern is brand_in_use and (
            _NOT_A_PRODUCT_REST.search(match.group("rest"))
            or match.group("rest") in ORG_SUFFIXES
            or any(c.startswith(name) for c in companies)
        ):
            continue  # 拾分已…, 拾分科: a word after the brand, or the company's own name
        quoted_kind = (_QUOTED_IN_USE, _OWNED_QUOTED, _QUOTED_APPOSED, _SOLD_QUOTED)
        if pattern in quoted_kind and name.endswith("系"):
            continue  # “方太系”已经开始有了第二代: alumni of a company, no product
        if pattern in quoted_kind and name.endswith(
            (*_COMPANY_ENDINGS, *ORG_SUFFIXES)
        ):
            continue  # “拾分科技”已…: a company in quotes
        if pattern is _NAMED and any(c.startswith(name) for c in companies):
            continue  # 为什么叫「舢舨」: the company's own short name
        if name in brand_set and name.endswith(_COMPANY_ENDINGS):
            continue  # 调度平台「霜程科技」完成…融资: a company named as one, not a product
        if _RAISED_AFTER.match(folded, match.end()) and any(
            c == name or c[len(name) :] in ORG_SUFFIXES for c in companies if c.startswith(name)
        ):
            continue  # SaaS「舶智」已拿下天使轮 beside 舶智科技, 「霁阳机器人」完成…: the company
        if re.search(r"[，。；！？、,;!?]", name) or _COUNTED.match(name):
            continue  # “两家 Tier1”: a count of customers, not a product
        if _CLAUSE_LIKE.search(name) or _DEGREE_ADVERB.search(name):
            continue  # 模型“仍高度依赖油价和司机替代率”, “很远又很近”: quoted words, not a name
        before = folded[max(0, match.start() - 2) : match.start()]
        if pattern is _QUOTED and re.search(r"[把将]\s?$", before):
            continue  # 把游戏「做完」: what is done to the thing, not its name
        if _DEFINES.search(folded, max(0, match.start() - 6), match.start()):
            continue  # （下称“有栖云”）: the term a company is called by, not a product
        names.add(name)
    # 古法鱼露“潮鲜三年陈”，以及…复合调味汁“潮鲜一滴”: a second quoted name joined to a product's
    for match in _AND_ANOTHER.finditer(folded):
        first, name = match.group("first"), match.group("name").strip()
        if (
            first in names
            and not registry.find("org", name)
            and not (_CLAUSE_LIKE.search(name) or re.search(r"[，。；！？、,;!?]", name))
        ):
            names.add(name)
    longer = {name: [c for c in companies if len(c) > len(name) and c.startswith(name)]
              for name in names}  # fmt: skip
    for name, spans in occurrences(folded, sorted(names, key=lambda n: (-len(n), n))).items():
        for s, e in spans:
            if name.isascii() and (_word(folded, s - 1) or _word(folded, e)):
                continue
            if any(folded.startswith(c, s) for c in longer[name]):
                continue  # App「钱途」 and 钱途科技完成…: the company's name, not the product
            if name in brand_set and _FOUNDERS_NEXT.match(folded, e):
                continue  # App“栖心” and 栖心的另一位联合创始人: there the company's name
            stem = _APP_ENDING.sub("", name)
            # App“栖心” … 栖心App注册用户约600万: one product, written with its kind
            found.append(ProductName(s, e, stem if stem != name and stem in names else name))
    return found + _without_brand(folded, {p.name for p in found}, brand_set)


_AND_ANOTHER = re.compile(
    r"[“「](?P<first>[^”」\n，。,]{2,20})[”」][，,]?\s?(?:以及|和|及|与|还有)[^，。；“「]{0,20}?"
    r"[“「](?P<name>[^”」\n，。,]{2,20})[”」]"
)
_APP_ENDING = re.compile(r"\s?(?:App|APP|app|小程序)$")
# What only a company has, right after its name: founders.
_FOUNDERS_NEXT = re.compile(r"(?:的)?(?:另一位|另一名|两位|几位)?(?:联合|共同)?(?:创始人|创办人)")
_MODEL_NAME = re.compile(r"[A-Za-z](?=.*(?:\d|[a-z][A-Z]))")


def _without_brand(folded: str, names: set[str], brands: set[str]) -> list[ProductName]:
    """齿衡iScan 3 … 其中，iScan 3累计装机量…: a product named after its maker's brand, named
    again without the brand (a Latin model name, not a word)."""
    found = []
    for name in sorted(names):
        starts = [b for b in brands if len(b) >= 2 and name.startswith(b)]
        brand = max(starts, key=lambda b: (len(b), b)) if starts else None
        rest = name[len(brand) :].strip() if brand else ""
        # (a model name, iScan 3, S-Pro: not an English word such as Shop)
        if len(rest) < 3 or not _MODEL_NAME.match(rest):
            continue
        for s, e in occurrences(folded, [rest]).get(rest, []):
            after_brand = folded[max(0, s - len(brand) - 16) : s].rstrip().endswith(brand)
            if not after_brand and not _word(folded, s - 1) and not _word(folded, e):
                found.append(ProductName(s, e, name))
    return found


# A list of products after a colon or 包括: 两款产品：面向卖家的「泊付收款」和面向企业的
# 「泊付全球账户」, 主要产品包括深远海养殖工船“蔚牧1号”和智能网箱“深蓝笼”.
_PRODUCT_LIST = re.compile(
    r"(?:产品|产品线)(?:(?:包括|有|为|是)?\s?[：:]|包括|涵盖)(?P<list>[^。；;\n]{2,120})"
)
_QUOTED_ITEM = re.compile(r"[“「《](?P<name>[^”」》\n，。,]{1,20})[”」》]")
# … or each a Latin name before the words for what it is: UltraGrid金载网和VitroPrep自动制样仪.
_LATIN_ITEM = re.compile(
    r"(?:(?<=[：:、，,])|(?<=[和及与括含盖]))\s?"
    # (JC-Cool 300系列液冷机组: a model number after a space)
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?(?: \d+[A-Za-z]?)?)(?=[\u4e00-\u9fff])"
)


def _candidates(folded: str, patterns: list[re.Pattern]) -> Iterable[tuple[re.Pattern, re.Match]]:
    """Each pattern's matches, then every quoted name in a list of products."""
    for pattern in patterns:
        for match in pattern.finditer(folded):
            yield pattern, match
    for listed in _PRODUCT_LIST.finditer(folded):
        for match in _QUOTED_ITEM.finditer(folded, listed.start("list"), listed.end("list")):
            yield _QUOTED_ITEM, match
        for match in _LATIN_ITEM.finditer(folded, listed.start("list") - 1, listed.end("list")):
            yield _LATIN_ITEM, match


def _word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


# A count and what it counts, for a product or a project: 月活跃用户达到620万, 累计交付超过150台,
# 付费商家已超过3200家, 已在…12家客户…落地, 日均订单超 8 万单.
METRIC_CUES = (
    ("mau", re.compile(r"月活跃用户|月活用户|月活|MAU")),
    ("dau", re.compile(r"日活跃用户|日活用户|日活|DAU")),
    ("paying_users", re.compile(r"付费用户|付费商家|付费客户|付费会员|付费")),
    ("registered_users", re.compile(r"注册用户|注册创作者|注册开发者|注册企业")),
    ("downloads", re.compile(r"下载量|下载")),
    ("daily_orders", re.compile(r"日均订单|日订单")),
    ("customers", re.compile(r"客户|家企业|企业客户|家机构|商家|商户")),
    ("units", re.compile(r"交付|出货|销量|售出|卖出|卖了|部署|首批|台")),
    ("deployments", re.compile(r"诊所|医院|工厂|门店|社区中心|城市|县城")),
    ("screenings", re.compile(r"筛查|人次")),
    ("users", re.compile(r"用户|使用者|学员|会员")),
)
_COUNT_UNIT = re.compile(
    r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:家|台|个|名|位|人次|人|单|架次|次|座|所|间|款|套|件|吨|宗)?"
)
# A noun that names a count, right before it: 日均对话量约200万次, 注册企业数超过12万家,
# 累计飞行架次超过12万 — whatever it counts, the noun says so.
_COUNT_NOUN_BEFORE = re.compile(
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{1,8}?(?:数量|次数|架次|人次|量|数|规模))\s?(?:已|累计|均)?"
    r"(?:约|超过|超|达到|达|突破|为|逾|近|接近|约为|高达|已达|已超|已突破|则为)?\s?$"
)
_NOT_PRODUCT_COUNT = re.compile(
    r"员工|人员|团队|人数|股|融资|估值|专利|论文|营收|收入|利润|亏损|资金"
)
_ARR_BEFORE = re.compile(RECURRING + r"(?:\s?[（(]ARR[)）])?[^，。；,;\d]{0,6}$")
_NOT_A_METRIC = re.compile(
    r"^\s?(?:多|余)?\s?(?:人的|人团队|名员工|岁|年|月|天|小时|分钟|%|％|倍|克|米|公里|小时"
    r"|英寸|寸|毫米|厘米|公斤|千克|斤|毫升|升|千瓦|瓦|伏|分贝|摄氏度|℃"  # (55英寸: a size)
    r"|个月|个小时|个星期|个工作日"  # (上线6个月注册用户达35万: a time, not a count)
    r"|[kKMG][VWw]|[kKMGT]B|nm|mm|cm)"  # (300kV电镜, 5nm芯片: a specification)
)
# Any other count of what a company has reached: a verb of reach or use before it, a measure
# word and a noun after it (已在14个城市开通, 接入超过6000家门店, 累计处理超过50万小时的影音).
_REACH = re.compile(
    r"(?:覆盖|接入|服务|进入|落地|部署|入驻|开通|累计|出货|交付|销售|卖出|售出|处理|生成|运营|安装|导入|"
    r"签约|拿下|积累|清洗|作业|试点|试用|合作|使用|在用|采用|连接|管理|监测|检测|入住|上线|铺设|运行|"
    r"翻译|完成|开设|进驻|覆盖了|搭载|装载|装车|上车|飞行|调用|供应|供货|装机|装在|装上|采购|购买|"
    r"订购|登记|参与|植入|帮助|被用于|装配|布放|运作|放了|供苗|已有|在营|定点)"
)
_MEASURED = re.compile(
    r"^\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?\s?(?P<unit>家|台|个|座|所|间|辆|单|次|套|组|条|期|张|份|亩|件|吨|宗|款|"
    r"平方米|平方英尺|万小时|小时|行|床|名|位|话|集|部|篇|本|支|户|只|头|块|架|艘|颗|枚|处|册|例|项)"
    r"(?P<noun>[\u4e00-\u9fffA-Za-z]{0,8})"
)
_NOT_COUNTED = re.compile(
    r"^(?:员工|工程师|研发人员|博士|成员|人的|年|月|天|周|岁|倍|轮|投资|融资|专利|论文|项目|进入|团队|"
    r"创始人|机构|投资人|完成|正在|已|获|在)"
    r"|^[\u4e00-\u9fff]{1,3}(?:员工|工程师|研发人员|成员)"  # 12名听障员工: staff of some kind
)


# Before a count: a hope or a plan (希望交付量能冲到一万台), or a capacity (年处理能力3万吨), not
# what a product reached.
_NOT_A_COUNT_YET = re.compile(
    PLAN.pattern + r"|希望|目标|力争|争取|冲到|产能|年产|处理能力|生产能力|设计能力"
    r"|想把|想要|想做到|要做到|重点是把"
    # what it can do at once (可同时筛查10种癌症): a capability, not a count reached
    r"|可同时|能同时|最多可|可支持|一次可|单次可"
    # a figure per unit (单台日均配送40单, 平均每家门店…): no total reached
    r"|单台|每台|每家|人均|平均每|单店"
)
_TERM_OR_BOUND_AFTER = re.compile(r"[A-Za-z]|[\u4e00-\u9fff]{1,2}(?:以下|以内)")
# A count only guessed at: 数十万吨, 几百家 (上千万, "over ten million", is a floor, as 超过 is).
_VAGUE_COUNT = re.compile(r"[数几][十百千万]")


def read_products(ctx) -> list:
    """Product facts (the company that makes each product named) and product metrics (a count
    with a word saying what it counts, for the product the clause or the sentence before is
    about; for a project that names no product, the project itself)."""
    from pedigree.ingest.text.zh.drafts import company_near

    folded = ctx.text.folded
    facts = []
    seen = set()
    for mention in ctx.mentions.items:
        if mention.kind != "product" or mention.entity is None or mention.entity in seen:
            continue
        if not ctx.readable(mention.start, mention.end):
            continue
        company = company_near(ctx, mention.start)
        if company is None:
            continue
        seen.add(mention.entity)
        aliases = {company.name: company.written} if company.written != company.name else {}
        start, end = ctx.sentence_at(mention.start)
        facts.append(
            ctx.text.fact(
                "product", (start, end), 0.8, aliases, org=company.name, product=mention.entity.name
            )
        )
    for clause in ctx.clauses:
        if not ctx.readable(clause.start, clause.end):
            continue
        for amount in ctx.amounts_in(clause.start, clause.end):
            recurring = amount.currency and _ARR_BEFORE.search(
                folded[max(clause.start, amount.start - 24) : amount.start]
            )
            if recurring:  # ARR约1.1亿元: a product's run rate, not a period's figure
                product = _product_near(ctx, clause, amount.start)
                if product is not None:
                    facts.append(
                        ctx.text.fact(
                            "product_metric", (clause.start, clause.end), 0.75, {},
                            product=product, metric="arr", value=amount.value, date=None,
                        )
                    )
                continue
            if amount.currency or amount.value < 2 or _NOT_A_METRIC.match(folded[amount.end :]):
                continue
            inside = ctx.mentions.covering(amount.start)
            if inside is not None and inside.kind == "product":
                continue  # 「钧眼AOI-7」: the product's model number
            if _TERM_OR_BOUND_AFTER.match(folded, amount.end):
                continue  # 4S店, 5G: a term; 年销量500台以下的车商: a bound on whom it serves
            if re.match(r"^\s?(?:年|月|日|号)", folded[amount.end :]) or re.search(
                r"[\d.]$", folded[amount.start - 1 : amount.start]
            ):
                continue
            if 1900 <= amount.value <= 2100 and re.match(
                r"^\s?(?:到|至|-|–|—|~)\s?(?:19|20)\d{2}", folded[amount.end :]
            ):
                continue  # 那八年（2009到2017年）: a span of years, no count
            if _NOT_A_COUNT_YET.search(folded[clause.start : amount.start]) or _VAGUE_COUNT.search(
                folded, max(0, amount.start - 1), amount.start + 2
            ):
                continue  # 希望交付量冲到一万台, 年处理能力3万吨, 数十万吨: no count reached
            if _AUDIENCE_AFTER.match(folded, amount.end):
                continue  # 台下坐着50多家机构的投资人: who came, not a product's count
            metric = _metric_near(folded, clause.start, clause.end, amount)
            if metric is None:
                metric = _reached(folded, clause.start, clause.end, amount)
            if metric is None and said_of(ctx, amount.start):
                metric = tallied(folded, clause.start, clause.end, amount)
            if metric is None:
                continue
            footprint = bool(_FOOTPRINT.match(folded, amount.end)) and not _ENTERED.search(
                folded, max(clause.start, amount.start - 12), amount.start
            )  # (已进入约3500家门店: where a product went, not the company's own stores)
            product = _product_near(ctx, clause, amount.start, footprint)
            if product is None:
                continue
            facts.append(
                ctx.text.fact(
                    "product_metric",
                    (clause.start, clause.end),
                    0.75,
                    {},
                    product=product,
                    metric=metric,
                    value=amount.value,
                    date=None,
                )
            )
    return _without_company_echoes(ctx, facts)


def _without_company_echoes(ctx, facts: list) -> list:
    """A count given to the company (a headline's 签约商户突破5.2万家) that the text also gives
    to one of its products (途宿PMS的签约民宿商户达52000家) is that product's, said twice."""
    products = {
        f.fields["value"] for f in facts
        if f.kind == "product_metric" and ctx.registry.find("product", f.fields["product"])
    }  # fmt: skip
    return [
        f for f in facts
        if not (
            f.kind == "product_metric"
            and f.fields["value"] in products
            and ctx.registry.find("org", f.fields["product"]) is not None
        )
    ]  # fmt: skip


_KINDS_OF_BUYER = ("customers", "users")
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]{1,4}?(?=客户|用户|使用者|学员|会员)")


_AUDIENCE_AFTER = re.compile(
    r"\s?(?:多|余)?\s?(?:家|位|名|个)?\s?(?:[^，。；,;]{0,6}?的)?"
    r"(?:投资人|投资机构|机构投资者|评委|嘉宾|观众|媒体|项目|参赛团队|入营团队)"
)


def _metric_near(folded: str, start: int, end: int, amount) -> str | None:
    before = folded[max(start, amount.start - 14) : amount.start]
    after = folded[amount.end : min(end, amount.end + 8)]
    unit = _COUNT_UNIT.match(after)
    tail = after[unit.end() :] if unit else after
    qualified = _QUALIFIED.match(tail)
    for metric, pattern in METRIC_CUES:
        if (
            pattern.search(before)
            or pattern.match(tail)
            # 1,100家货代客户, 300名视障用户: a kind of customer or user, then the word itself
            or (metric in _KINDS_OF_BUYER and qualified and pattern.match(tail, qualified.end()))
            or (metric == "units" and re.match(r"^\s?(?:多|余)?台", after))
        ):
            return metric
    named = _COUNT_NOUN_BEFORE.search(before)
    if named and not _NOT_PRODUCT_COUNT.search(named.group("noun")):
        return re.sub(r"^(?:.*的|其|该|累计|总)+", "", named.group("noun")) or named.group("noun")
    return None


def _reached(folded: str, clause_start: int, clause_end: int, amount) -> str | None:
    """The noun a count of reach counts (城市 in 已在14个城市开通), or None."""
    measured = _MEASURED.match(folded[amount.end : amount.end + 24])  # ^ holds at 0 only
    if measured is None or _NOT_COUNTED.match(measured.group("noun")):
        return None
    reach_end = min(clause_end, amount.end + measured.end() + 6)  # (not the next clause's verb)
    if not _REACH.search(folded[clause_start:reach_end]):
        return None
    noun = counted_noun(measured.group("noun"))
    return noun or measured.group("unit")  # 9家三甲医院开展临床试用 counts 三甲医院


# After a count: the company's own places or members (38家直营门店), not a product's reach. (A
# count of members written after the noun — 月活跃会员约520万 — is often a membership app's.)
_FOOTPRINT = re.compile(
    r"\s?(?:多|余)?\s?(?:万|亿)?\s?(?:多|余)?\s?(?:家|间|間|个|個|所|座|名|位)?\s?"
    r"[\u4e00-\u9fff]{0,4}?(?:门店|门市|門市|分店|直营店|加盟店|网点|點位|点位|场馆|拳馆|诊所|校区|会员|會員)"
)


_ENTERED = re.compile(r"进入|入驻|进驻|覆盖|铺进|铺入|供应|卖进|用于|使用|服务|合作")


def _product_near(ctx, clause, position: int, footprint: bool = False) -> str | None:
    """The product a count in `clause` is said of, else the company; a count of the company's
    own places or members (`footprint`) is a product's only where the clause names it."""
    products = ctx.mentions.within(clause.start, clause.end, "product")
    if products:
        return products[0].entity.name
    folded = ctx.text.folded
    own = [
        m
        for m in ctx.mentions.within(clause.start, position, "org")
        if m.entity is not None
        and "investor" not in m.entity.roles
        and m.start - clause.start <= 10
        and not re.search(
            r"(?:通过|在|向|给|为|与|和|跟|替|帮|被|把)\s?$", folded[clause.start : m.start]
        )
    ]
    if own:
        subject = own[-1].entity
        if _former_employer(ctx, subject) or (
            known_organization(subject.name) is not None and subject is not ctx.main_company
        ):
            return None  # 2018年华为智能手机发货量超过2亿台: another company's own scale
        return subject.name  # 翎运已在14个城市开通: the company the clause names
    sentence = ctx.sentence_at(clause.start)
    earlier = [s for s in ctx.sentences if s[1] <= sentence[0]][-2:]
    window_start = earlier[0][0] if earlier else sentence[0]
    products = [] if footprint else ctx.mentions.within(window_start, position, "product")
    named = list(dict.fromkeys(m.entity.name for m in products if m.entity is not None))
    turn = re.search(r"前者|后者", folded[clause.start : position])
    if turn and len(named) >= 2:
        # 前者累计出货超过300万颗；后者已交付30余家客户: the first or the second of the two
        return named[-2] if turn.group() == "前者" else named[-1]
    if products:
        return products[-1].entity.name
    section = ctx.section_company(position)
    if section is not None:
        return section.name
    # No product named: the company the clause is about (翎运已在14个城市开通…).
    from pedigree.ingest.text.zh.drafts import company_near

    if ctx.mentions.within(clause.start, position, "person"):
        return None
    company = company_near(ctx, position)
    if company is None or _former_employer(ctx, company):
        return None
    return company.name


def _former_employer(ctx, company) -> bool:
    """An organisation first named as where someone worked, other than the story's company:
    its own scale (马士基在全球运营着约700艘集装箱船) is no product's count."""
    return company in ctx.employers_named and company is not ctx.main_company
