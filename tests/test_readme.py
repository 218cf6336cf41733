"""The README's tour, run as written: every `pedigree …` line of its ```sh blocks, in order, in a
fresh folder with a fresh store, then its ```python blocks. A command must exit 0 and print no
traceback. A line whose comment says "runs until stopped" (a server) is not run; no README
command may need the network."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from pedigree.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
NOT_RUN = "runs until stopped"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(text) if lang == language]


def tour(text: str) -> list[list[str]]:
    """The arguments of each `pedigree` line of the sh blocks, comments dropped."""
    return [
        shlex.split(line, comments=True)[1:]
        for body in blocks(text, "sh")
        for line in body.splitlines()
        if line.startswith("pedigree ") and NOT_RUN not in line
    ]


def test_the_tour_uses_only_files_a_new_user_has():
    commands = tour(README)
    assert len(commands) >= 20
    # The bundled examples, copied out before they are used.
    copied = next(i for i, args in enumerate(commands) if args[0] == "examples")
    used = [arg for args in commands[:copied] for arg in args if arg.startswith("examples/")]
    assert not used, f"{used} read before `pedigree examples` copies them"
    for arg in (arg for args in commands[copied + 1 :] for arg in args):
        if arg.startswith("examples/"):
            assert (ROOT / "pedigree/data" / arg).exists(), arg


def test_a_line_marked_as_running_until_stopped_is_left_out():
    text = (
        "```sh\npedigree examples examples/   # copy\npedigree serve   # runs until stopped\n```\n"
    )
    assert tour(text) == [["examples", "examples/"]]


def test_every_readme_command_runs_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PEDIGREE_DB", raising=False)
    runner = CliRunner()
    for args in tour(README):
        result = runner.invoke(app, args)
        shown = "pedigree " + shlex.join(args)
        assert "Traceback" not in result.output, f"{shown}\n{result.output}"
        assert result.exit_code == 0, f"{shown} exited {result.exit_code}\n{result.output}"
        assert result.exception is None or isinstance(result.exception, SystemExit), shown
    for snippet in blocks(README, "python"):
        exec(compile(snippet, "README.md", "exec"), {})
