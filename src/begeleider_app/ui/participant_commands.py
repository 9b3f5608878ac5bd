"""Commands on the participant as a whole: new, status (pause, resume), archive, history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ..services import participants as svc
from .actions import window_action
from .context import AppContext
from .ops import FAILED, Changes


class ParticipantCommands(QObject):
    def __init__(self, ctx: AppContext, history_targets: Callable[[], list[tuple[str, str, str]]]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._history_targets = history_targets
        window = ctx.window

        def action(text: str, slot, shortcut=None, name: str = "", tip: str = "") -> QAction:
            return window_action(window, text, slot, shortcut, name, tip)

        self.act_new = action(self.tr("&New participant..."), self.new_participant, "Ctrl+N",
                              "actNewParticipant", self.tr("Register a new participant"))
        self.act_status = action(self.tr("Change &status..."), self.change_status, "Ctrl+Shift+S",
                                 "actChangeStatus",
                                 self.tr("Change the trajectory status (e.g. pause) with a date"))
        self.act_pause = action(self.tr("&Pause trajectory..."), self.pause, None, "actPause")
        self.act_resume = action(self.tr("&Resume trajectory"), self.resume, None, "actResume")
        self.act_archive = action(self.tr("&Archive participant"), self.toggle_archive, None, "actArchive")
        self.act_history = action(self.tr("Earlier &versions..."), self.show_history, "Ctrl+H",
                                  "actHistory", self.tr("See and restore earlier versions of what is shown"))

    def _person(self) -> dict | None:
        return svc.get_participant(self.ctx.store, self.ctx.current_participant_id())

    def update(self, person: dict | None) -> None:
        """Enable what fits the participant on screen (the record just read)."""
        has = person is not None
        for act in (self.act_status, self.act_pause, self.act_archive, self.act_history):
            act.setEnabled(has)
        self.act_resume.setEnabled(has and person["status"] == svc.PAUSED)
        self.act_pause.setEnabled(has and person["status"] != svc.PAUSED)
        self.act_archive.setText(self.tr("Bring back from &archive") if has and person.get("archived")
                                 else self.tr("&Archive participant"))

    def new_participant_dialog(self):
        from .dialogs.record_dialog import RecordDialog

        return RecordDialog(
            "participant",
            ("first_name", "last_name", "name_native", "birth_date", "target_group", "weight",
             "referrer", "start_date"),
            self.tr("New participant"), self.ctx.window,
            intro=self.tr("Only the first name is required; everything else can be filled in later."),
            values={"start_date": date.today().isoformat()},
        )

    def new_participant(self) -> str | None:
        from .dialogs.record_dialog import RecordDialog

        self.ctx.flush()
        dialog = self.new_participant_dialog()
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        values = dict(dialog.result_values)
        if self.ctx.settings.coach_name:
            values.setdefault("coach", self.ctx.settings.coach_name)
        person = self.ctx.ops.call(self.tr("New participant"), svc.create_participant,
                                   self.ctx.store, values)
        if person is FAILED:
            return None
        self.ctx.notify(Changes.of(["participant"], [person["id"]]))
        self.ctx.select_participant(person["id"])
        self.ctx.show_tab(0)
        return person["id"]

    def _status_dialog(self, preset: str | None = None) -> None:
        from .dialogs.status_dialog import StatusDialog

        person = self._person()
        if person is None:
            return
        self.ctx.flush()
        dialog = StatusDialog(person["status"], self.ctx.window, preset=preset)
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        status, on, reason = dialog.values()
        self.ctx.ops.call(self.tr("Change status"), svc.change_status, self.ctx.store, person["id"],
                          status, on=on, reason=reason or None,
                          changes=Changes.of(["participant", "status_change"], [person["id"]]))

    def change_status(self) -> None:
        self._status_dialog()

    def pause(self) -> None:
        self._status_dialog(preset=svc.PAUSED)

    def resume(self) -> None:
        pid = self.ctx.current_participant_id()
        if not pid:
            return
        self.ctx.ops.call(self.tr("Resume trajectory"), svc.resume, self.ctx.store, pid,
                          on=date.today(), flush=True,
                          changes=Changes.of(["participant", "status_change"], [pid]))

    def toggle_archive(self) -> None:
        person = self._person()
        if person is None:
            return
        archived = bool(person.get("archived"))
        if not archived:
            answer = QMessageBox.question(
                self.ctx.window, self.tr("Archive participant"),
                self.tr("Archive %1? The file is kept and can be found with the filter \"Archived\".")
                .replace("%1", svc.full_name(person)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.ops.call(self.tr("Archive participant"), svc.set_archived, self.ctx.store,
                          person["id"], not archived, flush=True,
                          changes=Changes.of(["participant"], [person["id"]]))

    def show_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog

        targets = self._history_targets()
        pid = self.ctx.current_participant_id()
        if not targets and pid:
            targets = [(self.tr("Personal details"), "participant", pid)]
        if not targets:
            return
        self.ctx.flush()
        dialog = HistoryDialog(self.ctx.store, targets, self.ctx.window)
        dialog.exec()
        if dialog.restored:
            self.ctx.notify(Changes.of([t[1] for t in targets], [pid]))
