"""The preview's web view and its sandboxed page: Qt and the shell page only, no core.

Light on purpose: the window's frame holds the view from its first show, so that adding the
rest of the window later does not make Qt recreate the native window (a web view needs a
GPU-composited one, and switching to it means destroying the window and mapping it anew),
and the shell page can start loading, in Chromium's own processes, while the editor's Python
modules are still being imported (start-up: see main_window.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from recapdesk.resources import resource_path

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
EXTERNAL_SCHEMES = ("http", "https", "mailto")


class SandboxedPage(QWebEnginePage):
    """Loads the shell page once; every other navigation is refused, links go to the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell_requested = False
        self.shell_loaded = False
        settings = self.settings()
        # The page's own world runs nothing; recapdesk's isolated world still can.
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)
        script = QWebEngineScript()
        script.setName("recapdesk-preview")
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setSourceCode(resource_path("preview", "preview.js").read_text(encoding="utf-8"))
        self.scripts().insert(script)
        # Connected first, so the flag is set before anyone else hears of the load.
        self.loadFinished.connect(self._loaded)

    def load_shell(self) -> None:
        """Start loading the shell page (once; later calls do nothing)."""
        if not self.shell_requested:
            self.shell_requested = True
            self.load(QUrl.fromLocalFile(str(resource_path("preview", "shell.html"))))

    def _loaded(self, _ok: bool) -> None:
        self.shell_loaded = True

    def acceptNavigationRequest(  # noqa: N802 (Qt's name)
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if not self.shell_loaded and url.isLocalFile():
            return True
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and (
            url.scheme() in EXTERNAL_SCHEMES
        ):
            QDesktopServices.openUrl(url)
        return False


class ArticleView(QWebEngineView):
    """The web view the article is shown in; its page is made on first use (``sandbox()``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The browser's menu (Back, Reload, View Source...) has no meaning for a preview.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setObjectName("previewView")
        self.setAccessibleName(self.tr("Article preview"))
        self._sandbox: SandboxedPage | None = None

    def sandbox(self) -> SandboxedPage:
        """The view's page, made the first time it is asked for (it starts Chromium)."""
        if self._sandbox is None:
            self._sandbox = SandboxedPage(self)
            self.setPage(self._sandbox)
        return self._sandbox
