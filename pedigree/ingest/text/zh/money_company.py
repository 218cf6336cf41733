"""The company a funding round, valuation or financial figure in a Chinese sentence is about."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.context import Context

# What stands between a company and its figure: MiniMax的收入, 瑞思科技2024年度营业收入.
_OWNS = re.compile(
    r"\s?(?:\d{4}\s?(?:年|财年)?)?(?:度|全年|上半年|下半年|第[一二三四1-4]季度?"
    r"|(?:前|首)[一二三四五六七八九十\d]{1,2}(?:个月|个?季度?))?"
    r"\s?的?\s?(?:营业|主营业务|营运|经营|总)?"
)


# "This giant", "this industry leader": a well-known company the text just named, whose own
# figures are context (as 宁德时代2023年营收 named outright is: see _is_big).
_GIANT = re.compile(r"(?:这家|该|这个|此)[^，。；,;\s]{0,6}?(?:龙头|巨头|大厂|霸主|老大|领头羊)")


def company_before(ctx: Context, sentence_start: int, at: int) -> Entity | None:
    """The company a round or figure in this sentence is about: the last organisation named
    before it that is not an investor (公司 and 其 mean the company in question); one that owns
    the figure outright (MiniMax的收入) even when well known."""
    folded = ctx.text.folded
    line_start = folded.rfind("\n", 0, at) + 1
    if folded.startswith("|", line_start) or folded.startswith(" |", line_start):
        # a table row: only its own cell speaks of the figure, else the row's project (not
        # 中微 of "在中微工作9年" in the founder's cell)
        sentence_start = max(sentence_start, folded.rfind("|", line_start, at) + 1)
    owner = [
        m
        for m in ctx.mentions.within(max(sentence_start, at - 16), at, "org")
        if m.entity is not None and _OWNS.fullmatch(folded[m.end : at])
    ]
    if owner and (
        "investor" not in owner[-1].entity.roles
        or re.match(r"\s?\d{4}", folded[owner[-1].end : at])
    ):
        return owner[-1].entity  # 瑞思科技2024年度营业收入: its own figure, whatever else it does
    giant = _GIANT.search(folded, sentence_start, at)
    if giant and not ctx.mentions.within(giant.end(), at, "org"):
        return None  # 这家电池龙头2024年的营业收入…: a giant's own figure, not the story's
    candidates = [
        m
        for m in ctx.mentions.within(sentence_start, at, "org", "ref")
        if (
            m.kind == "org"
            and m.entity is not None
            and "investor" not in m.entity.roles
            and not _is_big(m.entity)
            # (前TikTok Shop东南亚负责人宓嘉言创业，…投了天使轮: a former employer)
            and folded[m.start - 1 : m.start] not in ("前", "原")
        )
        or m.form == "company"
    ]
    if candidates:
        return ctx.resolve(candidates[-1])
    if sentence_start > line_start and "。" not in folded[line_start:at]:
        # 01丨绛青生物：可降解纹身色料获3000万元天使轮: a heading's company, right before its
        # colon (not a table row's cells)
        heading = [
            m
            for m in ctx.mentions.within(line_start, sentence_start, "org")
            if m.entity is not None
            and "investor" not in m.entity.roles
            and folded.startswith(("：", ":"), m.end)
        ]
        if heading:
            return heading[-1].entity
    return ctx.topic_company(at)


def _is_big(entity: Entity) -> bool:
    """A well-known organisation, an exchange or a regulator: never the company a round or a
    figure is about when a story names one beside it."""
    known = known_organization(entity.name)
    return known is not None and known.kind in (
        "company",
        "university",
        "lab",
        "other",
        "government",
    )
