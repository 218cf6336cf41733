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
