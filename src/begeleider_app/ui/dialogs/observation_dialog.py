"""Record one observation at the work place: date, a rating per item, and the story.

Quick on site: one row per item with a button per scale value and "not seen" (the default),
so a rating is one click or one arrow key. The narrative follows the seed's three parts
(what happened, learning point, why it matters) plus what went well. An existing observation
is edited on the items and scale it was made with.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import OBSERVATION
from ...domain.messages import get_language, msg
from ...domain.validation import FieldError, ValidationFailed, clean_value, format_date, parse_date
from ..widgets.drafts import KeepsDraft
from ..widgets.fit import fit_dialog
from .footer import add_footer

NOT_SEEN = 1000  # button id for "not seen" (-1 would mean 'assign an id')


class ObservationDialog(KeepsDraft, QDialog):
    """``items`` are (key, label) pairs; ``save`` stores the result and may raise
    ValidationFailed, whose messages are shown while the dialog stays open."""

    def __init__(
        self, items: list[tuple[str, str]], scale: tuple[int, int],
        save: Callable[[ObservationDialog], None], parent: QWidget | None = None, *,
        on: str | date | None = None, values: dict[str, int | None] | None = None,
        narrative: dict[str, str | None] | None = None, title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("observationDialog")
        self.setWindowTitle(title or self.tr("Observation"))
        self.setAccessibleName(self.windowTitle())
        self.items = items
        self.scale = scale
        self._save = save
        fit_dialog(self, (760, 760))
        lang = get_language()
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("observationScroll")
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        outer.addWidget(scroll)

        top = QFormLayout()
        self.date_edit = QLineEdit(format_date(on or date.today()), content)
        self.date_edit.setObjectName("observationDate")
        self.date_edit.setAccessibleName(OBSERVATION.field("date").label(lang))
        self.date_edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.date_edit.setMaximumWidth(160)
        top.addRow(OBSERVATION.field("date").label(lang), self.date_edit)
        layout.addLayout(top)

        box = QGroupBox(self.tr("Ratings (%1 to %2)").replace("%1", str(scale[0]))
                        .replace("%2", str(scale[1])), content)
        box.setObjectName("ratingsBox")
        grid = QGridLayout(box)
        low, high = scale
        for col, v in enumerate(range(low, high + 1), start=1):
            head = QLabel(str(v), box)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, col)
        ns_head = QLabel(self.tr("not seen"), box)
        grid.addWidget(ns_head, 0, high - low + 2)
        self.groups: dict[str, QButtonGroup] = {}
        values = values or {}
        for row, (key, label) in enumerate(items, start=1):
            name = QLabel(label, box)
            name.setObjectName(f"obsItemLabel_{key}")
            grid.addWidget(name, row, 0)
            group = QButtonGroup(box)
            group.setObjectName(f"obsItem_{key}")
            for col, v in enumerate(range(low, high + 1), start=1):
                rb = QRadioButton(box)
                rb.setObjectName(f"obs_{key}_{v}")
                rb.setAccessibleName(f"{label}: {v}")
                group.addButton(rb, v)
                grid.addWidget(rb, row, col, Qt.AlignmentFlag.AlignCenter)
            ns = QRadioButton(box)
            ns.setObjectName(f"obs_{key}_notseen")
            ns.setAccessibleName(self.tr("%1: not seen").replace("%1", label))
            group.addButton(ns, NOT_SEEN)
            grid.addWidget(ns, row, high - low + 2, Qt.AlignmentFlag.AlignCenter)
            current = values.get(key)
            button = group.button(current) if current is not None else None
            (button or ns).setChecked(True)
            self.groups[key] = group
        grid.setColumnStretch(0, 1)
        layout.addWidget(box)

        self.texts: dict[str, QPlainTextEdit] = {}
        story = QGroupBox(self.tr("What happened, and what went well"), content)
        story.setObjectName("narrativeBox")
        form = QFormLayout(story)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        narrative = narrative or {}
        for name in ("what_happened", "learning_point", "why_important", "went_well"):
            fld = OBSERVATION.field(name)
            edit = QPlainTextEdit(story)
            edit.setObjectName(f"observation_{name}")
            edit.setAccessibleName(fld.label(lang))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(56)
            edit.setMaximumHeight(96)
            edit.setPlainText(narrative.get(name) or "")
            self.texts[name] = edit
            form.addRow(fld.label(lang), edit)
        layout.addWidget(story)

        self.error_label, buttons = add_footer(self, outer, error_name="observationErrors", on_ok=self.accept,
                                               accept_button=QDialogButtonBox.StandardButton.Save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    # ------------------------------------------------------------------ values
    def draft_snapshot(self) -> tuple:
        return (self.date_edit.text(), {k: g.checkedId() for k, g in self.groups.items()},
                {k: e.toPlainText() for k, e in self.texts.items()})

    def apply_draft(self, snapshot: tuple) -> None:
        when, ratings, texts = snapshot
        self.date_edit.setText(when)
        for key, checked in ratings.items():
            button = self.groups[key].button(checked)
            if button is not None:
                button.setChecked(True)
            else:  # nothing was chosen: an exclusive group needs a moment off to clear
                group = self.groups[key]
                group.setExclusive(False)
                for b in group.buttons():
                    b.setChecked(False)
                group.setExclusive(True)
        for key, text in texts.items():
            self.texts[key].setPlainText(text)

    def set_rating(self, key: str, value: int | None) -> None:
        button = self.groups[key].button(NOT_SEEN if value is None else value)
        button.setChecked(True)

    def values(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for key, group in self.groups.items():
            v = group.checkedId()
            out[key] = None if v in (NOT_SEEN, -1) else v
        return out

    def narrative(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.texts.items()}

    def date_value(self) -> date:
        """The typed date; raises ValidationFailed with a Dutch message."""
        fld = OBSERVATION.field("date")
        try:
            parsed = parse_date(self.date_edit.text())
        except ValueError:
            parsed = None
        if parsed is None:
            try:
                clean_value(fld, self.date_edit.text())
            except FieldError as err:
                raise ValidationFailed({"date": err.message}) from None
            raise ValidationFailed({"date": msg("val.required", label=fld.label(get_language()))})
        return parsed

    def accept(self) -> None:
        try:
            self._save(self)
        except ValidationFailed as err:
            self.error_label.setText("\n".join(err.errors.values()))
            self.error_label.show()
            return
        super().accept()
