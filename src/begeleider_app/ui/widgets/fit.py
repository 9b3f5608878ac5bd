"""Dialogs that fit the coach's screen, grow for their messages and start in their first field.

The most common coach laptop has a 1366x768 screen, of which a taskbar and the window's own
title bar take about 80 pixels of height. A dialog given a fixed size for a big monitor
(1180x780) puts its buttons below the edge there, and a message label that wraps but never
makes its dialog taller is cut off mid-sentence. So every dialog calls `fit_dialog` once,
at the end of its constructor:

- **Size from the screen and the content.** When the dialog is first shown it takes its
  preferred size (given, or what its layout asks for, with wrapped text measured at its
  width), never more than the screen offers (`client_budget`), never less than its layout's
  minimum, and it is placed wholly on the screen.
- **Messages grow the dialog.** Whenever its content asks for more height (an error line
  shows, a wrapped message gets longer) the dialog grows, up to the screen's height; the
  button row therefore stays visible. Long bodies go in a `VScrollArea`, which scrolls up and
  down but never sideways, and the button row stays outside it.
- **Focus starts in the first field** (`first_input`), or on the widget the dialog names.

`tests/ui/test_fit_1366.py` opens every dialog of the program on a 1366x768 screen and
checks all of this; docs/design.md ("Dialogs on a small screen") says how to add one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

#: what the window system adds around a window's contents (title bar and borders)
FRAME_RESERVE = QMargins(8, 32, 8, 8)
#: room for a taskbar or panel when the screen reports none (offscreen, some X11 setups)
TASKBAR_RESERVE = 40


def available_area(widget: QWidget | None = None) -> QRect:
    """Where windows may go on the screen of ``widget`` (or its parent, or the primary one):
    the screen's available geometry, less a taskbar's height if the screen reports none."""
    screen = None
    probe = widget
    while probe is not None and screen is None:
        handle = probe.windowHandle()
        screen = handle.screen() if handle is not None else None
        probe = probe.parentWidget()
    if screen is None and widget is not None:
        screen = widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen with a QApplication)
        return QRect(0, 0, 1366, 768 - TASKBAR_RESERVE)
    area = screen.availableGeometry()
    if area == screen.geometry():
        area = area.adjusted(0, 0, 0, -TASKBAR_RESERVE)
    return area


def client_budget(widget: QWidget | None = None) -> QSize:
    """The largest size a window's contents may have on its screen (title bar included)."""
    area = available_area(widget)
    return QSize(area.width() - FRAME_RESERVE.left() - FRAME_RESERVE.right(),
                 area.height() - FRAME_RESERVE.top() - FRAME_RESERVE.bottom())


def content_height(widget: QWidget, width: int) -> int:
    """The height ``widget``'s layout needs at ``width`` (wrapped text measured)."""
    layout = widget.layout()
    if layout is None:
        return widget.sizeHint().height()
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    return max(needed, layout.totalMinimumSize().height())


def fit_height(widget: QWidget) -> None:
    """Fix ``widget``'s height to what its content needs at its present width (a card or
    panel of wrapped labels that a layout would otherwise squeeze)."""
    widget.ensurePolished()
    widget.setFixedHeight(content_height(widget, widget.width()))


# ---------------------------------------------------------------------- focus

EDITABLE = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def _focusable(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, EDITABLE)


def first_input(root: QWidget) -> QWidget | None:
    """The focus rule: the first field the coach can type in or list to choose from, in
    ``root``'s tab order (never a scroll area, tab bar or button while there is one); else
    the first widget that takes the focus at all."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(chain) < 5000:
        if root.isAncestorOf(widget) and _focusable(widget) and not _internal(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    found = next((w for w in chain if is_field(w)), None)
    return found or (chain[0] if chain else None)


def is_field(widget: QWidget) -> bool:
    """Something the coach types in or chooses from (not a button, tab bar or scroll area)."""
    return _editable(widget) or isinstance(widget, QAbstractItemView)


def _internal(widget: QWidget) -> bool:
    """Parts of a compound widget (a spin box's line edit, a combo box's popup, an editor
    inside a table's cell)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def focus_first(root: QWidget, preferred: QWidget | None = None) -> QWidget | None:
    """Put the focus in ``preferred`` (when it can take it) or in ``root``'s first field."""
    target = preferred if preferred is not None and _focusable(preferred) else first_input(root)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


# ---------------------------------------------------------------------- dialogs

class _Fitter(QObject):
    """Sizes its dialog when first shown and lets it grow when the content asks for more."""

    def __init__(self, dialog: QWidget, preferred: QSize | None, focus: QWidget | None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.preferred = preferred
        self.focus = focus
        self.shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.grow)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is getattr(self, "dialog", None):
            if kind == QEvent.Type.Show and not self.shown:
                self.shown = True
                self.fit()
                focus_first(self.dialog, self.focus)
            elif kind == QEvent.Type.LayoutRequest and self.shown:
                self._timer.start()  # after the dialog's own layout has run
        return False

    def fit(self) -> None:
        dialog = self.dialog
        budget = client_budget(dialog)
        layout = dialog.layout()
        minimum = layout.totalMinimumSize() if layout is not None else dialog.minimumSizeHint()
        minimum = minimum.expandedTo(dialog.minimumSize())
        want = QSize(self.preferred) if self.preferred is not None else dialog.sizeHint()
        width = max(minimum.width(), min(want.width(), budget.width()))
        height = want.height()
        if self.preferred is None:  # wrapped text: measured at the width it gets
            height = max(height, content_height(dialog, width))
        height = max(minimum.height(), min(height, budget.height()))
        dialog.resize(width, height)
        place_on_screen(dialog)

    def grow(self) -> None:
        dialog = self.dialog
        if not dialog.isVisible():
            return
        budget = client_budget(dialog)
        needed = min(content_height(dialog, dialog.width()), budget.height())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)
            place_on_screen(dialog)


def fit_dialog(dialog: QWidget, preferred: QSize | tuple[int, int] | None = None, *,
               focus: QWidget | None = None) -> None:
    """Size ``dialog`` from its content (or ``preferred``) and the screen when it is first
    shown, grow it when its messages need room, and start the focus in its first field (or
    ``focus``). Call once, at the end of the dialog's constructor."""
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    fitter = _Fitter(dialog, preferred, focus)
    # Kept until the dialog is destroyed: Qt calls the filter as long as the dialog lives,
    # and a filter whose Python side had been collected would be called on a dead object.
    key = id(fitter)
    _FITTERS[key] = fitter
    # Let go after the dialog's destruction has run (its last events still reach the filter).
    dialog.destroyed.connect(lambda *_args: QTimer.singleShot(0, lambda: _FITTERS.pop(key, None)))


_FITTERS: dict[int, _Fitter] = {}


def place_on_screen(window: QWidget) -> None:
    """Move ``window`` so that all of it, title bar included, is on the available screen;
    over its parent's centre where that is possible."""
    area = available_area(window)
    size = window.size()
    parent = window.parentWidget()
    if parent is not None and parent.isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = area.center()
    # move() places the frame (title bar and borders), which is larger than the contents
    frame_w = size.width() + FRAME_RESERVE.left() + FRAME_RESERVE.right()
    frame_h = size.height() + FRAME_RESERVE.top() + FRAME_RESERVE.bottom()
    x = max(area.left(), min(centre.x() - frame_w // 2, area.right() + 1 - frame_w))
    y = max(area.top(), min(centre.y() - frame_h // 2, area.bottom() + 1 - frame_h))
    window.move(x, y)


# ---------------------------------------------------------------------- scrolling

class VScrollArea(QScrollArea):
    """A body that scrolls up and down, never sideways: it is at least as wide as its
    content needs, and asks for the content's full height (the dialog then gets what the
    screen allows and scrolls the rest)."""

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (it shows no focus mark, so a Tab seemed to do nothing): the
        # fields inside take the focus and scroll into view (below); a click still gives it
        # the arrow keys.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if content is not None:
            self.setWidget(content)
        # Qt scrolls to a field only when Tab is handled by this area itself: Tab out of a
        # multi-line field (which handles it) left the next one half below the edge.
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        content = self.widget()
        if now is None or content is None or not content.isAncestorOf(now):
            return
        parent = now.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and now is parent.viewport():
            now = parent  # a text field's inner viewport has the focus: show the whole field
        # ensureWidgetVisible would show only a text field's cursor line: show the field whole
        # (its top when it is taller than the area).
        top = now.mapTo(content, QPoint(0, 0)).y()
        half = min(now.height(), self.viewport().height() - 16) // 2
        self.ensureVisible(0, top + half, 0, half + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Content that grew (more goals, a wider form) changes what this area needs: tell
        # the layouts above it, which a plain QScrollArea never does.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        base = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return base
        return QSize(content.minimumSizeHint().width() + self._extra_width(), base.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        width = max(hint.width(), content.minimumSizeHint().width())
        height = content_height(content, width) if content.layout() is not None else hint.height()
        return QSize(width + self._extra_width(), height + 2 * self.frameWidth())


def visible_in_window(widget: QWidget) -> bool:
    """True when all of ``widget`` is inside its window's contents and not clipped by a
    scroll area or a parent too small for it (tests, and the fit checks)."""
    if not widget.isVisible():
        return False
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        clip = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not clip.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


def process_layouts(rounds: int = 8) -> None:
    """Let posted layout and resize events run (after showing or changing a window): a
    change deep inside reaches the window one layout level per round."""
    for _ in range(rounds):
        QApplication.processEvents()
