"""The progress bar of a corpus run: records/s, MB/s and ETA, on a terminal only.

Progress is measured in bytes of the input file (compressed bytes for compressed shards),
which is known up front, so the ETA holds from the first chunk. When stderr is not a
terminal (CI logs, pipes) nothing is shown at all.
"""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator


def _columns() -> list[Any]:
    from rich.progress import BarColumn, ProgressColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rates(ProgressColumn):
        """records/s and MB/s since the start."""

        def render(self, task: Any) -> Text:
            elapsed = max(task.elapsed or 0.0, 1e-9)
            records = task.fields.get("records", 0)
            return Text(f"{records:,} records  {records / elapsed:,.0f} rec/s  "
                        f"{task.completed / 1e6 / elapsed:.1f} MB/s")

    return [TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), Rates(), TimeRemainingColumn()]


@contextmanager
def progress_bar(label: str, total: int,
                 enabled: bool | None = None) -> Iterator[Callable[[str, int, int], None] | None]:
    """Yield ``update(phase, bytes_read, records_done)`` while bars are shown (one per phase:
    ``counting`` for the cross-document pass, then ``checking``), or None when silent."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(*_columns(), console=Console(stderr=True), transient=False) as bar:
        state: dict = {"shown": 0.0, "records": 0, "phase": None, "task": None}

        def finish() -> None:
            if state["task"] is not None:
                bar.update(state["task"], completed=total, records=state["records"])

        def update(phase: str, position: int, records: int) -> None:
            if phase != state["phase"]:
                finish()
                state["phase"] = phase
                state["task"] = bar.add_task(f"{label} {phase}", total=max(total, 1), records=0)
            state["records"] = records
            now = time.monotonic()
            if now - state["shown"] >= 0.1:
                bar.update(state["task"], completed=position, records=records)
                state["shown"] = now

        yield update
        finish()
