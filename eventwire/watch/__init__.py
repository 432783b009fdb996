"""Real time: poll RSS/Atom feeds, fetch new pages safely, code and store them."""

from .feeds import Entry, FeedState, parse_feed, poll
from .fetch import Fetcher, FetchError
from .run import watch
from .watcher import Tally, Watcher

__all__ = ["Entry", "FeedState", "FetchError", "Fetcher", "Tally", "Watcher", "parse_feed",
           "poll", "watch"]
