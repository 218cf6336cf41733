"""Organisations, schools and their short forms in Chinese text.

Known organisations come from the bundled alias table. The rest are found by how reporting names
a company it introduces: after a descriptor (具身智能公司「星渚机器人」, 光互连芯片公司砚衡半导体,
AI营销智能体服务商知岸科技), in corner or curly quotes, with an English name in brackets
(知岸科技（ShoreMind）), or by a company-like ending (…科技, …智能, …资本, …有限公司) with
evidence around it: a verb only companies take (完成…融资, 成立于), a founding verb before it, a
list heading (蔺子衡｜晞光智能). As with people, evidence is summed over the text.

A name's short form (星渚 for 星渚机器人, 沄析 for 杭州沄析科技有限公司) is the same organisation
wherever it stands alone; so is a defined term (（下称“阿里云”）).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pedigree.ingest.text.entities import occurrences
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.lexicon import BUSINESS_UNIT, SOME, TITLE_WORD
from pedigree.ingest.text.zh.name_candidates import ordinariness
from pedigree.ingest.text.zh.org_evidence import weigh_candidates
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES, canonical_name, kind_of, weak_ending
from pedigree.ingest.text.zh.org_frames import framed_brand
from pedigree.ingest.text.zh.org_named import Tally, named_in_text
from pedigree.ingest.text.zh.org_words import in_word_start, inside_a_word

_ENDS_AS_SUBJECT = re.compile(
    r"$|[，。；,;：:、（(）)”」\s]|的|是|已|在|于|完成|获|成立|创|和|与|及|将|也|还|正|目前|今年|去年|"
    r"团队|公司|创始人|联合创始人"
    # 优信前财务总监柯蔓: a post once held there, then its holder
    rf"|[前原](?=[\u4e00-\u9fff]{{0,6}}?(?:{TITLE_WORD}))"
)
_A_POST = re.compile(TITLE_WORD)
_MARKET_OR_CATEGORY = re.compile(r"(?:市场|品类)$")
_TITLE_ACRONYM = re.compile(r"C[A-Z]{1,2}O|S?E?VP|HR|PR|AI|IT|GM|MD|PM")
# Where someone comes from, said of them (科班出身, 工程师背景): no organisation's name.
# (or "the matter of": 确认了创办焕彩新材料一事, where the name comes before 一事)
_BACKGROUND_END = re.compile(r"(?:出身|出生|背景|科班|一事|之事)$")
# A count of things inside a name: "a foundation", which one unsaid (香港一间私人艺术基金会).
_SOME_INSIDE = re.compile(rf"{SOME}|^某")  # 某头部智驾: "a certain", a name withheld

# A trade of two characters and 业 (殡仪业, 餐饮业), not a brand and a company's ending (雾岭农业).
_AN_INDUSTRY = re.compile(r"[\u4e00-\u9fff](?![实置物矿农林商企渔牧工])[\u4e00-\u9fff]业")

_ROUND_NAME = re.compile(  # (今轮融资后估值: this round, 上轮: the last one)
    r"(?:Pre-?[A-F]\+?|[A-F]\d?\+{0,2}|天使\+?|种子\+?|战略|首|今|本|此|该|上|新一|前一|下一)轮"
)


@dataclass(frozen=True)
class OrgName:
    start: int
    end: int
    kind: str  # org or school
    name: str  # canonical
    evidence: float


def find_orgs(
    text: str, people: set[str], strength: dict[str, float] | None = None
) -> list[OrgName]:
    """Organisation and school names in the folded text, known or shown to be names by the
    text, with the evidence for each; `people` are names already read as people, with the
    `strength` of that reading where it is known (a company's evidence can outweigh it)."""
    tally = named_in_text(text, people, strength or {})
    framed_by_context = weigh_candidates(text, people, strength or {}, tally)
    accepted = _accepted(tally, framed_by_context)
    _extend_shown(text, tally, accepted)
    placed = _placed(tally, accepted)
    ends = {o.end for o in placed}
    return [
        # (美的集团原|楼宇科技事业部: a unit right after its company is that company's, read so
        # later; 楼宇科技 is the unit's field, no company)
        o if any(e in ends for e in range(o.start - 2, o.start + 1)) else _parent_of_unit(o, text)
        for o in placed
    ]


_BUSINESS_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}" + BUSINESS_UNIT)


def _parent_of_unit(org: OrgName, text: str) -> OrgName:
    """栖衡科技零售事业部, 国药控股零售事业部: a business unit written after its company's name is
    a post's place at that company (the unit stays in the post's words, not in the name) — a
    company known, named with an ending, or written alone elsewhere as a company is (延锋座椅事业部
    … 进入延锋, 延锋的…, twice; not 冰品事业部 … 冰品市场, a field)."""
    name = org.name
    if not re.search(BUSINESS_UNIT + "$", name) or known_organization(name):
        return org
    for cut in range(len(name) - 3, 1, -1):
        head = name[:cut]
        if not _BUSINESS_UNIT.fullmatch(name[cut:]):
            continue
        known = known_organization(head)
        if (
            known is not None
            or (cut >= 4 and head.endswith(ORG_SUFFIXES))  # (not 宠物 of 宠物保险事业部)
            or (
                ordinariness(head) < 1
                and framed_brand(text, head, [(org.start, org.end)]) >= 2
            )
        ):
            parent = known.name if known is not None else head
            return replace(org, end=org.start + cut, name=parent)
    return org


def _accepted(tally: Tally, framed_by_context: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The names with enough evidence that read as no post, market, round or background."""
    scores = tally.scores
    return {
        n
        for n in tally.names
        # (a weak ending needs more evidence, unless a frame found a name whose head is no
        # everyday word: 加入通力电梯, but not 远洋渔业, a field)
        if scores[n]
        >= (
            3.5
            if weak_ending(n) and (n not in framed_by_context or ordinariness(n[:-2]) >= 3)
            else 2
        )
        and (scores[n] >= 10 or n not in place_names())
        and not _TITLE_ACRONYM.fullmatch(n)  # 担任CTO的: a post, not a company
        and not _A_POST.fullmatch(n)  # 首席运营官（COO）: a post glossed in English
        and not _MARKET_OR_CATEGORY.search(n)  # 进入日本市场, 保健品类的采购经理
        and not (scores[n] < 10 and _BACKGROUND_END.search(n))  # 是科班出身的正畸医生
        and not _ROUND_NAME.fullmatch(n)  # A轮领投方顺为资本: a round, not who led it
        and not (scores[n] < 10 and _SOME_INSIDE.search(n))  # 香港一间私人艺术基金会: unnamed
        and not (scores[n] < 10 and _AN_INDUSTRY.fullmatch(n))  # 在殡仪业工作十多年: a trade
    }


def _extend_shown(text: str, tally: Tally, accepted: set[str]) -> None:
    """Add the other places of the names the text has shown."""
    names, scores = tally.names, tally.scores
    # A name the text has shown to be one is a name wherever else it stands on its own
    # (4.【企业服务】云笺获…: the entry's heading names the company its body showed).
    # (新公司名为"回澜" … 回澜的另一位联合创始人: a name shown by its frame is a name where it
    # stands as a subject or an object — not where it starts a product's name, 回澜Grade)
    # (a name its context scores 10 or more, 锐羽 after 进入…，担任, is shown all the same,
    # where it stands as a subject or an object)
    shown = sorted(n for n in accepted if n not in tally.pinned or n in tally.framed)
    for name, spans in occurrences(text, shown).items():
        known = set(names[name])
        names[name].extend(
            (s, e)
            for s, e in spans
            if (s, e) not in known
            and not inside_a_word(text, s, e)
            and not in_word_start(text, s)
            and (scores[name] < 10 or _ENDS_AS_SUBJECT.match(text, e))
        )


def _placed(tally: Tally, accepted: set[str]) -> list[OrgName]:
    """Each accepted name at each of its places, unless a longer name the text shows covers it."""
    names, scores = tally.names, tally.scores
    covered: dict[int, tuple[int, int]] = {}  # position → (earliest start, longest length)
    for n in sorted(accepted):
        if scores[n] < 10:
            for s, e in names[n]:
                for i in range(s, e):
                    first, size = covered.get(i, (s, 0))
                    covered[i] = (min(first, s), max(size, e - s))
    # where known names stand: a shown name that starts inside one and runs past it cut it
    # (对|外经济贸易大学保险学院: 对 read as a function word), and is no name
    known_at = {
        i: e for n in accepted if scores[n] >= 10 for s, e in names[n] for i in range(s + 1, e)
    }
    found = []
    for name in sorted(accepted):
        canonical = canonical_name(name)
        for s, e in names[name]:
            if scores[name] < 10 and known_at.get(s, e) < e:
                continue
            first, size = covered.get(s, (s, 0))
            last_first, last_size = covered.get(e - 1, (s, 0))
            if scores[name] >= 10 and (
                first < s or size > e - s or (last_first <= s and last_size > e - s)
            ):
                continue  # 思科 inside 沛思科技, 国投 of 国投创合: the longer name the text shows
            found.append(OrgName(s, e, kind_of(canonical), canonical, scores[name]))
    return found


