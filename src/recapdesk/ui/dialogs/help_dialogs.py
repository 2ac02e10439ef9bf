"""Help > Keyboard Shortcuts and Help > About recapdesk.

The shortcut list is read from the window's menus and form tabs as they are, so it can never
disagree with them: every menu command with its shortcuts, and the Alt+letter that opens each
form tab. The About box names the version and the licences of recapdesk, Qt/PySide6 and every
Python package the app carries, read from the installed packages' metadata.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recapdesk import __version__
from recapdesk.ui.i18n import fill, translate

_MNEMONIC = re.compile(r"&(?!&)(.)")
_CJK_MNEMONIC = re.compile(r"\s*\(&(.)\)")  # 文件(&F): the Chinese way of writing a mnemonic


def plain(text: str) -> str:
    """Menu text as a person reads it: no mnemonic marker, no trailing ellipsis."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ").strip()


def mnemonic(text: str) -> str:
    """The letter after ``&`` (upper case), or "" when there is none."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


# -- keyboard shortcuts ----------------------------------------------------------------------


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    rows: list[tuple[str, str]]  # (command, keys)


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts())


def _menu_rows(menu: QMenu) -> list[tuple[str, str]]:
    rows = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            if submenu.objectName() != "recentMenu":  # file names, not commands
                rows += _menu_rows(submenu)
        elif not action.isSeparator() and action.shortcuts():
            rows.append((plain(action.text()), _keys(action)))
    return rows


def shortcut_groups(window: QMainWindow) -> list[ShortcutGroup]:
    """The window's keyboard shortcuts: per menu, its commands that have one; then the form
    tabs and their Alt+letter."""
    groups = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows = _menu_rows(menu)
            if rows:
                groups.append(ShortcutGroup(plain(action.text()), rows))
    native = QKeySequence.SequenceFormat.NativeText
    tab_rows = []
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            letter = mnemonic(tabs.tabText(index))
            if letter:
                keys = QKeySequence(f"Alt+{letter}").toString(native)
                tab_rows.append((plain(tabs.tabText(index)), keys))
    if tab_rows:
        groups.append(ShortcutGroup(translate("", "Tabs"), tab_rows))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, groups: list[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("", "Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(translate("", "Keyboard shortcuts"))
        self.tree.setHeaderLabels([translate("", "Command"), translate("", "Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        for group in groups:
            heading = QTreeWidgetItem([group.title, ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            for command, keys in group.rows:
                heading.addChild(QTreeWidgetItem([command, keys]))
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 560)


# -- about -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement.strip(), maxsplit=1)[0]


def _license(name: str) -> str:
    from importlib import metadata  # here: ~70 ms to load, and only About needs it

    try:
        info = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return ""
    # get_all, not []: importlib_metadata (which keyring brings in) raises KeyError for a
    # missing field, where the standard library gives None.
    expression = (info.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    text = str((info.get_all("License") or [""])[0] or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c for c in info.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(c.split(" :: ")[-1] for c in classifiers) or text.split("\n", 1)[0][:60]


def python_dependencies(root: str = "recapdesk") -> list[Component]:
    """Every package ``root`` needs to run (its requirements, theirs, ...), sorted by name;
    those of optional extras left out."""
    from importlib import metadata  # here: ~70 ms to load, and only About needs it

    seen: dict[str, Component] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        for requirement in metadata.requires(name) or []:
            if "extra ==" in requirement:
                continue
            dependency = _requirement_name(requirement)
            key = dependency.lower().replace("_", "-")
            if key in seen:
                continue
            try:
                found_version = metadata.version(dependency)
            except metadata.PackageNotFoundError:
                continue  # for another platform or Python version
            seen[key] = Component(dependency, found_version, _license(dependency))
            pending.append(dependency)
    return sorted(seen.values(), key=lambda component: component.name.lower())


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
        f"<td>{html.escape(c.license)}</td></tr>"
        for c in python_dependencies()
        if not c.name.lower().startswith(("pyside6", "shiboken6"))  # Qt: named above
    )
    description = translate(
        "",
        "Write the recap article of a community program phase: form tabs, a live preview, "
        "Markdown and WeChat-ready output.",
    )
    license_text = translate("", "recapdesk is free software under the MIT License.")
    qt_text = fill(
        translate(
            "",
            "It is built on Qt %1 through PySide6 %2, used under the GNU Lesser General Public "
            "License version 3 (LGPL-3.0).",
        ),
        qVersion(),
        pyside_version,
    )
    packages = translate("", "Python packages it uses, and their licenses:")
    headers = "".join(
        f"<th align='left'>{html.escape(text)}</th>"
        for text in (translate("", "Package"), translate("", "Version"), translate("", "License"))
    )
    return (
        f"<h2>recapdesk {html.escape(__version__)}</h2>"
        f"<p>{html.escape(description)}</p>"
        f"<p>{html.escape(license_text)}<br>{html.escape(qt_text)}</p>"
        f"<p>{html.escape(packages)}</p>"
        f"<table cellspacing='0' cellpadding='4'><tr>{headers}</tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("", "About recapdesk"))
        self.text = QLabel(about_html(), self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
