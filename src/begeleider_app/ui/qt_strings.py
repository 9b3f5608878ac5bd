"""Dutch for Qt's own file dialog where Qt's Dutch translation (qtbase_nl) has none.

Without these the file dialog was half English ("Look in:", "Files of type:", "Folder").
`pyside6-lupdate` reads the calls below into our .ts (with their Qt context and
disambiguation, exactly as Qt asks for them), the Dutch is filled there like any other
string, and our translator answers where Qt's has nothing. The function never runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _for_lupdate() -> None:  # pragma: no cover - read by lupdate, never called
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
    QCoreApplication.translate("QFileDialog", "Look in")
    QCoreApplication.translate("QFileDialog", "File name")
    QCoreApplication.translate("QFileDialog", "Files of type")
    QCoreApplication.translate("QFileDialog", "Directory")
    QCoreApplication.translate("QFileDialog", "Save")
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
    QCoreApplication.translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer")
    QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms")
    QCoreApplication.translate("QAbstractFileIconProvider", "Alias", "macOS Finder")
    QCoreApplication.translate("QAbstractFileIconProvider", "Drive")
    QCoreApplication.translate("QAbstractFileIconProvider", "File")
    QCoreApplication.translate("QAbstractFileIconProvider", "%1 File")
    QCoreApplication.translate("QAbstractFileIconProvider", "Unknown")
    QCoreApplication.translate("QFileSystemModel", "%1 TB")
    QCoreApplication.translate("QFileSystemModel", "%1 bytes")
