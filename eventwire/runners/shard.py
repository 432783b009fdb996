"""Code one shard of raw items: the one code path every backend (local pool, Ray) runs.

A worker process loads spaCy, the actor resolver and the coder once (:func:`init_worker`),
then codes shard after shard with :func:`code_shard`, which returns Arrow tables for the
driver to write.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
from dataclasses import dataclass, field

import pyarrow as pa

from ..errors import InputError
from ..records import Article
from .items import RawItem, to_articles
from .tables import articles_table, events_table


@dataclass(frozen=True)
class Options:
    default_date: str | None = None
    batch_size: int = 32  # nlp.pipe batch size


@dataclass
class Shard:
    index: int
    items: list[RawItem]


@dataclass
class ShardResult:
    index: int
    articles: pa.Table
    events: pa.Table
    errors: list[tuple[str, str]] = field(default_factory=list)  # (input name, reason)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time on the shard (robust to a busy machine)
    worker: str = ""
    peak_rss_mb: float = 0.0

    @property
    def n_articles(self) -> int:
        return self.articles.num_rows

    @property
    def n_events(self) -> int:
        return self.events.num_rows


_loaded: dict[str, object] = {}


def init_worker(options: Options) -> None:
    """Load the models once per process (the pool initializer)."""
    from .. import nlp as nlp_module
    from ..actors import default_resolver
    from ..pipeline import default_coder

    _loaded["nlp"] = nlp_module.load()
    _loaded["resolver"] = default_resolver()
    _loaded["coder"] = default_coder()
    gc.freeze()  # the models live as long as the worker: no collection need walk them again


def peak_rss_mb() -> float:
    """This process's peak resident memory (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def code_shard(shard: Shard, options: Options) -> ShardResult:
    """Read and code every item of the shard; bad items become (name, reason) errors.

    An article a stage fails on is one such error too: one bad article does not fail the
    shard (a failed shard is retried whole, and would fail again on the same article).
    """
    if "coder" not in _loaded:
        init_worker(options)
    started, cpu_started = time.perf_counter(), time.process_time()
    articles: list[Article] = []
    errors: list[tuple[str, str]] = []
    for item in shard.items:
        for got in to_articles(item, options.default_date):
            if isinstance(got, InputError):
                errors.append((got.input_name, got.reason))
            else:
                articles.append(got)
    from ..pipeline import code_articles

    pairs = list(code_articles(articles, nlp=_loaded["nlp"], resolver=_loaded["resolver"],
                               coder=_loaded["coder"], batch_size=options.batch_size,
                               on_error=lambda err: errors.append((err.input_name, err.reason))))
    return ShardResult(
        index=shard.index,
        articles=articles_table(pairs),
        events=events_table(e for _, events in pairs for e in events),
        errors=errors,
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu_started,
        worker=f"{os.uname().nodename}:{os.getpid()}",
        peak_rss_mb=peak_rss_mb(),
    )


@dataclass(frozen=True)
class ShardFailure:
    """A shard whose coding raised: it is not marked done, so a rerun tries it again."""

    index: int
    reason: str
