"""Passwords of team workspaces: never stored by the workbench in plain text.

libpq finds a password by itself in ~/.pgpass ($PGPASSFILE), a service file (?service=NAME) or $PGPASSWORD. Where
the optional `keyring` package is installed (`pip install 'framework-harmonisation-workbench[team]'`), the
desktop app can also keep it in the system keyring (macOS Keychain, Windows Credential Locker, the Secret Service
on Linux), under the workspace's URL without its password. Without `keyring` nothing is remembered.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

SERVICE = "framework-harmonisation-workbench"


def _keyring() -> ModuleType | None:
    if os.environ.get("WORKBENCH_NO_KEYRING"):
        return None
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def available() -> bool:
    """True when passwords can be kept in the system keyring."""
    return _keyring() is not None


def password_for(location: str) -> str | None:
    """The password kept for `location` (a URL without password) in the system keyring, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        password = keyring.get_password(SERVICE, location)
    except Exception:  # no usable backend (a headless machine): as if nothing were kept
        return None
    return password if isinstance(password, str) else None


def remember(location: str, password: str) -> bool:
    """Keep `password` for `location` in the system keyring; False when there is none to keep it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, location, password)
    except Exception:  # no usable backend: the password is used for this session only
        return False
    return True
