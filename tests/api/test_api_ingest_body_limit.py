"""POST /ingest refuses an oversized body before holding it, against a real server on
127.0.0.1. Before, the whole body was read into memory and only then measured: a declared
Content-Length of 10^12 kept the request waiting for bytes that never came, and a chunked
upload was read to its end, however long."""

from __future__ import annotations

import socket

import pytest
from api_helpers import ThreadServer, fake_coder

from eventwire.api import Settings, create_app

TOKEN = "t0ken"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    db = tmp_path_factory.mktemp("limit") / "api.duckdb"
    app = create_app(Settings(db=str(db), token=TOKEN, max_body_bytes=100_000),
                     coder=fake_coder)
    with ThreadServer(app) as srv:
        yield srv


def _exchange(server, head: str, body: bytes) -> bytes:
    """The server's answer (status line, headers and JSON body, which may come in separate
    packets) to a request whose body is cut off after ``body``: the rest never comes."""
    answer = b""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head.encode() + body)
        while b"}" not in answer.partition(b"\r\n\r\n")[2]:
            try:
                data = sock.recv(4096)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            answer += data
    return answer


def test_api_body_limit_declared_length_refused_before_reading(small):
    head = ("POST /ingest HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: 1000000000000\r\n\r\n")
    answer = _exchange(small, head, b"Turkey accused Russia. " * 10)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"body over the limit of 100,000 bytes" in answer


def test_api_body_limit_chunked_refused_as_it_streams(small):
    head = ("POST /ingest HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            f"Authorization: Bearer {TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"a" * 50_000
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(3))
    answer = _exchange(small, head, chunks)  # 150,000 bytes, no final 0-chunk
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
