"""The landscape map drawn: small multiples, one panel per sector, bars coloured by lineage.

Two renderings of the same `Landscape`: matplotlib for PNG and SVG (print, slides; the SVG keeps
its labels as text in the bundled CJK font), plotly for an interactive HTML file that carries its
own plotly.js (opens offline). Each returns its figure or text as well as writing a file, so the
HTML report can embed the map.

Layout choices, newsroom style: left-aligned title, subtitle and colour key; one colour per
lineage on every panel; each bar labelled with its value and lineage; unvalued companies listed
last without a bar; panels as tall as the fullest one needs; the data date, method, scale and
sources in a footnote. Each value label carries the valuation's own date ($2.5B · 2024-03): the
latest valuations of different companies are of different years, and an undated number reads as
current. Bars share one scale across panels by default (`scale="shared"`): side by side, a bar
is read against its neighbours, so a US$200M bar as long as a US$2.5B one in the next panel
misleads. `scale="panel"` (each panel to its own largest company) stays available for a map whose
one giant would flatten every other panel; the footnote then says the panels differ.
"""

from __future__ import annotations

import io
import math
import unicodedata
from html import escape
from pathlib import Path

from pedigree.analytics.landscape import Landscape
from pedigree.errors import PedigreeError, option
from pedigree.report.terminal import money, source_label

FORMATS = (".png", ".svg", ".html")
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


def check_path(path: str | Path) -> Path:
    """The output path, if its extension is one we draw; a one-line error otherwise."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PedigreeError(
            f"{option('out')} {str(path)!r}: the map is drawn as {', '.join(FORMATS)} "
            "(by the extension)"
        )
    return path


def colours(landscape: Landscape) -> dict[str | None, str]:
    """lineage id → colour, in colour-key order; None (other) is grey. The same on every panel."""
    mapping: dict[str | None, str] = {
        lineage_id: PALETTE[i % MAX_COLOURS]
        for i, lineage_id in enumerate(landscape.lineages.lineage_id)
    }
    mapping[None] = OTHER_COLOUR
    return mapping


def check_scale(scale: str) -> str:
    """The bar scale, if it is one we draw; a one-line error otherwise."""
    if scale not in SCALES:
        raise PedigreeError(f"{option('scale')} {scale!r}: choose one of {', '.join(SCALES)}")
    return scale


def save(
    landscape: Landscape, path: str | Path, *, title: str | None = None, scale: str = "shared"
) -> Path:
    """Write the map to `path`: PNG or SVG with matplotlib, HTML with plotly (by extension)."""
    path = check_path(path)
    suffix = path.suffix.lower()
    if suffix == ".html":
        path.write_text(html(landscape, title=title, scale=scale), encoding="utf-8")
    else:
        figure = matplotlib_figure(landscape, title=title, scale=scale)
        # 144 dpi: about 2,200 px across for three columns. Light PNG compression: a few
        # percent larger, a tenth of the drawing time saved.
        extra = {"pil_kwargs": {"compress_level": 1}} if suffix == ".png" else {}
        figure.savefig(path, format=suffix[1:], dpi=144, facecolor="white", **extra)
    return path


# --- shared text ------------------------------------------------------------------------------


def _text(landscape: Landscape) -> dict[str, str]:
    return TEXT[landscape.lang]


def _title(landscape: Landscape, title: str | None) -> tuple[str, str]:
    words = _text(landscape)
    return title or words["title"], words["subtitle"].format(top=landscape.top)


def _footnote(landscape: Landscape, scale: str) -> list[str]:
    """Data date, method and scale on one line, sources (and empty sectors) on the next."""
    words = _text(landscape)
    date = landscape.data_date
    first = words["as_of"].format(date=date) if date else words["no_date"]
    comma = "，" if landscape.lang == "zh" else "; "
    lines = [f"{first} · {words['method']}{comma}{words[check_scale(scale)]}"]
    names = _source_names(landscape)
    if names:
        lines.append(words["sources"].format(names=names))
    if landscape.empty_sectors:
        labels = "、" if landscape.lang == "zh" else ", "
        sectors = labels.join(landscape.sector_label(s) for s in landscape.empty_sectors)
        lines.append(words["empty"].format(sectors=sectors))
    return lines


def _source_names(landscape: Landscape, shown: int = 4) -> str:
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
            names.append(_shorten(name, 28))
    separator = "、" if landscape.lang == "zh" else ", "
    text = separator.join(names[:shown])
    if len(names) > shown:
        more = len(names) if landscape.lang == "zh" else len(names) - shown
        text += _text(landscape)["more_sources"].format(n=more)
    return text


def _width(text: str) -> int:
    """Display width: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _inches(text: str, size: float) -> float:
    """A generous estimate of how wide `text` is drawn at `size` points."""
    return _width(text) * 0.56 * size / 72


def _shorten(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    kept = ""
    for char in text:
        if _width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def _value_label(row, lang: str) -> str:
    """The valuation and its date ($2.5B · 2024-03); "undisclosed" without one."""
    if not _valued(row.valuation_usd):
        return TEXT[lang]["undisclosed"]
    when = row.valuation_date
    return money(row.valuation_usd) + (f" · {when}" if _present(when) else "")


def _panels(landscape: Landscape):
    """(sector id, label, its companies) in panel order."""
    for sector_id in landscape.sectors:
        rows = landscape.companies[landscape.companies.sector_id == sector_id]
        yield sector_id, landscape.sector_label(sector_id), rows


def _legend_entries(landscape: Landscape) -> list[tuple[str, str]]:
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


def _slots(landscape: Landscape) -> int:
    """Rows per panel: as many as the fullest panel has (at most `top`)."""
    counts = landscape.companies.sector_id.value_counts()
    return int(counts.max()) if len(counts) else 1


def _largest(companies) -> float:
    """A scale's end: the largest valuation among `companies` (1 when none is valued)."""
    largest = companies.valuation_usd.astype(float).max()
    return 1.0 if math.isnan(largest) else float(largest)


def _row_major(entries: list, columns: int) -> list:
    """Reorder so a legend that fills column by column reads row by row."""
    rows = math.ceil(len(entries) / columns)
    return [
        entries[r * columns + c]
        for c in range(columns)
        for r in range(rows)
        if r * columns + c < len(entries)
    ]


def _grid(panels: int) -> tuple[int, int]:
    columns = 1 if panels == 1 else 2 if panels <= 4 else 3
    return math.ceil(panels / columns), columns


# --- matplotlib: PNG and SVG ------------------------------------------------------------------

PANEL_W, NAME_W, GAP_W, MARGIN_W = 3.3, 1.3, 0.45, 0.4  # inches
ROW_H, PANEL_HEAD_H, GAP_H = 0.27, 0.42, 0.3
HEAD_H, FOOT_H = 1.25, 0.55
BAR_SHARE = 1 / 1.9  # of the panel's width, for the largest bar: room for value and lineage


def matplotlib_figure(landscape: Landscape, *, title: str | None = None, scale: str = "shared"):
    """The map as a matplotlib Figure (not attached to pyplot, so nothing leaks between calls).

    Everything is drawn on one invisible axes spanning the figure, in inches from the top left:
    one axes instead of one per panel nearly halves the drawing time of a 12-panel map."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    from pedigree.report.fonts import cjk_font_family

    cjk_font_family()
    rows, columns = _grid(max(len(landscape.sectors), 1))
    slots = max(_slots(landscape), 2)
    panel_h = PANEL_HEAD_H + ROW_H * slots
    foot = _footnote(landscape, scale)
    heading, subtitle = _title(landscape, title)
    texts = [(heading, 17), (subtitle, 10), *((line, 7.5) for line in foot)]
    width = max(
        2 * MARGIN_W + columns * (NAME_W + PANEL_W) + (columns - 1) * GAP_W,
        2 * MARGIN_W + max(_inches(text, size) for text, size in texts),  # one narrow panel
    )
    height = HEAD_H + rows * panel_h + (rows - 1) * GAP_H + FOOT_H + 0.16 * (len(foot) - 1)
    figure = Figure(figsize=(width, height), facecolor="white")
    canvas = figure.add_axes((0, 0, 1, 1))
    canvas.set_xlim(0, width)
    canvas.set_ylim(height, 0)
    canvas.axis("off")

    # The bundled font has one weight: hierarchy comes from size and colour.
    canvas.text(MARGIN_W, 0.34, heading, fontsize=17, color=INK)
    canvas.text(MARGIN_W, 0.6, subtitle, fontsize=10, color=MUTED)
    entries = _legend_entries(landscape)
    if entries:
        # As many columns as the widest entry allows (9 pt text: a wide character ≈ 0.125 in).
        widest = max(_width(label) for label, _ in entries) * 0.0625 + 0.5
        ncol = max(1, min(len(entries), int((width - 2 * MARGIN_W) / widest)))
        entries = _row_major(entries, ncol)
        figure.legend(
            handles=[Patch(facecolor=colour, edgecolor="none") for _, colour in entries],
            labels=[label for label, _ in entries],
            loc="upper left",
            bbox_to_anchor=((MARGIN_W - 0.04) / width, 1 - 0.74 / height),
            ncol=ncol,
            frameon=False,
            fontsize=9,
            handlelength=1.0,
            handleheight=1.0,
            handletextpad=0.4,
            columnspacing=1.2,
            borderaxespad=0,
        )

    palette = colours(landscape)
    shared = _largest(landscape.companies)
    for index, (_, label, companies) in enumerate(_panels(landscape)):
        row, column = divmod(index, columns)
        left = MARGIN_W + column * (NAME_W + PANEL_W + GAP_W)
        top = HEAD_H + row * (panel_h + GAP_H)
        canvas.text(left, top + 0.2, label, fontsize=12.5, color=INK)
        canvas.plot([left, left + NAME_W + PANEL_W], [top + 0.3, top + 0.3], color=RULE, lw=0.8)
        largest = shared if scale == "shared" else _largest(companies)
        per_inch = PANEL_W * BAR_SHARE / largest
        _draw_panel(canvas, companies, palette, landscape, left + NAME_W, top, per_inch)

    for i, line in enumerate(foot):
        canvas.text(MARGIN_W, height - FOOT_H + 0.22 + 0.16 * i, line, fontsize=7.5, color=MUTED)
    return figure


def _draw_panel(canvas, companies, palette, landscape: Landscape, x0, top, per_inch) -> None:
    """One panel's rows from the top down: the name left of `x0`, then the bar (`per_inch`
    inches per US dollar), its value, and its lineage (in the lineage's colour; grey when not
    coloured; +N for further lineages)."""
    ys = [top + PANEL_HEAD_H + ROW_H * (i + 0.5) for i in range(len(companies))]
    valued = [_valued(v) for v in companies.valuation_usd]
    fills = [palette[c] if isinstance(c, str) else OTHER_COLOUR for c in companies.lineage_id]
    lengths = [
        v * per_inch if ok else 0.06 for v, ok in zip(companies.valuation_usd, valued, strict=True)
    ]
    # An unvalued company gets a small square in its colour instead of a bar.
    heights = [ROW_H * (0.66 if ok else 0.3) for ok in valued]
    canvas.barh(ys, lengths, left=x0, height=heights, color=fills, linewidth=0)
    rows = companies.itertuples(index=False)
    for y, length, ok, row in zip(ys, lengths, valued, rows, strict=True):
        name = _shorten(str(row.name), 18)
        canvas.text(x0 - 0.1, y, name, ha="right", va="center", fontsize=9, color=INK)
        value = canvas.text(
            x0 + length + (0.05 if ok else 0.04),
            y,
            _value_label(row, landscape.lang),
            ha="left",
            va="center",
            fontsize=8.5 if ok else 8,
            color=INK if ok else MUTED,
        )
        tag = _lineage_tag(row)
        if tag:
            # Placed after the value label, whatever its width (xy is a fraction of its box).
            coloured = isinstance(row.lineage_id, str)
            canvas.annotate(
                tag,
                xy=(1, 0.5),
                xycoords=value,
                xytext=(5, 0),
                textcoords="offset points",
                ha="left",
                va="center",
                fontsize=8,
                color=_darker(palette[row.lineage_id]) if coloured else MUTED,
            )


def _darker(colour: str, share: float = 0.25) -> str:
    """The colour mixed with `share` black: light hues (amber) stay readable as text."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * (1 - share)):02x}" for c in (red, green, blue))


def _valued(value) -> bool:
    """Whether a valuation is known (not None or NaN)."""
    return value is not None and not math.isnan(float(value))


def _lineage_tag(row) -> str:
    """The company's first lineage, and how many more it has: 商汤系 +1."""
    lineages = list(row.lineages)
    if not lineages:
        return ""
    more = f" +{len(lineages) - 1}" if len(lineages) > 1 else ""
    return _shorten(lineages[0], 16) + more


def svg(landscape: Landscape, *, title: str | None = None, scale: str = "shared") -> str:
    """The map as SVG text (labels kept as text), for embedding in the HTML report."""
    buffer = io.StringIO()
    figure = matplotlib_figure(landscape, title=title, scale=scale)
    figure.savefig(buffer, format="svg", facecolor="white")
    return buffer.getvalue()


# --- plotly: interactive HTML -----------------------------------------------------------------

FONT_STACK = (
    "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, "
    "Hiragino Sans GB, Helvetica Neue, Arial, sans-serif"
)


SLOT_PX, PANEL_GAP_PX, PANEL_W_PX, NAMES_PX = 28, 70, 470, 150
TOP_PX, BOTTOM_PX, SIDE_PX = 175, 90, 30


def plotly_figure(landscape: Landscape, *, title: str | None = None, scale: str = "shared"):
    """The map as a plotly Figure: one subplot per sector; hovering a bar
    shows every lineage, the valuation's round, date, original currency and source.

    Plotly reads its texts as HTML, so every text from the store (names, lineages, rounds,
    source titles, sector labels) is escaped; only the figure's own <b>, <br> and <span>
    are markup."""
    from plotly.subplots import make_subplots

    panels = list(_panels(landscape))
    rows, columns = _grid(max(len(panels), 1))
    slots = max(_slots(landscape), 2)
    plot_h = rows * slots * SLOT_PX + (rows - 1) * PANEL_GAP_PX
    plot_w = columns * PANEL_W_PX + (columns - 1) * NAMES_PX
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[escape(label) for _, label, _ in panels],
        horizontal_spacing=NAMES_PX / plot_w if columns > 1 else 0.0,
        vertical_spacing=PANEL_GAP_PX / plot_h if rows > 1 else 0.0,
    )
    palette = colours(landscape)
    words = _text(landscape)
    titles = {row["id"]: source_label(row) for row in landscape.sources.to_dict("records")}
    shared = _largest(landscape.companies)
    in_legend: set[str | None] = set()
    for index, (_, _, companies) in enumerate(panels):
        cell = {"row": index // columns + 1, "col": index % columns + 1}
        companies = companies.reset_index(drop=True)
        for rank, lineage_id in enumerate([*landscape.lineages.lineage_id, None]):
            if lineage_id is None:
                group = companies[companies.lineage_id.isna()]
            else:
                group = companies[companies.lineage_id == lineage_id]
            if group.empty:
                continue
            label = group.lineage.iloc[0]
            figure.add_bar(
                x=group.valuation_usd.fillna(0.0),
                y=list(group.index),
                orientation="h",
                marker_color=palette[lineage_id],
                name=escape(label),
                legendgroup=escape(label),
                showlegend=lineage_id not in in_legend,
                legendrank=rank + 1,  # the colour key's order, "other" last
                text=[
                    escape(_bar_text(r, landscape.lang)) for r in group.itertuples(index=False)
                ],
                textposition="outside",
                textfont={"size": 12},
                cliponaxis=False,
                hovertext=[_hover(r, words, titles) for r in group.itertuples(index=False)],
                hoverinfo="text",
                **cell,
            )
            in_legend.add(lineage_id)
        figure.update_yaxes(
            tickvals=list(companies.index),
            ticktext=[escape(_shorten(str(n), 22)) for n in companies.name],
            range=[slots - 0.5, -0.5],
            **cell,
        )
        largest = shared if scale == "shared" else _largest(companies)
        figure.update_xaxes(range=[0, largest * 1.6], **cell)
    heading, subtitle = _title(landscape, title)
    foot = _footnote(landscape, scale)
    texts = [(heading, 24), (subtitle, 14), *((line, 11) for line in foot)]
    # Wide enough for the title and notes (one narrow panel); extra room goes to the right.
    width = max(
        plot_w + NAMES_PX + 2 * SIDE_PX,
        2 * SIDE_PX + max(int(_inches(text, size) * 72) for text, size in texts),
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(showgrid=False, ticks="", tickfont_size=13, fixedrange=True)
    figure.update_layout(
        title={
            "text": f"{escape(heading)}<br>"
            f"<span style='font-size:14px;color:{MUTED}'>{escape(subtitle)}</span>",
            "x": SIDE_PX / width,
            "xanchor": "left",
            "y": 1 - 16 / (plot_h + TOP_PX + BOTTOM_PX),
            "yanchor": "top",
            "font": {"size": 24},
        },
        font={"family": FONT_STACK, "color": INK},
        barmode="overlay",
        bargap=0.3,
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=True,
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1 + 52 / plot_h,
            "yanchor": "bottom",
            "font": {"size": 13},
            "title": {"text": ""},
        },
        height=plot_h + TOP_PX + BOTTOM_PX,
        width=width,
        margin={
            "l": NAMES_PX + SIDE_PX,
            "r": width - plot_w - NAMES_PX - SIDE_PX,
            "t": TOP_PX,
            "b": BOTTOM_PX,
        },
        hoverlabel={"font": {"family": FONT_STACK}},
    )
    for index, annotation in enumerate(figure.layout.annotations):
        # Subplot titles are centred; newsroom panels are titled flush left, over the names.
        domain = figure.get_subplot(index // columns + 1, index % columns + 1).xaxis.domain
        annotation.update(
            x=domain[0],
            xanchor="left",
            xshift=-(NAMES_PX - 10),
            yshift=6,
            font={"size": 17, "color": INK},
        )
    figure.add_annotation(
        text="<br>".join(escape(line) for line in foot),
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xshift=-(NAMES_PX - 10),
        yshift=-24,
        xanchor="left",
        yanchor="top",
        align="left",
        font={"size": 11, "color": MUTED},
    )
    return figure


def _bar_text(row, lang: str) -> str:
    """Value, then the lineage tag, after each bar (the hover has the rest)."""
    tag = _lineage_tag(row)
    return _value_label(row, lang) + (f"  {tag}" if tag else "")


def _hover(row, words: dict[str, str], titles: dict[str, str]) -> str:
    """A bar's hover text: plotly reads it as HTML, so each text from the store is escaped."""
    parts = [f"<b>{escape(str(row.name))}</b>"]
    if _valued(row.valuation_usd):
        value = money(row.valuation_usd)
        if _present(row.currency) and row.currency != "USD":
            value += f" ({money(row.valuation, row.currency)})"
        when = " · ".join(str(x) for x in (row.round, row.valuation_date) if _present(x))
        parts.append(escape(value + (f" · {when}" if when else "")))
    else:
        parts.append(escape(words["undisclosed"]))
    if len(row.lineages):
        parts.append(escape(f"{words['lineage']}: " + " · ".join(row.lineages)))
    if _present(row.valuation_source):
        title = titles.get(row.valuation_source, row.valuation_source)
        parts.append(escape(f"[{title}]"))
    return "<br>".join(parts)


def _present(value) -> bool:
    """A cell with a value: not None, NaN or empty text."""
    return value is not None and value == value and value != ""


def html(
    landscape: Landscape,
    *,
    title: str | None = None,
    scale: str = "shared",
    full_html: bool = True,
) -> str:
    """The interactive map as HTML with plotly.js inlined (no network needed to open it);
    `full_html=False` gives a <div> for embedding in a page that loads plotly.js itself."""
    figure = plotly_figure(landscape, title=title, scale=scale)
    return figure.to_html(
        include_plotlyjs=full_html,
        full_html=full_html,
        config={"displaylogo": False},
    )
