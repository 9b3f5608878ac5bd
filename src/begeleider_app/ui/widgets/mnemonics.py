"""Mnemonics (Alt+letter): every command has one, and no two share a letter in one window.

Two visible targets with the same Alt+letter in one window make Qt cycle between them
instead of acting ("Alt+N" was both "Nieuwe leerwerkplek..." and the Nazorg tab). What
counts is the text on screen, so the check runs on the translated (Dutch) text.

`mnemonic_map(window)` lists, per scope, which letter goes to what:

- the window itself: the menu bar's titles, visible buttons, tabs, labels with a buddy and
  checkable group boxes (everything Alt+letter reaches while the window has the focus);
- each menu and submenu: its visible actions (their letters only work while it is open).

`mnemonic_problems(window)` reports letters used twice in one scope and commands without a
letter: every menu action and every push button needs one, except the standard OK/Cancel
buttons of a dialog (Enter and Escape) and buttons marked as repeated per row
(`mark_repeated`: a "Verwijderen" on each action line is reached with Tab). Toolbar buttons
repeat menu actions and are left out. tests/ui/test_fit_1366.py runs it on every window,
tab and dialog of the program.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

REPEATED = "mnemonicRepeated"


def mark_repeated(button: QWidget) -> None:
    """``button`` appears once per row (per action, per goal): it gets no Alt+letter."""
    button.setProperty(REPEATED, True)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), case-folded."""
    i = 0
    while True:
        i = text.find("&", i)
        if i < 0 or i + 1 >= len(text):
            return None
        if text[i + 1] == "&":
            i += 2
            continue
        return text[i + 1].casefold()


def shown_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass(frozen=True)
class Target:
    scope: str
    kind: str  # menu, action, button, tab, label, group
    text: str  # as written, with its '&'
    required: bool
    ident: int

    @property
    def letter(self) -> str | None:
        return mnemonic(self.text)


def _menu_targets(menu: QMenu, scope: str) -> list[Target]:
    out: list[Target] = []
    for act in menu.actions():
        if act.isSeparator() or not act.isVisible():
            continue
        out.append(Target(scope, "action", act.text(), True, id(act)))
        sub = act.menu()
        if isinstance(sub, QMenu):
            out += _menu_targets(sub, f"{scope} > {shown_text(act.text())}")
    return out


def _standard_button(button: QAbstractButton) -> bool:
    box = button.parentWidget()
    return isinstance(box, QDialogButtonBox) and \
        box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def _button_target(button: QAbstractButton, scope: str) -> Target | None:
    parent = button.parentWidget()
    if isinstance(button, QToolButton) and (
            isinstance(parent, QToolBar | QTabBar | QLineEdit) or button.objectName().startswith("qt_")):
        return None  # a toolbar's copy of a menu action, or a part of another widget
    if isinstance(button, QCheckBox | QRadioButton):
        return Target(scope, "button", button.text(), False, id(button))
    required = isinstance(button, QPushButton) and not button.property(REPEATED) \
        and not _standard_button(button)
    return Target(scope, "button", button.text(), required, id(button))


def targets(window: QWidget) -> list[Target]:
    """Everything in ``window`` that an Alt+letter can reach, visible now."""
    title = shown_text(window.windowTitle()) or window.objectName() or type(window).__name__
    out: list[Target] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for act in window.menuBar().actions():
            if not act.isVisible():
                continue
            out.append(Target(title, "menu", act.text(), True, id(act)))
            if isinstance(act.menu(), QMenu):
                out += _menu_targets(act.menu(), f"{title}: menu {shown_text(act.text())}")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            target = _button_target(widget, title)
            if target is not None:
                out.append(target)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    out.append(Target(title, "tab", widget.tabText(i), False, id(widget) + i))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            out.append(Target(title, "label", widget.text(), False, id(widget)))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            out.append(Target(title, "group", widget.title(), False, id(widget)))
    return out


def mnemonic_map(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """{scope: {letter: [texts shown]}} for ``window`` as it is on screen now."""
    scopes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    seen: set[tuple[str, int]] = set()
    for t in targets(window):
        if t.letter is None or (t.scope, t.ident) in seen:
            continue
        seen.add((t.scope, t.ident))
        scopes[t.scope][t.letter].append(shown_text(t.text))
    return {scope: dict(letters) for scope, letters in scopes.items()}


def mnemonic_problems(window: QWidget) -> list[str]:
    """Letters used twice in one scope, and commands without a letter (empty: all good)."""
    problems = []
    for scope, letters in mnemonic_map(window).items():
        for letter, texts in sorted(letters.items()):
            if len(texts) > 1:
                problems.append(f"{scope}: Alt+{letter.upper()} is " + " and ".join(
                    repr(t) for t in texts))
    for t in targets(window):
        if t.required and t.letter is None and shown_text(t.text).strip():
            problems.append(f"{t.scope}: {t.kind} {shown_text(t.text)!r} has no Alt+letter")
    return sorted(set(problems))

