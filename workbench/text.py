"""Control characters out of text: removed at import, never written into an export, never sent to a terminal.

A label carrying ESC sequences would recolour or clear a terminal when printed; NUL and the other C0 and C1
control characters are invisible in a spreadsheet, break XML, and split SSSOM and CSV readers. None of them
belongs in a glossary. Tab, line feed and carriage return stay in stored text (definitions have paragraphs);
`for_terminal` removes the carriage return too, which could overwrite a printed line.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without control characters other than tab, line feed and carriage return."""
    # isprintable() first: it runs in C and is true for nearly every cell an export writes (one line of text).
    if text.isprintable() or _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text)


def has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def for_terminal(text: str) -> str:
    """`text` safe to print: no control character but tab and line feed."""
    return _TERMINAL.sub("", text)
