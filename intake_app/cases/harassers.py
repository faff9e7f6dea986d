"""People who harass clients: who is described by which cases, found by identifier."""

from __future__ import annotations

import json

from intake_app.cases.jsonio import case_from_json
from intake_app.cases.model import Harasser
from intake_app.vault.database import Connection
from intake_app.vault.vault import Vault


class Harassers:
    """Queries over harasser records; their identifiers never leave the vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self) -> Connection:
        return self.vault.conn

    def cases_sharing_harassers(self, case_id: str) -> dict[str, list[str]]:
        """For each harasser linked to `case_id`, the other cases that describe the same person."""
        rows = self.conn.execute(
            "SELECT a.harasser_id, cb.id FROM case_harassers a "
            "JOIN cases ca ON ca.num = a.case_num "
            "JOIN case_harassers b ON a.harasser_id = b.harasser_id AND b.case_num != a.case_num "
            "JOIN cases cb ON cb.num = b.case_num "
            "WHERE ca.id = ? ORDER BY cb.id",
            (case_id,),
        ).fetchall()
        shared: dict[str, list[str]] = {}
        for harasser_id, other in rows:
            shared.setdefault(harasser_id, []).append(other)
        return shared

    def find_harassers(self, identifier: str) -> list[Harasser]:
        """Harasser records with this handle, plate or other identifier (case-insensitive)."""
        wanted = identifier.strip().casefold()
        found = []
        for (text,) in self.conn.execute("SELECT doc FROM harassers ORDER BY num"):
            doc = json.loads(text)
            values = (
                doc.get("handles", []) + doc.get("plates", []) + doc.get("other_identifiers", [])
            )
            if any(v.strip().casefold() == wanted for v in values):
                found.append(case_from_json({"pseudonym": "-", "harassers": [doc]}).harassers[0])
        return found
