"""The case editor: sections of PRODUCT.md §3 in one keyboard-first form.

`CaseEditor` is what the main window embeds; `restore_offer` lists drafts to offer after
an unlock; `PartialDateEdit` is the date field used throughout.
"""

from intake_app.gui.editor.drafting import AUTOSAVE_MS, UNNAMED_DRAFT, restore_offer
from intake_app.gui.editor.editor import CaseEditor
from intake_app.gui.editor.partial_date import PartialDateEdit

__all__ = ["AUTOSAVE_MS", "UNNAMED_DRAFT", "CaseEditor", "PartialDateEdit", "restore_offer"]
