"""Errors of the Qt-free core that a person meets in the interface, in the interface language.

The core refuses what it cannot do with a `WorkbenchError` in English: a file that is no workspace, an export
folder that is gone, an edit of the unified model that would break it. `error_text` reads such a message back
through `CoreMessages` (what is wrong with an imported file goes through ui.problem_messages). Messages only
the command line can cause (its options) are left as they are. tests/test_ui_error_messages.py makes the core
raise every error here and checks that each is known.
"""

from __future__ import annotations

from ui.core_messages import CoreMessages
from ui.problem_messages import problem_text
from ui.translations import QT_TRANSLATE_NOOP

ERRORS = CoreMessages(
    "Errors",
    (
        # opening and creating a workspace file
        (r"(.+): no such workspace", QT_TRANSLATE_NOOP("Errors", "{0}: no such workspace")),
        (
            r"(.+): is a folder, not a workspace file",
            QT_TRANSLATE_NOOP("Errors", "{0}: is a folder, not a workspace file"),
        ),
        (r"(.+): cannot read the file: (.+)", QT_TRANSLATE_NOOP("Errors", "{0}: cannot read the file: {1}")),
        (
            r"(.+): not a workbench workspace \(it is not a SQLite database\)",
            QT_TRANSLATE_NOOP("Errors", "{0}: not a workbench workspace (it is not a SQLite database)"),
        ),
        (
            r"(.+): not a workbench workspace \(a SQLite database of another program\)",
            QT_TRANSLATE_NOOP("Errors", "{0}: not a workbench workspace (a SQLite database of another program)"),
        ),
        (
            r"(.+): the workspace file is damaged and cannot be read \((.+)\)",
            QT_TRANSLATE_NOOP("Errors", "{0}: the workspace file is damaged and cannot be read ({1})"),
        ),
        (
            r"(.+): made by a newer version of the workbench \(schema (\S+)\); install a newer workbench to open it",
            QT_TRANSLATE_NOOP(
                "Errors", "{0}: made by a newer version of the workbench (schema {1}); install a newer workbench to "
                "open it"
            ),
        ),
        (
            r"(.+): upgrading from schema (\S+) failed \((.+)\); the file is unchanged and a copy is at (.+)",
            QT_TRANSLATE_NOOP(
                "Errors", "{0}: upgrading from schema {1} failed ({2}); the file is unchanged and a copy is at {3}"
            ),
        ),
        (
            r"(.+): is a folder; give a file name for the workspace",
            QT_TRANSLATE_NOOP("Errors", "{0}: is a folder; give a file name for the workspace"),
        ),
        # writing files (exports, workbooks, minutes)
        (r"(.+): is a folder; give a file name", QT_TRANSLATE_NOOP("Errors", "{0}: is a folder; give a file name")),
        (r"(.+): no such folder", QT_TRANSLATE_NOOP("Errors", "{0}: no such folder")),
        (r"(.+): cannot write here: (.+)", QT_TRANSLATE_NOOP("Errors", "{0}: cannot write here: {1}")),
        (
            r"(.+): is a file; give a folder name or a name ending in \.zip",
            QT_TRANSLATE_NOOP("Errors", "{0}: is a file; give a folder name or a name ending in .zip"),
        ),
        # decisions
        (r"cannot map (\S+) to itself", QT_TRANSLATE_NOOP("Errors", "cannot map {0} to itself")),
        # editing the unified glossary
        (
            r"concept (\S+): a label cannot be empty",
            QT_TRANSLATE_NOOP("Errors", "concept {0}: a label cannot be empty"),
        ),
        (
            r"cannot merge concept (\S+) with itself",
            QT_TRANSLATE_NOOP("Errors", "cannot merge concept {0} with itself"),
        ),
        (
            r"concept (\S+): name at least one member to split out",
            QT_TRANSLATE_NOOP("Errors", "concept {0}: name at least one member to split out"),
        ),
        (r"concept (\S+) has no member (\S+)", QT_TRANSLATE_NOOP("Errors", "concept {0} has no member {1}")),
        (
            r"concept (\S+): splitting out every member would leave it empty",
            QT_TRANSLATE_NOOP("Errors", "concept {0}: splitting out every member would leave it empty"),
        ),
        (r"no unified concept ('\S+')", QT_TRANSLATE_NOOP("Errors", "no unified concept {0}")),
        # editing the unified process model
        (r"a process needs a label", QT_TRANSLATE_NOOP("Errors", "a process needs a label")),
        (r"an activity needs a label", QT_TRANSLATE_NOOP("Errors", "an activity needs a label")),
        (r"process (\S+) needs a label", QT_TRANSLATE_NOOP("Errors", "process {0} needs a label")),
        (r"activity (\S+) needs a label", QT_TRANSLATE_NOOP("Errors", "activity {0} needs a label")),
        (
            r"activity ('.*') already occurs in process ('.*') as ('.*'); each activity occurs only once in the model",
            QT_TRANSLATE_NOOP(
                "Errors", "activity {0} already occurs in process {1} as {2}; each activity occurs only once in the "
                "model"
            ),
        ),
        (r"(\S+) is not traced to (\S+)", QT_TRANSLATE_NOOP("Errors", "{0} is not traced to {1}")),
        (
            r"(.+): the unified process model is not empty",
            QT_TRANSLATE_NOOP("Errors", "{0}: the unified process model is not empty"),
        ),
        (
            r"(.+) holds no 'usm' framework to start the process model from",
            QT_TRANSLATE_NOOP("Errors", "{0} holds no 'usm' framework to start the process model from"),
        ),
        (r"no unified process ('\S+')", QT_TRANSLATE_NOOP("Errors", "no unified process {0}")),
        (r"no unified activity ('\S+')", QT_TRANSLATE_NOOP("Errors", "no unified activity {0}")),
        (r"no unified process or activity ('\S+')", QT_TRANSLATE_NOOP("Errors", "no unified process or activity {0}")),
    ),
)


def error_text(message: str) -> str:
    """`message` (a core error, or a problem with an imported file) in the interface language; one no pattern
    knows is shown as the core wrote it."""
    return ERRORS.text(message) if ERRORS.known(message) else problem_text(message)
