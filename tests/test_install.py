"""What `pip install .` needs to give a working command, whatever pip installs it."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    """The project's runtime dependencies, by normalised name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = (re.match(r"[A-Za-z0-9._-]+", d).group() for d in project["dependencies"])
    return {re.sub(r"[-_.]+", "-", name).lower() for name in names}


def test_lxml_html_clean_is_a_direct_dependency():
    """jusText (under trafilatura) imports lxml.html.clean and asks for it only through the
    extra `lxml[html_clean]`, which the stock pip of `python3 -m venv` (23.x) does not match to
    lxml's `html-clean` extra: the package installed, then failed at the first command."""
    assert "lxml-html-clean" in _declared()
    importlib.import_module("lxml.html.clean")


def test_the_makefile_installs_with_the_stock_pip():
    """`make` must not hide an install that only a newer pip gets right."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--upgrade pip" not in makefile
