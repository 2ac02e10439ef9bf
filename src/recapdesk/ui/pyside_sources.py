"""Keep PySide6 from reading the source of every module the app imports.

Once PySide6 is imported it looks at each module imported after it for its ``__feature__``
switches (``snake_case``, ``true_property``) by reading the module's whole source with
``inspect.getsource``, which keeps every line in ``linecache``: for recapdesk's window that is
a file read per module at start-up and the text of hundreds of modules held for as long as the
app runs, for a switch recapdesk never uses. A module that does
import ``__feature__`` is still seen: PySide6 records it when that import runs.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"


def _never_uses_features(_module: ModuleType) -> bool:
    return False


def stop_source_scan() -> bool:
    """Replace PySide6's scan and drop the sources it has read so far; False if this PySide6
    has no such scan (its internals changed), in which case nothing is touched."""
    import PySide6.QtCore  # noqa: F401 (loads the feature module)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _never_uses_features  # type: ignore[attr-defined]
    linecache.clearcache()
    return True
