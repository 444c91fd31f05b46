"""Pausing Python's cyclic garbage collector while bulk values are built.

Building tens of thousands of small values (entry records) triggers full collections that find nothing to free,
since these values form no reference cycles; they cost a third of listing 10,000 entries. Not used around the
matching engine: there the paused work only moves into one long collection afterwards, which froze the interface
for most of a second. Pauses nest and may overlap across threads; the collector runs again when the last ends.

A pause that leaves more than FREEZE_AFTER new objects (a list of some ten thousand entries or more) moves them
out of the collector's sight (`gc.freeze`) before it runs again. Otherwise its next collections walk them all,
young generation, middle, then full: 0.1 to 0.4 s in which no thread runs, the interface's included. The values
are still freed by reference counting when dropped; what freezing gives up is collecting any reference cycle
that is garbage at that moment, a few objects at most for these rare, large reads.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FREEZE_AFTER = 50_000
"""New objects left by a pause from which they are frozen; listing 50,000 entries leaves about 200,000, the
462 entries of ITIL 4 about 3,500."""

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if gc.get_count()[0] > FREEZE_AFTER:
                    gc.freeze()
                gc.enable()
