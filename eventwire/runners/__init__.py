"""Runners: drive the stages over many articles (a local process pool, Ray).

The stages never know which runner drives them; every backend codes shards with
:func:`eventwire.runners.shard.code_shard`.
"""

from .batch import BatchSummary, run_batch

__all__ = ["BatchSummary", "run_batch"]
