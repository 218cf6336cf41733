"""The landscape map as interactive HTML (plotly): one subplot per sector, every lineage, round,
date, original currency and source on hover; self-contained, plotly.js included."""

from __future__ import annotations

from html import escape

from pedigree.analytics.landscape import Landscape
from pedigree.report import landscape_layout as layout
from pedigree.report.amounts import money
from pedigree.report.terminal import source_label

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

    panels = list(layout.sector_panels(landscape))
    rows, columns = layout.grid_shape(max(len(panels), 1))
    slots = max(layout.slots(landscape), 2)
    plot_h = rows * slots * SLOT_PX + (rows - 1) * PANEL_GAP_PX
    plot_w = columns * PANEL_W_PX + (columns - 1) * NAMES_PX
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[escape(label) for _, label, _ in panels],
        horizontal_spacing=NAMES_PX / plot_w if columns > 1 else 0.0,
        vertical_spacing=PANEL_GAP_PX / plot_h if rows > 1 else 0.0,
    )
    palette = layout.colours(landscape)
    words = layout.words_of(landscape)
    titles = {row["id"]: source_label(row) for row in landscape.sources.to_dict("records")}
    shared = layout.largest(landscape.companies)
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
                text=[escape(_bar_text(r, landscape.lang)) for r in group.itertuples(index=False)],
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
            ticktext=[escape(layout.shortened(str(n), 22)) for n in companies.name],
            range=[slots - 0.5, -0.5],
            **cell,
        )
        largest = shared if scale == "shared" else layout.largest(companies)
        figure.update_xaxes(range=[0, largest * 1.6], **cell)
    heading, subtitle = layout.titles(landscape, title)
    foot = layout.footnote(landscape, scale)
    texts = [(heading, 24), (subtitle, 14), *((line, 11) for line in foot)]
    # Wide enough for the title and notes (one narrow panel); extra room goes to the right.
    width = max(
        plot_w + NAMES_PX + 2 * SIDE_PX,
        2 * SIDE_PX + max(int(layout.text_inches(text, size) * 72) for text, size in texts),
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(showgrid=False, ticks="", tickfont_size=13, fixedrange=True)
    figure.update_layout(
        title={
            "text": f"{escape(heading)}<br>"
            f"<span style='font-size:14px;color:{layout.MUTED}'>{escape(subtitle)}</span>",
            "x": SIDE_PX / width,
            "xanchor": "left",
            "y": 1 - 16 / (plot_h + TOP_PX + BOTTOM_PX),
            "yanchor": "top",
            "font": {"size": 24},
        },
        font={"family": FONT_STACK, "color": layout.INK},
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
            font={"size": 17, "color": layout.INK},
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
        font={"size": 11, "color": layout.MUTED},
    )
    return figure


def _bar_text(row, lang: str) -> str:
    """Value, then the lineage tag, after each bar (the hover has the rest)."""
    tag = layout.lineage_tag(row)
    return layout.value_label(row, lang) + (f"  {tag}" if tag else "")


def _hover(row, words: dict[str, str], titles: dict[str, str]) -> str:
    """A bar's hover text: plotly reads it as HTML, so each text from the store is escaped."""
    parts = [f"<b>{escape(str(row.name))}</b>"]
    if layout.valued(row.valuation_usd):
        value = money(row.valuation_usd)
        if layout.present(row.currency) and row.currency != "USD":
            value += f" ({money(row.valuation, row.currency)})"
        when = " · ".join(str(x) for x in (row.round, row.valuation_date) if layout.present(x))
        parts.append(escape(value + (f" · {when}" if when else "")))
    else:
        parts.append(escape(words["undisclosed"]))
    if len(row.lineages):
        parts.append(escape(f"{words['lineage']}: " + " · ".join(row.lineages)))
    if layout.present(row.valuation_source):
        title = titles.get(row.valuation_source, row.valuation_source)
        parts.append(escape(f"[{title}]"))
    return "<br>".join(parts)


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
