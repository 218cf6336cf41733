"""Faults the input did not cause still end in one line, never a stack trace (issue 15)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pedigree import api
from pedigree.cli import app

runner = CliRunner()


def broken(error: BaseException):
    def raise_it(*args, **kwargs):
        raise error

    return raise_it


def test_a_bug_is_one_line_saying_so(monkeypatch, tmp_path):
    monkeypatch.delenv("PEDIGREE_DEBUG", raising=False)
    monkeypatch.setattr(api, "info", broken(ValueError("an invariant broke\nsecond line")))
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert result.exit_code == 70
    assert "internal error: ValueError: an invariant broke (a bug in pedigree" in result.output
    assert "second line" not in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("error", [RecursionError("maximum recursion depth"), MemoryError()])
def test_running_out_of_stack_or_memory_is_one_line(monkeypatch, tmp_path, error):
    monkeypatch.delenv("PEDIGREE_DEBUG", raising=False)
    monkeypatch.setattr(api, "info", broken(error))
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert result.exit_code == 70
    assert f"internal error: {type(error).__name__}" in result.output


def test_debug_shows_where(monkeypatch, tmp_path):
    monkeypatch.setenv("PEDIGREE_DEBUG", "1")
    monkeypatch.setattr(api, "info", broken(ValueError("an invariant broke")))
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert isinstance(result.exception, ValueError)


def test_an_operating_system_error_names_the_file(monkeypatch, tmp_path):
    monkeypatch.setattr(
        api, "info", broken(PermissionError(13, "Permission denied", "/data/store.duckdb"))
    )
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert result.exit_code == 1
    assert "error: /data/store.duckdb: Permission denied" in result.output


def test_ctrl_c_is_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(api, "info", broken(KeyboardInterrupt()))
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert result.exit_code == 130
    assert result.output.strip() == "interrupted"


def test_a_usage_error_raised_inside_a_command_stays_a_usage_error(monkeypatch, tmp_path):
    import typer

    monkeypatch.setattr(api, "info", broken(typer.BadParameter("no such value", param_hint="--x")))
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "info"])
    assert result.exit_code == 2
    assert "internal error" not in result.output
