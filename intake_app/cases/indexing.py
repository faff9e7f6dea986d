"""What the store derives from a stored case document for filtering and search.

Works on the canonical JSON document (not the model classes) so that schema
migrations can back-fill old rows with exactly what the store writes today.
Identity fields and harassers are never passed in here: they are not in the
document the store indexes.
"""

from __future__ import annotations

import hashlib
from typing import Any

from intake_app.cases.fts import index_text

AT_RISK_STATUSES = frozenset({"expiring", "expired", "confiscated", "lost_or_stolen"})


def facets(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(facet, value) pairs the case list can filter on."""
    found = {("incident_kind", i.get("kind", "")) for i in doc.get("incidents", [])}
    for document in doc.get("documents", []):
        found.add(("document_kind", document.get("kind", "")))
        found.add(("document_status", document.get("status", "")))
    found |= {("need", n["kind"]) for n in doc.get("needs", []) if n.get("status") == "open"}
    found.add(("status_in_canada", (doc.get("status_in_canada") or {}).get("status", "")))
    found.add(("status", doc.get("status", "")))
    found |= {("tag", tag) for tag in doc.get("tags", [])}
    if passport_at_risk(doc):
        found.add(("passport", "at_risk"))
    return {(facet, value) for facet, value in found if value}


def passport_at_risk(doc: dict[str, Any]) -> bool:
    return any(
        d.get("status") in AT_RISK_STATUSES
        or d.get("renewal_postponed")
        or d.get("fear_of_arrest")
        or d.get("travel_document_needed")
        for d in doc.get("documents", [])
    )


def open_needs(doc: dict[str, Any]) -> int:
    return sum(1 for n in doc.get("needs", []) if n.get("status") == "open")


def facet_token(facet: str, value: str) -> str:
    """One FTS token for a filter value, e.g. `incidentkindstalking` (letters and digits only).

    Tags are free text, so a tag's token is a digest of it: exact, whatever it contains.
    """
    if facet == "tag":
        return "tag" + hashlib.sha256(value.casefold().encode()).hexdigest()[:20]
    return (facet + value).replace("_", "").replace("-", "").casefold()


def search_columns(
    pseudonym: str, code: str, doc: dict[str, Any]
) -> tuple[str, str, str, str, str]:
    """The FTS columns: pseudonym, case code, account, incidents, facet tokens."""
    account = doc.get("account") or {}
    incidents = " ".join(
        " ".join(str(i.get(k) or "") for k in ("kind", "location", "description", "perpetrator"))
        for i in doc.get("incidents", [])
    )
    text = f"{account.get('original', '')} {account.get('translation_en', '')}"
    tokens = " ".join(sorted(facet_token(f, v) for f, v in facets(doc)))
    return pseudonym, code, index_text(text), index_text(incidents), tokens
