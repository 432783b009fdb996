"""``eventwire batch``: code many articles into Parquet, streaming, resumable, in parallel.

The driver reads the inputs into raw items (cheap), groups them into numbered shards of
``shard_size`` items, skips the shards an earlier run finished, and hands the rest to a
backend; it writes each shard's results as it comes back. Memory stays bounded: a few shards
are in flight at a time, whatever the input size.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import EventwireError, InputError
from ..ingest.dates import normalise_date
from .inputs import count_items, raw_items
from .output import OutputDir
from .progress import Progress, clock
from .shard import Options, Shard, ShardFailure

BACKENDS = ("local", "ray")
DEFAULT_SHARD_SIZE = 200


@dataclass
class BatchSummary:
    out: str
    shards_coded: int = 0
    shards_skipped: int = 0  # finished by an earlier run
    shards_failed: int = 0
    articles: int = 0
    events: int = 0
    articles_before: int = 0  # in skipped shards
    events_before: int = 0
    errors: int = 0  # inputs that could not be read
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per worker
    busy_seconds: dict[str, float] = field(default_factory=dict)  # coding time per worker
    cpu_seconds: float = 0.0  # the workers' CPU time coding shards, summed

    @property
    def steady_rate(self) -> float:
        """Articles/s of the workers while coding (no start-up, no idle tail)."""
        busiest = max(self.busy_seconds.values(), default=0.0)
        return self.articles / busiest if busiest else 0.0

    def text(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        erate = self.events / self.seconds if self.seconds else 0.0
        lines = [
            f"batch: {self.articles:,} articles and {self.events:,} events coded in "
            f"{clock(self.seconds)} ({rate:.1f} articles/s, {erate:.1f} events/s; "
            f"{self.steady_rate:.1f} articles/s while coding) into {self.out}",
        ]
        if self.shards_skipped:
            lines.append(f"batch: {self.shards_skipped} shards ({self.articles_before:,} "
                         f"articles, {self.events_before:,} events) were done before: skipped")
        if self.errors or self.shards_failed:
            lines.append(f"batch: {self.errors} inputs could not be read; "
                         f"{self.shards_failed} shards failed (rerun to retry them)")
        if self.peak_rss_mb:
            peak = max(self.peak_rss_mb.values())
            lines.append(f"batch: peak memory {peak:.0f} MB per worker "
                         f"({len(self.peak_rss_mb)} workers)")
        return "\n".join(lines)


def auto_shard_size(total: int | None) -> int:
    """Shards small enough that a small input still keeps every worker busy, large enough
    that per-shard costs vanish; it depends on the inputs only, so a rerun finds the same."""
    if total is None:
        return DEFAULT_SHARD_SIZE
    return max(10, min(DEFAULT_SHARD_SIZE, total // 16))


def make_backend(backend: str, workers: int, options: Options, address: str | None):
    if backend == "ray":
        from .ray_backend import RayBackend

        return RayBackend(workers, options, address)
    if backend != "local":
        raise EventwireError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    if workers <= 0:
        from .local import InlineBackend

        return InlineBackend(options)
    from .local import LocalBackend

    return LocalBackend(workers, options)


def run_batch(
    paths: Sequence[str],
    out: str | Path,
    *,
    backend: str = "local",
    workers: int = 2,
    shard_size: int | None = None,
    default_date: str | None = None,
    address: str | None = None,
    count: bool = True,
    stderr: TextIO | None = None,
) -> BatchSummary:
    """Code the inputs into ``out/events`` and ``out/articles`` (Parquet, by date).

    Bad inputs are reported on ``stderr`` one line each, and the rest goes on. Rerunning with
    the same inputs and options skips the shards already written. ``workers=0`` codes in
    this process. ``shard_size`` None picks one from the number of inputs (see
    :func:`auto_shard_size`); ``count=False`` skips counting them (no ETA).
    """
    stderr = stderr if stderr is not None else sys.stderr
    total = count_items(paths) if count else None
    if shard_size is None:
        shard_size = auto_shard_size(total)
    if shard_size < 1:
        raise EventwireError(f"--shard-size must be at least 1, not {shard_size}")
    if backend not in BACKENDS:
        raise EventwireError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    try:
        default_date = normalise_date(default_date, "--date")
    except ValueError as err:
        raise EventwireError(str(err)) from None
    options = Options(default_date=default_date)
    output = OutputDir(Path(out))
    plan = {
        "inputs": [str(Path(p).resolve()) for p in paths],
        "shard_size": shard_size,
        "options": asdict(options),
    }
    output.open(plan)
    summary = BatchSummary(out=str(out))
    progress = Progress(total, stderr)

    def report(error: InputError) -> None:
        summary.errors += 1
        stderr.write(f"eventwire: error: {error}\n")

    def shards() -> Iterator[Shard]:
        items: list = []
        index = 0

        def flush() -> Iterator[Shard]:
            nonlocal index, items
            done = output.done(index)
            if done is None:
                yield Shard(index, items)
            else:
                summary.shards_skipped += 1
                summary.articles_before += done["articles"]
                summary.events_before += done["events"]
                progress.update(skipped=len(items))
            index += 1
            items = []

        for item in raw_items(paths):
            if isinstance(item, InputError):
                report(item)
                continue
            items.append(item)
            if len(items) >= shard_size:
                yield from flush()
        if items:
            yield from flush()

    started = time.perf_counter()
    runner = make_backend(backend, workers, options, address)
    sizes: dict[int, int] = {}
    try:
        def tracked() -> Iterator[Shard]:
            for shard in shards():
                sizes[shard.index] = len(shard.items)
                yield shard

        for outcome in runner.run(tracked()):
            if isinstance(outcome, ShardFailure):
                summary.shards_failed += 1
                stderr.write(f"eventwire: error: shard {outcome.index}: {outcome.reason}\n")
                progress.update(items=sizes.pop(outcome.index, 0))
                continue
            output.write(outcome)
            for name, reason in outcome.errors:
                report(InputError(name, reason))
            summary.shards_coded += 1
            summary.articles += outcome.n_articles
            summary.events += outcome.n_events
            worker = outcome.worker
            summary.peak_rss_mb[worker] = max(summary.peak_rss_mb.get(worker, 0.0),
                                              outcome.peak_rss_mb)
            summary.busy_seconds[worker] = summary.busy_seconds.get(worker, 0.0) + outcome.seconds
            summary.cpu_seconds += outcome.cpu_seconds
            progress.update(items=sizes.pop(outcome.index, 0), articles=outcome.n_articles,
                            events=outcome.n_events)
    finally:
        runner.close()
        summary.seconds = time.perf_counter() - started
        progress.update(force=True)
        progress.close()
    return summary
