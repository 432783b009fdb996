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

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 20


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
                try:
                    out = decomp.decompress(buf)
                except zlib.error as err:
                    failure = f"corrupt gzip member ({err})"
                    break
                if out:
                    yield out
                if decomp.eof:
                    buf_off += len(buf) - len(decomp.unused_data)
                    buf = decomp.unused_data
                    break
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


def lines(path: Path) -> Iterator[tuple[bytes, int] | Corrupt]:
    """(line, line number) for every complete line, and a Corrupt for each bad stretch.

    Line numbers count the lines read so far, so after a corrupt member they are the numbers
    of the readable lines, not of the original file (whose lost lines cannot be counted).
    """
    if not is_gzip(path):
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                yield line, number
        return
    number = 0
    pending = b""
    for chunk in gzip_chunks(path):
        if isinstance(chunk, Corrupt):
            pending = b""  # the line the bad member cut short is lost with it
            yield chunk
            continue
        if not chunk:  # end of a member: lines may go on in the next one
            continue
        pending += chunk
        parts = pending.split(b"\n")
        pending = parts.pop()
        for line in parts:
            number += 1
            yield line + b"\n", number
    if pending:
        yield pending, number + 1
