"""Drafts: unsaved edits kept inside the vault, so a crash or a lock loses nothing typed."""

from __future__ import annotations

import json

from intake_app.cases.jsonio import case_from_json, case_to_json, time_text
from intake_app.cases.model import Case
from intake_app.vault.database import Connection
from intake_app.vault.vault import Vault


class Drafts:
    """The drafts table of an open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self) -> Connection:
        return self.vault.conn

    def save_draft(self, draft_id: str, case: Case) -> None:
        """Keep an unsaved edit (identity included) in the vault until it is saved or dropped."""
        stored = self.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case.id,)).fetchone()
        with self.vault.write() as conn:
            conn.execute(
                "INSERT INTO drafts (id, case_id, saved, doc) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET saved = excluded.saved, doc = excluded.doc",
                (
                    draft_id,
                    case.id if stored else None,
                    time_text(self.vault.options.now()),
                    json.dumps(case_to_json(case), ensure_ascii=False),
                ),
            )

    def drafts(self) -> list[tuple[str, str, Case]]:
        """(draft id, saved time, case) for every draft, newest first."""
        rows = self.conn.execute("SELECT id, saved, doc FROM drafts ORDER BY saved DESC").fetchall()
        return [(d, saved, case_from_json(json.loads(doc))) for d, saved, doc in rows]

    def discard_draft(self, draft_id: str) -> None:
        with self.vault.write() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
