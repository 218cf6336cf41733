"""Errors whose message is written for the person at the terminal: one line, no stack trace."""


class PedigreeError(Exception):
    """Base class: the CLI prints the message and exits non-zero."""


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
    text = str(value).replace("\r\n", "\n").replace("\n", "⏎")  # one message, one line
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…({len(text)} chars)"


class StoreBusy(PedigreeError):
    """Another process kept the store locked for longer than the command would wait."""


class NotAStore(PedigreeError):
    """The file is another program's DuckDB database: pedigree neither reads nor writes it."""


class Interrupted(PedigreeError):
    """Ctrl-C: whatever was being written was rolled back. The CLI exits with 130."""
