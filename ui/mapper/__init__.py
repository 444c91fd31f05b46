"""The mapper: walk one framework's entries, see candidates in another, and decide, all from the keyboard."""

from ui.mapper.decisions import DECISION_KEYS
from ui.mapper.view import MapperView

__all__ = ["DECISION_KEYS", "MapperView"]
