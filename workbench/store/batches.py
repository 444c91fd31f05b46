"""Statements about many rows, split so that none passes more parameters than SQLite allows.

SQLite refuses a statement with more bound parameters than its build allows: 32,766 in the builds that ship
with Python on several platforms, 999 in older ones. An `IN` list of one parameter per entry, member or
decision would fail on a large framework there, so such lists go in batches of `BATCH`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

BATCH = 400
"""Values per `IN` list: two lists in one statement stay under 999, and a batch costs little beyond its rows."""


def batched(values: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    """`values` in lists of at most `size`, in order (itertools.batched is Python 3.12)."""
    iterator = iter(values)
    while batch := list(islice(iterator, size)):
        yield batch
