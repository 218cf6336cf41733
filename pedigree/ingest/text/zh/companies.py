"""The company a Chinese document is about: the company it is headed by or defines as its own
(a filing's 本公司), else the one it introduces most, not one first named as someone's
employer."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from pedigree.ingest.text.entities import Entity
from pedigree.ingest.text.zh.lexicon import TITLE_WORD
from pedigree.ingest.text.zh.org_forms import INSTITUTION_ENDINGS
from pedigree.ingest.text.zh.org_named import FILER

# After an employer's name: the post held or the work done there (在X担任, 在X（「X」）工作).
_WORKS_THERE = re.compile(r"(?:[（(][^)）]{0,12}[)）])?[，,]?(?:担任|任职|任|工作|做|实习)")
_POST_THERE = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{0,8}}?{TITLE_WORD}")
# A filing's definition of its own company: 「本公司」指X, 「本公司」为X, X（以下简称「本公司」）.
_OWN_DEFINED = re.compile(
    r"[「“\"]本(?:公司|集团)[」”\"]\s?(?:指|是指|即|为|系)\s?(?P<name>\S)"
    # 本公司，即梭行智能科技股份有限公司，主要从事…: said in passing, without quotes
    r"|(?:^|[。；\n])\s?本(?:公司|集团)\s?[，,]?\s?(?:即|亦即)\s?(?P<plain>\S)"
    # （「本公司」）, （「本公司」，连同其附属公司统称「本集团」）
    r"|[（(](?:以下)?(?:简称|称)?[「“\"]本公司[」”\"](?:[)）]|[，,]\s?连同)"
)


# The rest of a page's first line after the company's name, on the company's own site: its
# brand's tail, a bar, and what the page is.
_OWN_PAGE_AFTER = re.compile(
    r"[^|｜\n]{0,6}\s?[|｜]\s?(?:关于我们|团队介绍|团队|核心团队|管理团队|创始团队|公司介绍|加入我们)"
)


class CompanySteps:
    """The reader's steps that find the company a document is about (mixed into
    context.Context, whose text, mentions and notes they use)."""

    @cached_property
    def main_company(self) -> Entity | None:
        """The company the piece is about: the organisation it names most among those it
        introduces (not the alias table's well-known names), else among all."""
        from pedigree.ingest.text.gazetteer import known_organization

        counts = Counter(
            m.entity
            for m in self.mentions.items
            if m.kind == "org" and m.entity is not None and "investor" not in m.entity.roles
        )
        if self.headed_by is not None:
            return self.headed_by
        if self.defined_own is not None:
            return self.defined_own
        # (not a museum or an association a story about a company names often)
        introduced = [
            (e, n)
            for e, n in counts.most_common()
            if not known_organization(e.name) and not e.name.endswith(INSTITUTION_ENDINGS)
        ]
        # (not a director's former employer, named most in a filing's biographies: 闵先生任职于
        # 无锡药明康德…（「药明康德」）)
        introduced = [(e, n) for e, n in introduced if not self._first_named_as_employer(e)]
        # The headline names the company a piece is about (…：敖其琛和他的一禾未来)
        folded = self.text.folded
        opening = len(folded) - len(folded.lstrip())
        headline_end = folded.find("\n", opening)
        headline_end = len(folded) if headline_end < 0 else headline_end
        # (in any of its forms: 晶澄医疗 in the headline, 晶澄医疗(苏州)有限公司 in the text)
        in_headline = {
            m.entity for m in self.mentions.within(opening, headline_end, "org") if m.entity
        }
        titled = [e for e, n in introduced if n >= 2 and e in in_headline]
        if titled:
            return titled[0]
        return introduced[0][0] if introduced else None

    def _first_named_as_employer(self, entity: Entity) -> bool:
        """Whether the text first names `entity` as where someone works (任职于X, 在X担任)."""
        first = next((m for m in self.mentions.items if m.entity is entity), None)
        if first is None:
            return False
        folded = self.text.folded
        before = folded[max(0, first.start - 4) : first.start]
        after = folded[first.end : first.end + 16]
        return bool(
            re.search(r"(?:任职于|就职于|供职于|效力于|服务于)\s?$", before)
            or (re.search(r"[在于]\s?$", before) and _WORKS_THERE.match(after))
            # 前大力教育副总裁蒯天朗创业 (a headline): the post someone held there
            # (此前任蓝鲸优选副总经理, 此前是优信集团金融业务负责人: a post held there before)
            or (re.search(r"(?:[前原]|任|曾是|前是)\s?$", before) and _POST_THERE.match(after))
        )

    @cached_property
    def defined_own(self) -> Entity | None:
        """The company a filing defines as its own, wherever it does so: 「本公司」指韶齿医疗…,
        韶齿医疗（「本公司」）."""
        folded = self.text.folded
        for match in _OWN_DEFINED.finditer(folded):
            group = "name" if match.group("name") else "plain" if match.group("plain") else None
            at = match.start(group) if group else match.start()
            named = self.mentions.within(at, at + 40, "org") if group else [
                m for m in self.mentions.within(max(0, at - 40), at, "org")
            ][-1:]
            if named and named[0].entity is not None:
                return named[0].entity
        return None

    @cached_property
    def headed_by(self) -> Entity | None:
        """The company a document is headed by, its name alone on the first line (a
        prospectus, a filing): every bare role and 本公司 in it is at that company."""
        folded = self.text.folded
        # a filing's header field: 公司简称：联昇光电, 发行人：…
        field = FILER.search(folded[:600])
        if field:
            named = self.mentions.within(field.start("name"), field.end("name") + 1, "org")
            if named and named[0].entity is not None:
                return named[0].entity
        first = next(
            (m for m in self.mentions.items if m.kind == "org" and m.entity is not None), None
        )
        if first is None or folded[: first.start].strip():
            return None
        rest = folded[first.end :].split("\n", 1)[0]
        # 岐元堂中医 ｜ 关于我们 · 团队介绍: a company's own page, headed by its name
        if rest.strip() and not _OWN_PAGE_AFTER.match(rest):
            return None
        return first.entity

    def note_employer(self, position: int, org: Entity) -> None:
        """An organisation named as where someone works — kept only where that is how the
        story first names it (a company it already told of stays the company: 新公司名为匠数
        科技…邬静也已加入匠数科技)."""
        if org not in self.employers_named and all(c is not org for _, c in self._companies):
            self.employers_named[org] = position
