"""The settings of a backtest: how long after the as-of day outcomes are read (`Horizon`) and
when a company "matched its valuation" (`MatchRule`), with the checks that refuse a bad one.
`pedigree.analytics.backtest` runs the cohorts against them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from pedigree.analytics.defaults import DEFAULT_MATCH_CRITERIA, MATCH_CRITERIA
from pedigree.errors import PedigreeError, option

# What "matched its valuation" may be made of; see MatchRule.
CRITERIA = MATCH_CRITERIA
DEFAULT_CRITERIA = DEFAULT_MATCH_CRITERIA
_HORIZON = re.compile(r"([0-9]+)\s*(m|mo|mos|month|months|y|yr|yrs|year|years)", re.IGNORECASE)


@dataclass(frozen=True)
class Horizon:
    """How long after the as-of day outcomes are read: whole months (6m, 12m, 1y, 18m)."""

    months: int

    @classmethod
    def parse(cls, text: str | Horizon) -> Horizon:
        if isinstance(text, Horizon):
            return text
        match = _HORIZON.fullmatch(str(text).strip())
        if not match or int(match.group(1)) == 0:
            raise PedigreeError(
                f"{option('horizon')}: not a horizon: {text!r}; use months or years, "
                "like 6m, 12m, 1y, 18m"
            )
        number, unit = int(match.group(1)), match.group(2).lower()
        return cls(number * 12 if unit.startswith("y") else number)

    def after(self, day: date) -> date:
        """`day` plus the horizon; a month's last day stays the last day (2024-02-29 + 12m is
        2025-02-28, 2024-06-30 + 1m is 2024-07-31)."""
        months = day.year * 12 + day.month - 1 + self.months
        year, month = divmod(months, 12)
        last = calendar.monthrange(year, month + 1)[1]
        month_end = day.day == calendar.monthrange(day.year, day.month)[1]
        return date(year, month + 1, last if month_end else min(day.day, last))

    def __str__(self) -> str:
        return f"{self.months}m"


@dataclass(frozen=True)
class MatchRule:
    """When a company "matched its valuation": any of `criteria` holds and it did not shut down.

    - up: the latest round in the horizon valued it more than `flat_band` above the entry;
    - flat: within ± `flat_band` of the entry;
    - revenue: its latest annualised revenue reached `revenue_share` of the revenue the entry
      valuation implied at `multiple`× revenue (valuation / multiple);
    - acquired, listed: it was acquired, or listed, in the horizon.
    """

    criteria: tuple[str, ...] = DEFAULT_CRITERIA
    flat_band: float = 0.10
    multiple: float = 20.0
    revenue_share: float = 1.0

    def __post_init__(self) -> None:
        unknown = [c for c in self.criteria if c not in CRITERIA]
        if unknown or not self.criteria:
            raise PedigreeError(
                f"{option('criteria')}: unknown criterion {', '.join(unknown) or '(none)'}; "
                f"choose from {', '.join(CRITERIA)}"
            )
        if not 0 <= self.flat_band < 1:
            raise PedigreeError(f"{option('flat_band')}: must be between 0 and 1: {self.flat_band}")
        if not self.multiple > 0:
            raise PedigreeError(f"{option('multiple')}: must be positive: {self.multiple}")
        if not self.revenue_share > 0:
            raise PedigreeError(
                f"{option('revenue_share')}: must be positive: {self.revenue_share}"
            )

    @classmethod
    def parse(cls, criteria: str | None = None, **numbers) -> MatchRule:
        """A rule from a comma list of criteria ("up,flat,revenue") and the numbers."""
        chosen = DEFAULT_CRITERIA
        if criteria:
            chosen = tuple(dict.fromkeys(c.strip().lower() for c in criteria.split(",") if c))
        return cls(chosen, **numbers)

    def round_outcome(self, change: float | None, undisclosed: bool) -> str:
        """up / flat / down against the entry valuation; undisclosed for a later round without
        a valuation; none when nothing was raised."""
        if change is None:
            return "undisclosed" if undisclosed else "none"
        if change > self.flat_band:
            return "up"
        if change < -self.flat_band:
            return "down"
        return "flat"

    def met(self, company: dict) -> tuple[str, ...]:
        """The rule's criteria one company's outcome record meets, in the rule's order; none
        when it shut down (`pedigree.report.backtest_text.why` says it in words)."""
        if company["shut_down"]:
            return ()
        signals = self.signals(company)
        return tuple(c for c in self.criteria if signals[c])

    def signals(self, company: dict) -> dict[str, bool]:
        """Whether one company's record shows what each criterion asks for."""
        return {
            "up": company["outcome"] == "up",
            "flat": company["outcome"] == "flat",
            "revenue": (company["revenue_share"] or 0) >= self.revenue_share,
            "acquired": company["acquired"],
            "listed": company["listed"],
        }
