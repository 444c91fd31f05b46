"""Helpers for the OAEI benchmarks: read reference alignments, import ontologies, score alignments.

The data lives in `shared/bench/oaei/` beside the repository and is never copied into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

OAEI = Path(__file__).resolve().parents[3] / "shared" / "bench" / "oaei"
CONFERENCE = OAEI / "conference"
ANATOMY = OAEI / "anatomy"

_CELL = re.compile(r"<Cell.*?</Cell>", re.DOTALL)
_ENTITY = re.compile(r"<entity([12])\s+rdf:resource\s*=\s*['\"]([^'\"]+)['\"]")
_RELATION = re.compile(r"<relation>\s*([^<\s]+)\s*</relation>")


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def read_reference(path: Path) -> set[tuple[str, str]]:
    """The '=' cells of an Alignment API RDF file, as pairs of local names."""
    pairs = set()
    for cell in _CELL.findall(path.read_text(encoding="utf-8")):
        entities = dict(_ENTITY.findall(cell))
        relation = _RELATION.search(cell)
        if relation and relation.group(1) == "=" and "1" in entities and "2" in entities:
            pairs.add((local_name(entities["1"]), local_name(entities["2"])))
    return pairs


@dataclass
class Counts:
    found: int = 0
    correct: int = 0
    expected: int = 0

    def add(self, predicted: Iterable[tuple[str, str]], reference: set[tuple[str, str]]) -> None:
        predicted = set(predicted)
        self.found += len(predicted)
        self.correct += len(predicted & reference)
        self.expected += len(reference)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<34} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"({self.correct} of {self.found} found, {self.expected} expected)")
