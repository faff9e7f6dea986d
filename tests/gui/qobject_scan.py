"""Find a string anywhere in the live Qt objects of the test process (for the lock tests).

Reaches every QObject with a Python wrapper (through the garbage collector),
every widget Qt knows of, and the whole child tree of each, which covers objects
Qt made in C++ (a QPlainTextEdit's QTextDocument, a spin box's line edit).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def live_qobjects() -> list[QObject]:
    roots: dict[int, QObject] = {}
    candidates: list[object] = [*gc.get_objects(), *QApplication.allWidgets()]
    candidates.append(QApplication.instance())
    for obj in candidates:
        if isinstance(obj, QObject) and shiboken6.isValid(obj):
            roots[id(obj)] = obj
    found = dict(roots)
    for root in roots.values():
        for child in root.findChildren(QObject):
            found[id(child)] = child
    return [obj for obj in found.values() if shiboken6.isValid(obj)]


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    # Table and list models have no children (and make hasChildren private).
    flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                yield str(model.data(index, role) or "")
            if column == 0 and not flat and model.hasChildren(index):
                yield from _model_texts(model, index)
    if not parent.isValid():
        for column in range(model.columnCount(parent)):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def texts_of(obj: QObject) -> Iterator[str]:
    """Every string the object exposes that could carry case text."""
    yield obj.objectName()
    for name in obj.dynamicPropertyNames():
        try:
            yield str(obj.property(bytes(name.data()).decode()))
        except RuntimeError:
            continue  # Qt's own internal properties of types Python cannot see (not ours)
    if isinstance(obj, QWidget):
        yield from (obj.windowTitle(), obj.toolTip(), obj.statusTip(), obj.whatsThis())
        yield from (obj.accessibleName(), obj.accessibleDescription())
    if isinstance(obj, QLineEdit | QLabel | QAbstractButton):
        yield obj.text()
    if isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit):
        yield obj.placeholderText()
    if isinstance(obj, QPlainTextEdit | QTextEdit | QTextDocument):
        yield obj.toPlainText()
    if isinstance(obj, QComboBox):
        yield obj.currentText()
        yield from (obj.itemText(i) for i in range(obj.count()))
    if isinstance(obj, QAction):
        yield from (obj.text(), obj.toolTip(), obj.statusTip())
    if isinstance(obj, QAbstractItemModel):
        yield from _model_texts(obj, QModelIndex())
    if isinstance(obj, QUndoStack):
        yield from (obj.text(i) for i in range(obj.count()))


def undo_leftovers(obj: QObject) -> bool:
    """True when the object still keeps an undo history (where deleted text lives on)."""
    if isinstance(obj, QTextDocument):
        return obj.isUndoAvailable() or obj.isRedoAvailable()
    if isinstance(obj, QLineEdit):
        return obj.isUndoAvailable() or obj.isRedoAvailable()
    if isinstance(obj, QUndoStack):
        return obj.count() > 0
    return False


def find_marker(marker: str) -> list[str]:
    """Descriptions of every place `marker` is still found; [] when none."""
    hits = []
    for obj in live_qobjects():
        if any(marker in text for text in texts_of(obj)):
            hits.append(f"{type(obj).__name__} {obj.objectName()!r}")
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if marker in QGuiApplication.clipboard().text(mode):
            hits.append(f"clipboard {mode.name}")
    return hits


def find_undo_history() -> list[str]:
    """Every live document, line edit or undo stack that could still undo into old text."""
    return [type(obj).__name__ for obj in live_qobjects() if undo_leftovers(obj)]
