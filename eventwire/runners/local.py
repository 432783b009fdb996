"""Local backends: a process pool (one spaCy per worker process) or in-process."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..errors import EventwireError
from .shard import Options, Shard, ShardFailure, ShardResult, code_shard, init_worker

Outcome = ShardResult | ShardFailure


def _outcome(index: int, future: Future) -> Outcome:
    try:
        return future.result()
    except Exception as err:  # a worker bug or a killed worker: report, go on
        return ShardFailure(index, f"{type(err).__name__}: {err}")


class LocalBackend:
    """``workers`` processes (forkserver on Linux, spawn elsewhere), each loading the models
    once; at most two shards per worker are in flight, so memory stays bounded."""

    def __init__(self, workers: int, options: Options) -> None:
        self.workers = max(1, workers)
        self.options = options
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        self.pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(method),
            initializer=init_worker,
            initargs=(options,),
        )

    def run(self, shards: Iterator[Shard]) -> Iterator[Outcome]:
        pending: dict[Future, int] = {}
        limit = 2 * self.workers
        for shard in shards:
            try:
                pending[self.pool.submit(code_shard, shard, self.options)] = shard.index
            except BrokenProcessPool:
                raise EventwireError(
                    "a worker process died (out of memory?); the finished shards are kept: "
                    "rerun the same command to resume") from None
            while len(pending) >= limit:
                yield from self._collect(pending)
        while pending:
            yield from self._collect(pending)

    def _collect(self, pending: dict[Future, int]) -> Iterator[Outcome]:
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            yield _outcome(pending.pop(future), future)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class InlineBackend:
    """Everything in this process: for one core, debugging and measuring."""

    def __init__(self, options: Options) -> None:
        self.options = options
        init_worker(options)

    def run(self, shards: Iterator[Shard]) -> Iterator[Outcome]:
        for shard in shards:
            try:
                yield code_shard(shard, self.options)
            except Exception as err:
                yield ShardFailure(shard.index, f"{type(err).__name__}: {err}")

    def close(self) -> None:
        pass
