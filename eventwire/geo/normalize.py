"""Name keys for gazetteer look-up, shared by the index builder and the parser.

``key`` folds case, diacritics, apostrophes and hyphens ("I'zāz" -> "izaz",
"Aleppo" -> "aleppo"). ``loose_key`` also drops Arabic articles, a final "h" after a
vowel, doubled letters and the Persian ezafe ("Mazar-i-Sharif" = "Mazar-e Sharif"), so that
transliteration variants meet ("Ar Raqqah" and "Raqqa" -> "raqa"); it is a fallback only,
used when ``key`` finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h",
    }
)
# apostrophes, and the invisible characters pasted text carries (zero-width spaces and
# joiners, word joiner, byte-order mark, soft hyphen)
_DROP = re.compile(r"[\u02bb\u02bc\u02be\u02bf'`\u2018\u2019\u00b4."
                   r"\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/,]+")
_ARTICLE = re.compile(r"\b(?:al|el|ar|as|ad|an|at|az|ash|ath|adh|ul|ud)\s+")
_EZAFE = re.compile(r"(?<=\w) (?:i|e|ye|yi|-e|-i) (?=\w)")  # Mazar-i-Sharif = Mazar-e Sharif
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_DOUBLE = re.compile(r"(\w)\1")


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """The exact look-up key of a name (remembered: an article asks for the same names often)."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text)
    return _SPACE.sub(" ", text).strip().lower()


def loose_key(name: str) -> str:
    """A coarser key for transliteration variants of (mostly Arabic and Persian) names."""
    text = _ARTICLE.sub("", _EZAFE.sub(" ", key(name)) + " ").strip()
    text = _FINAL_H.sub("", text)
    return _DOUBLE.sub(r"\1", text).replace(" ", "")


def is_latin(name: str) -> bool:
    """True when a name is written in Latin letters (after folding diacritics)."""
    return key(name).isascii()


def same_name(name: str, text: str, least: float = 0.6) -> bool:
    """True when text is the name or a spelling of it ("Azaz" for "I'zāz"), not a
    translation or nickname that happens to be listed ("White House" for Casablanca);
    ``least``: the similarity of their loose keys it takes."""
    a, b = loose_key(name), loose_key(text)
    return a == b or SequenceMatcher(None, a, b).ratio() >= least


_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                         "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def plain_spaces(text: str) -> str:
    """The text with its no-break and other exotic spaces as plain ones, character for
    character (offsets into it are offsets into the text): the parser reads a no-break space
    as a token of its own, splitting "Maarat\u00a0al-Numan"."""
    return text.translate(_SPACES)
