"""Screenshots of the workshop's audience view at 1920×1080, normal and high-contrast, for docs/screenshots/.

The pair shown is the hardest one the bundled glossaries offer: the two longest definitions of one kind in two
different frameworks, with the longest rationale line of the demo. Run under a 1920×1080 X server:

    xvfb-run -s '-screen 0 1920x1080x24' .venv/bin/python scripts/workshop_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.workshop.audience import AudienceView  # noqa: E402
from ui.workshop.session import WorkshopSession  # noqa: E402
from workbench.catalogue import load_bundled  # noqa: E402
from workbench.domain import EntryData, Predicate, Ref, Suggestion  # noqa: E402
from workbench.matching import suggest  # noqa: E402
from workbench.workspace import Workspace  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


class _Host:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.undo_stack = QUndoStack()

    def decide(self, subject: Ref, predicate: Predicate, obj: Ref, negated: bool, comment: str) -> None:
        raise RuntimeError("screenshots decide nothing")


def longest_pair() -> tuple[tuple[str, EntryData], tuple[str, EntryData]]:
    """The two longest definitions of one kind from two different frameworks."""
    best: tuple[int, tuple[str, EntryData], tuple[str, EntryData]] | None = None
    entries = [(framework.key, entry) for framework in load_bundled() for entry in framework.entries]
    entries.sort(key=lambda pair: len(pair[1].definition), reverse=True)
    for index, (key, entry) in enumerate(entries):
        partner = next(((k, e) for k, e in entries[index + 1:] if k != key and e.kind is entry.kind), None)
        if partner is not None:
            total = len(entry.definition) + len(partner[1].definition)
            if best is None or total > best[0]:
                best = (total, (key, entry), partner)
    assert best is not None
    return best[1], best[2]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    (first_key, first), (second_key, second) = longest_pair()
    print(f"longest pair: {first_key}:{first.key} ({len(first.definition)} characters) and "
          f"{second_key}:{second.key} ({len(second.definition)} characters)")
    with tempfile.TemporaryDirectory() as folder, Workspace.create(Path(folder) / "shots.workbench",
                                                                   load_bundled()) as workspace:
        subject, obj = Ref(first_key, first.key), Ref(second_key, second.key)
        # The engine's own score and reasons for this pair, when it proposes it at all.
        found = [s for s in suggest(workspace, first_key, second_key, kind=first.kind, top=None)
                 if s.subject == subject and s.object == obj]
        item = found[0] if found else Suggestion(subject, first.label, obj, second.label, 0.0, Predicate.RELATED,
                                                 ("not proposed by the engine: chosen for the longest definitions",))
        session = WorkshopSession(_Host(workspace), [item] * 10, "Facilitator")
        session.go_to(2)
        session.set_timer(5 * 60)
        session.set_rationale("Both steer change through an agreed, risk-based route; theirs adds evaluation.")
        view = AudienceView(session)
        screen = app.primaryScreen()
        print(f"screen: {screen.geometry().width()}×{screen.geometry().height()}")
        view.setGeometry(screen.geometry())  # without a window manager, full screen alone keeps the size hint
        view.showFullScreen()
        for _ in range(20):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        for theme, name in (("normal", "workshop-audience.png"), ("contrast-light", "workshop-audience-contrast.png")):
            view.set_theme(theme)
            for _ in range(10):
                app.processEvents()
            view.grab().save(str(OUT / name))
            print(f"{name}: {view.width()}×{view.height()}, body {view.body_points:.1f} pt, definitions "
                  f"{view.definition_points:.1f} pt, labels {view.left.title.font().pointSizeF():.1f} pt, "
                  f"fits: {view.fits()}")
        view.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
