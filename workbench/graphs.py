"""Cycles in a directed graph: broader/narrower decisions (`workbench.checks`) and the broader links inside an
imported framework (`workbench.importers`) must not go round in a circle. Connected components: the entries
exact/close decisions join into one unified concept or element (`workbench.unify`)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def components(nodes: Iterable[int], neighbours: Callable[[int], Iterable[int]]) -> list[list[int]]:
    """The connected components of `nodes`, in the order their first node comes in `nodes`, each sorted."""
    seen: set[int] = set()
    found = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        component, queue = [], deque([start])
        while queue:
            node = queue.popleft()
            component.append(node)
            for neighbour in neighbours(node):
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append(neighbour)
        found.append(sorted(component))
    return found


def cycles(graph: Mapping[Node, Iterable[Node]]) -> list[list[Node]]:
    """Strongly connected components with more than one node (Tarjan, iterative so deep chains cannot overflow)."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    on_stack: set[Node] = set()
    stack: list[Node] = []
    found: list[list[Node]] = []
    for root in sorted(graph, key=str):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()), key=str)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ()), key=str))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found

