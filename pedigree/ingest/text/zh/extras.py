"""The kinds the product uses besides ties and money: a company's listing events and sector,
and a person's credentials (a finished PhD, papers, medals, awards, patents, things delivered).

Each is read the same way as the rest: a cue in a clause, the clause's subject resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.bio_schools import ADVISOR_HONOUR, PHD_UNFINISHED, blank
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.regex import matches_before
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import HEDGE, RUMOUR

_EXCHANGES = (
    r"(?:港交所|香港交易所|联交所|上交所|深交所|科创板|创业板|北交所|纳斯达克|纽交所|美股|港股|A股)"
)
EVENTS = (
    ("ipo_hearing", re.compile(r"通过(?:了)?" + _EXCHANGES + r"?(?:的)?(?:上市)?聆讯")),
    (
        "prospectus",
        re.compile(
            r"(?:发布|递交|提交|披露|更新)(?:了)?(?:[^，,。；;]{0,6})?(?:招股书|招股说明书|上市申请)"
        ),
    ),
    (
        "listing",
        re.compile(
            r"(?<!预计)(?<!计划)(?<!有望)(?<!拟)(?:在|于)?"
            + _EXCHANGES
            + r"(?:正式)?(?:挂牌)?上市(?!前|计划|时间表)"
        ),
    ),
    ("acquired", re.compile(r"被[^，,。；;]{0,12}?(?:全资|整体)?(?:收购|并购)")),
    ("shutdown", re.compile(r"(?:宣布)?(?:倒闭|关停|解散|破产|停止(?:了)?运营)")),
)
# Words every match of a kind holds: a pattern that opens with a lookbehind or an optional word
# is tried at every character, so a text without them is not scanned.
_EVENT_CLUES = {
    "ipo_hearing": ("聆讯",),
    "prospectus": ("招股", "上市申请"),
    "listing": ("上市",),
    "acquired": ("购",),
    "shutdown": ("倒闭", "关停", "解散", "破产", "运营"),
}
# Where a match of the kinds whose patterns open with a lookbehind or an optional word can
# start, as (anchor, nearest, farthest) for `matches_before`: 0–1 characters before an
# exchange's name (在, 于), 0–2 before a shutdown word (宣布). The anchors look ahead, so
# that every position an exchange's name or a word starts at is one (关停止运营).
_EVENT_ANCHORS = {
    "listing": (re.compile(rf"(?={_EXCHANGES})"), 0, 1),
    "shutdown": (re.compile(r"(?=倒闭|关停|解散|破产|停止)"), 0, 2),
}
# A company's description before its name says its sector: AI芯片公司, 视频生成公司.
SECTOR_WORDS = (
    ("3d", "3d_generation"), ("多模态", "multimodal"), ("视频生成", "video_generation"),
    ("大模型", "llm"), ("语言模型", "llm"), ("自动驾驶", "autonomous_driving"),
    ("智能驾驶", "autonomous_driving"), ("具身", "robotics"), ("机器人", "robotics"),
    ("芯片", "semiconductors"), ("半导体", "semiconductors"), ("视觉", "computer_vision"),
    ("语音", "speech"), ("医疗", "healthcare"), ("生物", "biotech"), ("制药", "biotech"),
    ("游戏", "gaming"), ("电商", "ecommerce"), ("金融", "fintech"),
)  # fmt: skip
_DESCRIBED = re.compile(
    r"(?P<desc>[\u4e00-\u9fffA-Za-z0-9 ]{2,16}?)(?:创业|初创|科技)?"
    r"(?:公司|服务商|开发商|研发商|提供商|厂商|创企)"
    r"[「“]?(?=\S)"
)
# The company words _DESCRIBED ends with (no two of them can overlap), and how far before one
# a match can start: a description of 2–16 characters, then 创业/初创/科技 or nothing.
_COMPANY_WORD = re.compile(r"公司|服务商|开发商|研发商|提供商|厂商|创企")
_DESCRIBED_REACH = (2, 18)


def _described(folded: str) -> Iterator[re.Match[str]]:
    """_DESCRIBED.finditer(folded), tried only 2–18 characters before a company word, the only
    places a match can start (the plain scan tried every position with every length)."""
    low, high = _DESCRIBED_REACH
    return matches_before(_DESCRIBED, _COMPANY_WORD, folded, low, high)


CREDENTIAL_CUES = (
    (
        "competition",
        re.compile(
            r"(?:竞赛|大赛|比赛|奥赛|奥林匹克|锦标赛|挑战赛|ICPC|Kaggle)[^，,。；;]{0,10}"
            r"(?:冠军|亚军|季军|金牌|银牌|铜牌|一等奖|二等奖|第一名)",
            re.IGNORECASE,
        ),
    ),
    (
        "paper",
        re.compile(r"发表(?:了|过)?[^，,。；;]{0,20}论文|论文[^，,。；;]{0,10}(?:发表|收录)"),
    ),
    ("patent", re.compile(r"(?:获得|拥有|申请)(?:了)?[^，,。；;]{0,10}专利")),
    (
        "award",
        re.compile(
            r"(?:获得|荣获|获评|入选|当选)(?:了)?[^，,。；;]{0,20}(?:奖|荣誉|榜单|Fellow|院士)"
        ),
    ),
    (
        "delivery",
        re.compile(
            r"(?:参与|主导|负责|带队|牵头)(?:过|了)?[^，,。；;]{2,40}?(?:交付|落地|上线|量产)|做到了?(?:行业|全球|世界|国内)第一"
        ),
    ),
)
_IN_PROGRESS = re.compile(PHD_UNFINISHED.pattern + r"|读博|博士后")
# A word every CREDENTIAL_CUES pattern holds: a clause without one is passed over with one
# search instead of five (and without blanking its advisor's honours first).
_CREDENTIAL_WORD = re.compile(
    r"竞赛|大赛|比赛|奥赛|奥林匹克|锦标赛|挑战赛|ICPC|Kaggle|论文|专利|获得|荣获|获评|入选|当选|"
    r"参与|主导|负责|带队|牵头|做到",
    re.IGNORECASE,
)


def read_events(ctx: Context) -> list[Fact]:
    from pedigree.ingest.text.zh.money_company import company_before

    folded = ctx.text.folded
    found = []
    for kind, pattern in EVENTS:
        if not any(clue in folded for clue in _EVENT_CLUES[kind]):
            continue
        anchored = _EVENT_ANCHORS.get(kind)
        matches = (
            matches_before(pattern, anchored[0], folded, anchored[1], anchored[2])
            if anchored
            else pattern.finditer(folded)
        )
        for match in matches:
            start, end = ctx.sentence_at(match.start())
            if not ctx.readable(match.start(), match.end()):
                continue
            if RUMOUR.search(folded[start:end]) or HEDGE.search(
                folded[max(start, match.start() - 8) : match.start()]
            ):
                continue
            org = company_before(ctx, start, match.start())
            if org is None:
                continue
            periods = ctx.periods_in(start, match.start())
            when = periods[-1] if periods else None
            date = None
            if when is not None:
                date = (
                    when.first.strftime("%Y-%m")
                    if when.precision in ("day", "month")
                    else str(when.first.year)
                )
            aliases = {org.name: org.written} if org.written != org.name else {}
            found.append(
                ctx.text.fact(
                    "event", (start, match.end()), 0.75, aliases, org=org.name, type=kind, date=date
                )
            )
    return found


def read_sectors(ctx: Context) -> list[Fact]:
    folded = ctx.text.folded
    found = []
    for match in _described(folded):
        following = ctx.mentions.at(match.end()) or ctx.mentions.at(match.end() + 1)
        if following is None or following.kind != "org" or following.entity is None:
            continue
        description = match.group("desc").lower()
        sector = next((slug for word, slug in SECTOR_WORDS if word in description), None)
        if sector is None:
            continue
        entity = following.entity
        aliases = {entity.name: entity.written} if entity.written != entity.name else {}
        found.append(
            ctx.text.fact(
                "sector",
                (match.start("desc"), following.end),
                0.7,
                aliases,
                org=entity.name,
                sector=sector,
            )
        )
    return found


def read_credentials(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A finished PhD from every PhD the reader found; medals, papers, awards, patents and
    delivery from cue words in a clause about a person."""
    found = []
    for fact in facts:
        if (
            fact.kind == "education"
            and fact.fields.get("degree") == "phd"
            and not _IN_PROGRESS.search(fact.quote)
        ):
            found.append(
                ctx.text.fact(
                    "credential",
                    (fact.start, fact.end),
                    0.8,
                    dict(fact.aliases),
                    person=fact.fields["person"],
                    type="phd",
                    detail=f"博士，{fact.fields['org']}",
                )
            )
    folded = ctx.text.folded
    for clause in ctx.clauses:
        if not _CREDENTIAL_WORD.search(folded, clause.start, clause.end):
            continue
        if not ctx.readable(clause.start, clause.end):
            continue
        text = ADVISOR_HONOUR.sub(blank, folded[clause.start : clause.end])
        for kind, pattern in CREDENTIAL_CUES:
            match = pattern.search(text)
            if not match:
                continue
            person = ctx.person_of(clause, clause.start + match.start())
            if person is None or person.name in ctx.layout.bylined:
                continue
            aliases = {person.name: person.written} if person.written != person.name else {}
            found.append(
                ctx.text.fact(
                    "credential",
                    (clause.start, clause.end),
                    0.7,
                    aliases,
                    person=person.name,
                    type=kind,
                    detail=ctx.text.original[clause.start : clause.end].strip(),
                )
            )
    return found
