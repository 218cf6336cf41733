"""What keeps a report one self-contained file: charts inlined as SVG elements, and a check
that the document references nothing outside itself."""

from __future__ import annotations

import re

from pedigree.errors import PedigreeError

_SVG_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.S)
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>", re.S)
_SVG_NAMESPACES = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


_SVG_IDS = re.compile(r'(\bid="|href="#|url\(#)([^"\)]+)')


def inline_svg(svg: str, name: str) -> str:
    """Matplotlib's SVG file as an element for HTML: no XML prolog or DOCTYPE, no RDF metadata,
    no namespace declarations (HTML's parser knows SVG; none of them may point at the web), and
    its ids prefixed with the chart's `name`, unique in the page, so two charts never share one
    (figure_1, clip paths) and the same report is the same document every time."""
    svg = _SVG_PROLOG.sub("", svg, count=1)
    svg = _SVG_METADATA.sub("", svg)
    svg = _SVG_NAMESPACES.sub("", svg)
    prefix = f"{re.sub(r'[^A-Za-z0-9_-]', '_', name)}-"
    return _SVG_IDS.sub(lambda m: m.group(1) + prefix + m.group(2), svg)


# What a document may load: in-page anchors and inline data only. A link a reader clicks
# (<a href="https://…">) loads nothing until clicked, so it is allowed. Only markup is scanned
# (tags and style sheets): text is escaped, so "src=" in a name is not a reference.
_MARKUP = re.compile(r"<style\b[^>]*>.*?</style>|<[a-zA-Z][^>]*>", re.S)
_LINK = re.compile(r"<a\s", re.I)
_WEB = re.compile(r"https?://", re.I)
_REFERENCE = re.compile(
    r"""(?:\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*["']?\s*([^"'\s>]*))"""
    r"""|(?:url\(\s*["']?\s*([^"')\s]*))|(?:@import\s+(?:url\(\s*)?["']?\s*([^"');\s]*))""",
    re.I,
)


def external_references(document: str) -> list[str]:
    """Every src/href/url()/@import target in `document`'s markup that is neither a `#…`
    anchor, a `data:` URI nor the web address of a link (`<a href="https://…">`): what a
    browser would fetch on opening the file (should be none)."""
    bad = []
    for markup in _MARKUP.finditer(document):
        tag = markup.group()
        link = _LINK.match(tag) is not None
        for match in _REFERENCE.finditer(tag):
            target = next(g for g in match.groups() if g is not None)
            if target.startswith("#") or target.lower().startswith("data:"):
                continue
            if link and match.group(1) is not None and _WEB.match(target):
                continue
            bad.append(target)
    return bad


def assert_offline(document: str) -> None:
    bad = external_references(document)
    if bad:
        raise PedigreeError(f"report would load external resources: {', '.join(bad[:3])}")
