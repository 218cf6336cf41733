"""Errors whose message is written for the person at the terminal: one line, no stack trace.

A message that names a parameter marks it with `option("min_team")`, so that each interface names
it its own way: the library by its Python name (`min_team: must be at least 1`), the CLI by its
flag (`--min-team: must be at least 1`, `pedigree.cli.common.friendly`). The library never
names a flag of the CLI.
"""

from __future__ import annotations

from collections.abc import Callable

# What marks a parameter's name in a message: the unit separator, which no text of ours holds
# (`clip` drops it from the values a message echoes).
_MARK = "\x1f"


def option(name: str) -> str:
    """A parameter of the library (`min_team`), as an error message names it."""
    return f"{_MARK}{name}{_MARK}"


def named(message: str, name_of: Callable[[str], str]) -> str:
    """`message` with each marked parameter named by `name_of`."""
    parts = message.split(_MARK)
    return "".join(name_of(part) if i % 2 else part for i, part in enumerate(parts))


class PedigreeError(Exception):
    """Base class: the CLI prints the message and exits non-zero."""

    def __str__(self) -> str:
        return named(super().__str__(), lambda name: name)

    def shown(self, name_of: Callable[[str], str]) -> str:
        """The message with each parameter it names written by `name_of` (a CLI flag)."""
        return named(super().__str__(), name_of)


class StoreMissing(PedigreeError):
    """A command that reads the store was pointed at a file that does not exist."""


class BadInput(PedigreeError):
    """An import was rejected; `problems` holds one `file:line: column: what` line per problem."""

    def __init__(self, problems: list[str], total: int | None = None):
        self.problems = problems
        self.total = total if total is not None else len(problems)
        shown = "\n".join(problems)
        more = self.total - len(problems)
        suffix = f"\n… and {more} more problems" if more > 0 else ""
        super().__init__(shown + suffix)


class NotFound(PedigreeError):
    """No entity has the name that was asked for."""


class Ambiguous(PedigreeError):
    """More than one entity has the name that was asked for."""


CLIP_AT = 80


def clip(value: object, limit: int = CLIP_AT) -> str:
    """A value as an error message echoes it: at most `limit` characters, the rest counted
    (`xxxx…(10000 chars)`), line breaks shown as ⏎, so a 10,000-character name costs one line,
    not a screenful."""
    text = str(value).replace("\r\n", "\n").replace("\n", "⏎").replace(_MARK, "")  # one line
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…({len(text)} chars)"


class StoreBusy(PedigreeError):
    """Another process kept the store locked for longer than the command would wait."""


class NotAStore(PedigreeError):
    """The file is another program's DuckDB database: pedigree neither reads nor writes it."""


class Interrupted(PedigreeError):
    """Ctrl-C: whatever was being written was rolled back. The CLI exits with 130."""
