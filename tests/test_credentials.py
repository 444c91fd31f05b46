"""Team workspace passwords in the system keyring (issue 22), with a stand-in for the optional `keyring` package:
what the Open team workspace dialog keeps is what opening the URL without a password finds, under the URL a person
reads (no password in it), and a keyring that cannot be used is as if nothing were kept."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from workbench.store import credentials, locations
from workbench.store.database import Access
from workbench.store.postgres import make_engine


def access(location: str) -> Access:
    return Access(locations.stand_in_path(location), location=location, token="test")


class FakeKeyring(ModuleType):
    def __init__(self, broken: bool = False) -> None:
        super().__init__("keyring")
        self.kept: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get_password(self, service: str, user: str) -> str | None:
        if self.broken:
            raise RuntimeError("no usable backend")
        return self.kept.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        if self.broken:
            raise RuntimeError("no usable backend")
        self.kept[(service, user)] = password


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.delenv("WORKBENCH_NO_KEYRING", raising=False)
    return fake


def test_a_kept_password_is_found_when_the_url_has_none(keyring: FakeKeyring) -> None:
    typed = locations.server_url("postgresql://kim:s3cret@db.example:5433/team")
    shown = locations.display(typed)
    assert "s3cret" not in shown
    assert credentials.available() and credentials.remember(shown, "s3cret")  # as the dialog keeps it
    assert keyring.kept == {(credentials.SERVICE, "postgresql://kim@db.example:5433/team"): "s3cret"}

    bare = locations.server_url("postgresql://kim@db.example:5433/team")
    engine = make_engine(bare, access(locations.display(bare)))  # no connection is made yet
    try:
        assert engine.url.password == "s3cret"
    finally:
        engine.dispose()
    other = locations.server_url("postgresql://kim@db.example:5433/other")
    engine = make_engine(other, access(locations.display(other)))
    try:
        assert engine.url.password is None  # kept for one workspace, never offered to another
    finally:
        engine.dispose()


def test_a_keyring_that_cannot_be_used_keeps_and_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", FakeKeyring(broken=True))
    monkeypatch.delenv("WORKBENCH_NO_KEYRING", raising=False)
    assert not credentials.remember("postgresql://kim@db.example/team", "s3cret")
    assert credentials.password_for("postgresql://kim@db.example/team") is None


def test_without_keyring_nothing_is_kept(keyring: FakeKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")
    assert not credentials.available()
    assert not credentials.remember("postgresql://kim@db.example/team", "s3cret")
    assert keyring.kept == {}
