"""eventwire: political event data from news."""

from .records import ActorMention, Article, Cameo, Event, Evidence, Location, Plover

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "Article",
    "Cameo",
    "Event",
    "Evidence",
    "Location",
    "Plover",
    "__version__",
    "code_text",
]


def code_text(text: str, date: str | None = None, **kwargs):
    """Code one text and return its events (see eventwire.pipeline.code_text)."""
    from .pipeline import code_text as _code_text

    return _code_text(text, date=date, **kwargs)
