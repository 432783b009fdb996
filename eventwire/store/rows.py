"""From records to table rows: event keys, stable ids, mention rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..records import Article, Event


def parse_date(value: str | None) -> dt.date | None:
    """The YYYY-MM-DD prefix of an ISO date as a date, or None when there is none."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def place_key(event: Event) -> str:
    """The place part of an event's identity: its GeoNames id, else name and country."""
    loc = event.location
    if loc is None:
        return ""
    if loc.geonameid is not None:
        return f"gn:{loc.geonameid}"
    return f"{(loc.name or '').strip().lower()}|{loc.country or ''}"


def event_date(event: Event, article: Article) -> dt.date | None:
    return parse_date(event.date) or parse_date(article.published)


def event_key(event: Event, article: Article) -> tuple[str, ...]:
    """GDELT's event identity (date, source, target, CAMEO code, place), plus the
    factuality: a denied or hypothetical event is not merged with an asserted one."""
    day = event_date(event, article)
    factuality = "fact" if event.is_fact else f"{event.modality}{'/neg' if event.negated else ''}"
    return (
        day.isoformat() if day else "",
        event.source.code or "" if event.source else "",
        event.target.code or "" if event.target else "",
        event.cameo.code,
        place_key(event),
        factuality,
    )


def _digest(*parts: str, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:size]


def event_id(key: tuple[str, ...]) -> str:
    """Stable: the same key gives the same id in every run and every database."""
    return "ev-" + _digest(*key)


def mention_id(article_id: str, index: int, event: Event) -> str:
    return "mn-" + _digest(article_id, str(index), event.event_id, event.cameo.code)


def story_id(article_id: str) -> str:
    return "st-" + _digest(article_id, size=12)


def mention_row(event: Event, eid: str, mid: str, versions, now: dt.datetime) -> dict:
    src, tgt, ev = event.source, event.target, event.evidence
    return {
        "mention_id": mid,
        "event_id": eid,
        "article_id": event.article_id,
        "coder_event_id": event.event_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "source_text": src.text if src else None,
        "source_start": src.start if src else None,
        "source_end": src.end if src else None,
        "target_text": tgt.text if tgt else None,
        "target_start": tgt.start if tgt else None,
        "target_end": tgt.end if tgt else None,
        "trigger": ev.trigger,
        "rule": ev.rule,
        "attributed_to": ev.attributed_to,
        "trigger_start": ev.trigger_start,
        "trigger_end": ev.trigger_end,
        "confidence": float(event.confidence),
        "negated": event.negated,
        "modality": event.modality,
        "plover_context": list(event.plover.context),
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
        "eventwire_version": versions.eventwire,
        "model": versions.model,
        "model_version": versions.model_version,
        "dictionary_version": versions.dictionaries,
        "ingested_at": now,
    }


def event_row(
    event: Event, article: Article, eid: str, key: tuple[str, ...], versions, now: dt.datetime
) -> dict:
    src, tgt, loc = event.source, event.target, event.location
    return {
        "event_id": eid,
        "date": event_date(event, article),
        "source_code": src.code if src else None,
        "source_name": src.name if src else None,
        "source_country": src.country if src else None,
        "source_sector": src.sector if src else None,
        "target_code": tgt.code if tgt else None,
        "target_name": tgt.name if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_sector": tgt.sector if tgt else None,
        "cameo_code": event.cameo.code,
        "cameo_root": event.cameo.root,
        "cameo_name": event.cameo.name,
        "goldstein": float(event.cameo.goldstein),
        "quad_class": int(event.cameo.quad_class),
        "plover_event": event.plover.event,
        "plover_mode": event.plover.mode,
        "place_key": key[4],
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "location_precision": loc.precision if loc else None,
        "negated": event.negated,
        "modality": event.modality,
        "is_fact": event.is_fact,
        "confidence": float(event.confidence),
        "num_mentions": 0,
        "num_sources": 0,
        "num_articles": 0,
        "first_seen": now,
        "last_seen": now,
        "first_article_id": article.id,
        "source_url": article.url,
        "eventwire_version": versions.eventwire,
        "model": versions.model,
        "model_version": versions.model_version,
        "dictionary_version": versions.dictionaries,
    }
