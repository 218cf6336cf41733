"""The analytics' user-facing defaults and choices, in a module that imports nothing heavy, so
the CLI can show them in `--help` without loading Ibis and pandas (see pedigree.lazy)."""

# scarcity: the team size that counts as delivery experience
DEFAULT_MIN_TEAM = 50

# backtest: what "matched its valuation" may be made of, and the default rule (see MatchRule)
MATCH_CRITERIA = ("up", "flat", "revenue", "acquired", "listed")
DEFAULT_MATCH_CRITERIA = ("up", "flat", "revenue")
