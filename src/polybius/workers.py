"""All cores on one machine: articles coded by worker processes, one model each.

The parent reads the articles, cuts them into chunks and hands each chunk to a worker
process that loaded the spaCy model and the knowledge once (spaCy's model is not shared
across processes, and threads would fight over the GIL in the coder). Results come back
in input order, whatever worker finished first, so output is the same as with one
process, and the caller stays the only writer to the store (DuckDB allows one).

Only a few chunks are in flight at a time, so memory stays bounded on a long stream.
Workers start with ``spawn``: a forked copy of a parent that holds DuckDB connections,
tqdm's monitor thread or BLAS threads is not safe.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from polybius.model import Article
from polybius.read.errors import InputError

CHUNK_SIZE = 16  # articles per task: large enough to fill a spaCy batch, small enough to keep order cheap


def default_workers() -> int:
    """All the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class WorkerPeaks:
    """Peak resident memory (MB) of each worker process, by process id."""

    by_pid: dict[int, float] = field(default_factory=dict)

    def add(self, pid: int, peak_mb: float) -> None:
        self.by_pid[pid] = max(peak_mb, self.by_pid.get(pid, 0.0))

    @property
    def largest(self) -> float:
        return max(self.by_pid.values(), default=0.0)


# -- inside a worker process --------------------------------------------------------------

_settings: dict[str, Any] = {}


def _start_worker(settings: dict[str, Any]) -> None:
    """Load the model and the knowledge once, before the first chunk arrives."""
    from polybius.analyse import load_pipeline
    from polybius.code.coder import load_knowledge

    _settings.update(settings)
    load_pipeline(settings.get("sentence_filter", False))("warm up")
    load_knowledge(settings["actors"])


def _run_chunk(chunk: list[Article]) -> tuple[list[Any], list[tuple[str, str, int | None]], int, float]:
    """Code one chunk; errors travel as plain tuples (an ``InputError`` does not pickle)."""
    from polybius.pipeline import process

    errors: list[tuple[str, str, int | None]] = []
    results = list(process(chunk, batch_size=_settings["batch_size"], max_chars=_settings["max_chars"], actors=_settings["actors"],
                           prefilter=_settings["prefilter"], sentence_filter=_settings.get("sentence_filter", False),
                           on_error=lambda e: errors.append((e.source, e.reason, e.line))))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    return results, errors, os.getpid(), peak_mb


# -- in the parent -------------------------------------------------------------------------

def process_parallel(
    articles: Iterable[Article],
    *,
    workers: int,
    batch_size: int = 64,
    max_chars: int = 1_000_000,
    on_error: Callable[[InputError], None] | None = None,
    actors: tuple[str, ...] = (),
    prefilter: bool = True,
    sentence_filter: bool = False,
    chunk_size: int = CHUNK_SIZE,
    min_articles: int | None = None,
    peaks: WorkerPeaks | None = None,
) -> Iterator[Any]:
    """``pipeline.process`` over ``workers`` processes; yields ``Result``s in input order.

    Starting a worker costs a model load (seconds), so an input shorter than
    ``min_articles`` (default: one chunk per worker) is coded in this process."""
    from polybius.pipeline import process

    stream = iter(articles)
    threshold = workers * chunk_size if min_articles is None else min_articles
    head = list(islice(stream, max(threshold, 1)))
    options = dict(batch_size=batch_size, max_chars=max_chars, actors=tuple(actors), prefilter=prefilter, sentence_filter=sentence_filter)
    if len(head) < threshold or workers <= 1:
        yield from process(head + list(stream), on_error=on_error, **options)
        return

    def chunks() -> Iterator[list[Article]]:
        rest = iter(head)
        for source in (rest, stream):
            while chunk := list(islice(source, chunk_size)):
                yield chunk

    context = multiprocessing.get_context("spawn")
    pool = context.Pool(workers, initializer=_start_worker, initargs=(options,))
    finished = False
    try:
        pending: deque = deque()
        todo = chunks()
        for chunk in islice(todo, 2 * workers):
            pending.append(pool.apply_async(_run_chunk, (chunk,)))
        while pending:
            results, errors, pid, peak_mb = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(_run_chunk, (nxt,)))
            if peaks is not None:
                peaks.add(pid, peak_mb)
            for source, reason, line in errors:
                error = InputError(source, reason, line)
                if on_error is None:
                    raise error
                on_error(error)
            yield from results
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the caller stopped reading: stop the workers now
            pool.terminate()
        pool.join()
