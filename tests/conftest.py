"""Test-session setup shared by every test. The core's tests need no Qt: what the window's
tests need (offscreen platform, Chromium flags, Qt's message handler, closing windows before
exit) is in tests/ui/conftest.py, and `make pytest` runs the core's folders a second time with
PySide6 unimportable (tests/without_qt.py) to keep it so."""

import ipaddress
import os
import socket
import tempfile
from collections.abc import Callable
from typing import Any

# Prepared pictures are cached on disk (render/pictures/cache.py): the tests, and the
# commands they run, use a folder of their own, never the user's cache.
os.environ.setdefault("RECAPDESK_CACHE_DIR", tempfile.mkdtemp(prefix="recapdesk-test-cache-"))


# Tests never reach the network: a connection to anything but this computer fails at once, in
# this process (the WeChat API, GitHub and picture hosts are local stand-in servers).
def _refuse_other_hosts(connect: Callable[[socket.socket, Any], Any]) -> Callable[..., Any]:
    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            try:
                local = ipaddress.ip_address(host.split("%")[0]).is_loopback
            except ValueError:
                local = host == "localhost"
            if not local:
                raise OSError(f"tests reach only this computer, not {host}")
        return connect(self, address)

    return guarded


socket.socket.connect = _refuse_other_hosts(socket.socket.connect)  # type: ignore[method-assign]
socket.socket.connect_ex = _refuse_other_hosts(socket.socket.connect_ex)  # type: ignore[method-assign]
