"""Messages of the Qt-free core in the interface language.

The core (workbench/) writes its messages in English from fixed patterns and knows nothing of Qt. A
`CoreMessages` table pairs each pattern, as a regular expression over the English text, with the same message as
a translatable template; a message is read back into its parts and written again through Qt's translation. The
parts (references, labels, file names, counts) stay as they are, unless the table's `part` function says
otherwise (relation words, for instance). A message no pattern knows is shown as the core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ui.translations import translate


class CoreMessages:
    def __init__(
        self,
        context: str,
        patterns: Iterable[tuple[str, str]],
        part: Callable[[str], str] = lambda text: text,
    ) -> None:
        """`patterns`: (regular expression over the English message, template marked with QT_TRANSLATE_NOOP in
        `context`, with {0}, {1}, ... for the expression's groups in order)."""
        self.context = context
        self.patterns = [(re.compile(pattern), template) for pattern, template in patterns]
        self.part = part

    def known(self, message: str) -> bool:
        return any(pattern.fullmatch(message) for pattern, _ in self.patterns)

    def text(self, message: str) -> str:
        """`message` in the interface language."""
        for pattern, template in self.patterns:
            found = pattern.fullmatch(message)
            if found:
                return translate(self.context, template).format(*(self.part(part) for part in found.groups()))
        return message
