"""What an organisation is to a clause's subject, read from the words around it: each
organisation or coordinated group of a clause, whose tie it is, and the tie's details (title,
dates, degree). Which tie the words state is `relation_words`."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import iso_date
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, draft, introduced, period_before
from pedigree.ingest.text.zh.lexicon import (
    ADVISOR_CLAUSE,
    ASIDE,
    DEGREES,
    FOUND_VERB,
    FOUNDED_WHICH,
    KIN,
    LEAVE_BEFORE,
    LEFT_AFTER,
    POACHED,
    TITLE,
    WORK_AFTER,
)
from pedigree.ingest.text.zh.relation_words import FROM_END, moved_on, relation

_COORDINATION = re.compile(r"^\s?(?:、|和|与|及|以及|或|或者|，|,)\s?$")
_RANGE = re.compile(r"^\s?(?:至|到|-|–|—|~|～)\s?$")


# 由前大厂员工创办的"爆品雷达": a founding by people described, not named.
_FOUNDED_BY_UNNAMED = re.compile(r"由[^，。；,;]{1,20}?(?:创办|创立|创建)的?\s?[“「\"]?\s?$")


def _without_names(ctx: Context, clause: Clause) -> str:
    """The clause's words with the organisations' names blanked."""
    chars = list(ctx.text.folded[clause.start : clause.end])
    for m in ctx.mentions.within(clause.start, clause.end, "org", "school"):
        chars[m.start - clause.start : m.end - clause.start] = " " * (m.end - m.start)
    return "".join(chars)


_AT_ONLY = re.compile(r"\s?(?:在|于)")


def around_organisations(ctx: Context, clause: Clause) -> list[Draft]:
    """Each organisation (or coordinated group) in the clause, read by the words around it."""
    found = []
    folded = ctx.text.folded
    if _TEAM_ORIGIN_NEXT.match(folded, clause.start) and _TEAM_BEFORE.search(
        folded, max(0, clause.start - 14), clause.start
    ):
        return found  # 团队约40人，主要来自深信服、奇安信和华为: where the team came from
    if _heading_alone(ctx, clause):
        return found  # 本集团创办人 over a section: a heading, no one's post
    for group in _groups(ctx, clause):
        first, last = group[0], group[-1]
        # Spaces and quote marks around a name say nothing: 跳槽到 OPPO, 公司“电小满”.
        pre = folded[clause.start : first.start].rstrip(' “「『"')
        # 曾任美商科磊资深应用工程师: "a US firm", as Taiwan writes a foreign employer
        pre = _FOREIGN_FIRM_END.sub("", pre)
        post = folded[last.end : clause.end].lstrip(' ”」』"')
        entity = ctx.resolve(first)
        kind = relation(
            pre,
            post,
            first.kind,
            folded[clause.start : clause.end],
            entity.name if entity is not None else "",
        )
        if (
            kind is None
            and _AT_ONLY.fullmatch(pre)
            and re.fullmatch(r"\s?(?:时|期间|的时候|任职期间|工作期间|那几年|的几年)?", post)
        ):
            # 在地平线，班朝晖管过芯片研发: the place stands before the clause it belongs to.
            nxt = ctx.clause_at(clause.end + 1)
            if (
                nxt is not None
                and nxt.sentence == clause.sentence
                and WORK_AFTER.match(
                    re.sub(
                        r"^[^，,。；;]{0,6}?(?=[\u4e00-\u9fff])", "", folded[nxt.start : nxt.end]
                    )
                )
            ):
                kind = "employment"
        if kind is None:
            continue
        if (
            kind == "employment"
            and ctx.mentions.within(clause.start, first.start, "product")
            and not ctx.mentions.within(clause.start, first.start, "person", "ref")
        ):
            continue  # 外骨骼「擎腰」已进入京东物流的分拣仓: a product entered a customer's site
        entered = ctx.mentions.within(clause.start, first.start, "org")
        if (
            kind == "employment"
            and entered
            and re.fullmatch(
                r"\s?(?:已经?|目前|也|还|正式|已正式)?\s?(?:进入|入驻|进驻|打入)了?\s?",
                ctx.text.folded[entered[-1].end : first.start],
            )
            and not ctx.mentions.within(clause.start, first.start, "person", "ref")
        ):
            continue  # 竹屿已进入山姆会员店: a company entered a retailer, no one was hired
        if kind == "education" and _DEGREE_BEFORE_NAME.match(post):
            holder = ctx.mentions.at(last.end + _DEGREE_BEFORE_NAME.match(post).end())
            if holder is not None and holder.kind == "person":
                continue  # 她找來成大電機博士卓冠廷: the degree is the one named after it
        person_mention, person = _subject_for(ctx, clause, first, last)
        if kind == "founded":
            # 而是阿拉坦创办的绒脉科技的前运营总监: the one named right before 创办的 founded it,
            # whoever the clause is about
            by = _founder_named_before(ctx, clause, first)
            if by is not None:
                person_mention, person = by, by.entity
        if person is None:
            continue
        people = [(person_mention, person)]
        if person_mention is not None and person_mention.kind == "person":
            people += [(m, m.entity) for m in ctx.coordinated(person_mention)[1:]]
        elif person_mention is not None and person_mention.form == "group":
            people = [(None, p) for p in ctx.resolve_all(person_mention)]
        if kind == "founded":
            by = _FOUNDED_BY_UNNAMED.search(pre)
            if by and not ctx.mentions.within(
                clause.start + by.start(), clause.start + by.end(), "person", "ref"
            ):
                continue  # 同样由前大厂员工创办的"爆品雷达": founded by people it does not name
            if re.search(FOUND_VERB + _CLEFT, pre):
                continue  # 一起创办山岫的是她在喜茶的老同事: who founded it, described by a name
            verbs = list(re.finditer(FOUND_VERB, pre))
            if verbs and ctx.mentions.within(
                clause.start + verbs[-1].end(), first.start, "org", "product"
            ):
                continue  # 创办的公司“货舱云”于2022年被有赞收购: the verb's object came first
        if kind == "employment" and re.match(
            r"^(?:[^，。；,;]{0,6}?(?:担任|出任|任|是|为)(?:其)?|的?)"
            r"(?:联合创始人|创始人|联合创办人|创办人|共同创办人|共同创始人)",
            ASIDE.sub("", post),  # 跃动运动科技（KineticPlay）的创办人
        ):
            kind = "founded"  # 担任栖梧联合创始人兼CTO, 晶衍的联合创始人: a founding
        for org, (person_mention, person) in [(o, p) for o in group for p in people]:
            entity = ctx.resolve(org)
            if entity is None or entity is person:
                continue
            if (
                kind in ("employment", "founded")
                and ADVISOR_CLAUSE.search(_without_names(ctx, clause))  # not 绿格顾问's 顾问
                and (introduced(entity) or "加入" in pre)
            ):
                continue
            fields = _details(ctx, clause, kind, org, pre, post)
            found.append(
                draft(
                    ctx,
                    kind,
                    person_mention,
                    entity,
                    org,
                    (clause.start, clause.end),
                    confidence=0.8,
                    person=person,
                    **fields,
                )
            )
    return found


# 创办山岫的是…: the verb's 的, then who did it
_CLEFT_TAIL = r"的[，,]?\s?(?:是|则是|正是|就是|还有|为)"
_CLEFT = r"[^，。；,;]{0,12}?" + _CLEFT_TAIL


# A field and a degree right after a school, as a title before a name (成大电机博士卓冠廷).
_DEGREE_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:博士|硕士|学士|本科生?|MBA|EMBA)、?")


_FOREIGN_FIRM_END = re.compile(r"(?:美|日|德|法|英|韩|港|台|荷|瑞士|新加坡|外)商$")


def _heading_alone(ctx: Context, clause: Clause) -> bool:
    """A short line of its own that names no one and ends without a stop: a section heading."""
    folded = ctx.text.folded
    line_start = folded.rfind("\n", 0, clause.start) + 1
    line_end = folded.find("\n", clause.end)
    line = folded[line_start : len(folded) if line_end < 0 else line_end].strip(" *#")
    return (
        0 < len(line) <= 16
        and line == folded[clause.start : clause.end].strip(" *#")
        and not re.search(r"[。；;：:，,！？!?]", line)
        and not ctx.mentions.within(clause.start, clause.end, "person")
        and not re.search(r"[他她其我]", line)
    )


def _groups(ctx: Context, clause: Clause) -> list[list[Mention]]:
    """Organisations in the clause, coordinated ones together (腾讯音乐、网易云音乐)."""
    folded = ctx.text.folded
    orgs = [
        m
        for m in ctx.mentions.within(clause.start, clause.end, "org", "school", "ref")
        if m.kind != "ref" or m.form == "company"
    ]
    groups: list[list[Mention]] = []
    for org in orgs:
        if (
            groups
            and _COORDINATION.match(folded[groups[-1][-1].end : org.start])
            and (groups[-1][-1].kind == org.kind)
        ):
            groups[-1].append(org)
        else:
            groups.append([org])
    return groups


_TEAM_ORIGIN_NEXT = re.compile(r"\s?(?:主要|大多数?|大部分|多数?|均|都)?(?:来自|出身于?|出自)")
_TEAM_BEFORE = re.compile(r"(?:团队|员工|成员|核心团队)[^。；;]{0,10}[，,]\s?$")


def _subject_for(
    ctx: Context, clause: Clause, first: Mention, last: Mention
) -> tuple[Mention | None, Entity | None]:
    """Whose tie it is: the person a relative clause describes (在趋势科技工作了8年的老朋友
    许哲维), else the clause's subject, else the topic."""
    folded = ctx.text.folded
    tail = folded[last.end : clause.end]
    relative = re.match(
        r"^[^，。；,;]{0,16}?的[^，。；的,;]{0,8}$", tail[: _next_person_offset(ctx, last, clause)]
    )
    if relative:
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after:
            return after[0], after[0].entity
    if not relative and re.match(_CLEFT_TAIL, tail):
        return None, None  # 和她一起创办山岫的是…: the one named after 是, whom no name here reads
    if POACHED.match(tail) and FROM_END.search(folded[clause.start : first.start]):
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after and after[0].entity is not None:
            return after[0], after[0].entity  # 从腾讯挖来了麦锦程: the one hired, not the hirer
    titled = re.match(
        r"^[^，。；,;的]{0,20}?(?:" + TITLE.pattern + r")\s?$",
        tail[: _next_person_offset(ctx, last, clause)],
    )
    listed = re.search(r"(?:、|和|及|与)\s?(?:前|原)?\s?$", folded[clause.start : first.start])
    if titled and (listed or not ctx.mentions.within(clause.start, first.start, "person")):
        # 浙江大学管理学院教授聂培源表示: the title and the name that follow the organisation
        after = ctx.mentions.within(last.end, clause.end, "person")
        if after and after[0].entity is not None:
            return after[0], after[0].entity
    mention = ctx.subject(clause, first.start)
    if mention is not None and mention.kind == "person":
        kin = _KIN_NAMED_AFTER.match(folded, mention.end)
        relative = ctx.mentions.at(kin.end()) if kin else None
        if relative is not None and relative.kind == "person" and relative.end <= first.start:
            mention = relative  # 邵鸿达先生之胞弟邵鸿远先生为…的创办人: the brother
    if mention is not None:
        if mention.form == "group":
            people = ctx.resolve_all(mention)
            return mention, people[0] if people else None
        return mention, ctx.resolve(mention)
    return None, ctx.person_of(clause, first.start)


# A relative of the one named, named right after: 之胞弟, 的妻子.
# (乔野的妹妹、此前在普华永道做审计经理的乔蔓: with what the relative did, between)
_KIN_NAMED_AFTER = re.compile(
    rf"(?:先生|女士|博士)?(?:之|的)(?:{KIN})(?:、[^，。；,;]{{1,24}}?的)?\s?"
)


_FOUNDED_WHICH_END = re.compile(FOUNDED_WHICH + r"\s?$")


def _founder_named_before(ctx: Context, clause: Clause, org: Mention) -> Mention | None:
    """The person named right before …创办的 and the organisation (阿拉坦创办的绒脉科技)."""
    folded = ctx.text.folded
    verb = _FOUNDED_WHICH_END.search(folded, max(clause.start, org.start - 8), org.start)
    if verb is None:
        return None
    people = ctx.mentions.within(max(clause.start, verb.start() - 12), verb.start(), "person")
    if people and people[-1].end == verb.start() and people[-1].entity is not None:
        return people[-1]
    return None


def _next_person_offset(ctx: Context, last: Mention, clause: Clause) -> int:
    after = ctx.mentions.within(last.end, clause.end, "person")
    return after[0].start - last.end if after else 0


def _details(ctx: Context, clause: Clause, kind: str, org: Mention, pre: str, post: str) -> dict:
    folded = ctx.text.folded
    if kind == "education":
        window = post[:24] + " " + pre[-10:]
        combined = _COMBINED_DEGREES.match(post[:12])
        if combined:  # 东南大学本硕毕业: two degrees there, expanded in `expand_degrees`
            return {"degree": ",".join(_COMBINED[c] for c in combined.group("combo"))}
        degree = next((name for name, pattern in DEGREES if pattern.search(post[:24])), None)
        degree = degree or next((name for name, pattern in DEGREES if pattern.search(window)), None)
        return {"degree": degree}
    if kind == "founded":
        period = period_before(ctx, clause, org.start)
        return {"date": iso_date(period)}
    fields: dict = {}
    moved = moved_on(pre, post)
    if moved:
        post = ""  # what follows the move (加入快手任总监) is about the next employer
    elif POACHED.match(post):
        # 从研华科技挖角前业务协理蒋文琪担任营运长: the post before the name was held there
        hired = ctx.mentions.within(org.end, clause.end, "person")
        post = post[: hired[0].start - org.end] if hired else post
    title = re.search(
        r"^(?:的)?[^，。；,;]{0,10}?(?:担任|出任|任职|任|做|当|为|是)?(?:过)?(?:的)?(?P<title>"
        + TITLE.pattern
        + ")",
        post,
    )
    if title:
        fields["title"] = _bare_title(title.group("title"))
    else:
        before = re.search(r"(?:担任|出任|任)(?P<title>" + TITLE.pattern + r")\s?$", pre)
        if before:
            fields["title"] = before.group("title")
    periods = ctx.periods_in(clause.start, org.start)
    if not periods:
        # 2022年底，他离开百度: the date opens the sentence, the clause after it says what.
        earlier = ctx.clauses_before(clause)
        if earlier and not ctx.mentions.within(earlier[-1].start, earlier[-1].end, "org", "school"):
            periods = ctx.periods_in(earlier[-1].start, earlier[-1].end)
    start, end = None, None
    if periods:
        first = periods[-1]
        before = [p for p in periods if p is not first]
        if before and _RANGE.match(folded[before[-1].end : first.start]):
            start, end = before[-1], first
        elif (
            LEAVE_BEFORE.search(pre) or LEFT_AFTER.match(post) or _THEN_HELD.search(pre) or moved
        ):
            end = first  # 2021年，时任X研究员的A…创立了Y: held until the year told
        else:
            start = first
    fields["start"] = iso_date(start)
    fields["end"] = iso_date(end)
    # (曾任百度高级工程师的许明远加入公司: "formerly" said of another organisation, named
    # between it and this one, is that organisation's)
    others = [
        m for m in ctx.mentions.within(clause.start, org.start, "org", "school")
        if m.entity is not org.entity
    ]
    own = folded[others[-1].end : org.start] if others else pre
    former = moved or re.search(
        r"前|原|曾|此前|之前|离开|离职|时任|老同事|昔日|时期", own + post[:6]
    )
    fields["current"] = not former and not _SPENT.search(post[:12])  # 做了四年…总监: it ended
    return fields


_THEN_HELD = re.compile(r"时任\s?$")
_SPENT = re.compile(r"^[^，。；]{0,4}?(?:做|干|待|工作)了[\d一二两三四五六七八九十几多]+年")


def _bare_title(title: str) -> str:
    """The title alone: 中国担任ADAS项目经理 → ADAS项目经理; 了四年算法总监 → 算法总监."""
    title = re.sub(r"^.*(?:担任|出任|任职|兼任)", "", title)
    years = r"(?:[\d一二两三四五六七八九十几]+|十几|多)(?:多)?年(?:多)?的?"
    title = re.sub(r"^(?:了|过)?" + years, "", title)
    return title.strip("的 ")


_COMBINED_DEGREES = re.compile(
    r"^[^，。；]{0,6}?(?P<combo>本硕博|本硕|硕博)(?:连读|均|都|毕业|学历|，|。|$)"
)
_COMBINED = {"本": "bachelor", "硕": "master", "博": "phd"}
