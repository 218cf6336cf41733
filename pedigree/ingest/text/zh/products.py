"""Product names in Chinese text: what a company makes, named after the word for the thing
("视频生成应用“澄影”", "核心产品ShoreAgent", "自研的具身大模型ZhuMind", "代号“长夜”")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pedigree.ingest.text.entities import Registry, occurrences
from pedigree.ingest.text.zh.name_candidates import is_han
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES

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
    r"算子库|数据库|代码库|商城|网络|外骨骼|雷达|套件|课程|冲锋衣|晶石|盲盒|手办|玩具|机组|网关|IP|"
    r"盒|泵|锁(?<!连锁))"  # (AI水质监测盒“鳞眼”, 直流变频水泵“汐流P3”, 智能锁LP-1)
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
# What something features, quoted and then described (主打“下楼就能玩”的社区乐园).
_FEATURE = re.compile(r"主打[“「][^”」]{1,20}[”」]的")
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
    r"|[A-Z]{0,3}-[A-Z][A-Za-z0-9]+|[A-Z]{1,3}-\d{1,4}[A-Za-z]?))"  # (YH-Sigma, NV-7, LP-1)
    # (UltraGrid年出货量已超过40万片: a yearly or running count of it)
    r"(?=\s?(?:已|已经|目前|累计|上线|覆盖|接入|导入|系统|平台|年?(?:出货量|销量|装机量|下载量)))"
)
# What a product has done or reached, right after its name: “小途”每月处理…, 拾分站已在全国部署….
_IN_USE_AFTER = (
    r"(?=\s?(?:已经?(?!成立|完成|获|拿下|宣布|注册|创立|创办)|目前|累计|至今|上线|开营|每月|每年|覆盖|"
    r"接入|导入|部署|月销量|年销量|销量|出货量|装机量"
    # (“绿驿”上半年销量约1.6亿只, “途袋”去年出货量…: when, then the count)
    r"|(?:上半年|下半年|全年|今年|去年|前三季度|年内|\d{4}年(?:上半年|全年)?)(?:的)?(?:销量|出货量|销售额|用户数)"
    # (“一垄茶”的认养用户超过11万人, “泉悦会”会员突破310万: its users, of some kind, then how
    # many)
    r"|(?:的[\u4e00-\u9fff]{0,4})?(?:用户|会员|学员|客户)数?(?:已|累计|超过|超|达到|达|约|突破|逾|近)"
    # (“谷畔慢烘”上市一年累计售出…: launched, then how much it sold since)
    r"|上市[^，。；,;“”「」]{0,6}?(?:累计|销量|卖了|卖出|售出)"
    # (“九宫格自热火锅”全年卖了3000万盒: sold, then how many)
    r"|(?:(?:上半年|下半年|全年|今年|去年|前三季度|年内|\d{4}年(?:上半年|全年)?)(?:的)?)?"
    r"(?:卖了|卖出了?|售出了?|销售了|出货了?)\s?[\d一两二三四五六七八九十几数上超近逾约]))"
)
# A name in quotes that does so: “焰阵青训营”开营三年来累计培训…
# (《小镇夜话》累计销量已超过40万套: a game's or a book's title, in its own brackets)
# (“日栖S系列”智能太阳能热水器累计安装量…: what it is, between, when no firm)
_QUOTED_IN_USE = re.compile(
    r"[“「《](?P<name>[^”」》\n，。,：:]{2,12})[”」》]"
    r"(?:[\u4e00-\u9fff]{2,10}?(?<!公司)(?<!集团)(?<!团队)(?<!企业)(?<!机构)(?<!基金)(?<!资本)"
    r"(?<!品牌)(?=累计|销量|年销量|出货量|装机量))?"
    + _IN_USE_AFTER
)
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
        if pattern is _LAUNCHED and _FEATURE.search(folded, match.start(), match.end() + 1):
            continue  # 主打“泡泡+软体”的室内乐园: what a place features, not its product
        before = folded[max(0, match.start() - 2) : match.start()]
        if pattern is _QUOTED and re.search(r"[把将]\s?$", before):
            continue  # 把游戏「做完」: what is done to the thing, not its name
        if _DEFINES.search(folded, max(0, match.start() - 6), match.start()):
            continue  # （下称“有栖云”）: the term a company is called by, not a product
        names.add(name)
    # 古法鱼露“潮鲜三年陈”，以及…复合调味汁“潮鲜一滴”: a second quoted name joined to a product's
    # (一是手工墨锭系列“玄霜·松烟”…；二是…瓶装墨汁“玄霜墨液”: or the next of a list of lines)
    for match in [*_AND_ANOTHER.finditer(folded), *_NEXT_ITEM.finditer(folded)]:
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
    return found + _short_forms(folded, found) + _without_brand(
        folded, {p.name for p in found}, brand_set
    )


_KIND_ENDING = re.compile(r"(?:系统|平台|助手|App|APP|小程序|机器人|云|大模型)$")


def _short_forms(folded: str, found: list[ProductName]) -> list[ProductName]:
    """安澜殡仪管理系统 … 安澜系统已签约…: a product called by its first two characters and
    the kind of thing it is, where no other product shares them."""
    by_short: dict[str, set[str]] = {}
    for product in found:
        ending = _KIND_ENDING.search(product.name)
        if ending and ending.start() > 3 and is_han(product.name[0]):
            by_short.setdefault(product.name[:2] + ending.group(), set()).add(product.name)
    taken = [(p.start, p.end) for p in found]
    forms = {short: names.pop() for short, names in by_short.items() if len(names) == 1}
    extra = []
    for short, spans in occurrences(folded, sorted(forms, key=lambda n: (-len(n), n))).items():
        for s, e in spans:
            if not any(ts < e and s < te for ts, te in taken):
                extra.append(ProductName(s, e, forms[short]))
    return extra


_NEXT_ITEM = re.compile(
    r"[“「](?P<first>[^”」\n，。,]{2,20})[”」][^。\n“「]{0,40}?[；;，,]\s?"
    r"(?:[二三四]是|其[二三四]是|另一(?:条|款)(?:产品)?(?:线)?(?:是|则是))"
    r"[^，。；“「]{0,24}?[“「](?P<name>[^”」\n，。,]{2,20})[”」]"
)
_AND_ANOTHER = re.compile(
    r"[“「](?P<first>[^”」\n，。,]{2,20})[”」][，,]?\s?(?:以及|和|及|与|还有)[^，。；“「]{0,20}?"
    r"[“「](?P<name>[^”」\n，。,]{2,20})[”」]"
)
_APP_ENDING = re.compile(r"\s?(?:App|APP|app|小程序)$")
# What only a company has, right after its name: founders.
_FOUNDERS_NEXT = re.compile(r"(?:的)?(?:另一位|另一名|两位|几位)?(?:联合|共同)?(?:创始人|创办人)")
_MODEL_NAME = re.compile(r"[A-Za-z](?=.*(?:\d|[a-z][A-Z]))")
# A short model code or a line's tier word (曜驰R7 → R7, 澜肤RF Pro → RF Pro).
_SHORT_MODEL = re.compile(r"[A-Z]{1,2}\d{1,2}|[A-Z]{1,3}[ ]?(?:Pro|Max|Plus|Mini|Ultra|Lite|Air)")


def _without_brand(folded: str, names: set[str], brands: set[str]) -> list[ProductName]:
    """齿衡iScan 3 … 其中，iScan 3累计装机量…: a product named after its maker's brand, named
    again without the brand (a Latin model name, not a word)."""
    found = []
    for name in sorted(names):
        # (曜驰R7 of 曜驰电摩: the brand the product and the company's name begin with)
        starts = [b if name.startswith(b) else _shared_head(name, b) for b in brands]
        starts = [b for b in starts if len(b) >= 2]
        brand = max(starts, key=lambda b: (len(b), b)) if starts else None
        rest = name[len(brand) :].strip() if brand else ""
        # (a model name, iScan 3, S-Pro, R7, RF Pro: not an English word such as Shop — but
        # 舟行Frame … Frame系列: a word the text calls a series)
        model = len(rest) >= 3 and _MODEL_NAME.match(rest) or _SHORT_MODEL.fullmatch(rest)
        if not model and not (len(rest) >= 3 and rest.isascii() and rest.isalpha()):
            continue
        for s, e in occurrences(folded, [rest]).get(rest, []):
            after_brand = folded[max(0, s - len(brand) - 16) : s].rstrip().endswith(brand)
            if not model and not folded.startswith(("系列", "款"), e):
                continue
            if not after_brand and not _word(folded, s - 1) and not _word(folded, e):
                found.append(ProductName(s, e, name))
    return found


def _shared_head(name: str, brand: str) -> str:
    """The Han characters `name` and `brand` both begin with: 曜驰 of 曜驰R7 and 曜驰电摩."""
    i = 0
    while i < min(len(name), len(brand)) and name[i] == brand[i] and is_han(name[i]):
        i += 1
    return name[:i]


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
