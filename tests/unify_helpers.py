"""Small hand-built frameworks for the unification and check tests."""

from __future__ import annotations

from pathlib import Path

from workbench.domain import EntryData, FrameworkData, Kind, Label, LabelKind
from workbench.workspace import Workspace


def term(key: str, label: str, *alt: str, definition: str = "") -> EntryData:
    labels = tuple(Label(text, LabelKind.ALTERNATIVE, "en") for text in alt)
    return EntryData(key=key, kind=Kind.TERM, label=label, lang="en", labels=labels,
                     definition=definition or f"What {label} means.")


def framework(key: str, *entries: EntryData) -> FrameworkData:
    return FrameworkData(key=key, name=key.upper(), entries=entries)


def make(tmp_path: Path, *frameworks: FrameworkData) -> Workspace:
    return Workspace.create(tmp_path / "ws.db", frameworks)


def three(tmp_path: Path) -> Workspace:
    """Frameworks x, y and z with a few overlapping terms."""
    return make(
        tmp_path,
        framework("x", term("a", "Service incident", "Incident"), term("b", "Problem"), term("c", "Known error"),
                  term("d", "Change")),
        framework("y", term("a", "Incident"), term("b", "Problem record", "Problem"), term("c", "Defect")),
        framework("z", term("a", "Disturbance", "Incident"), term("b", "Root cause")),
    )
