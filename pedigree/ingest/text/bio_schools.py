"""Schools in a bio clause: whether the clause says the person studied at the school it names
(a degree, 就读, 保送, 访问; not a supervisor of students, a press, a club, a textbook or a team's
schools), and the education fact with its degree and field.
"""

from __future__ import annotations

import re

from pedigree.ingest.text.facts import Fact, Text

DEGREE = re.compile(
    r"博士后|博士生|博士|硕士|学士|本科|研究生|双学位|MBA|EMBA|Ph\.?D|Master|Bachelor|"
    r"\bB\.?S\b|\bM\.?S\b|\bBA\b|MEng|辍学|肄业|在读|毕业|访问学者|交换|大一|大二|大三|大四|"
    r"专业|系(?!统|列|数)|校友|就读|联合培养|本硕博|本硕|硕博|直博|退学|访问|"
    r"客座(?!研究员|研究科学家|科学家|教授|副教授|讲师|研究学者)|考入|保送|少年班|学习|"
    r"学位",
    re.IGNORECASE,
)
# A supervisor of students is faculty, not a student: 博士生导师, 博导, 研究生导师.
SUPERVISOR = re.compile(r"(?:博士|硕士|研究)生?导师|博导|硕导")
# Someone else's honour named to place the person: 师从图灵奖获得者…, 导师是诺奖得主….
ADVISOR_HONOUR = re.compile(r"(?:师从|师承|导师(?:是|为)?|受教于|跟随)[^，,。；;]{0,30}")
# A doctorate not (yet) finished: 博士四年级, 博士休学, 博士研究生退学.
PHD_UNFINISHED = re.compile(r"在读|博士生|辍学|肄业|休学|退学|[一二三四五六\d]年级|攻读|候选人")
# A school that only hosts something else: a press, a club, an alumni association, a textbook.
_NOT_STUDY_AFTER = re.compile(
    r"[^，,。；;]{0,6}?(?:出版社|俱乐部|训练营|校友会|创业营|孵化器|教科书|科技评论|报道)"
)
_NOT_STUDY = re.compile(
    r"收录|团队[^，,。；;]{0,8}(?:毕业|来自)|(?:成立|发起)[^，,。；;]{0,4}$|被(?!.*(?:录取|保送))"
)
# Duties that tie a person to a school as staff, not as a student.
_DUTY = re.compile(r"管理|评委|评审|骨干")
# A faculty of a field with no school named: 工程学院, 医学院.
BARE_FACULTY = re.compile(
    r"(?:工程|医|医学|商|法|管理|计算机|理|文|艺术|设计|音乐|美术|经济|信息|电子|材料|化学|物理|"
    r"数学|生命科学|研究生)学?院"
)
_DEGREE_NAMES = {"phd": "博士", "ph.d": "博士", "master": "硕士", "bachelor": "学士"}
SCHOOL_SUFFIX = re.compile(r"大学|学院|分校|中学|附中|研究生院|University|College|School\b")


def studied(
    folded: str, start: int, end: int, s: int, e: int, degree: bool, job: bool, founding: bool
) -> bool:
    """Whether a clause naming a school says the person studied there: a degree, or no job; not
    a press, club or textbook of the school, nor a team's schools, nor a lab the person founded."""
    if _NOT_STUDY_AFTER.match(folded, e, end) or _NOT_STUDY.search(folded, start, s):
        return False
    if not degree and founding:
        return False
    return degree or not (job or _DUTY.search(folded, start, end))


def blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def education(
    text: Text, person: str, span: tuple[int, int], s: int, e: int, name: str, aliases: dict
) -> list[Fact]:
    after = text.folded[e : span[1]]
    degree_match = DEGREE.search(after) or DEGREE.search(text.folded[span[0] : s])
    degree = None
    field = None
    if degree_match and degree_match.group() not in ("专业", "系", "毕业", "就读", "校友", "学位"):
        degree = _DEGREE_NAMES.get(degree_match.group().lower(), degree_match.group())
    field_match = re.match(
        r"[ ]?([\u4e00-\u9fffA-Za-z &]{2,16}?)[ ]?(?:专业|系|学院)?[ ]?(?:" + DEGREE.pattern + ")",
        after,
    )
    if field_match and not SCHOOL_SUFFIX.search(field_match.group(1)):
        field = field_match.group(1).strip() or None
    facts = [
        text.fact(
            "education", span, 0.8, aliases, person=person, org=name, degree=degree, field=field
        )
    ]
    if degree == "博士" and not PHD_UNFINISHED.search(text.folded[span[0] : span[1]]):
        facts.append(
            text.fact(
                "credential",
                span,
                0.8,
                person=person,
                type="phd",
                detail=text.folded[span[0] : span[1]],
            )
        )
    return facts
