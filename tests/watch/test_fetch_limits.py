"""The fetcher's limits against a real server on 127.0.0.1 (and a mock for redirects)."""

from __future__ import annotations

import httpx
import pytest
from watch_helpers import Route

from eventwire.watch import fetch as fetch_module
from eventwire.watch.fetch import Fetcher, FetchError, is_public


def test_fetch_limits_private_address_refused_without_flag(feed_server):
    feed_server.routes["/a.html"] = Route(b"<p>hello</p>")
    with Fetcher() as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(feed_server.url("/a.html"))
    assert "127.0.0.1" in str(err.value) and "--allow-private" in str(err.value)
    assert feed_server.hits.get("/a.html") is None  # refused before connecting


def test_fetch_limits_private_address_allowed_with_flag(feed_server):
    feed_server.routes["/a.html"] = Route(b"<p>hello</p>")
    with Fetcher(allow_private=True) as fetcher:
        response = fetcher.get(feed_server.url("/a.html"))
    assert response.status == 200 and response.body == b"<p>hello</p>"


def test_fetch_limits_oversized_page(feed_server):
    feed_server.routes["/big.html"] = Route(b"x" * 200_000)
    with Fetcher(allow_private=True, max_bytes=50_000) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(feed_server.url("/big.html"))
    assert "cap" in err.value.reason


def test_fetch_limits_slow_server_times_out(feed_server):
    feed_server.routes["/slow.html"] = Route(b"late", delay=2.0)
    with Fetcher(allow_private=True, timeout=0.3) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(feed_server.url("/slow.html"))
    assert err.value.reason == "timed out"


def test_fetch_limits_redirects_followed_and_capped(feed_server):
    feed_server.routes["/end.html"] = Route(b"end")
    feed_server.routes["/r0"] = Route(status=302, location="/end.html")
    for i in range(1, 8):
        feed_server.routes[f"/loop{i}"] = Route(status=301, location=f"/loop{i + 1}")
    with Fetcher(allow_private=True) as fetcher:
        assert fetcher.get(feed_server.url("/r0")).url.endswith("/end.html")
        with pytest.raises(FetchError) as err:
            fetcher.get(feed_server.url("/loop1"))
    assert "redirects" in err.value.reason


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_fetch_limits_scheme_refused(url):
    with Fetcher(allow_private=True) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert "http/https only" in err.value.reason


def test_fetch_limits_redirect_to_private_address_refused(monkeypatch):
    """A public page that redirects into the private network is refused at the redirect."""
    addresses = {"news.example": ["93.184.216.34"], "intranet.example": ["10.0.0.5"]}
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: addresses[host])
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})

    with Fetcher(transport=httpx.MockTransport(handler)) as fetcher:
        with pytest.raises(FetchError) as err:
            fetcher.get("http://news.example/story")
    assert "10.0.0.5" in err.value.reason
    assert requested == ["http://news.example/story"]


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False),
     ("172.16.5.4", False), ("169.254.169.254", False), ("::1", False), ("fe80::1", False),
     ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("2001:4860:4860::8888", True),
     ("100.64.0.1", False)],
)
def test_fetch_limits_is_public(address, public):
    assert is_public(address) is public


def test_fetch_limits_peer_address_checked_after_connect(feed_server, monkeypatch):
    """A name that resolved to a public address at check time but connects to loopback
    (DNS rebinding) is refused on the address actually reached, before the body is read."""
    feed_server.routes["/a.html"] = Route(b"secret")
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["93.184.216.34"])
    with Fetcher() as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(feed_server.url("/a.html"))
    assert "connected to 127.0.0.1" in err.value.reason


def test_fetch_limits_slow_feed_backs_off(feed_server):
    from eventwire.watch.feeds import FeedState, poll

    feed_server.routes["/slow.xml"] = Route(b"<rss/>", delay=2.0)
    with Fetcher(allow_private=True, timeout=0.3) as fetcher:
        result = poll(fetcher, FeedState(feed_server.url("/slow.xml")), 60, now=0.0)
    assert result.error == "timed out" and result.state.failures == 1
    assert result.state.next_poll == 120.0
