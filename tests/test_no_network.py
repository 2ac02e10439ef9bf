"""The test session reaches no other computer (tests/conftest.py): a connection elsewhere
fails at once, while this computer's stand-in servers stay reachable."""

from __future__ import annotations

import socket

import pytest


def test_a_connection_to_another_computer_is_refused() -> None:
    with socket.socket() as sock, pytest.raises(OSError, match="only this computer"):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: documentation only


def test_this_computer_stays_reachable() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
            accepted, _ = server.accept()
            accepted.close()
