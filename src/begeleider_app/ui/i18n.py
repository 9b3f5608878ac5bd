"""Qt translations. Source strings are English (`self.tr("...")`); Dutch comes from
`resources/i18n/begeleider_nl.qm`, compiled from `begeleider_nl.ts` (see `i18n_build`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language`` ('nl' or 'en'); returns True when found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ok = False
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", "begeleider_nl.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    qt_base = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, ...)
    if qt_base.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return ok
