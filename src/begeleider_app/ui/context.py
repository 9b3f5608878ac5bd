"""The application context: what a feature of the window may use, and nothing more.

Features (agenda, handover, sync, privacy, ...) receive an `AppContext` instead of the main
window. They reach the open database, folders and settings, the menus and toolbar, the
operation layer, and the participant on screen through its typed members, never by probing
the window for attributes. The main window builds one context and the features in one place
(`main_window.MainWindow._build_features`).
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ..config import Paths, Settings
from ..services import records
from ..storage.repository import Store
from .ops import Changes, Operations


class Shell(Protocol):
    """What the main window offers the context (implemented by `MainWindow`)."""

    def current_participant_id(self) -> str | None: ...

    def select_participant(self, participant_id: str) -> bool: ...

    def clear_participant(self) -> None: ...

    def show_tab(self, index: int) -> None: ...

    def current_tab_index(self) -> int: ...

    def show_tab_named(self, name: str) -> bool: ...

    def tab_named(self, name: str) -> QWidget | None: ...

    def flush(self) -> bool: ...


class AppContext(QObject):
    # another database file is open now (the new Store)
    store_changed = Signal(object)
    # the participant on screen changed (id or None)
    participant_changed = Signal(object)
    # records changed (a `Changes`): views showing them refresh
    records_changed = Signal(object)
    # the screen lock came on (True) or went off (False)
    locked_changed = Signal(bool)
    # names are shown as initials (True) or in full (False)
    privacy_view_changed = Signal(bool)

    def __init__(self, window: QMainWindow, shell: Shell, store: Store, paths: Paths,
                 settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.shell = shell
        self.paths = paths
        self.settings = settings
        self.menus: dict[str, QMenu] = {}
        self.toolbar: QToolBar | None = None
        self.ops = Operations(self, window=lambda: window, store=lambda: self._store,
                              flush=shell.flush, notify=self.notify)
        self.locked = False
        self._store = store
        store.listeners.append(self._on_write)

    # ------------------------------------------------------------------ the database
    @property
    def store(self) -> Store:
        """The open database; it changes when the coach opens another file or restores."""
        return self._store

    def set_store(self, store: Store) -> None:
        old = self._store
        with contextlib.suppress(ValueError):
            old.listeners.remove(self._on_write)
        self._store = store
        store.listeners.append(self._on_write)
        # Refused values and dialog drafts typed in the old file must not come back in another.
        from .widgets.autosave import forget_kept_refused
        from .widgets.drafts import forget_drafts

        forget_kept_refused()
        forget_drafts()
        self.store_changed.emit(store)

    def detach(self) -> None:
        """Stop listening to the database (the window closes)."""
        with contextlib.suppress(ValueError):
            self._store.listeners.remove(self._on_write)

    def _on_write(self, entity: str, row_id: str) -> None:
        # Every write through the window's own connection (autosave, dialogs, services),
        # with whose record it was, so only views of that participant need to look again.
        owner = records.participant_of(self._store, entity, row_id)
        self.records_changed.emit(Changes(frozenset({entity}), frozenset({owner} if owner else ()),
                                          from_write=True))

    def notify(self, changes: Changes) -> None:
        """Tell every view what changed (operations call this when they end)."""
        self.records_changed.emit(changes)

    # ------------------------------------------------------------------ the window
    def current_participant_id(self) -> str | None:
        return self.shell.current_participant_id()

    def select_participant(self, participant_id: str) -> bool:
        return self.shell.select_participant(participant_id)

    def clear_participant(self) -> None:
        """Show no participant (before an erasure, behind the lock)."""
        self.shell.clear_participant()

    def show_tab(self, index: int) -> None:
        self.shell.show_tab(index)

    def show_tab_named(self, name: str) -> bool:
        """Bring the participant tab with this object name to the front."""
        return self.shell.show_tab_named(name)

    def tab_named(self, name: str) -> QWidget | None:
        """The participant tab of this class or object name (None: no such tab)."""
        return self.shell.tab_named(name)

    def flush(self) -> bool:
        """Store every edit still waiting for its debounce timer; False if one could not be."""
        return self.shell.flush()

    def status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.locked_changed.emit(locked)

    def set_privacy_view(self, on: bool) -> None:
        self.privacy_view_changed.emit(on)
