"""Consistency and quality findings about a workspace's decisions (the first checks; more come with unification)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from workbench.domain import MappingRecord, Ref
from workbench.workspace import Workspace


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    refs: tuple[Ref, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "refs": [str(ref) for ref in self.refs],
        }


def run_checks(workspace: Workspace) -> list[Finding]:
    mappings = workspace.mappings()
    findings = _direction_conflicts(mappings)
    findings += _coverage(workspace, mappings)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda finding: order[finding.severity])


def _direction_conflicts(mappings: list[MappingRecord]) -> list[Finding]:
    """A pair decided once in each direction must say the same thing both ways."""
    by_pair = {(m.subject, m.object): m for m in mappings}
    findings = []
    for (subject, obj), forward in by_pair.items():
        backward = by_pair.get((obj, subject))
        if backward is None or (str(subject), str(obj)) > (str(obj), str(subject)):
            continue
        if forward.negated != backward.negated:
            yes, no = (backward, forward) if forward.negated else (forward, backward)
            findings.append(
                Finding(
                    Severity.ERROR,
                    "match-and-not-a-match",
                    f"{yes.subject} {yes.predicate.short} {yes.object}, but {no.subject} is marked "
                    f"'not a match' for {no.object}",
                    (subject, obj),
                )
            )
        elif not forward.negated and backward.predicate is not forward.predicate.inverse:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "contradictory-relations",
                    f"{subject} {forward.predicate.short} {obj}, but {obj} {backward.predicate.short} {subject}",
                    (subject, obj),
                )
            )
    return findings


def _coverage(workspace: Workspace, mappings: list[MappingRecord]) -> list[Finding]:
    decided: Counter[str] = Counter()
    seen: set[Ref] = set()
    for mapping in mappings:
        for ref in (mapping.subject, mapping.object):
            if ref not in seen:
                seen.add(ref)
                decided[ref.framework] += 1
    findings = []
    for framework in workspace.frameworks():
        total = sum(framework.counts.values())
        if total == 0:
            continue
        share = decided[framework.key] / total
        findings.append(
            Finding(
                Severity.INFO,
                "coverage",
                f"{framework.key}: {decided[framework.key]} of {total} entries ({share:.0%}) have a decision",
            )
        )
    return findings
