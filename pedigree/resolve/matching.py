"""The match models: splink settings for people and organisations, and running them.

The models are data (splink settings) with fixed m and u probabilities rather than trained ones:
our data sets are small and sparse, where EM is unstable, and fixed weights make a run
repeatable and explainable (`pedigree why`). Term-frequency adjustment on names makes a shared
common name (刘宇, 王伟) count for little. The same settings run on any splink backend (DuckDB
here; Spark for scale): comparisons are built from splink's dialect-aware level library.

Versioned like nomenklatura's matching logics: any change of levels or weights is a new
MODEL_VERSION, which `pedigree why` reports (v1, name and ties only, is in the history; v2 reads
partial names, weighs employers by rarity and compares organisation names in translation; v3
compares the years of people's jobs, counts a company both founded as a rare tie and sharing no
employer more against a match, and puts a rare Han name's share near the population's; v4
reads a Latin descriptor or legal word as such only when it is a word of its own — Vivix AI is
Vivix, Bolttech is not Bolt — records.py).
Running `pedigree resolve` again under a new version withdraws the matcher's merges the new
model no longer makes and adds the ones it does; people's judgements stay as they are.
"""

from __future__ import annotations

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from pedigree.resolve.name_keys import PARTIAL_FORMS

MODEL_VERSION = "v4"
# A pair is merged automatically from this match probability; below it, down to REVIEW_FROM,
# it waits for a person (`pedigree resolve --review`).
AUTO_ACCEPT = 0.95
REVIEW_FROM = 0.6
# From this many records the tie comparisons' u are estimated by random sampling (seeded, so a
# run is repeatable); below it the fixed values hold.
ESTIMATE_U_FROM = 1000
# The prior: how likely two random records are one entity. With about one other record per
# entity, that is about 1 / records — a thousandth in a store of a thousand records, a millionth
# in one of a million, where namesakes abound and a shared name says much less.
PRIOR_AT_MOST = 0.001


def prior_for(records: int) -> float:
    return min(PRIOR_AT_MOST, 1 / max(records, 1))


ESTIMATE_U_PAIRS = 2_000_000
ESTIMATE_U_SEED = 1


def _level(level, m: float, u: float, label: str, tf: str | None = None):
    """A level whose m and u are fixed: names are compared with the weights set here, whatever
    estimation does for the tie comparisons."""
    configured = level.configure(
        m_probability=m,
        u_probability=u,
        label_for_charts=label,
        fix_m_probability=True,
        fix_u_probability=True,
    )
    if tf:
        configured = configured.configure(tf_adjustment_column=tf, tf_adjustment_weight=1.0)
    return configured


def _overlap(column: str, m: tuple[float, float, float], u: tuple[float, float, float]):
    """Shared ties (schools, founders): two or more, one, none — and no penalty when either
    side has none recorded (the comparison's null level); each level named for `pedigree why`.
    The u given here holds for small stores; a store of ESTIMATE_U_FROM records or more
    measures it (how often two random records share a school depends on how concentrated
    schools are)."""
    labels = (f"two or more {column} shared", f"one of the {column} shared", f"no {column} shared")
    levels = (
        cll.ArrayIntersectLevel(column, 2),
        cll.ArrayIntersectLevel(column, 1),
        cll.ElseLevel(),
    )
    return cl.CustomComparison(
        output_column_name=column,
        comparison_description=f"{column} in common",
        comparison_levels=[
            cll.NullLevel(column).configure(is_null_level=True),
            *(
                level.configure(
                    m_probability=m_level, u_probability=u_level, label_for_charts=label
                )
                for level, m_level, u_level, label in zip(levels, m, u, labels, strict=True)
            ),
        ],
    )


def _model(comparisons: list, blocking: list) -> SettingsCreator:
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=PRIOR_AT_MOST,
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=blocking,
        # The levels (gamma_*) and weights stay for explanations; the compared values, lists
        # of employers among them, are not copied into every pair.
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=True,
    )


def _partial(side: str) -> str:
    """SQL: the record on `side` gives only part of its name (records.PARTIAL_FORMS)."""
    return "(" + " OR ".join(f"form_{side} = '{form}'" for form in PARTIAL_FORMS) + ")"


def person_settings() -> SettingsCreator:
    # A name level's m is how often a person's two records agree that way when their forms can
    # agree at all (both Han; a romanised form on either side; an initial on one side): the
    # share of pairs with those forms is alike for one person and for two, so it cancels. With
    # term frequencies, a level weighs m / (the value's share): a rare name shared by two
    # records is strong evidence, a common one weak.
    name = cl.CustomComparison(
        output_column_name="name",
        comparison_description="Han name, romanised name, spelling, initial, surname",
        comparison_levels=[
            cll.And(cll.NullLevel("full"), cll.NullLevel("surname")).configure(is_null_level=True),
            _level(cll.ExactMatchLevel("han"), 0.95, 0.0002, "same Han name", tf="han"),
            _level(
                cll.And(cll.Not(cll.NullLevel("han")), cll.CustomLevel("han_l <> han_r")),
                0.03,
                0.97,
                "different Han names",
            ),
            _level(cll.ExactMatchLevel("full"), 0.9, 0.0005, "same romanised name", tf="full"),
            _level(
                cll.CustomLevel("full_alt_l = full_r OR full_l = full_alt_r"),
                0.9,
                0.0005,
                "same romanised name, another reading (长 chang / zhang)",
                tf="full",
            ),
            _level(
                cll.CustomLevel("letters_l = letters_r AND (form_l = 'other' OR form_r = 'other')"),
                0.3,
                0.0005,
                "same letters, one spelling not pinyin (a slip)",
                tf="full",
            ),
            # Below, at least one side gives only part of its name (J. Yan, Jason He).
            _level(
                cll.CustomLevel(f"NOT {_partial('l')} AND NOT {_partial('r')}"),
                0.05,
                0.95,
                "different names",
            ),
            _level(
                cll.ExactMatchLevel("initial"),
                0.9,
                0.005,
                "same surname and initial, one side an initial",
                tf="initial",
            ),
            _level(
                cll.CustomLevel("initial_l <> initial_r"),
                0.05,
                0.95,
                "different initials",
            ),
            _level(
                cll.ExactMatchLevel("surname"),
                0.9,
                0.02,
                "same surname, one given name not pinyin (Jason)",
                tf="surname",
            ),
            _level(cll.ElseLevel(), 0.05, 0.95, "different names"),
        ],
    )
    # Careers: a shared employer is strong evidence when few people work there, weak at a
    # large one; founding the same company is strong whatever its size (a company has few
    # founders: records.person_frame counts it as a rare tie). Two reports on one person
    # usually name an employer in common (the current company, or the famous former one): of
    # the labelled true pairs where both records list employers, 16% share none; m 0.25 here
    # leaves room for sources less alike than ours. With no employer shared, the years decide:
    # busy at different employers in the same years (records.busy_years) is two people but for
    # side posts; careers that fit one after the other are what a career change looks like.
    # The m and u of the years levels split those of "no employer shared" (m 0.25, u 0.948) by
    # how often both records are dated (two in five), which cancels, and how often dated
    # careers clash: one in twenty for one person (wrong dates, side posts), two in five for two.
    employers = cl.CustomComparison(
        output_column_name="employers",
        comparison_description="shared employers, rare ones weighing more; years elsewhere",
        comparison_levels=[
            cll.NullLevel("employers").configure(is_null_level=True),
            cll.ArrayIntersectLevel("rare_employers", 1).configure(
                m_probability=0.35,
                u_probability=0.001,
                label_for_charts="a rare employer shared, or a company both founded",
            ),
            cll.ArrayIntersectLevel("employers", 2).configure(
                m_probability=0.1, u_probability=0.001, label_for_charts="two employers shared"
            ),
            cll.ArrayIntersectLevel("employers", 1).configure(
                m_probability=0.3, u_probability=0.05, label_for_charts="a large employer shared"
            ),
            cll.ArrayIntersectLevel("busy_years", 1).configure(
                m_probability=0.005,
                u_probability=0.1517,
                label_for_charts="no employer shared, busy elsewhere in the same years",
            ),
            cll.Not(cll.NullLevel("busy_years")).configure(
                m_probability=0.095,
                u_probability=0.2275,
                label_for_charts="no employer shared, careers fit one after the other",
            ),
            # People change jobs: sources naming different employers is evidence against, not
            # proof.
            cll.ElseLevel().configure(
                m_probability=0.15, u_probability=0.5688, label_for_charts="no employer shared"
            ),
        ],
    )
    return _model(
        [
            name,
            employers,
            _overlap("schools", (0.35, 0.45, 0.20), (0.002, 0.06, 0.938)),
        ],
        [
            block_on("han"),
            block_on("full"),
            # A Han name read another way (王长虎 as Wang Changhu) meets that spelling.
            CustomRule("l.full_alt = r.full"),
            CustomRule("l.full = r.full_alt"),
            # A misspelt name meets the right one through its letters (one side only, so that
            # namesakes are not paired twice).
            CustomRule("l.partial_letters = r.letters"),
            CustomRule("l.letters = r.partial_letters"),
            # "J. Yan" meets Yan Junjie by name alone when few records are Yan J. (records.py).
            CustomRule("l.partial_initial = r.initial"),
            CustomRule("l.initial = r.partial_initial"),
            # "J. Yan" and "Jason He" meet other records through surname (+ initial) and a
            # shared employer (records.py), one side a partial name: pairing every namesake
            # through an employer made predict 7× slower at a million records (bench/README.md).
            CustomRule(
                "l.partial_tie_keys = r.tie_keys",
                arrays_to_explode=["partial_tie_keys", "tie_keys"],
            ),
            CustomRule(
                "l.tie_keys = r.partial_tie_keys",
                arrays_to_explode=["partial_tie_keys", "tie_keys"],
            ),
        ],
    )


def org_settings() -> SettingsCreator:
    name = cl.CustomComparison(
        output_column_name="name",
        comparison_description="name without legal form, then distinctive core, then its pinyin",
        comparison_levels=[
            cll.NullLevel("core").configure(is_null_level=True),
            _level(cll.ArrayIntersectLevel("keys", 1), 0.55, 0.00002, "same name"),
            _level(
                cll.And(
                    cll.ArrayIntersectLevel("local_keys", 1),
                    cll.Or(cll.NullLevel("city"), cll.ExactMatchLevel("city")),
                ),
                0.12,
                0.00001,
                "same name, city given on one side only",
            ),
            _level(
                cll.And(
                    cll.ArrayIntersectLevel("cores", 1),
                    cll.Or(cll.NullLevel("city"), cll.ExactMatchLevel("city")),
                    cll.ArraySubsetLevel("descriptors", empty_is_subset=True),
                ),
                0.15,
                0.000005,
                "same core; city and descriptor agree or one side omits them",
            ),
            _level(cll.ArrayIntersectLevel("local_keys", 1), 0.01, 0.0005, "same name, other city"),
            _level(
                cll.ArrayIntersectLevel("meanings", 1),
                0.2,
                0.000005,
                "same name in translation (星河智能 / Xinghe AI)",
            ),
            _level(cll.ArrayIntersectLevel("cores", 1), 0.08, 0.0005, "same distinctive core"),
            _level(cll.ExactMatchLevel("core_pinyin"), 0.06, 0.002, "core sounds the same"),
            _level(cll.ElseLevel(), 0.03, 0.996963, "different names"),
        ],
    )
    sector = cl.CustomComparison(
        output_column_name="sector",
        comparison_levels=[
            cll.NullLevel("sector").configure(is_null_level=True),
            _level(cll.ExactMatchLevel("sector"), 0.8, 0.2, "same sector"),
            _level(cll.ElseLevel(), 0.2, 0.8, "different sector"),
        ],
    )
    return _model(
        [
            name,
            _overlap("founders", (0.5, 0.4, 0.1), (0.00001, 0.0005, 0.99949)),
            sector,
        ],
        # Any of a company's cores (its name's and its aliases'), and the main core's pinyin;
        # and any of its whole names, which a glued descriptor keeps from meeting by core
        # (CobaltVision and Cobalt Vision Ltd. share the name, not the core).
        [
            block_on("cores", arrays_to_explode=["cores"]),
            block_on("keys", arrays_to_explode=["keys"]),
            block_on("core_pinyin"),
            block_on("meanings", arrays_to_explode=["meanings"]),
        ],
    )


SETTINGS = {"person": person_settings, "organization": org_settings}
