"""How `schema0001.db` was made: a workspace at the first schema revision, with a framework and a decision.

Kept so the fixture can be understood; do not regenerate it after revision 0001 ships, since the point of the
file is to be what the first released schema wrote.
"""

import sqlite3
import sys
from pathlib import Path

from workbench.store.database import create_at_revision

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("schema0001.db"))
path.unlink(missing_ok=True)
create_at_revision(path, "0001")
connection = sqlite3.connect(path)
with connection:
    connection.execute(
        "INSERT INTO framework (id, key, name, edition, publisher, language, languages, attribution, licence,"
        " description, origin, created) VALUES (1, 'old', 'Old Framework', 'v1', 'Tests', 'en', '[\"en\"]',"
        " 'Made for the migration test.', 'CC0', '', 'bundled', '2026-11-23 10:00:00')"
    )
    connection.executemany(
        "INSERT INTO entry (id, framework_id, key, kind, label, lang, category, definition, purpose, trigger,"
        " outcome, parent_id, position, iri, search) VALUES (?, 1, ?, ?, ?, 'en', ?, ?, '', '', '', NULL, 0, NULL, ?)",
        [
            (1, "change", "term", "Change", "concept", "Adding, modifying or removing something.", "change"),
            (2, "release", "term", "Release", "concept", "A set of changes made available together.", "release"),
        ],
    )
    connection.execute("INSERT INTO label (entry_id, text, kind, lang) VALUES (1, 'Modification', 'alt', 'en')")
    connection.execute(
        "INSERT INTO mapping (subject_id, object_id, predicate, negated, confidence, justification, author,"
        " comment, created, updated) VALUES (1, 2, 'skos:relatedMatch', 0, 0.9,"
        " 'semapv:ManualMappingCuration', 'Migration Tester', 'kept across the upgrade',"
        " '2026-11-23 10:00:00', '2026-11-23 10:00:00')"
    )
connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
connection.execute("PRAGMA journal_mode=DELETE")
connection.close()
print(f"wrote {path}")
