"""One message style for every failure, in the coach's language (window and command line).

A UserError already carries its message; everything else is mapped here once, so no caller
decides on its own which errors it catches and how it words them.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import traceback

from ..domain.messages import UserError, get_language, msg
from ..domain.validation import ValidationFailed

log = logging.getLogger("begeleider")


#: The operating system's reasons in the coach's language (its own text is English).
_REASONS: dict[int, tuple[str, str]] = {
    errno.EACCES: ("geen toegang", "access denied"),
    errno.EPERM: ("geen toestemming", "not permitted"),
    errno.ENOENT: ("bestaat niet", "does not exist"),
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EROFS: ("alleen lezen", "read-only"),
    errno.EEXIST: ("bestaat al", "already exists"),
    errno.EISDIR: ("is een map", "is a folder"),
    errno.ENOTDIR: ("is geen map", "is not a folder"),
    errno.EBUSY: ("in gebruik", "in use"),
    errno.EIO: ("lees- of schrijffout", "input/output error"),
    errno.ETIMEDOUT: ("geen antwoord (time-out)", "no answer (time-out)"),
    errno.EHOSTUNREACH: ("niet bereikbaar", "unreachable"),
    errno.ENETUNREACH: ("geen netwerk", "no network"),
}


def os_reason(err: OSError) -> str:
    """Why the system refused, in the current language."""
    known = _REASONS.get(err.errno or -1)
    if known is not None:
        return known[1] if get_language() == "en" else known[0]
    return err.strerror or type(err).__name__


def is_busy(err: BaseException) -> bool:
    """SQLite's "database is locked" / "busy" (also from SQLCipher's own error classes)."""
    text = str(err).lower()
    return type(err).__name__ in ("OperationalError", "DatabaseError") and (
        "locked" in text or "busy" in text)


def describe(err: BaseException) -> str:
    """The sentence the coach reads for ``err``."""
    if isinstance(err, UserError):
        return err.message()
    if isinstance(err, ValidationFailed):
        return str(err)
    if is_busy(err):
        return msg("ops.busy")
    if isinstance(err, OSError):
        where = err.filename or ""
        detail = os_reason(err)
        return msg("ops.os_error", path=where, detail=detail) if where else msg(
            "ops.os_error_nopath", detail=detail)
    if isinstance(err, sqlite3.Error) or type(err).__module__.startswith("sqlcipher"):
        return msg("ops.db_error", detail=type(err).__name__)
    return msg("ops.unexpected", kind=type(err).__name__)


def log_unexpected(err: BaseException) -> None:
    """Where it happened and the kind of error, never the message: it can hold what the
    coach typed (a name, a diagnosis), and the log is no place for personal data."""
    if isinstance(err, UserError | ValidationFailed | OSError) or is_busy(err):
        return
    log.error("Onverwachte fout %s.%s\n%s", type(err).__module__, type(err).__qualname__,
              "".join(traceback.format_tb(err.__traceback__)))
