"""The parts of an article that are not running prose, found by their shape: bylines (the people
who wrote, edited or photographed it), quoted speech, interview turns, and the boilerplate after
the story (references, forward-looking statements, media contacts).

Readers use this to keep people who wrote the story out of it, to read an interviewee's "I" and
"we" as the interviewee and their company, and to skip text that states nothing about anyone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from pedigree.ingest.text.regex import matches_before
from pedigree.reference.romanise import english_given_names

_ZH_BYLINE_ROLES = (
    r"(?:采访整理|采写|撰稿|文字|口述整理|文|作者|撰文|记者|编辑|责编|"
    r"责任编辑|校对|出品|采访|整理|摄影|图|翻译|编译|审校|主编|视觉|设计|排版|策划|口述)"
)
_ZH_BYLINE = re.compile(
    # (采访、撰文｜闻嘉树: roles listed before the name)
    # (《新材料观察》记者 柳岸: the publication's name in title marks before the role)
    r"(?:^|[\s（(【\[　|｜》」])" + _ZH_BYLINE_ROLES + r"(?:[、&和]" + _ZH_BYLINE_ROLES + r")*"
    r"\s*[|｜丨/／:：]?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s*[、,，和及]\s*[\u4e00-\u9fff·]{2,4})*)"
    # (a date right after the name: 记者 唐棣 2025-03-05, read with the space before a figure
    # taken out)
    r"(?=$|[\s）)】\]　|｜,，。]|\d{4}[-/.年]|(?:摄影|编辑|撰文|文|记者)[|｜丨/／:：])",
    re.MULTILINE,
)
# Where a byline's role word stands: a match starts at it (a line's start) or one mark before it.
_ZH_BYLINE_ROLE = re.compile(_ZH_BYLINE_ROLES)
_DISPATCHED = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*发自\s*\S{2,8}\s*$", re.MULTILINE)
_EN_BYLINE = re.compile(
    r"^\s*(?:By|Written by|Reporting by|Edited by|Photography by|Interview by|Words by)\s+"
    r"(?P<names>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
    r"(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*)"
    r"|^\s*(?P<dated>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*[/|•·]\s*"
    r"(?:\d|[A-Z][a-z]{2,8}\.? \d)",
    re.MULTILINE,
)
# A writer's name alone on its line in the head, over the time or date the piece was published
# ("Megan Castellano" / "8:00 AM PDT · August 5, 2025"): a byline without "By".
_EN_NAME_OVER_DATE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,2})[ \t]*\n\s*"
    r"(?:\d{1,2}:\d{2}\s?[AP]\.?M|(?:Updated |Published )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})",
    re.MULTILINE,
)
# Sections after the story that report nothing about its subjects.
# \s*+: possessive, as no heading word starts with a space, so giving the run back cannot help;
# greedy, each line start of a blanked paragraph read to the paragraph's end and back again.
_BOILERPLATE = re.compile(
    r"^\s*+(?:#+\s*)?(?:References|Notes|See also|Further reading|External links|"
    r"Forward-Looking Statements?|Safe Harbor Statement|Cautionary Statement|参考资料|参考文献|"
    r"相关阅读|延伸阅读|免责声明|风险提示|前瞻性陈述)\s*:?\s*$",
    re.MULTILINE | re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^\s*+(?:Media Contacts?|Press Contacts?|Contact|Investor Relations|媒体联系|媒体联络|"
    r"联系方式|投资者关系联络|投资者关系|投资者联络)"
    r"\s*[:：]?\s*",
    re.MULTILINE | re.IGNORECASE,
)
_ZH_TURN = re.compile(
    # (36氪：… asks: a publication's name may open with digits)
    # (**问：…？** in bold, or **问**：…)
    r"^[ \t]*(?:\*\*)?(?P<who>问|答|Q|A|\d{0,3}[\u4e00-\u9fffA-Za-z《》]{1,8}?)"
    r"(?<!介绍|简介|背景|方向|产品|团队|地址|时间|亮点)"
    r"(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?=\S)",
    re.M,
)
_EN_TURN = re.compile(
    r"(?:^|(?<=\n))\s*(?P<who>Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)", re.M
)


@dataclass
class Layout:
    bylined: set[str] = field(default_factory=set)  # names as written (folded for Chinese)
    skipped: list[tuple[int, int]] = field(default_factory=list)  # spans that state nothing
    speech: list[tuple[int, int]] = field(default_factory=list)  # quoted speech
    questions: list[tuple[int, int]] = field(default_factory=list)  # an interviewer's turns
    answers: list[tuple[int, int, str | None]] = field(default_factory=list)  # span, speaker
    contacts: list[tuple[int, int]] = field(default_factory=list)  # media contact blocks

    def is_skipped(self, position: int) -> bool:
        return _inside(self.skipped, position)

    def in_speech(self, position: int) -> bool:
        return _inside(self.speech, position)

    def in_question(self, position: int) -> bool:
        return _inside(self.questions, position)

    def answer_at(self, position: int) -> tuple[int, int, str | None] | None:
        return next((a for a in self.answers if a[0] <= position < a[1]), None)


_SORTED: dict[int, tuple[int, list[tuple[int, int]], list[int], list]] = {}


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` lies in one of `spans` (few spans: a scan; many: sorted once per
    change of the list, then bisected)."""
    if len(spans) < 16:
        # a plain loop: asked ~150k times per corpus run, where a generator's setup dominates
        for s, e in spans:  # noqa: SIM110 — any() with a generator is 2× slower here
            if s <= position < e:
                return True
        return False
    cached = _SORTED.get(id(spans))
    # The list itself is kept and compared: an id is reused once a list is gone, and a stale
    # entry would answer for another text's spans.
    if cached is None or cached[3] is not spans or cached[0] != len(spans):
        ordered = sorted(spans)
        cached = (len(spans), ordered, [s for s, _ in ordered], spans)
        if len(_SORTED) > 64:
            _SORTED.clear()
        _SORTED[id(spans)] = cached
    _, ordered, starts, _ = cached
    i = bisect_right(starts, position) - 1
    for s, e in ordered[max(0, i - 3) : i + 1]:  # noqa: SIM110 — as above
        if s <= position < e:
            return True
    return False


def read_layout(folded: str, lang: str) -> Layout:
    layout = Layout()
    _bylines(folded, lang, layout)
    _boilerplate(folded, layout)
    _speech(folded, lang, layout)
    _interview(folded, lang, layout)
    return layout


def _bylines(text: str, lang: str, layout: Layout) -> None:
    head_end = _head_end(text)
    # _ZH_BYLINE.finditer(text), tried only at and just before its role words: the pattern opens
    # with a line start or a mark, which finditer tried at every position of the text.
    for match in matches_before(_ZH_BYLINE, _ZH_BYLINE_ROLE, text, 0, 1):
        line = _line(text, match.start("names"))
        # A byline stands in the head of the piece, or in brackets, or on a short line of its own.
        if match.start() > head_end and len(text[line[0] : line[1]].strip()) > 40:
            before = text[max(0, match.start() - 2) : match.start() + 1]
            if not re.search(r"[（(【]\s*$", before):
                continue
        names = [n.strip() for n in re.split(r"\s*[、,，和及]\s*", match.group("names"))]
        if any(len(n) < 2 for n in names):
            # 文｜喻清和: a name that ends in 和, not two names joined by it
            names = [n.strip() for n in re.split(r"\s*[、,，]\s*", match.group("names"))]
        if not any(_surname_first(n) for n in names):
            continue  # 采访最后，…: a word after 采访, not a reporter
        layout.bylined.update(names)
        if len(text[line[0] : line[1]].strip()) > 60:
            # 财联社3月27日讯（记者 冼乐）港股上市的…: the byline opens the story's first
            # paragraph, and only it (and the dateline before it) says nothing.
            end = match.end() + (text[match.end() : match.end() + 1] in ("）", ")", "】", "]"))
            line = (line[0], end)
        layout.skipped.append(line)
    for match in _DISPATCHED.finditer(text, 0, head_end + 1):
        layout.bylined.add(match.group("name"))  # 白鹭 发自 凹非寺: who filed the story, from where
        layout.skipped.append(_line(text, match.start("name")))
    for match in _EN_BYLINE.finditer(text):
        names = match.group("names") or match.group("dated")
        if match.group("dated") and match.start() > head_end:
            continue
        for name in re.split(r",\s*|\s+and\s+", names):
            layout.bylined.add(name.strip())
        # The match may begin on the blank line above (^\s*): skip the line the names are on.
        named = match.start("names" if match.group("names") else "dated")
        layout.skipped.append(_line(text, named))
    if lang == "en":
        for match in _EN_NAME_OVER_DATE.finditer(text, 0, head_end + 1):
            # a person's name (Megan Castellano), not a company's over a press release's
            # dateline ("Lanshu AI", named again in the story)
            name = match.group("name")
            if name.split()[0].lower() in english_given_names() or name not in text[match.end() :]:
                layout.bylined.add(name)
                layout.skipped.append(_line(text, match.start("name")))


def _head_end(text: str) -> int:
    """Where the head of the piece (title, dateline, bylines) ends: after the first lines."""
    lines, position = 0, 0
    for line in text.split("\n"):
        position += len(line) + 1
        if line.strip():
            lines += 1
        if lines >= 8 or position > 600:
            break
    return position


def _line(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _boilerplate(text: str, layout: Layout) -> None:
    for match in _CONTACT.finditer(text):
        end = _paragraph_end(text, match.end())
        layout.contacts.append((match.start(), end))
    for match in _BOILERPLATE.finditer(text):
        # To the next blank-line-separated heading-like line that is not part of it: simply to
        # the end of the next paragraph group (references run to the end of the piece), and
        # never over a media contact block, which says who works where.
        end = _section_end(text, match.end())
        end = min([end, *(s for s, _ in layout.contacts if s > match.end())])
        layout.skipped.append((match.start(), end))


def _section_end(text: str, start: int) -> int:
    """The end of a boilerplate section: the next heading-like line (short, no final stop) that
    follows a blank line, or the end of the text."""
    for match in re.finditer(r"\n\s*\n(?P<line>[^\n]{1,60})\n", text[start:]):
        line = match.group("line").strip()
        if line and not re.search(r"[.。:：,，]$", line) and not re.match(r"^\d+\.", line):
            return start + match.start() + 1
    return len(text)


def _paragraph_end(text: str, start: int) -> int:
    match = re.search(r"\n\s*\n", text[start:])
    return start + match.start() if match else len(text)


def _speech(text: str, lang: str, layout: Layout) -> None:
    """Quoted speech: a quotation long enough to be words said, not a name in quotes."""
    pairs = (("“", "”"), ("「", "」"), ('"', '"')) if lang == "zh" else (("“", "”"), ('"', '"'))
    for opening, closing in pairs:
        position = 0
        while True:
            start = text.find(opening, position)
            if start < 0:
                break
            end = text.find(closing, start + 1)
            if end < 0:
                break
            inner = text[start + 1 : end]
            position = end + 1
            if "\n" in inner and len(inner) > 400:
                position = start + 1
                continue
            words = len(inner.split()) if lang == "en" else len(inner)
            sentence = re.search(r"[，。！？,!?]", inner)
            pitch = _PITCH.match(inner) if lang == "zh" else None
            if pitch:
                # “各位好，我叫禤之行。…”: a founder's own account, read with 我 as the speaker
                who = pitch.group("name") or _presenter_before(text, start)
                layout.answers.append((start + 1, end, who))
            elif (lang == "en" and words >= 5) or (lang == "zh" and (words > 14 or sentence)):
                layout.speech.append((start, end))  # the closing mark may open the next clause


# A quotation that opens as a founder's self-introduction: a pitch or a monologue.
_PITCH = re.compile(
    r"^(?:各位好|大家好|各位评委好|各位投资人好)?[，,！!。\s]*我(?:叫|是)"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?=[，,。；;！!]))?"
)
_PRESENTER = re.compile(
    r"(?:路演人|主讲人|讲者|路演嘉宾|创始人)[：:]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*$"
)


def _presenter_before(text: str, position: int) -> str | None:
    """The name a 路演人：… line gives just before a pitch."""
    lines = text[max(0, position - 200) : position].rstrip().split("\n")
    for line in reversed(lines[-3:]):
        match = _PRESENTER.search(line.strip())
        if match:
            return match.group("name")
    return None


def _interview(text: str, lang: str, layout: Layout) -> None:
    """Interview turns: 问：/答：, "智能涌现：…" against "闻笛：…", or English questions standing
    as lines of their own ("What made you leave?") with the answers after them."""
    if lang == "en":
        _english_interview(text, layout)
        return
    turns = [(m.start(), m.end(), m.group("who")) for m in _ZH_TURN.finditer(text)]
    counts: dict[str, int] = {}
    for _, _, who in turns:
        counts[who] = counts.get(who, 0) + 1
    repeated = [w for w, n in counts.items() if n >= 2 and len(w) >= 2 or w in ("问", "答")]
    if "问" in repeated or "Q" in repeated:
        asking = {"问", "Q"}
        # whoever speaks right after a question answers it, named in full or by surname only
        # (问：… 冼浩賢：… 问：… 冼：…)
        answering = {
            who for (_, _, asked), (_, _, who) in zip(turns, turns[1:], strict=False)
            if asked in asking and who not in asking
        }
    elif len(repeated) >= 2:
        asking = {repeated[0]}  # the first label seen asks: the publication's name
        answering = set(repeated) - asking
    else:
        return
    bounds = [(s, e, w) for s, e, w in turns if w in asking | answering]
    for i, (start, body, who) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        if who in asking:
            layout.questions.append((start, _line(text, body)[1]))
        else:
            layout.answers.append((body, end, None if who in ("答", "A") else who))


def _english_interview(text: str, layout: Layout) -> None:
    if _labelled_turns(text, layout):
        return
    lines = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line), line.strip()))
        position += len(line) + 1
    asked = [
        (s, e)
        for s, e, line in lines
        if line.endswith("?") and len(line) < 240 and (not line.startswith(('"', "“")))
    ]
    if len(asked) < 3:
        return
    layout.questions.extend(asked)
    starts = [s for s, _ in asked] + [len(text)]
    for (_, question_end), next_start in zip(asked, starts[1:], strict=True):
        if next_start > question_end + 1:
            label = _EN_TURN.match(text, question_end + 1)
            speaker = label.group("who") if label else None
            layout.answers.append((question_end + 1, next_start, speaker))


def _labelled_turns(text: str, layout: Layout) -> bool:
    """Turns under speaker labels ("AI Weekly: …" / "Liu: …", "Q:" / "A:"): two labels that
    each recur. The label whose turns end in questions asks; the others answer."""
    turns = [(m.start(), m.end(), m.group("who")) for m in _EN_TURN.finditer(text)]
    # "VALERIA OCAMPO:" once, "OCAMPO:" after: one speaker
    labels = {who for _, _, who in turns}
    turns = [(s, e, w.split()[-1] if w.split()[-1] in labels else w) for s, e, w in turns]
    counts: dict[str, int] = {}
    asks: dict[str, int] = {}
    for _, body, who in turns:
        counts[who] = counts.get(who, 0) + 1
        asks[who] = asks.get(who, 0) + text[body : _line(text, body)[1]].rstrip().endswith("?")
    repeated = [w for w, n in counts.items() if n >= 2]
    if len(repeated) < 2:
        return False
    asking = "Q" if "Q" in repeated else max(repeated, key=lambda w: (asks[w], -repeated.index(w)))
    if asking != "Q" and not asks[asking]:
        return False  # field labels of a list ("At Meituan: …", "Now: …"), not an interview
    kept = [(s, b, w) for s, b, w in turns if w in repeated]
    for i, (start, body, who) in enumerate(kept):
        end = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        if who == asking:
            layout.questions.append((start, _line(text, body)[1]))
        else:
            layout.answers.append((body, end, None if who == "A" else who))
    return True


def _surname_first(name: str) -> bool:
    from pedigree.ingest.text.zh.name_candidates import surnames

    single, compound = surnames()
    return name[:1] in single or name[:2] in compound or "·" in name

