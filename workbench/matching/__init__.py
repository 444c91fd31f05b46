"""Match suggestions: which entries of two frameworks correspond, how, how surely, and why.

`suggest()` is the one entry point the CLI and the desktop application call; the UI runs it in a worker
thread with `progress` and `cancel`.
"""

from __future__ import annotations

from workbench.domain import Kind, MappingRecord, Predicate, Suggestion
from workbench.errors import WorkbenchError
from workbench.matching import embeddings
from workbench.matching.engine import DEFAULT_THRESHOLD, Cancel, Cancelled, Progress, match, match_all
from workbench.matching.signals import FALSE_FRIEND
from workbench.messages import Template
from workbench.workspace import Workspace

UNKNOWN_KIND = Template("suggest.unknown-kind", "unknown kind '{kind}': use term, process, activity or all")
BAD_TOP = Template("suggest.bad-top", "--top must be at least 1, not {top}")
BAD_MIN_SCORE = Template("suggest.bad-min-score", "--min-score must be between 0 and 1, not {score}")
SAME_FRAMEWORK = Template("suggest.same-framework",
                          "source and target are both '{key}': choose two different frameworks")

__all__ = ["DEFAULT_THRESHOLD", "FALSE_FRIEND", "Cancelled", "false_friends", "match", "match_all", "suggest"]


def suggest(
    workspace: Workspace,
    source: str,
    target: str | None,
    *,
    kind: Kind | str | None = None,
    top: int | None = 5,
    min_score: float = 0.0,
    best: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Suggestion]:
    """Suggestions from framework `source` to framework `target` (None: every other framework), best first."""
    if isinstance(kind, str):
        try:
            kind = None if kind == "all" else Kind(kind)
        except ValueError:
            raise WorkbenchError(UNKNOWN_KIND(kind=str(kind))) from None
    if top is not None and top < 1:
        raise WorkbenchError(BAD_TOP(top=top))
    if not 0.0 <= min_score <= 1.0:
        raise WorkbenchError(BAD_MIN_SCORE(score=min_score))
    if target == source:
        raise WorkbenchError(SAME_FRAMEWORK(key=source))
    sources = workspace.entries(source, kind)
    if target is None:
        targets = [
            entry
            for record in workspace.frameworks()
            if record.key != source
            for entry in workspace.entries(record.key, kind)
        ]
    else:
        targets = workspace.entries(target, kind)
    mappings = workspace.mappings()
    # Stored meaning vectors of unchanged entries are reused; the rest are embedded in memory for this run.
    vectors = embeddings.load(workspace, [*sources, *targets])
    return match(
        sources, targets, mappings, top=top, min_score=min_score, best=best, progress=progress, cancel=cancel,
        vectors=vectors,
    )


def false_friends(workspace: Workspace) -> list[tuple[MappingRecord, Suggestion]]:
    """Decided exact or close matches that the engine, asked about them now, flags as false friends: the same
    name, different meanings. Each comes with the engine's suggestion for the pair (its reasons say why)."""
    decided = [
        mapping for mapping in workspace.mappings()
        if not mapping.negated and mapping.predicate in (Predicate.EXACT, Predicate.CLOSE)
    ]
    by_frameworks: dict[tuple[str, str], list[MappingRecord]] = {}
    for mapping in decided:
        by_frameworks.setdefault((mapping.subject.framework, mapping.object.framework), []).append(mapping)
    found = []
    for (first, second), mappings in sorted(by_frameworks.items()):
        if first == second:
            continue
        records = workspace.entries(first), workspace.entries(second)
        vectors = embeddings.load(workspace, [*records[0], *records[1]])
        # Without the decisions, so the decided pairs are scored as if new; a false friend always has the same
        # name on both sides, so the exact-label index always makes it a candidate.
        judged = {
            (item.subject, item.object): item
            for item in match(records[0], records[1], top=None, vectors=vectors)
            if FALSE_FRIEND in item.flags
        }
        found += [(mapping, judged[(mapping.subject, mapping.object)])
                  for mapping in mappings if (mapping.subject, mapping.object) in judged]
    return found
