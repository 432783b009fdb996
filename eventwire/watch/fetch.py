"""A careful HTTP GET for pages named by feeds we do not control.

A feed entry can point anywhere, so every fetch is limited: http/https only, at most
MAX_REDIRECTS redirects (each one checked again), a timeout for the whole request (a server
that dribbles its body a byte at a time never lets httpx's per-read timeout fire), a size cap
read as the body streams in, a malformed URL refused as such, and no private, loopback,
link-local or otherwise internal address unless ``allow_private`` — checked on the resolved
addresses before connecting and on the peer address the connection actually reached (which
defeats a DNS answer that changes between the check and the connect).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import EventwireError, InputError
from ..records import Article

MAX_REDIRECTS = 5
MAX_BYTES = 5_000_000
TIMEOUT = 15.0
USER_AGENT = f"eventwire/{__version__} (+feed watcher)"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class FetchError(EventwireError):
    """A URL that could not or may not be fetched; the message names the URL and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""


def is_public(address: str) -> bool:
    """True for a globally routable unicast address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified or not ip.is_global
    )


def resolve(host: str, port: int) -> list[str]:
    """Every address host resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(host, f"cannot resolve host ({exc})") from None
    return sorted({info[4][0] for info in infos})


class Fetcher:
    """GETs URLs within the limits above; one httpx client, reused."""

    def __init__(
        self,
        allow_private: bool = False,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
            trust_env=False,  # no proxy from the environment: we check the real peer
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_url(self, url: str) -> None:
        """Refuse a URL by its scheme, or by its host's addresses unless allow_private."""
        try:
            parts = urlsplit(url)
        except ValueError as exc:  # "http://[::1" and the like
            raise FetchError(url, f"malformed URL ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"scheme {parts.scheme or '(none)'!r} refused: http/https only")
        if not parts.hostname:
            raise FetchError(url, "no host in URL")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(url, "bad port in URL") from None
        if self.allow_private:
            return
        for address in resolve(parts.hostname, port):
            if not is_public(address):
                raise FetchError(
                    url, f"address {address} is private, loopback or link-local: refused "
                    "(use --allow-private to fetch from your own network)")

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        if self.allow_private:
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer and not is_public(str(peer[0])):
            raise FetchError(url, f"connected to {peer[0]}, a private address: refused")

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET url, following up to max_redirects checked redirects; FetchError on failure.

        A 304 or any other status is returned as it is; the caller decides what it means.
        """
        current = url
        for _hop in range(self.max_redirects + 1):
            self.check_url(current)
            deadline = time.monotonic() + self.timeout
            try:
                with self.client.stream("GET", current, headers=headers or {}) as response:
                    self._check_peer(current, response)
                    if response.status_code in REDIRECT_CODES:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(current, f"{response.status_code} with no Location")
                        current = urljoin(current, location)
                        continue
                    body = self._read(current, response, deadline)
                    return Response(
                        url=current,
                        status=response.status_code,
                        headers={k.lower(): v for k, v in response.headers.items()},
                        body=body,
                    )
            except httpx.TimeoutException:
                raise FetchError(current, "timed out") from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(current, f"{type(exc).__name__}: {exc}") from None
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"page is {declared} bytes, over the {self.max_bytes} cap")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"page is over the {self.max_bytes} byte cap")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out (body not read in {self.timeout:g} s)")
        return b"".join(chunks)


def fetch_articles(fetcher: Fetcher, url: str, default_date: str | None = None
                   ) -> list[Article | InputError]:
    """The article(s) at url (a page, or a feed's items), or an InputError naming the URL."""
    from ..ingest.pages import articles_from_response, media_type

    if not url.lower().startswith(("http://", "https://")):
        return [InputError(url, "not an http(s) URL")]
    try:
        response = fetcher.get(url)
    except FetchError as err:
        return [InputError(url, f"cannot fetch ({err.reason})")]
    if response.status >= 400:
        return [InputError(url, f"HTTP {response.status}")]
    return articles_from_response(response.body, media_type(response.headers.get("content-type")),
                                  url, response.url, default_date)
