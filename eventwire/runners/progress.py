"""A progress line on stderr: articles/s, events/s, and the ETA when the total is known."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    def __init__(self, total: int | None, stream: TextIO | None = None,
                 every: float | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every if every is not None else (0.5 if self.tty else 15.0)
        self.started = time.perf_counter()
        self.last = 0.0
        self.items = self.articles = self.events = 0
        self.skipped = 0  # items of shards finished by an earlier run

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        text = (f"{self.articles:,} articles ({self.articles / elapsed:.1f}/s), "
                f"{self.events:,} events ({self.events / elapsed:.1f}/s)")
        if self.skipped:
            text += f", {self.skipped:,} done before"
        if self.total:
            done = self.items + self.skipped
            fresh = self.items / elapsed
            eta = (self.total - done) / fresh if fresh > 0 else 0
            text += f", {100 * done / self.total:.0f}% ETA {clock(eta)}"
        return text

    def update(self, items: int = 0, articles: int = 0, events: int = 0, skipped: int = 0,
               force: bool = False) -> None:
        self.items += items
        self.articles += articles
        self.events += events
        self.skipped += skipped
        now = time.perf_counter()
        if force or now - self.last >= self.every:
            self.last = now
            if self.tty:
                self.stream.write(f"\r\x1b[Kbatch: {self.line()}")
            else:
                self.stream.write(f"batch: {self.line()}\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
