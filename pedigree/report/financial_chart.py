"""The financial chart a prospectus reader expects: one bar per period, labelled with its value
and its length, units on the axis, the company in the title and the sources underneath.

Partial periods are hatched, so nine months never pass for a year at a glance; their annualised
run-rate (value × 12 / months) is drawn as a dashed outline over the bar. The figure is built
without pyplot (no global state), so the HTML report can embed it as SVG text.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from pedigree.analytics.financials import Financials
from pedigree.errors import PedigreeError, option
from pedigree.output_paths import write_failed
from pedigree.report.amounts import short_amount
from pedigree.report.fonts import cjk_font_family

FULL = "#1f4e79"
PARTIAL = "#9dc3e6"
RUN_RATE = "#c55a11"
NOTE = "#555555"

_SCALES = ((1e12, "trillions"), (1e9, "billions"), (1e6, "millions"), (1e3, "thousands"))


def chart_metric(fin: Financials, metric: str | None = None) -> str:
    """The metric a chart shows: the one asked for, else revenue, else the first on record."""
    metrics = fin.metrics()
    if not metrics:
        raise PedigreeError(f"no financial figures on record for {fin.name}")
    if metric is None:
        return next((m for m in metrics if m.lower() == "revenue"), metrics[0])
    found = next((m for m in metrics if m.lower() == metric.lower()), None)
    if found is None:
        raise PedigreeError(
            f"no {metric!r} figures for {fin.name}; on record: {', '.join(metrics)}"
        )
    return found


def financial_figure(fin: Financials, metric: str | None = None) -> Figure:
    """Bars per period of one metric (see the module docstring)."""
    cjk_font_family()
    metric = chart_metric(fin, metric)
    rows = fin.periods[fin.periods.metric == metric].reset_index(drop=True)
    units = {u for u in rows.unit if isinstance(u, str)}
    if len(units) > 1:
        hint = "" if fin.usd else f"; {option('usd')} compares them in US dollars"
        raise PedigreeError(
            f"{fin.name}'s {metric} is reported in {', '.join(sorted(units))}: "
            f"one chart needs one unit{hint}"
        )
    unit = units.pop() if units else ""
    peak = max(rows.value.abs().max(), rows.run_rate.abs().max(skipna=True) or 0)
    size, scale = next(((s, n) for s, n in _SCALES if peak >= s), (1, ""))

    fig = Figure(figsize=(8, 5.2), dpi=150)
    ax = fig.add_axes((0.1, 0.2, 0.86, 0.6))
    x = list(range(len(rows)))
    partial = rows.partial.fillna(False).astype(bool).tolist()
    values = (rows.value / size).tolist()
    ax.bar(x, values, width=0.6, color=[PARTIAL if p else FULL for p in partial],
           edgecolor=FULL, linewidth=1, zorder=2)  # fmt: skip
    # Partial periods are drawn again on top, hatched, so nine months never pass for a year.
    for i in (i for i in x if partial[i]):
        ax.bar(i, values[i], width=0.6, color="none", hatch="///", edgecolor=FULL,
               linewidth=1, zorder=3)  # fmt: skip
    runs = [i for i in x if partial[i] and pd.notna(rows.run_rate[i])]
    crowded = len(rows) > 4
    for i in runs:
        ax.bar(i, rows.run_rate[i] / size, width=0.6, fill=False, linestyle="--",
               edgecolor=RUN_RATE, linewidth=1.6, zorder=4)  # fmt: skip
        ax.annotate(
            f"{short_amount(rows.run_rate[i])}/yr\n(× 12 / {rows.months[i]:g})"
            if crowded
            else f"annualised {short_amount(rows.run_rate[i])}\n(× 12 / {rows.months[i]:g})",
            (i, rows.run_rate[i] / size),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=8.5 if crowded else 9.5,
            color=RUN_RATE,
        )
    top = max(max(values), max((rows.run_rate[i] / size for i in runs), default=0))
    bottom = min(values)
    ax.set_ylim(bottom * 1.2 if bottom < 0 else 0, top * 1.2 if top > 0 else 1)
    span = ax.get_ylim()[1] - ax.get_ylim()[0]
    for i in x:
        # Under the bar's end for a loss; inside the bar's top when a run-rate outline just
        # above would leave no room for the label between the two.
        tight = i in runs and (rows.run_rate[i] / size - values[i]) < 0.09 * span
        below = values[i] < 0 or (tight and values[i] > 0.07 * span)
        ax.annotate(
            _value_label(rows.iloc[i]),
            (i, values[i]),
            xytext=(0, -3 if below else 3),
            textcoords="offset points",
            ha="center",
            va="top" if below else "bottom",
            fontsize=9.5 if crowded else 10.5,
            color="#111111",
            # readable where a run-rate outline or hatching passes behind the label
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                  "alpha": 0.85},
            zorder=5,
        )  # fmt: skip
    ticks = zip(rows.period, rows.months, strict=True)
    ax.set_xticks(x, [f"{p}\n{m:g} months" if pd.notna(m) else p for p, m in ticks])
    ax.set_xlim(-0.6, len(rows) - 0.4)
    ax.set_ylabel(" ".join(p for p in (unit, scale) if p) or metric)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if v else "0"))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8, zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    ax.axhline(0, color="#888888", linewidth=0.8, zorder=1)

    # The bundled CJK font has one weight: emphasis comes from size, not bold.
    fig.text(
        0.1,
        0.935,
        f"{fin.name}: {metric.replace('_', ' ')} by period",
        fontsize=15,
        color="#111111",
    )
    fig.text(0.1, 0.89, _subtitle(fin, metric, rows), fontsize=9.5, color="#333333")
    fig.legend(handles=_legend(any(partial), bool(runs)), loc="upper left", ncols=3,
               bbox_to_anchor=(0.09, 0.875), fontsize=8.5, frameon=False)  # fmt: skip
    fig.text(
        0.1,
        0.02,
        textwrap.fill(_source_note(fin, rows, any(partial), bool(runs)), 135),
        fontsize=7.5,
        color=NOTE,
    )
    return fig


def financial_svg(fin: Financials, metric: str | None = None) -> str:
    """The chart as SVG text (labels stay text), for embedding in an HTML report."""
    buffer = io.StringIO()
    financial_figure(fin, metric).savefig(buffer, format="svg")
    return buffer.getvalue()


def save_financial_chart(fin: Financials, path: str | Path, metric: str | None = None) -> Path:
    """Write the chart to a .png or .svg file."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise PedigreeError(f"{option('chart')}: {path.name}: use a .png or .svg file name")
    try:
        financial_figure(fin, metric).savefig(path, format=path.suffix.lower().lstrip("."))
    except OSError as error:
        raise write_failed(path, option("chart"), error) from None
    return path


def _value_label(row) -> str:
    """The bar's figure; a converted one with the figure as stated underneath."""
    label = short_amount(row.value)
    stated = row.get("stated_unit")
    if isinstance(stated, str) and stated != row.unit:
        label += f"\n({short_amount(row.stated_value, stated)})"
    return label


def _legend(partial: bool, runs: bool) -> list[Patch]:
    handles = [Patch(facecolor=FULL, edgecolor=FULL, label="full year")]
    if partial:
        handles.append(
            Patch(facecolor=PARTIAL, edgecolor=FULL, hatch="///", label="partial period")
        )
    if runs:
        handles.append(
            Patch(fill=False, edgecolor=RUN_RATE, linestyle="--", label="annualised run-rate")
        )
    return handles


def _subtitle(fin: Financials, metric: str, rows: pd.DataFrame) -> str:
    """What a reader should take away, honestly: the comparisons of the latest period (a
    period's run-rate against the last full year, its growth over the same period a year
    earlier, or why that growth is missing); else the latest full-year growth."""
    comparisons = fin.comparisons[fin.comparisons.metric == metric]
    parts = []
    for period in reversed(rows.period.tolist()):
        for row in comparisons[comparisons.period == period].itertuples():
            if row.kind == "run_rate_vs_full_year" and pd.notna(row.ratio):
                parts.append(
                    f"{row.period} annualised {short_amount(row.compared, row.unit)} = "
                    f"{row.ratio:.2f} × {row.base_period}"
                )
            elif pd.notna(row.growth):
                parts.append(f"{row.period} vs {row.base_period}: {row.growth:+.0%}")
            elif pd.notna(row.change):
                sign = "+" if row.change >= 0 else "−"
                change = short_amount(abs(row.change), row.unit)
                parts.append(f"{row.period} vs {row.base_period}: {sign}{change}")
        for note in fin.notes:
            if note["metric"] == metric and note["period"] == period:
                parts.append(f"no {note['missing']} figure for same-period growth")
        if parts:
            break
    return " · ".join(parts[:2])


def _source_note(fin: Financials, rows: pd.DataFrame, partial: bool, runs: bool) -> str:
    sources = fin.sources if fin.sources is not None else pd.DataFrame(columns=["id"])
    cited = sources[sources.id.isin(set(rows.source_id))]
    names = [
        f"{s.publisher or s.title}" + (f" ({s.published})" if s.published else "")
        for s in cited.itertuples()
    ]
    note = "Source: " + "; ".join(names) if names else "Source: not recorded"
    note += "."
    if partial:
        note += " Hatched: partial period."
    if runs:
        note += " Dashed: annualised run-rate = value × 12 / months."
    if fin.usd:
        note += " Converted to USD at fixed approximate rates."
    if fin.as_of:
        note += f" As known on {fin.as_of.isoformat()}."
    return note
