"""An ordered, bounded process pool for chunks.

``multiprocessing.Pool.imap`` and ``Executor.map`` both read their whole input ahead, which
would load a 100 GB shard into memory; here at most ``2 × jobs`` chunks are in flight and
results come back in input order. A worker that dies (out of memory, a crash in a C
extension) fails the run with ``BrokenProcessPool`` instead of hanging it.

Workers start through ``forkserver`` (``spawn`` where that is missing) rather than ``fork``:
the parent runs a progress-bar thread, and forking a threaded process can deadlock. The
forkserver loads the default rules and their data once (``preload``) and every worker is
forked from it with them. All of them start at once and build their rules in parallel before the first chunk (a barrier
makes each of ``jobs`` start-up tasks land on its own process); the same barrier later
hands every worker the cross-document counts, or collects each worker's first-pass sketch.
One job runs everything in the parent, with no pool at all.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator

from . import work

#: Seconds a worker waits for its peers at the barrier (start-up, hand-over of counts).
BARRIER_TIMEOUT = 600.0

_barrier: Any = None


def _init_worker(barrier: Any) -> None:
    global _barrier
    _barrier = barrier


def _together(func: Callable[..., Any], args: tuple) -> Any:
    """Run ``func(*args)`` once in every worker: none returns before all have started."""
    _barrier.wait(BARRIER_TIMEOUT)
    return func(*args)


def _context() -> Any:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["doclint.corpus.preload"])  # rules loaded once, shared by all workers
    return context


class ChunkPool:
    """Runs ``func(item, options)`` over items in order, in ``jobs`` processes or in the parent.

    ``warm(*warm_args)`` runs first in every worker (e.g. building the rules).
    """

    def __init__(self, jobs: int, warm: Callable[..., Any] | None = None, *warm_args: Any) -> None:
        self.jobs = max(1, jobs)
        self._executor: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            context = _context()
            self._executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                                 initargs=(context.Barrier(self.jobs),))
        self.everywhere(warm or _nothing, *warm_args)

    def everywhere(self, func: Callable[..., Any], *args: Any) -> list[Any]:
        """``func(*args)`` once in each process, results in a list."""
        if self._executor is None:
            return [func(*args)]
        futures = [self._executor.submit(_together, func, args) for _ in range(self.jobs)]
        return [f.result() for f in futures]

    def map(self, func: Callable[[Any, Any], Any], items: Iterable[Any], options: Any) -> Iterator[Any]:
        """``func(item, options)`` for each item, in order, with a bounded read-ahead."""
        if self._executor is None:
            for item in items:
                yield func(item, options)
            return
        window: deque = deque()
        for item in items:
            window.append(self._executor.submit(func, item, options))
            if len(window) >= 2 * self.jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def install_corpus(self, corpus: Any) -> None:
        """Give every worker the cross-document counts for the checking pass."""
        self.everywhere(work.set_corpus, corpus)

    def sketches(self) -> list[Any]:
        """Every process's first-pass sketch (see :func:`work.count_chunk`), non-empty ones only."""
        return [s for s in self.everywhere(work.take_sketch) if s is not None]

    def close(self) -> None:
        work.set_corpus(None)
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ChunkPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _nothing(*_: Any) -> None:
    return None
