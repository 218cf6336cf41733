"""What an organisation is to a clause's subject, read from the words around it."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.periods import iso_date
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, draft, introduced, period_before
from pedigree.ingest.text.zh.employers import without_description
from pedigree.ingest.text.zh.lexicon import (
    ADVISOR_CLAUSE,
    ASIDE,
    AT_BEFORE,
    COLLEAGUES_AFTER,
    DEGREES,
    EDU_CUE,
    FOUND_VERB,
    FOUNDED_OF,
    JOIN_BEFORE,
    LEAVE_BEFORE,
    LEFT_AFTER,
    NEGATION,
    NOT_WORK_AFTER,
    NOT_WORK_BEFORE,
    ORIGIN_AFTER,
    ORIGIN_BEFORE,
    POACHED,
    SCHOOL_JOB,
    STUDIED_AT,
    TITLE,
    WORK_AFTER,
)

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
        kind = _relation(
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


_JOINED_DESCRIBED = re.compile(JOIN_BEFORE.pattern.removesuffix("$") + r"了?[^，。；,;]{1,14}的$")


_AT_END = re.compile(r"(?:在|于)$")
_DENIED_NEXT = re.compile(r"^[^，。,]{0,6}(?:没有|从未|并未)")
_INSTITUTE_END = re.compile(r"(?:研究所|研究院|研究中心|实验室|所|科学院)$")
_BELIEVED = re.compile(r"以为|误以为|误认为|错以为")
_LISTING_NEXT = re.compile(r"^\s?的?\s?(?:上市|挂牌|IPO|首次公开发行)")
_OWNED_NEXT = re.compile(r"^\s?旗下")
_SUPPLY_CHAIN_NEXT = re.compile(
    r"^\s?的?(?:供应链|采购体系|供应商名单)(?!经理|总监|副总监|负责人|主管|部|团队|副总裁|副总经理|总经理|专家)"
)
_IS_BEFORE = re.compile(r"(?:(?<![认以称作因成])为|(?<![但只总还就正也即于])是|系)\s?$")
_FOUNDER_JOINING = re.compile(r"(?:以|作为)(?:联合)?创始人(?:的)?身份?加入$")
_AS_ADVISER = re.compile(r"(?:以|作为)[^，。；,;]{0,8}顾问")
_FROM_END = re.compile(r"(?:从|自|由)$")


_TOGETHER_AT_END = re.compile(r"(?:同在|都在|均在|一起在|同时在|先后在)$")
_POST_VERB_END = re.compile(r"(?:曾|曾经|先后|此前|之前)?(?:任|担任|出任|任职)(?:过)?$")


_TEAM_ORIGIN_NEXT = re.compile(r"\s?(?:主要|大多数?|大部分|多数?|均|都)?(?:来自|出身于?|出自)")
_THINGS_ORIGIN = re.compile(
    r"(?:钱|资金|融资|投资|资本|收入|营收|订单|客户|用户|流量|技术|灵感|数据)[^，。；,;]{0,6}"
    r"(?:来自|出自)$"
)
_TEAM_BEFORE = re.compile(r"(?:团队|员工|成员|核心团队)[^。；;]{0,10}[，,]\s?$")
_TEAM_ORIGIN = re.compile(
    r"(?:多数|大多数?|大部分|半数|近半数|过半|多半|一半|不少|许多|部分|成员|员工|团队)[^，。；,;]{0,6}"
    r"(?:来自|出身于?|出自)$"
)


def _relation(pre: str, post: str, kind: str, clause: str, name: str = "") -> str | None:
    """What an organisation is to the clause's subject, from the words around it."""
    described, pre = pre, without_description(pre)  # 加盟物流平台Lalamove: the verb counts
    at = _AT_END.search(pre) is not None  # 在 (a description already taken off)
    near = pre[-8:]
    if NEGATION.search(near) or _DENIED_NEXT.match(post):
        return None
    if (
        kind == "org"
        and _INSTITUTE_END.search(name)
        and (
            (EDU_CUE.search(post[:16]) and re.search(r"博士|硕士|学士|学位|毕业|读", post[:16]))
            or STUDIED_AT.search(pre)
        )
    ):
        kind = "school"  # 中科院半导体所博士, 博士毕业于…研究所: a degree from an institute
    if kind == "school":
        staff = re.match(
            r"^[^，。；,;]{0,10}?的[\u4e00-\u9fff·]{2,5}?(?:" + SCHOOL_JOB.pattern + ")", post
        )
        if staff and not re.search(
            r"毕业|就读|攻读|学位|学士|硕士|博士|本科|校友|读", post[: staff.end()]
        ):
            return (
                "employment"  # 清华大学电机系的杜孟樵教授: the school's professor, named after it
            )
        teaches = (
            re.match(r"^[^，。；的,;]{0,20}?(?:" + SCHOOL_JOB.pattern + ")", post)
            or AT_BEFORE.search(pre)
            # 去了加州大学戴维斯分校做博士后: a postdoc is a post at the school
            or re.match(r"^\s?(?:做|当|任|从事)(?:了[^，。；,;]{0,4})?博士后", post)
        )
        if teaches and not re.match(r"^[^，。；,;]{0,16}?(?:读|攻读|学位|毕业)", post):
            return "employment"
        if EDU_CUE.search(pre[-10:]) or EDU_CUE.search(post[:24]):
            return "education"
        return None
    if _BELIEVED.search(pre):
        return None  # 不少人以为她出身台积电: a belief the story corrects
    if _LISTING_NEXT.match(post):
        return None  # 主导公司在香港联交所的上市工作: where it listed, not a job there
    if _OWNED_NEXT.match(post):
        return None  # 在宁德时代旗下的邦普循环任职: the company it owns is the employer
    if _SUPPLY_CHAIN_NEXT.match(post):
        return None  # 已进入宁德时代的供应链: a customer, not an employer
    working = at and re.match(
        r"(?:的)?(?:工作|任职|担任|就职|做了|做过|实习|待了|干了|负责)", post
    )  # 在米哈游负责过两年的用户研究: not 米哈游's users
    if _IS_BEFORE.search(pre) and re.match(
        r"(?:" + TITLE.pattern + r")(?:[，。；、,;]|$)", ASIDE.sub("", post).lstrip(" 的")
    ):
        return "employment"  # 娄嘉慧女士为本集团联合创办人: the subject's post there
    if NOT_WORK_BEFORE.search(pre):
        return None
    if FOUNDED_OF.search(pre):
        return "founded"  # (吕望创办的朗影科技完成…融资: what was founded, raising money after)
    if NOT_WORK_AFTER.match(post) and not working:
        return None
    if _FOUNDER_JOINING.search(pre):
        return "founded"
    if _AS_ADVISER.search(pre):
        return None
    if LEAVE_BEFORE.search(pre) or (_FROM_END.search(pre) and LEFT_AFTER.match(post)):
        return "employment"
    if _moved_on(pre, post):
        return "employment"  # 2021年从百度加入快手: the place left behind was an employer
    if _FROM_END.search(pre) and POACHED.match(post):
        return "employment"  # 从腾讯挖来了前主程序麦锦程: the one hired came from there
    if JOIN_BEFORE.search(pre) and not re.search(r"(?:融资|投资|估值|轮)$", pre):
        return "employment"
    if re.search(r"接受了?$", pre) and re.match(r"^\s?的?(?:邀请|offer|聘请|聘书|邀约)", post):
        return "employment"  # 郜安宁接受了优衣库的邀请，去做商品企划: where they went to work
    if _JOINED_DESCRIBED.search(described) and not post.strip():
        return "employment"  # 加盟尚处于创业期的理想汽车，出任产品副总裁
    if AT_BEFORE.search(pre):
        return "employment"
    if at and WORK_AFTER.match(post):
        return "employment"  # 在德国博世担任, 在美国西雅图的微软做了两年
    if at and _COLLEAGUES_AT.match(post):
        return "employment"  # 他在快手时的同事樊竹青, 是我在百度的老同事: colleagues there
    if _TOGETHER_AT_END.search(pre) and not re.match(
        r"^[^，。；,;]{0,8}(?:读|求学|上学|学习|毕业)", post
    ):
        return "employment"  # 黎芷和费朗曾同在米哈游技术美术中心
    if _TEAM_ORIGIN.search(pre):
        return None  # 团队约25人，多数来自联发科、瑞昱: where a team came from, no one's job
    if re.search(r"(?:已|曾)?(?:委任|聘请|聘任|委托|指定)了?\s?$", pre):
        return None  # 本公司已委任中信证券为独家保荐人: a firm engaged, no one's employer
    if _THINGS_ORIGIN.search(pre):
        return None  # 公司最早的钱来自奇绩创坛, 收入主要来自海外客户: where a thing came from
    if ORIGIN_AFTER.match(post) or ORIGIN_BEFORE.search(pre):
        return "employment"
    if _POST_VERB_END.search(pre):
        return "employment"
    bare = ASIDE.sub("", post).lstrip(" 的")
    if re.search(
        r"(?:^|[是为、,，:：\s])(?:前|原)$|^\s?(?:这位|该|此)(?:前|原)$", pre
    ) and TITLE.match(post):
        return "employment"  # 是前百度副总裁…: a former job named before the person
    if re.fullmatch(
        r"\s?(?:前|原|曾任|曾是|曾为|历任|先后任|先后担任|现任|任|为|是|系)?\s?", pre
    ) and re.match(
        r"(?:前|原)?\s?(?:[\u4e00-\u9fff]{1,8}?(?:科|部|系|所|中心|组)的?)?"  # 脊柱外科的主治医师
        + TITLE.pattern
        + r"\s?(?:[A-Z]\d+\s?)?(?:[、;,]|$)",
        bare,
    ):
        return "employment"  # 字节跳动前产品经理, 前腾讯、猎豹移动产品负责人: a bio's job
    return None


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
    if POACHED.match(tail) and _FROM_END.search(folded[clause.start : first.start]):
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
    if mention is not None:
        if mention.form == "group":
            people = ctx.resolve_all(mention)
            return mention, people[0] if people else None
        return mention, ctx.resolve(mention)
    return None, ctx.person_of(clause, first.start)


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
    moved_on = _moved_on(pre, post)
    if moved_on:
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
            LEAVE_BEFORE.search(pre) or LEFT_AFTER.match(post) or _THEN_HELD.search(pre) or moved_on
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
    former = moved_on or re.search(
        r"前|原|曾|此前|之前|离开|离职|时任|老同事|昔日|时期", own + post[:6]
    )
    fields["current"] = not former and not _SPENT.search(post[:12])  # 做了四年…总监: it ended
    return fields


_THEN_HELD = re.compile(r"时任\s?$")
_COLLEAGUES_AT = re.compile("^" + COLLEAGUES_AFTER)
# After 从/自 and an organisation: a move to the next one (从百度加入快手, 自阿里跳槽到字节).
_MOVED_TO = re.compile(
    r"^\s?(?:[^，。；,;]{0,4}?)(?:加入|加盟|跳槽|转投|转战|来到|回到|进入|转到|转去|转会)"
)


_FROM_PLACE_END = re.compile(r"(?:从|自)$")


def _moved_on(pre: str, post: str) -> bool:
    return _FROM_PLACE_END.search(pre) is not None and _MOVED_TO.match(post) is not None
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
