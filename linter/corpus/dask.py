"""Scale-out on Dask (``pip install 'doclint[dask]'``): doclint over bags and dataframes.

The functions only add lazy steps to the caller's graph, so they run wherever the caller's
``distributed.Client`` points: a laptop's ``LocalCluster`` or a cluster of hundreds of
workers. Each task calls the engine-agnostic :func:`doclint.api.lint_records`, so workers
need doclint (and any ``plugins`` modules) installed, nothing else.

Cross-document rules need counts over the whole collection first: ``corpus_counts(bag)`` is a
lazy reduction (one count-min sketch per partition, merged in a tree), and its result is
passed as ``corpus=`` to the second step, which Dask then ships to each worker once.
"""
from __future__ import annotations

import functools
import json
from typing import Any

from ..api import EngineOptions, corpus_keys, engine_for, lint_records, record_text
from ..corpus_counts import DocumentFrequency
from ..document import Document

RESULT_COLUMNS = ("doclint_text", "doclint_changed", "doclint_removed", "doclint_codes", "doclint_diagnostics")


def lint_bag(bag: Any, *, text_field: str = "text", id_field: str | None = None, fix: bool = True,
             corpus: Any = None, **options: Any) -> Any:
    """A bag of :func:`doclint.api.lint_records` results, one per element (dict or string).

    ``index`` in each result counts within its partition; use ``id_field`` to identify records.
    """
    return bag.map_partitions(_bag_partition, text_field=text_field, id_field=id_field, fix=fix,
                              corpus=corpus, options=options)


def _bag_partition(records: Any, text_field: str, id_field: str | None, fix: bool, corpus: Any,
                   options: dict[str, Any]) -> list[dict[str, Any]]:
    return lint_records(list(records), text_field=text_field, id_field=id_field, fix=fix, corpus=corpus, **options)


def lint_dataframe(frame: Any, *, text_column: str = "text", id_column: str | None = None, fix: bool = True,
                   corpus: Any = None, **options: Any) -> Any:
    """``frame`` with the :data:`RESULT_COLUMNS` added: cleaned text (when ``fix``), whether it
    changed, characters removed, the codes found (comma-separated) and the diagnostics as JSON."""
    meta = _frame_partition(frame._meta, text_column, id_column, fix, None, options)
    return frame.map_partitions(_frame_partition, text_column, id_column, fix, corpus, options, meta=meta)


def _frame_partition(part: Any, text_column: str, id_column: str | None, fix: bool, corpus: Any,
                     options: dict[str, Any]) -> Any:
    import pandas

    texts = part[text_column].tolist()
    ids = part[id_column].tolist() if id_column else [None] * len(texts)
    records = [{"text": t if isinstance(t, str) else None, "id": i} for t, i in zip(texts, ids)]
    results = lint_records(records, id_field="id", fix=fix, corpus=corpus, **options)
    out = part.copy()
    out["doclint_text"] = [r.get("text") if fix else None for r in results]
    out["doclint_changed"] = pandas.Series([bool(r.get("changed", False)) for r in results], index=part.index,
                                           dtype=bool)
    out["doclint_removed"] = pandas.Series([int(r.get("removed", 0)) for r in results], index=part.index,
                                           dtype="int64")
    out["doclint_codes"] = [",".join(sorted({d["code"] for d in r["diagnostics"]} | set(r.get("applied", ()))))
                            for r in results]
    out["doclint_diagnostics"] = [json.dumps(r["diagnostics"], ensure_ascii=False) for r in results]
    return out


def corpus_counts(bag: Any, *, text_field: str = "text", **options: Any) -> Any:
    """A lazy :class:`DocumentFrequency` of the corpus keys of every document in ``bag``."""
    return bag.reduction(functools.partial(_partition_sketch, text_field=text_field, options=options),
                         _merge_sketches)


def _partition_sketch(records: Any, text_field: str, options: dict[str, Any]) -> DocumentFrequency:
    rules = engine_for(EngineOptions.make(**options)).linter.corpus_rules
    sketch = DocumentFrequency()
    for record in records:
        text, _ = record_text(record, text_field)
        if text is None:
            continue
        sketch.add_document(corpus_keys(Document.from_text(text), rules))
    return sketch


def _merge_sketches(sketches: Any) -> DocumentFrequency:
    sketches = list(sketches)
    total = sketches[0]
    for other in sketches[1:]:
        total.merge(other)
    return total
