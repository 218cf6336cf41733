"""An error about a parameter names it as the caller knows it: the library by its Python name
(`min_team`), the CLI by its flag (`--min-team`). Below the CLI nothing names a flag."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.analytics.backtest import MatchRule
from pedigree.cli import app
from pedigree.errors import PedigreeError, clip, option
from tests.world import WORLD, write_tables

ROOT = Path(__file__).resolve().parents[1] / "pedigree"
# Modules that speak for a command line of their own: the CLI's terminal renderings (read only
# by the CLI), and the resolution evaluation's own argparse script.
FLAGS_ALLOWED = {"report/terminal.py", "resolve/evaluation.py"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    api.load(path, [write_tables(tmp_path / "world", WORLD)])
    return path


def error_line(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    return lines[0].removeprefix("error: ")


def test_a_marked_parameter_reads_as_its_name_and_a_value_cannot_forge_one():
    error = PedigreeError(f"{option('min_team')}: must be at least 1")
    assert str(error) == "min_team: must be at least 1"
    assert error.shown(lambda name: name.upper()) == "MIN_TEAM: must be at least 1"
    echoed = PedigreeError(f"not a name: {clip(option('x'))}")  # a value holding the mark
    assert str(echoed) == echoed.shown(str.upper) == "not a name: x"


def test_the_library_names_its_parameter_and_the_cli_its_flag(db):
    with pytest.raises(PedigreeError, match="^min_team: must be at least 1$"):
        api.scarcity(db, min_team=0)
    with pytest.raises(PedigreeError, match="^require: unknown requirement 'charm'"):
        api.scarcity(db, require=["charm"])
    line = error_line("--db", db, "scarcity", "--require", "charm")
    assert line.startswith("--require: unknown requirement 'charm'")


def test_the_cli_names_a_parameter_it_calls_otherwise_by_its_own_flag(db, tmp_path):
    with pytest.raises(PedigreeError, match="^criteria: unknown criterion moon"):
        MatchRule.parse("up,moon")
    line = error_line(
        "--db", db, "backtest", "--lineage", "Alpha Vision", "--as-of", "2022", "--match", "moon"
    )
    assert line.startswith("--match: unknown criterion moon")
    missing = tmp_path / "no" / "graph.ftm.json"
    with pytest.raises(PedigreeError, match="^path '"):
        api.export_ftm(db, missing)
    assert error_line("--db", db, "export", "--ftm", missing).startswith("--ftm '")


def test_no_module_below_the_cli_writes_a_flag_into_a_message():
    """String constants outside docstrings, in every module but the CLI's and the web's, name no
    `--flag`: they mark the parameter with `pedigree.errors.option` instead."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in ("cli", "web") or str(relative) in FLAGS_ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and _names_a_flag(node.value)
            ):
                found.append(f"{relative}:{node.lineno}: {node.value[:60]!r}")
    assert found == [], "\n".join(found)


def _names_a_flag(text: str) -> bool:
    return any(
        word.startswith("--") and word[2:3].isalpha() for word in text.replace("(", " ").split()
    )
