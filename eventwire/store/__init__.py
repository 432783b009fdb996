"""The store: articles, stories, deduplicated events and their mentions in DuckDB.

Tables (schema versioned, see :mod:`.schema`): ``stories`` (clusters of syndicated copies),
``articles`` (one row per distinct article, with its SimHash), ``events`` (one row per
(date, source code, target code, CAMEO code, place, factuality), with NumMentions,
NumSources, NumArticles, first/last seen and the versions that coded it), ``mentions``
(every report of an event: its article, sentence, trigger, rule and full event record)
and ``actor_mentions``.

Several processes: DuckDB lets one process open a database file for writing, and while it
does, no other process can open the file at all (not even read-only). eventwire's rule:
**whoever writes owns the file.** ``eventwire serve`` opens it for writing and takes ingests
over ``POST /ingest`` (token required); a second writer or reader (``eventwire ingest``,
``eventwire query``) gets a one-line :class:`StoreLockedError` saying so. With no writer
running, any number of read-only processes (``eventwire query``, ``export``,
``serve --read-only``) may share the file.
"""

from .db import IngestSummary, Store, StoreError, StoreLockedError

__all__ = ["IngestSummary", "Store", "StoreError", "StoreLockedError"]
