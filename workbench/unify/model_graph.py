"""What the process model's refresh works on: framework steps, the unified model as it reads it, and the graph of
exact/close decisions between steps (`workbench.unify.model_refresh`, `workbench.unify.proposals`)."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field

from workbench.domain import Ref
from workbench.graphs import components as connected

PROPOSED = "proposed"
"""The status of a unified process or activity the refresh proposed and nobody has adopted yet."""

Element = tuple[str, int]
"""("p", unified process id) or ("a", unified activity id)."""

Joining = dict[int, list[tuple[int, str]]]
"""Exact/close decisions between framework steps, both ways: entry id -> [(partner id, relation)]."""


@dataclass
class Step:
    """A framework process or activity."""

    id: int
    kind: str
    parent: int | None
    position: int
    ref: Ref
    label: str
    definition: str
    trigger: str = ""
    outcome: str = ""


@dataclass
class ModelState:
    """The unified model as the refresh needs it."""

    process_position: dict[int, int] = field(default_factory=dict)
    activity_process: dict[int, int] = field(default_factory=dict)
    uids: dict[Element, str] = field(default_factory=dict)
    proposals: dict[int, int] = field(default_factory=dict)
    """Earlier proposals: source entry -> unified activity id."""
    process_proposals: dict[int, int] = field(default_factory=dict)
    """Earlier proposed processes nobody made use of: source entry -> unified process id."""
    places: dict[int, dict[Element, str]] = field(default_factory=lambda: defaultdict(dict))
    kept: set[tuple[int, Element]] = field(default_factory=set)
    """(entry, element) pairs with a trace of a person's or a source: no derived trace beside them."""
    blocked: set[tuple[int, Element]] = field(default_factory=set)
    blocked_in: set[tuple[int, int]] = field(default_factory=set)
    """(entry, unified process id): a person removed the entry from the process or one of its activities."""
    touched: set[int] = field(default_factory=set)
    """Entries with any trace a person made or removed, or a source: never "not yet placed"."""

    def process_of(self, element: Element) -> int:
        return element[1] if element[0] == "p" else self.activity_process[element[1]]


def components(nodes: set[int], joining: Joining) -> list[list[int]]:
    """The groups of `nodes` that decisions among them join (decisions with other entries do not count)."""
    return connected(sorted(nodes),
                     lambda node: (other for other, _relation in joining.get(node, ()) if other in nodes))


def relations_from(source: int, inside: set[int], joining: Joining) -> dict[int, str]:
    """Each member's relation to the source: exact through exact decisions only, else close."""
    relations = {source: "exact"}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for neighbour, relation in joining.get(node, ()):
            if neighbour in inside and neighbour not in relations:
                relations[neighbour] = "exact" if relation == relations[node] == "exact" else "close"
                queue.append(neighbour)
    return relations
