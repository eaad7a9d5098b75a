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
def progress_bar(label: str, total: int, enabled: bool | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Yield ``update(bytes_read, records_done)`` while a bar is shown, or None when silent."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(*_columns(), console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=max(total, 1), records=0)
        state = {"shown": 0.0, "records": 0}

        def update(position: int, records: int) -> None:
            state["records"] = records
            now = time.monotonic()
            if now - state["shown"] >= 0.1:
                bar.update(task, completed=position, records=records)
                state["shown"] = now

        yield update
        bar.update(task, completed=total, records=state["records"])
