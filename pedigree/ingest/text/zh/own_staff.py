"""The company's own people, named as such by the company's voice: 我们第一位精算师欧凌霄,
公司最早的产品经理丘晓, 我们的COO殷若初, …卢怀瑛加入我们, 我们请来了王芮做CFO.

"We" in an answer is the speaker's company, "公司" the company in question; either way the
person worked there, and leaving it (去年离职, 去年底离开) ends the post without undoing it."""

from __future__ import annotations

import re

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.zh.context import Clause, Context
from pedigree.ingest.text.zh.drafts import Draft, company_at, draft, introduced
from pedigree.ingest.text.zh.lexicon import ADVISOR_WORD, LEFT_AFTER, TITLE_WORD

# 我们（的）第一位硬件工程师, 公司最早的产品经理, 我们的供应链副总裁: the title the company's
# voice gives one of its own, right before the name.
_OWN_TITLE = re.compile(
    # (not 中金公司分析师 or 联席公司秘书: 公司 standing alone, the company's voice)
    r"(?:^|(?<=[，。；：:,;、\s“「]))(?:我们|我司|本公司|公司|本集团)的?\s?"
    r"(?P<rank>第一位|第一个|第一号|首位|首个|最早的?|早期的?|另一位|一位|新任|前任|前|原)?\s?"
    # (a short title, no verb inside: not 本公司已委任…教授, 我们请了…主任医师)
    rf"(?P<title>(?:(?![已委聘请还也又秘])[\u4e00-\u9fffA-Za-z]){{0,6}}?{TITLE_WORD})\s?$"
)
# …卢怀瑛加入我们, 王芮是去年加入我们的: joined "us".
_JOINED_US = re.compile(r"^\s?(?:[^，。；,;]{0,12}?)加入(?:了)?(?:我们|我司)")
# 我们请来了王芮, 我们又从顺丰挖来了阚书航: hired by "us".
_HIRED_BY_US = re.compile(
    r"(?:我们|我司|公司)(?:又|还|也|后来|随后)?(?:从[^，。；,;]{2,14}?)?"
    r"(?:请来了?|挖来了?|招来了?|找来了?|聘请了?)\s?$"
)


def own_staff(ctx: Context, clause: Clause) -> list[Draft]:
    found = []
    folded = ctx.text.folded
    for person in ctx.mentions.within(clause.start, clause.end, "person"):
        lead = folded[max(clause.start, person.start - 24) : person.start]
        after = folded[person.end : clause.end]
        titled = _OWN_TITLE.search(lead)
        joined = _JOINED_US.match(after) or _HIRED_BY_US.search(lead)
        if not titled and not joined:
            continue
        said_by = (titled or joined).group()
        company = _own_company(ctx, clause, person.start, we=not re.search("公司|集团", said_by))
        if company is None:
            continue
        rank = titled.group("rank") if titled else None
        title = titled.group("title").strip() if titled else None
        if title and (ADVISOR_WORD.search(title) or "分析师" in title):
            continue  # 我们的顾问姚鹤鸣: an advisor, no post
        found.append(
            draft(
                ctx,
                "employment",
                person,
                company,
                None,
                (person.start - (len(titled.group()) if titled else 0), person.end),
                title=title,
                current=not (rank in ("前任", "前", "原") or LEFT_AFTER.match(after)),
                confidence=0.75,
            )
        )
    return found


def _own_company(ctx: Context, clause: Clause, position: int, *, we: bool) -> Entity | None:
    """The company "we" means (the one the story is about at this point: in an interview, the
    speaker's), or "公司" (the company the reference resolves to)."""
    if we and ctx.layout.answer_at(position) is not None:
        company = ctx.main_company  # an interview's answer: the speaker's company
    else:
        company = ctx.topic_company(position) if we else company_at(ctx, clause, position)
    return company if company is not None and introduced(company) else None
