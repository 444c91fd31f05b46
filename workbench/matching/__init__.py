"""Match suggestions: which entries of two frameworks correspond, how, how surely, and why.

`suggest()` is the one entry point the CLI and the desktop application call; the UI runs it in a worker
thread with `progress` and `cancel`.
"""

from __future__ import annotations

from workbench.domain import Kind, Suggestion
from workbench.errors import WorkbenchError
from workbench.matching import embeddings
from workbench.matching.engine import DEFAULT_THRESHOLD, Cancel, Cancelled, Progress, match, match_all
from workbench.workspace import Workspace

__all__ = ["DEFAULT_THRESHOLD", "Cancelled", "match", "match_all", "suggest"]


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
            raise WorkbenchError(f"unknown kind {kind!r}: use term, process, activity or all") from None
    if top is not None and top < 1:
        raise WorkbenchError(f"--top must be at least 1, not {top}")
    if not 0.0 <= min_score <= 1.0:
        raise WorkbenchError(f"--min-score must be between 0 and 1, not {min_score}")
    if target == source:
        raise WorkbenchError(f"source and target are both {source!r}: choose two different frameworks")
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
