"""What both drawings of the landscape map share: the palette and the colour of each lineage,
the words in both languages, and the layout of panels, titles, footnotes and labels
(`landscape_chart` draws PNG and SVG with matplotlib, `landscape_html` interactive HTML with
plotly)."""

from __future__ import annotations

import math
import unicodedata

from pedigree.analytics.landscape import Landscape
from pedigree.errors import PedigreeError, option
from pedigree.report.amounts import money

SCALES = ("panel", "shared")
# Distinct, print-safe hues that read on white; the grey is "other".
PALETTE = [
    "#d1495b",
    "#2e86ab",
    "#edae49",
    "#3b8b5a",
    "#7b4fa0",
    "#e07a3f",
    "#1d3557",
    "#9c6644",
    "#00a6a6",
    "#c05299",
]
OTHER_COLOUR = "#b8bec6"
INK, MUTED, RULE = "#1f2328", "#6a7078", "#d0d4d9"
MAX_COLOURS = len(PALETTE)

TEXT = {
    "zh": {
        "title": "各赛道头部公司与创始人派系",
        "subtitle": "每个赛道按最新估值（美元）排名前 {top} 的公司，颜色为创始人出身的派系",
        "undisclosed": "估值未披露",
        "as_of": "数据截至 {date}",
        "no_date": "数据日期未知",
        "method": "估值为最新一轮投后估值（标注其日期），按固定汇率折合美元",
        "panel": "各面板比例尺独立",
        "shared": "各面板比例尺相同",
        "sources": "来源：{names}",
        "more_sources": "等 {n} 个来源",
        "empty": "无公司记录：{sectors}",
        "lineage": "派系",
    },
    "en": {
        "title": "Who leads each track, and where their founders came from",
        "subtitle": "Top {top} companies per sector by latest valuation (USD), coloured by "
        "founder lineage",
        "undisclosed": "undisclosed",
        "as_of": "Data as of {date}",
        "no_date": "Data date unknown",
        "method": "Latest post-money valuation (with its date), in USD at fixed rates",
        "panel": "each panel has its own scale",
        "shared": "one scale for all panels",
        "sources": "Sources: {names}",
        "more_sources": " and {n} more",
        "empty": "No companies on record: {sectors}",
        "lineage": "lineage",
    },
}


def colours(landscape: Landscape) -> dict[str | None, str]:
    """lineage id → colour, in colour-key order; None (other) is grey. The same on every panel."""
    mapping: dict[str | None, str] = {
        lineage_id: PALETTE[i % MAX_COLOURS]
        for i, lineage_id in enumerate(landscape.lineages.lineage_id)
    }
    mapping[None] = OTHER_COLOUR
    return mapping


# --- shared text ------------------------------------------------------------------------------


def empty_reason(landscape: Landscape) -> str:
    """Why there is nothing to map, in one line (`landscape.empty_sectors` names the sectors
    asked for that hold no company)."""
    when = f" as of {landscape.as_of.isoformat()}" if landscape.as_of else ""
    if landscape.empty_sectors:
        named = ", ".join(landscape.sector_label(s) for s in landscape.empty_sectors)
        return f"nothing to map: no companies on record in {named}{when}"
    return f"nothing to map: no company in a listed sector has a valuation{when}"


def words_of(landscape: Landscape) -> dict[str, str]:
    return TEXT[landscape.lang]


def titles(landscape: Landscape, title: str | None) -> tuple[str, str]:
    words = words_of(landscape)
    return title or words["title"], words["subtitle"].format(top=landscape.top)


def footnote(landscape: Landscape, scale: str) -> list[str]:
    """Data date, method and scale on one line, sources (and empty sectors) on the next."""
    words = words_of(landscape)
    date = landscape.data_date
    first = words["as_of"].format(date=date) if date else words["no_date"]
    comma = "，" if landscape.lang == "zh" else "; "
    lines = [f"{first} · {words['method']}{comma}{words[check_scale(scale)]}"]
    names = source_names(landscape)
    if names:
        lines.append(words["sources"].format(names=names))
    if landscape.empty_sectors:
        labels = "、" if landscape.lang == "zh" else ", "
        sectors = labels.join(landscape.sector_label(s) for s in landscape.empty_sectors)
        lines.append(words["empty"].format(sectors=sectors))
    return lines


def source_names(landscape: Landscape, shown: int = 4) -> str:
    """The publishers (or titles) of the sources behind the map, newest first, a few named."""
    sources = landscape.sources
    if sources.empty:
        return ""
    names = []
    for publisher, title, source_id in zip(
        sources.publisher, sources.title, sources.id, strict=True
    ):
        name = publisher if isinstance(publisher, str) and publisher else None
        name = name or (title if isinstance(title, str) and title else source_id)
        if name not in names:
            names.append(shortened(name, 28))
    separator = "、" if landscape.lang == "zh" else ", "
    text = separator.join(names[:shown])
    if len(names) > shown:
        more = len(names) if landscape.lang == "zh" else len(names) - shown
        text += words_of(landscape)["more_sources"].format(n=more)
    return text


def display_width(text: str) -> int:
    """Display width: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def text_inches(text: str, size: float) -> float:
    """A generous estimate of how wide `text` is drawn at `size` points."""
    return display_width(text) * 0.56 * size / 72


def shortened(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if display_width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def value_label(row, lang: str) -> str:
    """The valuation and its date ($2.5B · 2024-03); "undisclosed" without one."""
    if not valued(row.valuation_usd):
        return TEXT[lang]["undisclosed"]
    when = row.valuation_date
    return money(row.valuation_usd) + (f" · {when}" if present(when) else "")


def sector_panels(landscape: Landscape):
    """(sector id, label, its companies) in panel order."""
    for sector_id in landscape.sectors:
        rows = landscape.companies[landscape.companies.sector_id == sector_id]
        yield sector_id, landscape.sector_label(sector_id), rows


def legend_entries(landscape: Landscape) -> list[tuple[str, str]]:
    """(label, colour) for each coloured lineage, then "other" when a company is in it."""
    palette = colours(landscape)
    entries = [
        (label, palette[lineage_id])
        for lineage_id, label in zip(
            landscape.lineages.lineage_id, landscape.lineages.lineage, strict=True
        )
    ]
    if landscape.companies.lineage_id.isna().any():
        entries.append((landscape.other_label, OTHER_COLOUR))
    return entries


def slots(landscape: Landscape) -> int:
    """Rows per panel: as many as the fullest panel has (at most `top`)."""
    counts = landscape.companies.sector_id.value_counts()
    return int(counts.max()) if len(counts) else 1


def largest(companies) -> float:
    """A scale's end: the largest valuation among `companies` (1 when none is valued)."""
    largest = companies.valuation_usd.astype(float).max()
    return 1.0 if math.isnan(largest) else float(largest)


def row_major(entries: list, columns: int) -> list:
    """Reorder so a legend that fills column by column reads row by row."""
    rows = math.ceil(len(entries) / columns)
    return [
        entries[r * columns + c]
        for c in range(columns)
        for r in range(rows)
        if r * columns + c < len(entries)
    ]


def grid_shape(panels: int) -> tuple[int, int]:
    columns = 1 if panels == 1 else 2 if panels <= 4 else 3
    return math.ceil(panels / columns), columns


def valued(value) -> bool:
    """Whether a valuation is known (not None or NaN)."""
    return value is not None and not math.isnan(float(value))


def present(value) -> bool:
    """A cell with a value: not None, NaN or empty text."""
    return value is not None and value == value and value != ""


def lineage_tag(row) -> str:
    """The company's first lineage, and how many more it has: 商汤系 +1."""
    lineages = list(row.lineages)
    if not lineages:
        return ""
    more = f" +{len(lineages) - 1}" if len(lineages) > 1 else ""
    return shortened(lineages[0], 16) + more


def check_scale(scale: str) -> str:
    """The bar scale, if it is one we draw; a one-line error otherwise."""
    if scale not in SCALES:
        raise PedigreeError(f"{option('scale')} {scale!r}: choose one of {', '.join(SCALES)}")
    return scale
