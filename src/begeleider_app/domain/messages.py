"""Dutch and English messages for code that runs without Qt (storage, CLI, services).

The GUI translates its own widgets with Qt's translation files; errors raised below the UI
carry a message key so the same error reads right in the CLI and in a dialog.
"""

from __future__ import annotations

from .catalog import (
    aftercare,
    consent,
    core,
    crypto,
    forms,
    goals,
    handover,
    hub,
    journal,
    network,
    observations,
    outcomes,
    privacy,
    reports,
    retention,
    sync,
)

_LANGUAGE = "nl"


def _assemble(*catalogues: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Every catalogue, loaded here at once: no message may depend on which modules happen
    to have been imported (a command run alone must speak as the window does)."""
    out: dict[str, tuple[str, str]] = {}
    for catalogue in catalogues:
        clash = set(out) & set(catalogue)
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        out.update(catalogue)
    return out


MESSAGES: dict[str, tuple[str, str]] = _assemble(
    core.MESSAGES, crypto.MESSAGES, sync.MESSAGES, aftercare.MESSAGES, consent.MESSAGES,
    goals.MESSAGES, handover.MESSAGES, observations.MESSAGES, privacy.MESSAGES,
    retention.MESSAGES, outcomes.MESSAGES, reports.MESSAGES, network.MESSAGES, hub.MESSAGES,
    journal.MESSAGES, forms.MESSAGES,
)


def set_language(language: str) -> None:
    global _LANGUAGE
    _LANGUAGE = "en" if language == "en" else "nl"


def get_language() -> str:
    return _LANGUAGE


def msg(key: str, **kwargs: object) -> str:
    """The message for ``key`` in the current language, formatted with ``kwargs``."""
    nl, en = MESSAGES[key]
    template = en if _LANGUAGE == "en" else nl
    return template.format(**kwargs)


class UserError(Exception):
    """An error whose message is meant for the coach, in their language."""

    def __init__(self, key: str, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(msg(key, **kwargs))

    def message(self) -> str:
        return msg(self.key, **self.kwargs)
