"""An ordered, bounded process pool for chunks.

``multiprocessing.Pool.imap`` and ``Executor.map`` both read their whole input ahead, which
would load a 100 GB shard into memory; here at most ``2 × jobs`` chunks are in flight and
results come back in input order. Workers start through ``forkserver`` (``spawn`` where that
is missing) rather than ``fork``: the parent runs a progress-bar thread, and forking a
threaded process can deadlock. One job runs everything in the parent, with no pool at all.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from . import work

#: Seconds a worker waits for its peers when handing over its first-pass sketch.
BARRIER_TIMEOUT = 600.0

_barrier: Any = None


def _init_worker(corpus: Any, barrier: Any) -> None:
    global _barrier
    _barrier = barrier
    work.set_corpus(corpus)


def _take_sketch_together(_: int) -> Any:
    """Runs once in every worker: the barrier keeps a worker from taking two of these tasks."""
    _barrier.wait(BARRIER_TIMEOUT)
    return work.take_sketch()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class ChunkPool:
    """Runs ``func(item, options)`` over items in order, in ``jobs`` processes or in the parent."""

    def __init__(self, jobs: int, corpus: Any = None) -> None:
        self.jobs = max(1, jobs)
        self._pool = None
        if self.jobs == 1:
            work.set_corpus(corpus)
            return
        context = _context()
        self._pool = context.Pool(self.jobs, initializer=_init_worker,
                                  initargs=(corpus, context.Barrier(self.jobs)))

    def map(self, func: Callable[[Any, Any], Any], items: Iterable[Any], options: Any) -> Iterator[Any]:
        """``func(item, options)`` for each item, in order, with a bounded read-ahead."""
        if self._pool is None:
            for item in items:
                yield func(item, options)
            return
        window: deque = deque()
        for item in items:
            window.append(self._pool.apply_async(func, (item, options)))
            if len(window) >= 2 * self.jobs:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()

    def sketches(self) -> list[Any]:
        """Every process's first-pass sketch (see :func:`work.count_chunk`), non-empty ones only."""
        if self._pool is None:
            found = [work.take_sketch()]
        else:
            found = self._pool.map(_take_sketch_together, range(self.jobs), chunksize=1)
        return [s for s in found if s is not None]

    def close(self) -> None:
        work.set_corpus(None)
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> ChunkPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
