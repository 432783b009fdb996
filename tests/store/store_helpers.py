"""Builders shared by the store tests."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.store.synthetic import ACTORS, CODES, PLACES, event

TUR, RUS = ACTORS[0], ACTORS[1]
ACCUSE = CODES[5]
ALEPPO = PLACES[0]

WIRE = (
    "Turkey accused Russia of war crimes on Tuesday after airstrikes hit hospitals and "
    "schools in northern Syria, killing dozens of civilians, officials said. Moscow denied "
    "responsibility and said its aircraft had struck only militant positions near Aleppo. "
    "Ankara also warned the Kurdish YPG militia that it would face military force if it "
    "advanced further toward the border town of Azaz."
)


def wire_article(aid: str, url: str | None, source: str | None, text: str = WIRE) -> Article:
    return Article(id=aid, text=text, title="Turkey accuses Russia", url=url, source=source,
                   published="2016-02-16")


def accuse(aid: str, index: int = 0, **kw):
    return event(aid, "2016-02-16", TUR, RUS, ACCUSE, ALEPPO, index=index, **kw)
