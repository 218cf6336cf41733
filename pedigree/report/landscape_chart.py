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
from pathlib import Path

from pedigree.analytics.landscape import Landscape
from pedigree.errors import PedigreeError, option
from pedigree.report import landscape_layout as layout

# Re-exported: the API, the web pages and the tests draw through this module.
from pedigree.report.landscape_html import html, plotly_figure
from pedigree.report.landscape_layout import MAX_COLOURS, check_scale

__all__ = ["MAX_COLOURS", "check_path", "check_scale", "html", "matplotlib_figure", "plotly_figure"]
__all__ += ["save", "svg"]

FORMATS = (".png", ".svg", ".html")


def check_path(path: str | Path) -> Path:
    """The output path, if its extension is one we draw; a one-line error otherwise."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PedigreeError(
            f"{option('out')} {str(path)!r}: the map is drawn as {', '.join(FORMATS)} "
            "(by the extension)"
        )
    return path


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
    rows, columns = layout.grid_shape(max(len(landscape.sectors), 1))
    slots = max(layout.slots(landscape), 2)
    panel_h = PANEL_HEAD_H + ROW_H * slots
    foot = layout.footnote(landscape, scale)
    heading, subtitle = layout.titles(landscape, title)
    texts = [(heading, 17), (subtitle, 10), *((line, 7.5) for line in foot)]
    width = max(
        2 * MARGIN_W + columns * (NAME_W + PANEL_W) + (columns - 1) * GAP_W,
        # one narrow panel
        2 * MARGIN_W + max(layout.text_inches(text, size) for text, size in texts),
    )
    height = HEAD_H + rows * panel_h + (rows - 1) * GAP_H + FOOT_H + 0.16 * (len(foot) - 1)
    figure = Figure(figsize=(width, height), facecolor="white")
    canvas = figure.add_axes((0, 0, 1, 1))
    canvas.set_xlim(0, width)
    canvas.set_ylim(height, 0)
    canvas.axis("off")

    # The bundled font has one weight: hierarchy comes from size and colour.
    canvas.text(MARGIN_W, 0.34, heading, fontsize=17, color=layout.INK)
    canvas.text(MARGIN_W, 0.6, subtitle, fontsize=10, color=layout.MUTED)
    entries = layout.legend_entries(landscape)
    if entries:
        # As many columns as the widest entry allows (9 pt text: a wide character ≈ 0.125 in).
        widest = max(layout.display_width(label) for label, _ in entries) * 0.0625 + 0.5
        ncol = max(1, min(len(entries), int((width - 2 * MARGIN_W) / widest)))
        entries = layout.row_major(entries, ncol)
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

    palette = layout.colours(landscape)
    shared = layout.largest(landscape.companies)
    for index, (_, label, companies) in enumerate(layout.sector_panels(landscape)):
        row, column = divmod(index, columns)
        left = MARGIN_W + column * (NAME_W + PANEL_W + GAP_W)
        top = HEAD_H + row * (panel_h + GAP_H)
        canvas.text(left, top + 0.2, label, fontsize=12.5, color=layout.INK)
        canvas.plot(
            [left, left + NAME_W + PANEL_W], [top + 0.3, top + 0.3], color=layout.RULE, lw=0.8
        )
        largest = shared if scale == "shared" else layout.largest(companies)
        per_inch = PANEL_W * BAR_SHARE / largest
        _draw_panel(canvas, companies, palette, landscape, left + NAME_W, top, per_inch)

    for i, line in enumerate(foot):
        canvas.text(
            MARGIN_W, height - FOOT_H + 0.22 + 0.16 * i, line, fontsize=7.5, color=layout.MUTED
        )
    return figure


def _draw_panel(canvas, companies, palette, landscape: Landscape, x0, top, per_inch) -> None:
    """One panel's rows from the top down: the name left of `x0`, then the bar (`per_inch`
    inches per US dollar), its value, and its lineage (in the lineage's colour; grey when not
    coloured; +N for further lineages)."""
    ys = [top + PANEL_HEAD_H + ROW_H * (i + 0.5) for i in range(len(companies))]
    valued = [layout.valued(v) for v in companies.valuation_usd]
    fills = [
        palette[c] if isinstance(c, str) else layout.OTHER_COLOUR for c in companies.lineage_id
    ]
    lengths = [
        v * per_inch if ok else 0.06 for v, ok in zip(companies.valuation_usd, valued, strict=True)
    ]
    # An unvalued company gets a small square in its colour instead of a bar.
    heights = [ROW_H * (0.66 if ok else 0.3) for ok in valued]
    canvas.barh(ys, lengths, left=x0, height=heights, color=fills, linewidth=0)
    rows = companies.itertuples(index=False)
    for y, length, ok, row in zip(ys, lengths, valued, rows, strict=True):
        name = layout.shortened(str(row.name), 18)
        canvas.text(x0 - 0.1, y, name, ha="right", va="center", fontsize=9, color=layout.INK)
        value = canvas.text(
            x0 + length + (0.05 if ok else 0.04),
            y,
            layout.value_label(row, landscape.lang),
            ha="left",
            va="center",
            fontsize=8.5 if ok else 8,
            color=layout.INK if ok else layout.MUTED,
        )
        tag = layout.lineage_tag(row)
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
                color=_darker(palette[row.lineage_id]) if coloured else layout.MUTED,
            )


def _darker(colour: str, share: float = 0.25) -> str:
    """The colour mixed with `share` black: light hues (amber) stay readable as text."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * (1 - share)):02x}" for c in (red, green, blue))


def svg(landscape: Landscape, *, title: str | None = None, scale: str = "shared") -> str:
    """The map as SVG text (labels kept as text), for embedding in the HTML report."""
    buffer = io.StringIO()
    figure = matplotlib_figure(landscape, title=title, scale=scale)
    figure.savefig(buffer, format="svg", facecolor="white")
    return buffer.getvalue()
