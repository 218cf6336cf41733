"""The interface in 简体, 繁體 and English, and names shown in the chosen script.

Names are stored as reported (often in Simplified); a reader who chose 繁體 sees them converted
with OpenCC (s2t), one who chose 简体 sees Traditional names converted (t2s). English leaves
names as they are: a Chinese name has no one English spelling.
"""

from __future__ import annotations

from functools import cache

import opencc

LANGS = {"zh-Hans": "简体", "zh-Hant": "繁體", "en": "English"}
DEFAULT = "zh-Hans"
LANG_COOKIE = "pedigree_lang"  # the reader's choice of language, kept between visits

# Interface words, keyed by their English form; the Traditional forms are converted.
_HANS = {
    "Search": "搜索",
    "Search people and organisations": "搜索人物与机构",
    "Organisations": "机构",
    "People": "人物",
    "Academies": "创业学院",
    "Scarcity": "稀缺人才",
    "Landscape": "赛道格局",
    "Halo": "光环",
    "Backtest": "回测",
    "Review": "待审核",
    "API": "API",
    "As of": "截至",
    "Show": "显示",
    "Everything known": "全部已知",
    "Founders": "创始人",
    "Lineage": "派系",
    "Lineage tree": "派系树",
    "Generation": "代",
    "Depth": "深度",
    "Sector": "赛道",
    "Country": "国家/地区",
    "via": "经由",
    "Rounds": "融资轮次",
    "Financials": "财务",
    "Products": "产品",
    "Timeline": "时间线",
    "Halo check": "光环检验",
    "No valuation on record, so no halo check": "没有估值记录，无法做光环检验",
    "Career": "履历",
    "Education": "教育",
    "Credentials": "资历",
    "Founder score": "创始人评分",
    "Research": "研究",
    "Delivery": "交付",
    "Source": "来源",
    "Sources": "来源",
    "Facts read from this source": "出自此来源的事实",
    "Quote": "引文",
    "Fact": "事实",
    "Date": "日期",
    "Published": "发布",
    "Title": "职位",
    "Team": "团队",
    "Valuation": "估值",
    "Amount": "金额",
    "Investors": "投资方",
    "What's new": "最新动态",
    "Since": "自",
    "Feed": "订阅",
    "Domain": "领域",
    "Requirements": "要求",
    "Minimum team size": "最少团队人数",
    "Top": "前",
    "Nothing found": "未找到",
    "Nothing waits for review": "没有待审核的配对",
    "Same": "相同",
    "Different": "不同",
    "Undo last judgement": "撤销上一次判断",
    "Token": "令牌",
    "Sign in to judge": "登录后可判断",
    "Signed in: judgements are recorded": "已登录：判断将被记录",
    "Read-only: this server was started without a token": "只读：服务器启动时未设置令牌",
    "Why": "原因",
    "Probability": "概率",
    "Also known as": "又名",
    "Founded": "成立",
    "Kind": "类型",
    "Name": "名称",
    "Not found": "未找到",
    "Error": "错误",
    "Count": "人数",
    "Estimate": "估计",
    "Lineage premiums": "派系溢价",
    "Horizon": "期限",
    "Companies": "公司",
    "Matched": "达到",
    "Control": "对照组",
    "Statement": "陈述",
    "Confidence": "置信度",
    "Subject": "主体",
    "Value": "值",
    "Language": "语言",
    "Score": "评分",
    "Home": "首页",
    "Apply": "应用",
    "Lineages": "派系",
    "Also reported": "其他报道",
    "Undated": "无日期",
    "More entries": "更多条目",
    "Full timeline": "完整时间线",
    "Sources cited": "引用来源",
    "Type to search; suggestions appear as you type": "输入即搜索，边输入边提示",
}


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def word(text: str, lang: str) -> str:
    """The interface word `text` (its English form) in `lang`."""
    if lang == "en":
        return text
    hans = _HANS.get(text, text)
    return _converter("s2t").convert(hans) if lang == "zh-Hant" else hans


def in_script(name, lang: str):
    """A name as the reader chose to see it: 繁體 or 简体; English leaves it as reported."""
    if not isinstance(name, str) or lang == "en":
        return name
    return _converter("s2t" if lang == "zh-Hant" else "t2s").convert(name)


def pick(requested: str | None, cookie: str | None) -> str:
    for lang in (requested, cookie):
        if lang in LANGS:
            return lang
    return DEFAULT
