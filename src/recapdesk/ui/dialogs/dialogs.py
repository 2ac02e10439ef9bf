"""Every question the window asks the user, behind one object that tests replace.

Nothing else in the window opens a modal dialog: a test gives the window a Dialogs subclass
with scripted answers instead of clicking through real ones.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from recapdesk.ui.dialogs.file_dialogs import FileDialogs
from recapdesk.ui.i18n import fill, translate

# Each dialog's module (and what it needs: the importers, the exporters, publishing) is
# imported when the dialog is first asked for: the window asks none of them to start.
if TYPE_CHECKING:
    from recapdesk.importers.rows import Sheet
    from recapdesk.model import Language
    from recapdesk.settings import Settings
    from recapdesk.store.recovery import RecoveryInfo
    from recapdesk.ui.dialogs.crash_dialog import CrashChoice, CrashReport
    from recapdesk.ui.dialogs.export_options import ExportOptions
    from recapdesk.ui.dialogs.import_rows_dialog import Destination, RowsChoice
    from recapdesk.ui.dialogs.publish_dialog import PublishChoice, PublishSummary
    from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice
    from recapdesk.ui.dialogs.template_dialog import TemplateChoice


class UnsavedChoice(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


class StartChoice(Enum):
    EXAMPLE = auto()
    NEW = auto()
    OPEN = auto()


class ExternalChoice(Enum):
    RELOAD = auto()
    KEEP = auto()


class Dialogs(FileDialogs):
    def ask_unsaved(self, name: str) -> UnsavedChoice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("", "Unsaved changes"))
        box.setText(fill(translate("", "Save the changes to “%1”?"), name))
        box.setInformativeText(translate("", "Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def choose_template(self, language: Language) -> TemplateChoice | None:
        """File > New from Template…: the template and article language chosen (the list
        starts in ``language``), or None when cancelled."""
        from recapdesk.ui.dialogs.template_dialog import ask_template

        return ask_template(language, self.parent)

    def choose_start(self) -> StartChoice:
        box = QMessageBox(self.parent)
        box.setWindowTitle(translate("", "Welcome to recapdesk"))
        box.setText(
            translate("", "Start from the example recap, a new blank project, or a project file?")
        )
        example = box.addButton(translate("", "Open &Example"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(translate("", "&New Project"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("", "&Open…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(example)
        box.exec()
        clicked = box.clickedButton()
        if clicked is example:
            return StartChoice.EXAMPLE
        if clicked is new:
            return StartChoice.NEW
        return StartChoice.OPEN

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def warning(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def ask_recovery(self, info: RecoveryInfo) -> RecoveryChoice:
        """Restore, discard or keep one recovery file left by a session that did not close."""
        from recapdesk.ui.dialogs.recovery_dialog import ask_recovery

        return ask_recovery(info, self.parent)

    def report_crash(self, report: CrashReport) -> CrashChoice:
        from recapdesk.ui.dialogs.crash_dialog import show_crash

        return show_crash(report, self.parent)

    def ask_external_change(self, name: str, modified: bool) -> ExternalChoice:
        """The open file was changed by another program: reload it, or keep this version."""
        box = QMessageBox(self.parent)
        box.setObjectName("externalChangeBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("", "File Changed on Disk"))
        box.setText(fill(translate("", "“%1” was changed by another program."), name))
        if modified:
            info = translate(
                "",
                "Reload it and lose the unsaved changes in this window, or keep your version "
                "(saving it will ask before overwriting the other changes).",
            )
        else:
            info = translate(
                "",
                "Reload it to see the other changes, or keep the version shown here "
                "(saving it will ask before overwriting the other changes).",
            )
        box.setInformativeText(info)
        reload = box.addButton(translate("", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
        reload.setObjectName("externalReload")
        keep = box.addButton(translate("", "&Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("externalKeep")
        box.setDefaultButton(keep if modified else reload)
        box.exec()
        return ExternalChoice.RELOAD if box.clickedButton() is reload else ExternalChoice.KEEP

    def confirm_overwrite(self, name: str) -> bool:
        """Saving would replace changes made to the file by another program."""
        box = QMessageBox(self.parent)
        box.setObjectName("confirmOverwriteBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("", "Overwrite Newer Changes?"))
        box.setText(
            fill(
                translate(
                    "", "“%1” was changed by another program since recapdesk last read or saved it."
                ),
                name,
            )
        )
        box.setInformativeText(
            translate("", "Saving replaces those changes with this window's version.")
        )
        overwrite = box.addButton(
            translate("", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        overwrite.setObjectName("confirmOverwrite")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is overwrite

    def offer_asset_cleanup(self, names: list[str], folder: str) -> bool:
        """A picture was removed and nothing in the project uses its file any more: remove
        the file from the project's assets folder too? (Undo brings it back.)"""
        box = QMessageBox(self.parent)
        box.setObjectName("assetCleanupBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("", "Remove the Picture File?"))
        box.setText(
            fill(
                translate("", "Nothing in the project uses %1 any more. Remove it from %2 too?"),
                ", ".join(names),
                folder,
            )
        )
        box.setInformativeText(translate("", "Undo brings it back."))
        remove = box.addButton(translate("", "&Remove File"), QMessageBox.ButtonRole.AcceptRole)
        remove.setObjectName("assetCleanupRemove")
        keep = box.addButton(translate("", "&Keep File"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    # -- bringing material in (File > Import Rows…, Import Markdown…) --------------------------

    def offer_markdown_import(self, name: str) -> bool:
        """The file opened is a Markdown recap, not a project: import it instead?"""
        box = QMessageBox(self.parent)
        box.setObjectName("offerMarkdownImportBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("", "Import the Markdown Recap?"))
        box.setText(fill(translate("", "“%1” is a Markdown file, not a recapdesk project."), name))
        box.setInformativeText(
            translate(
                "", "recapdesk can import it as a new project, with what it recognizes in it."
            )
        )
        import_button = box.addButton(translate("", "&Import"), QMessageBox.ButtonRole.AcceptRole)
        import_button.setObjectName("importInstead")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(import_button)
        box.exec()
        return box.clickedButton() is import_button

    def map_rows(
        self, sheet: Sheet, file_name: str, destinations: list[Destination], current: str
    ) -> RowsChoice | None:
        """Which column goes into which field, where the rows go (``current``: the key of
        the destination chosen first), add or replace."""
        from recapdesk.ui.dialogs.import_rows_dialog import ImportRowsDialog

        dialog = ImportRowsDialog(sheet, file_name, destinations, current, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice() if accepted else None

    def crop_cover(self, picture: Path, crop: list[int] | None) -> list[int] | None:
        """The Article tab's cover crop: the 2.35:1 part of ``picture`` WeChat shows, as
        ``[x, y, w, h]``; None when cancelled (or the picture cannot be read, said first)."""
        from recapdesk.ui.dialogs.cover_crop_dialog import CoverCropDialog, read_image

        image = read_image(str(picture))
        if image.isNull():
            self.error(
                translate("", "Crop the Cover"),
                fill(translate("", "“%1” cannot be read as a picture."), picture.name),
            )
            return None
        dialog = CoverCropDialog(image, crop, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.crop

    def confirm_import(self, name: str, summary: str, details: list[str]) -> bool:
        """What the import of a Markdown recap found, before it replaces the open project."""
        box = QMessageBox(self.parent)
        box.setObjectName("confirmImportBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("", "Import Markdown"))
        box.setText(fill(translate("", "“%1”: %2"), name, summary))
        box.setInformativeText(
            "\n".join(details)
            + ("\n\n" if details else "")
            + translate("", "Open it as a new, untitled project in place of the one open now?")
        )
        open_button = box.addButton(
            translate("", "&Open as New Project"), QMessageBox.ButtonRole.AcceptRole
        )
        open_button.setObjectName("confirmImport")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is open_button

    # -- publishing (File > Publish to WeChat Drafts…) ------------------------------------------

    def confirm_publish(self, summary: PublishSummary) -> PublishChoice | None:
        """What will be sent; the choice made, or None when cancelled."""
        from recapdesk.ui.dialogs.publish_dialog import PublishConfirmDialog

        dialog = PublishConfirmDialog(summary, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice() if accepted else None

    def show_published(self, media_id: str, updated: bool, notes: list[str]) -> None:
        """The draft is in the draft box: its media_id and where to find it."""
        box = QMessageBox(self.parent)
        box.setObjectName("publishedBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("", "Published to WeChat Drafts"))
        if updated:
            text = translate("", "The article's draft was updated in the draft box.")
        else:
            text = translate("", "The article was added to the draft box as a new draft.")
        box.setText(text)
        where = fill(
            translate(
                "",
                "Draft media_id: %1\n\nFind it in the 公众号 backend (mp.weixin.qq.com) under "
                "内容管理 > 草稿箱 (Drafts); review it there and publish it yourself.",
            ),
            media_id,
        )
        box.setInformativeText("\n\n".join([where, *notes]))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    # -- File > Export --------------------------------------------------------------------------

    def export_options(
        self, options: ExportOptions, title: str, program: str, today: str
    ) -> ExportOptions | None:
        """The options of an export, starting from ``options``; None when cancelled.
        ``program``, ``today``: what an empty program or date field gives."""
        from recapdesk.ui.dialogs.export_dialog import ExportOptionsDialog

        dialog = ExportOptionsDialog(
            options, title, program=program, today=today, parent=self.parent
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options() if accepted else None

    # -- preferences and help ------------------------------------------------------------------

    def edit_preferences(self, settings: Settings) -> Settings | None:
        """Edit > Preferences…: the settings chosen, or None when cancelled."""
        from recapdesk.ui.dialogs.preferences import ask_preferences

        return ask_preferences(settings, self.parent)

    def show_shortcuts(self, window: QMainWindow) -> None:
        """Help > Keyboard Shortcuts: every shortcut of ``window``'s menus and tabs."""
        from recapdesk.ui.dialogs.help_dialogs import ShortcutsDialog, shortcut_groups

        ShortcutsDialog(shortcut_groups(window), self.parent).exec()

    def show_about(self) -> None:
        from recapdesk.ui.dialogs.help_dialogs import AboutDialog

        AboutDialog(self.parent).exec()
