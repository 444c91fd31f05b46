"""The matching development set: cross-framework pairs of the bundled frameworks, and pairs a practitioner rejects.

Files in `tests/benchmarks/data/` (tab-separated, one header line):

- `crossframework_pairs.tsv`: `subject`, `object`, `relation` (SKOS: `broader` means the object is broader),
  `needs` (`words` or `meaning`, see `classify`), `half` (`tuning` or `held-out`, see `half_of`).
- `rejected_pairs.tsv`: `subject`, `object`, `kind` (`false-friend`, `wrong-synonym`, `wrong-direction`,
  `wrong-category`), `wrong` (the predicates that would be wrong, comma-separated, or `any`), `half`.
- `devset_new_frameworks.tsv` (Scrum, Kanban, FitSM) and `devset_new_frameworks_b.tsv` (COBIT 2019, ITIL v3,
  PRINCE2), written by the content authors of those frameworks: `subject_ref`, `object_ref`, `relation`,
  `needs_meaning` (`yes` when the preferred labels share no word, stem or abbreviation). They carry no `half`
  column: `load_new_pairs` splits them by the same hash rule (`half_of`).

The pairs were written by hand from the glossaries' entries, as a practitioner would expect them; none comes
from the engine's output or from `tests/data/alignment_gold.tsv` (pairs also in that file were left out).
`needs` is frozen in the file: it was computed once by `classify` from the labels of the day, so later
label edits do not move pairs between the two groups. `half` follows from a hash of the pair, so it cannot be
chosen: tune on `tuning`, report `held-out` without having looked at its misses.

Re-derive the two columns (after adding pairs): `python -m tests.benchmarks.devset`.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
PAIRS = DATA / "crossframework_pairs.tsv"
REJECTED = DATA / "rejected_pairs.tsv"
NEW_PAIRS = (DATA / "devset_new_frameworks.tsv", DATA / "devset_new_frameworks_b.tsv")

GENERIC = frozenset({"manag", "process", "practic", "itil", "safe", "devop", "lean", "usm", "pm3"})
"""Stems that do not make two labels share a word: "management" is in half the ITIL practices' names."""


@dataclass(frozen=True)
class Pair:
    subject: str
    object: str
    relation: str
    needs: str
    half: str


@dataclass(frozen=True)
class Rejected:
    subject: str
    object: str
    kind: str
    wrong: frozenset[str]
    half: str

    def is_wrong(self, predicate_short: str) -> bool:
        return "any" in self.wrong or predicate_short in self.wrong


def half_of(subject: str, obj: str) -> str:
    """A fixed rule: the first byte of SHA-256 of "subject object", even for tuning, odd for held-out."""
    digest = hashlib.sha256(f"{subject} {obj}".encode()).digest()
    return "tuning" if digest[0] % 2 == 0 else "held-out"


def load_pairs() -> list[Pair]:
    with PAIRS.open(encoding="utf-8") as stream:
        return [Pair(r["subject"], r["object"], r["relation"], r["needs"], r["half"])
                for r in csv.DictReader(stream, delimiter="\t")]


def load_new_pairs() -> list[Pair]:
    """The new frameworks' development sets as pairs: `needs` from their `needs_meaning`, `half` from the hash."""
    pairs = []
    for path in NEW_PAIRS:
        with path.open(encoding="utf-8") as stream:
            pairs += [Pair(r["subject_ref"], r["object_ref"], r["relation"],
                           "meaning" if r["needs_meaning"] == "yes" else "words",
                           half_of(r["subject_ref"], r["object_ref"]))
                      for r in csv.DictReader(stream, delimiter="\t")]
    return pairs


def load_rejected() -> list[Rejected]:
    with REJECTED.open(encoding="utf-8") as stream:
        return [Rejected(r["subject"], r["object"], r["kind"], frozenset(r["wrong"].split(",")), r["half"])
                for r in csv.DictReader(stream, delimiter="\t")]


def classify(subject_labels: list[tuple[str, str]], object_labels: list[tuple[str, str]]) -> str:
    """`words` when some label of one (preferred, alternative or in another language; not abbreviations) shares a
    content-word stem with some label of the other, other than the GENERIC stems, or is spelled at least 85%
    alike as a whole; otherwise `meaning`."""
    from rapidfuzz import fuzz

    from workbench.matching.normalise import stems

    for text_a, lang_a in subject_labels:
        stems_a = set(stems(text_a, lang_a)) - GENERIC
        for text_b, lang_b in object_labels:
            if stems_a & (set(stems(text_b, lang_b)) - GENERIC):
                return "words"
            if fuzz.ratio(text_a.casefold(), text_b.casefold()) >= 85:
                return "words"
    return "meaning"


def _rewrite() -> None:
    """Fill in `needs` and `half` from the current bundled glossaries (only for rows that lack them)."""
    from workbench.catalogue import load_bundled
    from workbench.domain import LabelKind

    labels: dict[str, list[tuple[str, str]]] = {}
    for framework in load_bundled():
        for entry in framework.entries:
            ref = f"{framework.key}:{entry.key}"
            labels[ref] = [(entry.label, entry.lang)] + [
                (label.text, label.lang) for label in entry.labels if label.kind is not LabelKind.ABBREVIATION
            ]
    for path, columns in ((PAIRS, ["subject", "object", "relation", "needs", "half"]),
                          (REJECTED, ["subject", "object", "kind", "wrong", "half"])):
        with path.open(encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream, delimiter="\t"))
        for row in rows:
            for ref in (row["subject"], row["object"]):
                if ref not in labels:
                    raise SystemExit(f"{path.name}: unknown entry {ref}")
            if "needs" in columns and not row.get("needs"):
                row["needs"] = classify(labels[row["subject"]], labels[row["object"]])
            row["half"] = half_of(row["subject"], row["object"])
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    _rewrite()
