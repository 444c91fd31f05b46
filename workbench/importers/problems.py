"""What the importers find wrong with a file, and where: every problem a message (workbench.messages).

A problem is usually a place and what is wrong there (`AT`): "sheet Terms, row 4, column B: the label is empty".
Places are messages too, so the interface translates them, and the import wizard lists problems in the file's
order from the places' parameters, never by reading text back.
"""

from __future__ import annotations

from workbench.messages import Message, Template

AT = Template("problem.at", "{place}: {problem}")

SHEET_ROW_COLUMN = Template("place.sheet-row-column", "sheet {sheet}, row {row}, column {column}")
SHEET_ROW = Template("place.sheet-row", "sheet {sheet}, row {row}")
SHEET = Template("place.sheet", "sheet {sheet}")
LINE_COLUMN = Template("place.line-column", "line {line}, column {column}")
LINE = Template("place.line", "line {line}")
ABOUT = Template("place.about", "About")

# Spreadsheets (.xlsx and .csv)
NOT_A_ZIP = Template("xlsx.not-a-zip", "not an Excel .xlsx workbook (the file is not a zip package)")
UNREADABLE_XLSX = Template("xlsx.unreadable", "not a readable .xlsx workbook: {detail}")
UNREADABLE_SHEET = Template("xlsx.sheet-unreadable", "not readable ({detail})")
FILE_TOO_LARGE = Template("import.file-too-large", "the file is {size} MB; at most {limit} MB are read")
NOT_UTF8_CSV = Template("csv.not-utf8", "not UTF-8 text (byte {byte}); save the CSV as UTF-8")
NUL_BYTES = Template("csv.nul", "not a text file (it holds NUL bytes)")
UNREADABLE_CSV = Template("csv.unreadable", "not a readable CSV file: {detail}")
FORMULA_ABOUT = Template("sheet.formula-about", "holds a formula; type the value instead")
FORMULA = Template("sheet.formula", "holds a formula; paste values instead")
NO_HEADING = Template(
    "sheet.no-heading", "no heading row with a label column (Label, Term, Begrepp ...) in the first {rows} rows"
)
SECOND_COLUMN = Template("sheet.second-column", "a second '{field}' column ('{heading}'); keep one")
TOO_MANY_COLUMNS = Template("sheet.too-many-columns", "more than {limit} columns")
NO_KEY = Template("sheet.no-key", "no framework key: add an About sheet with a 'key' row, or give --framework KEY")
BAD_FRAMEWORK_KEY = Template("sheet.bad-framework-key", "framework key '{key}': use lower case letters, digits and '-'")
BAD_LANGUAGE = Template("sheet.bad-language", "language '{language}' is not a language tag such as en or sv")
NO_ENTRIES = Template("sheet.no-entries", "no entries: the file has no rows under a heading row with a label column")
EMPTY_LABEL = Template("sheet.empty-label", "the label is empty")
BAD_KEY = Template("sheet.bad-key", "key '{key}' may only hold lower case letters, digits and '-'")
KEY_TWICE = Template("sheet.key-twice", "key '{key}' is used twice (first at {first})")
UNKNOWN_PARENT = Template("sheet.unknown-parent", "parent '{parent}' is no key or label in this file")
UNKNOWN_KIND = Template("sheet.unknown-kind", "kind '{kind}' is not term, process or activity")
ACTIVITY_WITHOUT_PARENT = Template("sheet.activity-without-parent", "an activity needs a parent process")
PARENT_NOT_A_PROCESS = Template("sheet.parent-not-a-process", "parent '{parent}' is not a process")
PARENT_OF_NON_ACTIVITY = Template("sheet.parent-of-non-activity", "only activities have a parent (this is a {kind})")
UNKNOWN_LINK = Template("sheet.unknown-link", "'{name}' is no key or label in this file")
CANNOT_READ = Template("import.cannot-read", "cannot read: {reason}")
NO_SHEET = Template("sheet.none", "no sheet with a heading row holding a label column (Label, Term, Begrepp ...)")
NOTHING = Template("import.nothing", "nothing to import")

# SSSOM mapping sets
NOT_UTF8_SSSOM = Template("sssom.not-utf8", "not UTF-8 text (byte {byte}): is this an SSSOM TSV file?")
BAD_YAML = Template("sssom.bad-yaml", "the '#' metadata block is not valid YAML")
NOT_PAIRS = Template("sssom.not-pairs", "the '#' metadata block must hold 'name: value' pairs")
BAD_CURIE_MAP = Template("sssom.bad-curie-map", "curie_map in the metadata block must map prefixes to IRIs")
NO_HEADER = Template("sssom.no-header", "no header row after the metadata block")
UNREADABLE_TSV = Template("sssom.unreadable", "not a readable TSV table: {detail}")
MISSING_COLUMNS = Template("sssom.missing-columns", "missing column(s) {columns}")
CELL_COUNT = Template("sssom.cell-count", "{cells} cells but the header has {columns} columns")
DECIDED_AGAIN = Template("sssom.decided-again", "{subject} and {object} are decided again (first on line {first})")
NOT_A_CURIE = Template("sssom.not-a-curie", "'{text}' is not a CURIE such as itil4:incident")
UNKNOWN_PREFIX = Template("sssom.unknown-prefix", "prefix '{prefix}' is no framework of this workspace")
NO_SUCH_ENTRY = Template("sssom.no-such-entry", "framework '{framework}' has no entry '{key}'")
NOT_A_PREDICATE = Template("sssom.not-a-predicate", "'{text}' is not one of the SKOS mapping predicates")
BAD_MODIFIER = Template("sssom.bad-modifier", "'{text}' must be empty or Not")
BAD_CONFIDENCE = Template("sssom.bad-confidence", "'{text}' is not a number from 0 to 1")
BAD_DATE = Template("sssom.bad-date", "'{text}' is not a date (YYYY-MM-DD)")
MAPPED_TO_ITSELF = Template("sssom.itself", "{ref} is mapped to itself")

# Ontologies (OWL, SKOS)
CANNOT_READ_FILE = Template("rdf.cannot-read", "{path}: cannot read the file ({reason})")
NOT_RDF = Template("rdf.invalid", "not valid RDF ({format}): {detail}")
NOTHING_FOUND = Template("rdf.nothing-found", "no {wanted} found")
SCHEMES_CLASH = Template(
    "skos.schemes-clash", "two concept schemes would both be framework '{key}': {first} and {second}"
)
NO_SCHEME = Template("skos.no-scheme", "no concept scheme with key '{key}'; the file holds: {keys}")


def at(place: Message, problem: Message) -> Message:
    return AT(place=place, problem=problem)


def sort_key(problem: Message, sheet_order: dict[str, int]) -> tuple[int, int, int, str]:
    """Where a problem is, for listing them in the file's order: problems of the whole file first, then by sheet,
    row and column (the checks find them pass by pass, so unsorted a list of twenty jumped through the rows)."""
    if problem.code != AT.code:
        return (-1, 0, 0, "")
    place = problem.get("place")
    if not isinstance(place, Message) or place.code not in (SHEET_ROW_COLUMN.code, SHEET_ROW.code, SHEET.code):
        return (-1, 0, 0, "")
    params = dict(place.params)
    row = params.get("row", 0)
    column = str(params.get("column", ""))
    return (sheet_order.get(str(params["sheet"]), len(sheet_order)), row if isinstance(row, int) else 0,
            len(column), column)
