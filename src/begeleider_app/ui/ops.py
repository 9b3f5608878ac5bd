"""The operation layer: one way to run work from the window.

Every command that does more than a quick edit goes through `Operations`:

- **Autosave first.** Edits still waiting for their debounce timer are stored before the
  work starts, so a backup, an export or a sync never misses what the coach just typed.
- **Slow work off the UI thread.** `run()` hands the work to Qt's thread pool; work that
  reads or writes the database gets its own connection to the same file (a connection is
  never shared between threads) and closes it afterwards. The window keeps painting and
  answering the keyboard meanwhile. Results and failures come back through queued signals,
  so callbacks always run on the UI thread and may touch widgets.
- **One message style.** Every failure (`UserError`, `ValidationFailed`, `OSError`, a
  database that is busy, anything unexpected) becomes one Dutch (or English) sentence in one
  place (`services/errors.describe`), shown in one kind of dialog with the operation's title.
- **Views hear what changed.** An operation says which records it changed (`Changes`);
  the context passes that on, and every view showing such records refreshes.

`call()` is the same for quick work on the UI thread (one status change, a dialog's save).
Modelled on Anki's CollectionOp/QueryOp.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.messages import msg
from ..services import errors

if TYPE_CHECKING:
    from ..storage.repository import Store

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so views can tell whether they show any of it."""

    entities: frozenset[str] = frozenset()
    participant_ids: frozenset[str] = frozenset()
    # everything may have changed (a restore, a sync, another file)
    everything: bool = False
    # the object that made the change (a tab ignores its own autosave)
    origin: object | None = field(default=None, compare=False)
    # one write of the window's own connection (autosave): views may wait a moment and
    # refresh once for a burst of them; an operation's notice is answered at once
    from_write: bool = False

    @classmethod
    def of(cls, entities: Iterable[str] = (), participant_ids: Iterable[str | None] = (),
           origin: object | None = None) -> Changes:
        return cls(frozenset(entities), frozenset(p for p in participant_ids if p), origin=origin)

    def touches(self, entities: Iterable[str] = (), participant_id: str | None = None) -> bool:
        """Does this change concern any of ``entities`` (of ``participant_id``, if given)?"""
        if self.everything:
            return True
        wanted = set(entities)
        if wanted and not wanted & self.entities:
            return False
        return not (participant_id and self.participant_ids
                    and participant_id not in self.participant_ids)


EVERYTHING = Changes(everything=True)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(float, str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Operations keeps it until its result has been handled
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as err:  # noqa: BLE001 - every failure must reach the coach
            self.signals.failed.emit(err)
            return
        self.signals.done.emit(result)


@dataclass
class _Running:
    title: str
    task: _Task
    exclusive: bool


class Operations(QObject):
    """Runs the window's work. The application context owns one for the window (with its
    autosave flush and change notices); a dialog used on its own may make its own."""

    # (title, running): an operation started or ended (the status bar shows it)
    busy_changed = Signal(str, bool)

    def __init__(self, parent: QObject, *, window: Callable[[], QWidget | None] = lambda: None,
                 store: Callable[[], Store] | None = None,
                 flush: Callable[[], object] = lambda: True,
                 notify: Callable[[Changes], None] = lambda _changes: None) -> None:
        super().__init__(parent)
        self._window = window
        self._store = store
        self._flush = flush
        self._notify = notify
        self._running: list[_Running] = []
        # the last message shown, for tests and the status bar
        self.last_error = ""

    # ------------------------------------------------------------------ background
    def run(
        self,
        title: str,
        work: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        changes: Changes | Callable[[Any], Changes | None] | None = None,
        with_store: bool = True,
        exclusive: bool = False,
        flush: bool = True,
        on_progress: Progress | None = None,
    ) -> bool:
        """Run ``work`` in a worker thread. With ``with_store`` it is called as
        ``work(store, progress)`` with its own connection to the open database, otherwise
        as ``work(progress)``. ``exclusive``: nothing else may run beside it (a restore
        replaces the file). Returns False when it could not start (the reason is shown)."""
        blocking = [r for r in self._running if r.exclusive or exclusive]
        if blocking:
            self.show_error(title, msg("ops.already_running", running=blocking[0].title))
            return False
        if flush:
            self._flush()
        if with_store:
            if self._store is None:
                raise RuntimeError("this Operations has no database")
            store = self._store()

            def job(progress: Progress) -> Any:
                from ..services.session import worker_store

                own = worker_store(store)
                try:
                    return work(own, progress)
                finally:
                    own.close()
        else:
            job = work
        task = _Task(job)
        entry = _Running(title, task, exclusive)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(lambda result: self._done(entry, result, on_done, changes))
        task.signals.failed.connect(lambda err: self._failed(entry, err, on_failed))
        self._running.append(entry)
        self.busy_changed.emit(title, True)
        QThreadPool.globalInstance().start(task)
        return True

    def _finish(self, entry: _Running) -> None:
        with contextlib.suppress(ValueError):
            self._running.remove(entry)
        self.busy_changed.emit(entry.title, False)

    def _done(self, entry: _Running, result: Any,
              on_done: Callable[[Any], None] | None,
              changes: Changes | Callable[[Any], Changes | None] | None) -> None:
        self._finish(entry)
        notice = changes(result) if callable(changes) else changes
        if notice is not None:
            self._notify(notice)
        if on_done is not None:
            on_done(result)

    def _failed(self, entry: _Running, err: BaseException,
                on_failed: Callable[[str], None] | None) -> None:
        self._finish(entry)
        self.fail(entry.title, err, on_failed)

    # ------------------------------------------------------------------ UI thread
    def call(self, title: str, fn: Callable[..., Any], *args: Any,
             changes: Changes | None = None, flush: bool = False, **kwargs: Any) -> Any:
        """Quick work on the UI thread with the same error handling and change notices.
        Returns the result, or `FAILED` after the reason was shown."""
        if flush:
            self._flush()
        try:
            result = fn(*args, **kwargs)
        except Exception as err:  # noqa: BLE001 - mapped to one message below
            self.fail(title, err)
            return FAILED
        if changes is not None:
            self._notify(changes)
        return result

    def fail(self, title: str, err: BaseException,
             on_failed: Callable[[str], None] | None = None) -> str:
        """Log an unexpected error (without its text) and tell the coach, once."""
        errors.log_unexpected(err)
        text = errors.describe(err)
        if on_failed is not None:
            on_failed(text)
        else:
            self.show_error(title, text)
        return text

    def show_error(self, title: str, text: str) -> None:
        self.last_error = text
        QMessageBox.warning(self._window(), title, text)

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return bool(self._running)

    def running_titles(self) -> list[str]:
        return [r.title for r in self._running]

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Process events until every operation has ended (tests, closing the window)."""
        clock = QElapsedTimer()
        clock.start()
        while self._running and clock.elapsed() < timeout_ms:
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()
        return not self._running


class _Failed:
    """`Operations.call`'s result when the work failed (falsy, unlike most results)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Any = _Failed()

