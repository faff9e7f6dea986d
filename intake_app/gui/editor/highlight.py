"""Highlighting identifiers in the account as they are typed.

`IdentifierHighlighter` marks every span `intake_app.cases.identifiers` finds in a line,
with this case's known identity values, using a tinted background and an underline (so
the mark does not rely on colour alone). Each mark carries its kind as a text-format
property, which `spans()` reads back: what the caseworker sees is what tests check.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from intake_app.cases.identifiers import IdentifierSpan, KnownIdentities, find_identifiers

KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
# A translucent amber reads on light and dark palettes alike.
_MARK = QColor(255, 176, 0, 110)


class IdentifierHighlighter(QSyntaxHighlighter):
    """Marks identifiers in a QTextDocument, line by line."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._known = KnownIdentities()

    @property
    def known(self) -> KnownIdentities:
        return self._known

    def set_known(self, known: KnownIdentities) -> None:
        """Use this case's identity values; re-marks the text only when they changed."""
        if known != self._known:
            self._known = known
            self.rehighlight()

    def reset(self) -> None:
        """Forget the known values (a wipe); the document is expected to be empty too."""
        self._known = KnownIdentities()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for span in find_identifiers(text, self._known):
            self.setFormat(span.start, span.end - span.start, _format(span.kind))

    def spans(self) -> list[IdentifierSpan]:
        """Every marked span in the whole document, in document positions."""
        found: list[IdentifierSpan] = []
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            if layout is not None:
                for marked in layout.formats():
                    kind = marked.format.property(KIND_PROPERTY)
                    if isinstance(kind, str):
                        start = block.position() + marked.start
                        found.append(IdentifierSpan(start, start + marked.length, kind))
            block = block.next()
        return sorted(found)


def _format(kind: str) -> QTextCharFormat:
    mark = QTextCharFormat()
    mark.setBackground(_MARK)
    mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    mark.setProperty(KIND_PROPERTY, kind)
    return mark
