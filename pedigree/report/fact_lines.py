"""Facts' values written on one line: an organisation's product metrics in its profile
(users 1,000,000 (2024) [source]) and the values of each statement a source holds (12,000,000
USD). `pedigree.analytics.profiles` and `source_facts` return the values; the API writes them
in with `profile_with_text` and `source_with_text`, so JSON and pages carry the lines."""

from __future__ import annotations

from pedigree.analytics.profiles import Profile
from pedigree.analytics.source_facts import SourceFacts


def metrics_line(metrics: list[dict]) -> str:
    """metric value (date) [source]; … — one product's metrics."""
    return "; ".join(
        f"{m['metric']} {m['value']:,.0f}"
        + (f" ({m['date']})" if m["date"] is not None else "")
        + f" [{m['source_id']}]"
        for m in metrics
    )


def values_line(values: list) -> str | None:
    """A statement's values, whole numbers with thousands separators; None when it has none."""
    return " ".join(_plain(v) for v in values) or None


def _plain(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)


def profile_with_text(profile: Profile) -> Profile:
    """`profile` with each product's metrics written as one line."""
    products = profile.facts.get("products")
    if products is not None and "metrics" in products.columns:
        products["metrics"] = [metrics_line(metrics) for metrics in products["metrics"]]
    return profile


def source_with_text(found: SourceFacts) -> SourceFacts:
    """`found` with each statement's values written as one text."""
    found.facts["value"] = [values_line(values) for values in found.facts["value"]]
    return found
