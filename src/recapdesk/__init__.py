"""recapdesk: write the recap article of a community program phase."""

# The one place the version is written (pyproject.toml reads it from here). A literal, not
# importlib.metadata: reading the installed metadata costs ~75 ms of every window start.
__version__ = "0.1.0"
