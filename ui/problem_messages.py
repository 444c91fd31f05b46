"""What the importers find wrong with a file, in the interface language, read back through `CoreMessages`.

A problem is usually a place and what is wrong there: "sheet Terms, row 4, column B: the label is empty",
"line 7, column object_id: framework 'x' has no entry 'y'". Places and problems are read separately, so each
problem is translated once whatever place it is found at. tests/test_ui_problem_messages.py makes the importers
write every problem and checks that each one is known and each pattern here is used.
"""

from __future__ import annotations

from ui.core_messages import CoreMessages
from ui.translations import QT_TRANSLATE_NOOP

PLACES = CoreMessages(
    "FileProblems",
    (
        (r"sheet (.+), row (\d+), column (\S+)", QT_TRANSLATE_NOOP("FileProblems", "sheet {0}, row {1}, column {2}")),
        (r"sheet (.+), row (\d+)", QT_TRANSLATE_NOOP("FileProblems", "sheet {0}, row {1}")),
        (r"line (\d+), column (\S+)", QT_TRANSLATE_NOOP("FileProblems", "line {0}, column {1}")),
        (r"line (\d+)", QT_TRANSLATE_NOOP("FileProblems", "line {0}")),
        (r"sheet (.+)", QT_TRANSLATE_NOOP("FileProblems", "sheet {0}")),
    ),
)


def _place_or_text(part: str) -> str:
    # "first at sheet Terms, row 3, column A": a place inside a problem is translated as a place.
    return PLACES.text(part)


PROBLEMS = CoreMessages(
    "FileProblems",
    (
        # spreadsheets (.xlsx and .csv)
        (
            r"not an Excel \.xlsx workbook \(the file is not a zip package\)",
            QT_TRANSLATE_NOOP("FileProblems", "not an Excel .xlsx workbook (the file is not a zip package)"),
        ),
        (
            r"not a readable \.xlsx workbook: (.+)",
            QT_TRANSLATE_NOOP("FileProblems", "not a readable .xlsx workbook: {0}"),
        ),
        (
            r"not a readable \.xlsx workbook \((\w+)\)",
            QT_TRANSLATE_NOOP("FileProblems", "not a readable .xlsx workbook ({0})"),
        ),
        (r"not readable \((.+)\)", QT_TRANSLATE_NOOP("FileProblems", "not readable ({0})")),
        (r"the file is larger than (\d+) MB", QT_TRANSLATE_NOOP("FileProblems", "the file is larger than {0} MB")),
        (
            r"not UTF-8 text \(byte (\d+)\); save the CSV as UTF-8",
            QT_TRANSLATE_NOOP("FileProblems", "not UTF-8 text (byte {0}); save the CSV as UTF-8"),
        ),
        (
            r"not a text file \(it holds NUL bytes\)",
            QT_TRANSLATE_NOOP("FileProblems", "not a text file (it holds NUL bytes)"),
        ),
        (r"not a readable CSV file: (.+)", QT_TRANSLATE_NOOP("FileProblems", "not a readable CSV file: {0}")),
        (
            r"holds a formula; type the value instead",
            QT_TRANSLATE_NOOP("FileProblems", "holds a formula; type the value instead"),
        ),
        (
            r"holds a formula; paste values instead",
            QT_TRANSLATE_NOOP("FileProblems", "holds a formula; paste values instead"),
        ),
        (
            r"no heading row with a label column \(Label, Term, Begrepp \.\.\.\) in the first (\d+) rows",
            QT_TRANSLATE_NOOP(
                "FileProblems", "no heading row with a label column (Label, Term, Begrepp ...) in the first {0} rows"
            ),
        ),
        (
            r"a second ('.*') column \(('.*')\); keep one",
            QT_TRANSLATE_NOOP("FileProblems", "a second {0} column ({1}); keep one"),
        ),
        (r"more than (\d+) columns", QT_TRANSLATE_NOOP("FileProblems", "more than {0} columns")),
        (
            r"more than (\d+) rows; split the framework or remove empty rows",
            QT_TRANSLATE_NOOP("FileProblems", "more than {0} rows; split the framework or remove empty rows"),
        ),
        (
            r"no framework key: add an About sheet with a 'key' row, or give --framework KEY",
            QT_TRANSLATE_NOOP(
                "FileProblems", "no framework key: add an About sheet with a 'key' row, or give --framework KEY"
            ),
        ),
        (
            r"framework key ('.*'): use lower case letters, digits and '-'",
            QT_TRANSLATE_NOOP("FileProblems", "framework key {0}: use lower case letters, digits and '-'"),
        ),
        (
            r"About: language ('.*') is not a language tag such as en or sv",
            QT_TRANSLATE_NOOP("FileProblems", "About: language {0} is not a language tag such as en or sv"),
        ),
        (
            r"no entries: the file has no rows under a heading row with a label column",
            QT_TRANSLATE_NOOP(
                "FileProblems", "no entries: the file has no rows under a heading row with a label column"
            ),
        ),
        (r"the label is empty", QT_TRANSLATE_NOOP("FileProblems", "the label is empty")),
        (
            r"key ('.*') may only hold lower case letters, digits and '-'",
            QT_TRANSLATE_NOOP("FileProblems", "key {0} may only hold lower case letters, digits and '-'"),
        ),
        (
            r"key ('.*') is used twice \(first at (.+)\)",
            QT_TRANSLATE_NOOP("FileProblems", "key {0} is used twice (first at {1})"),
        ),
        (
            r"parent ('.*') is no key or label in this file",
            QT_TRANSLATE_NOOP("FileProblems", "parent {0} is no key or label in this file"),
        ),
        (
            r"kind ('.*') is not term, process or activity",
            QT_TRANSLATE_NOOP("FileProblems", "kind {0} is not term, process or activity"),
        ),
        (
            r"an activity needs a parent process",
            QT_TRANSLATE_NOOP("FileProblems", "an activity needs a parent process"),
        ),
        (r"parent ('.*') is not a process", QT_TRANSLATE_NOOP("FileProblems", "parent {0} is not a process")),
        (
            r"only activities have a parent \(this is a (\w+)\)",
            QT_TRANSLATE_NOOP("FileProblems", "only activities have a parent (this is a {0})"),
        ),
        (
            r"('.*') is no key or label in this file",
            QT_TRANSLATE_NOOP("FileProblems", "{0} is no key or label in this file"),
        ),
        (r"cannot read: (.+)", QT_TRANSLATE_NOOP("FileProblems", "cannot read: {0}")),
        (
            r"no sheet with a heading row holding a label column \(Label, Term, Begrepp \.\.\.\)",
            QT_TRANSLATE_NOOP(
                "FileProblems", "no sheet with a heading row holding a label column (Label, Term, Begrepp ...)"
            ),
        ),
        (r"nothing to import", QT_TRANSLATE_NOOP("FileProblems", "nothing to import")),
        # SSSOM mapping sets
        (
            r"not UTF-8 text \(byte (\d+)\): is this an SSSOM TSV file\?",
            QT_TRANSLATE_NOOP("FileProblems", "not UTF-8 text (byte {0}): is this an SSSOM TSV file?"),
        ),
        (
            r"the '#' metadata block is not valid YAML",
            QT_TRANSLATE_NOOP("FileProblems", "the '#' metadata block is not valid YAML"),
        ),
        (
            r"the '#' metadata block must hold 'name: value' pairs",
            QT_TRANSLATE_NOOP("FileProblems", "the '#' metadata block must hold 'name: value' pairs"),
        ),
        (
            r"curie_map in the metadata block must map prefixes to IRIs",
            QT_TRANSLATE_NOOP("FileProblems", "curie_map in the metadata block must map prefixes to IRIs"),
        ),
        (
            r"no header row after the metadata block",
            QT_TRANSLATE_NOOP("FileProblems", "no header row after the metadata block"),
        ),
        (r"not a readable TSV table: (.+)", QT_TRANSLATE_NOOP("FileProblems", "not a readable TSV table: {0}")),
        (r"missing column\(s\) (.+)", QT_TRANSLATE_NOOP("FileProblems", "missing column(s) {0}")),
        (
            r"(\d+) cells but the header has (\d+) columns",
            QT_TRANSLATE_NOOP("FileProblems", "{0} cells but the header has {1} columns"),
        ),
        (
            r"(\S+) and (\S+) are decided again \(first on line (\d+)\)",
            QT_TRANSLATE_NOOP("FileProblems", "{0} and {1} are decided again (first on line {2})"),
        ),
        (
            r"('.*') is not a CURIE such as itil4:incident",
            QT_TRANSLATE_NOOP("FileProblems", "{0} is not a CURIE such as itil4:incident"),
        ),
        (
            r"prefix ('.*') is no framework of this workspace",
            QT_TRANSLATE_NOOP("FileProblems", "prefix {0} is no framework of this workspace"),
        ),
        (
            r"framework ('.*') has no entry ('.*')",
            QT_TRANSLATE_NOOP("FileProblems", "framework {0} has no entry {1}"),
        ),
        (
            r"('.*') is not one of the SKOS mapping predicates",
            QT_TRANSLATE_NOOP("FileProblems", "{0} is not one of the SKOS mapping predicates"),
        ),
        (r"('.*') must be empty or Not", QT_TRANSLATE_NOOP("FileProblems", "{0} must be empty or Not")),
        (r"('.*') is not a number from 0 to 1", QT_TRANSLATE_NOOP("FileProblems", "{0} is not a number from 0 to 1")),
        (r"('.*') is not a date \(YYYY-MM-DD\)", QT_TRANSLATE_NOOP("FileProblems", "{0} is not a date (YYYY-MM-DD)")),
        (r"(\S+) is mapped to itself", QT_TRANSLATE_NOOP("FileProblems", "{0} is mapped to itself")),
        # ontologies (OWL, SKOS)
        (r"not valid RDF \((\S+)\): (.+)", QT_TRANSLATE_NOOP("FileProblems", "not valid RDF ({0}): {1}")),
        (r"no owl:Class or property found", QT_TRANSLATE_NOOP("FileProblems", "no owl:Class or property found")),
        (r"no skos:Concept found", QT_TRANSLATE_NOOP("FileProblems", "no skos:Concept found")),
        (
            r"two concept schemes would both be framework ('.*'): (\S+) and (\S+)",
            QT_TRANSLATE_NOOP("FileProblems", "two concept schemes would both be framework {0}: {1} and {2}"),
        ),
        (
            r"no concept scheme with key ('.*'); the file holds: (.*)",
            QT_TRANSLATE_NOOP("FileProblems", "no concept scheme with key {0}; the file holds: {1}"),
        ),
        # a file that cannot be imported at all (the message names it)
        (r"(.+): no such file", QT_TRANSLATE_NOOP("FileProblems", "{0}: no such file")),
        (r"(.+): cannot read the file \((.+)\)", QT_TRANSLATE_NOOP("FileProblems", "{0}: cannot read the file ({1})")),
        (
            r"(.+): this is a CSV file; import it with --format csv",
            QT_TRANSLATE_NOOP("FileProblems", "{0}: this is a CSV file; import it with --format csv"),
        ),
        (
            r"(.+): cannot tell the format from the name; give --format \((.+)\)",
            QT_TRANSLATE_NOOP("FileProblems", "{0}: cannot tell the format from the name; give --format ({1})"),
        ),
        (
            r"(.+): cannot make a framework key from the file name; give --framework KEY",
            QT_TRANSLATE_NOOP(
                "FileProblems", "{0}: cannot make a framework key from the file name; give --framework KEY"
            ),
        ),
    ),
    part=_place_or_text,
)


def problem_known(message: str) -> bool:
    return _read(message) is not None


def problem_text(message: str) -> str:
    """`message` in the interface language; a problem no pattern knows is shown as the core wrote it."""
    read = _read(message)
    return message if read is None else read


def _read(message: str) -> str | None:
    if PROBLEMS.known(message):
        return PROBLEMS.text(message)
    # "<place>: <problem>": the place is the shortest beginning that reads as one.
    cut = message.find(": ")
    while cut >= 0:
        place, problem = message[:cut], message[cut + 2 :]
        if PLACES.known(place) and PROBLEMS.known(problem):
            return f"{PLACES.text(place)}: {PROBLEMS.text(problem)}"
        cut = message.find(": ", cut + 1)
    return None
