"""What a person's tie at an organisation was: founder, employee, faculty, intern, student or
visitor.

Readers store a tie's kind (employment, founder, education …) and its title as written, so an
internship arrives as employment titled 实习 (or untitled, its quote saying 曾在腾讯实习), a joint
PhD place at a lab as employment (联合培养博士), a professorship as employment (教授、博士生导师)
and a visiting post sometimes as study (客座研究科学家). Who counts as an organisation's alumni
in academies and lineage, and what a profile shows, depend on the difference, so the reading
lives here once, with the rule of who counts as alumni (`alumni_roles`: founders, employees and
faculty; interns, visitors and students when asked for). The patterns are RE2 and Java regex
alike (no look-arounds), for any backend.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

ROLES = ("founder", "employee", "faculty", "intern", "student", "visitor")
# The roles at an organisation through which a founder counts as one of its alumni by default,
# in academies and lineage alike.
ALUMNI_ROLES = ("founder", "employee", "faculty")

INTERN_PATTERN = r"实习|见习|intern|trainee"
# A visiting post: 客座研究科学家, 访问学者, visiting scholar. A visiting *student* is a student.
VISITOR_PATTERN = (
    r"客座|访问学者|访问科学家|访问研究|访问教授|visiting\s+(?:scholar|researcher|scientist|"
    r"professor|fellow|faculty)|guest\s+(?:researcher|scientist|professor)"
)
# Teaching staff: 教授, 讲师, 博士生导师, professor, lecturer.
FACULTY_PATTERN = r"教授|讲师|教员|导师|博导|教职|professor|lecturer|faculty"
# A student place: 博士生, 联合培养博士, 访问学生, PhD student, candidate.
STUDENT_PATTERN = (
    r"(?:博士|硕士|研究)生|学生|联合培养|在读|student|candidate|joint\s+ph\.?\s*d|undergrad"
)


def alumni_roles(*, interns: bool = False, students: bool = False) -> tuple[str, ...]:
    """The roles counted as alumni: `ALUMNI_ROLES`, with interns and visitors (short stays) and
    students when asked for."""
    return (
        ALUMNI_ROLES
        + (("intern", "visitor") if interns else ())
        + (("student",) if students else ())
    )


def tie_text(title: ir.StringValue, quote: ir.StringValue) -> ir.StringValue:
    """The words a tie's role is read from, lower-cased: its title, or the quote when it has none
    (readers often leave the title empty: 曾在华为、PingCAP 等多家企业实习)."""
    return ibis.coalesce(title.nullif(""), quote, ibis.literal("")).lower()


def tie_role(kind: ir.StringValue, title: ir.StringValue, quote: ir.StringValue) -> ir.StringValue:
    """The role of a tie (one of `ROLES`, or its kind for advisor and board seats).

    Founders are founders whatever their title. Study is a student's, unless it names a visiting
    post. A job is an intern's, a visitor's, faculty's or a student's when its words say so —
    checked in that order (实习 first; 客座教授 is a visitor, 博士生导师 faculty) — else an
    employee's."""
    text = tie_text(title, quote)
    return ibis.cases(
        (kind == "founder", "founder"),
        (kind == "education", ibis.ifelse(text.re_search(VISITOR_PATTERN), "visitor", "student")),
        (kind != "employment", kind),
        (text.re_search(INTERN_PATTERN), "intern"),
        (text.re_search(VISITOR_PATTERN), "visitor"),
        (text.re_search(FACULTY_PATTERN), "faculty"),
        (text.re_search(STUDENT_PATTERN), "student"),
        else_="employee",
    )
