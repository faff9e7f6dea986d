"""The case editor: every section of a case in one scrollable, keyboard-first form.

The editor turns widgets into a `Case` and back, saves through the case store, keeps
drafts through the vault's drafts table (on a timer, when the focus leaves a section,
before another case is loaded, and when the vault locks) and, on lock, forgets
everything: fields, undo history, highlighting and the case object itself.

Keyboard: Alt+1 ... Alt+9 jump to the sections in order (case, profile, status in Canada,
incidents, travel documents, needs, consent, interview sessions, account), Alt+0 to the
identity section's button and Alt+Y shows or hides the identity. Ctrl+S belongs to the
main window, which calls `save()`.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from intake_app.cases.identifiers import KnownIdentities
from intake_app.cases.jsonio import case_from_json, case_to_json
from intake_app.cases.model import Case
from intake_app.cases.store import CaseNotFoundError
from intake_app.errors import IntakeError, ValidationError
from intake_app.gui.editor.account import AccountSection
from intake_app.gui.editor.drafting import AUTOSAVE_MS, from_draft, storable_draft
from intake_app.gui.editor.identity import IdentitySection
from intake_app.gui.editor.messages import describe
from intake_app.gui.editor.navigation import add_section_shortcuts, fix_tab_order, section_of
from intake_app.gui.editor.rows import DocumentRow, IncidentRow, NeedRow, SessionRow
from intake_app.gui.editor.sections import (
    CaseSection,
    ConsentSection,
    ProfileSection,
    RecordsSection,
    Section,
    StatusSection,
)
from intake_app.gui.editor.widgets import InputError, clear_undo, wipe_tree
from intake_app.gui.session import Session
from intake_app.vault.vault import utc_now

# Visible focus for text fields, on top of the style's own focus frame for the rest.
_FOCUS_STYLE = (
    "QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); }"
    " QLabel#problem { color: #c0392b; font-weight: bold; }"
)
# Identity changes re-mark the account after a short pause, not on every keystroke.
_KNOWN_DELAY_MS = 200


class CaseEditor(QWidget):
    """Edit one case at a time. See the module docstring for keys and draft behaviour."""

    saved = Signal(str)  # the saved case's id

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        autosave_interval_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Case editor"))
        self.setStyleSheet(_FOCUS_STYLE)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.status_line = QLabel()
        self.status_line.setAccessibleName(self.tr("Editor status"))

        self.case_section = CaseSection()
        self.profile = ProfileSection()
        self.status = StatusSection()
        self.incidents = RecordsSection(
            self.tr("Incidents"),
            IncidentRow.row_texts(),
            IncidentRow,
            lambda case: case.incidents,
            lambda case, rows: setattr(case, "incidents", rows),
        )
        self.documents = RecordsSection(
            self.tr("Passport and travel documents"),
            DocumentRow.row_texts(),
            DocumentRow,
            lambda case: case.documents,
            lambda case, rows: setattr(case, "documents", rows),
        )
        self.needs = RecordsSection(
            self.tr("Needs and referrals"),
            NeedRow.row_texts(),
            NeedRow,
            lambda case: case.needs,
            lambda case, rows: setattr(case, "needs", rows),
        )
        self.consent = ConsentSection(self._today)
        self.sessions = RecordsSection(
            self.tr("Interview sessions"),
            SessionRow.row_texts(),
            SessionRow,
            lambda case: case.sessions,
            lambda case, rows: setattr(case, "sessions", rows),
        )
        self.account = AccountSection()
        self.identity = IdentitySection()
        self.sections: list[Section] = [
            self.case_section,
            self.profile,
            self.status,
            self.incidents,
            self.documents,
            self.needs,
            self.consent,
            self.sessions,
            self.account,
            self.identity,
        ]

        body = QWidget()
        column = QVBoxLayout(body)
        for section in self.sections:
            column.addWidget(section)
            section.changed.connect(self._changed)
            section.rows_changed.connect(self._fix_tab_order)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status_line)

        self.identity.changed.connect(self._known_timer_start)
        self.account.move_requested.connect(self._move_to_identity)
        self._known_timer = QTimer(self)
        self._known_timer.setSingleShot(True)
        self._known_timer.setInterval(_KNOWN_DELAY_MS)
        self._known_timer.timeout.connect(self.refresh_highlighting)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_interval_ms)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.identity.setToolTip(self.tr("Alt+0; Alt+Y shows or hides"))
        add_section_shortcuts(self, self.sections, self.jump_to)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        session.locking.connect(self._on_locking)

        self._base: Case | None = None
        self._draft_id: str | None = None
        self._is_new = True
        self._dirty = False  # edited since loaded or saved
        self._draft_stale = False  # edited since the last draft
        self._draft_written = False
        self._restored = False  # showing a restored draft, never saved since
        self._loading = 0
        if session.is_unlocked:
            self.load_case(None)

    # -- the interface the main window uses -----------------------------------------------------

    def load_case(self, case_id: str | None) -> None:
        """Show a stored case, or a new empty one for None; drafts unsaved changes first."""
        if self.has_unsaved_changes():
            self.save_draft()
        if case_id is None:
            self._show(self._new_case(), is_new=True)
            return
        try:
            case = self.session.store.get(case_id)
        except IntakeError as error:
            self._fail(self.tr("Could not open the case: {reason}").format(reason=error))
            return
        self._show(case, is_new=False)

    def save(self) -> bool:
        """Validate and store the case; on failure show one line and keep everything typed."""
        if self._base is None:
            self._fail(self.tr("Nothing to save: open or create a case first."))
            return False
        try:
            case = self._collect(strict=True)
            self.case_section.check_required()
            case_from_json(case_to_json(case))  # the core's own rules, as `cases add` applies
        except InputError as error:
            self._fail(
                self.tr("Not saved. {problem}").format(problem=describe(error)), error.widget
            )
            return False
        except ValidationError as error:
            self._fail(self.tr("Not saved. {problem}").format(problem=describe(error)))
            return False
        try:
            store = self.session.store
            stored = store.add(case) if self._is_new else store.update(case)
        except IntakeError as error:
            self._fail(self.tr("Not saved. {problem}").format(problem=error))
            return False
        if self._draft_id is not None:
            # The case is safe; a draft that cannot be dropped now is offered once more later.
            with contextlib.suppress(IntakeError):
                self.session.drafts.discard_draft(self._draft_id)
        self._loading += 1
        self.case_section.code.setText(stored.code)
        self._loading -= 1
        self._base = copy.deepcopy(stored)
        self._draft_id = stored.id
        self._is_new = self._dirty = self._draft_stale = False
        self._draft_written = self._restored = False
        self._clear_problem()
        self.status_line.setText(self.tr("Saved."))
        self.saved.emit(stored.id)
        return True

    def has_unsaved_changes(self) -> bool:
        """True when the form holds something the store does not."""
        if self._base is None:
            return False
        if self._restored:
            return True
        if not self._dirty:
            return False
        try:
            return self._collect(strict=True) != self._base
        except ValidationError:
            return True  # half-typed dates and the like are changes too

    def wipe(self) -> None:
        """Forget the case: every field, every undo history, the highlighting, the Case."""
        self._known_timer.stop()
        self.identity.hide_identity()
        self._loading += 1
        try:
            for section in self.sections:
                section.load(Case())
            wipe_tree(self)
        finally:
            self._loading -= 1
        self.account.reset_highlighting()
        self._clear_problem()
        self.status_line.clear()
        self._base = None
        self._draft_id = None
        self._is_new = True
        self._dirty = self._draft_stale = self._draft_written = self._restored = False

    def restore_draft(self, draft_id: str, case: Case) -> None:
        """Show a draft offered by `restore_offer`; it stays a draft until saved."""
        if self.has_unsaved_changes():
            self.save_draft()
        restored = from_draft(case)
        self._show(restored, is_new=not self._stored(restored.id), draft_id=draft_id)
        self._restored = self._dirty = self._draft_written = True

    # -- drafts ---------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Keep what is typed in the vault's drafts table; False (and one line) on failure."""
        if self._base is None or self._draft_id is None or not self.session.is_unlocked:
            return False
        try:
            draft = storable_draft(self._collect(strict=False))
            self.session.drafts.save_draft(self._draft_id, draft)
        except IntakeError as error:
            message = describe(error) if isinstance(error, ValidationError) else str(error)
            self._fail(self.tr("Draft not kept. {problem}").format(problem=message))
            return False
        self._draft_stale = False
        self._draft_written = True
        moment = dt.datetime.now().strftime("%H:%M:%S")
        self.status_line.setText(self.tr("Draft kept in the vault at {time}.").format(time=moment))
        return True

    def autosave(self) -> None:
        """Keep a draft when something changed since the last one (timer and focus changes)."""
        if not self._draft_stale or self._base is None or not self.session.is_unlocked:
            return
        if self.has_unsaved_changes():
            self.save_draft()
            return
        # Edits undone by hand: a draft kept earlier would now only mislead.
        if self._draft_written and self._draft_id is not None:
            try:
                self.session.drafts.discard_draft(self._draft_id)
            except IntakeError:
                return  # kept, and tried again at the next tick
            self._draft_written = False
        self._draft_stale = False

    def _on_locking(self) -> None:
        # Nothing typed may be lost, and nothing typed may stay: draft first, then wipe.
        try:
            if self.has_unsaved_changes():
                self.save_draft()
        finally:
            self.wipe()

    # -- highlighting and identity ---------------------------------------------------------------

    def refresh_highlighting(self) -> None:
        """Mark the account with the identity values as they are typed right now."""
        self._known_timer.stop()
        self.account.set_known(KnownIdentities.from_identity(self.identity.identity()))

    def _known_timer_start(self) -> None:
        if not self._loading:
            self._known_timer.start()

    def _move_to_identity(self, kind: str, value: str) -> None:
        field = self.identity.append(kind, value)
        # The message names the field, never the value: labels must not hold case data.
        self.status_line.setText(self.tr("Moved to identity: {field}.").format(field=field))
        self.refresh_highlighting()

    # -- keyboard -------------------------------------------------------------------------------

    def jump_to(self, section: Section) -> None:
        """Put the focus on the first input of `section` and scroll it into view."""
        target = section.first_focus()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll_area.ensureWidgetVisible(target)

    def _fix_tab_order(self) -> None:
        fix_tab_order(self.sections)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        left = section_of(old, self.sections)
        if left is not None and left is not section_of(new, self.sections):
            self.autosave()

    # -- internals ------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading:
            self._dirty = self._draft_stale = True

    def _show(self, case: Case, *, is_new: bool, draft_id: str | None = None) -> None:
        self.identity.hide_identity()
        self._loading += 1
        try:
            for section in self.sections:
                section.load(case)
            clear_undo(self)
        finally:
            self._loading -= 1
        self._base = copy.deepcopy(case)
        self._draft_id = draft_id or case.id
        self._is_new = is_new
        self._dirty = self._draft_stale = self._draft_written = self._restored = False
        self._clear_problem()
        self.status_line.clear()
        self.refresh_highlighting()
        self._fix_tab_order()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _collect(self, strict: bool) -> Case:
        case = copy.deepcopy(self._base) if self._base is not None else self._new_case()
        for section in self.sections:
            section.apply(case, strict)
        return case

    def _new_case(self) -> Case:
        now = self.session.vault.options.now() if self.session.is_unlocked else utc_now()
        now = now.replace(microsecond=0)
        return Case(created=now, updated=now)

    def _today(self) -> dt.date:
        return self._new_case().created.date()

    def _stored(self, case_id: str) -> bool:
        try:
            self.session.store.get(case_id)
        except CaseNotFoundError:
            return False
        return True

    def _fail(self, message: str, widget: QWidget | None = None) -> None:
        self.problem.setText(message)
        self.problem.show()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)

    def _clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()
