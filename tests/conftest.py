"""Shared fixtures: the real compact models, loaded once, and no network for any test."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f3d027124de9793a.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any attempt to open a connection outside this machine."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
            return real_connect(self, address)
        raise OSError(f"network access blocked in tests: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def attributor():
    from quoteattr import Attributor

    return Attributor(models="compact")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(attributor, seed_text):
    return attributor(seed_text, lang="de")


def attributed(doc):
    """The quotes of ``doc`` that are attributions (not quoted terms)."""
    return [q for q in doc.quotes if q.kind != "term"]


def only(doc, kind=None):
    """The single attribution (of ``kind``) in ``doc``; fails listing what was found otherwise."""
    quotes = [q for q in attributed(doc) if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in attributed(doc)]
    return quotes[0]
