"""Employer slots in one bio clause: the names that sit where a bio puts an employer, known to the
alias table or not.

    曾任职于A、B和C          a cue (任职于, 就职于, 曾在, 加入…) and a list
    前A高级工程师, A前总监     a name right before a title (or before 前 + a title)
    在A担任…, 在A、B实习      a weak cue (在, 于) whose list ends in a work verb or a title
    A创始人, 创办了A          founders' words: the org is a founding, not a job

A list item is cut where a title or a department word starts (思谋科技销售总监 → 思谋科技), and
cleaned: a description before the name goes (十大建筑公司Swinerton → Swinerton, 科技巨头诺基亚公司
→ 诺基亚), so do legal and branch endings (Corigine (HK) Inc → Corigine, 一览群智深圳分公司 →
一览群智); a bare description (饮料公司, AI 音乐公司) is no name at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pedigree.ingest.text.bio_names import CATEGORY, NOT_NAME, name_like
from pedigree.ingest.text.gazetteer import known_organization
from pedigree.ingest.text.zh.lexicon import SOME

# Words a title is made of; a list item ends where one starts.
_ROLE = (
    r"首席[\u4e00-\u9fff]{1,5}官|联合创始人|创始人|创办人|联创|创始(?:团队)?成员|合伙人|co-?founder|cofounder|founder|C[A-Z]O\b|VP\b|副总裁|"
    r"总裁|总经理|副总|总监|经理|负责人|主管|主任|院长|所长|工程师|研究员|科学家|架构师|专家|"
    r"设计师|分析师|顾问|董事|高管|员工|成员|骨干|实习|讲师|教授|副教授|博士后|助理|导师|"
    r"兽医|医师|医生|"  # 执业兽医: a profession, not an employer
    r"Engineer|Scientist|Manager|Director|Head\b|Lead\b|Owner|PM\b|President|Partner|Analyst|"
    r"Designer|Researcher|Intern"
)
_DEPARTMENT = (
    r"高级|资深(?!度)|首席|早期|核心|全球|亚太|大中华区|中国区|华东区|华南区|北美区|区域|产品|技术|算法|"
    r"(?:公共|政府|公司|企业|外部|法律)事务(?!所)|研发|软件|硬件|数据|运营|市场|销售|项目|事业部|部门|团队|人力|(?<!机器)人事|财务|法务|战略|商务|"
    r"渠道|策划|公关|交互|用户|内容|营销|供应链|业务|研究|创意|测试|前端|后端|全栈|嵌入式|管理|咨询|"
    r"金融|检测|认证|开发|运维|交付|售后|工艺|质量|生产|制造|采购|"
    r"人工智能|机器学习|深度学习|大数据|AI(?![A-Za-z])"
)
_WORK_VERB = (
    r"担任|任职|就职|工作|实习|从事|负责|参与|主导|带领|领导|期间|多年|岗位|经验|经历|做|任(?!务)"
)
_ITEM_END = re.compile(
    # (签宝通|于2022年被收购: a date after the name)
    rf"(?:{_ROLE}|{_DEPARTMENT}|{_WORK_VERB}|等|的|之(?=[一前后间中])|期间|[于在](?=[ ]?\d)|"
    rf"[前原](?=[ ]?(?:{_ROLE}|{_DEPARTMENT})))",
    re.IGNORECASE,
)
# What a list is followed by when its items are employers.
_TITLE_AFTER = re.compile(
    rf"^(?:的|之)?(?:[前原][ ]?)?[^、，,；;。]{{0,10}}?(?P<role>{_ROLE})", re.IGNORECASE
)
# After a name at the start of a clause, only an organisational title will do: 思谋科技销售总监,
# not 飞控算法专家 (an expert in a field) or 大模型首席科学家.
_ORG_ROLE = re.compile(
    r"^(?:的)?(?:[前原][ ]?)?(?P<filler>[^、，,；;。]{0,12}?)"
    r"(?P<role>首席[\u4e00-\u9fff]{1,5}官|联合创始人|创始人|创办人|联创|创始(?:团队)?成员|合伙人|C[A-Z]O\b|VP\b|副总裁|总裁|"
    r"总经理|副总|总监|经理|负责人|主管|工程师|架构师|设计师|研究员|员工|成员|骨干|高管|董事|"
    r"实习生|Engineer|Manager|Director|Head\b|Lead\b|Owner|PM\b|President|Partner|Intern)",
    re.IGNORECASE,
)
_WORK_VERB_AFTER = re.compile(
    r"^(?:担任|任职|就职|工作|实习|从事|做(?!讲座|演讲|分享|报告|嘉宾|客)|任(?!务)|期间|的[^，,。；;]{0,8}(?:工作|经验|经历|岗位)|"
    r"(?:拥有|有)[^，,。；;]{0,14}(?:工作|从业|开发|研发|工程)?经验)"
)
# A list of names at a clause's start followed by the experience gained there.
_EXPERIENCE_AFTER = re.compile(r"^(?:等)?(?:的)?(?:工作|任职|从业|实习)(?:经验|经历)")
_PERSON_AFTER = re.compile(r"^(?:教授|院士|老师|先生|女士|博士(?!后))")
_FIELD = re.compile(r"领域|方向|行业|赛道")
# What follows a list of fields or kinds, not of employers: 在线广告、金融科技等领域的架构师,
# 云原生+eBPF领域的专家, Location / Events 相关产品线, Hacker 型产品经理.
_FIELD_AFTER = re.compile(
    r"^(?:(?:[^，,。；;的]{0,8}?等)?(?:领域|方向|行业|赛道)|相关(?!企业|公司|机构|单位)|型(?!号))"
)
_ADVISOR = re.compile(r"师从|导师|指导老师|合作者")
_FOUNDER = re.compile(r"联合创始人|创始人|创办人|联创|co-?founder|cofounder|founder", re.I)
_ETC_WORK = re.compile(
    r"^等[^，,。；;]{0,12}?(?:公司|企业|厂|机构|集团|单位|银行|工作|任职|经验|实习)"
)
_SEPARATOR = re.compile(r"[ ]?(?:、|/|\\|&|和|及|与|以及)[ ]?")
_COMMA = re.compile(r"[ ]?[，,][ ]?(?:以及|及|和)?[ ]?")
_LATIN_TAIL = re.compile(r"公司|集团|大学|学院|研究院|实验室|科技|银行|资本")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'+&-]*(?:[ ][A-Za-z0-9][A-Za-z0-9.'+&-]*)*")
# Cues before an employer list: strong ones need nothing after the list, weak ones a title.
_STRONG_CUE = re.compile(
    r"(?:任职|工作|从业|职业)?经历(?:包括|有)|"  # before 任职 alone, which would end the cue early
    r"(?:曾|先后|后|还|也|并|同时)?(?:(?:任职|就职|供职|服务)(?:于|过)?|(?:工作|效力)(?:于|过))|"
    r"历任|"
    r"(?:后|曾|先后)?加入了?|入职|ex-",
    re.IGNORECASE,
)
_WEAK_CUE = re.compile(
    r"(?:曾|先后|也曾|还曾|并|后)?(?:在|于)|曾任|现任|包括|前|原|曾是|是"
    r"|(?<=年)任(?!务|何|意)"  # 2018年至2023年任赣锋锂业工艺工程师
)
_FOUNDING_CUE = re.compile(r"(?:联合创办了?|联合创立了?|共同创办了?|创办了?|创立了?|创建了?)[ ]?")
_FORMER_NOT_CUE = re.compile(r"[前原](?:端|沿|期|列|身|景|百|十|五|三|两|几|\d|者|因|先|来|本|创)")
# A description that ends right before the name it describes.
_DESCRIPTION = re.compile(
    r"^.*?(?:公司|企业|集团|巨头|独角兽|龙头|品牌|机构|厂商|大厂|事务所|工作室|平台|引擎|"
    r"运营商|服务商|提供商|供应商|开发商|制造商|"
    r"创业公司|初创|上市公司|产品)[ ]?(?:——|—|-|:|：)?[ ]?[“「\"]?(?=[A-Za-z\u4e00-\u9fff])"
)
# What a Latin word like SaaS or 2B describes, a name after it: 2B独角兽Medallia.
_DESCRIBED = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:公司|企业|集团|巨头|独角兽|龙头|品牌|厂商|大厂)[ ]?"
    r"[A-Za-z\u4e00-\u9fff]"
)
_QUOTED_AFTER_DESCRIPTION = re.compile(r"[“「\"](?P<name>[^”」\"，,。；;]{2,16})[”」\"]")
_PLACE = re.compile(
    r"^(?:美国|英国|德国|法国|日本|韩国|瑞士|瑞典|芬兰|荷兰|丹麦|挪威|意大利|加拿大|澳大利亚|"
    r"澳洲|新加坡|以色列|印度|欧洲|北美|硅谷|香港|台湾|全球|国际|海外|国内|知名|著名|头部|"
    r"世界|一家|某|(?:VC|PE|CVC)[ ])+[ ]?"
)
_LEGAL = re.compile(
    r"(?:[ ]?[(（](?:HK|Hong Kong|China|中国|香港|北京|上海|深圳)[)）])?"
    r"(?:[ ,]+(?:Inc|Ltd|LLC|GmbH|Co|Corp|Corporation|Limited|AG|SA|plc)\.?)+$|"
    r"(?:股份有限公司|有限责任公司|有限公司|[(（]中国[)）]|中国有限公司)$",
    re.IGNORECASE,
)
_BRANCH = re.compile(
    r"(?:[\u4e00-\u9fff]{2}[市省]?)?(?:分公司|子公司|分行|办事处|分部)$|"
    r"(?<=[\u4e00-\u9fff]{4})(?:总体|技术|研发|研究|产品|设计|工程|市场|销售|战略|投资|运营)部$|"
    r"[ ]?(?:中国区|中国|北美|亚太|欧洲|大中华区|华东|华南|华北)$"
)
_LATIN_CATEGORY = re.compile(
    r"(?:AI|AIoT|AIDD|AIGC|SaaS|IoT|IT|Web3|Fintech|FinTech|Edtech|EdTech|Biotech|Medtech|VR|AR|XR|"
    r"2B|2C|ToB|ToC|B2B|B2C)[ ]?(?:创业公司|初创公司|公司|企业|集团)"
)
# Words that start a phrase about doing, not a name: 带领公司, 目前负责公司, 成立凯缇公司.
_CUE_WORDS = (
    r"(?:曾|先后|也|还|并|后|于|在|前|原|历任|担任|任|是|为|作为|身为|以|现|被|有|从小)+[ ]?"
)
_CUE_PREFIX = re.compile("^" + _CUE_WORDS)
_LEAD_CUE = re.compile(
    r"(?:曾|现|也|还|并|同时)?"
    r"(?:担任|历任|曾任|(?:任职|就职|供职)于?|任|是|为|作为|拥有|具有|有)?[ ]?"
)
_INNER_CUE = re.compile(r"曾于|曾在|曾任|任职|就职|供职|加入|历任|先后|创办|创立")
_ANY_CUE = re.compile(rf"{_STRONG_CUE.pattern}|{_WEAK_CUE.pattern}|{_FOUNDING_CUE.pattern}", re.I)
# A comma stretch that starts with a verb is a new clause, not another list item (…，作为导演).
_CLAUSE_VERB = re.compile(
    r"[ ]?(?:作为|身为|开展|负责|主导|参与|带领|拥有|具有|从事|推动|普及|"
    r"曾|此前|之前|后来|随后|现任|现为)"  # 连续创业者，曾创办…: a new clause, not a name
)
_VERB_PREFIX = re.compile(
    r"^.*(?:带领|领导|负责|推动|创办|成立|创立|创建|具有|助力|分管|服务过|服务|管理|运营|发起|"
    r"依托|推出|打造|帮助|支持|协助|参与|主持|开发|研发|拥有|获得|作为|成为|完成|实现|精通|熟悉|"
    r"擅长|拒绝|深耕|专注于?|涉及)"
)


def sentence_slots(folded: str, start: int, end: int) -> dict[tuple[int, int], str]:
    """Employer slots of folded[start:end], sentence by sentence, as absolute spans → how. A list
    may run over commas (曾任ABB，西门子，YARA等…), so slots are read per sentence, not clause."""
    slots: dict[tuple[int, int], str] = {}
    for match in re.finditer(r"[^。；;!！?？|]+", folded[start:end]):
        offset = start + match.start()
        for s, e, how in employer_spans(match.group()):
            slots[(offset + s, offset + e)] = how
    return slots


def employer_spans(clause: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, how) of each employer name in a clause or sentence; how is "work" or
    "founded"."""
    seen: list[tuple[int, int]] = []
    for start, how in sorted(_list_starts(clause), key=lambda x: x[1] == "start"):
        comma = max(clause.rfind("，", 0, start), clause.rfind(",", 0, start), 0)
        if _ADVISOR.search(clause, comma, start + 1):
            continue
        items, end = _items(clause, start)
        after = clause[end:].lstrip(")） ")
        if not items or _PERSON_AFTER.match(after) or _FIELD_AFTER.match(after):
            continue
        title = _TITLE_AFTER.match(after)
        founded = how == "founded" or bool(title and _FOUNDER.fullmatch(title.group("role")))
        titled = title or _ETC_WORK.match(after)  # (title: _TITLE_AFTER matched once)
        if (
            how == "strong"
            and after.startswith("等")
            and not _ETC_WORK.match(after)
            and after != "等"
        ):
            continue
        if how == "start" and _EXPERIENCE_AFTER.match(after):
            pass  # 蚂蚁工作经验, 八年科尔摩根/高创传动工作经历
        elif how == "start":
            role = _ORG_ROLE.match(after)
            if not role or len(re.sub(_DEPARTMENT, "", role.group("filler")).strip()) > 2:
                continue
            founded = bool(_FOUNDER.fullmatch(role.group("role")))
        if how == "weak" and not (titled or _WORK_VERB_AFTER.match(after)):
            continue
        if how == "founded" and after.startswith("等"):
            continue
        if how == "former" and not title:
            continue
        if any(_FIELD.search(clause, s, e) for s, e in items):
            continue  # 在云计算，DevOps，分布式计算领域积累了经验: a list of fields
        for s, e in items:
            cue = _ANY_CUE.search(clause, s, min(len(clause), e + 3))
            if how == "start" and cue and cue.start() < e or _INNER_CUE.search(clause, s + 1, e):
                continue  # 回国后历任腾讯…, 投光前曾于PNDC: the cue's own list has the name
            cleaned = clean(clause, s, e, how)
            if cleaned and not any(ts < cleaned[1] and cleaned[0] < te for ts, te in seen):
                seen.append(cleaned)
                yield (*cleaned, "founded" if founded else "work")


# Where a list may start without a cue: the clause's start or a comma; and after a role and 、.
_CLAUSE_LEAD = re.compile(r"(?:^|[，,])[ ]?")
_ROLE_THEN_LIST = re.compile(rf"(?:{_ROLE})[ ]?、[ ]?", re.IGNORECASE)
_CLOSE = re.compile(r"[)）]")
_PUT_TO_USE = re.compile(r"(?:落地|应用|部署|推广)$")


def _list_starts(clause: str) -> Iterator[tuple[int, str]]:
    for pattern, how in (
        (_STRONG_CUE, "strong"),
        (_WEAK_CUE, "weak"),
        (_FOUNDING_CUE, "founded"),
    ):
        for match in pattern.finditer(clause):
            cue = match.group().strip()
            if how == "weak" and _PUT_TO_USE.search(clause, 0, match.start()):
                continue  # 成果落地于快手、诺基亚等公司: where the work was used, not done
            if cue in ("前", "原"):
                if _FORMER_NOT_CUE.match(clause, match.start()) or (
                    match.start() > 0 and clause[match.start() - 1] not in " 、，,是为任"
                ):
                    continue
                yield match.end(), "former"
            else:
                yield match.end(), how
    for match in _CLAUSE_LEAD.finditer(clause):
        lead = _LEAD_CUE.match(clause, match.end())
        yield (lead.end() if lead else match.end()), "start"
    for match in _ROLE_THEN_LIST.finditer(clause):
        yield match.end(), "start"


def _items(clause: str, start: int) -> tuple[list[tuple[int, int]], int]:
    """The list of names starting at `start`, and where the list ends."""
    items: list[tuple[int, int]] = []
    i = start
    while i < len(clause):
        end = _item_end(clause, i)
        if end - i < 2:
            break
        j = end
        quoted = (
            _QUOTED_AFTER_DESCRIPTION.match(clause, end)
            if _DESCRIPTION.match(clause[i:end] + "名")
            else None
        )
        if quoted:
            # 水下无人机品牌“深蓝鲸探”: the description names what follows it in quotes
            items.append(quoted.span("name"))
            j = quoted.end()
        else:
            items.append((i, end))
        if j < len(clause) and clause[j] in "(（":  # Presto（纳斯达克上市公司）, 菲莫（中国）
            close = _CLOSE.search(clause, j)
            j = close.end() if close else len(clause)
        separator = _SEPARATOR.match(clause, j) or _COMMA.match(clause, j)
        post = None if separator else _POST_THEN_NEXT.match(clause, j)
        if post and _posted_item(clause, post.end()):
            separator = post  # A产品研发部门、B产品策略部门; A的CTO和B负责人: pairs of posts
        if separator is None or separator.end() >= len(clause):
            return items, j
        if separator.group().strip() in ",，" and not _comma_item(clause, separator.end()):
            return items, j
        i = separator.end()
    return items, i


_DEPARTMENT_AT = re.compile(_DEPARTMENT)
# A post or a unit after a list item, then the next item: 木白科技的 CTO 和爱可生…负责人.
_POST_THEN_NEXT = re.compile(
    rf"[ ]?(?:的)?[ ]?[^、，,；;。和及与的]{{0,10}}?(?:{_ROLE}|部门|团队|事业部|中心)[ ]?"
    r"(?:、|和|及|与|以及)[ ]?",
    re.IGNORECASE,
)


def _posted_item(clause: str, start: int) -> bool:
    """Whether a name at `start` is followed by its own post or unit, as a pair of posts is."""
    end = _item_end(clause, start)
    if end - start < 2:
        return False
    return bool(_ORG_ROLE.match(clause[end:]) or _DEPARTMENT_AT.match(clause, end))


def _comma_item(clause: str, start: int) -> bool:
    """Whether the list goes on after a comma: a short name, then another separator, 等, a
    title or the end (曾任ABB，西门子，YARA等…), not a new clause (…，负责产品)."""
    end = _item_end(clause, start)
    if end - start < 2 or end - start > 16 or _CLAUSE_VERB.match(clause, start):
        return False
    rest = clause[end:].lstrip(" ")
    return not rest or bool(
        _SEPARATOR.match(rest)
        or _COMMA.match(rest)
        or rest.startswith(("等", "(", "（"))
        or _TITLE_AFTER.match(rest)
        or _WORK_VERB_AFTER.match(rest)
    )


_SPACE_HAN = re.compile(r"[ ][\u4e00-\u9fff]")
# A field word inside a name, not a department after one: it runs on to an organisation's ending
# (人工智能研究院, 开发投资公司) with nothing but a list's end after it.
_NAME_GOES_ON = re.compile(
    rf"(?:{_DEPARTMENT})[\u4e00-\u9fff]{{0,4}}?(?:公司|集团|研究院|研究所|实验室|银行)"
    rf"(?=$|[、，,；;。/（(]|[ ]?(?:和|及|与|的|{_ROLE}|{_DEPARTMENT}))",
    re.IGNORECASE,
)


def _item_end(clause: str, start: int) -> int:
    """Where the list item at `start` ends; `start` itself when there is no item there."""
    i = start
    while i < min(len(clause), start + 24):
        ch = clause[i]
        if ch in '、/\\，,；;。(（)）“”"《》|':
            return i
        if ch.isascii() and ch.isalnum():
            match = _LATIN_RUN.match(clause, i)
            assert match is not None
            role = _latin_role(clause, i, match.end())
            if role is not None:
                return role
            i = match.end()
            if NOT_NAME.match(match.group()) and _DESCRIBED.match(clause, i):
                continue  # 2B独角兽Medallia, SaaS上市公司Yext: a description goes on
            if _SPACE_HAN.match(clause[i : i + 2]) and not _LATIN_TAIL.match(
                clause, i + 1
            ):
                return i  # "Mila 魁北克…": a place or a description after the name
            if (
                i < len(clause)
                and "\u4e00" <= clause[i] <= "\u9fff"
                and not _LATIN_TAIL.match(clause, i)
            ):
                return i
            continue
        if clause[i] == "的" and not (
            _TITLE_AFTER.match(clause[i:]) or _WORK_VERB_AFTER.match(clause[i:])
        ):
            i += 1  # 国际知名的参数化建筑事务所: a description goes on
            continue
        if _SEPARATOR.match(clause, i):
            return i
        if _ITEM_END.match(clause, i):
            goes_on = _NAME_GOES_ON.match(clause, i)
            if goes_on is None or known_organization(clause[start:i]):
                return i
            i = goes_on.end()  # 图灵人工智能研究院, 国家开发投资公司
            continue
        i += 1
    return i if i == len(clause) or i < start + 24 else start


_ROLE_WORD = re.compile(rf"(?:^|(?<=[ ]))(?:{_ROLE})(?![a-z])", re.I)


def _latin_role(clause: str, start: int, end: int) -> int | None:
    """Where a Latin run stops being a name: at a role word inside it (Aibee CEO)."""
    for match in _ROLE_WORD.finditer(clause[start:end]):
        if match.start() > 0:
            return start + match.start() - 1
        return start
    return None


# A span of years before a name: 八年科尔摩根工作经历, 10 余年华为.
_NUMBER = r"[\d一二三四五六七八九十两几多数余]"
_COUNTED_TIME = re.compile(rf"{_NUMBER}[年岁月]")
_DURATION = re.compile(rf"^(?:近|超过|逾)?{_NUMBER}+[ ]?(?:余|多)?年(?:多|的)?[ ]?")
_PREFIXES = (_CUE_PREFIX, _VERB_PREFIX, _DESCRIPTION, _PLACE, _DURATION)


_SOME_ONE = re.compile(rf"(?:过|了)?{SOME}(?P<named>(?:名为|名叫|叫做|叫)?)")


_SCHOOL_END = re.compile(r"(?:大学|学院|分校)$")
_STAFF_NUMBER = re.compile(r"[ ]?(?:#|No\.[ ]?)\d{1,4}")
_UNNAMED = re.compile(rf"(?:{_CUE_WORDS})?(?:某|[^，,。；;]{{0,6}}规模)")
_LATIN_COMPANY = re.compile(r"([A-Za-z0-9][\w.&'+ -]*?)[ ]?(?:公司|集团)")


def clean(clause: str, start: int, end: int, how: str = "") -> tuple[int, int] | None:
    """The name inside an employer slot, or None when the slot holds only a description."""
    start, end = _strip(clause, start, end)
    number = _STAFF_NUMBER.search(clause, start, end)
    if number and number.end() == end:  # Pixie #4员工: the staff number, not the name
        end = number.start()
    if _UNNAMED.match(clause, start, end):
        return None  # 某头部光学公司, 千人规模安全治理团队: a kind or a size, not a name
    changed = True
    while changed and end - start >= 2:
        changed = False
        text = clause[start:end]
        if known_organization(text):
            break  # 红杉中国, 有赞: a known name keeps what looks like a place or a cue
        school = _SCHOOL_END.search(text)  # its place was weighed already
        for pattern in (_CUE_PREFIX, _VERB_PREFIX) if school else _PREFIXES:
            match = pattern.match(text)
            if match and match.end() > len(text) - 2:
                return None  # nothing but a cue or a description: 并担, 十大建筑公司
            if match and match.end() > 0:
                start += match.end()
                changed = True
                break
        text = clause[start:end]
        for pattern in (_LEGAL, _BRANCH):
            match = pattern.search(text)
            if match and match.start() >= 2:
                end = start + match.start()
                changed = True
        start, end = _strip(clause, start, end)
    text = clause[start:end]
    some = _SOME_ONE.match(text)
    if some and some.group("named"):  # 一家名为“栎丙科技”的公司: the name follows
        return clean(clause, start + some.end(), end, how)
    if some:
        return None  # 创立过一家机器人公司, 创建了一个众包平台: what was founded, not its name
    if _LATIN_CATEGORY.fullmatch(text):
        return None  # AIoT 公司, Fintech公司: a kind of company, not its name
    latin = _LATIN_COMPANY.fullmatch(text)
    if latin:  # Oracle公司, ABB集团
        end = start + latin.end(1)
        text = clause[start:end]
    if len(text) < 2 or NOT_NAME.match(text) or CATEGORY.match(text):
        return None
    if _VERB_PREFIX.match(text) or _COUNTED_TIME.search(text[:4]):
        return None
    if how and not name_like(text, how):
        return None
    return start, end


def _strip(clause: str, start: int, end: int) -> tuple[int, int]:
    while start < end and clause[start] in ' -—:：*“”「」"':
        start += 1
    while end > start and clause[end - 1] in ' -—:：*“”「」"':
        end -= 1
    return start, end
