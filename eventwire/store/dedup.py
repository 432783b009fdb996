"""Article identity: canonical URLs and SimHash fingerprints of text.

Two articles are the same article when they share an id, a canonical URL, or
near-identical text from the same outlet; near-identical text from another outlet is
a syndicated copy: a new article in the same story.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

# Query parameters that say how a reader arrived, not which page it is.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ref", "ref_src", "cmpid",
     "ocid", "smid", "s_cid", "_ga", "igshid", "yclid", "spm"}
)
SIMHASH_BITS = 64
BANDS = 4  # pigeonhole: distance <= BANDS - 1 means at least one 16-bit band is equal
NEAR_DUPLICATE_BITS = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def canonical_url(url: str | None) -> str | None:
    """A URL reduced to the page it names: lower-case host without www, no fragment,
    no tracking parameters, sorted query, no trailing slash. None for no URL."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": no page to reduce it to, the URL as written
        return url.strip()
    if not parts.netloc:
        return url.strip()
    host = parts.hostname or ""
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:  # a non-numeric or out-of-range port: keep the netloc as written
        port, host = None, parts.netloc.lower()
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    )
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/") or "/"
    for suffix in ("/index.html", "/index.htm", "/amp"):
        if path.endswith(suffix):
            path = path[: -len(suffix)] or "/"
    return urlunsplit(("https", host, path, urlencode(query), ""))


def url_host(url: str | None) -> str | None:
    """The host of a URL without www., or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _feature_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) >= 3:
        features = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    else:
        features = set(words) or {text.strip().lower()}
    return np.array(
        [
            int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "little")
            for f in sorted(features)
        ],
        dtype=np.uint64,
    )


def simhash(text: str) -> int:
    """64-bit SimHash (Charikar 2002) over word 3-shingles, as a signed int64."""
    hashes = _feature_hashes(text)
    shifts = np.arange(SIMHASH_BITS, dtype=np.uint64)
    bits = (hashes[:, None] >> shifts) & np.uint64(1)
    ones = bits.sum(axis=0, dtype=np.int64)
    value = 0
    for i, n in enumerate(ones.tolist()):
        if 2 * n > len(hashes):
            value |= 1 << i
    return value - (1 << 64) if value >= 1 << 63 else value


def bands(fingerprint: int) -> tuple[int, ...]:
    """The fingerprint cut into BANDS 16-bit pieces, for candidate lookup."""
    unsigned = fingerprint & ((1 << 64) - 1)
    width = SIMHASH_BITS // BANDS
    return tuple((unsigned >> (i * width)) & ((1 << width) - 1) for i in range(BANDS))


def distance(a: int, b: int) -> int:
    """Hamming distance between two fingerprints."""
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()
