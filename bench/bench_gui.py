"""GUI benchmarks: cold start, unlock to a populated case list, search and scroll at 100k cases.

Everything runs under Qt's offscreen platform, so painting costs what it costs
without a compositor. Figures:

- cold start: a fresh `python -c` that does what `intake-app` does (hardening, the
  CLI module, QApplication, preferences, `Controller.start()`) until the unlock
  window's first paint. If `intake_app.gui.unlock` does not exist yet, it measures
  the same start-up with a bare window in its place and says so (`measured`).
- unlock to a populated list: `Vault.open` (key derivation + database open,
  `check_pages_on_open=False`) + `MainWindow` (with the real editor when it exists)
  + show + the first paint of the case table, on a vault filled by `intake-app demo`.
  Once with the production-floor KDF, once after rewrapping the key with `calibrate()`
  (what a new vault gets on this machine).
- search through the model (`set_query` until rows and their cell text are ready),
  list filters and sorts (first page shown; for filters also until the deferred
  count has arrived), `fetchMore` at several depths, and `scrollTo` row 50,000
  after fetching that far.

Run: `.venv/bin/python bench/bench_gui.py [--cases 100000] [--reuse DIR]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import QUERIES
from common import FLOOR, PASSPHRASE, encrypted_vault, machine, summary_ms, timings
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from intake_app.cases.store import CaseFilter
from intake_app.gui.case_model import Column
from intake_app.gui.main_window import MainWindow
from intake_app.gui.preferences import Preferences
from intake_app.gui.session import Session
from intake_app.vault.kdf import Argon2Params, calibrate
from intake_app.vault.vault import Vault, VaultOptions

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
RESULTS = Path(__file__).parent / "results" / "gui.json"
FILTERS = {
    "status=active": CaseFilter(status="active"),
    "need=legal": CaseFilter(need="legal"),
    "incident=stalking": CaseFilter(incident_kind="stalking"),
    "passport_at_risk": CaseFilter(passport_at_risk=True),
}

COLD_START = r"""
import os, sys, time
from pathlib import Path
from intake_app.hardening import harden_process
import intake_app.cli  # what `intake-app` imports before it knows it will open a window
harden_process()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
from intake_app.gui.preferences import load_preferences
from intake_app.gui.session import Session
from intake_app.vault.vault import VaultOptions
prefs = load_preferences(Path(os.environ["XDG_STATE_HOME"]) / "preferences.json")
session = Session(Path(sys.argv[1]), VaultOptions)
try:
    import intake_app.gui.unlock  # noqa: F401
    from intake_app.gui.controller import Controller
    controller = Controller(session, prefs, Path(os.environ["XDG_STATE_HOME"]) / "p.json")
    controller.start()
    measured = "unlock window (Controller.start) to first paint"
except ImportError:
    import intake_app.gui.controller, intake_app.gui.main_window  # noqa: F401, E401
    stand_in = QWidget()
    stand_in.setWindowTitle("Intake")
    stand_in.show()
    measured = "gui/unlock.py missing: QApplication + GUI modules + a bare window to first paint"

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print(measured, flush=True)
    app.quit()

painted = FirstPaint()
app.installEventFilter(painted)
app.exec()
"""


def bench_cold_start(folder: Path, root: Path, runs: int = 5) -> dict[str, object]:
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(root / "cold-state"),
        "HOME": str(root),
    }
    samples: list[float] = []
    measured = ""
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", COLD_START, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        measured = child.stdout.readline().strip()
        samples.append(time.perf_counter() - start)
        _, err = child.communicate(timeout=60)
        if not measured:
            raise RuntimeError(f"cold-start child failed: {err.strip()[-500:]}")
    return {"measured": measured, "first_s": round(samples[0], 3), **_seconds(samples[1:])}


def _seconds(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(samples), 3),
        "max_s": round(max(samples), 3),
    }


class _Painted(QObject):
    """Notes when a widget has painted with rows in its model."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__()
        self.view = view
        self.done = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() > 0:
            self.done = True
        return False

    def wait(self, app: QApplication) -> None:
        deadline = time.perf_counter() + 30
        while not self.done and time.perf_counter() < deadline:
            app.processEvents()
        self.view.viewport().removeEventFilter(self)
        if not self.done:
            raise RuntimeError("the case table never painted")


def _unlock_to_list(
    app: QApplication, folder: Path, state: Path, prefs_dir: Path
) -> tuple[dict[str, float], MainWindow, Session]:
    """One unlock: open, build the main window, show it, wait for the table's first paint."""
    options = VaultOptions(state_dir=state, check_pages_on_open=False)
    start = time.perf_counter()
    vault = Vault.open(folder, PASSPHRASE, options)
    opened = time.perf_counter()
    session = Session(folder, lambda: options)
    session.attach(vault)
    window = MainWindow(session, Preferences(), prefs_dir / "prefs.json")
    built = time.perf_counter()
    painted = _Painted(window.case_list.table)
    window.resize(1280, 800)
    window.show()
    painted.wait(app)
    end = time.perf_counter()
    times = {
        "open_s": opened - start,
        "window_s": built - opened,
        "first_paint_s": end - built,
        "total_s": end - start,
    }
    return times, window, session


def _close(window: MainWindow, session: Session, app: QApplication) -> None:
    session.lock()
    window.close()
    window.deleteLater()
    app.processEvents()


def bench_unlock(
    app: QApplication, folder: Path, state: Path, root: Path, runs: int = 3
) -> dict[str, object]:
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        times, window, session = _unlock_to_list(app, folder, state, root)
        samples.append(times)
        _close(window, session, app)
    out: dict[str, object] = {}
    for key in samples[0]:
        values = [s[key] for s in samples]
        out[key] = {"first": round(values[0], 3), "median": round(statistics.median(values), 3)}
    return out


def _rewrap_calibrated(folder: Path, state: Path) -> Argon2Params:
    params = calibrate()
    _rewrap(folder, state, params)
    return params


def _rewrap(folder: Path, state: Path, params: Argon2Params) -> None:
    options = VaultOptions(state_dir=state, check_pages_on_open=False)
    with Vault.open(folder, PASSPHRASE, options) as vault:
        vault.change_passphrase(PASSPHRASE, params)


def bench_list(app: QApplication, folder: Path, state: Path, root: Path) -> dict[str, object]:
    """Search, filter, sort and scroll through the model of a shown main window."""
    _, window, session = _unlock_to_list(app, folder, state, root)
    model = window.case_list.model
    table = window.case_list.table

    def visible_text() -> None:
        # What a repaint asks for: the cell text of the rows on screen.
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    def query(text: str, where: CaseFilter) -> Callable[[], None]:
        def run() -> None:
            model.set_query(text, where)
            visible_text()

        return run

    result: dict[str, object] = {"total_cases": model.total}
    for q in QUERIES:
        query(q, CaseFilter())()  # warm, as an open vault would be
    per_query = {q: timings(query(q, CaseFilter()), 10) for q in QUERIES}
    all_samples = [s for samples in per_query.values() for s in samples]
    rows: dict[str, int] = {}
    for q in QUERIES:
        model.set_query(q, CaseFilter())
        rows[q] = model.rowCount()
    result["search"] = {
        **summary_ms(all_samples),
        "per_query_median_ms": {q: summary_ms(v)["median_ms"] for q, v in per_query.items()},
        "rows": rows,
    }

    def counted(where: CaseFilter) -> Callable[[], None]:
        def run() -> None:
            model.set_query("", where)
            visible_text()
            while model.total is None:  # the count follows on the next turn of the loop
                app.processEvents()

        return run

    result["filter_first_page_ms"] = {
        name: summary_ms(timings(query("", where), 5))["median_ms"]
        for name, where in FILTERS.items()
    }
    result["filter_with_count_ms"] = {
        name: summary_ms(timings(counted(where), 5))["median_ms"] for name, where in FILTERS.items()
    }
    model.set_query("", CaseFilter())
    sorts: dict[str, float] = {}
    for column, name in enumerate(("code", "pseudonym", "status", "updated")):
        for order, label in ((ASC, "asc"), (DESC, "desc")):

            def resort(c: int = column, o: Qt.SortOrder = order) -> None:
                table.sortByColumn(c, o)
                visible_text()

            sorts[f"{name}_{label}"] = summary_ms(timings(resort, 3))["median_ms"]
    result["sort_first_page_ms"] = sorts
    table.sortByColumn(Column.UPDATED, DESC)

    result["scroll"] = _scroll(app, window)
    _close(window, session, app)
    return result


def _scroll(app: QApplication, window: MainWindow) -> dict[str, object]:
    model = window.case_list.model
    table = window.case_list.table
    root = QModelIndex()
    depths: dict[str, float] = {}
    fetch_all: list[float] = []
    marks = {200, 10_000, 25_000, 49_800}
    while model.rowCount() <= 50_000 and model.canFetchMore(root):
        rows = model.rowCount()
        start = time.perf_counter()
        model.fetchMore(root)
        fetch_all.append(time.perf_counter() - start)
        if rows in marks:
            depths[f"at_{rows}_ms"] = round(fetch_all[-1] * 1000, 2)
    start = time.perf_counter()
    table.scrollTo(model.index(50_000, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    painted = _Painted(table)
    table.viewport().update()
    painted.wait(app)
    jump = time.perf_counter() - start
    # The next page after the jump: what dragging on past row 50,000 costs.
    table.scrollToBottom()
    start = time.perf_counter()
    model.fetchMore(root)
    deep_page = time.perf_counter() - start
    return {
        "page_size": model.page_size,
        "fetch_more": summary_ms(fetch_all),
        "fetch_more_by_offset": depths,
        "fetch_to_50k_total_s": round(sum(fetch_all), 2),
        "scroll_to_50k_and_paint_ms": round(jump * 1000, 2),
        "fetch_more_after_50k_ms": round(deep_page * 1000, 2),
    }


def fill_demo(folder: Path, state: Path, cases: int) -> float:
    """A production-floor vault filled by `intake-app demo`, as bench_core does it."""
    encrypted_vault(folder, state).close()
    command = [sys.executable, "-m", "intake_app", "--vault", str(folder), "demo"]
    start = time.perf_counter()
    subprocess.run(
        [*command, "--cases", str(cases), "--passphrase-stdin"],
        input=(PASSPHRASE + "\n").encode(),
        check=True,
        capture_output=True,
        env={"XDG_STATE_HOME": str(state), "PATH": "/usr/bin:/bin"},
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--reuse", type=Path, help="keep the demo vault here and reuse it")
    args = parser.parse_args()
    root = args.reuse or Path(tempfile.mkdtemp(prefix="intake-bench-gui-"))
    folder, state = root / "vault", root / "state"
    app = QApplication([sys.argv[0]])
    try:
        result: dict[str, object] = {"machine": machine(), "platform": "offscreen"}
        if not (folder / "vault.db").exists():
            result["demo_fill_s"] = round(fill_demo(folder, state, args.cases), 1)
        result["cases"] = args.cases
        result["cold_start"] = bench_cold_start(folder, root)
        floor = bench_unlock(app, folder, state, root)
        result["unlock_to_list_floor_kdf"] = {"kdf": FLOOR.to_json(), **floor}
        result["list"] = bench_list(app, folder, state, root)
        params = _rewrap_calibrated(folder, state)
        calibrated = bench_unlock(app, folder, state, root)
        result["unlock_to_list_calibrated_kdf"] = {"kdf": params.to_json(), **calibrated}
        if args.reuse:  # leave the vault with the floor KDF, as the next run expects
            _rewrap(folder, state, FLOOR)
    finally:
        if not args.reuse:
            shutil.rmtree(root, ignore_errors=True)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.cases == 100_000:
        RESULTS.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
