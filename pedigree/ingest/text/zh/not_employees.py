"""Jobs a Chinese text names but does not assert: a post at a filing's company held by someone
it says is no employee (a company secretary supplied by a corporate-services firm: …获委任为本公司
联席公司秘书。文女士现为卓佳专业商务有限公司企业服务部董事，彼并非本集团雇员), and a move others
only guessed at (外界一度猜测他会加盟中国重汽)."""

from __future__ import annotations

import re

from pedigree.ingest.text.facts import Fact
from pedigree.ingest.text.zh.context import Context

# 彼并非本集团雇员, 她不是公司的员工: said of the sentence's person.
_NOT_EMPLOYEE = re.compile(
    r"(?:并|亦|也)?(?:并非|非|不是|不属于)(?:本集团|本公司|集团|公司|该公司)(?:的)?"
    r"(?:雇员|员工|职员|正式员工|全职员工)"
)


# 外界一度猜测他会加盟中国重汽: a guess at a move, no move.
_GUESSED_MOVE = re.compile(
    r"(?:猜测|揣测|传言|传闻|据传|网传|一度传出)[^，。；;]{0,10}?(?:会|将|要|或)?"
    r"(?:加盟|加入|出任|转投|跳槽|投奔|回归)"
)


def without_non_employees(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """`facts` less the jobs at the company of people the text says are not its employees, and
    the jobs only guessed at."""
    folded = ctx.text.folded
    facts = [
        f
        for f in facts
        if not (f.kind == "employment" and _GUESSED_MOVE.search(folded, f.start, f.end))
    ]
    outsiders = set()
    for match in _NOT_EMPLOYEE.finditer(folded):
        clause = ctx.clause_at(match.start())
        # someone the sentence names (not the story's person, where it names no one the reader
        # knows: Ekdahl博士并非本公司雇员)
        named = ctx.subject(clause, match.start()) if clause is not None else None
        person = ctx.resolve(named) if named is not None else None
        company = ctx.main_company  # the filer (not 卓佳…, named before as the secretary's firm)
        if person is not None and company is not None:
            outsiders.add((person.name, company.name))
    return [
        f
        for f in facts
        if not (f.kind == "employment" and (f.fields["person"], f.fields["org"]) in outsiders)
    ]
