"""The Qt shell of recapdesk."""

# WORKAROUND: PySide6 6.12's import hook (shibokensupport/feature.py, _mod_uses_pyside) calls
# inspect.getsource on every module imported after Qt, and only catches TypeError, OSError and
# SyntaxError. If pydantic was half-imported before Qt (``from pydantic import ValidationError``
# loads pydantic.errors but not pydantic._internal._validators), probing pydantic.errors for
# ``__wrapped__`` runs pydantic's migration __getattr__, which imports the partially initialized
# _validators and raises ImportError out of the hook. Loading the model (and so all of pydantic)
# before any ui module imports Qt avoids that. No upstream report found yet.
import recapdesk.model  # noqa: F401
