"""The CJK font every chart uses, so Chinese labels render on a fresh machine.

Noto Sans CJK SC ships inside the `mplfonts` package (a project dependency), so nothing depends on
the fonts a system happens to have. It covers Simplified and Traditional Chinese, Latin and digits.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"


def cjk_font_path() -> Path:
    return Path(str(files("mplfonts").joinpath("fonts", CJK_FONT_FILE)))


@cache
def cjk_font_family() -> str:
    """Register the bundled font with matplotlib and make it the default; returns its family.

    SVG output keeps labels as text (`svg.fonttype='none'`), naming this family, so the labels
    stay searchable and editable; PNG output draws the glyphs from the font file itself."""
    import matplotlib

    matplotlib.use("Agg")  # charts are files; never open a window
    from matplotlib import font_manager

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["svg.fonttype"] = "none"
    # Fixed salt: SVG ids (clip paths) no longer depend on memory addresses, so one chart of
    # the same data is the same file every time.
    matplotlib.rcParams["svg.hashsalt"] = "pedigree"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
