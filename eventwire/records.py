"""The records that flow between eventwire's stages.

Every stage is a function from the record type before it to the one after it
(see DESIGN.md). The JSON form of :class:`Event` is the public contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article, cleaned of page furniture."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date or date-time, as precise as known
    input_name: str = "<text>"  # the file, line or URL this came from, for messages

    @property
    def date(self) -> str | None:
        return self.published[:10] if self.published else None


@dataclass(frozen=True)
class ActorMention:
    """A "who" in the text, resolved to a CAMEO actor code."""

    text: str
    start: int  # character offsets into Article.text
    end: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    entry: str | None = None  # the dictionary entry that matched, e.g. "countries/TUR"
    plover_actor: str | None = None  # POLECAT style: "TUR GOV"
    # where the act's own clause names this actor, when the mention is where the article named
    # it ("she" in "Ms Adeyemi said she discussed it" stands for "Ms Adeyemi"): the evidence words
    said_as: tuple[int, int] | None = field(default=None, compare=False)

    def contract(self) -> dict[str, Any]:
        """The fields of the event record's source/target object."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
        }


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str  # "city" | "admin2" | "admin1" | "country" | "region" | "continent"
    reason: str | None = None  # why there is no place: "no place mentioned", "ambiguous", ...


@dataclass(frozen=True)
class Cameo:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class Plover:
    event: str
    mode: str = ""
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    trigger: str  # the words that triggered the code
    rule: str  # the pattern id, e.g. "verbs/accuse#2"
    attributed_to: str | None = None  # the speaker, when the event is reported speech
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    date: str | None
    sentence: str
    sentence_index: int
    source: ActorMention | None
    target: ActorMention | None
    cameo: Cameo
    plover: Plover
    location: Location | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted | future | conditional | hypothetical | denied | belief
    confidence: float = 0.5
    evidence: Evidence = field(default_factory=lambda: Evidence("", ""))

    @property
    def is_asserted(self) -> bool:
        """Said to have happened: not negated, not future, conditional, hypothetical, denied
        or only believed."""
        return not self.negated and self.modality == "asserted"

    @property
    def has_coded_actor(self) -> bool:
        """A side is an actor a dictionary codes. ICEWS and Phoenix keep no event between
        parties none of their dictionaries knows ("Apple launched a repair programme",
        "the band will tour"): on general news most such events are no political ones. A
        place (a side whose entry starts "place:") counts only where no other side is named:
        the town an unnamed doer shelled is the state CAMEO takes it for, but a town a doer no
        dictionary knows toured or sent aid to makes no political event of it. A firm counts
        never: its own acts are trade, and a political actor on the other side counts itself.
        Cooperation (CAMEO roots 01-08: statements, appeals, intents, meetings, praise, aid,
        yielding) counts only with a coded doer: "someone praised Kenya" or "aid poured in"
        tells an analyst nothing of who acted, while an arrest or an attack by no one named
        is still news about its target."""
        if self.cameo.root in COOPERATION_ROOTS:
            return _actor_side(self.source, self.target)
        return _actor_side(self.source, self.target) or _actor_side(self.target, self.source)

    @property
    def is_plain_statement(self) -> bool:
        """CAMEO 010, a statement with nothing more specific said of it ("the minister stated
        that ...")."""
        return self.cameo.code == PLAIN_STATEMENT

    @property
    def is_fact(self) -> bool:
        """Asserted, with a coded actor, and more than a plain statement: what default
        tables and counts show. Plain statements stay coded and stored (``--all`` shows them,
        and the store keeps them with ``is_fact`` false) but are left out of the default
        view, as PLOVER, Phoenix (quad class 0, neutral) and the news gold's rulebook
        leave them out: in news nearly every sentence is someone's statement."""
        return self.is_asserted and self.has_coded_actor and not self.is_plain_statement

    def to_dict(self) -> dict[str, Any]:
        """The event record of DESIGN.md, field for field."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "source": self.source.contract() if self.source else None,
            "target": self.target.contract() if self.target else None,
            "cameo": asdict(self.cameo),
            "plover": {
                "event": self.plover.event,
                "mode": self.plover.mode,
                "context": list(self.plover.context),
            },
            "location": asdict(self.location) if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "evidence": {
                "trigger": self.evidence.trigger,
                "rule": self.evidence.rule,
                "attributed_to": self.evidence.attributed_to,
            },
        }

    def flat(self) -> dict[str, Any]:
        """The event as one flat row (CSV, Parquet, database): the record's fields, with the
        nested ones spread into prefixed columns."""
        loc, ev = self.location, self.evidence
        row: dict[str, Any] = {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
        }
        for side, mention in (("source", self.source), ("target", self.target)):
            for key in ("code", "text", "name", "country", "sector", "start", "end"):
                row[f"{side}_{key}"] = getattr(mention, key) if mention else None
        row.update({
            "cameo_code": self.cameo.code,
            "cameo_root": self.cameo.root,
            "cameo_name": self.cameo.name,
            "goldstein": self.cameo.goldstein,
            "quad_class": self.cameo.quad_class,
            "plover_event": self.plover.event,
            "plover_mode": self.plover.mode,
            "plover_context": list(self.plover.context),
        })
        for key in ("name", "country", "admin1", "lat", "lon", "geonameid", "precision"):
            column = key if key in ("lat", "lon", "geonameid") else f"location_{key}"
            row[column] = getattr(loc, key) if loc else None
        row.update({
            "negated": self.negated,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "trigger": ev.trigger,
            "rule": ev.rule,
            "attributed_to": ev.attributed_to,
            "trigger_start": ev.trigger_start,
            "trigger_end": ev.trigger_end,
        })
        return row


# Sector blocks of firms: a firm's act is no political event by itself ("the carmaker launched
# a model", "the bank promised customers refunds"); with a political actor on the other side
# ("the ministry fined the bank") that actor makes it one. Judged on real news: 29 facts whose
# only coded side was a firm, none right (bench/judged/facts.jsonl, session 27).
BUSINESS_BLOCKS = frozenset({"MNC", "BUS"})

# CAMEO 010 "Make statement, not specified below". Judged on the news gold's dev half (600
# sentences, session 28), the 36 plain statements shown matched none of its 66 events; PLOVER
# has no type for them (bench/judged/NEWS_GOLD.md, "Statements").
PLAIN_STATEMENT = "010"

# CAMEO's verbal and material cooperation (quad classes 1 and 2). Judged on real news, facts
# of these roots with no coded doer were right 28 times in 122 (bench/judged/facts.jsonl,
# session 27), against 410 in 932 for all facts shown.
COOPERATION_ROOTS = frozenset(f"{root:02d}" for root in range(1, 9))


def _actor_side(side: ActorMention | None, other: ActorMention | None) -> bool:
    """A coded side that makes an event an actor's: any but a firm, or a place beside a named
    other."""
    if side is None or not side.code:
        return False
    if _is_business(side.code):
        return False
    return other is None or not (side.entry or "").startswith("place:")


def _is_business(code: str) -> bool:
    return any(code[i : i + 3] in BUSINESS_BLOCKS for i in range(0, len(code), 3))
