"""SARIF 2.1.0, the format GitHub code scanning ingests."""
from __future__ import annotations

import json
import os
from typing import Any, TextIO

from .. import __version__
from ..results import Report
from . import FormatOptions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(filename: str) -> str:
    path = os.path.relpath(filename) if os.path.isabs(filename) else filename
    return path.replace(os.sep, "/")


def _rule_entry(cls: Any) -> dict[str, Any]:
    return {
        "id": cls.code,
        "name": cls.name,
        "shortDescription": {"text": cls.summary},
        "fullDescription": {"text": (cls.__doc__ or cls.summary).strip()},
        "help": {"text": (cls.__doc__ or cls.summary).strip()},
        "defaultConfiguration": {"level": LEVELS[cls.severity.value]},
    }


def build(report: Report, options: FormatOptions) -> dict[str, Any]:
    rules = [_rule_entry(cls) for cls in options.rules]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    for r in report.records:  # DL codes and rules outside the table still get an entry
        if r.code not in index:
            index[r.code] = len(rules)
            rules.append({"id": r.code, "name": r.diagnostic.name,
                          "shortDescription": {"text": r.diagnostic.name}})
    results = []
    for r in report.records:
        region = {"startLine": r.location.row, "startColumn": r.location.column,
                  "endLine": r.end_location.row, "endColumn": max(r.end_location.column, 1)}
        result: dict[str, Any] = {
            "ruleId": r.code,
            "ruleIndex": index[r.code],
            "level": LEVELS[r.diagnostic.severity.value],
            "message": {"text": r.diagnostic.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.filename)}, "region": region}}],
        }
        if r.diagnostic.fix is not None and r.edits:
            result["fixes"] = [{
                "description": {"text": r.diagnostic.fix.message},
                "artifactChanges": [{
                    "artifactLocation": {"uri": _uri(r.filename)},
                    "replacements": [{
                        "deletedRegion": {"startLine": s.row, "startColumn": s.column,
                                          "endLine": e.row, "endColumn": e.column},
                        "insertedContent": {"text": content},
                    } for s, e, content in r.edits],
                }],
            }]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "doclint", "version": __version__,
                                "rules": rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def write(report: Report, stream: TextIO, options: FormatOptions) -> None:
    json.dump(build(report, options), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
