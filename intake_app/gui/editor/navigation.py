"""Keyboard navigation across the editor's sections: Alt+number jumps and the tab order.

Alt+1 ... Alt+9 put the focus on the first input of the first nine sections and Alt+0 on
the last (the identity's Show button). The tab order is rebuilt from the sections' own
lists whenever rows come or go, because Qt appends new widgets at the end of the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from intake_app.gui.editor.sections import Section


def add_section_shortcuts(
    owner: QWidget, sections: Sequence[Section], jump: Callable[[Section], None]
) -> None:
    """Alt+1..Alt+9 for the first nine sections, Alt+0 for the last, while `owner` has focus."""
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    keyed = [(str(n), s) for n, s in enumerate(sections[:9], start=1)]
    keyed.append(("0", sections[-1]))
    for digit, section in keyed:
        key = QShortcut(QKeySequence(f"Alt+{digit}"), owner, context=context)
        key.activated.connect(lambda s=section: jump(s))
        if not section.toolTip():
            section.setToolTip(f"Alt+{digit}")


def fix_tab_order(sections: Sequence[Section]) -> None:
    """Make Tab follow the form from top to bottom, rows included."""
    chain = [widget for section in sections for widget in section.focus_chain()]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def section_of(widget: QWidget | None, sections: Sequence[Section]) -> Section | None:
    """The section holding `widget`, or None when it is outside them all."""
    while widget is not None:
        if isinstance(widget, Section) and widget in sections:
            return widget
        widget = widget.parentWidget()
    return None
