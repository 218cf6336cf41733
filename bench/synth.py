"""Synthetic founder-lineage data in pedigree's import format, for benchmarks.

    python bench/synth.py --people 1000000 --out /tmp/synth [--seed 1]

writes sources, organizations, people, stints, rounds, credentials, products, product_metrics and
financials, one Parquet file each.
Everything is vectorised (numpy + pyarrow, no per-row Python objects), so a million people take
seconds. People, careers and stints are drawn a block of 250k people at a time, each block from
its own random stream, and written as they are made: memory stays about 1 GB at 10M people. The
same seed gives the same files (since 2026-12-05; the whole-length draws before gave others).

Shapes:
- organisation sizes follow a power law: employers are drawn with Zipf weights, so a few large
  companies employ a large share of everyone and the long tail employs a handful each;
- each person has 1-6 stints (about 4.9 on average; ~5M stints at 1M people), dated in months
  from 1995 to 2025 and increasing along the career; ~40% start with an education stint at a
  university; a few are advisor/board ties;
- ~3% of people (with earlier stints) end their career founding a new company, alone or with
  co-founders who founded in the same year; founded companies then employ people too (from their
  founding month on), some of whom later found companies of their own, so spin-outs and
  multi-generation lineages exist;
- Chinese and English names from short lists of common surnames and given names, so many people
  share a name (Chinese names carry a pinyin alias); organisation names collide too;
- funding rounds with log-normal post-money valuations growing round to round (some at or above
  US$1B), in USD, CNY or HKD, for most founded companies and a few others;
- a few sources with published dates; most rows cite none (they are attributed to the file), and
  ~2% of stints are reported a second time by another source with a different end date.

Talent and market facts (credentials.parquet, products.parquet, product_metrics.parquet,
financials.parquet) come from a second random stream, so adding them changed none of the tables
above:
- credentials for ~4% of people and ~30% of founders (1-3 each): PhD, papers (with a stated count
  in most details: "published 12 papers at CVPR", 发表论文30余篇), competition medals, awards and
  delivery credentials ("delivered a city-scale face-recognition system"), dated within the career
  (15% undated), about half citing a dated source;
- products for ~70% of founded companies (1-3 each, launched within three years of founding) and
  for the 1% largest base companies (2-6 each), mostly in their company's sector;
- product metrics for ~60% of products (users, DAU or MAU; revenue for some), dated after launch;
- financials (revenue by fiscal year, a nine-month 2025 period for some, net income) for ~15% of
  founded companies, in USD or CNY.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

FIRST_YEAR, LAST_YEAR = 1995, 2025
LAST_MONTH = (LAST_YEAR - FIRST_YEAR + 1) * 12 - 1  # months are counted from January 1995

# Stints per person: 1..6 (mean ≈ 4.87).
STINT_COUNT_P = np.array([0.02, 0.04, 0.09, 0.15, 0.30, 0.40])
FOUNDER_SHARE = 0.03
EDUCATION_SHARE = 0.40
FOUNDED_EMPLOYMENT_SHARE = 0.20  # of employment stints, once founded companies exist
DUPLICATE_SHARE = 0.02

SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"),
    ("高", "Gao"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("许", "Xu"), ("邓", "Deng"), ("冯", "Feng"), ("韩", "Han"), ("曹", "Cao"),
    ("曾", "Zeng"), ("彭", "Peng"), ("萧", "Xiao"), ("蔡", "Cai"), ("潘", "Pan"), ("田", "Tian"),
    ("董", "Dong"), ("袁", "Yuan"), ("于", "Yu"), ("余", "Yu"), ("叶", "Ye"), ("蒋", "Jiang"),
    ("杜", "Du"), ("苏", "Su"), ("魏", "Wei"), ("程", "Cheng"), ("吕", "Lv"), ("丁", "Ding"),
    ("沈", "Shen"), ("任", "Ren"), ("姚", "Yao"), ("卢", "Lu"), ("傅", "Fu"), ("钟", "Zhong"),
    ("姜", "Jiang"), ("崔", "Cui"), ("谭", "Tan"), ("廖", "Liao"), ("范", "Fan"), ("汪", "Wang"),
    ("闫", "Yan"), ("汤", "Tang"), ("贾", "Jia"), ("夏", "Xia"), ("付", "Fu"), ("方", "Fang"),
]  # fmt: skip
GIVEN = [
    ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
    ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"),
    ("杰", "Jie"), ("娟", "Juan"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
    ("秀英", "Xiuying"), ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("桂英", "Guiying"),
    ("宇", "Yu"), ("鑫", "Xin"), ("俊杰", "Junjie"), ("晓东", "Xiaodong"), ("志强", "Zhiqiang"),
    ("海燕", "Haiyan"), ("建华", "Jianhua"), ("建国", "Jianguo"), ("文", "Wen"), ("斌", "Bin"),
    ("浩", "Hao"), ("博", "Bo"), ("婷", "Ting"), ("欣", "Xin"), ("晨", "Chen"), ("阳", "Yang"),
    ("辉", "Hui"), ("鹏", "Peng"), ("华", "Hua"), ("飞", "Fei"), ("晓明", "Xiaoming"),
    ("一鸣", "Yiming"), ("子轩", "Zixuan"), ("思远", "Siyuan"), ("嘉怡", "Jiayi"),
    ("雨涵", "Yuhan"), ("梓涵", "Zihan"), ("浩然", "Haoran"), ("天宇", "Tianyu"),
    ("晓峰", "Xiaofeng"), ("立新", "Lixin"), ("亮", "Liang"),
]  # fmt: skip
FIRST_NAMES = [
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Kevin", "Brian", "Eric", "Jason",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
    "Emily", "Anna", "Laura", "Rachel", "Sophia", "Olivia", "Alex", "Sam", "Chris", "Jordan",
]  # fmt: skip
LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Kim",
]  # fmt: skip
ORG_PREFIX_ZH = [
    "深度", "智源", "云从", "星河", "天际", "灵犀", "数元", "量子", "极光", "卓越", "商汤",
    "旷视", "依图", "地平线", "寒武纪", "思必驰", "智谱", "月之", "阶跃", "面壁", "百川", "零一",
    "稀宇", "生数", "光年", "衍数", "未来", "元象", "银河", "北极",
]  # fmt: skip
ORG_SUFFIX_ZH = ["科技", "智能", "网络", "数据", "信息技术", "机器人", "半导体", "人工智能"]
ORG_ADJ_EN = [
    "Deep", "Bright", "Open", "Blue", "Quantum", "Neural", "Silver", "Nova", "Alpha", "Prime",
    "Clear", "Vector", "Stellar", "Polar", "Hyper", "Meta", "Zen", "Red", "Iron", "Swift",
]  # fmt: skip
ORG_NOUN_EN = [
    "Vision", "Mind", "Mesh", "Scale", "Path", "Forge", "Grid", "Wave", "Logic", "Signal",
    "Harbor", "Pixel", "Stack", "Field", "Core", "Cloud", "Bridge", "Spark", "Frame", "Loop",
]  # fmt: skip
ORG_SUFFIX_EN = ["Labs", "AI", "Technologies", "Inc.", "Robotics", "Systems"]
CITIES = [
    ("北京", "Beijing"), ("上海", "Shanghai"), ("清华", "Tsinghua"), ("浙江", "Zhejiang"),
    ("南京", "Nanjing"), ("武汉", "Wuhan"), ("复旦", "Fudan"), ("中山", "Sun Yat-sen"),
    ("香港", "Hong Kong"), ("同济", "Tongji"), ("西安", "Xi'an"), ("四川", "Sichuan"),
]  # fmt: skip
US_UNIS = ["Stanford", "Berkeley", "MIT", "Carnegie Mellon", "Toronto", "Oxford", "Cambridge"]
SECTORS = [
    "llm", "computer_vision", "robotics", "autonomous_driving", "chips", "fintech", "ecommerce",
    "biotech", "ai_companion", "multimodal", "speech", "saas",
]  # fmt: skip
COUNTRIES = ["CN", "US", "HK", "SG", "GB", "JP"]
COUNTRY_P = [0.6, 0.2, 0.08, 0.05, 0.04, 0.03]
BASE_KINDS = ["company", "lab", "investor", "government", "other"]
BASE_KIND_P = [0.85, 0.08, 0.02, 0.03, 0.02]
TITLES = [
    "engineer", "senior engineer", "staff engineer", "researcher", "research scientist",
    "product manager", "director", "vice president", "intern", "analyst", "team lead",
    "architect", "data scientist", "general manager",
]  # fmt: skip
FOUNDER_TITLES = ["CEO", "CTO", "co-founder", "chief scientist"]
DEGREES = ["BSc", "MSc", "PhD", "MBA"]
FIELDS = ["computer science", "electrical engineering", "mathematics", "physics", "automation"]
ROUND_NAMES = ["Seed", "Series A", "Series B", "Series C", "Series D", "Series E"]
CURRENCIES = ["USD", "CNY", "HKD"]
CURRENCY_P = [0.7, 0.25, 0.05]
USD_PER_UNIT = np.array([1.0, 0.14, 0.128])  # as pedigree/data/fx.csv
INVESTORS = [
    "红杉中国", "IDG资本", "高瓴资本", "腾讯投资", "阿里巴巴集团", "经纬中国", "启明创投",
    "源码资本", "Sequoia Capital", "Andreessen Horowitz", "SoftBank Vision Fund", "Accel",
    "Lightspeed", "Tiger Global", "GGV Capital", "Hillhouse", "Matrix Partners", "Qiming",
]  # fmt: skip
DOMAINS = ["llm", "computer_vision", "robotics", "speech", "chips", "recsys", "nlp", "autonomy"]
N_SOURCES = 24


# --- helpers --------------------------------------------------------------------------------


def _texts(values) -> pa.Array:
    return pa.array(list(values), type=pa.string())


def _pick(vocab: pa.Array, index: np.ndarray, null: np.ndarray | None = None) -> pa.Array:
    """vocab[index] as a string array (null where `null`)."""
    indices = pa.array(index.astype(np.int32), mask=null)
    return pc.take(vocab, indices)


def _join(*parts, sep: str = "") -> pa.Array:
    return pc.binary_join_element_wise(*parts, sep)


def _ids(prefix: str, n: int, offset: int = 0) -> pa.Array:
    numbers = pc.cast(pa.array(np.arange(offset, offset + n, dtype=np.int64)), pa.string())
    return _join(pa.scalar(prefix), pc.utf8_lpad(numbers, 7, "0"))


def _zipf_weights(rng: np.random.Generator, n: int, exponent: float) -> np.ndarray:
    """Power-law weights (rank^-exponent), assigned to the n items in random order."""
    weights = np.arange(1, n + 1, dtype=np.float64) ** -exponent
    return weights[rng.permutation(n)]


def _draw(rng: np.random.Generator, weights: np.ndarray, size: int) -> np.ndarray:
    """`size` indices drawn with the given (unnormalised) weights."""
    cumulative = np.cumsum(weights)
    return np.searchsorted(cumulative, rng.random(size) * cumulative[-1], side="right")


def _month_texts() -> tuple[pa.Array, pa.Array]:
    """Text of every month index from 1995-01 on, at year and at month precision."""
    months = np.arange(LAST_MONTH + 1 + 12 * 5)
    years = FIRST_YEAR + months // 12
    year_text = _texts(str(y) for y in years)
    month_text = _texts(f"{y}-{m:02d}" for y, m in zip(years, months % 12 + 1, strict=True))
    return year_text, month_text


_YEAR_TEXT, _MONTH_TEXT = _month_texts()


def _date_text(
    rng: np.random.Generator,
    month: np.ndarray,
    null: np.ndarray | None = None,
    month_share: float = 0.3,
    day_share: float = 0.0,
) -> pa.Array:
    """A month index as a partial date: YYYY, YYYY-MM (month_share) or YYYY-MM-DD (day_share)."""
    month = np.clip(month, 0, len(_YEAR_TEXT) - 1)
    roll = rng.random(len(month))
    as_year = _pick(_YEAR_TEXT, month, null)
    as_month = _pick(_MONTH_TEXT, month, null)
    text = pc.if_else(pa.array(roll < month_share), as_month, as_year)
    if day_share:
        days = _pick(_texts(f"-{d:02d}" for d in range(1, 29)), rng.integers(0, 28, len(month)))
        as_day = _join(as_month, days)
        text = pc.if_else(pa.array(roll >= 1 - day_share), as_day, text)
    return text


# --- the generator --------------------------------------------------------------------------


def generate(n_people: int, seed: int = 1) -> dict[str, pa.Table]:
    """Every table, in memory (`tables` makes them one at a time)."""
    return {
        name: table if isinstance(table, pa.Table) else pa.Table.from_batches(list(table))
        for name, table in tables(n_people, seed)
    }


def tables(n_people: int, seed: int = 1) -> Iterator[tuple[str, pa.Table | Iterator]]:
    """(name, table) for every table, each made when the one before it has been taken. People,
    careers and stints are drawn a block of people at a time (`BLOCK`), each block from its own
    random stream, so memory does not grow with the number of people: only a few small arrays
    per person (career starts) and per founder are kept whole."""
    rng = np.random.default_rng(seed)

    # Base organisations (companies, labs, …) and universities.
    n_base = max(50, n_people // 25)
    n_univ = max(10, n_people // 2000)
    base_weight = _zipf_weights(rng, n_base, 0.8)
    univ_weight = _zipf_weights(rng, n_univ, 0.9)

    # First pass over the blocks: who founds, and when; each person's first month.
    blocks = [(lo, min(lo + BLOCK, n_people)) for lo in range(0, n_people, BLOCK)]
    career_start = np.empty(n_people, dtype=np.int32)
    founder_parts, month_parts = [], []
    for block, (lo, hi) in enumerate(blocks):
        career = _careers(seed, block, hi - lo)
        career_start[lo:hi] = career.start[career.first]
        founder_parts.append(lo + career.person[career.founder_stint])
        month_parts.append(career.start[career.founder_stint])
    founders = np.concatenate(founder_parts)  # sorted: blocks and stints are in person order
    founding_month = np.concatenate(month_parts)
    del founder_parts, month_parts
    n_founders = len(founders)

    # Founded companies: founders who founded in the same year are grouped into co-founders.
    by_month = np.argsort(founding_month, kind="stable")
    founding_month = founding_month[by_month]
    year = founding_month // 12
    new_org = np.ones(n_founders, dtype=bool)
    new_org[1:] = (year[1:] != year[:-1]) | (rng.random(max(n_founders - 1, 0)) < 0.55)
    company_of_founder = np.empty(n_founders, dtype=np.int64)  # in the founders' (person) order
    company_of_founder[by_month] = np.cumsum(new_org) - 1
    n_founded = int(new_org.sum())
    founded_month = founding_month[new_org]  # the first co-founder's month: sorted
    founded_weight = rng.pareto(1.2, n_founded) + 1.0
    del by_month, year, new_org, founding_month

    n_orgs = n_base + n_founded + n_univ
    employers = _Employers(
        n_base=n_base,
        n_founded=n_founded,
        base=np.cumsum(base_weight),
        universities=np.cumsum(univ_weight),
        founded=np.cumsum(founded_weight),
        founded_month=founded_month,
        founders=founders,
        company_of_founder=company_of_founder,
    )
    organizations = _organizations(rng, n_base, n_founded, n_univ, founded_month)
    assert len(organizations) == n_orgs
    yield "organizations", organizations
    yield (
        "people",
        (_people(_block_rng(seed, b, PEOPLE), lo, hi) for b, (lo, hi) in enumerate(blocks)),
    )
    yield "stints", _stints(seed, blocks, employers, _ids("o", n_orgs))
    yield "rounds", _rounds(rng, n_base, n_founded, founded_month)
    yield "sources", _sources(rng)
    # The talent and market facts draw from their own stream.
    talent = np.random.default_rng(np.random.SeedSequence(seed).spawn(1)[0])
    large = np.argsort(-base_weight, kind="stable")[: max(1, n_base // 100)]
    yield "credentials", _credentials(talent, n_people, founders, career_start)
    yield from _products(talent, organizations, n_base, n_founded, founded_month, large).items()
    yield "financials", _financials(talent, n_base, n_founded, founded_month)


# People per block: each block's careers and stints (about 4.9 a person) are drawn and written
# at once, so a block's arrays and strings take some hundreds of MB whatever the total.
BLOCK = 250_000
# The random streams of a block: careers (drawn twice, once to find the founders, then again to
# give the stints their employers), employers and the rest of the stints, people.
CAREERS, STINTS, PEOPLE = 0, 1, 2


def _block_rng(seed: int, block: int, stream: int) -> np.random.Generator:
    return np.random.default_rng([seed, block, stream])


@dataclass
class _Career:
    """A block's stints, in person order: the person (within the block), months, kind."""

    counts: np.ndarray  # stints per person
    first: np.ndarray  # each person's first stint
    person: np.ndarray
    start: np.ndarray
    end: np.ndarray
    current: np.ndarray
    kind: np.ndarray  # 0 employment, 1 founder, 2 education, 3/4 advisor/board
    founder_stint: np.ndarray  # the founding stints, in person order


def _careers(seed: int, block: int, n_people: int) -> _Career:
    """The careers of a block of people: stint counts, then months (start increases along a
    career), then kinds: education first for some, founder last for ~3% (those with earlier
    stints). The same block of the same seed always gives the same careers."""
    rng = _block_rng(seed, block, CAREERS)
    counts = rng.choice(np.arange(1, 7), size=n_people, p=STINT_COUNT_P)
    n_stints = int(counts.sum())
    person = np.repeat(np.arange(n_people), counts)
    first = np.cumsum(counts) - counts
    position = np.arange(n_stints) - first[person]
    career_start = rng.integers(0, 23 * 12, n_people)  # first stint 1995-2017
    length = rng.integers(6, 72, n_stints)  # months per stint before the next
    offset = np.cumsum(length) - np.repeat(np.cumsum(length)[first] - length[first], counts)
    offset = offset - length  # months from the career start to each stint's start
    span = np.maximum(offset[first + counts - 1], 1)
    squeeze = np.minimum(1.0, (LAST_MONTH - career_start) / span)  # past 2025: compressed
    start = career_start[person] + np.floor(offset * squeeze[person]).astype(np.int64)
    last = position == counts[person] - 1
    next_start = np.append(start[1:], 0)
    gap = rng.integers(0, 3, n_stints)
    end = np.where(last, start + length, np.maximum(start, next_start - gap))
    current = last & ((end > LAST_MONTH) | (rng.random(n_stints) < 0.5))
    end = np.minimum(end, LAST_MONTH)

    kind = np.zeros(n_stints, dtype=np.int8)
    kind[first[rng.random(n_people) < EDUCATION_SHARE]] = 2
    other = (kind == 0) & (position > 0) & (rng.random(n_stints) < 0.015)
    kind[other] = rng.integers(3, 5, int(other.sum()))
    # Founders among people with earlier stints, FOUNDER_SHARE of everyone on average.
    eligible = counts >= 2
    share = FOUNDER_SHARE / (1 - STINT_COUNT_P[0])
    founder_stint = (first + counts - 1)[eligible & (rng.random(n_people) < share)]
    kind[founder_stint] = 1
    current[founder_stint] = rng.random(len(founder_stint)) < 0.8
    return _Career(counts, first, person, start, end, current, kind, founder_stint)


@dataclass
class _Employers:
    """What every block needs to give its stints employers: the organisations' cumulative
    weights, when each founded company was founded, and which company each founder founded."""

    n_base: int
    n_founded: int
    base: np.ndarray
    universities: np.ndarray
    founded: np.ndarray
    founded_month: np.ndarray
    founders: np.ndarray  # people, sorted
    company_of_founder: np.ndarray

    def of(self, rng: np.random.Generator, career: _Career, lo: int) -> np.ndarray:
        """The organisation of each stint of a block (people from `lo`): Zipf over base
        organisations, or (from their founding on) founded companies; universities for
        education; a founder's own company."""
        kind, start = career.kind, career.start
        org = np.empty(len(kind), dtype=np.int64)  # base orgs first, then founded, universities
        at = np.searchsorted(self.founders, lo + career.person[career.founder_stint])
        org[career.founder_stint] = self.n_base + self.company_of_founder[at]
        education = np.flatnonzero(kind == 2)
        org[education] = (
            self.n_base + self.n_founded + _pick_cumulative(rng, self.universities, len(education))
        )
        employed = np.flatnonzero((kind == 0) | (kind >= 3))
        org[employed] = _pick_cumulative(rng, self.base, len(employed))
        existing = np.searchsorted(self.founded_month, start[employed], side="right")
        to_founded = (existing > 0) & (rng.random(len(employed)) < FOUNDED_EMPLOYMENT_SHARE)
        limit = self.founded[existing[to_founded] - 1]
        picked = np.searchsorted(
            self.founded, rng.random(int(to_founded.sum())) * limit, side="right"
        )
        org[employed[to_founded]] = self.n_base + picked
        return org


def _pick_cumulative(rng: np.random.Generator, cumulative: np.ndarray, size: int) -> np.ndarray:
    """`size` indices drawn with the weights whose running sum is `cumulative`."""
    return np.searchsorted(cumulative, rng.random(size) * cumulative[-1], side="right")


def _source_ids(rng: np.random.Generator, n: int, cited: float = 0.3) -> pa.Array:
    """A source per row: one of the sources for `cited` of rows, none (the file) for the rest."""
    vocab = _texts(f"src-{i:03d}" for i in range(N_SOURCES))
    return _pick(vocab, rng.integers(0, N_SOURCES, n), rng.random(n) >= cited)


def _sources(rng: np.random.Generator) -> pa.Table:
    published = rng.integers((2015 - FIRST_YEAR) * 12, LAST_MONTH + 1, N_SOURCES)
    undated = np.zeros(N_SOURCES, dtype=bool)
    undated[::6] = True  # background knowledge: no publication date
    return pa.table(
        {
            "id": _texts(f"src-{i:03d}" for i in range(N_SOURCES)),
            "title": _texts(f"Synthetic report {i}" for i in range(N_SOURCES)),
            "publisher": _texts(["智能涌现", "36氪", "Bloomberg", "The Information"] * 6),
            "published": _date_text(rng, published, undated, month_share=0.3, day_share=0.4),
            "url": _texts(f"https://example.com/report/{i}" for i in range(N_SOURCES)),
        }
    )


def _organizations(rng, n_base: int, n_founded: int, n_univ: int, founded_month) -> pa.Table:
    n = n_base + n_founded + n_univ
    n_companies = n_base + n_founded
    zh_prefix, zh_suffix = _texts(ORG_PREFIX_ZH), _texts(ORG_SUFFIX_ZH)
    zh = _join(
        _pick(zh_prefix, rng.integers(0, len(ORG_PREFIX_ZH), n_companies)),
        _pick(zh_suffix, rng.integers(0, len(ORG_SUFFIX_ZH), n_companies)),
    )
    en = _join(
        _pick(_texts(ORG_ADJ_EN), rng.integers(0, len(ORG_ADJ_EN), n_companies)),
        _pick(_texts(ORG_NOUN_EN), rng.integers(0, len(ORG_NOUN_EN), n_companies)),
        _pick(_texts(ORG_SUFFIX_EN), rng.integers(0, len(ORG_SUFFIX_EN), n_companies)),
        sep=" ",
    )
    chinese = rng.random(n_companies) < 0.6
    name = pc.if_else(pa.array(chinese), zh, en)
    alias = pc.if_else(
        pa.array(chinese),
        _join(zh, pa.scalar("有限公司")),
        _join(en, pa.scalar("Group"), sep=" "),
    )
    alias = pc.if_else(pa.array(rng.random(n_companies) < 0.3), alias, pa.nulls(n_companies))
    city = rng.integers(0, len(CITIES), n_univ)
    univ_zh = _join(
        _pick(_texts(c for c, _ in CITIES), city),
        _pick(_texts(["大学", "理工大学", "师范大学"]), rng.integers(0, 3, n_univ)),
    )
    places = _texts([e for _, e in CITIES] + US_UNIS)
    univ_en = _join(
        pa.scalar("University of"), _pick(places, rng.integers(0, len(places), n_univ)), sep=" "
    )
    univ_name = pc.if_else(pa.array(rng.random(n_univ) < 0.7), univ_zh, univ_en)

    kinds = _texts(BASE_KINDS + ["university"])
    kind = np.concatenate(
        [
            rng.choice(len(BASE_KINDS), size=n_base, p=BASE_KIND_P),
            np.zeros(n_founded, dtype=np.int64),
            np.full(n_univ, len(BASE_KINDS)),
        ]
    )
    # Base organisations were founded 1950-2012 (10% unknown); founded ones when founded.
    base_founded = rng.integers((1950 - FIRST_YEAR) * 12, (2012 - FIRST_YEAR) * 12, n_base)
    founded = np.concatenate(
        [base_founded, founded_month, rng.integers(-12 * 100, -12 * 20, n_univ)]
    )
    unknown = np.zeros(n, dtype=bool)
    unknown[:n_base] = rng.random(n_base) < 0.1
    years = FIRST_YEAR + founded // 12
    founded_text = pc.if_else(
        pa.array(np.arange(n) < n_base + n_founded),
        pc.if_else(
            pa.array((founded >= 0) & (rng.random(n) < 0.5)),
            _pick(_MONTH_TEXT, np.maximum(founded, 0)),
            pc.cast(pa.array(years), pa.string()),
        ),
        pc.cast(pa.array(years), pa.string()),
    )
    founded_text = pc.if_else(pa.array(unknown), pa.nulls(n, pa.string()), founded_text)
    return pa.table(
        {
            "id": _ids("o", n),
            "name": pa.concat_arrays([name, univ_name]),
            "aliases": pa.concat_arrays([alias, pa.nulls(n_univ, pa.string())]),
            "kind": _pick(kinds, kind),
            "sector": _pick(_texts(SECTORS), rng.integers(0, len(SECTORS), n), kind >= 2),
            "country": _pick(_texts(COUNTRIES), rng.choice(len(COUNTRIES), size=n, p=COUNTRY_P)),
            "founded": founded_text,
            "source_id": _source_ids(rng, n, cited=0.2),
        }
    )


def _people(rng: np.random.Generator, lo: int, hi: int) -> pa.RecordBatch:
    """People `lo` to `hi` (ids p<lo>…)."""
    n = hi - lo
    chinese = rng.random(n) < 0.6
    surname = _draw(rng, np.arange(1, len(SURNAMES) + 1) ** -1.0, n)
    given = _draw(rng, np.arange(1, len(GIVEN) + 1) ** -0.7, n)
    zh_name = _join(
        _pick(_texts(s for s, _ in SURNAMES), surname), _pick(_texts(g for g, _ in GIVEN), given)
    )
    pinyin = _join(
        _pick(_texts(p for _, p in SURNAMES), surname),
        _pick(_texts(p for _, p in GIVEN), given),
        sep=" ",
    )
    first_name = _draw(rng, np.arange(1, len(FIRST_NAMES) + 1) ** -0.7, n)
    last_name = _draw(rng, np.arange(1, len(LAST_NAMES) + 1) ** -0.7, n)
    en_name = _join(
        _pick(_texts(FIRST_NAMES), first_name), _pick(_texts(LAST_NAMES), last_name), sep=" "
    )
    domain_vocab = _texts(DOMAINS)
    domains = _join(
        _pick(domain_vocab, rng.integers(0, len(DOMAINS), n)),
        _pick(domain_vocab, rng.integers(0, len(DOMAINS), n), rng.random(n) < 0.5),
        sep="|",
    )  # null where the second is missing: then only the first
    domains = pc.if_else(
        pc.is_null(domains), _pick(domain_vocab, rng.integers(0, len(DOMAINS), n)), domains
    )
    domains = pc.if_else(pa.array(rng.random(n) < 0.4), domains, pa.nulls(n, pa.string()))
    mask = pa.array(chinese)
    return pa.record_batch(
        {
            "id": _ids("p", n, offset=lo),
            "name": pc.if_else(mask, zh_name, en_name),
            "aliases": pc.if_else(mask, pinyin, pa.nulls(n, pa.string())),
            "domains": domains,
            "source_id": _source_ids(rng, n, cited=0.2),
        }
    )


def _stints(
    seed: int, blocks: list[tuple[int, int]], employers: _Employers, org_ids: pa.Array
) -> Iterator[pa.RecordBatch]:
    """The stints of each block of people as a record batch (then the block's second reports):
    the block's careers drawn again, their employers, then titles, dates and sources."""
    for block, (lo, hi) in enumerate(blocks):
        yield from _block_stints(seed, block, lo, hi, employers, org_ids)


def _block_stints(
    seed: int, block: int, lo: int, hi: int, employers: _Employers, org_ids: pa.Array
) -> Iterator[pa.RecordBatch]:
    kinds = _texts(["employment", "founder", "education", "advisor", "board"])
    titles, degrees = _texts(TITLES), _texts(DEGREES)
    founder_titles, fields = _texts(FOUNDER_TITLES), _texts(FIELDS)
    sources = _texts(f"src-{i:03d}" for i in range(N_SOURCES))
    career = _careers(seed, block, hi - lo)
    rng = _block_rng(seed, block, STINTS)
    org = employers.of(rng, career, lo)
    kind, person, start, end = career.kind, career.person, career.start, career.end
    n = len(kind)
    title_at = _draw(rng, np.arange(1, len(TITLES) + 1) ** -0.8, n)
    degree_at = rng.integers(0, len(DEGREES), n)
    founder_at = rng.integers(0, len(FOUNDER_TITLES), n)
    no_start = rng.random(n) < 0.05
    no_start[career.founder_stint] = rng.random(len(career.founder_stint)) < 0.1  # org's
    team_size = rng.lognormal(3.0, 1.2, n).astype(np.int64) + 1
    field_at = rng.integers(0, len(FIELDS), n)
    no_team = rng.random(n) >= 0.1
    start_roll, end_roll = rng.random(n), rng.random(n)
    source_at, uncited = rng.integers(0, N_SOURCES, n), rng.random(n) >= 0.3
    confidence = np.round(rng.uniform(0.5, 1.0, n), 2)
    no_confidence = rng.random(n) >= 0.1
    # A second report of some stints, by another source, with a later end.
    again = np.flatnonzero(rng.random(n) < DUPLICATE_SHARE)
    later = np.minimum(end[again] + rng.integers(1, 24, len(again)), LAST_MONTH)
    later_roll = rng.random(len(again))
    again_source = rng.integers(0, N_SOURCES, len(again))
    person_ids = _ids("p", hi - lo, offset=lo)

    def rows(at, end_month, end_roll_at, end_null, source, no_source) -> pa.RecordBatch:
        k, m = kind[at], len(at)
        title = _pick(titles, title_at[at])
        title = pc.if_else(pa.array(k == 2), _pick(degrees, degree_at[at]), title)
        title = pc.if_else(pa.array(k == 1), _pick(founder_titles, founder_at[at]), title)
        title = pc.if_else(pa.array(k >= 3), pa.nulls(m, pa.string()), title)
        return pa.record_batch(
            {
                "person_id": _pick(person_ids, person[at]),
                "org_id": _pick(org_ids, org[at]),
                "kind": _pick(kinds, k),
                "title": title,
                "field": _pick(fields, field_at[at], k != 2),
                "team_size": pa.array(team_size[at], mask=no_team[at]),
                "start": _month_text(start[at], start_roll[at], no_start[at]),
                "end": _month_text(end_month, end_roll_at, end_null),
                "source_id": _pick(sources, source, no_source),
                "confidence": pa.array(confidence[at], mask=no_confidence[at]),
            }
        )

    yield rows(np.arange(n), end, end_roll, career.current, source_at, uncited)
    if len(again):
        yield rows(again, later, later_roll, career.current[again], again_source, None)


def _month_text(month: np.ndarray, roll: np.ndarray, null: np.ndarray | None) -> pa.Array:
    """`_date_text` of months whose rolls are drawn already (30% at month precision)."""
    month = np.clip(month, 0, len(_YEAR_TEXT) - 1)
    as_year, as_month = _pick(_YEAR_TEXT, month, null), _pick(_MONTH_TEXT, month, null)
    return pc.if_else(pa.array(roll < 0.3), as_month, as_year)


def _rounds(rng, n_base: int, n_founded: int, founded_month: np.ndarray) -> pa.Table:
    # Most founded companies raise 1-5 rounds; a few base companies raise too.
    funded_founded = np.flatnonzero(rng.random(n_founded) < 0.6)
    funded_base = np.flatnonzero(rng.random(n_base) < 0.02)
    org = np.concatenate([funded_base, n_base + funded_founded])
    first_month = np.concatenate(
        [
            rng.integers(0, LAST_MONTH - 24, len(funded_base)),
            founded_month[funded_founded] + rng.integers(1, 18, len(funded_founded)),
        ]
    )
    counts = rng.integers(1, 6, len(org))
    idx = np.repeat(np.arange(len(org)), counts)
    first = np.cumsum(counts) - counts
    position = np.arange(len(idx)) - np.repeat(first, counts)
    gaps = rng.integers(6, 30, len(idx))
    gaps[first] = 0
    group_cum = np.cumsum(gaps)
    month = first_month[idx] + group_cum - np.repeat(group_cum[first], counts)
    growth = rng.lognormal(np.log(2.5), 0.5, len(idx))
    growth[first] = rng.lognormal(np.log(6e6), 1.0, len(org))
    log_growth = np.cumsum(np.log(growth))
    usd = np.exp(log_growth - np.repeat(log_growth[first] - np.log(growth[first]), counts))
    keep = month <= LAST_MONTH
    idx, position, month, usd = idx[keep], position[keep], month[keep], usd[keep]
    n = len(idx)
    currency = rng.choice(len(CURRENCIES), size=n, p=CURRENCY_P)
    currency = currency[np.searchsorted(idx, idx)]  # one currency per company (its first round's)
    valuation = np.round(usd / USD_PER_UNIT[currency], -3)
    amount = np.round(valuation * rng.uniform(0.08, 0.25, n), -3)
    investors = _join(
        _pick(_texts(INVESTORS), rng.integers(0, len(INVESTORS), n)),
        _pick(_texts(INVESTORS), rng.integers(0, len(INVESTORS), n), rng.random(n) < 0.5),
        sep="|",
    )
    return pa.table(
        {
            "org_id": _pick(_ids("o", n_base + n_founded), org[idx]),
            "date": _date_text(rng, month, rng.random(n) < 0.03, month_share=0.5, day_share=0.3),
            "round": _pick(_texts(ROUND_NAMES), np.minimum(position, len(ROUND_NAMES) - 1)),
            "amount": pa.array(amount, mask=rng.random(n) < 0.1),
            "currency": _pick(_texts(CURRENCIES), currency),
            "post_money_valuation": pa.array(valuation, mask=rng.random(n) < 0.15),
            "investors": investors,
            "source_id": _source_ids(rng, n, cited=0.5),
        }
    )


PAPER_VENUES = ["CVPR", "ICCV", "NeurIPS", "ICML", "ACL", "ECCV"]
DETAILS = {
    "phd": ["PhD in computer science", "博士，计算机科学", "PhD, electrical engineering", "博士"],
    "competition": ["gold medal, ICPC World Finals", "winner of the ImageNet challenge",
                    "first place, Kaggle competition", "IMO gold medal", "ACM竞赛金牌"],
    "award": ["best paper award, CVPR", "Innovators Under 35", "国家科技进步奖",
              "outstanding young scientist award"],
    "delivery": ["delivered a city-scale face-recognition system", "交付大规模算法系统",
                 "shipped an autonomous-driving stack to mass production",
                 "took a recommendation system to 100 million users"],
}  # fmt: skip
CREDENTIAL_KINDS = ["phd", "paper", "competition", "award", "delivery"]
CREDENTIAL_P = [0.3, 0.3, 0.12, 0.13, 0.15]
PRODUCT_WORDS_EN = ["Chat", "Vision", "Studio", "Drive", "Voice", "Search", "Pilot", "Gen"]
PRODUCT_WORDS_ZH = ["星火", "灵感", "天工", "秒绘", "海豚", "云眼", "极光", "万象"]
PRODUCT_SUFFIX = ["", " Pro", " 2", "AI", "助手", " Max"]
USER_METRICS = ["users", "dau", "mau"]


def _credentials(rng, n_people: int, founders: np.ndarray, career_start: np.ndarray) -> pa.Table:
    """1-3 credentials for ~4% of people and ~30% of founders, dated within their careers."""
    share = np.full(n_people, 0.04)
    share[founders] = 0.3
    holders = np.flatnonzero(rng.random(n_people) < share)
    person = np.repeat(holders, rng.integers(1, 4, len(holders)))
    n = len(person)
    kind = rng.choice(len(CREDENTIAL_KINDS), size=n, p=CREDENTIAL_P)
    detail = pa.nulls(n, pa.string())
    for index, name in enumerate(CREDENTIAL_KINDS):
        if name in DETAILS:
            texts = _pick(_texts(DETAILS[name]), rng.integers(0, len(DETAILS[name]), n))
            detail = pc.if_else(pa.array(kind == index), texts, detail)
    # Papers: a stated count in most details ("published 12 papers at CVPR", 发表论文30余篇).
    count = pc.cast(pa.array(np.ceil(rng.lognormal(1.5, 1.0, n)).astype(np.int64)), pa.string())
    venue = _pick(_texts(PAPER_VENUES), rng.integers(0, len(PAPER_VENUES), n))
    english = _join(pa.scalar("published "), count, pa.scalar(" papers at "), venue)
    chinese = _join(pa.scalar("发表论文"), count, pa.scalar("余篇"))
    uncounted = _join(pa.scalar("co-author of a "), venue, pa.scalar(" paper"))
    roll = rng.random(n)
    paper = pc.if_else(
        pa.array(roll < 0.5), english, pc.if_else(pa.array(roll < 0.8), chinese, uncounted)
    )
    detail = pc.if_else(pa.array(kind == CREDENTIAL_KINDS.index("paper")), paper, detail)
    month = career_start[person] + rng.integers(0, 15 * 12, n)
    date = _date_text(rng, np.minimum(month, LAST_MONTH), rng.random(n) < 0.15)
    return pa.table(
        {
            "person_id": _pick(_ids("p", n_people), person),
            "type": _pick(_texts(CREDENTIAL_KINDS), kind),
            "detail": detail,
            "date": date,
            "source_id": _source_ids(rng, n, cited=0.5),
        }
    )


def _products(
    rng, organizations: pa.Table, n_base: int, n_founded: int, founded_month, large: np.ndarray
) -> dict[str, pa.Table]:
    """Products of founded and of the largest base companies, and metrics for most of them."""
    with_products = np.flatnonzero(rng.random(n_founded) < 0.7)
    org = np.concatenate(
        [
            np.repeat(n_base + with_products, rng.integers(1, 4, len(with_products))),
            np.repeat(large, rng.integers(2, 7, len(large))),
        ]
    )
    n = len(org)
    from_founding = np.where(org >= n_base, founded_month[np.maximum(org - n_base, 0)], 0)
    launched = np.where(
        org >= n_base,
        from_founding + rng.integers(0, 36, n),
        rng.integers(5 * 12, LAST_MONTH + 1, n),
    )
    launched = np.minimum(launched, LAST_MONTH)
    words = PRODUCT_WORDS_ZH + PRODUCT_WORDS_EN
    name = _join(
        _pick(_texts(words), rng.integers(0, len(words), n)),
        _pick(_texts(PRODUCT_SUFFIX), rng.integers(0, len(PRODUCT_SUFFIX), n)),
    )
    own_sector = pc.take(organizations.column("sector"), pa.array(org))
    other_sector = _pick(_texts(SECTORS), rng.integers(0, len(SECTORS), n))
    sector = pc.if_else(pa.array(rng.random(n) < 0.7), own_sector, other_sector)
    product_ids = _ids("pr", n)
    products = pa.table(
        {
            "id": product_ids,
            "name": name,
            "org_id": _pick(_ids("o", n_base + n_founded), org),
            "launched": _date_text(rng, launched, rng.random(n) < 0.1, month_share=0.6),
            "sector": sector,
            "source_id": _source_ids(rng, n, cited=0.5),
        }
    )
    measured = np.flatnonzero(rng.random(n) < 0.6)
    revenue = measured[rng.random(len(measured)) < 0.4]
    product = np.concatenate([measured, revenue])
    m = len(product)
    metric = np.concatenate(
        [rng.integers(0, len(USER_METRICS), len(measured)), np.full(len(revenue), -1)]
    )
    value = np.where(
        metric >= 0, rng.lognormal(np.log(3e5), 1.5, m), rng.lognormal(np.log(5e6), 1.5, m)
    )
    metric_names = _texts(USER_METRICS + ["revenue"])
    when = np.minimum(launched[product] + rng.integers(3, 30, m), LAST_MONTH)
    metrics = pa.table(
        {
            "product_id": pc.take(product_ids, pa.array(product)),
            "metric": _pick(metric_names, np.where(metric >= 0, metric, len(USER_METRICS))),
            "value": pa.array(np.round(value, 0)),
            "date": _date_text(rng, when, rng.random(m) < 0.1, month_share=0.7),
            "source_id": _source_ids(rng, m, cited=0.5),
        }
    )
    return {"products": products, "product_metrics": metrics}


def _financials(rng, n_base: int, n_founded: int, founded_month: np.ndarray) -> pa.Table:
    """Revenue by fiscal year (and nine months of 2025 for some) and net income, ~15% of founded
    companies: the years from two after founding to 2024, at most three."""
    reporting = np.flatnonzero(
        (rng.random(n_founded) < 0.15) & (founded_month // 12 + FIRST_YEAR <= LAST_YEAR - 3)
    )
    first_year = np.maximum(founded_month[reporting] // 12 + FIRST_YEAR + 2, LAST_YEAR - 3)
    years = LAST_YEAR - first_year  # fiscal years up to 2024
    company = np.repeat(np.arange(len(reporting)), years)
    year = first_year[company] + (
        np.arange(len(company)) - np.repeat(np.cumsum(years) - years, years)
    )
    nine_months = np.flatnonzero(rng.random(len(reporting)) < 0.5)
    company = np.concatenate([company, nine_months])
    year = np.concatenate([year, np.full(len(nine_months), LAST_YEAR)])
    partial = np.arange(len(company)) >= len(company) - len(nine_months)
    n = len(company)
    scale = rng.lognormal(np.log(2e7), 1.2, len(reporting))
    revenue = scale[company] * 1.8 ** (year - LAST_YEAR) * np.where(partial, 0.9, 1.0)
    net = revenue * rng.uniform(-1.5, 0.2, n)
    start = _join(pc.cast(pa.array(year), pa.string()), pa.scalar("-01-01"))
    end = _join(
        pc.cast(pa.array(year), pa.string()),
        pc.if_else(pa.array(partial), pa.scalar("-09-30"), pa.scalar("-12-31")),
    )
    org_ids = _pick(_ids("o", n_base + n_founded), n_base + reporting[company])
    unit = _pick(
        _texts(["USD", "CNY"]), (rng.random(len(reporting)) < 0.4).astype(np.int64)[company]
    )
    source = _source_ids(rng, n, cited=0.7)
    half = {"org_id": org_ids, "period_start": start, "period_end": end, "unit": unit,
            "source_id": source}  # fmt: skip
    return pa.concat_tables(
        [
            pa.table(
                {
                    **half,
                    "metric": _texts(["revenue"] * n),
                    "value": pa.array(np.round(revenue, -3)),
                }
            ),
            pa.table(
                {**half, "metric": _texts(["net_income"] * n), "value": pa.array(np.round(net, -3))}
            ),
        ]
    )


def write(tables: Iterable[tuple[str, pa.Table | Iterator]], out: str | Path) -> dict[str, int]:
    """Write each table as OUT/<name>.parquet as it comes; returns rows per table."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = {}
    for name, table in tables:
        if isinstance(table, pa.Table):
            pq.write_table(table, out / f"{name}.parquet", compression="zstd")
            rows[name] = table.num_rows
        else:  # record batches, written as they come
            rows[name], writer = 0, None
            for batch in table:
                if writer is None:
                    path = out / f"{name}.parquet"
                    writer = pq.ParquetWriter(path, batch.schema, compression="zstd")
                writer.write_batch(batch)
                rows[name] += batch.num_rows
            if writer is not None:
                writer.close()
        del table  # before the next one is made
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, required=True, help="at least 10")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.people < 10:
        parser.error("--people must be at least 10")
    started = time.perf_counter()
    rows = write(tables(args.people, args.seed), args.out)
    seconds = time.perf_counter() - started
    summary = ", ".join(f"{name} {count:,}" for name, count in rows.items())
    print(f"wrote {sum(rows.values()):,} rows ({summary}) to {args.out} in {seconds:.1f}s")


if __name__ == "__main__":
    main()
