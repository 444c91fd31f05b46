"""What an import says (its summary and notes) in the interface language, read back through `CoreMessages`.

The importers in workbench/importers write these in English; tests/test_ui_import_messages.py imports files of
every kind, with updates and conflicts, and checks that every summary and note they write is known.
"""

from __future__ import annotations

from ui.core_messages import CoreMessages
from ui.translations import QT_TRANSLATE_NOOP

IMPORT_MESSAGES = CoreMessages(
    "ImportMessages",
    (
        (
            r"(.+): added framework '(.+)' with (\d+) entries",
            QT_TRANSLATE_NOOP("ImportMessages", "{0}: added framework '{1}' with {2} entries"),
        ),
        (
            r"(.+): updated framework '(.+)': (\d+) entries kept \(with their mappings\), (\d+) added, (\d+) removed",
            QT_TRANSLATE_NOOP(
                "ImportMessages",
                "{0}: updated framework '{1}': {2} entries kept (with their mappings), {3} added, {4} removed",
            ),
        ),
        (
            r"imported (\S+) from (.+): (\d+) entries \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "imported {0} from {1}: {2} entries ({3})"),
        ),
        (
            r"(.+): (\d+) framework\(s\) added \((.+)\), (\d+) updated \((.+)\), (\d+) entries, "
            r"(\d+) mapping\(s\) added",
            QT_TRANSLATE_NOOP(
                "ImportMessages",
                "{0}: {1} framework(s) added ({2}), {3} updated ({4}), {5} entries, {6} mapping(s) added",
            ),
        ),
        (
            r"(.+): 0 framework\(s\) added, (\d+) updated \((.+)\), (\d+) entries, (\d+) mapping\(s\) added",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "{0}: {1} framework(s) updated ({2}), {3} entries, {4} mapping(s) added"
            ),
        ),
        (
            r"(.+): (\d+) framework\(s\) added \((.+)\), (\d+) entries, (\d+) mapping\(s\) added",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "{0}: {1} framework(s) added ({2}), {3} entries, {4} mapping(s) added"
            ),
        ),
        (
            r"(.+): (\d+) mapping\(s\) added, (\d+) identical merged, (\d+) conflicting left for review",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "{0}: {1} mapping(s) added, {2} identical merged, {3} conflicting left for review"
            ),
        ),
        (
            r"entry (\S+) is not in the new edition and was removed",
            QT_TRANSLATE_NOOP("ImportMessages", "entry {0} is not in the new edition and was removed"),
        ),
        (
            r"decision removed with it: (.+)",
            QT_TRANSLATE_NOOP("ImportMessages", "decision removed with it: {0}"),
        ),
        (
            r"scheme (.+): a unified glossary exported by this tool, not imported \(run 'workbench unify' to rebuild "
            r"it from the decisions\)",
            QT_TRANSLATE_NOOP(
                "ImportMessages",
                "scheme {0}: a unified glossary exported by this tool, not imported (run 'workbench unify' to "
                "rebuild it from the decisions)",
            ),
        ),
        (
            r"line (\d+): (.+) conflicts with the workspace's decision '(.+)' \(by (.*)\); kept the workspace's, "
            r"please review",
            QT_TRANSLATE_NOOP(
                "ImportMessages",
                "line {0}: {1} conflicts with the workspace's decision '{2}' (by {3}); kept the workspace's, please "
                "review",
            ),
        ),
    ),
)


def import_text(message: str) -> str:
    """An import's summary or note in the interface language."""
    return IMPORT_MESSAGES.text(message)
