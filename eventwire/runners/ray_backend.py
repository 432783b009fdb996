"""The Ray backend: an actor pool of shard coders, on the same code path as the local pool.

Each actor loads the models once (its constructor runs :func:`init_worker`) and codes shards
with :func:`code_shard`; Ray's own ``ActorPool`` schedules them. Without ``address`` Ray starts
on this machine; with one (``ray://host:10001`` or ``auto``) it joins an existing cluster, where
every node needs eventwire installed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import EventwireError
from .shard import Options, Shard, ShardFailure, ShardResult, code_shard, init_worker

Outcome = ShardResult | ShardFailure


def _ray():
    try:
        import ray
    except ImportError:
        raise EventwireError(
            "the ray backend needs Ray: pip install 'eventwire[ray]'") from None
    return ray


class ShardCoder:
    """A Ray actor: one spaCy, one resolver, one coder, many shards."""

    def __init__(self, options: Options) -> None:
        self.options = options
        init_worker(options)

    def code(self, shard: Shard) -> ShardResult:
        return code_shard(shard, self.options)


class RayBackend:
    def __init__(self, workers: int, options: Options, address: str | None = None) -> None:
        ray = _ray()
        from ray.util import ActorPool

        self.ray = ray
        self.started_here = not ray.is_initialized()
        if self.started_here:
            if address:
                ray.init(address=address, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(num_cpus=max(1, workers), include_dashboard=False,
                         log_to_driver=False)
        actor = ray.remote(num_cpus=1)(ShardCoder)
        self.workers = max(1, workers)
        self.pool = ActorPool([actor.remote(options) for _ in range(self.workers)])
        self.index: dict[int, int] = {}

    def run(self, shards: Iterator[Shard]) -> Iterator[Outcome]:
        in_flight: list[int] = []
        for shard in shards:
            while not self.pool.has_free():
                yield self._next(in_flight)
            self.pool.submit(lambda a, s: a.code.remote(s), shard)
            in_flight.append(shard.index)
        while self.pool.has_next():
            yield self._next(in_flight)

    def _next(self, in_flight: list[int]) -> Outcome:
        try:
            result = self.pool.get_next_unordered()
        except Exception as err:  # RayTaskError / RayActorError: the shard is not done
            # ActorPool does not say which shard failed; the oldest one still in flight is the
            # best guess, and as it is not marked done a rerun codes it again in any case.
            index = in_flight.pop(0) if in_flight else -1
            return ShardFailure(index, f"{type(err).__name__}: {str(err).splitlines()[0]}")
        in_flight.remove(result.index)
        return result

    def close(self) -> None:
        if self.started_here:
            self.ray.shutdown()
