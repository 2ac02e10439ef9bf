"""Test-session setup shared by every test. The core's tests need no Qt: what the window's
tests need (offscreen platform, Chromium flags, Qt's message handler, closing windows before
exit) is in tests/ui/conftest.py, and `make pytest` runs the core's folders a second time with
PySide6 unimportable (tests/without_qt.py) to keep it so."""

import os
import tempfile

# Prepared pictures are cached on disk (render/pictures/cache.py): the tests, and the
# commands they run, use a folder of their own, never the user's cache.
os.environ.setdefault("RECAPDESK_CACHE_DIR", tempfile.mkdtemp(prefix="recapdesk-test-cache-"))
