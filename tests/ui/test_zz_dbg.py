from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from tests.ui.conftest import MakeWindow

def test_dbg(qtbot, make_window: MakeWindow, example_file) -> None:
    window = make_window(); window.open_file(example_file)
    tab = window.form_tabs[2]
    window.show(); window.tabs.setCurrentWidget(tab)
    with qtbot.waitActive(window):
        window.activateWindow()
    view = tab.honorees_table.view
    index = view.model().index(0, 0)
    view.setFocus()
    view.setCurrentIndex(index); view.edit(index)
    [editor] = view.viewport().findChildren(QLineEdit)
    print("before", editor.text(), editor.hasFocus())
    editor.end(False)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    print("model", window.document.project.honorees.people[0].name)
