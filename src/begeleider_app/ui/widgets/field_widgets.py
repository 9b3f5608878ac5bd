"""One editor widget per declared field type, built from `domain.fields`.

Every editor shows the value, reports edits (`edited`, on each keystroke or click) and the
moment to store at once (`committed`: leaving the field, picking a choice), and shows a Dutch
message under itself when the typed value is wrong. The typed text always stays in the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import Confidentiality, Field, FieldType
from ...domain.messages import get_language
from ...domain.validation import format_date
from .icons import health_icon, private_icon
from .reflow import Reflow

ERROR_COLOR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: 600;"
ERROR_INPUT_STYLE = "border: 2px solid #b3261e;"



def confidentiality_tooltip(fld: Field) -> str:
    if fld.confidentiality is Confidentiality.HEALTH:
        return QCoreApplication.translate("FieldWidgets", "Health information: never shared with an employer")
    if fld.confidentiality is Confidentiality.PRIVATE:
        return QCoreApplication.translate("FieldWidgets", "Private information: never shared with an employer without consent")
    return ""


def widget_name(entity: str, fld: Field, suffix: str = "") -> str:
    return f"{entity}_{fld.name}{suffix}"


_CHOICE_MODELS: dict[tuple[Field, str], QStandardItemModel] = {}


def choice_model(fld: Field, language: str) -> QStandardItemModel:
    """One item model per choice field and language, shared by every combo box that shows
    it: a form with many combo boxes (goals, actions) is built without re-adding items."""
    key = (fld, language)
    model = _CHOICE_MODELS.get(key)
    if model is None:
        model = QStandardItemModel(QCoreApplication.instance())
        empty = QStandardItem("")
        empty.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(empty)
        for choice in fld.choices:
            item = QStandardItem(choice.label(language))
            item.setData(choice.value, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        _CHOICE_MODELS[key] = model
    return model


class _NoWheelComboBox(QComboBox):
    """A combo box that ignores the mouse wheel unless focused: scrolling a long form must
    never change an answer by accident."""

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _PlainTextEdit(QPlainTextEdit):
    """Free text that grows with its content (2 to 8 lines), so a form shows many answers."""

    focus_lost = Signal()
    MIN_LINES, MAX_LINES = 2, 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom() + 4
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + frame)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.focus_lost.emit()


class FieldEditor(QWidget):
    """The editor for one field: the input, and a message line under it."""

    edited = Signal()
    committed = Signal()

    def __init__(
        self, fld: Field, entity: str, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.field = fld
        self.compact = compact  # a long text in one line (e.g. an action in a list)
        self.entity = entity
        self.language = get_language()
        self.setObjectName(widget_name(entity, fld, "_editor"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.input = self._build()
        layout.addWidget(self.input)
        self._error_label: QLabel | None = None  # made when first needed (forms have many fields)
        label = fld.label(self.language)
        tip = fld.help(self.language)
        conf = confidentiality_tooltip(fld)
        for w in self.inputs():
            if not w.objectName():
                w.setObjectName(widget_name(entity, fld))
            if not w.accessibleName():
                w.setAccessibleName(label)
            description = " ".join(t for t in (tip, conf) if t)
            if description:
                w.setAccessibleDescription(description)
                w.setToolTip(description)
        self._loading = False
        # set_value runs for every field of every record shown: decide once how to fill it.
        self._plain = isinstance(self.input, QPlainTextEdit)
        self._choice_index = {c.value: i + 1 for i, c in enumerate(fld.choices)}  # 0: empty

    # ----------------------------------------------------------------- building
    def _build(self) -> QWidget:
        t = self.field.type
        if t is FieldType.LONGTEXT and not self.compact:
            w = _PlainTextEdit(self)
            w.setTabChangesFocus(True)  # Tab moves on, as in every other field
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            w.textChanged.connect(self._on_edit)
            w.focus_lost.connect(self.committed)
            return w
        if t is FieldType.BOOL:
            w = QCheckBox(self.field.label(self.language), self)
            w.toggled.connect(self._on_discrete)
            return w
        if t is FieldType.CHOICE:
            w = _NoWheelComboBox(self)
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if not self.compact:
                # As narrow as a form needs (a long choice is elided), as wide as it gives.
                w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                w.setMinimumContentsLength(14)
                w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            w.setModel(choice_model(self.field, self.language))
            w.currentIndexChanged.connect(self._on_discrete)
            return w
        if t is FieldType.MULTI:
            # As many columns as fit (up to 3): never wider than the narrowest form allows.
            columns = 3 if len(self.field.choices) > 4 else len(self.field.choices) or 1
            box = Reflow(self, max_columns=columns, stretch=True)
            box.setObjectName(widget_name(self.entity, self.field, "_choices"))
            self.checks: dict[str, QCheckBox] = {}
            for choice in self.field.choices:
                cb = QCheckBox(choice.label(self.language), box)
                cb.setObjectName(widget_name(self.entity, self.field, f"_{choice.value}"))
                cb.setAccessibleName(f"{self.field.label(self.language)}: {choice.label(self.language)}")
                cb.toggled.connect(self._on_discrete)
                box.add(cb)
                self.checks[choice.value] = cb
            return box
        w = QLineEdit(self)
        if t is FieldType.DATE:
            w.setPlaceholderText(QCoreApplication.translate("FieldWidgets", "dd-mm-yyyy"))
            w.setMaximumWidth(160)
        elif t is FieldType.INT:
            w.setPlaceholderText(QCoreApplication.translate("FieldWidgets", "number"))
            w.setMaximumWidth(120)
        w.textEdited.connect(self._on_edit)
        w.editingFinished.connect(self.committed)
        return w

    def inputs(self) -> list[QWidget]:
        if self.field.type is FieldType.MULTI:
            return list(self.checks.values())
        return [self.input]

    # ----------------------------------------------------------------- values
    def raw_value(self) -> Any:
        t = self.field.type
        w = self.input
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if t is FieldType.BOOL:
            return w.isChecked()
        if t is FieldType.CHOICE:
            return w.currentData()
        if t is FieldType.MULTI:
            return [v for v, cb in self.checks.items() if cb.isChecked()]
        return w.text()

    def set_raw_value(self, raw: Any) -> None:
        """Put back what ``raw_value`` returned (a draft), as typed, even when not valid."""
        if self.field.type in (FieldType.BOOL, FieldType.CHOICE, FieldType.MULTI) or self._plain:
            self.set_value(raw)
        else:
            self.input.setText(raw)

    def set_value(self, value: Any) -> None:
        """Show a stored (decoded) value without reporting it as an edit."""
        self._loading = True
        try:
            t = self.field.type
            w = self.input
            if self._plain:
                text = value or ""
                if w.toPlainText() != text:
                    w.setPlainText(text)  # starts a new undo history too
                elif w.document().isUndoAvailable() or w.document().isRedoAvailable():
                    # The same text, but the undo history belongs to the record shown before:
                    # Ctrl+Z must never bring another participant's words into this field.
                    w.document().clearUndoRedoStacks()
            elif t is FieldType.BOOL:
                w.setChecked(bool(value))
            elif t is FieldType.CHOICE:
                # The items are the field's choices after an empty one (choice_model); an
                # unknown stored value shows as empty, as findData's -1 did.
                w.setCurrentIndex(self._choice_index.get(value, 0) if value is not None else 0)
            elif t is FieldType.MULTI:
                chosen = set(value or [])
                for v, cb in self.checks.items():
                    cb.setChecked(v in chosen)
            else:
                text = format_date(value) if t is FieldType.DATE else "" if value is None else str(value)
                # setText is costly (a form shows many empty fields) and also clears the undo
                # history, which must not outlive the record it was typed in.
                if w.text() != text or w.isUndoAvailable() or w.isRedoAvailable():
                    w.setText(text)
        finally:
            self._loading = False
        self.set_error(None)

    @property
    def error_label(self) -> QLabel:
        """The message line under the input (created on first use)."""
        if self._error_label is None:
            label = QLabel(self)
            label.setObjectName(widget_name(self.entity, self.field, "_error"))
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
            label.setPalette(palette)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
            self.layout().addWidget(label)
            self._error_label = label
        return self._error_label

    def set_error(self, message: str | None) -> None:
        if message:
            self.error_label.setText(message)
            self.error_label.show()
            self.input.setStyleSheet(ERROR_INPUT_STYLE if self.field.type is not FieldType.MULTI else "")
            for w in self.inputs():
                w.setAccessibleDescription(message)
        elif self._error_label is not None and self._error_label.text():
            self.error_label.clear()
            self.error_label.hide()
            self.input.setStyleSheet("")

    def error(self) -> str:
        return self._error_label.text() if self._error_label is not None else ""

    def set_read_only(self, read_only: bool) -> None:
        for w in self.inputs():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    # ----------------------------------------------------------------- signals
    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_discrete(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
            self.committed.emit()


def field_label(fld: Field, parent: QWidget | None = None) -> QWidget:
    """The label of a form row, with a padlock for private and health fields."""
    text = fld.label(get_language())
    conf = confidentiality_tooltip(fld)
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    label = QLabel(text, box)
    label.setWordWrap(True)
    label.setObjectName(f"label_{fld.name}")
    row.addWidget(label, 1)
    if conf:
        icon = health_icon() if fld.confidentiality is Confidentiality.HEALTH else private_icon()
        mark = QLabel(box)
        mark.setObjectName(f"confidential_{fld.name}")
        mark.setPixmap(icon.pixmap(16, 16))
        mark.setToolTip(conf)
        mark.setAccessibleName(conf)
        mark.setProperty("confidentiality", fld.confidentiality.value)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        box.setToolTip(conf)
    box.setProperty("field_label", text)
    return box


def add_editor_row(form: QFormLayout, editor: FieldEditor) -> None:
    """Put an editor in a form with its label (check boxes carry their own label)."""
    if editor.field.type is FieldType.BOOL and editor.field.confidentiality is Confidentiality.WORK:
        form.addRow("", editor)
    else:
        lab = field_label(editor.field, form.parentWidget())
        form.addRow(lab, editor)
        inner = lab.findChild(QLabel)
        if inner is not None:
            inner.setBuddy(editor.inputs()[0])


class FocusOutFilter(QObject):
    """Calls ``callback`` when a watched widget loses focus."""

    def __init__(self, callback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False
