"""The people who founded a company together with its founder (和袁峤一起创立了岫光)."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity, Mention
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, company_at, draft
from pedigree.ingest.text.zh.lexicon import FOUND_VERB, FOUNDING

_JOINED_AS_FOUNDER = re.compile(r"以(?:联合)?创始人(?:的)?身份加入$|作为(?:联合)?创始人加入$")
_COMPANION = re.compile(r"(?:和|与|同|跟|携|拉着|带着|联合)(?P<gap>[^，。；,;]{0,16}?)$")
# 我和练晓一起出来，创办了燃点: the two left their employer together, then founded it
_LEFT_TOGETHER = "出来|出走|离职|辞职|下海"
_COMPANION_AFTER = re.compile(
    # (与…毕可澄一道，在上海创立了…: a comma may follow the word for "together")
    rf"^[^，。；,;]{{0,12}}?(?:一起|一同|一道|共同|联合|携手|联手|合伙|搭档|结伴)(?:{_LEFT_TOGETHER})?"
    r"[，,]?[^，。；,;]{0,8}?"
    r"(?:创业|创立|创办|成立|创建|打造|发起|合创)"
)
_DRAGGED = re.compile(r"(?:拉着|拉著|带着|带著|拉上|叫上)[^，。；,;]{0,12}$")
_CO_FOUNDED_IS = re.compile(
    r"(?:一起|一同|共同|联手|联合)(?:创业|" + FOUND_VERB + r")[^。；;]{0,14}?的[，,]?\s?"
    r"(?:是|还有|则是|包括|为|有)(?:[^，。；,;]{0,20}?)$"
)


# 与仉嘉树一起创业的尉迟蔓, 和他一起创业的是前同事X: the one who started the company with the
# founder named (or meant) before.
_STARTED_WITH = re.compile(
    r"(?:与|和|跟|同)[^，。；,;]{1,6}?(?:一起|一同|共同|联合)(?:创业|创办公司|创立公司)的(?:是|为|还有)?"
)


_PLANNED_TOGETHER = re.compile(r"筹划|筹备|计划|打算|准备|商量|讨论|酝酿")
_MEANT_TO = re.compile(r"(?:原本|本来|原先|最初|一度)?(?:要|想|打算|计划|准备)$")
_NEVER_JOINED = re.compile(
    r"(?:成立|注册|登记|创立|创办)(?:之)?前|(?:没有|并未|未曾|未|没)(?:正式)?加入|(?:中途|提前)?退出"
)


def fellow_founders(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    for match in _STARTED_WITH.finditer(ctx.text.folded, clause.start, clause.end):
        people = ctx.mentions.within(match.end(), min(clause.end, match.end() + 16), "person")
        if not people or people[0].start - match.end() > 12:
            continue
        lead = ctx.text.folded[max(clause.start, match.start() - 6) : match.start()]
        rest = ctx.text.folded[people[0].end : ctx.sentence_at(people[0].start)[1]]
        if _MEANT_TO.search(lead) or _NEVER_JOINED.search(rest):
            continue  # 原本要和她一起创业的…杨子瑜，在公司成立前决定赴美…没有加入: never a founder
        named = [
            o for o in ctx.mentions.within(clause.start, match.start(), "org", "ref")
            if o.kind == "org" or o.form == "company"
        ]
        company = company_at(ctx, clause, match.start()) if named else _story_company(
            ctx, match.start()
        )
        if company is None:
            continue
        found.append(
            draft(
                ctx, "founded", people[0], company, None, (match.start(), people[0].end),
                role=None, confidence=0.75,
            )
        )
    return found


def _listed_after(ctx: Context, person: Mention, end: int) -> list[Mention]:
    """The people listed after `person`, each perhaps with a title before the name:
    阙思妤、前海康威视算法专家卜俊熙."""
    folded = ctx.text.folded
    found: list[Mention] = []
    position = person.end
    while True:
        joiner = re.match(r"\s?(?:、|和|及|以及)\s?", folded[position:end])
        if joiner is None:
            return found
        start = position + joiner.end()
        nxt = next(iter(ctx.mentions.within(start, min(end, start + 18), "person")), None)
        if nxt is None or re.search(
            r"[，。；,;]|一起|一同|共同|创办|创立|创业|加入", folded[start : nxt.start]
        ):
            return found
        found.append(nxt)
        position = nxt.end


_TOGETHER_NEXT = re.compile(
    rf"[^，。；,;]{{0,12}}?(?:一起|一同|一道|携手|联手|结伴)(?:{_LEFT_TOGETHER})?"
)
_JOINED_AS_FOUNDER_NEXT = re.compile(r"^\s?(?:也|则)?(?:以|作为)(?:联合)?创始人(?:的)?身份?加入")


def companions(ctx: Context, clause: Clause) -> list[Draft]:
    """The people who started a company with its founder: 和袁峤一起在深圳创立了岫光, 和他一起
    创业的是…戴若琳, 后者以联合创始人身份加入弈川, 拉着…的老朋友许哲维一起创业."""
    found = []
    folded = ctx.text.folded
    sentence_start = ctx.sentence_at(clause.start)[0]
    for person in ctx.mentions.within(clause.start, clause.end, "person", "ref"):
        if person.kind == "ref" and person.form not in ("he", "she"):
            continue
        before = folded[clause.start : person.start]
        listed = _listed_after(ctx, person, clause.end) if _COMPANION.search(before) else []
        end = listed[-1].end if listed else person.end  # 与A、前…专家B一起创办了…
        stop = clause.end
        if _TOGETHER_NEXT.fullmatch(folded[end:stop]):
            nxt = ctx.clause_at(stop + 1) if folded[stop : stop + 1] in "，," else None
            stop = nxt.end if nxt is not None else stop  # 与毕可澄一道，在上海创立了…
        after = folded[end:stop]
        company = None
        together = _COMPANION_AFTER.match(after)
        if (
            _COMPANION.search(before)
            and together
            # 和他一起创业的是…: the verb's 的 says the one who founded it comes later (not
            # 一道创立了构衡软件的前身, where 的 is the company's)
            and not re.match(r"^[^，。；,;]{0,2}?的", after[together.end() :])
            # 最初是与…贺兰舟一起筹划创业: a plan, which the story may go on to undo
            and not _PLANNED_TOGETHER.search(after[: together.end()])
        ):
            rest = after[together.end() :]
            orgs = [
                o
                for o in ctx.mentions.within(end + together.end(), stop, "org", "ref")
                if o.kind == "org" or o.form == "company"
            ]
            direct = orgs and re.match(
                r"^了?\s?(?:[^，。；,;]{0,12}?(?:公司|企业|创企|项目|品牌))?\s?[“「『]?$",
                folded[end + together.end() : orgs[0].start],
            )  # 一起创办了“邻里云店”, 共同创立了新公司「远策智能」
            company = ctx.resolve(orgs[0]) if direct else company_at(ctx, clause, person.start)
            del rest
        elif co_founded := _CO_FOUNDED_IS.search(folded[sentence_start : person.start]):
            # 最终和甘棠一起创办木筹的，是…廖闻舟: the company named after the verb, else the
            # story's; the one named after 和 founded it too
            at = sentence_start + co_founded.start()
            of = at + co_founded.group(0).find("的")  # (not 是前快手产品总监: the person's past)
            named = [o for o in ctx.mentions.within(at, of, "org") if o.entity is not None]
            # (the story's company: not 是江苏苏盐井神股份有限公司前市场总监…, the companion's
            # former employer, named before them)
            company = named[0].entity if named else _story_company(ctx, at)
            listed = [*listed, *_companion_before(ctx, sentence_start, at)]
        elif _DRAGGED.search(before):
            # 她拉着学长洪柏霖，在台南创立渔光: the one brought along founded it too.
            sentence_end = ctx.sentence_at(clause.start)[1]
            verb = re.match(
                r"^[^。；;]{0,24}?" + FOUND_VERB + r"了?", folded[person.end : sentence_end]
            )
            orgs = (
                [
                    o
                    for o in ctx.mentions.within(
                        person.end + verb.end(), sentence_end, "org", "ref"
                    )
                    if o.kind == "org" or o.form == "company"
                ]
                if verb
                else []
            )
            if orgs and orgs[0].start - (person.end + verb.end()) <= 1:
                company = ctx.resolve(orgs[0])
        if company is not None:
            found += [
                draft(
                    ctx,
                    "founded",
                    companion,
                    company,
                    None,
                    (clause.start, stop),  # (与毕可澄一道，在上海创立了…: the next clause too)
                    confidence=0.8,
                )
                for companion in (person, *listed)
            ]
        joined = _JOINED_AS_FOUNDER_NEXT.match(after)
        if joined:
            orgs = [
                o
                for o in ctx.mentions.within(person.end + joined.end(), clause.end, "org", "ref")
                if o.kind == "org" or o.form == "company"
            ]
            target = ctx.resolve(orgs[0]) if orgs else ctx.topic_company(person.start)
            if target is not None:
                found.append(
                    draft(
                        ctx,
                        "founded",
                        person,
                        target,
                        orgs[0] if orgs else None,
                        (person.start, clause.end),
                        role="联合创始人",
                        confidence=0.85,
                    )
                )
    return found


def _story_company(ctx: Context, position: int) -> Entity | None:
    """The company the founder named before `position` founded: outside a demo-day section,
    the last the story said someone founded (…离职，并创办了…湖南湘晶盐品科技有限公司), else the
    one in question there."""
    if ctx.section_at(position) is None:
        folded = ctx.text.folded
        for org in reversed(ctx.mentions.within(0, position, "org")):
            lead = folded[max(0, org.start - 16) : org.start]
            verb = FOUNDING.search(lead)
            if verb and org.entity is not None and not re.search(r"[，,。；;]", lead[verb.end() :]):
                return org.entity
    return ctx.topic_company(position)



def _companion_before(ctx: Context, start: int, together: int) -> list[Mention]:
    """The person named right after 和/与 before `together` (最终和甘棠一起创办…的)."""
    folded = ctx.text.folded
    people = ctx.mentions.within(start, together, "person")
    if not people or not re.search(r"[和与跟同]$", folded[people[-1].start - 1 : people[-1].start]):
        return []
    return [people[-1]] if people[-1].end == together else []


# 与两位搭档一起创立了栈桥智能：一位是…樊竹青，另一位是…邢骁 — the partners named after a colon.
_PARTNERS_THEN_COLON = re.compile(
    r"(?:与|和|同|跟|携)[^，。；：:]{0,6}?(?:两|三|四|几|[2-4])(?:位|名|个)"
    r"(?:搭档|合伙人|伙伴|联合创始人|同事|朋友|校友|老同事)[^，。；：:]{0,8}?"
    + FOUND_VERB
    + r"了?(?P<org>[^，。；：:]{1,20})[：:]"
)
_ONE_OF_THEM = re.compile(
    r"(?:其中)?(?:一位|一个|另一位|另一个|另外一位|第[二三]位)(?:则)?(?:是|为)"
)


def partners_after_colon(ctx: Context) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    for start, end in ctx.sentences:
        for match in _PARTNERS_THEN_COLON.finditer(folded, start, end):
            orgs = ctx.mentions.within(match.start("org"), match.end("org"), "org")
            entity = ctx.resolve(orgs[-1]) if orgs else None
            if entity is None:
                continue
            cues = list(_ONE_OF_THEM.finditer(folded, match.end(), end))
            for i, cue in enumerate(cues):
                stop = cues[i + 1].start() if i + 1 < len(cues) else end
                people = ctx.mentions.within(cue.end(), stop, "person")
                if people:  # the name ends the description: 前产品总监樊竹青
                    person = people[-1]
                    found.append(
                        draft(
                            ctx,
                            "founded",
                            person,
                            entity,
                            orgs[-1],
                            (match.start(), person.end),
                            confidence=0.8,
                        )
                    )
    return found
