"""Who a Chinese text says founded nothing, though a reader could take them for a founder:
someone denied outright (她并非公司创始人), someone others believed or listed as one
(不少业界人士以为罗以恒是瑞泊的共同创办人), and someone meant to found it who went elsewhere
before it existed (但在公司注册前两个月，余檀选择加入东方雨虹)."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context
from pedigree.ingest.text.zh.lexicon import FOUNDER_WORD, TAKEN_BACK, WENT_ELSEWHERE


def without_unfounded(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """`facts` less the foundings of people the text says founded nothing, and of pairs it
    reports only as someone else's belief."""
    denied = _denied_founders(ctx) | _went_elsewhere(ctx)
    hearsay = _hearsay_founders(ctx)
    advisors = _advisors(ctx)
    return [
        f
        for f in facts
        if not (
            f.kind == "founded"
            and (
                f.fields["person"] in denied
                or (f.fields["person"], f.fields["org"]) in hearsay
                # (an advisor read as one of 两人 who set it up; not one titled its founder)
                or (
                    (f.fields["person"], f.fields["org"]) in advisors
                    and not FOUNDER_WORD.search(f.fields.get("role") or "")
                )
            )
        )
    ]


# 德国工程师Markus Brandt后来成了窑光的技术顾问: someone the text makes the company's adviser.
_BECAME = re.compile(r"^[^，。；,;]{0,8}?(?:成了|成为|担任|出任|是|为|任)了?\s?$")
_ADVISER_AFTER = re.compile(r"\s?的?\s?[\u4e00-\u9fff]{0,6}?顾问(?!委员会)")


def _advisors(ctx: Context) -> set[tuple[str, str]]:
    """(person, org) pairs where a clause makes the person the organisation's adviser."""
    folded = ctx.text.folded
    pairs: set[tuple[str, str]] = set()
    if "顾问" not in folded:
        return pairs  # (most texts name no adviser: every person's clause left unread)
    for person in ctx.mentions.within(0, len(folded), "person"):
        end = _clause_end(folded, person.end)
        for org in ctx.mentions.within(person.end, end, "org"):
            if (
                person.entity is not None
                and org.entity is not None
                and _BECAME.match(folded[person.end : org.start])
                and _ADVISER_AFTER.match(folded, org.end)
            ):
                pairs.add((person.entity.name, org.entity.name))
    return pairs


def _clause_end(folded: str, position: int) -> int:
    ends = [i for i in (folded.find(c, position) for c in "，,。；;\n") if i >= 0]
    return min(ends, default=len(folded))


# 不少业界人士以为罗以恒是瑞泊的共同创办人, 有自媒体将逄启明列为旧雨收藏的联合创始人: a belief or a
# listing someone else holds, which the article reports rather than asserts.
_SAID_TO_FOUND = re.compile(
    r"(?:误以为|误认为|误传|误称|误将|误列|(?<![可足得难所用借予加])以为|列为|列作|传为|被传|"
    r"有(?:自媒体|媒体|报道|文章)将|外界(?:一度|曾)?(?:认为|视为|猜测|传言)|"
    # 此前有消息称，斑马前产品负责人鲁承宇也是问号星球的联合创始人之一
    r"(?:有|据)?(?:消息|传言|传闻|报道)称[，,:：]?|据传|网传)"
    r"[^，。；;！？]{0,40}?(?:联合|共同)?(?:创始人|创办人|创始团队)"
)


def _clause_start(folded: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts: after the last comma or semicolon before it
    in its sentence."""
    return max(sentence_start, *(folded.rfind(c, 0, position) + 1 for c in "，,；;"))


def _hearsay_founders(ctx: Context) -> set[tuple[str, str]]:
    """(person, org) pairs a clause says someone else believes or listed: the last person before
    the founder word and every organisation the clause names."""
    folded = ctx.text.folded
    pairs = set()
    for match in _SAID_TO_FOUND.finditer(folded):
        start = _clause_start(folded, ctx.sentence_at(match.start())[0], match.start())
        people = [
            ctx.resolve(m) if m.kind == "ref" else m.entity
            for m in ctx.mentions.within(start, match.end(), "person", "ref")
        ]
        people = [p for p in people if p is not None and p.kind == "person"]
        orgs = {m.entity.name for m in ctx.mentions.within(start, match.end(), "org") if m.entity}
        if people:
            pairs |= {(people[-1].name, org) for org in orgs}
    return pairs


# 她并非公司创始人, 他不是该公司的联合创始人: the text says outright that someone founded nothing.
_NOT_A_FOUNDER = re.compile(
    # (not 他并非唯一的创始人: one founder of several)
    r"(?:并非|不是|并不是|从来不是)(?!唯一|惟一|仅有|只有)(?:公司|该公司|这家公司|[\u4e00-\u9fff]{2,8}?)?的?"
    r"(?:联合)?(?:创始人|创办人|创始团队成员)(?!之一)"
)


def _denied_founders(ctx: Context) -> set[str]:
    """The people a text says were no founders: the person named, or the one 他/她 stands for,
    right before the denial in its sentence."""
    folded = ctx.text.folded
    denied = set()
    for match in _NOT_A_FOUNDER.finditer(folded):
        start, _ = ctx.sentence_at(match.start())
        named = [
            m
            for m in ctx.mentions.within(start, match.start(), "person", "ref")
            # (谈远仅以个人身份参与了公司天使轮投资，并非联合创始人: 公司 is the company)
            if m.kind == "person" or getattr(ctx.resolve(m), "kind", "person") == "person"
        ]
        last = named[-1] if named else None
        if last is None:
            continue
        between = folded[last.end : match.start()]
        # (覃安原为…总监，目前在逐风担任COO，但并非公司联合创始人: the sentence's one person,
        # whose clauses go on without a new subject)
        own_clause = re.split(r"[，,；;]", between)[-1]
        if between.strip("，, 也则其实本人") and not (
            own_clause.strip() in ("", "但", "但是", "却", "而", "不过", "只是", "但他", "但她")
            and last.kind == "person"
        ):
            continue
        person = ctx.resolve(last) if last.kind == "ref" else last.entity
        if person is not None and person.kind == "person":
            denied.add(person.name)
    return denied


def _went_elsewhere(ctx: Context) -> set[str]:
    """The people a sentence that takes something back says went elsewhere before the company
    existed (但在公司注册前两个月，蒋一苇选择加入了米哈游)."""
    folded = ctx.text.folded
    gone = set()
    for match in WENT_ELSEWHERE.finditer(folded):
        start, _ = ctx.sentence_at(match.start())
        clause = _clause_start(folded, start, match.start())
        # (…回应称，鲁承宇曾在早期参与过讨论，但在公司成立前已退出: the clause takes it back)
        if not any(folded[at:].lstrip().startswith(TAKEN_BACK) for at in (start, clause)):
            continue
        person = _who_went(ctx, start, clause, match.end())
        if person is not None:
            gone.add(person.name)
    return gone


def _who_went(ctx: Context, start: int, clause: int, verb: int) -> Entity | None:
    """The one who went: named in the clause (不过据查楠介绍，邝野在…注册前就…退出), else the
    last person named before it in the sentence who is neither whose someone is
    (鲍屿川在美团的老同事牟川) nor whom someone worked with (她曾与廖若溪一起打磨方案), else
    what 他/她 stands for."""
    folded = ctx.text.folded
    named = ctx.mentions.within(clause, verb, "person")
    if named and named[-1].entity is not None:
        return named[-1].entity
    earlier = ctx.mentions.within(start, clause, "person", "ref")
    for i in range(len(earlier) - 1, -1, -1):
        mention = earlier[i]
        person = ctx.resolve(mention)
        if person is None or person.kind != "person":
            continue
        if re.search(r"[与和跟同]$", folded[max(start, mention.start - 1) : mention.start]):
            continue
        after = earlier[i + 1] if i + 1 < len(earlier) else None
        if (
            after is not None
            and after.start - mention.end <= 20
            and re.match(r"(?:在[^，。的]{1,8})?的", folded[mention.end : after.start])
        ):
            continue
        return person
    refs = ctx.mentions.within(clause, verb, "ref")
    person = ctx.resolve(refs[0]) if refs else None
    return person if person is not None and person.kind == "person" else None
