"""Benchmark of person resolution: synthetic people with realistic name collisions and a known
truth, resolved by pedigree's person model, at 100k and 1M records (issue 4).

    .venv/bin/python bench/resolution.py                    # 100k and 1M records
    .venv/bin/python bench/resolution.py --sizes 10000      # a quick run
    .venv/bin/python bench/resolution.py --sizes 10000 100000 --json

Each size runs in a fresh worker process (so its peak RSS is its own) and measures

- records: building the matcher's input from the raw records the way
  `pedigree.resolve.records.person_records` does (`person_keys` once per distinct name);
- predict: `pedigree.resolve.resolver.predict_pairs(records, "person")` — splink's DuckDB
  predict with the smoothed term-frequency lookups, materialised as a DataFrame;
- cluster: the pairs at or above `AUTO_ACCEPT`, strongest first, as matcher judgements through
  `pedigree.resolve.judgements.clusters` (union-find with cannot-link sets);
- pairs scored (blocked pairs), peak RSS, and pairwise precision/recall/F1 of the accepted
  pairs and of the clusters against the generator's truth (two records are a true pair when
  they describe the same person); "candidate recall" is the share of true pairs that predict
  returns (scored at or above the review band, 0.6), the ceiling for both.

Before predicting, the blocked pairs are counted per blocking rule (n·(n-1)/2 per key, summed —
an upper bound, since splink compares a pair found by two rules once). A size whose count is
above --max-pairs is not predicted: materialising the pairs would not fit in memory. Goal:
1M records in ≤ 5 minutes on this 2-core machine. `--breakdown` times splink's predict and the
DataFrame fetch apart; `--blocking tied` is a what-if with namesakes paired only through a
shared employer or school.

The generator (seeded, deterministic): true persons with Chinese names — surnames drawn with
weights like the census shares (王 李 张 刘 陈 … heavy), given names of one or two characters
from a pool of common characters with Zipf weights, so 王伟-style namesakes are frequent —
and careers of 2-4 employers (from a few thousand org ids, Zipf popularity), one after the
other from a first year in 2000-2015, each job lasting 2-6 years and the last one current, and
0-2 schools.
Each person appears as 1-3 records from different sources, each written in Simplified or
Traditional characters (OpenCC s2t), as pinyin in either order ("Zhang Mingyuan", "Mingyuan
Zhang") or as "M. Zhang", and each sees a random subset of the person's ties (sometimes none)
and gives the years of some of the jobs it sees.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from multiprocessing import get_context

import numpy as np
import pandas as pd

DEFAULT_SIZES = [100_000, 1_000_000]
# predict_pairs peaked at about 2.1 kB of RSS per pair (1.6M pairs at 30k records: 3.6 GB);
# 5M pairs stay near 11 GB on this 24 GB machine.
DEFAULT_MAX_PAIRS = 5_000_000
# Blocking rules as column tuples: "model" mirrors pedigree.resolve.matching.person_settings
# (predicted through predict_pairs itself; "a→b" is a one-sided rule, l.a = r.b, counted with
# its mirror); "tied" is a what-if that pairs namesakes only when they share an employer or a
# school (array columns exploded), fetching only the three columns the resolver reads.
BLOCKING = {
    "model": (
        ("han",),
        ("full",),
        ("full_alt→full",),
        ("partial_letters→letters",),
        ("partial_initial→initial",),
        ("partial_tie_keys→tie_keys",),
    ),
    "tied": (("full", "employers"), ("full", "schools"), ("initial", "employers", "schools")),
}
ARRAY_COLUMNS = ("employers", "schools", "tie_keys", "partial_tie_keys")

# Surnames with their approximate share of China's population in percent (2020 household
# register; 王 李 张 刘 陈 alone are ~30%); the tail beyond this list is folded into it, which
# makes collisions slightly heavier than real.
SURNAMES = {
    "王": 7.1, "李": 7.2, "张": 6.8, "刘": 5.4, "陈": 4.5, "杨": 3.1, "黄": 2.2, "赵": 2.3,
    "吴": 2.0, "周": 1.9, "徐": 1.5, "孙": 1.4, "马": 1.3, "胡": 1.3, "朱": 1.3, "郭": 1.2,
    "何": 1.1, "罗": 0.9, "高": 1.0, "林": 1.0, "郑": 0.9, "梁": 0.8, "谢": 0.7, "唐": 0.7,
    "许": 0.6, "冯": 0.6, "宋": 0.7, "韩": 0.6, "邓": 0.6, "彭": 0.5, "曹": 0.6, "曾": 0.5,
    "田": 0.5, "于": 0.4, "肖": 0.5, "潘": 0.4, "袁": 0.4, "董": 0.5, "叶": 0.4, "杜": 0.4,
    "丁": 0.3, "蒋": 0.4, "程": 0.3, "余": 0.4, "吕": 0.3, "魏": 0.3, "蔡": 0.4, "苏": 0.3,
    "任": 0.3, "卢": 0.3, "沈": 0.3, "姜": 0.3, "姚": 0.3, "钟": 0.3, "崔": 0.3, "陆": 0.3,
    "谭": 0.3, "汪": 0.3, "石": 0.3, "付": 0.3, "贾": 0.3, "范": 0.3, "金": 0.3, "方": 0.3,
    "韦": 0.2, "夏": 0.2, "廖": 0.2, "侯": 0.2, "白": 0.2, "孟": 0.2, "邹": 0.2, "秦": 0.2,
    "尹": 0.2, "江": 0.2, "熊": 0.2, "薛": 0.2, "邱": 0.2, "闫": 0.2, "段": 0.2, "雷": 0.2,
    "季": 0.1, "史": 0.2, "陶": 0.1, "毛": 0.1, "贺": 0.1, "龙": 0.1, "万": 0.1, "顾": 0.1,
    "关": 0.1, "郝": 0.1, "孔": 0.1, "向": 0.1, "龚": 0.1, "邵": 0.1, "钱": 0.1, "武": 0.1,
    "黎": 0.1, "汤": 0.1, "戴": 0.1, "严": 0.1, "文": 0.1, "常": 0.1, "单": 0.05, "解": 0.03,
    "欧阳": 0.05, "司马": 0.01, "诸葛": 0.01, "上官": 0.01,
}  # fmt: skip
# Characters of given names, most popular first (drawn with Zipf weights).
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华辉鹏飞宇鑫浩博婷欣晨阳文斌亮林建国志海燕"
    "晓东峰立新俊子轩思远嘉怡雨涵梓然天一鸣佳琪欢宁颖玲红兵雪梅慧丹玉萍凤春云成家豪凯瑞泽睿"
    "昊翔帆楠旭宏毅振伦彬航晶莉倩薇璐琳洁蕾蓉珊婉悦晴"
)
SINGLE_GIVEN_SHARE = 0.25
RECORDS_PER_PERSON_P = (0.5, 0.3, 0.2)  # 1, 2 or 3 records
# How a source writes the name: Simplified, Traditional, "Zhang Mingyuan", "Mingyuan Zhang",
# "M. Zhang".
FORMS = ("simplified", "traditional", "surname_first", "given_first", "initial")
FORM_P = (0.40, 0.20, 0.15, 0.15, 0.10)
N_EMPLOYERS = 5_000
N_SCHOOLS = 500
NO_TIES_SHARE = 0.25  # records that see none of the person's employers or schools
TIE_SEEN_P = 0.6  # otherwise, each tie is seen with this probability
DATED_P = 0.5  # a seen job comes with its years
FIRST_YEARS = (2000, 2015)
JOB_YEARS = (2, 6)
CURRENT_YEAR = 2026


# --- the generator ----------------------------------------------------------------------------


def _zipf(n: int, exponent: float) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** exponent
    return weights / weights.sum()


def _people(n_people: int, rng: np.random.Generator) -> tuple[list[str], list, list, list]:
    """Simplified names, employers, their years and schools of n_people true persons."""
    surnames = list(SURNAMES)
    share = np.array(list(SURNAMES.values()))
    surname = rng.choice(len(surnames), n_people, p=share / share.sum())
    char_p = _zipf(len(GIVEN_CHARS), 0.9)
    first = rng.choice(len(GIVEN_CHARS), n_people, p=char_p)
    second = rng.choice(len(GIVEN_CHARS), n_people, p=char_p)
    single = rng.random(n_people) < SINGLE_GIVEN_SHARE
    names = [
        surnames[s] + GIVEN_CHARS[a] + ("" if one else GIVEN_CHARS[b])
        for s, a, b, one in zip(surname, first, second, single, strict=True)
    ]
    employers = _ties(rng.integers(2, 5, n_people), N_EMPLOYERS, 1.0, "org", rng)
    schools = _ties(rng.integers(0, 3, n_people), N_SCHOOLS, 1.0, "school", rng)
    return names, employers, _careers(employers, rng), schools


def _careers(employers: list[list[str]], rng) -> list[list[tuple[int, int]]]:
    """[first year, last year] of each job, one after the other; the last runs to now."""
    starts = rng.integers(FIRST_YEARS[0], FIRST_YEARS[1] + 1, len(employers))
    careers = []
    for jobs, year in zip(employers, starts.tolist(), strict=True):
        lengths = rng.integers(JOB_YEARS[0], JOB_YEARS[1] + 1, len(jobs)).tolist()
        years = []
        for number, length in enumerate(lengths):
            last = CURRENT_YEAR if number == len(lengths) - 1 else min(year + length, CURRENT_YEAR)
            years.append((year, max(last, year)))
            year = last
        careers.append(years)
    return careers


def _ties(counts: np.ndarray, pool: int, exponent: float, prefix: str, rng) -> list[list[str]]:
    """counts[i] distinct ids per person from a pool with Zipf popularity."""
    drawn = rng.choice(pool, (len(counts), int(counts.max(initial=0)) + 2), p=_zipf(pool, exponent))
    ties = []
    for row, count in zip(drawn, counts, strict=True):
        ids = list(dict.fromkeys(row.tolist()))[:count]  # a repeat draw is dropped
        ties.append([f"{prefix}:{i}" for i in ids])
    return ties


def _pinyin(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(surname, given) in pinyin per distinct Simplified name, as reporting writes them."""
    from pedigree.reference.romanise import romanise

    out = {}
    for name in set(names):
        roman = romanise(name)
        out[name] = (roman.surname.capitalize(), roman.given.capitalize())
    return out


def _traditional(names: Iterable[str]) -> dict[str, str]:
    import opencc

    distinct = sorted(set(names))
    converted = opencc.OpenCC("s2t").convert("\n".join(distinct)).split("\n")
    return dict(zip(distinct, converted, strict=True))


def generate(n_records: int, seed: int = 1) -> pd.DataFrame:
    """n_records raw records (unique_id, name, employers, dated, schools) and each one's true
    person."""
    rng = np.random.default_rng(seed)
    mean = float(np.dot(RECORDS_PER_PERSON_P, [1, 2, 3]))
    n_people = math.ceil(n_records / mean) + 10
    names, employers, careers, schools = _people(n_people, rng)
    copies = rng.choice([1, 2, 3], n_people, p=RECORDS_PER_PERSON_P)
    person = np.repeat(np.arange(n_people), copies)[:n_records]
    forms = rng.choice(len(FORMS), len(person), p=FORM_P)
    no_ties = rng.random(len(person)) < NO_TIES_SHARE
    traditional = _traditional(names)
    pinyin = _pinyin(names)
    written, seen_employers, seen_dated, seen_schools = [], [], [], []
    for p, form, blind in zip(person.tolist(), forms.tolist(), no_ties.tolist(), strict=True):
        name = names[p]
        surname, given = pinyin[name]
        written.append(
            (
                name,
                traditional[name],
                f"{surname} {given}",
                f"{given} {surname}",
                f"{given[0]}. {surname}",
            )[form]
        )
        jobs, dated = (None, None) if blind else _seen_jobs(employers[p], careers[p], rng)
        seen_employers.append(jobs)
        seen_dated.append(dated)
        seen_schools.append(None if blind else _seen(schools[p], rng))
    order = rng.permutation(len(person))  # ids must not give the truth away
    return pd.DataFrame(
        {
            "unique_id": [f"person:r{i}" for i in range(len(person))],
            "name": [written[i] for i in order],
            "employers": [seen_employers[i] for i in order],
            "dated": [seen_dated[i] for i in order],
            "schools": [seen_schools[i] for i in order],
            "person": person[order],
        }
    )


def _seen_jobs(jobs: list[str], years: list[tuple[int, int]], rng):
    """(employers, [first, last] years of some of them) that one source gives."""
    seen = rng.random(len(jobs)) < TIE_SEEN_P
    dated = rng.random(len(jobs)) < DATED_P
    employers = sorted(job for job, keep in zip(jobs, seen, strict=True) if keep) or None
    spans = [list(y) for y, keep, d in zip(years, seen, dated, strict=True) if keep and d]
    return employers, spans or None


def _seen(ties: list[str], rng) -> list[str] | None:
    kept = [t for t, keep in zip(ties, rng.random(len(ties)) < TIE_SEEN_P, strict=True) if keep]
    return sorted(kept) or None


# --- the stages -------------------------------------------------------------------------------


def build_records(raw: pd.DataFrame) -> pd.DataFrame:
    """The matcher's input through `person_frame`, the code `person_records` runs on a store
    (no employer is known to be large: the store's own counts decide which are rare)."""
    from pedigree.resolve.records import person_frame

    people = pd.DataFrame(
        {
            "entity_id": raw["unique_id"],
            "names": [[name] for name in raw["name"]],
            "employers": raw["employers"],
            "schools": raw["schools"],
            "dated": raw["dated"],
        }
    )
    return person_frame(people)


def blocked_pairs(records: pd.DataFrame, rules) -> dict[str, int]:
    """Pairs each blocking rule makes (n·(n-1)/2 per key), before splink drops repeats."""
    counts = {}
    for columns in rules:
        if "→" in columns[0]:
            counts[columns[0]] = _one_sided_pairs(records, *columns[0].split("→"))
            continue
        table = records[list(columns)].dropna()
        for column in set(columns) & set(ARRAY_COLUMNS):
            table = table.explode(column)
        sizes = table.groupby(list(columns)).size().to_numpy(dtype=np.int64)
        counts[" & ".join(columns)] = int((sizes * (sizes - 1) // 2).sum())
    return counts


def _one_sided_pairs(records: pd.DataFrame, left: str, right: str) -> int:
    """Pairs of a one-sided rule (l.left = r.right) and its mirror: every record with a `left`
    key against every other record with it as `right` (an upper bound: two records that each
    have the other's key are found twice)."""
    keys = []
    for column in (left, right):
        values = records[column].explode() if column in ARRAY_COLUMNS else records[column]
        keys.append(values.dropna()[lambda v: ~v.isin(["-", "--"])].value_counts())
    joined = keys[0].to_frame("l").join(keys[1].to_frame("r"), how="inner")
    pairs = zip(records[left], records[right], strict=True)
    own = sum(len(_values(a) & _values(b)) for a, b in pairs)
    return int((joined["l"] * joined["r"]).sum()) - own


def _values(cell) -> set:
    if isinstance(cell, (list, tuple, np.ndarray)):
        return set(cell)
    return set() if cell is None or (isinstance(cell, float) and math.isnan(cell)) else {cell}


def _linker(records: pd.DataFrame, settings):
    """A linker over `records` with the smoothed term-frequency lookups, as pedigree builds it."""
    from pedigree.resolve.backends import duckdb_api, linker_on

    return linker_on(duckdb_api(), records, "person", settings)


def predict_lean(records: pd.DataFrame, rules) -> tuple[pd.DataFrame, dict[str, float]]:
    """The person model with other blocking rules and no retained columns; splink's predict
    (a DuckDB table) and the fetch of the three columns the resolver reads timed apart."""
    import dataclasses

    from splink import block_on

    from pedigree.resolve.matching import person_settings

    settings = dataclasses.replace(
        person_settings(),
        blocking_rules_to_generate_predictions=[
            block_on(*columns, arrays_to_explode=[c for c in columns if c in ARRAY_COLUMNS] or None)
            for columns in rules
        ],
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )
    linker = _linker(records, settings)
    started = time.perf_counter()
    predicted = linker.inference.predict()
    seconds = {"splink_predict": time.perf_counter() - started}
    started = time.perf_counter()
    pairs = predicted.as_duckdbpyrelation().select(_RESOLVER_COLUMNS).df()
    seconds["fetch"] = time.perf_counter() - started
    return pairs, {k: round(v, 2) for k, v in seconds.items()}


_RESOLVER_COLUMNS = "unique_id_l, unique_id_r, match_probability"


def breakdown(records: pd.DataFrame, fetch_all: bool = True) -> dict[str, float]:
    """Where `predict_pairs`' time goes: splink's predict into a DuckDB table, then the
    DataFrame of every retained column it returns, against a fetch of the three columns the
    resolver reads. Only the rules that do not explode lists, as `predict_with` runs them (the
    exploding ones run apart and pair few records)."""
    import dataclasses

    from pedigree.resolve.matching import person_settings

    settings = person_settings()
    settings = dataclasses.replace(
        settings,
        blocking_rules_to_generate_predictions=[
            rule
            for rule in settings.blocking_rules_to_generate_predictions
            if not rule.arrays_to_explode
        ],
    )
    linker = _linker(records, settings)
    started = time.perf_counter()
    predicted = linker.inference.predict()
    seconds = {"splink_predict": time.perf_counter() - started}
    started = time.perf_counter()
    predicted.as_duckdbpyrelation().select(_RESOLVER_COLUMNS).df()
    seconds["fetch_3_columns"] = time.perf_counter() - started
    if fetch_all:
        started = time.perf_counter()
        predicted.as_pandas_dataframe()
        seconds["fetch_all_columns"] = time.perf_counter() - started
    seconds["rows"] = predicted.as_duckdbpyrelation().aggregate("count(*)").fetchall()[0][0]
    return {k: round(v, 2) for k, v in seconds.items()}


def cluster(pairs: pd.DataFrame, records: pd.DataFrame) -> dict[str, str]:
    """Accepted pairs, strongest first, as matcher judgements through `clusters`, with the
    records' Han names for its guard against bridging two names."""
    from pedigree.resolve.judgements import BY_MATCHER, Judgement, clusters
    from pedigree.resolve.matching import AUTO_ACCEPT

    accepted = pairs[pairs.match_probability >= AUTO_ACCEPT].sort_values(
        "match_probability", ascending=False, kind="stable"
    )
    now = datetime.now()
    judged = [
        Judgement(i, "person", *sorted((left, right)), "same", BY_MATCHER, float(p), now)
        for i, (left, right, p) in enumerate(
            accepted[["unique_id_l", "unique_id_r", "match_probability"]].itertuples(index=False)
        )
    ]
    han = records.dropna(subset=["han"])
    return clusters(judged, dict(zip(han.unique_id, han.han, strict=True)))


# --- scoring ----------------------------------------------------------------------------------


def _prf(true_positives: int, predicted: int, actual: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _pairs_within(groups: pd.Series) -> int:
    sizes = groups.value_counts().to_numpy(dtype=np.int64)
    return int((sizes * (sizes - 1) // 2).sum())


def score(raw: pd.DataFrame, pairs: pd.DataFrame, canonical: dict[str, str]) -> dict:
    """Pairwise precision/recall/F1 of the accepted pairs and of the clusters."""
    from pedigree.resolve.matching import AUTO_ACCEPT

    truth = pd.Series(raw["person"].to_numpy(), index=raw["unique_id"])
    actual = _pairs_within(truth)
    same = (
        truth.reindex(pairs.unique_id_l).to_numpy() == truth.reindex(pairs.unique_id_r).to_numpy()
    )
    accepted = pairs.match_probability.to_numpy() >= AUTO_ACCEPT
    ids = raw["unique_id"]
    cluster_of = ids.map(canonical).fillna(ids)
    both = pd.Series(list(zip(cluster_of, raw["person"], strict=True)))
    return {
        "true_pairs": actual,
        "candidate_recall": round(int(same.sum()) / actual, 4) if actual else 1.0,
        "accepted_pairs": int(accepted.sum()),
        "pairs": _prf(int((same & accepted).sum()), int(accepted.sum()), actual),
        "clusters": _prf(_pairs_within(both), _pairs_within(cluster_of), actual),
        "records_merged": len(canonical),
    }


# --- one size ---------------------------------------------------------------------------------


def _peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2  # kB on Linux


def run_size(n_records: int, seed: int, blocking: str, max_pairs: int, split: bool) -> dict:
    """Generate, build, predict, cluster and score one size (in a worker process)."""
    from pedigree.resolve.resolver import predict_pairs

    result: dict = {"records": n_records, "blocking": blocking}
    started = time.perf_counter()
    raw = generate(n_records, seed)
    result["generate_s"] = round(time.perf_counter() - started, 2)
    result["true_persons"] = int(raw["person"].nunique())
    result["distinct_names"] = int(raw["name"].nunique())
    seconds = {}

    started = time.perf_counter()
    records = build_records(raw)
    seconds["records"] = time.perf_counter() - started
    blocked = blocked_pairs(records, BLOCKING[blocking])
    result["blocked_pairs_by_rule"] = blocked
    result["rss_before_predict_gb"] = round(_peak_rss_gb(), 2)
    if sum(blocked.values()) > max_pairs:
        result["skipped"] = (
            f"{sum(blocked.values()):,} blocked pairs (sum over rules) exceed --max-pairs "
            f"{max_pairs:,}: not predicted"
        )
        result["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
        # splink's own predict keeps ~0.3 kB a pair in DuckDB: measurable a while longer.
        if split and blocking == "model" and sum(blocked.values()) <= 5 * max_pairs:
            result["predict_split"] = breakdown(records, fetch_all=False)
        result["peak_rss_gb"] = round(_peak_rss_gb(), 2)
        return result

    started = time.perf_counter()
    if blocking == "model":
        pairs = predict_pairs(records, "person")
    else:
        pairs, result["predict_split"] = predict_lean(records, BLOCKING[blocking])
    seconds["predict"] = time.perf_counter() - started
    # predict_pairs returns only pairs at or above the review band; splink scored every
    # blocked pair (the sum over rules is an upper bound: a pair two rules find is scored once).
    result["pairs_compared"] = sum(blocked.values())
    result["candidate_pairs"] = len(pairs)
    result["rss_after_predict_gb"] = round(_peak_rss_gb(), 2)

    started = time.perf_counter()
    canonical = cluster(pairs, records)
    seconds["cluster"] = time.perf_counter() - started

    seconds["total"] = sum(seconds.values())
    result["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    result["us_per_record"] = round(seconds["total"] / n_records * 1e6, 1)
    result["peak_rss_gb"] = round(_peak_rss_gb(), 2)
    result.update(score(raw, pairs, canonical))
    if split and blocking == "model":
        del pairs
        result["predict_split"] = breakdown(records)  # after the peak RSS was read
    return result


def _in_worker(*args) -> dict:
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        try:
            return pool.submit(run_size, *args).result()
        except BrokenProcessPool as error:  # killed, most likely for memory
            return {"records": args[0], "failed": f"worker died: {error}"}


# --- the report -------------------------------------------------------------------------------


def _print(results: list[dict]) -> None:
    for r in results:
        print(f"\n{r['records']:,} records, {r.get('blocking', '?')} blocking", end="")
        if "failed" in r:
            print(f": {r['failed']}")
            continue
        print(
            f" ({r['true_persons']:,} true persons, {r['distinct_names']:,} distinct written "
            f"names; generated in {r['generate_s']} s)"
        )
        blocked = ", ".join(f"{k} {v:,}" for k, v in r["blocked_pairs_by_rule"].items())
        print(f"  blocked pairs per rule: {blocked}")
        if "skipped" in r:
            print(f"  {r['skipped']}; records {r['seconds']['records']} s; "
                  f"peak RSS {r['peak_rss_gb']} GB")  # fmt: skip
            if "predict_split" in r:
                print(f"  splink alone: {_split(r['predict_split'])}")
            continue
        s = r["seconds"]
        print(
            f"  pairs compared {r['pairs_compared']:,}; seconds: records {s['records']}, "
            f"predict {s['predict']}, cluster {s['cluster']}, total {s['total']} "
            f"({r['us_per_record']} µs/record)"
        )
        if "predict_split" in r:
            print(f"  predict split: {_split(r['predict_split'])}")
        print(f"  peak RSS {r['peak_rss_gb']} GB (before predict {r['rss_before_predict_gb']} GB)")
        print(
            f"  true pairs {r['true_pairs']:,}, candidate recall {r['candidate_recall']}; "
            f"accepted {r['accepted_pairs']:,}, records merged {r['records_merged']:,}"
        )
        for what in ("pairs", "clusters"):
            m = r[what]
            print(f"  {what:8s} P {m['precision']}  R {m['recall']}  F1 {m['f1']}")


def _split(split: dict) -> str:
    return ", ".join(f"{k} {v:,}" if k == "rows" else f"{k} {v:.2f} s" for k, v in split.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--blocking", choices=sorted(BLOCKING), default="model")
    parser.add_argument(
        "--max-pairs", type=int, default=DEFAULT_MAX_PAIRS, help="skip predicting above this"
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="time predict_pairs' parts (predicts twice)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = []
    for n in args.sizes:
        results.append(_in_worker(n, args.seed, args.blocking, args.max_pairs, args.breakdown))
        if not args.json:
            _print(results[-1:])
    report = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "code": _commit(),
        "load_average": os.getloadavg(),
        "sizes": results,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _growth(results)
    return 0


def _commit() -> str:
    """The commit measured, with "+" when pedigree/ has uncommitted changes."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (
        "+" if git("status", "--short", "pedigree") else ""
    )


def _growth(results: list[dict]) -> None:
    counted = [r for r in results if "blocked_pairs_by_rule" in r]
    for small, large in zip(counted, counted[1:], strict=False):
        blocked = sum(large["blocked_pairs_by_rule"].values())
        print(
            f"\n{small['records']:,} → {large['records']:,} records: blocked pairs "
            f"{blocked / max(sum(small['blocked_pairs_by_rule'].values()), 1):.1f}×"
        )
    done = [r for r in results if "us_per_record" in r]
    for small, large in zip(done, done[1:], strict=False):
        grow = large["records"] / small["records"]
        print(
            f"{small['records']:,} → {large['records']:,} records ({grow:g}×): time "
            f"{large['seconds']['total'] / small['seconds']['total']:.1f}×, pairs "
            f"{large['pairs_compared'] / max(small['pairs_compared'], 1):.1f}×, µs/record "
            f"{small['us_per_record']} → {large['us_per_record']}"
        )


if __name__ == "__main__":
    sys.exit(main())
