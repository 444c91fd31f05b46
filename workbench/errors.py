"""The one exception family the core raises for anything a user can fix (bad input, bad reference, bad file)."""


class WorkbenchError(Exception):
    """A problem the user can act on; its message is one line that names the file, row, column or ref."""
