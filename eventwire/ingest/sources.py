"""Reading inputs: files, directories, JSONL (plain or gzipped) and stdin, with bad input
reported as one InputError each while the rest of the batch goes on."""

from __future__ import annotations

import gzip
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.errors import MAX_INPUT_BYTES, InputError
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.feeds import FEED_SUFFIXES, feed_articles, looks_like_feed, looks_like_xml
from eventwire.ingest.html import article_from_html
from eventwire.ingest.text import article_from_text
from eventwire.records import Article

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
JSON_SUFFIXES = (".json",)
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES
SNIFF_BYTES = 8192
LEADING_BLANKS = b"\xef\xbb\xbf \t\r\n"  # a UTF-8 byte-order mark and white space
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.I)

Result = Iterator[Article | InputError]


def kind_of(name: str) -> str | None:
    """"text", "html", "jsonl", "json" or "feed" from a file name's suffix; None when it names
    no kind."""
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(JSON_SUFFIXES):
        return "json"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(FEED_SUFFIXES):
        return "feed"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def sniff(head: bytes) -> str:
    """"jsonl" if the first non-blank character is "{", "html" if it starts like HTML, "feed"
    for RSS or Atom, "xml" for other XML, else "text"."""
    stripped = head.lstrip(LEADING_BLANKS)
    if stripped.startswith(b"{"):
        return "jsonl"
    if _HTML_START.match(stripped) or re.search(rb"<html[\s>]", head[:2048], re.I):
        return "html"
    if looks_like_feed(stripped):
        return "feed"
    if looks_like_xml(stripped):
        return "xml"
    return "text"


def settle_json(kind: str, data: bytes) -> str:
    """The kind of a sniffed input that opens like JSON: "json" when the whole input is one
    JSON document (an array of records, or one record spread over lines), else the sniffed
    kind: JSON lines stay "jsonl" (read and reported line by line), and a text that merely
    opens with "[" ("[Reuters] ...") stays "text"."""
    opens_array = data.lstrip(LEADING_BLANKS).startswith(b"[")
    if kind != "jsonl" and not (kind == "text" and opens_array):
        return kind
    try:
        json.loads(data)
    except (ValueError, RecursionError):  # JSON lines stop at "Extra data" after the first
        return kind
    return "json"


def binary_reason(data: bytes) -> str | None:
    """Why the bytes are not text (NUL bytes, mostly control characters), or None."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "not UTF-8 (UTF-16 byte-order mark at byte offset 0)"
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary file (NUL byte at offset {nul})"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.1:
        return "binary file (mostly non-text bytes)"
    return None


def _bad_byte(data: bytes, err: UnicodeDecodeError) -> str:
    return f"invalid byte 0x{data[err.start]:02x} at byte offset {err.start}"


def decode_utf8(data: bytes, input_name: str, where: str = "") -> str:
    """UTF-8 text (a BOM is dropped), else InputError naming the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(input_name, f"not UTF-8 ({_bad_byte(data, err)}{where})") from None


def _decode_html(data: bytes, input_name: str) -> str:
    """HTML in UTF-8, or in the charset the page declares."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            charset = declared.group(1).decode("ascii", "replace").lower()
            if charset.replace("-", "") != "utf8":
                try:
                    return data.decode(charset)
                except (LookupError, UnicodeDecodeError):
                    pass
        raise InputError(
            input_name, f"not UTF-8 ({_bad_byte(data, err)}) and no usable charset declared"
        ) from None


def articles_from_bytes(data: bytes, input_name: str, kind: str,
                        default_date: str | None) -> Result:
    """The article(s) of one file or stdin that is no JSONL: a feed holds one per item, a JSON
    document one per record."""
    if kind == "json":
        yield from read_json_document(data, input_name, default_date)
        return
    if kind not in ("feed", "xml"):
        try:
            yield article_from_bytes(data, input_name, kind, default_date)
        except InputError as err:
            yield err
        return
    reason = "empty file" if not data.strip() else binary_reason(data)
    if reason:
        yield InputError(input_name, reason)
    elif kind == "xml":
        yield InputError(input_name, "XML that is not an RSS or Atom feed")
    else:
        yield from feed_articles(data, input_name, default_date)


def article_from_bytes(data: bytes, input_name: str, kind: str,
                       default_date: str | None) -> Article:
    """One text or HTML article from raw bytes, with the checks every input gets."""
    if not data.strip():
        raise InputError(input_name, "empty file")
    reason = binary_reason(data)
    if reason:
        raise InputError(input_name, reason)
    if kind == "html":
        return article_from_html(_decode_html(data, input_name), input_name,
                                 default_date=default_date)
    return article_from_text(decode_utf8(data, input_name), input_name, default_date)


def parse_json(text: str, input_name: str, where: str = "column") -> object:
    """The JSON value of the text, else InputError naming where it breaks ("column" for a
    line, "line" for a document)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        at = f"column {err.colno}"
        if where == "line":
            at = f"line {err.lineno}, {at}"
        raise InputError(input_name, f"malformed JSON ({err.msg} at {at})") from None
    except RecursionError:
        raise InputError(input_name, "malformed JSON (nested too deeply)") from None
    except ValueError as err:  # an integer of more digits than Python converts
        raise InputError(input_name, f"malformed JSON ({str(err).split(';')[0]})") from None


def jsonl_record(line: bytes, input_name: str, default_date: str | None) -> Article:
    """One JSONL line ({"id", "text", "title"?, "date"?, "url"?, "source"?}) as an Article."""
    record = parse_json(decode_utf8(line, input_name, " of the line"), input_name)
    return record_article(record, input_name, default_date)


def record_article(record: object, input_name: str, default_date: str | None) -> Article:
    """One parsed record ({"id", "text", "title"?, "date"?, "url"?, "source"?}) as an Article."""
    if not isinstance(record, dict):
        raise InputError(input_name, f"a JSON object was expected, not {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(input_name, 'record has no "text"')
    if not isinstance(text, str):
        raise InputError(input_name, f'"text" must be a string, not {type(text).__name__}')
    if not text.strip():
        raise InputError(input_name, "empty text")
    fields = {}
    for key in ("text", "id", "title", "url", "source", "date"):
        _check_surrogates(record.get(key), key, input_name)
    for key in ("id", "title", "url", "source"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(input_name, f'"{key}" must be a string, not {type(value).__name__}')
        fields[key] = str(value) if value is not None and str(value).strip() else None
    date = record.get("date")
    try:
        published = normalise_date(date, '"date"') if date not in (None, "") else None
    except ValueError as err:
        raise InputError(input_name, str(err)) from None
    article = article_from_text(text, input_name, default_date, **fields)
    return replace(article, published=published) if published else article


def read_json_document(data: bytes, name: str, default_date: str | None) -> Result:
    """A JSON document: one record, or an array of records named ``name[i]`` (from 0)."""
    reason = "empty file" if not data.strip() else binary_reason(data)
    if reason:
        yield InputError(name, reason)
        return
    try:
        document = parse_json(decode_utf8(data, name), name, where="line")
    except InputError as err:
        yield err
        return
    if isinstance(document, dict):
        records = [(name, document)]
    elif isinstance(document, list) and document:
        records = [(f"{name}[{i}]", record) for i, record in enumerate(document)]
    else:
        what = "an empty array" if isinstance(document, list) else type(document).__name__
        yield InputError(name, f"a JSON object or an array of objects was expected, not {what}")
        return
    for record_name, record in records:
        try:
            yield record_article(record, record_name, default_date)
        except InputError as err:
            yield err


def _check_surrogates(value: object, key: str, input_name: str) -> None:
    """A JSON escape such as "\\ud800" decodes to a lone surrogate, which no UTF-8 writer,
    tokenizer or database takes: refuse the line here rather than fail later."""
    if not isinstance(value, str):
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(input_name, f'"{key}" holds a lone surrogate '
                         f"(\\u{ord(value[err.start]):04x}), not text") from None


def read_jsonl(stream: BinaryIO, name: str, default_date: str | None, max_bytes: int) -> Result:
    """One Article or InputError per non-blank line, named ``name:LINE``."""
    number = records = 0
    try:
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            number += 1
            line_name = f"{name}:{number}"
            if len(line) > max_bytes:
                records += 1  # a line, if not a readable one: the file is not empty
                yield InputError(line_name, f"line longer than {max_bytes} bytes")
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = stream.readline(1 << 20)
                continue
            if not line.strip():
                continue
            records += 1
            try:
                yield jsonl_record(line, line_name, default_date)
            except InputError as err:
                yield err
    except (OSError, EOFError, zlib.error) as err:  # a truncated or corrupt .gz
        yield InputError(f"{name}:{number + 1}", f"cannot read further: {err}")
        return
    if not records:
        yield InputError(name, "empty file (no JSON lines)")


_SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def special_file(mode: int) -> str | None:
    """What a file that is not a regular file or a directory is ("a named pipe"), or None.
    Reading one can block for ever (a FIFO with no writer) or never end (/dev/zero)."""
    for test, what in _SPECIAL:
        if test(mode):
            return what
    return None


def read_file(path: Path, default_date: str | None, max_bytes: int) -> Result:
    name = str(path)
    try:
        info = path.stat()
        special = special_file(info.st_mode)
        if special:
            yield InputError(name, f"not a regular file ({special}; use - for stdin)")
            return
        size = info.st_size
        if size > max_bytes:
            yield InputError(name, f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
            return
        kind = kind_of(name)
        if kind == "jsonl":
            opener = gzip.open if name.lower().endswith(".gz") else open
            with opener(path, "rb") as stream:
                head = _peek(stream)
                if not head.strip():
                    yield InputError(name, "empty file")
                    return
                reason = binary_reason(head)
                if reason:
                    yield InputError(name, reason)
                    return
                yield from read_jsonl(stream, name, default_date, max_bytes)
            return
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        yield InputError(name, "no such file or directory")
        return
    except PermissionError:
        yield InputError(name, "cannot read: permission denied")
        return
    except IsADirectoryError:
        yield InputError(name, "is a directory")
        return
    except OSError as err:
        yield InputError(name, f"cannot read: {err.strerror or err}")
        return
    if len(data) > max_bytes:  # grew since stat, or a device
        yield InputError(name, f"file too large (over the limit of {max_bytes:,} bytes)")
        return
    kind = kind or settle_json(sniff(data[:SNIFF_BYTES]), data)
    if kind == "jsonl":
        yield from read_jsonl(_BytesStream(data), name, default_date, max_bytes)
        return
    yield from articles_from_bytes(data, name, kind, default_date)


def _peek(stream) -> bytes:
    try:
        return stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    except (OSError, EOFError, zlib.error):
        return b"?"  # read_jsonl reports the corrupt stream with its line number


def walk(directory: Path) -> list[Path]:
    """Files with a known suffix under the directory, recursively, sorted; hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, f) for f in files if not f.startswith(".") and kind_of(f) is not None
        )
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def read_stdin(stdin: TextIO | BinaryIO, default_date: str | None, max_bytes: int) -> Result:
    name = "<stdin>"
    source = getattr(stdin, "buffer", stdin)
    try:
        data = source.read(max_bytes + 1)
    except UnicodeDecodeError as err:
        yield InputError(name, f"not UTF-8 (invalid byte at byte offset {err.start})")
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        yield InputError(name, f"input too large (over the limit of {max_bytes:,} bytes)")
        return
    kind = settle_json(sniff(data[:SNIFF_BYTES]), data)
    if kind == "jsonl":
        if not data.strip():
            yield InputError(name, "empty input")
            return
        yield from read_jsonl(_BytesStream(data), name, default_date, max_bytes)
        return
    for item in articles_from_bytes(data, name, kind, default_date):
        if isinstance(item, InputError) and item.reason == "empty file":
            item = InputError(name, "empty input")
        yield item


def read_inputs(
    paths: Sequence[str],
    default_date: str | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Article | InputError]:
    """One Article per article in the inputs, or one InputError per bad input; the rest goes on.

    Paths are text (.txt), HTML (.html/.htm), JSONL (.jsonl, .jsonl.gz), JSON (.json: one
    record or an array of records) and saved RSS/Atom feed (.rss, .atom; one article per
    item) files, directories (searched recursively for those
    suffixes, in sorted order) and "-" for stdin (sniffed).
    A file with another suffix is sniffed like stdin. A default date that is not a date is
    one InputError named "--date", and nothing is read.
    """
    try:
        default_date = normalise_date(default_date, "default date")
    except ValueError as err:
        yield InputError("--date", str(err))
        return
    if isinstance(paths, (str, os.PathLike)):  # one path, not a sequence of characters
        paths = [paths]
    for raw in map(str, paths):
        if raw == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin, default_date,
                                  max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files = walk(path)
            if not files:
                yield InputError(raw, "directory holds no .txt, .html, .htm, .jsonl, .json, "
                                 ".rss or .atom files")
            for file in files:
                yield from read_file(file, default_date, max_bytes)
        elif not path.exists():
            yield InputError(raw, "no such file or directory")
        else:
            yield from read_file(path, default_date, max_bytes)


class _BytesStream:
    """readline() over bytes already read, for JSONL from stdin or a sniffed file."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def readline(self, limit: int = -1) -> bytes:
        end = self._data.find(b"\n", self._pos)
        end = len(self._data) if end < 0 else end + 1
        if limit >= 0:
            end = min(end, self._pos + limit)
        line = self._data[self._pos : end]
        self._pos = end
        return line
