"""Demo-day headings: which lines start a project, and the name and founders each gives it."""

from __future__ import annotations

import re

from pedigree.ingest.text.zh.bio_lines import LEADING_ROLE
from pedigree.ingest.text.zh.bio_records import ROLE_PHRASE, Project
from pedigree.ingest.text.zh.name_candidates import is_han, looks_like_name, ordinariness
from pedigree.ingest.text.zh.org_forms import ORG_SUFFIXES

_LABEL = (
    r"(?:一句话介绍|一句话简介|项目简介|项目介绍|产品介绍|团队介绍|团队成员|核心团队|创始团队|团队|"
    r"融资情况|融资进展|项目亮点|商业模式)"
)
_LABEL_LINE = re.compile(rf"^\s*\**\s*【?{_LABEL}】?\s*\**\s*[:：]?")
_NOT_PROJECT = re.compile(
    rf"^{_LABEL}$|介绍|简介|名单|概览|回顾|速览|全览|项目$|以下|路演|Demo ?Day|demo ?day|合影|"
    r"图片|说明|补充|备注|附|"
    r"关于|联系|招聘|附录|总结|结语|投资人|嘉宾|评委|扫码|目录"
    r"|^(?:问|答|提问|回答|Q|A)$"  # (**问：先说说你的经历？**: an interview's question)
)
_MARKDOWN = re.compile(r"^\s*#{1,6}\s*(?P<title>.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\n]{1,40}?)\*\*\s*$")
# (【01】踏浪动力——…, 【一】…: a number in the brackets is the entry's, read by _NUMBERED)
_BRACKETED = re.compile(
    r"^\s*\**\s*【(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*】)(?P<title>[^】\n]{1,30})】"
)
# An entry's label, no name: 第三个, 项目一, 卡片 01, Team 2 (alone in brackets too: 【项目一】).
_LABEL = (
    r"第[一二三四五六七八九十\d]{1,3}[位个家名]?"
    # (【路演项目 01】绒行: the kind of project before the word)
    r"|(?:(?:路演|参赛|入营|入选|展示|孵化)?项目|卡片|团队|案例|Project|Team|Card)"
    r"\s?[一二三四五六七八九十\d]{1,3}"
)
_NUMBER = (
    # an emoji or a symbol may lead: 🔹 卡片 01｜鲲微传感, ▍项目三：…
    r"^\s*(?:[^\w\s（(【〔\[#*]{1,3}\s*)?"
    # 〔01〕岳工智控, (3) 知序, 【四】营管家
    r"(?:[(（〔【\[](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）〕】\]]\s*(?:[.、．:：|｜丨]\s*)?|"
    rf"(?:No\.?\s?\d{{1,2}}|#\d{{1,2}}|{_LABEL}|"
    r"\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[.、．)）:：]|\s*[|｜丨]|\s(?=\S)))\s*\**"
)
_NUMBERED = re.compile(_NUMBER + r"(?P<title>[^\n]{1,40}?)\**\s*$")
_ENTRY_LABEL = re.compile(rf"(?:{_LABEL})(?:项目)?")  # (【第三个项目】 too)
# A roundup's entry led by a symbol, its round and amount after a bar or a colon:
# ◆ 轨芯微｜B轮｜2亿元, ■ 契约猫：Pre-A轮, • 钓客星球：500万美元天使轮, 1. 蜃楼数字｜B轮｜3亿元
# (a bulleted line of a bio has no round after a bar; · or • leads an entry's field as well:
# "· 轮次及金额：天使轮" is no entry).
_FIELD_WORDS = r"轮次|金额|投资方|投资人|估值|融资|简介|团队|备注|情况|信息|进展"
ROUND_ENTRY = re.compile(
    # (02丨标甄智能：3000万元A轮: a number and a bar before the company)
    rf"^\s*(?:[◆◇■□●○▶►▸▪★☆🔹🔸丨▍▌]|\d{{1,2}}[.、．)）]|\d{{1,2}}\s?[丨|｜]|[·•](?![^\n|｜丨:：]{{0,8}}?(?:{_FIELD_WORDS})))"
    # (• 石屿新材 —— 2亿元A轮: a dash between)
    r"\s*(?P<title>[^\n|｜丨:：—–]{2,20}(?:[|｜丨:：]|\s?[—–]{1,2}\s?)\s*"
    r"[^\n]{0,20}?(?:轮|融资|并购|IPO)[^\n]{0,20}?)\s*$",
    re.M,
)
# 被眠科技丨酒店布草工厂拿下1.2亿元A轮: a roundup's entry with no mark before it, the company
# before a bar (a line of its own after a blank one; not a colon, which opens a member's bio).
_PLAIN_ROUND_ENTRY = re.compile(
    r"^\s*(?P<title>[^\s|｜丨:：#*【]{2,20}[|｜丨]\s*[^\n|｜丨]{0,20}?(?:轮|融资|并购|IPO)[^\n]{0,20}?)"
    r"\s*$"
)
# An unmarked line of a name, a colon and a short pitch: 犬舍鲜：做冷链鲜食的“中央厨房”.
_TAGLINE_HEADING = re.compile(  # (• 座舒科技：座椅通风加热模组 — a bullet may lead)
    r"^(?:[◆◇■□●○▶►▸▪★☆·•▍▌]\s*)?(?P<title>[^\s，。；：:！？,.!?|｜丨;“”]{2,10})[：:]\s*[^\n]{2,30}$"
)
# ▍夜猫电竞旅馆: a heading mark, then a short title with no sentence in it.
_MARKED_TITLE = re.compile(r"^[▍▌■◆●▶★]\s*(?P<title>[^，。；：:！？,.!?|｜丨;\s]{2,16})$")
# ■ 虫源科技完成8000万元A+轮融资: a roundup's entry led by a symbol (only where it is a headline)
_BULLETED = re.compile(r"^\s*[◆◇■□●○▶►▸▪★☆🔹🔸·•丨▍▌]\s*(?P<title>[^\n]{2,40}?)\s*$")
# (未来动力-具身智能“动力引擎”: a hyphen between Han words starts a tagline too; S-Lab stays)
_TITLE_END = re.compile(
    r"\s*(?:[|｜丨—–:：（(]|\s-\s|\s[·•]\s|→|->|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])).*$"
)
# 智能驾驶域控制器平台（磐易科技）: a product, then the company behind it in brackets.
_PRODUCT_OF = re.compile(
    r"(?:平台|工具链|系统|解决方案|引擎)\s*[(（]\s*"
    r"(?P<company>[^()（）]{2,12}?(?:科技|公司|智能|技术|集团))\s*[)）]\s*$"
)
# A heading that names a part of an article, not a project.
_GENERIC_PART = (
    r"事件|公司|产品|团队|观点|融资|背景|概况|业务|数据|方面|财务|用户|市场|行业|展望|回顾|问答|对话|人物|"
    r"故事|投资方|投资人|招股|董事|管理层|风险|前景|经营|核心|项目|信息|历程|简介|情况|亮点|观察|点评|总结|"
    r"基本|发展|技术|商业|模式|竞争|格局|未来|计划|资金|用途|股东|高管|成员|履历|经历|"
    # a company page's sections (【管理团队】, 【顾问委员会】, 【关于我们】)
    r"管理|创始|顾问|委员会|关于|我们|联系|荣誉|新闻|动态|招聘|合作|伙伴|文化|使命|愿景"
)
_SECTION_WORDS = re.compile(
    rf"^(?:(?:{_GENERIC_PART})(?:与|和|及|、|的)?)+$|"
    r"^第.+[章节部]|观察$|点评$"
)


def without_subtitles(text: str, heads: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two headings of one kind with nothing between name one project: "# Neurobo" over "#
    赋能二次元周边的「养谷」平台". The project is the one the section's text goes on to name,
    else the first; the other is its tagline. (A heading over one of another kind — a sector's
    "## 企业服务" over "### 某某科技" — is left: the first has no team and drops out.)"""
    kept: list[tuple[int, int, str]] = []
    for i, head in enumerate(heads):
        last = kept[-1] if kept else None
        if last is None or has_content(text[last[1] : text.rfind("\n", 0, head[0]) + 1]):
            kept.append(head)
            continue
        if _heading_kind(text, last[0]) != _heading_kind(text, head[0]):
            kept.append(head)
            continue
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        body = text[head[1] : end]
        if head[2] in body and last[2] not in body:
            kept[-1] = head
    return kept


def _heading_kind(text: str, position: int) -> str:
    """The mark a heading's line opens with: "#"×level, "**", or "" for other kinds."""
    line = text[text.rfind("\n", 0, position) + 1 : position].strip()
    hashes = re.match(r"#+", line)
    return hashes.group() if hashes else "**" if line.startswith("**") else line[:1]


def has_content(between: str) -> bool:
    """Whether text between two headings says anything: not only blank lines and images."""
    lines = (line.strip(" \t*#") for line in between.split("\n"))
    return any(line and not line.startswith("![") for line in lines)


def has_fields(text: str, project: Project) -> bool:
    """A project section laid out in labelled fields, its first within a few lines of the
    heading: presented even when no one on the team is named."""
    lines = text[project.span[1] : project.body[1]].split("\n")[1:6]
    # the cheap test first: _LABEL_LINE backtracks over a line blanked to spaces
    return any(line.strip(" *") and _LABEL_LINE.match(line) for line in lines)


# A separator line that numbers the entry below it: — 01 —, - 2 -, ── 03 ──
_NUMBER_RULE = re.compile(r"^\s*+[—–─-]{1,3}\s*\d{1,2}\s*[—–─-]{1,3}\s*$")  # (\s*+ as in TABLE_ROW)


def numbered_entries(lines: list) -> bool:
    """Whether the post numbers its entries with rules (— 01 —)."""
    return any(_NUMBER_RULE.match(ln) for _, _, ln in lines)


def heading(line: str, lines: list, i: int, numbered: bool = False) -> str | None:
    if not line.strip():
        # Every heading has a mark, a number or a name. Returned before the patterns: their runs
        # of \s* backtrack over a mixed-language post's other-language lines, blanked to spaces.
        return None
    before = next((ln for _, _, ln in reversed(lines[max(0, i - 2) : i]) if ln.strip()), "")
    if _NUMBER_RULE.match(before) and line.strip():
        return _project_name(line)  # — 01 — / 鲸芽 · 给宠物医院用的 AI 影像助手
    for pattern in (_MARKDOWN, _BOLD_LINE, _BRACKETED, _NUMBERED, ROUND_ENTRY, _BULLETED):
        match = pattern.match(line)
        if match:
            title = match.group("title")
            if title.rstrip(" *").endswith(("？", "?")):
                return None  # **Tech星球：天使轮是怎么拿到的？**: an interviewer's question
            if pattern is _BULLETED and not headline_subject(title):
                continue  # ■ 张三：创始人… is a member's line; only a headline heads an entry
            if pattern is _BRACKETED and headline_subject(line[match.end() :]):
                title = line[match.end() :]  # 【园林苗木】绿植仓完成3,000万元A+轮融资
            elif (
                pattern is _BRACKETED
                and _ENTRY_LABEL.fullmatch(title.strip())
                and line[match.end() :].strip()
            ):
                title = line[match.end() :]  # 【项目一】锋芯球头: the label, then the project
            if pattern is _BOLD_LINE and looks_like_name(match.group("title").strip()):
                following = next((ln for _, _, ln in lines[i + 1 : i + 3] if ln.strip()), "")
                if numbered or LEADING_ROLE.match(following.strip() + "，"):
                    # **房思远** under a numbered entry, or with 创始人兼CEO。… on the next line:
                    # a member, named on their own line
                    return None
            body = "\n".join(ln for _, _, ln in lines[i + 1 : i + 4])
            return _project_name(title, body)
    plain = _PLAIN_ROUND_ENTRY.match(line)
    if plain and i > 0 and not lines[i - 1][2].strip() and headline_subject(plain.group("title")):
        return _project_name(plain.group("title"))
    stripped = line.strip()
    tagged = _TAGLINE_HEADING.match(stripped)
    if tagged and i > 0 and not lines[i - 1][2].strip() and not stripped.endswith(("。", "；")):
        # 犬舍鲜：做冷链鲜食的“中央厨房” over a paragraph that opens with 犬舍鲜: a project's
        # name and its pitch (not 张三：CEO over a bio that opens with his name)
        name = tagged.group("title")
        following = next((ln for _, _, ln in lines[i + 1 : i + 3] if ln.strip()), "")
        if following.lstrip().startswith(name) and not looks_like_name(name):
            return _project_name(name)
    marked = _MARKED_TITLE.match(stripped)
    if marked:
        # ▍夜猫电竞旅馆 over the project's prose: a short title after a heading mark
        body = "\n".join(ln for _, _, ln in lines[i + 1 : i + 4])
        return _project_name(marked.group("title"), body)
    if 2 <= len(stripped) <= 16 and not re.search(r"[，。；：:！？,.!?|｜;]", stripped):
        following = [ln for _, _, ln in lines[i + 1 : i + 3] if ln.strip()]
        if following and _LABEL_LINE.match(following[0]):
            return _project_name(stripped)
    return None


def heading_people(line: str, offset: int, project: str) -> tuple[tuple[str, int], ...]:
    """The founders a list heading names beside the company: 昆极光电：雷栩,
    廖星野、祝晗｜驰野智驾."""
    # (丨 is a Han character to the regex, but a bar here: 柯一帆、戚若丨淼淼到家)
    rest = line.replace(project, " " * len(project), 1).replace("丨", "｜")
    # (the number read on the line as written: 项目一 麦芽智能 — with the name blanked, no text
    # follows the number's space)
    lead = len(line) - len(line.lstrip(" *#"))  # (**项目一丨锁匠宝**: the number inside the bold)
    number = re.match(_NUMBER, line[lead:].replace("丨", "｜"))
    if number:
        cut = lead + number.end()
        rest = " " * cut + rest[cut:]  # 项目一：铱光微纳 — 项目一 is no name
    found = []
    for match in re.finditer(r"[\u4e00-\u9fff·]{2,4}", rest):
        name = match.group()
        before = rest[: match.start()].rstrip(" *")
        after = rest[match.end() :].lstrip(" *")
        joined = (not before or before[-1] in "：:｜|、和与及,，.．)）0123456789>→—") and (
            not after or after[0] in "：:｜|、和与及,，→-—·•"
        )
        if joined and looks_like_name(name):
            found.append((name, offset + match.start()))
    return tuple(found)


_BAR_LEAD = re.compile(r"^[|｜丨]\s*")
_ENTRY_NUMBER = re.compile(
    r"^(?:No\.?\s?)?\d{1,2}(?:\s*[|｜丨]\s*|\s+(?=[^\d\s])|[.．、)）]\s*(?=[^\d\s]))"
    r"|^[一二三四五六七八九十]{1,3}[、.．)）]\s*"  # ## 一、云栖花事
    rf"|^(?:{_LABEL})\s*[:：|｜丨.、]\s*"  # #### 项目 1：醴泉精酿
)
_TITLE_SPLIT = re.compile(r"\s*(?:[|｜丨→]|->|—+|:|：|\s[·•]\s)\s*")
_LATIN_TITLE = re.compile(r"[A-Za-z0-9.&'-]+(?: [A-Za-z0-9.&'-]+){0,4}")


def _project_name(title: str, body: str = "") -> str | None:
    """The project a heading names: 知序｜一句话介绍 → 知序; 廖星野、祝晗｜驰野智驾 → 驰野智驾
    (a list of founders before the bar, the company after it); 泊洁环境完成2亿元B轮融资 → 泊洁环境
    (a roundup's headline names its subject); 健身器材｜凌跃运动 → 凌跃运动 (of a sector and a
    company, the one the entry's `body` goes on to name)."""
    title = title.replace("*", "").strip()
    title = _BAR_LEAD.sub("", title)
    # 03｜尚可为、雍宁 · 驭川科技, ### 01 慧垄农科, ## 1. 迎宾仔, ## 一、云栖花事: the entry's
    # number is no part of the name
    title = _ENTRY_NUMBER.sub("", title)
    subject = headline_subject(title)
    lead = _TITLE_SPLIT.split(title, maxsplit=1)[0].strip(" *")
    if (
        subject
        and body
        and lead not in (title, subject)
        and _company_like(lead)
        and (
            body.count(lead) > body.count(subject)
            or (lead in body and _KIND_OF_THING_END.search(subject))  # (…AI有声绘本平台)
            or _KIND_OF_FIRM_END.search(subject)  # (潮序理发：社区快剪连锁获战略投资)
            or re.search(r"(?:领投|跟投|参投|投资)$", subject)  # (匠萃机械：IDG资本领投B轮)
        )
    ):
        subject = lead  # 青蛙巷｜社区亲子绘本馆连锁获数千万元天使轮: the name, then what it is
    title = subject or title
    parts = _TITLE_SPLIT.split(title, maxsplit=1)
    if (
        len(parts) == 2
        and body
        and _named_more(parts[1], parts[0], body)
        and not _A_THING_END.search(parts[1])  # (磨界：商用磨豆机 over "…的商用磨豆机")
    ):
        title = parts[1]  # 【健身器材｜凌跃运动】 over 「凌跃运动」宣布完成…
    elif len(parts) == 2:
        people = re.split(r"\s*[、和与及,，]\s*", parts[0])
        # (陶里 —— 3D打印定制陶瓷台盆 over a team table: a name like a person's that the entry
        # never names again, before what it makes, is the project)
        unnamed = bool(body) and not any(p in body for p in people if p)
        what = parts[1].replace("*", "").strip()
        # (a dash, as a project's tagline follows it: not 仇立秋 → 深澜智算（已被收购）, nor
        # 杨海波：联合创始人兼COO，曾任…)
        dashed = title[len(parts[0]) :].lstrip().startswith(("—", "–", "-"))
        thing = unnamed and dashed and len(what) >= 6 and not what.endswith(ORG_SUFFIXES)
        if all(looks_like_name(p) for p in people if p) and not thing:
            if ROLE_PHRASE.fullmatch(parts[1].strip()):
                return None  # **温知许｜创始人兼CEO**: a member and their role, not a project
            colon = title[len(parts[0]) :].lstrip()[:1] in ":："
            # 郜立诚｜骑迹科技：共享单车的“大脑”: the company, then its tagline
            named = _TITLE_SPLIT.split(parts[1], maxsplit=1)[0]
            # (聂远航：驰梯智能（“日立系”第二代）: a note in brackets after the company)
            bare = re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", parts[1])
            if _company_like(parts[1]) and not _A_THING_END.search(parts[1]):
                title = parts[1]  # (not 磨界：商用磨豆机, a project and what it makes)
            elif bare != parts[1] and _company_like(bare):
                title = bare
            elif named != parts[1] and _company_like(named):
                title = named
            elif "、" in parts[1] and all(_company_like(c) for c in parts[1].split("、")):
                title = parts[1].split("、")[0]  # 林知夏｜水联智控、栖水科技: the first of two
            elif (
                colon
                and all(ordinariness(p) == 0 for p in people if p)
                # (a person's part names them again as it starts: 卫之遥2019年…; 山间订：茶园认养
                # 小程序 over a table of its team names no one there)
                and (
                    not body
                    or any(p in body for p in people if p)
                    or LEADING_ROLE.match(parts[1].strip() + "，")  # **杨帆：联合创始人兼COO，…**
                )
                # (路考通：科目三路考智能评判系统 — what the heading's name is, a kind of thing:
                # a project that reads like a name)
                and not _KIND_OF_THING_END.search(parts[1].replace("*", "").strip())
            ):
                return None  # 2. 卫之遥：腾讯混元走出来的“天气模型派” — a person's part of a story
    company = _PRODUCT_OF.search(title)
    title = company.group("company").strip() if company else _TITLE_END.sub("", title).strip()
    longest = 40 if _LATIN_TITLE.fullmatch(title) else 24
    if (
        not title
        or len(title) > longest
        or _NOT_PROJECT.search(title)
        or _SECTION_WORDS.search(title)
    ):
        return None
    if re.search(r"[，,。；;！!？?、“”\"]", title):
        return None  # 三轮融资，一次“出走”: a section of a story, not a company
    if body and title in body:
        for behind in _BEHIND_IN_BODY.finditer(body):
            if behind.group("product") == title:
                return behind.group("company")  # • 钓客星球：… over “钓客星球”的运营方星渔网络完成…
    return title


# “钓客星球”的运营方星渔网络近日完成…: the company behind the product an entry's heading names
_BEHIND_IN_BODY = re.compile(
    r"[“「]?(?P<product>[^“”「」，。\n]{2,16}?)[”」]?的?(?:母公司|运营方|运营商|开发商|背后公司)"
    r"(?P<company>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=近日|日前|已|于|完成|获|宣布|[，。（(]|是)"
)


# A roundup's headline: its subject, then the round it raised (完成/获…融资, B轮融资1.5亿元).
_FUNDING_VERB = re.compile(
    r"(?:宣布|正式|已|再|又)?(?:完成|获得|获|拿下|斩获|迎来)(?=[^，。！!？?]{0,20}(?:融资|投资|注资|轮))"
    r"|(?=(?:Pre-?)?[A-E]\+?\d?轮|天使\+?轮|种子\+?轮|战略融资|新一轮)"
)
_BEHIND = re.compile(r"(?:的)?(?:母公司|运营方|运营商|开发商|背后公司)")
_SUBJECT_START = re.compile(r"^.*[：:｜|】」”]\s*")
_WHEN = re.compile(
    r"\d\s?[年月日号]|^(?:近日|日前|近期|本周|上周|今日|昨日|今天|昨天|今年|去年|此前|目前|随后|同期"
    r"|公司|该公司|本轮|此轮|这家公司)$"
)
_SAID_OF_ROUND = re.compile(r"否认|回应|澄清|辟谣|网传|传闻|据传|疑似|拟|或将|将|尚未|未")
_FIELD_LABEL = re.compile(_FIELD_WORDS)
_AMOUNT = re.compile(r"[\d数近超逾][\d,.千百十]*[万亿]|[元金]$|^(?:金额|本轮)")


def headline_subject(title: str) -> str | None:
    """The company a roundup's headline says raised money: 融资事件一：鲜享央厨完成3,000万美元B轮
    融资 → 鲜享央厨; 越信保｜完成800万元天使轮融资 → 越信保; 【传闻】清道云获腾讯战略投资？
    → 清道云."""
    verb = _FUNDING_VERB.search(title)
    if verb is None:
        return None
    subject = title[: verb.start()].rstrip(" ｜|：:—-")
    quoted = re.search(r"[「“]([^」”]{2,16})[」”]\s*$", subject)
    if quoted:
        return quoted.group(1)
    subject = _SUBJECT_START.sub("", subject).strip(" *")
    # 识字星球母公司星球启蒙: the company behind a product raised it
    subject = _BEHIND.split(subject)[-1] if _BEHIND.search(subject[2:]) else subject
    if (
        not 2 <= len(subject) <= 16
        or re.search(r"[，,。、；;“”「」()（）]|的", subject)
        or _AMOUNT.search(subject)  # 析为生物｜800万美元天使+轮: the amount stands before the round
        or _WHEN.search(subject)  # 【融资信息】近日完成…: when, not who
        or _SAID_OF_ROUND.search(subject)  # 氢屿科技：否认已完成…: what the company says of it
        or _FIELD_LABEL.search(subject)  # · 轮次及金额：天使轮，2000万元: an entry's field
    ):
        return None
    return subject


_ROUND_NAMED = re.compile(r"(?:(?:Pre-?)?[A-E]\+?\d?|天使\+?|种子\+?|战略|新一)轮|融资")


def announces_round(line: str, name: str) -> bool:
    """Whether a heading's line announces a round beside the project's `name`: ◆ 轨芯微｜B轮｜
    2亿元, 【朔源医疗｜1.2亿元A轮】, 一、泊洁环境完成2亿元B轮融资 (not ## 融资历史, a part of a
    story)."""
    return bool(ROUND_ENTRY.match(line) or _ROUND_NAMED.search(line.replace(name, " ", 1)))


def _named_more(second: str, first: str, body: str) -> bool:
    """Whether an entry's body names the heading's second part more often than its first and the
    second can be a company's name."""
    if re.search(r"\d|轮|融资", second) or not _company_like(second):
        return False
    if re.search(rf"[「“]{re.escape(second)}[」”]", body):
        return True  # 【攀岩｜岩序】 over 上海抱石馆连锁品牌「岩序」…
    first_alone = body.count(first) - (body.count(second) if first in second else 0)
    return body.count(second) > first_alone


def _company_like(words: str) -> bool:
    """Whether words after a person's name in a heading can be a company's name (驰野智驾,
    Lumo AI) rather than a tagline (把豆包的经验带进播客, 通义出来，做小语种)."""
    words = words.replace("*", "").strip()
    if len(words) >= 6 and _KIND_OF_THING_END.search(words):
        return False  # 海哨｜海上风电叶片巡检无人船: what the project makes, not its name
    if len(words) >= 7 and all(is_han(c) for c in words) and not words.endswith(ORG_SUFFIXES):
        return False  # 鲜格｜社区生鲜冷链柜: a long phrase with no company's ending, a tagline
    return 2 <= len(words) <= 12 and not re.search(
        r"[的了把将从在是做让带，,。“”\"'!！?？、]|^(?:离开|加入|回到|出走|转型|告别|重回|重返|走出|跳出"
        r"|尚未|还未|暂未|仍未|未|不|没)",  # (钭文彬：尚未落地: not yet a company)
        words,
    )  # …: 离开内容行业 — a tagline that starts with a verb


# The kind of firm a description ends in (社区快剪连锁, 国潮服饰品牌): never a company's name.
_KIND_OF_FIRM_END = re.compile(r"(?:连锁|品牌|服务商|供应商|运营商|制造商|厂商|初创|创企)$")
# The kind of thing a tagline ends in (…巡检无人船, …撮合平台): a company's name does not.
_KIND_OF_THING_END = re.compile(
    r"(?:平台|系统|船|机器人|外骨骼|解决方案|方案|服务|工具|设备|软件|芯片|大模型|应用|App|SaaS"
    # what the project does (蚝牧｜牡蛎单体养殖, 冷链配送, 旧衣回收)
    r"|养殖|种植|加工|配送|回收|租赁|维修|培训)$"
)
# Narrower: a thing a project makes, ending a heading's description (磨界：商用磨豆机), where the
# other side of the colon is the project — never a company's own ending that ends the same way
# (风柏电器, 星舰软件), which _KIND_OF_THING_END's 软件 would take.
_A_THING_END = re.compile(
    r"(?<!电)(?<!机)(?:机|器|仪|设备|系统|平台|工具|App|APP|SaaS|小程序)$"
)
