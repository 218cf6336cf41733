"""The README's tour, run as written: every `pedigree …` line of its ```sh blocks, in order, in a
fresh folder with a fresh store, then its ```python blocks. A command must exit 0 and print no
traceback. A line whose comment says "runs until stopped" (a server) is not run; no README
command may need the network."""

from __future__ import annotations

import json
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


# Commands that never end by themselves: the tour must mark them (NOT_RUN) rather than hang.
SERVERS = {"serve"}


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
    servers = [args for args in commands if args[0] in SERVERS]
    assert not servers, f"{servers}: mark a server's line with the comment '# {NOT_RUN}'"
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
    for args in [args for args in tour(README) if args[0] not in SERVERS]:
        result = runner.invoke(app, args)
        shown = "pedigree " + shlex.join(args)
        assert "Traceback" not in result.output, f"{shown}\n{result.output}"
        assert result.exit_code == 0, f"{shown} exited {result.exit_code}\n{result.output}"
        assert result.exception is None or isinstance(result.exception, SystemExit), shown
    for snippet in blocks(README, "python"):
        exec(compile(snippet, "README.md", "exec"), {})


def test_examples_are_copied_and_a_users_own_file_is_kept(tmp_path):
    runner = CliRunner()
    first = runner.invoke(app, ["examples", str(tmp_path / "ex")])
    assert first.exit_code == 0 and "written" in first.stdout
    assert (tmp_path / "ex/tables/stints.csv").is_file() and (tmp_path / "ex/article.txt").is_file()
    (tmp_path / "ex/article.txt").write_text("my own notes", encoding="utf-8")
    again = runner.invoke(app, ["examples", str(tmp_path / "ex"), "--json"])
    status = {Path(row["path"]).name: row["status"] for row in json.loads(again.stdout)}
    assert status["article.txt"] == "kept" and status["bios.md"] == "unchanged"
    assert (tmp_path / "ex/article.txt").read_text(encoding="utf-8") == "my own notes"
    forced = runner.invoke(app, ["examples", str(tmp_path / "ex"), "--force"])
    assert forced.exit_code == 0 and "my own" not in (tmp_path / "ex/article.txt").read_text()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    refused = runner.invoke(app, ["examples", str(tmp_path / "afile")])
    assert refused.exit_code == 1 and "is a file; give a folder" in refused.output
    missing = runner.invoke(app, ["examples", str(tmp_path / "no/such/folder")])
    assert missing.exit_code == 1 and "does not exist" in missing.output


def _commands() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_help_shows_no_python_type_markers():
    runner = CliRunner()
    for command in [None, *_commands()]:
        result = runner.invoke(app, [command, "--help"] if command else ["--help"])
        assert result.exit_code == 0, command
        for marker in ("<bool>", "<list[", "<str>", "<int>", "<path>", "{paths}", "LIST["):
            assert marker not in result.stdout, f"{command} --help shows {marker}"
    load = runner.invoke(app, ["load", "--help"]).stdout
    assert "PATHS..." in load and "PATH " in load  # click's words: the argument, --rejects PATH


def test_output_to_a_pipe_is_not_wrapped(tmp_path, monkeypatch):
    import io

    from pedigree.cli.common import PIPE_WIDTH, _Console

    monkeypatch.delenv("COLUMNS", raising=False)
    piped = _Console(file=io.StringIO())
    assert piped.width == PIPE_WIDTH
    line = "run `pedigree why person:张明远@doc:54f7226683fab017 zhang-mingyuan` " * 4
    piped.print(line)
    assert piped.file.getvalue().count("\n") == 1  # one line, however long
    monkeypatch.setenv("COLUMNS", "60")
    assert _Console(file=io.StringIO()).width == 60  # a width the user asks for still holds
