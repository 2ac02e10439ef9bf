"""Scripted answers to every question the window can ask, for the tests of autosave, recovery,
crashes, external changes and hostile input. An unexpected question fails the test instead of
hanging it on a real modal dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from recapdesk.model import Language
from recapdesk.settings import Settings
from recapdesk.store.recovery import RecoveryInfo
from recapdesk.ui.dialogs.crash_dialog import CrashChoice, CrashReport
from recapdesk.ui.dialogs.dialogs import Dialogs, ExternalChoice, StartChoice, UnsavedChoice
from recapdesk.ui.dialogs.export_options import ExportOptions
from recapdesk.ui.dialogs.recovery_dialog import RecoveryChoice
from recapdesk.ui.dialogs.template_dialog import TemplateChoice

T = TypeVar("T")


class ScriptedDialogs(Dialogs):
    def __init__(self) -> None:
        super().__init__(None)
        self.unsaved: list[UnsavedChoice] = []
        self.recovery: list[RecoveryChoice] = []
        self.external: list[ExternalChoice] = []
        self.overwrite: list[bool] = []
        self.cleanup: list[bool] = []
        self.crash: list[CrashChoice] = []
        self.save_paths: list[Path | None] = []
        self.open_paths: list[Path | None] = []
        self.suggested: list[str] = []  # what each save question suggested
        # File > Export's options: an answer (None: Cancel), or "shown" to accept the dialog
        # as it opens (the options remembered from the last export).
        self.export_answers: list[ExportOptions | str | None] = []
        self.export_shown: list[ExportOptions] = []
        self.crops: list[list[int] | None] = []
        # File > New from Template…: each answer (None: Cancel), and the language it opened in.
        self.templates: list[TemplateChoice | None] = []
        self.template_languages: list[Language] = []
        self.start = StartChoice.NEW
        self.asked: list[str] = []  # every question, in order, by kind
        self.offered: list[RecoveryInfo] = []
        self.reports: list[CrashReport] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def _answer(self, kind: str, answers: list[T]) -> T:
        self.asked.append(kind)
        if not answers:
            raise AssertionError(f"unexpected question: {kind} (asked so far: {self.asked})")
        return answers.pop(0)

    def ask_unsaved(self, name: str) -> UnsavedChoice:
        return self._answer("unsaved", self.unsaved)

    def choose_start(self) -> StartChoice:
        self.asked.append("start")
        return self.start

    def open_path(self, folder: str) -> Path | None:
        return self._answer("open", self.open_paths)

    def save_path(self, suggested: str, title: str, file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self._answer("save", self.save_paths)

    def export_options(
        self, options: ExportOptions, title: str, program: str, today: str
    ) -> ExportOptions | None:
        self.export_shown.append(options)
        answer = self._answer("export options", self.export_answers)
        if isinstance(answer, str):  # "shown"
            return options
        return answer

    def choose_template(self, language: Language) -> TemplateChoice | None:
        self.template_languages.append(language)
        return self._answer("template", self.templates)

    def crop_cover(self, picture: Path, crop: list[int] | None) -> list[int] | None:
        return self._answer("crop", self.crops)

    def error(self, title: str, message: str) -> None:
        self.asked.append("error")
        self.errors.append(message)

    def warning(self, title: str, message: str) -> None:
        self.asked.append("warning")
        self.warnings.append(message)

    def ask_recovery(self, info: RecoveryInfo) -> RecoveryChoice:
        self.offered.append(info)
        return self._answer("recovery", self.recovery)

    def report_crash(self, report: CrashReport) -> CrashChoice:
        self.reports.append(report)
        return self._answer("crash", self.crash)

    def ask_external_change(self, name: str, modified: bool) -> ExternalChoice:
        return self._answer("external", self.external)

    def confirm_overwrite(self, name: str) -> bool:
        return self._answer("overwrite", self.overwrite)

    def offer_asset_cleanup(self, names: list[str], folder: str) -> bool:
        return self._answer("cleanup", self.cleanup)


# Preferences that differ from the defaults in every setting.
CHANGED = Settings(
    ui_language="zh_CN",
    autosave_interval=90,
    default_theme="classic",
    preview_width="desktop",
    pangu_spacing=False,
    link_footnotes=False,
)


class PreferenceDialogs(ScriptedDialogs):
    """Answers Edit > Preferences… with ``answer`` (None: Cancel), and records what it was
    shown."""

    def __init__(self, answer: Settings | None) -> None:
        super().__init__()
        self.answer = answer
        self.shown: list[Settings] = []

    def edit_preferences(self, settings: Settings) -> Settings | None:
        self.shown.append(settings)
        return self.answer
