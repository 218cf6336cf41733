"""The report's words, in Chinese and English, and its style sheet (system fonts only)."""

from __future__ import annotations

LANGS = ("zh", "en")
# Scarcity criterion → its label in TEXT ("lineage" there is the tree's heading).
CRITERION_KEYS = {c: c for c in ("research", "delivery", "domain", "compute")} | {
    "lineage": "lineage_c"
}

# System fonts only (nothing is downloaded): CJK faces of macOS, Windows, Linux, then generic.
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif'
)

CSS = f"""
body {{ font-family: {FONT_STACK}; color: #1f2328; max-width: 1100px; margin: 2em auto;
  padding: 0 1em; line-height: 1.5; }}
h1 {{ margin-bottom: .2em; }} h2 {{ border-bottom: 1px solid #d0d4d9; padding-bottom: .2em;
  margin-top: 2em; }}
.meta, .note {{ color: #6a7078; font-size: .9em; }}
.missing {{ color: #8a1c1c; background: #fdf0f0; padding: .5em .8em; border-radius: 4px; }}
table {{ border-collapse: collapse; font-size: .9em; margin: .5em 0; }}
th, td {{ border-bottom: 1px solid #e4e7eb; padding: .25em .6em; text-align: left;
  vertical-align: top; }}
td.num {{ text-align: right; white-space: nowrap; }}
tr.root td {{ background: #fff7e0; }}
sup.cite a {{ text-decoration: none; color: #2e6da4; font-size: .85em; }}
ul.tree, ul.tree ul {{ list-style: none; padding-left: 1.2em; border-left: 1px solid #d0d4d9; }}
ul.tree li {{ margin: .3em 0; }}
.undated {{ color: #b45309; font-weight: bold; }}
.gen {{ color: #6a7078; font-size: .8em; }} .via {{ color: #444; font-size: .9em; }}
.chart svg {{ max-width: 100%; height: auto; }}
.chart svg text {{ font-family: {FONT_STACK} !important; }}
ol.sources li {{ margin: .3em 0; }} .url {{ font-family: monospace; word-break: break-all; }}
.name {{ white-space: nowrap; }}
"""

TEXT = {
    "zh": {
        "title": "{name}派系报告",
        "as_of": "数据截至 {date}（只含当日及以前发表的来源）",
        "all_known": "全部已知数据",
        "generated": "生成于 {date}",
        "lineage": "派系谱系",
        "lineage_note": "{name}的前员工与创始人创办的公司，共 {n} 条衍生关系，{depth} 代以内。",
        "no_lineage": "没有记录到从 {name} 衍生的公司。",
        "undated": "无日期",
        "undated_legend": "† 无日期：没有日期表明创始人先在上级机构、后创办这家公司；"
        "按存疑从宽保留（{n} 条，见 docs/lineage.md）。",
        "founded": "成立于 {date}",
        "valued": "估值 {value}（{date}）",
        "via": "创始人",
        "academies": "创业黄埔军校",
        "academies_note": "按衍生公司数排名的机构（前 {n} 名）；{name}所在行高亮。",
        "landscape": "赛道格局",
        "landscape_note": "派系公司所在赛道的头部公司，按最新估值排名，颜色为创始人派系。",
        "no_sectors": "派系公司没有可归入分类表的赛道，无法绘制格局图。",
        "map_data": "图中数据",
        "map_sources": "图中数据的来源：",
        "scarcity": "稀缺人才",
        "scarcity_note": "曾在{name}任职、同时具备研究背景与落地经验"
        "（团队至少 {team} 人等）的人：共 {n} 人。",
        "no_people": "没有符合条件的人。",
        "financials": "财务数据",
        "financials_note": "派系内有财务数据的公司（按估值排序，最多 {n} 家绘图）。",
        "no_financials": "派系内的公司没有财务数据记录。",
        "not_charted": "另有财务数据但未绘图的公司：{names}",
        "sources": "来源",
        "sources_note": "报告中引用的全部来源；网址可点击打开（本文件本身不加载任何网络资源）。",
        "unavailable": "此部分无法生成：{reason}",
        "more": "另 {n} 个",
        "cols_academies": [
            "#",
            "机构",
            "衍生公司",
            "独角兽/有估值",
            "估值合计",
            "成为独角兽中位月数",
            "来源",
        ],
        "cols_map": ["赛道", "#", "公司", "最新估值", "日期", "派系", "来源"],
        "cols_people": ["#", "姓名", "研究", "落地", "依据"],
        "cols_periods": ["指标", "期间", "月数", "数值", "年化", "来源"],
        "research": "研究",
        "delivery": "落地",
        "domain": "领域",
        "lineage_c": "派系",
        "compute": "算力",
    },
    "en": {
        "title": "{name} lineage report",
        "as_of": "Data as of {date} (only sources published by that day)",
        "all_known": "Everything on record",
        "generated": "generated {date}",
        "lineage": "Lineage tree",
        "lineage_note": "Companies founded by people who were at {name}: {n} spin-out edges, "
        "up to {depth} generations.",
        "no_lineage": "No spin-outs of {name} on record.",
        "undated": "undated",
        "undated_legend": "† undated: no dates show the founder was at the parent before founding "
        "the company; kept under the benefit of the doubt ({n} edges, see docs/lineage.md).",
        "founded": "founded {date}",
        "valued": "valued {value} ({date})",
        "via": "via",
        "academies": "Founder academies",
        "academies_note": "Organisations ranked by the companies their people founded (top {n}); "
        "{name}'s row is highlighted.",
        "landscape": "Landscape",
        "landscape_note": "Leading companies by latest valuation in the sectors of the lineage's "
        "companies, coloured by founder lineage.",
        "no_sectors": "The lineage's companies have no sector in the taxonomy: nothing to map.",
        "map_data": "Data behind the map",
        "map_sources": "Sources of the map: ",
        "scarcity": "Scarce talent",
        "scarcity_note": "People who were at {name} with both research credentials and delivery "
        "experience (teams of at least {team}, …): {n}.",
        "no_people": "Nobody meets the criteria.",
        "financials": "Financials",
        "financials_note": "Companies of the lineage with financial figures (by valuation; "
        "at most {n} charted).",
        "no_financials": "No financial figures on record for the lineage's companies.",
        "not_charted": "Also with figures, not charted: {names}",
        "sources": "Sources",
        "sources_note": "Every source cited in this report; web addresses open when clicked "
        "(the file itself loads nothing from the network).",
        "unavailable": "This section could not be produced: {reason}",
        "more": "+{n} more",
        "cols_academies": [
            "#",
            "Organisation",
            "Spin-outs",
            "Unicorns / valued",
            "Total valuation",
            "Median months to unicorn",
            "Sources",
        ],
        "cols_map": ["Sector", "#", "Company", "Latest valuation", "Date", "Lineage", "Source"],
        "cols_people": ["#", "Name", "Research", "Delivery", "Evidence"],
        "cols_periods": ["Metric", "Period", "Months", "Value", "Run-rate", "Source"],
        "research": "research",
        "delivery": "delivery",
        "domain": "domain",
        "lineage_c": "lineage",
        "compute": "compute",
    },
}
