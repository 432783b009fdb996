"""Synthetic coded articles, for benchmarks and tests of the store (not for analysis)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..records import ActorMention, Article, Cameo, Event, Evidence, Location, Plover

ACTORS = [
    ("TUR", "GOV", "Turkey government"), ("RUS", "MIL", "Russia military"),
    ("SYR", "MIL", "Syria military"), ("SYR", "REB", "Syria rebels"),
    ("USA", "GOV", "United States government"), ("IRN", "GOV", "Iran government"),
    ("ISR", "MIL", "Israel military"), ("UKR", "GOV", "Ukraine government"),
    ("FRA", "GOV", "France government"), ("CHN", "GOV", "China government"),
    ("EGY", "COP", "Egypt police"), ("NGA", "MIL", "Nigeria military"),
]
CODES = [
    ("040", "04", "Consult", 1.0, 1, "CONSULT"),
    ("0212", "02", "Appeal for military cooperation", 3.4, 1, "REQUEST"),
    ("036", "03", "Express intent to meet or negotiate", 4.0, 1, "AGREE"),
    ("042", "04", "Make a visit", 1.9, 1, "CONSULT"),
    ("057", "05", "Sign formal agreement", 8.0, 2, "AGREE"),
    ("1124", "11", "Accuse of war crimes", -2.0, 3, "ACCUSE"),
    ("016", "01", "Deny responsibility", -0.1, 1, "REJECT"),
    ("138", "13", "Threaten with military force", -7.0, 3, "THREATEN"),
    ("141", "14", "Demonstrate or rally", -6.5, 3, "PROTEST"),
    ("173", "17", "Arrest, detain", -5.0, 4, "COERCE"),
    ("190", "19", "Use conventional military force", -10.0, 4, "ASSAULT"),
    ("195", "19", "Employ aerial weapons", -10.0, 4, "ASSAULT"),
]
PLACES = [
    Location("Aleppo", "SYR", "Aleppo", 36.20, 37.16, 170063, "city"),
    Location("Ankara", "TUR", "Ankara", 39.92, 32.85, 323786, "city"),
    Location("Moscow", "RUS", "Moscow", 55.75, 37.62, 524901, "city"),
    Location("Kyiv", "UKR", "Kyiv City", 50.45, 30.52, 703448, "city"),
    Location("Gaza", "PSE", "Gaza Strip", 31.50, 34.47, 281133, "city"),
    Location("Lagos", "NGA", "Lagos", 6.45, 3.39, 2332459, "city"),
    Location("Syria", "SYR", None, 35.0, 38.0, 163843, "country"),
]
OUTLETS = ["reuters.com", "apnews.com", "aljazeera.com", "bbc.co.uk", "voanews.com"]


def mention(text: str, start: int, actor: tuple[str, str, str]) -> ActorMention:
    country, sector, name = actor
    return ActorMention(text, start, start + len(text), country + sector, country, sector, name)


def event(
    article_id: str,
    date: str,
    source: tuple[str, str, str] | None,
    target: tuple[str, str, str] | None,
    code: tuple = CODES[5],
    place: Location | None = None,
    sentence: str = "Turkey accused Russia of war crimes.",
    sentence_index: int = 0,
    negated: bool = False,
    modality: str = "asserted",
    index: int = 0,
) -> Event:
    """One coded event, built by hand (a test helper as much as a generator)."""
    cameo_code, root, name, goldstein, quad, plover = code
    return Event(
        event_id=f"{article_id}-{index}",
        article_id=article_id,
        date=date,
        sentence=sentence,
        sentence_index=sentence_index,
        source=mention(source[2].split()[0], 0, source) if source else None,
        target=mention(target[2].split()[0], 20, target) if target else None,
        cameo=Cameo(cameo_code, root, name, goldstein, quad),
        plover=Plover(plover),
        location=place,
        negated=negated,
        modality=modality,
        confidence=0.7,
        evidence=Evidence("accused", "verbs/accuse#1", None, 7, 14),
    )


def batches(
    n_articles: int, events_per_article: int = 10, batch_size: int = 500, seed: int = 7,
    days: int = 3650,
) -> Iterator[list[tuple[Article, list[Event]]]]:
    """Random articles with random events over `days` days from 2015-01-01."""
    import datetime as dt

    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    batch: list[tuple[Article, list[Event]]] = []
    for n in range(n_articles):
        day = (start + dt.timedelta(days=rng.randrange(days))).isoformat()
        outlet = rng.choice(OUTLETS)
        aid = f"syn-{seed}-{n}"
        words = " ".join(f"w{rng.randrange(100000)}" for _ in range(60))
        article = Article(
            id=aid, text=f"Synthetic report {n}. {words}", title=f"Report {n}",
            url=f"https://{outlet}/news/{aid}", source=outlet, published=day,
        )
        events = [
            event(aid, day, rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(CODES),
                  rng.choice(PLACES), sentence=f"Sentence {i} of report {n}.",
                  sentence_index=i, index=i)
            for i in range(events_per_article)
        ]
        batch.append((article, events))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
