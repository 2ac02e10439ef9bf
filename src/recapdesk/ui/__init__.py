"""The Qt shell of recapdesk."""

from recapdesk.ui.pyside_sources import stop_source_scan

# Before any of the shell's modules is imported (pyside_sources.py says why).
stop_source_scan()
