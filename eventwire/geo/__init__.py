"""geo stage: place mentions (toponyms) resolved against an offline GeoNames gazetteer,
and each event's location.

>>> gp = default_geoparser()
>>> gp.toponyms(doc)            # every place mention of a parsed article
>>> gp.locate(doc, events)      # the events with .location set
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article, Event, Location
from . import gazetteer
from .locate import _by_token, attached, dominant_place, sentence_place
from .mentions import demonym_countries, english_words, find_mentions
from .normalize import plain_spaces
from .resolve import Resolver

__all__ = ["Toponym", "Geoparser", "default_geoparser", "geoparse_articles", "evaluate_geo"]

PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country",
             "region": "region",
             "continent": "continent"}


@dataclass(frozen=True)
class Toponym:
    """One place mention, resolved or not."""

    text: str
    start: int  # char offsets into doc.text
    end: int
    name: str | None
    country: str | None  # ISO alpha-3, like the actors
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None  # "city" | "admin2" | "admin1" | "country" | "region" | "continent"
    reason: str | None = None  # why unresolved: "ambiguous", "not in gazetteer"

    def to_location(self, reason: str | None = None) -> Location:
        return Location(self.display_name, self.country, self.admin1, self.lat, self.lon,
                        self.geonameid, PRECISION.get(self.feature or "", "none"), reason)

    @property
    def display_name(self) -> str:
        """The gazetteer's name, or the article's spelling when that one is a transliteration
        a reader would not recognise ("I‘zāz" for "Azaz")."""
        if self.name and (self.name.isascii() or not self.text.isascii()):
            return self.name
        return self.text or self.name or ""


def _no_place(reason: str) -> Location:
    return Location("", None, None, None, None, None, "none", reason)


class Geoparser:
    """Toponyms and event locations for documents parsed by ``nlp`` (whose lemmatizer's word
    list tells English words from place names); holds the loaded gazetteer."""

    def __init__(self, nlp: Language, gz: gazetteer.Gazetteer | None = None) -> None:
        self.gazetteer = gz or gazetteer.load()
        self.english = english_words(nlp)
        self.resolver = Resolver(self.gazetteer, self.english)

    def toponyms(self, doc: Doc) -> list[Toponym]:
        """Every place mention of the parsed article, resolved. Kept on the doc: the actors
        stage asks first where a town's name is ambiguous, and ``locate`` asks again."""
        found = doc.user_data.get("eventwire.toponyms")
        if found is None:
            found = doc.user_data["eventwire.toponyms"] = self._toponyms(doc)
        return list(found)

    def _toponyms(self, doc: Doc) -> list[Toponym]:
        mentions = find_mentions(doc, self.gazetteer, self.english)
        resolved = self.resolver.resolve(mentions, demonym_countries(doc))
        out = []
        for m, res in zip(mentions, resolved, strict=True):
            p = res.place
            if m.context_only:
                continue
            if p is None:
                if res.reason is None:
                    continue  # a gazetteer-only match that names nothing notable
                out.append(Toponym(m.text, m.start, m.end, None, None, None, None, None, None,
                                   None, res.reason))
            else:
                out.append(Toponym(m.text, m.start, m.end, p.name, p.country, p.admin1,
                                   p.lat, p.lon, p.geonameid, p.kind))
        return out

    def locate(self, doc: Doc, events: list[Event]) -> list[Event]:
        """Each event with ``location`` set: the trigger's place, the sentence's, the
        article's; or a Location with ``precision="none"`` and the reason."""
        if not events:
            return []
        toponyms = self.toponyms(doc)
        places = _by_token(doc, toponyms)
        sents = list(doc.sents)
        article = dominant_place(toponyms)
        out = []
        for ev in events:
            out.append(dataclasses.replace(ev, location=self._place(doc, ev, toponyms, places,
                                                                    sents, article)))
        return out

    def _place(self, doc, ev, toponyms, places, sents, article) -> Location:
        sent = sents[ev.sentence_index] if 0 <= ev.sentence_index < len(sents) else None
        ts, te = ev.evidence.trigger_start, ev.evidence.trigger_end
        trigger = doc.char_span(ts, te, alignment_mode="expand") if ts is not None else None
        if trigger is not None and len(trigger):
            hit = attached(doc, list(trigger), places)
            if hit is not None:
                return hit.to_location()
        if sent is not None:
            actors = [(a.start, a.end) for a in (ev.source, ev.target) if a is not None]
            hit = sentence_place(toponyms, sent.start_char, sent.end_char,
                                 ts if ts is not None else sent.start_char, actors)
            if hit is not None:
                return hit.to_location()
        if article is not None:
            return article.to_location()
        reasons = {t.reason for t in toponyms if t.reason}
        if not toponyms:
            return _no_place("no place mentioned")
        return _no_place("ambiguous" if "ambiguous" in reasons else "not in gazetteer")


@lru_cache(maxsize=4)
def default_geoparser(nlp: Language | None = None) -> Geoparser:
    """The geoparser on the packaged gazetteer for documents parsed by ``nlp`` (default: the
    model the settings name), built once per process and pipeline."""
    return Geoparser(nlp or settings_pipeline())


def settings_pipeline() -> Language:
    """The spaCy pipeline the settings name (EVENTWIRE_MODEL, eventwire.toml, the default)."""
    from ..nlp import load
    from ..settings import load_settings

    return load(load_settings().model)


def toponym_record(article_id: str, t: Toponym) -> dict:
    """The `eventwire geoparse` JSON record of one toponym."""
    return {"article_id": article_id, "text": t.text, "start": t.start, "end": t.end,
            "name": t.name, "country": t.country, "admin1": t.admin1, "lat": t.lat,
            "lon": t.lon, "geonameid": t.geonameid, "feature": t.feature, "reason": t.reason}


def geoparse_articles(articles: Iterable[Article]) -> Iterator[dict]:
    """Every toponym of every article, one record each, in article order."""
    nlp = settings_pipeline()
    gp = default_geoparser(nlp)
    for doc, article in nlp.pipe(((plain_spaces(a.text), a) for a in articles),
                                 as_tuples=True):
        for t in gp.toponyms(doc):
            yield toponym_record(article.id, t)


def evaluate_geo(gold_path: str) -> dict:
    """Toponym P/R, acc@161km, mean/median km on a gold JSONL (geo_dev.jsonl format)."""
    from .evaluate import evaluate

    return evaluate(gold_path)
