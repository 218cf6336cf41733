"""One bio, clause by clause: "清华大学计算机本科" is education, "前百川 AI 产品 Owner" employment,
"获得某某杯大赛冠军" a credential. A clause is the stretch between commas, full stops and
semicolons; the facts read from it quote just that clause.

Organisations come from the alias table first (it knows 中戏, MSRA, 谷歌), then from name shapes:
a Han run ending in 大学/学院/研究院/公司…, a Latin name in a work context, or what sits between
前/曾任职于 and a title. A company that sponsors a competition is not an employer, so a clause about
a competition yields only the credential.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from pedigree.ingest.text.bio_employers import clean, sentence_slots
from pedigree.ingest.text.bio_names import GENERIC_LATIN, unit_parent
from pedigree.ingest.text.bio_schools import (
    ADVISOR_HONOUR,
    BARE_FACULTY,
    DEGREE,
    SCHOOL_SUFFIX,
    SUPERVISOR,
    blank,
    education,
    studied,
)
from pedigree.ingest.text.facts import Fact, Text
from pedigree.ingest.text.gazetteer import canonical_name, known_organization
from pedigree.ingest.text.zh.employers import place_names
from pedigree.ingest.text.zh.org_words import known_spans

# A university's association, foundation, hospital or press is no school.
_NOT_SCHOOL_END = re.compile(r"(?:校友会|基金会|医院|出版社|俱乐部|研究院)$")
_INSTITUTE = re.compile(r"(?:研究院|研究所|所|实验室)$")
_CLAUSE_END = "，,。；;！!？?|"
_COMPETITION = re.compile(
    r"竞赛|大赛|比赛|奥赛|奥林匹克|olympiad|kaggle|icpc|锦标赛|挑战赛|世锦赛|黑客马拉松|hackathon|"
    r"金牌|银牌|铜牌|冠军|亚军|季军|一等奖|二等奖|三等奖",
    re.IGNORECASE,
)
_CREDENTIALS = (
    ("paper", re.compile(r"论文|发表|一作|顶会|顶刊|paper", re.IGNORECASE)),
    ("patent", re.compile(r"专利|patent", re.IGNORECASE)),
    (
        "award",
        re.compile(
            r"奖|荣誉|award|(?<!research )(?<!teaching )(?<!postdoctoral )fellow|福布斯|forbes|"
            r"30 ?under ?30|u30",
            re.IGNORECASE,
        ),
    ),
)
_JOB = re.compile(
    r"研究员|教授|讲师|任职|就职|工作|担任|工程师|主任|院长|经理|总监|负责人|科学家|架构师|高管|"
    r"主管|副总裁|总裁|合伙人|实习|顾问|任教|执教|负责|编辑|记者|VP|\bC[A-Z]O\b|Engineer|Scientist|Manager|"
    r"Director|Head|Research Fellow|Professor|Lecturer|Researcher",
)
# Being hired, after a prize that got the person the job.
_HIRED = re.compile(r"入职|加入|就职于|任职于|供职于|进入")
# A post on a school's staff: with it, a department (某某系教授) or a visit (访问教授) says no
# more that the person studied there.
_FACULTY = re.compile(r"教授|讲师|研究员|博导|博士生导师|院长|系主任|任教|执教|Professor|Lecturer")
# A post on a school's staff beside an honour (某大学教授、IEEE Fellow): the school employs them.
_FACULTY_POST = re.compile(r"(?<!访问)(?<!客座)(?:教授|讲师|院长|系主任|所长)")
_WEAK_DEGREE = ("系", "专业", "访问", "客座", "学习", "交换")
_FOUNDING = re.compile(r"联合创办|联合创立|创立|创办|创建|联合创始人|联创|创始人|co-?found", re.I)
# Where an organisation is not an employer: investors, customers, partners, the press.
_NOT_WORK = re.compile(
    r"获.{0,8}投资|投资了|融资|报道|(?:与|和|跟|同).{0,24}合作|合作伙伴|合作方|客户|offer|赞助|入选|"
    r"签约(?!写手|作者|作家|主播|讲师|艺人|设计师|摄影师)|收购|估值|被.{0,12}评为|科学基金|资助|基金项目|上市|拒绝|"
    # a talk given there, a certificate, code contributed, work taught or put to use there
    r"讲座(?!教授)|演讲|证书|结业|贡献者|contributor|被.{0,30}?(?:选为|选入|收录)|教科书|教材|"
    r"(?:成果|技术|方案)[^，,。；;]{0,10}?(?:落地|应用)(?:于|到|在)"
    # (参与…RIMOWA 等营销落地: brands whose campaigns were run, clients)
    r"|等(?:品牌|客户)?的?(?:营销|项目|活动|方案|投放)?落地"
)
# A company named for its product, not as an employer: 谷歌学术, Google Play, 比 NVIDIA 高效.
_NOT_EMPLOYER = re.compile(
    r"[ ]?(?:学术|scholar|play|手机|小程序|公众号|商店|store|系列|奖学金|mvp|创新计划|探店|"
    r"[^，,。；;]{0,4}(?:引用|认证|证书|集成))",
    re.IGNORECASE,
)
# A platform's users and their counts (GitHub 星标, 知乎 30 万粉丝, 某站 UP 主, 开源项目) and a
# product's name (Google S2 算法引擎) tie no one to the company.
_PLATFORM = re.compile(
    r"[^，,。；;]{0,10}?(?:星标|stars?\b|粉丝|关注者|订阅者|公会|up ?主|博主|大 ?v\b|开源项目|"
    r"获赞|点赞|播放量|阅读量|浏览量|创作者|主播|达人|"
    r"代码库|[A-Za-z0-9]+[ ]?(?:算法)?引擎)",
    re.IGNORECASE,
)
# An organisation after a verb it is the object of: 被收购, 研发 Google S2, 落地于某公司.
_NOT_EMPLOYER_BEFORE = re.compile(
    r"(?:比|被|DIY|登上|发布|使用|基于|收到|拿到|获得|落地于|应用于|研发|开发|贡献)[ ]?$"
)
# A clause about other people (团队成员来自中科院, 师从某大学教授) or a declined offer ties no
# organisation to the person, not even one in an employer slot.
_OTHERS = re.compile(
    r"(?:团队|成员|委员会|顾问团)[^，,。；;]{0,12}?(?:来自|毕业|出身|由)|师从|拒绝|婉拒"
)
_DESCRIBES_NEXT = re.compile(r"[ ]?(?:——|—|-|:|：)?[ ]?[A-Za-z]")
# A clause about a job says so: a title, a work verb, 经验, 前/原 (former).
_WORK_CONTEXT = re.compile(
    rf"{_JOB.pattern}|经验|经历|员工|成员|骨干|团队|加入|入职|供职|服务于|出身|背景|前|原|曾|导师|博导|"
    r"创始|联创|co-?founder|founder|高级|资深|早期|专家|设计师|分析师|研究|博士后|董事|"
    r"CEO|CTO|COO|CFO|CPO|VP|PM|Lead|Owner",
    re.IGNORECASE,
)
_FORMER = re.compile(r"前|原|曾|ex-|former|此前|之前|先后", re.IGNORECASE)
_CURRENT = re.compile(r"现任|现为|现在|目前|现")
_TITLE = re.compile(
    r"高级|资深|首席|副总裁|总裁|副总|总监|经理|工程师|研究员|科学家|负责人|主管|架构师|专家|产品|"
    r"技术|算法|研发|设计师|合伙人|顾问|实习|软件|硬件|数据|运营|市场|销售|项目|事业部|部门|团队|"
    r"高管|总经理|董事|主任|教授|讲师|博士后|工作|担任|任职|从事|负责|VP|CTO|CEO|COO|CFO|CPO|"
    r"Tech Lead|Director|Manager|Engineer|Scientist|Head|Owner|PM\b",
)
_HAN_SUFFIX = re.compile(
    r"大学(?:[\u4e00-\u9fff]{2,8}分校)?(?:[(（][\u4e00-\u9fff]{2,3}[)）])?(?!生(?!物|命|态|化|理|医|工|环))|研究生院|商学院|学院|中学|附中|研究院|研究所|科学院|"
    r"实验室|医院|校友会|基金会|公司|集团|银行|资本|基金|工作室|事务所|[所厂]"
)
# A school named by its country and a generic stem keeps the country: 丹麦科技大学.
_GENERIC_SCHOOL = re.compile(
    r"(?:国立|科技|理工|技术|工业|设计|师范|医科|农业|交通|管理)+(?:大学|学院)"
)
_COUNTRY_LEAD = re.compile(
    r"(?:美国|英国|德国|法国|日本|加拿大|澳大利亚|新加坡|瑞士|荷兰|瑞典|韩国|意大利|芬兰|丹麦)$"
)
# Prefixes that make a known school's name another school's: 国立清华大学 is not 清华大学.
_SCHOOL_PREFIX = ("国立", "私立", "省立", "市立", "州立")
# Characters that never sit inside a school or company name, so a name starts after them.
_NAME_BREAK = set("的在于也是及以和与从被将把向为获拥读到并或即曾跟随括得取等了岁")
# Descriptions, not names: 国内顶尖 AI 公司, 某投资机构, 多家上市公司.
_GENERIC = re.compile(
    r"某|多家|知名|顶尖|顶级|头部|上市|国内|国际|世界|全球|一家|大型|独角兽|初创|创业|该|本|各|"
    r"这|其|自己|我们|全国|一线|大厂|领先|著名|个|两|三|几|外企|央企|国企|科研|高校|院校|研究|"
    r"重点|名校|海外|本地|在线|多所"
)
# Words before a name that are not part of it (毕业于清华大学 → 清华大学).
_LEAD = re.compile(
    r"(?:教育背景包括|负责管理|毕业于|就读于|本科|硕士|博士|学士|研究生|曾在|曾任|曾于|任职于|就职于|供职于|加入|考入|"
    r"进入|来自|拥有|获得|获|于|在|入|和|与|及|并|后|的|是|为|年|从|任|现任|现为|曾|前|原|现|"
    r"美国|英国|德国|法国|日本|加拿大|澳大利亚|新加坡|瑞士|荷兰|瑞典|韩国|意大利|芬兰|丹麦|"
    r"中国香港|香港地区|毕业)+"
)
_LATIN_NAME = re.compile(
    r"[A-Za-z][A-Za-z0-9.&'+-]*(?:[ ](?:of|and|at|de|in|for|the|[A-Z0-9][A-Za-z0-9.&'+-]*))*"
    r"(?:[ ]?(?:大学|学院))?"
)
_LATIN_STOP = re.compile(
    r"^(?:AI|AIGC|AGI|LLM|GPT|NLP|CV|ML|AR|VR|XR|IT|IP|APP|App|SaaS|B2B|B2C|Top|TOP|PhD|Ph\.D|"
    r"MBA|EMBA|CEO|CTO|COO|CFO|CPO|CMO|CSO|VP|PM|IEEE|ACM|Fellow|Nature|Science|Cell|Web3|"
    r"Offer|offer|Gap Year|[A-Z]|[a-z]+)$"
)
# Words that start a description of work rather than a name (主导多项开源…, 熟悉…).
_NOT_ORG_START = re.compile(
    r"^(?:主导|负责|精通|熟悉|长期|独立|帮助|支持|用|有|作品|多|担任|从事|参与)"
)


def clauses(folded: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Clause spans in folded[start:end], split at punctuation outside brackets."""
    depth = 0
    clause_start = start
    for i in range(start, end + 1):
        ch = folded[i] if i < end else "。"
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _CLAUSE_END or (ch in "·•▸" and folded[i - 1 : i] == " ")):
            # " · " separates the items of a card-style bio (东南大学本硕 · 博世 9 年)
            s, e = _trim(folded, clause_start, i)
            if e - s >= 2:
                yield s, e
            clause_start = i + 1


def clause_facts(
    text: Text,
    person: str,
    project: str,
    start: int,
    end: int,
    slots: dict[tuple[int, int], str] | None = None,
) -> list[Fact]:
    """Facts read from folded[start:end]; `slots` are the bio's employer slots
    (`bio_employers.sentence_slots`), read from the clause alone when not given."""
    clause = text.folded[start:end]
    span = (start, end)
    facts: list[Fact] = []
    competition = _COMPETITION.search(clause)
    if competition:
        facts.append(_credential(text, person, "competition", span))
    own = ADVISOR_HONOUR.sub(blank, clause)  # 师从图灵奖获得者: the advisor's honour
    for kind, pattern in _CREDENTIALS:
        if pattern.search(own) and not (kind == "award" and competition):
            facts.append(_credential(text, person, kind, span))
    degree = DEGREE.search(SUPERVISOR.sub(blank, clause))
    if degree and degree.group() in _WEAK_DEGREE and _FACULTY.search(clause):
        degree = None  # 香港理工大学电子计算学系教授: a professor of the department
    hired = _HIRED.search(clause, competition.end()) if competition else None
    if hired:  # 因比赛第 1 名入职 Unity: the giver is left behind, the employer follows
        start, clause = start + hired.start(), clause[hired.start() :]
        span = (start, end)
    elif competition or (facts and not degree and not _FACULTY_POST.search(clause)):
        return facts  # 东北大学校长奖章, 某某杯大赛: the organisation is the giver, not a tie
    if slots is None:
        slots = sentence_slots(text.folded, start, end)
    own = _company_stem(project)
    orgs = [
        o
        for o in _organizations(text.folded, start, end, slots)
        if o[2] != project and _company_stem(o[2]) != own  # 凯缇公司 of the project 凯缇
    ]
    # A title read outside the names: 中国科学院长春… holds no 院长.
    chars = list(clause)
    for s, e, *_ in orgs:
        low, high = max(s, start) - start, min(e, start + len(clause)) - start
        if low < high:
            chars[low:high] = " " * (high - low)
    masked = "".join(chars)
    job = _JOB.search(masked) or SUPERVISOR.search(clause)
    named: set[str] = set()
    for s, e, name, kind, how in orgs:
        aliases = _aliases(text, s, e, name)
        unit = None
        parent = unit_parent(text.folded[s:e])
        if parent is not None and _INSTITUTE.search(text.folded, s, e) and degree:
            parent = None  # 中科院自动化所硕士: an institute that gives degrees is the school
        if parent is not None:  # 阿里达摩院: a job at 阿里巴巴, in its unit 阿里达摩院
            unit, name = text.original[s:e], parent[0]
            written = text.original[s : s + parent[1]]
            aliases = {name: written} if parent[1] and written != name else {}
        if name in named:
            continue  # 卡内基梅隆(CMU): one school, named twice
        named.add(name)
        school = kind in ("university", "school") or (
            kind == "lab" and not job and DEGREE.search(text.folded, e, end)
        )  # 自动化所硕士 is a degree there; 大二辍学在 Microsoft Research 开发 is not
        acquirer = _NOT_EMPLOYER_BEFORE.search(text.folded[max(start, s - 4) : s])
        if acquirer and school and degree and acquirer.group().strip() in ("获得", "拿到"):
            acquirer = None  # 获得苏黎世联邦理工学院博士学位: a degree from the school
        if acquirer:
            continue  # 被网易有道收购: the buyer, neither founded nor worked at
        if _OTHERS.search(clause) or not school and _PLATFORM.match(text.folded, e, end):
            continue
        if name in place_names() or name.startswith(("人", "者", "另一", "另外")):
            # 在慕尼黑工作6年: where, not for whom; 创办人同名同姓, 另一位联合创始人: no name
            continue
        if how == "founded" or (how == "" and _FOUNDING.search(clause) and not school):
            role = "联合创始人" if re.search(r"联合|联创|co-?found", clause, re.I) else "创始人"
            facts.append(
                text.fact("founded", span, 0.7, aliases, person=person, org=name, role=role)
            )
        elif school and studied(
            text.folded, start, end, s, e, bool(degree), bool(job), bool(_FOUNDING.search(clause))
        ):
            facts.extend(education(text, person, span, s, e, name, aliases))
        elif how == "work" or (
            (kind in ("company", "lab") or _WORK_CONTEXT.search(clause))
            and not _NOT_WORK.search(clause)
            and not _NOT_EMPLOYER.search(text.folded, e, min(end, e + 6))
            and not _NOT_EMPLOYER_BEFORE.search(text.folded[max(start, s - 4) : s])
            and kind not in ("investor", "other")
        ):
            facts.append(_employment(text, person, span, s, e, name, aliases, unit))
    return facts


_LEGAL_FORM_END = re.compile(r"(?:科技|技术)?(?:(?:股份)?有限(?:责任)?公司|公司|集团)$")


def _company_stem(name: str) -> str:
    return _LEGAL_FORM_END.sub("", name) or name


def _credential(text: Text, person: str, kind: str, span: tuple[int, int]) -> Fact:
    detail = text.folded[span[0] : span[1]]
    return text.fact("credential", span, 0.7, person=person, type=kind, detail=detail)


def _employment(
    text: Text,
    person: str,
    span: tuple[int, int],
    s: int,
    e: int,
    name: str,
    aliases: dict,
    unit: str | None = None,
) -> Fact:
    before = text.folded[span[0] : s]
    after = text.folded[e : span[1]]
    current = None
    if _FORMER.search(before) or _FORMER.match(after.strip()):
        current = False
    elif _CURRENT.search(before):
        current = True
    title = None
    rest = re.sub(r"^[ ]?(?:前|原|的|担任|任)+[ ]?", "", after)
    if rest and len(rest) <= 20 and _TITLE.search(rest) and not re.search(r"[、等]", rest):
        title = rest.strip()
    if unit:
        title = " ".join(t for t in (unit, title) if t)
    return text.fact(
        "employment", span, 0.7, aliases, person=person, org=name, title=title, current=current
    )


def _aliases(text: Text, s: int, e: int, name: str) -> dict[str, str]:
    written = text.original[s:e]
    return {name: written} if written != name else {}


def _known_within(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The known names (`known_spans`) inside folded[start:end], found by bisection: a post has
    thousands of clauses and hundreds of known names."""
    spans = known_spans(folded)
    i = bisect_left(_known_starts(folded), start)
    found = []
    # The spans are sorted and never overlap: the first that ends past `end` closes the run.
    while i < len(spans) and spans[i][1] <= end:
        found.append(spans[i])
        i += 1
    return found


@lru_cache(maxsize=4)  # the text being read
def _known_starts(folded: str) -> list[int]:
    return [s for s, _ in known_spans(folded)]


def _organizations(
    folded: str, start: int, end: int, bio_slots: dict[tuple[int, int], str]
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, canonical name, kind, slot) of each organisation named in folded[start:end];
    kind is the alias table's (university, company, lab, …), or school/org by the name's shape;
    slot is "work" or "founded" where the name fills an employer or founding slot, else ""."""
    clause = folded[start:end]
    found: list[tuple[int, int, str, str, str]] = []
    taken: list[tuple[int, int]] = []
    slots = {
        (s - start, e - start): how for (s, e), how in bio_slots.items() if start <= s and e <= end
    }

    def add(s: int, e: int, kind: str | None = None) -> None:
        for ts, te in taken:  # a plain loop: any() with a generator costs twice as much here
            if ts < e and s < te:
                return
        surface = clause[s:e]
        known = known_organization(surface)
        if kind is None:
            school = SCHOOL_SUFFIX.search(surface) and not _NOT_SCHOOL_END.search(surface)
            kind = known.kind if known else ("school" if school else "org")
        taken.append((s, e))
        how = next((h for (ss, se), h in slots.items() if ss <= s and e <= se), "")
        found.append((start + s, start + e, canonical_name(surface), kind, how))

    # Read in the whole text (not 京东 in 京东方, nor 高通 in 高通量), kept where inside the clause.
    known = [(s - start, e - start) for s, e in _known_within(folded, start, end)]
    # A longer name that holds a known one as a mere piece: 东北大学 ⊃ 北大, 加州大学尔湾分校.
    for s, e in _han_names(clause, []):
        branch = clause[s:e].endswith(("分校", "医院", "校友会", "基金会", "研究院"))
        if any(
            (s < ks or branch)
            and s <= ks < e
            and ke < e < ke + 10
            or clause[s:ks] in _SCHOOL_PREFIX
            and ke == e
            for ks, ke in known
        ):
            add(s, e)
    for s, e in known:
        add(s, e)
    for s, e in _han_names(clause, taken):
        named = clean(clause, s, e)
        school = SCHOOL_SUFFIX.search(clause, s, e)  # 伦敦大学AI博士: AI is a field
        if named and (school or not _DESCRIBES_NEXT.match(clause, e)):  # 独角兽公司 Houzz
            if clause.endswith("公司", s, e) and any(ss == e for ss, _ in slots):
                continue  # 创办的电子签约公司|签宝通: what the company named next is
            add(*named)
    for s, e in slots:
        add(s, e)
    for match in _LATIN_NAME.finditer(clause):
        s, e = match.span()
        at = re.search(r"\b(?:at|@) ", match.group())
        if at:  # "CTO at Hybrid Financial Group"
            s += at.end()
        surface = clause[s:e]
        if _LATIN_STOP.match(surface) or GENERIC_LATIN.match(surface):
            continue  # AI Lab: a team of the employer named before it
        if SCHOOL_SUFFIX.search(surface) or re.search(
            r"\b(?:Inc|Ltd|Labs?|Capital|Bank|Institute|Technologies|Group)\b", surface
        ):
            add(s, e)
    return sorted(found)


def _han_names(clause: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Han runs that end in an organisation suffix: 威斯康星大学麦迪逊分校, 葡萄科技公司. A unit
    right after a known name is its sub-unit (中科院化学所) and is not a name of its own."""
    for match in _HAN_SUFFIX.finditer(clause):
        end = match.end()
        start = match.start()
        limit = max([te for ts, te in taken if te <= start] + [max(0, start - 14)])
        while (
            start > limit
            and "\u4e00" <= clause[start - 1] <= "\u9fff"
            and clause[start - 1] not in _NAME_BREAK
        ):
            start -= 1
        between = clause[limit:start]
        if any(te == limit for _, te in taken) and (
            not between.strip(" )）")  # 卡内基梅隆(CMU)人机交互学院
            or match.group() == "学院"
            and re.fullmatch(r"[\u4e00-\u9fff]{1,4}[与和及]", between)  # 某大学车辆与运载学院
        ):
            continue  # a sub-unit of the name before it
        start, end = _lead_trimmed(clause, start, end)
        name = clause[start:end]
        inner = name.find("大学")
        if 0 < inner < len(name) - 2 and not name.endswith(
            ("分校", "研究院", "医院", "研究生院", "校友会", "基金会")
        ):
            end = start + inner + 2  # 北京大学光华管理学院 → 北京大学
            name = clause[start:end]
        if BARE_FACULTY.fullmatch(name):
            continue
        # (湖北省水产科学研究所, a province's institute: the 研究 of its ending says nothing of a
        # description — a university's institute is read as the university's)
        stem = name
        if re.match(r"[\u4e00-\u9fff]{2,3}[省市]", name) and not re.search(r"大学|学院", name):
            stem = re.sub(r"(?:研究所|研究院|研究中心)$", "", name)
        if len(name) >= 4 and not (_GENERIC.search(stem) or _NOT_ORG_START.match(name)):
            yield start, end


def _lead_trimmed(clause: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEAD.match(clause, start, end)
    if lead and lead.end() < end - 1:
        country = _COUNTRY_LEAD.search(clause, start, lead.end())
        if country and _GENERIC_SCHOOL.fullmatch(clause, lead.end(), end):
            return country.start(), end  # 丹麦科技大学, 新加坡科技设计大学: the country is the name
        start = lead.end()
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " *\t":
        start += 1
    while end > start and text[end - 1] in " *\t":
        end -= 1
    return start, end
