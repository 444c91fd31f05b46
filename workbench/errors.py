"""The one exception family the core raises for anything a user can fix (bad input, bad reference, bad file).

Every error carries a `Message` (workbench.messages): `str(error)` is its English line for the command line,
and the interface renders `error.message` in its own language.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.messages import Joined, Message, Template

FILE_PROBLEMS = Template("file.problems", "{source}: {problems}")
FILE_PROBLEMS_MORE = Template("file.problems-more", "{source}: {problems} (and {more} more)")
FAILED = Template("failure.unexpected", "{what} failed: {error}")
"""Something no check foresaw (a bug, most likely): said in one line rather than a traceback."""
OS_ERROR = Template("failure.os", "{error}")
"""An operating system error (a file, a disk) as the system words it."""
SHOWN_PROBLEMS = 3
"""A file's first problems named in its one-line message; the rest are counted (and listed where there is room)."""


class WorkbenchError(Exception):
    """A problem the user can act on; its message is one line that names the file, row, column or ref."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(self.message))


class ParseError(WorkbenchError, ValueError):
    """Text that does not read as what it should be (a predicate, a reference); a ValueError too, so parsers'
    callers that test for one keep working."""


class FileProblemsError(WorkbenchError):
    """A file with one or more problems; `problems` holds every finding, each a message naming where and what.

    The message names the file and shows the first three, so a command line stays one line long.
    """

    def __init__(self, source: str, problems: Sequence[Message]) -> None:
        self.source = source
        self.problems = list(problems)
        shown = Joined(tuple(self.problems[:SHOWN_PROBLEMS]), "; ")
        more = len(self.problems) - SHOWN_PROBLEMS
        super().__init__(
            FILE_PROBLEMS_MORE(source=source, problems=shown, more=more)
            if more > 0
            else FILE_PROBLEMS(source=source, problems=shown)
        )
