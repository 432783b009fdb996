"""Lines of a plain or gzipped file, going on past a corrupt gzip member.

Python's ``gzip`` module stops at the first bad member. News dumps are often concatenations of
members (one per record or per block), so here a bad member is reported with its byte offset
and reading resumes at the next gzip header; only the lines of the bad member are lost.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import MAX_INPUT_BYTES

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 20
MAX_LINE = MAX_INPUT_BYTES


@dataclass(frozen=True)
class LongLine:
    """A line over the length limit, skipped without being held in memory."""

    number: int
    reason: str


@dataclass(frozen=True)
class Corrupt:
    """A part of the file that could not be read: where it starts and why."""

    offset: int  # byte offset of the bad member (compressed file)
    reason: str


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(3) == GZIP_MAGIC


def _next_magic(handle, start: int) -> int:
    """The offset of the next gzip header at or after ``start``, or -1."""
    handle.seek(start)
    tail = b""
    pos = start
    while True:
        chunk = handle.read(CHUNK)
        if not chunk:
            return -1
        data = tail + chunk
        found = data.find(GZIP_MAGIC)
        if found >= 0:
            return pos - len(tail) + found
        tail = data[-2:]
        pos += len(chunk)


def gzip_chunks(path: Path) -> Iterator[bytes | Corrupt]:
    """Decompressed chunks of every readable member; a Corrupt per bad stretch.

    An empty bytes chunk marks the end of a member, so line readers can drop a line that a
    corrupt member cut short. Memory stays at one read chunk whatever the file size.
    """
    with path.open("rb") as handle:
        buf, buf_off = b"", 0  # unread compressed bytes and the file offset of buf[0]
        while True:
            while len(buf) < 3:
                more = handle.read(CHUNK)
                if not more:
                    break
                buf += more
            if not buf or not buf.strip(b"\x00"):  # end of file, or zero padding
                return
            if not buf.startswith(GZIP_MAGIC):
                yield Corrupt(buf_off, "bytes that are not a gzip member")
                following = _next_magic(handle, buf_off + 1)
                if following < 0:
                    return
                handle.seek(following)
                buf, buf_off = b"", following
                continue
            member_start = buf_off
            decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
            failure = None
            while True:
                try:  # at most CHUNK bytes out per call: a gzip bomb inflates 1000 to 1
                    out = decomp.decompress(buf, CHUNK)
                except zlib.error as err:
                    failure = f"corrupt gzip member ({err})"
                    break
                if out:
                    yield out
                if decomp.eof:
                    buf_off += len(buf) - len(decomp.unused_data)
                    buf = decomp.unused_data
                    break
                if decomp.unconsumed_tail or len(out) == CHUNK:  # more output to come
                    buf_off += len(buf) - len(decomp.unconsumed_tail)
                    buf = decomp.unconsumed_tail
                    continue
                buf_off += len(buf)
                buf = handle.read(CHUNK)
                if not buf:
                    failure = "truncated gzip member (unexpected end of file)"
                    break
            yield b""
            if failure is not None:
                yield Corrupt(member_start, failure)
                following = _next_magic(handle, member_start + 1)
                if following < 0:
                    return
                handle.seek(following)
                buf, buf_off = b"", following


def lines(path: Path, max_line: int = MAX_LINE
          ) -> Iterator[tuple[bytes, int] | Corrupt | LongLine]:
    """(line, line number) for every complete line, a Corrupt for each bad stretch and a
    LongLine for each line over max_line bytes (skipped: memory stays near max_line).

    Line numbers count the lines read so far, so after a corrupt member they are the numbers
    of the readable lines, not of the original file (whose lost lines cannot be counted).
    """
    too_long = f"line longer than {max_line:,} bytes"
    if not is_gzip(path):
        with path.open("rb") as handle:
            number = 0
            while line := handle.readline(max_line + 1):
                number += 1
                if len(line) <= max_line:
                    yield line, number
                    continue
                yield LongLine(number, too_long)
                while line and not line.endswith(b"\n"):  # skip the rest of it
                    line = handle.readline(CHUNK)
        return
    number = 0
    pending: list[bytes] = []
    size = 0
    skipping = False  # inside a line over max_line, already reported
    for chunk in gzip_chunks(path):
        if isinstance(chunk, Corrupt):
            pending, size, skipping = [], 0, False  # the line cut short is lost with it
            yield chunk
            continue
        if not chunk:  # end of a member: lines may go on in the next one
            continue
        parts = chunk.split(b"\n")
        for i, part in enumerate(parts):
            ended = i < len(parts) - 1  # a newline follows this part
            if not skipping:
                pending.append(part)
                size += len(part)
                if size > max_line:
                    number += 1
                    yield LongLine(number, too_long)
                    pending, size, skipping = [], 0, True
            if not ended:
                break
            if skipping:  # the newline that ends the long line
                skipping = False
                continue
            number += 1
            yield b"".join(pending) + b"\n", number
            pending, size = [], 0
    if pending and not skipping and size:
        yield b"".join(pending), number + 1
