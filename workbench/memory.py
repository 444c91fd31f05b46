"""Pausing Python's cyclic garbage collector while bulk values are built.

Building tens of thousands of small values (entry records) triggers full collections that find nothing to free,
since these values form no reference cycles; they cost a third of listing 10,000 entries. Not used around the
matching engine: there the paused work only moves into one long collection afterwards, which froze the interface
for most of a second. Pauses nest and may overlap across threads; the collector runs again when the last ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
                gc.enable()
