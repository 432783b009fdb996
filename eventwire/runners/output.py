"""The output folder of a batch run: Parquet parts, a manifest, and one marker per shard.

A shard is finished when its marker exists; the marker is written (atomically) after the
shard's Parquet files are renamed into place. A run killed in between redoes that shard and
overwrites its files, which have the same names, so nothing is duplicated.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import EventwireError
from .shard import ShardResult
from .tables import write_partitioned

MANIFEST_VERSION = 1


def _write_json(path: Path, data: dict) -> None:
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temp, path)


class OutputDir:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.events = root / "events"
        self.articles = root / "articles"
        self.markers = root / "_shards"

    def open(self, plan: dict) -> None:
        """Create the folder, or check that it holds a run of the same plan (to resume)."""
        manifest = self.root / "manifest.json"
        if manifest.exists():
            try:
                known = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise EventwireError(f"{manifest}: unreadable manifest ({err})") from None
            if known.get("plan") != plan:
                raise EventwireError(
                    f"{self.root}: holds a run of other inputs or options; "
                    "use another --out folder to start a new run")
        else:
            self.root.mkdir(parents=True, exist_ok=True)
            _write_json(manifest, {"version": MANIFEST_VERSION, "plan": plan})
        self.markers.mkdir(exist_ok=True)
        for stale in self.root.rglob(".*.tmp-*"):  # a file half written when a run was killed
            stale.unlink(missing_ok=True)

    def marker(self, index: int) -> Path:
        return self.markers / f"{index:06d}.json"

    def done(self, index: int) -> dict | None:
        """The marker of a finished shard, or None."""
        try:
            return json.loads(self.marker(index).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def write(self, result: ShardResult) -> None:
        name = f"shard-{result.index:06d}.parquet"
        for folder in (self.events, self.articles):  # parts of an earlier, killed try
            for stale in folder.glob(f"date=*/{name}"):
                stale.unlink()
        files = write_partitioned(result.events, self.events, name)
        files += write_partitioned(result.articles, self.articles, name)
        _write_json(self.marker(result.index), {
            "articles": result.n_articles,
            "events": result.n_events,
            "errors": [f"{n}: {r}" for n, r in result.errors],
            "seconds": round(result.seconds, 3),
            "worker": result.worker,
            "peak_rss_mb": round(result.peak_rss_mb, 1),
            "files": [str(f.relative_to(self.root)) for f in files],
        })
