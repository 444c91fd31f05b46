"""A realistic review to measure the stakeholder deliverables on: what a person does in a week of mapping.

The five frameworks of the brief plus USM; framework pair after framework pair, the engine's own one-to-one
proposal (`workbench suggest --best`) is taken as the person's accepted list, except that the weakest pair of each
is decided "not a match" and a few pairs whose labels nest ("Change" / "Change enablement") are decided broader or
narrower; every decision carries a rationale and one of three authors. The review stops at 130 accepted pairs,
the size issue 19 measured, so a change in the engine's proposals does not change the deliverables' size. Then
`workbench unify` builds the unified glossary and process model (1,465 entries).

    .venv/bin/python scripts/review_scenario.py /tmp/review.workbench

Used by scripts/render_deliverables.py and tests/test_render_deliverables.py.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workbench.cli import main as cli  # noqa: E402
from workbench.domain import Predicate, Suggestion  # noqa: E402
from workbench.matching import suggest  # noqa: E402
from workbench.workspace import Workspace  # noqa: E402

FRAMEWORKS = ("itil4", "safe", "devops", "lean", "pm3", "usm")
PAIRS = (("itil4", "safe"), ("itil4", "devops"), ("itil4", "usm"), ("itil4", "pm3"), ("pm3", "usm"),
         ("safe", "devops"))
ACCEPTED = 130
"""Accepted pairs after which the review stops."""
AUTHORS = ("Anna Berg", "Johan Lind", "Maria Sandberg")
DIRECTED_PER_PAIR = 2
"""A reviewer spells out broader or narrower for a few pairs, not for every pair whose labels nest."""
RATIONALES = (
    "Both name the same thing in day-to-day use; agreed in the review.",
    "Same purpose and the same outcome, worded differently.",
    "The definitions differ in emphasis only.",
    "Checked against both publications' descriptions; they line up.",
    "",
)


@dataclass(frozen=True)
class Decided:
    item: Suggestion
    predicate: Predicate
    negated: bool
    comment: str
    author: str


def _nests(inner: str, outer: str) -> bool:
    """`outer` is `inner` with more words ("Change" in "Change enablement"): the longer label is the narrower."""
    small, big = set(inner.casefold().split()), set(outer.casefold().split())
    return bool(small) and small < big


def decisions_for(items: list[Suggestion], pair_index: int) -> list[Decided]:
    """The person's decisions about one pair's proposals, in the order they were taken."""
    decided = []
    directed = 0
    weakest = min(range(len(items)), key=lambda i: items[i].score) if items else -1
    for index, item in enumerate(items):
        author = AUTHORS[(index + pair_index) % len(AUTHORS)]
        comment = RATIONALES[(index + pair_index) % len(RATIONALES)]
        if index == weakest:
            decided.append(Decided(item, item.predicate, True, "Similar words, different things: not a match.",
                                   author))
        elif directed < DIRECTED_PER_PAIR and _nests(item.subject_label, item.object_label):
            directed += 1
            decided.append(Decided(item, Predicate.BROADER, False,
                                   f"“{item.object_label}” is one kind of “{item.subject_label}”.", author))
        elif directed < DIRECTED_PER_PAIR and _nests(item.object_label, item.subject_label):
            directed += 1
            decided.append(Decided(item, Predicate.NARROWER, False,
                                   f"“{item.subject_label}” is one kind of “{item.object_label}”.", author))
        else:
            decided.append(Decided(item, item.predicate, False, comment, author))
    return decided


def build(path: Path, *, quiet: bool = False) -> list[Decided]:
    """Create the workspace at `path` (replacing one there), decide, unify; the decisions taken, in order."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if cli(["init", str(path), "--frameworks", ",".join(FRAMEWORKS), "--force"]) != 0:
            raise SystemExit(f"cannot create {path}")
    taken: list[Decided] = []
    with Workspace.open(path) as workspace:
        for pair_index, (source, target) in enumerate(PAIRS):
            items = suggest(workspace, source, target, best=True)
            for decision in decisions_for(items, pair_index):
                if sum(1 for d in taken if not d.negated) == ACCEPTED:
                    break
                workspace.add_mapping(decision.item.subject, decision.predicate, decision.item.object,
                                      negated=decision.negated, comment=decision.comment, author=decision.author)
                taken.append(decision)
    with contextlib.redirect_stdout(out):
        if cli(["unify", str(path)]) != 0:
            raise SystemExit(f"cannot unify {path}")
    if not quiet:
        accepted = sum(1 for d in taken if not d.negated)
        pairs = len({(d.item.subject.framework, d.item.object.framework) for d in taken})
        print(f"{path}: {len(taken)} decisions over {pairs} pairs ({accepted} accepted, "
              f"{len(taken) - accepted} not a match, "
              f"{sum(1 for d in taken if d.predicate in (Predicate.BROADER, Predicate.NARROWER))} broader/narrower)")
        print(out.getvalue().strip().splitlines()[-1])
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workspace", type=Path)
    args = parser.parse_args(argv)
    build(args.workspace)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
