"""Case storage on an open vault: the only place case SQL lives.

A case is stored as its canonical JSON document *without* identity or
harassers; the identity goes to `identities`, harassers to `harassers` (one
row per person, linked from every case that describes them). Filter columns,
facets and the full-text index are derived from the document on every write.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from intake_app.cases import indexing
from intake_app.cases.fts import build_query, has_prefix_terms
from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.model import Case
from intake_app.errors import IntakeError, UsageError, ValidationError
from intake_app.vault.database import Connection, DatabaseError, translate
from intake_app.vault.vault import Vault

SUMMARY_COLUMNS = (
    "c.id, c.code, c.pseudonym, c.status, c.created, c.updated, c.passport_at_risk, c.open_needs"
)


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What a list shows: never identity fields."""

    id: str
    code: str
    pseudonym: str
    status: str
    created: str
    updated: str
    passport_at_risk: bool
    open_needs: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "pseudonym": self.pseudonym,
            "status": self.status,
            "created": self.created,
            "updated": self.updated,
            "passport_at_risk": self.passport_at_risk,
            "open_needs": self.open_needs,
        }


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Filters the case list understands; empty means "any"."""

    status: str = ""
    tag: str = ""
    incident_kind: str = ""
    document_status: str = ""
    need: str = ""  # an open need of this kind
    status_in_canada: str = ""
    passport_at_risk: bool | None = None


TEXT_COLUMNS = "pseudonym code account incidents"
CASE_CODE = re.compile(r"[Cc]-[0-9]{4}-[0-9]{5,}")
FACETS = ("tag", "incident_kind", "document_status", "need", "status_in_canada")


def _facet_match(where: CaseFilter, *, with_row_filters: bool = False) -> str:
    """An FTS5 expression requiring every facet filter that is set (empty when none is).

    `with_row_filters` adds the case status and "passport at risk", which the
    case list filters by column instead.
    """
    wanted = [(f, getattr(where, f)) for f in FACETS if getattr(where, f)]
    if with_row_filters and where.status:
        wanted.append(("status", where.status))
    if with_row_filters and where.passport_at_risk:
        wanted.append(("passport", "at_risk"))
    tokens = [indexing.facet_token(f, v) for f, v in wanted]
    return " AND ".join(f'facets : "{t}"' for t in tokens if t.isalnum())


def _summary(row: Sequence[Any]) -> CaseSummary:
    return CaseSummary(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7])


class CaseNotFoundError(IntakeError):
    pass


class CaseStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self) -> Connection:
        return self.vault.conn

    # -- writing --------------------------------------------------------------------------------

    def add(self, case: Case) -> Case:
        """Store a new case; assigns a case code when it has none. Returns the stored case."""
        return self.add_many([case])[0]

    def add_many(self, cases: Iterable[Case], *, audit_each: bool = True) -> list[Case]:
        """Store several new cases in one transaction (all or nothing)."""
        stored: list[Case] = []
        try:
            with self.vault.write() as conn:
                row = conn.execute(
                    "SELECT value FROM meta WHERE key = 'next_case_number'"
                ).fetchone()
                number = int(row[0]) if row else 1
                for case in cases:
                    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case.id,)).fetchone():
                        raise UsageError("a case with this id already exists in the vault")
                    if not case.code:
                        case.code = f"C-{case.created.year}-{number:05d}"
                        number += 1
                    elif conn.execute(
                        "SELECT 1 FROM cases WHERE code = ?", (case.code,)
                    ).fetchone():
                        raise ValidationError("code", "is already used by another case")
                    self._write(conn, case, new=True)
                    if audit_each:
                        self._audit(conn, "case_created", case_id=case.id)
                    stored.append(case)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('next_case_number', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(number),),
                )
                if not audit_each and stored:
                    self._audit(conn, "case_created", count=len(stored))
        except DatabaseError as error:
            raise translate(error) from None
        return stored

    def update(self, case: Case, *, now: dt.datetime | None = None) -> Case:
        """Replace a stored case with `case` (same id); stamps `updated`."""
        case.updated = (now or self.vault.options.now()).replace(microsecond=0)
        try:
            with self.vault.write() as conn:
                row = conn.execute("SELECT code FROM cases WHERE id = ?", (case.id,)).fetchone()
                if row is None:
                    raise CaseNotFoundError("no case with that id")
                if not case.code:
                    case.code = row[0]
                self._write(conn, case, new=False)
                self._audit(conn, "case_updated", case_id=case.id)
        except DatabaseError as error:
            raise translate(error) from None
        return case

    def delete(self, case_id: str, reason: str = "deleted") -> None:
        """Remove every trace of a case: rows, index entries, drafts, its own harassers."""
        try:
            with self.vault.write() as conn:
                self._delete(conn, case_id)
                self._audit(conn, "case_deleted", case_id=case_id, reason=reason)
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except DatabaseError as error:
            raise translate(error) from None

    def purge_expired(self, today: dt.date) -> list[str]:
        """Delete cases whose retention date has passed or whose consent to record was withdrawn."""
        doomed: list[tuple[str, str]] = []
        for case_id, doc_text in self.conn.execute(
            "SELECT id, doc FROM cases JOIN case_docs ON case_num = num"
        ):
            consent = case_from_json(self._consent_only(doc_text)).consent
            if consent.retention_passed(today):
                doomed.append((case_id, "retention"))
            elif consent.withdrawn_recording(today):
                doomed.append((case_id, "consent_withdrawn"))
        if doomed:
            with self.vault.write() as conn:
                for case_id, reason in doomed:
                    self._delete(conn, case_id)
                    self._audit(conn, "case_deleted", case_id=case_id, reason=reason)
                self._audit(conn, "cases_purged", count=len(doomed))
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return [case_id for case_id, _ in doomed]

    # -- reading --------------------------------------------------------------------------------

    def get(self, case_id: str) -> Case:
        """The whole case, identity and harassers included."""
        try:
            row = self.conn.execute(
                "SELECT doc FROM case_docs JOIN cases ON num = case_num WHERE id = ?", (case_id,)
            ).fetchone()
            if row is None:
                raise CaseNotFoundError("no case with that id")
            doc = json.loads(row[0])
            identity = self.conn.execute(
                "SELECT i.doc FROM identities i JOIN cases c ON c.num = i.case_num WHERE c.id = ?",
                (case_id,),
            ).fetchone()
            doc["identity"] = json.loads(identity[0]) if identity else {}
            doc["harassers"] = [
                json.loads(text)
                for (text,) in self.conn.execute(
                    "SELECT h.doc FROM harassers h JOIN case_harassers l ON l.harasser_id = h.id "
                    "JOIN cases c ON c.num = l.case_num WHERE c.id = ? ORDER BY h.num",
                    (case_id,),
                )
            ]
        except DatabaseError as error:
            raise translate(error) from None
        return case_from_json(doc)

    def count(self, where: CaseFilter | None = None) -> int:
        clause, params = self._where(where or CaseFilter())
        return int(
            self.conn.execute(f"SELECT count(*) FROM cases c {clause}", params).fetchone()[0]
        )

    def list_cases(
        self,
        where: CaseFilter | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        order: str = "updated",
        descending: bool = True,
    ) -> list[CaseSummary]:
        """One page of case summaries, filtered and sorted."""
        if order not in {"updated", "created", "code", "pseudonym", "status"}:
            raise UsageError(f"cannot sort by {order}")
        clause, params = self._where(where or CaseFilter())
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM cases c {clause} "
            f"ORDER BY c.{order} {direction}, c.num {direction} LIMIT ? OFFSET ?"
        )
        return self._summaries(sql, (*params, limit, offset))

    def search(
        self, text: str, *, limit: int = 100, where: CaseFilter | None = None
    ) -> list[CaseSummary]:
        """Cases whose pseudonym, code, account or incidents match every word of `text`.

        Newest cases first. Every filter is a token in the index, so the whole
        search is one FTS5 scan, and cases are looked up only for the rows returned.
        """
        where = where or CaseFilter()
        if CASE_CODE.fullmatch(text.strip()):
            clause, params = self._where(where, prefix="AND")
            sql = f"SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.code = ? {clause}"
            return self._summaries(sql, (text.strip().upper(), *params))
        query = build_query(text)
        if query is None:
            return []
        # The words must match the text columns, never the facet tokens.
        match = f"{{{TEXT_COLUMNS}}} : ({query})"
        facets = _facet_match(where, with_row_filters=True)
        if facets:
            match += f" AND {facets}"
        if where.passport_at_risk is False:
            match += f' NOT facets : "{indexing.facet_token("passport", "at_risk")}"'
        # FTS5 walks exact terms backwards cheaply but builds a whole merged doclist
        # to walk prefix terms backwards; for those, scan forwards into a top-N sort.
        order = "+rowid" if has_prefix_terms(query) else "rowid"
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.num IN ("
            f"SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY {order} DESC "
            "LIMIT ?) ORDER BY c.num DESC"
        )
        return self._summaries(sql, (match, limit))

    def _summaries(self, sql: str, params: Sequence[Any]) -> list[CaseSummary]:
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except DatabaseError as error:
            raise translate(error) from None
        return [_summary(r) for r in rows]

    def iter_ids(self) -> Iterator[str]:
        for (case_id,) in self.conn.execute("SELECT id FROM cases ORDER BY num").fetchall():
            yield case_id

    # -- internals ------------------------------------------------------------------------------

    def _audit(self, conn: Connection, event: str, **detail: str | int | bool) -> None:
        self.vault.record(event, **detail)
        self.vault.flush_audit(conn)

    @staticmethod
    def _consent_only(doc_text: str) -> dict[str, Any]:
        doc = json.loads(doc_text)
        return {"pseudonym": "-", "consent": doc.get("consent", {})}

    def _write(self, conn: Connection, case: Case, *, new: bool) -> None:
        doc = case_to_json(case)
        identity = doc.pop("identity")
        harassers = doc.pop("harassers")
        doc_text = json.dumps(doc, ensure_ascii=False)
        row = (case.code, case.pseudonym, case.status, doc["created"], doc["updated"])
        flags = (int(indexing.passport_at_risk(doc)), indexing.open_needs(doc))
        if new:
            num = conn.execute(
                "INSERT INTO cases (id, code, pseudonym, status, created, updated, "
                "passport_at_risk, open_needs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case.id, *row, *flags),
            ).lastrowid
        else:
            conn.execute(
                "UPDATE cases SET code = ?, pseudonym = ?, status = ?, created = ?, updated = ?, "
                "passport_at_risk = ?, open_needs = ? WHERE id = ?",
                (*row, *flags, case.id),
            )
            num = conn.execute("SELECT num FROM cases WHERE id = ?", (case.id,)).fetchone()[0]
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (num,))
            for table in ("case_docs", "identities", "case_harassers"):
                conn.execute(f"DELETE FROM {table} WHERE case_num = ?", (num,))
            conn.execute("DELETE FROM drafts WHERE case_id = ?", (case.id,))
        conn.execute("INSERT INTO case_docs (case_num, doc) VALUES (?, ?)", (num, doc_text))
        conn.execute(
            "INSERT INTO identities (case_num, doc) VALUES (?, ?)",
            (num, json.dumps(identity, ensure_ascii=False)),
        )
        conn.execute(
            "INSERT INTO case_search (rowid, pseudonym, code, account, incidents, facets) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (num, *indexing.search_columns(case.pseudonym, case.code, doc)),
        )
        for harasser in harassers:
            conn.execute(
                "INSERT INTO harassers (id, doc) VALUES (?, ?) "
                "ON CONFLICT(id) DO UPDATE SET doc = excluded.doc",
                (harasser["id"], json.dumps(harasser, ensure_ascii=False)),
            )
            conn.execute(
                "INSERT OR IGNORE INTO case_harassers (case_num, harasser_id) VALUES (?, ?)",
                (num, harasser["id"]),
            )
        self._link_known_harassers(conn, num, doc, {h["id"] for h in harassers})
        if not new:
            self._drop_orphan_harassers(conn)

    @staticmethod
    def _link_known_harassers(
        conn: Connection, num: int, doc: dict[str, Any], described: set[str]
    ) -> None:
        """Link incidents that name a harasser recorded by another case (by id only)."""
        for index, incident in enumerate(doc.get("incidents", [])):
            for harasser_id in incident.get("harasser_ids", []):
                if harasser_id in described:
                    continue
                if not conn.execute(
                    "SELECT 1 FROM harassers WHERE id = ?", (harasser_id,)
                ).fetchone():
                    raise ValidationError(
                        f"incidents[{index}].harasser_ids",
                        "names a harasser this vault does not know",
                    )
                conn.execute(
                    "INSERT OR IGNORE INTO case_harassers (case_num, harasser_id) VALUES (?, ?)",
                    (num, harasser_id),
                )

    def _delete(self, conn: Connection, case_id: str) -> None:
        row = conn.execute("SELECT num FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFoundError("no case with that id")
        conn.execute("DELETE FROM case_search WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # cascades to linked rows
        self._drop_orphan_harassers(conn)

    @staticmethod
    def _drop_orphan_harassers(conn: Connection) -> None:
        # A harasser described by no remaining case is a trace of a deleted account.
        conn.execute(
            "DELETE FROM harassers WHERE id NOT IN (SELECT harasser_id FROM case_harassers)"
        )

    @staticmethod
    def _where(where: CaseFilter, prefix: str = "WHERE") -> tuple[str, list[Any]]:
        """SQL conditions on `cases c`: status and passport flag by column, the rest by index."""
        clauses: list[str] = []
        params: list[Any] = []
        if where.status:
            clauses.append("c.status = ?")
            params.append(where.status)
        match = _facet_match(where)
        if match:
            clauses.append("c.num IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(match)
        if where.passport_at_risk is not None:
            clauses.append("c.passport_at_risk = ?")
            params.append(int(where.passport_at_risk))
        if not clauses:
            return "", params
        return f"{prefix} " + " AND ".join(clauses), params
