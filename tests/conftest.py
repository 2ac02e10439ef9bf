"""Test-session setup shared by every test. The core's tests need no Qt: what the window's
tests need (offscreen platform, Chromium flags, Qt's message handler, closing windows before
exit) is in tests/ui/conftest.py, and `make pytest` runs the core's folders a second time with
PySide6 unimportable (tests/without_qt.py) to keep it so."""
