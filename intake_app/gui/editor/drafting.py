"""Drafts as the editor keeps them: always storable, offered again after a crash.

The vault's drafts table holds whole case documents, and reading it back checks each one
as strictly as a saved case. A draft is taken mid-interview, so it may lack what a saved
case needs; `storable_draft` fills the one gap that can happen (a blank pseudonym) with a
marker that `from_draft` removes again, and refuses anything else the model cannot hold.
"""

from __future__ import annotations

import copy

from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.model import Case
from intake_app.gui.session import Session

# Stands in for a pseudonym not typed yet; a restore dialog can show it as it is.
UNNAMED_DRAFT = "(unnamed draft)"
AUTOSAVE_MS = 5_000


def storable_draft(case: Case) -> Case:
    """A copy of `case` that the drafts table can hold and read back.

    Raises ValidationError when something else would make the draft unreadable.
    """
    draft = copy.deepcopy(case)
    if not draft.pseudonym.strip():
        draft.pseudonym = UNNAMED_DRAFT
    # The same check Drafts.drafts() runs when reading: one bad draft would hide them all.
    case_from_json(case_to_json(draft))
    return draft


def from_draft(case: Case) -> Case:
    """A copy of a stored draft with the blank-pseudonym marker taken out again."""
    restored = copy.deepcopy(case)
    if restored.pseudonym == UNNAMED_DRAFT:
        restored.pseudonym = ""
    return restored


def restore_offer(session: Session) -> list[tuple[str, str, Case]]:
    """Drafts left in the vault (after a crash or a lock), newest first.

    Each is (draft id, saved time as UTC text, case); pass the chosen one to
    `CaseEditor.restore_draft`, or drop it with `session.drafts.discard_draft(draft_id)`.
    """
    return session.drafts.drafts()
