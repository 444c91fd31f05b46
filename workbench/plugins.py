"""Late binding of format handlers named as "module:function", so each format's libraries load only on use."""

from __future__ import annotations

import importlib
from typing import Any


def resolve(target: str) -> Any | None:
    """The function `target` names, or None while its module does not exist yet in this version."""
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise
    return getattr(module, function)
