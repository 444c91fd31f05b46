"""The one exception family the core raises for anything a user can fix (bad input, bad reference, bad file)."""


class WorkbenchError(Exception):
    """A problem the user can act on; its message is one line that names the file, row, column or ref."""


class FileProblemsError(WorkbenchError):
    """A file with one or more problems; `problems` holds every finding, one line each (where and what).

    The message names the file and shows the first three, so a command line stays one line long.
    """

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        super().__init__(f"{source}: {shown}")
