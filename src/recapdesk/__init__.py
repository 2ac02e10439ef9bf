"""recapdesk: write the recap article of a community program phase."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("recapdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
