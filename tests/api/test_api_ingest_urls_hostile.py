"""POST /ingest?kind=urls with hostile URLs, against real pages on 127.0.0.1: refused or capped
with one reason each, never a 500, and never a request to a private address by default."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from api_helpers import fake_coder
from fastapi.testclient import TestClient

from eventwire.api import Settings, create_app

TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/uri-list"}
HITS: list[str] = []


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        HITS.append(self.path)
        if self.path == "/metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)  # /endless: a body that never ends, no Content-Length
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(10_000):
                self.wfile.write(b"<p>" + b"a" * 65_536)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def pages():
    HITS.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _post(tmp_path, urls: str, **settings):
    app = create_app(Settings(db=str(tmp_path / "api.duckdb"), token=TOKEN, **settings),
                     coder=fake_coder)
    with TestClient(app) as client:
        return client.post("/ingest", params={"kind": "urls"}, content=urls, headers=AUTH)


def test_api_urls_hostile_private_address_refused_by_default(tmp_path, pages):
    response = _post(tmp_path, f"{pages}/metadata\nhttp://169.254.169.254/latest/\n")
    assert response.status_code == 422, response.text
    reasons = [e["reason"] for e in response.json()["detail"]["errors"]]
    assert len(reasons) == 2
    assert all("private, loopback or link-local: refused" in r for r in reasons), reasons
    assert HITS == []  # before: fetched, and the redirect to 169.254.169.254 followed


def test_api_urls_hostile_endless_body_capped(tmp_path, pages):
    response = _post(tmp_path, f"{pages}/endless\n", allow_private=True,
                     max_body_bytes=200_000)
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]["errors"]
    assert error["reason"] == "cannot fetch (page is over the 200000 byte cap)"


def test_api_urls_hostile_malformed_url_is_422(tmp_path):
    response = _post(tmp_path, "http://[::1/a\nhttp://example.org:8x/\n")
    assert response.status_code == 422, response.text
    reasons = [e["reason"] for e in response.json()["detail"]["errors"]]
    assert reasons[0].startswith("cannot fetch (malformed URL")
    assert reasons[1] == "cannot fetch (bad port in URL)"
