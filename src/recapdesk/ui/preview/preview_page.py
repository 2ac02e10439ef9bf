"""The preview's web view, its sandboxed page and the native window it is shown in: Qt and
the shell page only, no core, so that the page can start loading (in Chromium's processes)
while the editor's Python modules are still being imported (start-up: see window/main_window.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from recapdesk.chromium_flags import composited_in_software
from recapdesk.resources import resource, resource_path
from recapdesk.ui.preview.start_page import find_start_page

if TYPE_CHECKING:
    from recapdesk.ui.preview.start_page import StartPage

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
EXTERNAL_SCHEMES = ("http", "https", "mailto")


class SandboxedPage(QWebEnginePage):
    """Loads the shell page once; every other navigation is refused, links go to the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell_requested = False
        self.shell_loaded = False
        # The project file and content the page was loaded showing (a remembered page).
        self.started_from: tuple[Path, str] | None = None
        settings = self.settings()
        # The page's own world runs nothing; recapdesk's isolated world still can.
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        # The article's pictures are files of the project's folder (file: URLs, img-src only:
        # the page runs no script, so nothing can read them back).
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False)
        script = QWebEngineScript()
        script.setName("recapdesk-preview")
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setSourceCode(resource("preview", "preview.js").read_text(encoding="utf-8"))
        self.scripts().insert(script)
        # Connected first, so the flag is set before anyone else hears of the load.
        self.loadFinished.connect(self._loaded)

    def load_shell(self, start: StartPage | None = None) -> None:
        """Start loading the shell page, or ``start``: the shell page as it last showed the
        project about to be opened (once; later calls do nothing)."""
        if not self.shell_requested:
            self.shell_requested = True
            page = resource_path("preview", "shell.html")
            if start is not None:
                page, self.started_from = start.file, (start.project, start.content_hash)
            self.load(QUrl.fromLocalFile(str(page)))

    def _loaded(self, _ok: bool) -> None:
        self.shell_loaded = True

    def acceptNavigationRequest(  # noqa: N802 (Qt's name)
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, _is_main_frame: bool
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


def needs_own_window() -> bool:
    """Whether the web view is shown in a native window of its own (see :class:`ViewWindow`)."""
    return not composited_in_software() or QGuiApplication.platformName() == "offscreen"


class ViewWindow(QWidget):
    """The web view, in a native child window of its own when it is composited through the
    GPU API (Qt's RHI): a window that starts compositing that way is destroyed and mapped
    anew by Qt, and the main window would blink as the preview arrives after it. A child
    window of its own takes that switch instead, so the main window can show before
    QtWebEngine is even loaded. Composited in software (chromium_flags.py, the default), there
    is no such switch, and a child window would only cost the preview frames of its own
    after the window's first. Except on the offscreen platform (the tests, headless exports):
    there the view without a window of its own leaves the main window without the keyboard
    focus once the page has shown."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWindow")
        if needs_own_window():
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            # Only this one: native ancestors (the splitter, the tabs) would each be a window.
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.setFocusProxy(view)


class PreviewFrame(QTabWidget):
    """The preview's side of the window's frame, before the editor is built: the article view
    under the tabs the preview pane will have, so that the page it starts from is drawn while
    the editor's modules load. The pane takes the view's window over at the same width: the
    article keeps its layout, and nothing has to be drawn again."""

    def __init__(self, project: Path | None, parent: QWidget | None = None) -> None:
        """Starts loading the page last shown for ``project`` (the file about to be opened),
        if the file is as it was then; else the empty shell page."""
        super().__init__(parent)
        self.view = ArticleView()
        # A native window of its own is not moved to the pane: the view goes there alone.
        article = QWidget(self) if needs_own_window() else ViewWindow(self.view, self)
        self.addTab(article, QCoreApplication.translate("PreviewPane", "Article"))
        self.addTab(QWidget(self), QCoreApplication.translate("PreviewPane", "Markdown"))
        start = find_start_page(project) if project else None
        if start is not None and start.height > 0:
            # As high as the pane it was shown in: drawn taller, before the menus and the
            # checks panel take their room, the page would keep more of itself drawn.
            self.setMaximumHeight(start.height)
        self.view.sandbox().load_shell(start)
