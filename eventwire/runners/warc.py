"""WARC(.gz) files, CC-NEWS layout: one response record per page, HTML in the payload.

A corrupt gzip member or a truncated record is reported with the file and the record's byte
offset, and reading resumes at the next record. So is a record whose Content-Length does not
match its bytes (warcio's multi-line warning about it is silenced; the fragment such a record
holds is not yielded) and a payload over MAX_PAYLOAD, which is not read into memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import MAX_INPUT_BYTES, InputError
from .gzlines import GZIP_MAGIC, _next_magic
from .items import RawItem

WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_MAGIC = b"WARC/"
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAYLOAD = MAX_INPUT_BYTES


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _resync(handle, after: int, gzipped: bool) -> int:
    """The offset of the next record start after ``after``, or -1."""
    if gzipped:
        return _next_magic(handle, after + 1)
    handle.seek(after + 1)
    pos = after + 1
    tail = b""
    while True:
        chunk = handle.read(1 << 20)
        if not chunk:
            return -1
        data = tail + chunk
        found = data.find(b"\n" + WARC_MAGIC)
        if found >= 0:
            return pos - len(tail) + found + 1
        tail = data[-len(WARC_MAGIC):]
        pos += len(chunk)


def warc_items(path: Path, max_payload: int = MAX_PAYLOAD) -> Iterator[RawItem | InputError]:
    """One RawItem per HTML response record, one InputError per unreadable stretch."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    with path.open("rb") as handle:
        head = handle.read(3)
        if not head:
            yield InputError(name, "empty file")
            return
        gzipped = head == GZIP_MAGIC
        start = 0
        while start >= 0:
            handle.seek(start)
            records = ArchiveIterator(handle)
            records.INC_RECORD = ""  # reported below as one line, not warcio's four on stderr
            offset = start
            # A record's item is held until warcio has stepped past the record: only then
            # does it know (err_count) whether the record ended where its Content-Length
            # said. One that did not yields its error and not its fragment.
            pending: RawItem | InputError | None = None
            try:
                for record in records:
                    yield from _settle(records, pending, name, offset)
                    pending = None
                    offset = records.offset
                    pending = _item(record, f"{name}@{offset}", max_payload)
                yield from _settle(records, pending, name, offset)
                return
            except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError,
                    AttributeError, IndexError, KeyError) as err:  # warcio on damaged bytes
                yield from _settle(records, pending, name, offset)
                failed = max(offset, getattr(records, "offset", offset))
                reason = _reason(err)
                yield InputError(f"{name}@{failed}", f"unreadable WARC record ({reason})")
                start = _resync(handle, failed, gzipped)


def _settle(records, pending: RawItem | InputError | None, name: str,
            offset: int) -> Iterator[RawItem | InputError]:
    """The held item of the record at offset, or its error when it overran or fell short."""
    if records.err_count:  # the record did not end where it said
        records.err_count = 0
        yield InputError(f"{name}@{offset}", "WARC record does not end where its "
                         "Content-Length says")
    elif pending is not None:
        yield pending


def _reason(err: Exception) -> str:
    if isinstance(err, EOFError):
        return "unexpected end of file"
    text = str(err).strip()
    if isinstance(err, (AttributeError, IndexError, KeyError)) or not text:
        return "damaged record headers"
    return text.splitlines()[0]


def _item(record, name: str, max_payload: int = MAX_PAYLOAD) -> RawItem | InputError | None:
    if record.rec_type != "response":
        return None
    if record.http_headers is not None:
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if ctype and not ctype.startswith(HTML_TYPES):
            return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date")
    data = record.content_stream().read(max_payload + 1)
    if len(data) > max_payload:
        return InputError(name, f"payload over the limit of {max_payload:,} bytes")
    raw = record.raw_stream
    while raw.read(1 << 16):  # the record's remaining bytes, if the payload left any
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        return InputError(name, f"truncated WARC record ({missing:,} bytes of its "
                          "Content-Length missing)")
    return RawItem("html", name, data, url=url, date=date[:10] if date else None)
