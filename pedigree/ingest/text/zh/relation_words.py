"""Which tie the words around an organisation state between it and a clause's subject:
founded, employment, education, or none — from the words before it (`pre`) and after it
(`post`) alone, so that a new phrasing is one pattern here, tested on strings."""

from __future__ import annotations

import re

from pedigree.ingest.text.zh.employers import without_description
from pedigree.ingest.text.zh.lexicon import (
    ASIDE,
    AT_BEFORE,
    COLLEAGUES_AFTER,
    EDU_CUE,
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

_JOINED_DESCRIBED = re.compile(JOIN_BEFORE.pattern.removesuffix("$") + r"了?[^，。；,;]{1,14}的$")


_AT_END = re.compile(r"(?:在|于)$")
_DENIED_NEXT = re.compile(r"^[^，。,]{0,6}(?:没有|从未|并未)")
_INSTITUTE_END = re.compile(r"(?:研究所|研究院|研究总院|研究中心|实验室|所|科学院)$")
_BELIEVED = re.compile(r"以为|误以为|误认为|错以为")
_LISTING_NEXT = re.compile(r"^\s?的?\s?(?:上市|挂牌|IPO|首次公开发行)")
_OWNED_NEXT = re.compile(r"^\s?旗下")
_SUPPLY_CHAIN_NEXT = re.compile(
    # (进入中建八局等总包单位的供应体系: a customer, with others)
    r"^\s?(?:等[^，。；,;]{0,8}?)?的?(?:供应链|供应体系|采购体系|供应商名单|供应商名录)(?!经理|总监|副总监|负责人|主管|部|团队|副总裁|副总经理|总经理|专家)"
)
# A unit of the organisation, then 的, before a post: 信息中心的负责人.
_UNIT_OF = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:中心|部门|事业部|事业群|实验室|研究院|团队|部)的")
_IS_BEFORE = re.compile(r"(?:(?<![认以称作因成])为|(?<![但只总还就正也即于])是|系)\s?$")
_FOUNDER_JOINING = re.compile(r"(?:以|作为)(?:联合)?创始人(?:的)?身份?加入$")
_AS_ADVISER = re.compile(r"(?:以|作为)[^，。；,;]{0,8}顾问")
FROM_END = re.compile(r"(?:从|自|由)$")


_TOGETHER_AT_END = re.compile(r"(?:同在|都在|均在|一起在|同时在|先后在)$")
_POST_VERB_END = re.compile(r"(?:曾|曾经|先后|此前|之前)?(?:任|担任|出任|任职)(?:过)?$")


_THINGS_ORIGIN = re.compile(
    r"(?:钱|资金|融资|投资|资本|收入|营收|订单|客户|用户|流量|技术|灵感|数据)[^，。；,;]{0,6}"
    r"(?:来自|出自)$"
)
_TEAM_ORIGIN = re.compile(
    r"(?:多数|大多数?|大部分|半数|近半数|过半|多半|一半|不少|许多|部分|成员|员工|团队)[^，。；,;]{0,6}"
    r"(?:来自|出身于?|出自)$"
)


def relation(pre: str, post: str, kind: str, clause: str, name: str = "") -> str | None:
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
        r"(?:" + TITLE.pattern + r")(?:[，。；、,;]|$)",
        _UNIT_OF.sub("", ASIDE.sub("", post).lstrip(" 的")),
    ):
        # 娄嘉慧女士为本集团联合创办人, 麦芊则是金域信息中心的负责人: the subject's post there
        return "employment"
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
    if LEAVE_BEFORE.search(pre) or (FROM_END.search(pre) and LEFT_AFTER.match(post)):
        return "employment"
    if moved_on(pre, post):
        return "employment"  # 2021年从百度加入快手: the place left behind was an employer
    if FROM_END.search(pre) and POACHED.match(post):
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


_COLLEAGUES_AT = re.compile("^" + COLLEAGUES_AFTER)
# After 从/自 and an organisation: a move to the next one (从百度加入快手, 自阿里跳槽到字节).
_MOVED_TO = re.compile(
    r"^\s?(?:[^，。；,;]{0,4}?)(?:加入|加盟|跳槽|转投|转战|来到|回到|进入|转到|转去|转会)"
)


_FROM_PLACE_END = re.compile(r"(?:从|自)$")


def moved_on(pre: str, post: str) -> bool:
    return _FROM_PLACE_END.search(pre) is not None and _MOVED_TO.match(post) is not None
