"""Organisation lists: the observation items and scale, and the aftercare template.

Stored in the database (org_setting), so the whole team shares them through sync. A change
applies to new observations and new aftercare plans only: old observations keep the items
and scale they were made with, and planned contact moments keep their dates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import MODE, WITH_WHOM
from ...domain.messages import get_language
from ...domain.validation import ValidationFailed
from ...services import aftercare as ac
from ...services import observations as obs
from ...storage.repository import Store
from ..widgets.buttons import make_button
from ..widgets.fit import fit_dialog
from .footer import add_footer

T_LABEL, T_AMOUNT, T_UNIT, T_WHOM, T_MODE, T_CLOSING = range(6)
KEY_ROLE = Qt.ItemDataRole.UserRole



class _WhomButton(QToolButton):
    """A compact multi-choice: a button showing the chosen people, with a checkable menu."""

    def __init__(self, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("With whom"))
        menu = QMenu(self)
        self.actions_by_value: dict[str, QAction] = {}
        for c in WITH_WHOM:
            act = menu.addAction(c.label(get_language()))
            act.setCheckable(True)
            act.setChecked(c.value in chosen)
            act.toggled.connect(self._update_text)
            self.actions_by_value[c.value] = act
        self.setMenu(menu)
        self._update_text()

    def values(self) -> list[str]:
        return [v for v, a in self.actions_by_value.items() if a.isChecked()]

    def _update_text(self) -> None:
        labels = [a.text() for a in self.actions_by_value.values() if a.isChecked()]
        self.setText(", ".join(labels) or self.tr("(nobody)"))


class OrgListsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("orgListsDialog")
        self.setWindowTitle(self.tr("Organisation lists"))
        self.setAccessibleName(self.windowTitle())
        fit_dialog(self, (860, 560))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These lists are shared by the whole team. Changes apply to new observations and new "
            "aftercare plans; earlier observations and planned moments stay as they are."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("orgListsTabs")
        self.tabs.addTab(self._items_page(), self.tr("Observation items"))
        self.tabs.addTab(self._template_page(), self.tr("Aftercare template"))
        layout.addWidget(self.tabs, 1)
        self.error_label, buttons = add_footer(self, layout, error_name="orgListsErrors", on_ok=self.accept,
                                               accept_button=QDialogButtonBox.StandardButton.Save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    # ------------------------------------------------------------------ items
    def _items_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        scale_row = QHBoxLayout()
        low, high = obs.org_scale(self.store)
        scale_label = QLabel(self.tr("Scale from"), page)
        self.scale_low = QSpinBox(page)
        self.scale_low.setObjectName("scaleLow")
        self.scale_low.setAccessibleName(self.tr("Scale from"))
        self.scale_low.setRange(0, 9)
        self.scale_low.setValue(low)
        scale_label.setBuddy(self.scale_low)
        to_label = QLabel(self.tr("to"), page)
        self.scale_high = QSpinBox(page)
        self.scale_high.setObjectName("scaleHigh")
        self.scale_high.setAccessibleName(self.tr("Scale to"))
        self.scale_high.setRange(1, 10)
        self.scale_high.setValue(high)
        to_label.setBuddy(self.scale_high)
        for w in (scale_label, self.scale_low, to_label, self.scale_high):
            scale_row.addWidget(w)
        note = QLabel(self.tr("plus \"not seen\""), page)
        scale_row.addWidget(note)
        scale_row.addStretch(1)
        layout.addLayout(scale_row)
        self.items_table = QTableWidget(0, 1, page)
        self.items_table.setObjectName("itemsTable")
        self.items_table.setAccessibleName(self.tr("Observation items"))
        self.items_table.setHorizontalHeaderLabels([self.tr("Item")])
        self.items_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.items_table, 1)
        for item in obs.org_items(self.store):
            self.add_item(item.label, item.key)
        row = QHBoxLayout()
        add = make_button(self.tr("&Add item"), "addItemButton", page)
        add.clicked.connect(lambda: self._add_and_edit(self.tr("New item")))
        remove = make_button(self.tr("&Remove item"), "removeItemButton", page)
        remove.clicked.connect(lambda: self._remove_current(self.items_table))
        up = make_button(self.tr("Move &up"), "itemUpButton", page)
        up.clicked.connect(lambda: self._move(self.items_table, -1))
        down = make_button(self.tr("Move &down"), "itemDownButton", page)
        down.clicked.connect(lambda: self._move(self.items_table, 1))
        for b in (add, remove, up, down):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        tip = QLabel(self.tr("Renaming an item keeps its ratings together in the chart; a "
                             "removed item stays visible in earlier observations."), page)
        tip.setWordWrap(True)
        layout.addWidget(tip)
        return page

    def add_item(self, label: str, key: str = "") -> int:
        r = self.items_table.rowCount()
        self.items_table.insertRow(r)
        cell = QTableWidgetItem(label)
        cell.setData(KEY_ROLE, key)
        self.items_table.setItem(r, 0, cell)
        return r

    def _add_and_edit(self, label: str) -> None:
        r = self.add_item(label)
        self.items_table.setCurrentCell(r, 0)
        self.items_table.editItem(self.items_table.item(r, 0))

    def item_values(self) -> list[obs.Item]:
        return [obs.Item(self.items_table.item(r, 0).data(KEY_ROLE) or "",
                         self.items_table.item(r, 0).text())
                for r in range(self.items_table.rowCount())]

    # ------------------------------------------------------------------ template
    def _template_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Contact moments proposed when a participant is placed, counted "
                               "from the start date of the placement."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.template_table = QTableWidget(0, 6, page)
        self.template_table.setObjectName("templateTable")
        self.template_table.setAccessibleName(self.tr("Aftercare template"))
        self.template_table.setHorizontalHeaderLabels([
            self.tr("Description"), self.tr("After"), self.tr("Unit"), self.tr("With whom"),
            self.tr("Mode"), self.tr("Closing")])
        header = self.template_table.horizontalHeader()
        header.setSectionResizeMode(T_LABEL, QHeaderView.ResizeMode.Stretch)
        for col in (T_AMOUNT, T_UNIT, T_WHOM, T_MODE, T_CLOSING):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.template_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.template_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.template_table.verticalHeader().setVisible(False)
        layout.addWidget(self.template_table, 1)
        for entry in ac.template(self.store):
            self.add_template_row(entry)
        row = QHBoxLayout()
        add = make_button(self.tr("Add &moment"), "addTemplateRowButton", page)
        add.clicked.connect(lambda: self.add_template_row(
            {"label": self.tr("Contact moment"), "unit": "months", "amount": 1,
             "with_whom": ["deelnemer"], "mode": None, "closing": False}))
        remove = make_button(self.tr("Remo&ve moment"), "removeTemplateRowButton", page)
        remove.clicked.connect(lambda: self._remove_current(self.template_table))
        reset = make_button(self.tr("Default template"), "resetTemplateButton", page)
        reset.clicked.connect(self.reset_template)
        for b in (add, remove, reset):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def add_template_row(self, entry: dict) -> int:
        lang = get_language()
        t = self.template_table
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, T_LABEL, QTableWidgetItem(entry.get("label", "")))
        amount = QSpinBox(t)
        amount.setObjectName(f"templateAmount_{r}")
        amount.setAccessibleName(self.tr("After"))
        amount.setRange(0, 1000)
        amount.setValue(int(entry.get("amount") or 0))
        t.setCellWidget(r, T_AMOUNT, amount)
        unit = QComboBox(t)
        unit.setObjectName(f"templateUnit_{r}")
        unit.setAccessibleName(self.tr("Unit"))
        for value in ac.UNITS:
            nl, en = ac.UNIT_LABELS[value]
            unit.addItem(en if lang == "en" else nl, value)
        unit.setCurrentIndex(max(0, unit.findData(entry.get("unit"))))
        t.setCellWidget(r, T_UNIT, unit)
        whom = _WhomButton(list(entry.get("with_whom") or []), t)
        whom.setObjectName(f"templateWhom_{r}")
        t.setCellWidget(r, T_WHOM, whom)
        mode = QComboBox(t)
        mode.setObjectName(f"templateMode_{r}")
        mode.setAccessibleName(self.tr("Mode"))
        mode.addItem("", None)
        for c in MODE:
            mode.addItem(c.label(lang), c.value)
        mode.setCurrentIndex(max(0, mode.findData(entry.get("mode"))) if entry.get("mode") else 0)
        t.setCellWidget(r, T_MODE, mode)
        closing = QTableWidgetItem()
        closing.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                         | Qt.ItemFlag.ItemIsSelectable)
        closing.setCheckState(Qt.CheckState.Checked if entry.get("closing") else Qt.CheckState.Unchecked)
        t.setItem(r, T_CLOSING, closing)
        return r

    def template_values(self) -> list[dict]:
        t = self.template_table
        out = []
        for r in range(t.rowCount()):
            out.append({
                "label": t.item(r, T_LABEL).text(),
                "amount": t.cellWidget(r, T_AMOUNT).value(),
                "unit": t.cellWidget(r, T_UNIT).currentData(),
                "with_whom": t.cellWidget(r, T_WHOM).values(),
                "mode": t.cellWidget(r, T_MODE).currentData(),
                "closing": t.item(r, T_CLOSING).checkState() == Qt.CheckState.Checked,
            })
        return out

    def reset_template(self) -> None:
        self.template_table.setRowCount(0)
        for entry in ac.DEFAULT_TEMPLATE:
            self.add_template_row(dict(entry))

    # ------------------------------------------------------------------ shared
    @staticmethod
    def _remove_current(table: QTableWidget) -> None:
        r = table.currentRow()
        if r >= 0:
            table.removeRow(r)

    def _move(self, table: QTableWidget, step: int) -> None:
        r = table.currentRow()
        target = r + step
        if r < 0 or not 0 <= target < table.rowCount():
            return
        a, b = table.takeItem(r, 0), table.takeItem(target, 0)
        table.setItem(r, 0, b)
        table.setItem(target, 0, a)
        table.setCurrentCell(target, 0)

    def accept(self) -> None:
        errors: list[str] = []
        try:
            # validate both before writing either
            ac.check_template(self.template_values())
            obs.check_scale((self.scale_low.value(), self.scale_high.value()))
        except ValidationFailed as err:
            errors.extend(err.errors.values())
        if not errors:
            try:
                with self.store.transaction():
                    obs.set_org_items(self.store, self.item_values(),
                                      (self.scale_low.value(), self.scale_high.value()))
                    ac.set_template(self.store, self.template_values())
            except ValidationFailed as err:
                errors.extend(err.errors.values())
        if errors:
            self.error_label.setText("\n".join(errors))
            self.error_label.show()
            return
        super().accept()
