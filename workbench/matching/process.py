"""Suggestions computed in a separate process, streamed back over a pipe.

Inside the application's own process the engine shares the GIL with the interface: its long sorts and the
garbage collections over its hundreds of thousands of values held the interface still for up to half a second
while a 50,000-entry framework was matched. A child process has its own interpreter. Results travel as plain
tuples in small chunks, so the receiving side rebuilds them a few milliseconds at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from workbench.domain import Kind, Predicate, Ref, Suggestion
from workbench.errors import FAILED, WorkbenchError
from workbench.messages import Message

CHUNK = 2_000

Row = tuple[str, str, str, str, str, str, float, str, tuple[Message, ...], tuple[str, ...]]


def to_rows(suggestions: Sequence[Suggestion]) -> list[Row]:
    return [
        (s.subject.framework, s.subject.key, s.subject_label, s.object.framework, s.object.key, s.object_label,
         s.score, s.predicate.value, s.reasons, s.flags)
        for s in suggestions
    ]


def from_rows(rows: Sequence[Row]) -> Iterator[Suggestion]:
    predicates = {predicate.value: predicate for predicate in Predicate}
    for (subject_fw, subject_key, subject_label, object_fw, object_key, object_label, score, predicate, reasons,
         flags) in rows:
        yield Suggestion(Ref(subject_fw, subject_key), subject_label, Ref(object_fw, object_key), object_label,
                         score, predicates[predicate], reasons, flags)


def serve(connection: Connection, path: str, source: str, target: str | None, kind: str | None, top: int) -> None:
    """The child's work: ("progress", done, total)*, then ("rows", chunk)* and ("done", count), or ("failed", text)."""
    from workbench.matching import suggest  # the child imports the engine itself; the parent need not
    from workbench.workspace import Workspace

    last_percent = -1

    def progress(done: int, total: int) -> None:
        nonlocal last_percent
        percent = 100 * done // total if total else 100
        if percent != last_percent:  # at most a hundred messages, however fine-grained the engine reports
            last_percent = percent
            connection.send(("progress", done, total))

    try:
        with Workspace.open(Path(path)) as workspace:
            results = suggest(workspace, source, target, kind=Kind(kind) if kind else None, top=top,
                              progress=progress)
        rows = to_rows(results)
        for start in range(0, len(rows), CHUNK):
            connection.send(("rows", rows[start : start + CHUNK]))
        connection.send(("done", len(rows)))
    except WorkbenchError as error:
        connection.send(("failed", error.message))
    except Exception as error:  # the parent must always hear back, whatever happened here
        connection.send(("failed", FAILED(what="suggestions", error=repr(error))))
    finally:
        connection.close()
