"""Counting what a corpus run did, per rule and in total, mergeable across chunks and resumes.

Workers count their chunk; the parent adds the counts up in input order. The same numbers
feed the closing table, ``--statistics`` JSON and the resume checkpoint.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RuleStats:
    """One rule over the run: documents hit, distinct lines flagged, diagnostics, code points removed."""

    name: str = ""
    documents: int = 0
    lines: int = 0
    diagnostics: int = 0
    removed: int = 0

    def merge(self, other: RuleStats) -> None:
        self.name = self.name or other.name
        self.documents += other.documents
        self.lines += other.lines
        self.diagnostics += other.diagnostics
        self.removed += other.removed


@dataclass
class Stats:
    """Totals of a run (or of one chunk)."""

    records: int = 0
    input_bytes: int = 0
    changed: int = 0
    rejected: int = 0
    malformed: int = 0
    removed: int = 0
    rules: dict[str, RuleStats] = field(default_factory=dict)

    def rule(self, code: str, name: str) -> RuleStats:
        found = self.rules.get(code)
        if found is None:
            found = self.rules[code] = RuleStats(name)
        return found

    def merge(self, other: Stats) -> None:
        self.records += other.records
        self.input_bytes += other.input_bytes
        self.changed += other.changed
        self.rejected += other.rejected
        self.malformed += other.malformed
        self.removed += other.removed
        for code, rule in other.rules.items():
            self.rule(code, rule.name).merge(rule)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rules"] = {code: data["rules"][code] for code in sorted(self.rules)}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stats:
        rules = {code: RuleStats(**values) for code, values in data.get("rules", {}).items()}
        return cls(**{**data, "rules": rules})


def statistics_json(stats: Stats, seconds: float, jobs: int) -> dict[str, Any]:
    """The ``--statistics`` document: totals, throughput and one entry per rule."""
    data = stats.as_dict()
    seconds = max(seconds, 1e-9)
    data.update(seconds=round(seconds, 3), jobs=jobs,
                records_per_second=round(stats.records / seconds, 1),
                mb_per_second=round(stats.input_bytes / 1e6 / seconds, 2))
    return data


def summary_table(stats: Stats, seconds: float) -> Any:
    """A rich table: one row per rule, most documents first, then the totals in the caption."""
    from rich.table import Table

    table = Table("Code", "Name", "Documents", "Lines", "Diagnostics", "Removed", box=None,
                  highlight=False, title_justify="left",
                  caption=_caption(stats, seconds), caption_justify="left")
    for code, rule in sorted(stats.rules.items(), key=lambda kv: (-kv[1].documents, kv[0])):
        table.add_row(code, rule.name, str(rule.documents), str(rule.lines), str(rule.diagnostics),
                      str(rule.removed))
    return table


def _caption(stats: Stats, seconds: float) -> str:
    seconds = max(seconds, 1e-9)
    return (f"{stats.records} records, {stats.input_bytes / 1e6:.1f} MB in {seconds:.1f} s "
            f"({stats.records / seconds:.0f} records/s, {stats.input_bytes / 1e6 / seconds:.1f} MB/s); "
            f"{stats.changed} changed, {stats.rejected} rejected, {stats.malformed} malformed, "
            f"{stats.removed} characters removed")
