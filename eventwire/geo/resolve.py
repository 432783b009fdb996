"""Choose one gazetteer place for each mention, by population and the article's context.

Score of a candidate = log10(population) + a prior by kind + the share of the article's
other mentions that point to its country (and admin-1) + cue and qualifier agreement +
nearness to the article's unambiguous places. One name keeps one sense in an article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place
from .mentions import (
    ADMIN_WORDS,
    FEATURE_WORDS,
    NOT_PLACES,
    TOWN_LIKE,
    Mention,
    compass_only,
    names_unit,
)
from .normalize import key, loose_key, same_name

KIND_PRIOR = {"continent": 3.0, "country": 3.0, "region": 3.0, "admin1": 1.0, "admin2": 0.0,
              "city": 0.0}
COUNTRY_FOCUS = 3.0
ADMIN1_FOCUS = 1.5
NEAR_BONUS = 1.0
NEAR_KM = 250.0
NEIGHBOUR_BONUS = 0.5  # a town near one of the towns another name of the article may be
NEIGHBOUR_KM2 = 100.0 ** 2  # (km, on a local flat map: 111.2 km a degree)
CITY_OVER_ADMIN1 = 0.15  # a city holding this share of its same-name admin-1 wins the name
CITY_OVER_ADMIN2 = 0.03  # … or of its admin-2 unit named otherwise ("Düsseldorf District")
CAPITAL = 1.0  # a national capital, over towns of the same name
MIN_GAZ_ONLY_POP = 5000  # a name only the gazetteer found needs a town this big
MIN_LOCATIVE_POP = 1000  # … or this big after "in", "near", "from" …
# … or, named otherwise in one word ("in Calcutta": Kolkata), a city this big (a translation,
# "White House" for Casablanca, is mostly several words)
MIN_EXONYM_POP = 1_000_000
SMALL_NEAR_KM = 30.0  # … or any size, this near a town another name of the article names
AMBIGUOUS_MARGIN = 0.05
MIN_CITY_WITH_PARTS = 100_000  # "North London", "East Aleppo": a city this big has named parts
CITY_PARTS_KM = 50.0  # "Queens, New York": a town this near the city the qualifier names
FEATURE_SPELLING = 0.75  # how near a LOC entity's name must be to a town's to be its spelling
OWN_NAME = 0.5  # a place named so, over one that has the name among its alternates
DEMONYM_VOTE = 1.0  # "a French woman": a vote for France in the article's focus
LIST_PEERS = 3.0  # an item of a list of states (countries) is a state (country) too
CONTAINED = 3.0  # "Fulton County located in Illinois": the one in the state named after "in"
STRANGER_POP = 100_000  # a list's item known only as towns this small elsewhere is unknown
# a town of a story that names only places of its country, in its state or near its towns,
# over a foreign country of its name ("Lebanon" beside "Indiana"): about a country's prior
HOME_NAMESAKE = 3.0
# the words after a known name that leave it the place named ("Orange County Sanitation
# District", "Santa Ana City Council", "Enfield Borough", "Indian Ocean coast")
HEAD_TAILS = {"city", "council", "borough", "district", "county", "municipality", "coast",
              "area", "metro", "metropolitan", "police", "government", "sanitation",
              "school", "schools", "unified", "township", "parish", "region", "earthquake"}

LARGE_KINDS = {"continent", "region", "country"}
TOWNSHIP_COUNTRIES = {"USA", "CAN", "CHN", "TWN", "MMR", "ZAF"}

# the compass words before a name that point to a part of it ("Far North", "North-Western")
DIRECTION = re.compile(r"^(?:(?:far|north|south|east|west|northern|southern|eastern|western|"
                       r"central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|"
                       r"south-?west(?:ern)?|upper|lower|greater|inner|outer)[\s\-]+)+",
                       re.IGNORECASE)


@dataclass
class Resolution:
    place: Place | None
    reason: str | None = None  # "not in gazetteer" | "ambiguous" | "too small"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _base(place: Place, candidates: list[Place], text: str) -> float:
    score = math.log10(place.population + 10) + KIND_PRIOR[place.kind]
    if place.kind in {"admin1", "admin2"}:
        for other in candidates:
            if other.kind == "city" and (
                    (other.country == place.country
                     and (other.capital
                          or other.population >= CITY_OVER_ADMIN1 * place.population
                          # "Stuttgart": the city, not the Regierungsbezirk Stuttgart that
                          # has the name only with its level word
                          or (place.kind == "admin2" and key(other.name) == key(text)
                              != key(place.name)
                              and other.population >= CITY_OVER_ADMIN2 * place.population)))
                    or other.population >= place.population):
                # "Aleppo" is the city, "Texas" the state, "Washington" D.C.; and a city
                # larger than a foreign unit of its name is the name ("Gaza": not
                # Mozambique's province)
                score -= 2.0
                break
    elif place.capital and same_name(place.name, text):
        score += CAPITAL  # under its own name: "Philadelphia" is no capital (Amman's old name)
    return score


def _admin1_focus(n: float, top: float) -> float:
    """The article's leaning to an admin-1 unit: one mention is a cue, and its share of the
    most-mentioned unit's weighs it ("Lynn, Indiana" once among a dozen "Missouri")."""
    return ADMIN1_FOCUS * min(1.0, n) * n / top


def _matches(place: Place, qualifier: list[Place]) -> bool:
    for q in qualifier:
        if q.kind in {"country", "continent"} and place.country == q.country:
            return True
        if q.kind == "admin1" and place.country == q.country and place.admin1 == q.name:
            return True
    return False


def _within(place: Place, container: list[Place]) -> bool:
    """True when the place lies in a sense of the container: its country, its admin-1
    unit, the county (admin-2) of its admin-1 unit ("Toledo is a city in Lewis County") or a
    city it is part of ("Kensington and Chelsea in London")."""
    return _matches(place, container) or any(
        (q.kind == "admin2" and place.kind == "city" and place.country == q.country
         and place.admin1 == q.admin1)
        or (q.kind == "city" and place.kind == "city"
            and km(place.lat, place.lon, q.lat, q.lon) < CITY_PARTS_KM) for q in container)


def _peers(places: list[Place], qualifier: list[Place]) -> bool:
    """True when the name is itself a state or country ("Cape Verde") and so is what
    follows its comma, not its parent ("Georgia, U.S."): two items of a list, neither
    qualifying the other."""
    units = {"country", "admin1"}
    own = [p for p in places if p.kind in units]
    if not own or not any(q.kind in units for q in qualifier) or any(
            _matches(p, qualifier) for p in own):
        return False
    # two units of one kind, two states of one country ("Oklahoma, Pennsylvania"); or no
    # sense of the name lies in the other ("in Beirut, Vladimir …"); not "Portland, Maine",
    # a town of Maine though Jamaica has a parish of Portland
    return any(q.kind == p.kind and (p.kind == "country" or q.country == p.country)
               for p in own for q in qualifier) or not any(
        _matches(p, qualifier) for p in places)


def _qualified_sense(gz: Gazetteer, mentions: list[Mention], cands: list[list[Place]],
                     out: list[Resolution]) -> list[Resolution]:
    """One sense per name: once "London, Ky." (or "Paris is a city in Henry County") is
    said, a later bare "London" ("Paris") is that one."""
    said: dict[str, Place] = {}
    for m, res in zip(mentions, out, strict=True):
        if res.place is not None and res.place.kind in TOWN_LIKE and (
                (m.qualifier and _matches(res.place, gz.lookup(m.qualifier)))
                or (m.container and _within(res.place, gz.lookup(m.container)))):
            said.setdefault(key(m.text), res.place)
    for i, m in enumerate(mentions):
        place = said.get(key(m.text))
        if (place is not None and not m.qualifier and not m.cue
                and place in gz.lookup(m.text)):  # a small town once qualified, too
            out[i] = Resolution(place)
    return out


def _qualifiers_as_units(mentions: list[Mention], cands: list[list[Place]],
                         out: list[Resolution]) -> list[Resolution]:
    """The name after a town's comma that qualifies it is the unit the town lies in
    ("Pullman, Washington": the state, not the capital; "Athens, Georgia": the state, not the
    country), whatever the name weighs alone; a city holding the town stays ("Queens, New
    York")."""
    for i in range(len(mentions) - 1):
        m, q = mentions[i], mentions[i + 1]
        town = out[i].place
        if (not m.qualifier or town is None or town.kind not in TOWN_LIKE
                or q.token_start != m.token_end + 1 or key(q.text) != key(m.qualifier)):
            continue
        now = out[i + 1].place
        if now is not None and (_matches(town, [now]) or (
                now.kind == "city" and km(town.lat, town.lon, now.lat, now.lon) < CITY_PARTS_KM)):
            continue  # "Brooklyn, New York": the city holds its boroughs
        units = [p for p in cands[i + 1] if p.kind in {"admin1", "country"}
                 and _matches(town, [p])]
        if units:
            out[i + 1] = Resolution(units[0])
    return out


def _list_goes_on(i: int, m: Mention, places: list[Place], qualifier: list[Place],
                  previous: list[Resolution] | None, third: list[Place]) -> bool:
    """True when the name after a comma is one more item of a list that goes on, not the
    name's qualifier: "Ghana, Niger, Nigeria and Togo" (Nigeria is a country as Ghana is),
    "Mosul, Kirkuk, Erbil" (Kirkuk qualifies no Mosul); not "Dallas, Texas, and Paris,
    France, and Rome" (France qualifies Paris), nor "Stroud, Ontario, Canada" (the third
    name holds the second: a chain of qualifiers)."""
    if not any(_matches(p, qualifier) for p in places):
        return not any(_matches(q, third) for q in qualifier)
    kinds = {q.kind for q in qualifier} & {"country", "admin1"}
    if not m.listed or i == 0 or not any(p.kind in kinds for p in places):
        return False  # "…, Tennessee, Richmond, Virginia, …": Richmond is no state
    before = previous[i - 1].place if previous is not None else None
    return before is None or before.kind in kinds


def _stranger(places: list[Place], peers: list[int], previous: list[Resolution]) -> bool:
    """True when the other items of a list are (at least two) places of one country and
    this name is known only as small towns of other countries."""
    countries = {previous[j].place.country for j in peers if previous[j].place is not None}
    known = sum(previous[j].place is not None for j in peers)
    return (known >= 2 and len(countries) == 1 and None not in countries
            and all(p.kind in TOWN_LIKE and p.population < STRANGER_POP
                    and p.country not in countries for p in places))


def _abroad(places: list[Place], votes: list[Place | None], texts: list[str], i: int) -> bool:
    """True when every sense of a name is a small place of a country no other name of the
    article points to (two Syrian villages in a story of Syria, the gazetteer's only town of
    the first name a village in Egypt): the gazetteer lacks the place meant."""
    countries = {v.country for j, v in enumerate(votes)
                 if v is not None and v.country and texts[j] != texts[i]}
    return bool(countries) and all(
        p.kind in TOWN_LIKE and p.population < STRANGER_POP and p.country not in countries
        for p in places)


def _home_namesake(m: Mention, place: Place, places: list[Place], countries: Counter[str],
                   admin1s: Counter[tuple[str, str]], anchors: list[Place]) -> bool:
    """True when a town shares its name with a foreign country, is said in a sentence of local
    news (police, a crash, a mayor …), and the story's other places (and demonyms) all lie in
    the town's country, one of them in its state or near it ("a man was arrested in Lebanon"
    beside "Indiana": the Indiana town; "Israel and Lebanon", "Lebanese officials", "corn
    exports to Mexico" beside "Missouri": the country)."""
    return (m.local and place.population >= MIN_LOCATIVE_POP and bool(countries)
            and all(c == place.country for c in countries)
            and any(p.kind == "country" and p.country != place.country for p in places)
            and (admin1s[(place.country, place.admin1)] > 0 or any(
                km(place.lat, place.lon, a.lat, a.lon) < NEAR_KM for a in anchors)))


def _small_namesake(m: Mention, place: Place, places: list[Place], anchors: list[Place],
                    countries: Counter[str]) -> bool:
    """True when a small town shares its own name with a foreign national capital or city of a
    million and nothing local supports it (no town of the story near it, no local news around
    the name), or the story names the city's country ("The Texas delegation flew to Paris for
    the talks": Paris, France; so in a Kentucky story that says the doctor is in France; "Paris
    police arrested a man", or Paris beside Dallas: the Texan town)."""
    if place.kind != "city" or place.population >= STRANGER_POP or not same_name(
            place.name, m.text):
        return False
    cities = [p for p in places if p.kind == "city" and p.country != place.country
              and key(p.name) == key(m.text)
              and p.population >= (STRANGER_POP if p.capital else MIN_EXONYM_POP)]
    return bool(cities) and (any(countries[p.country] > 0 for p in cities) or (
        not m.local and not any(km(place.lat, place.lon, a.lat, a.lon) < NEAR_KM
                                for a in anchors)))


def _lists(mentions: list[Mention]) -> list[list[int]]:
    """For each mention, the other items of the list it is in ("Ohio, Virginia, Washington
    and Wyoming"), or none."""
    peers: list[list[int]] = [[] for _ in mentions]
    run: list[int] = []
    for i, m in enumerate([*mentions, None]):
        if m is not None and m.listed and run:
            run.append(i)
            continue
        for j in run if len(run) > 1 else []:
            peers[j] = [k for k in run if k != j]
        run = [i]
    return peers


def _list_kind(peers: list[int], previous: list[Resolution]) -> tuple[str, str | None] | None:
    """The kind the other items of a list mostly are: ("admin1", its country) or ("country",
    None); None when they are mostly something else."""
    kinds: Counter[tuple[str, str | None]] = Counter()
    for j in peers:
        p = previous[j].place
        if p is not None:
            kinds[("admin1", p.country) if p.kind == "admin1" else (p.kind, None)] += 1
    if not kinds:
        return None
    (kind, country), n = kinds.most_common(1)[0]
    if kind in {"admin1", "country"} and 2 * n > len(peers):
        return kind, country
    return None


def _neighbours(mentions: list[Mention], cands: list[list[Place]]) -> list[set[int]]:
    """For each mention of several senses, its town candidates that lie near a town candidate
    of another name of the article ("Edmonton" and "Enfield": the two in London, not Alberta
    and Nova Scotia)."""
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    names = [key(m.text) for m in mentions]
    seen = set()
    for name, places in zip(names, cands, strict=True):
        if name in seen:
            continue
        seen.add(name)
        for p in places:
            if p.kind in TOWN_LIKE:
                cells.setdefault((int(p.lat // 1), int(p.lon // 1)), []).append(
                    (name, p.lat, p.lon))
    out: list[set[int]] = []
    for name, places in zip(names, cands, strict=True):
        near = set()
        for p in places if len(places) > 1 else ():
            if p.kind not in TOWN_LIKE:
                continue
            la, lo = int(p.lat // 1), int(p.lon // 1)
            shrink = math.cos(math.radians(p.lat)) ** 2
            if any(other != name
                   and ((p.lat - qa) ** 2 + (p.lon - qo) ** 2 * shrink) * 12364 < NEIGHBOUR_KM2
                   for dla in (-1, 0, 1) for dlo in (-1, 0, 1)
                   for other, qa, qo in cells.get((la + dla, lo + dlo), ())):
                near.add(p.id)
        out.append(near)
    return out


class Resolver:
    def __init__(self, gz: Gazetteer, english: frozenset[str]) -> None:
        """``english``: the English words of the parsing pipeline (mentions.english_words)."""
        self.gz = gz
        self.english = english
        self.focus: Counter[str] = Counter()
        self.neighbours: list[set[int]] = []

    def resolve(self, mentions: list[Mention],
                focus: Counter[str] | None = None) -> list[Resolution]:
        """One place (or a reason) per mention; ``focus``: more country votes for the
        article's focus (its demonyms)."""
        self.focus = focus or Counter()
        cands = [self.gz.lookup(m.lookup or (m.text.title() if m.dateline else m.text))
                 for m in mentions]
        for i, m in enumerate(mentions):
            if m.unit:  # "York" of "Lancaster, York and Dauphin counties": York County
                units = [p for p in self.gz.lookup(f"{m.text} {m.unit}") if p.kind == "admin2"]
                cands[i] = units or cands[i]
        # a unit named by a bare feature word ("Gulf", Papua New Guinea's province) is meant
        # only with its level word or in a story of its country ("the Gulf": the Persian Gulf)
        for i, m in enumerate(mentions):
            if m.cue == "admin1" or not any(p.kind in {"admin1", "admin2"}
                                            and key(p.name) in FEATURE_WORDS
                                            for p in cands[i]):
                continue
            told = set(self.focus) | {p.country for j, places in enumerate(cands)
                                      if key(mentions[j].text) != key(m.text)
                                      for p in places}
            cands[i] = [p for p in cands[i] if p.kind not in {"admin1", "admin2"}
                        or key(p.name) not in FEATURE_WORDS or p.country in told]
        for i, m in enumerate(mentions):
            if m.feature:  # "the Sahara", "the Vistula": not a town that has the name among
                # its other names (Shaharat al Ghis, Toledo)
                cands[i] = [p for p in cands[i] if p.kind not in TOWN_LIKE
                            or same_name(p.name, m.text, FEATURE_SPELLING)]
            if compass_only(m.text):  # "Middle East" stays, the "South" of Iceland goes
                cands[i] = [p for p in cands[i] if p.kind in {"region", "continent"}]
        raw = list(cands)
        # gazetteer-only matches must name something notable
        for i, m in enumerate(mentions):
            if not cands[i] and m.from_entity:
                cands[i] = self._without_level_word(m)
            if not cands[i] and m.from_entity:
                cands[i] = self._without_direction(m.text)
            if not cands[i] and m.from_entity:
                cands[i] = self._known_head(m.text)
            if not m.from_entity and key(m.text) not in self.gz.curated:
                # only notable towns, under their own names
                least = MIN_LOCATIVE_POP if m.locative else MIN_GAZ_ONLY_POP
                qualifier = self.gz.lookup(m.qualifier) if m.qualifier else []
                container = self.gz.lookup(m.container) if m.container else []
                # an English word is a town's name only when it is the town's own spelling or
                # a word of it ("Westminster": the City of Westminster; not "Human", "Soul",
                # "Monster": other languages' names of Uman, Seoul, Münster)
                word = " " not in m.text and m.text.lower() in self.english
                cands[i] = [p for p in cands[i] if p.kind not in TOWN_LIKE or names_unit(p, m.text)
                            or (m.unit and p.kind == "admin2")
                            or (same_name(p.name, m.text)
                                and (not word or loose_key(p.name) == loose_key(m.text)
                                     or key(m.text) in key(p.name).split())
                                and (p.population >= least or _matches(p, qualifier)
                                     # "Lincoln is a town in Lincoln County, Maine"
                                     or (container and _within(p, container))
                                     # a town GeoNames lists without a population is a
                                     # seat of local government ("in Tal Afar")
                                     or (m.locative and p.population == 0)))
                            or (m.locative and " " not in m.text
                                and p.population >= MIN_EXONYM_POP)]
        self._small_neighbours(mentions, raw, cands)
        for i, m in enumerate(mentions):
            if m.part_of and m.container:
                # "the Brooklyn neighborhood of Baltimore": a part of a city that the gazetteer
                # lacks there (it knows New York's) is placed at the city
                cities = [q for q in self.gz.lookup(m.container) if q.kind == "city"
                          and q.population >= MIN_CITY_WITH_PARTS]
                if cities and not any(_within(p, cities) for p in cands[i]):
                    cands[i] = cities
        # a name the recogniser tags as a place somewhere in the article keeps all its senses
        # where it was found otherwise ("Austin" tagged a person, then a place: Austin, Indiana
        # stays a candidate though under the notable-town size)
        full = {key(m.text): cands[i] for i, m in enumerate(mentions)
                if m.from_entity and cands[i]}
        for i, m in enumerate(mentions):
            if not m.from_entity and key(m.text) in full:
                cands[i] = full[key(m.text)]
        self.neighbours = _neighbours(mentions, cands)
        first = self._pass(mentions, cands, None)
        second = self._pass(mentions, cands, first)
        second = _qualifiers_as_units(mentions, cands, second)
        return _qualified_sense(self.gz, mentions, cands, second)

    def _small_neighbours(self, mentions: list[Mention], raw: list[list[Place]],
                          cands: list[list[Place]]) -> None:
        """"from Verndale and Menahga": a town too small to be notable alone, after "in",
        "from" … or in a list, is that town when it lies near a town another name of the
        article names (within SMALL_NEAR_KM)."""
        towns = [(key(m.text), p) for m, places in zip(mentions, cands, strict=True)
                 for p in places if p.kind in TOWN_LIKE]
        if not towns:
            return
        for i, m in enumerate(mentions):
            if cands[i] or m.from_entity or not (m.locative or m.listed):
                continue
            name = key(m.text)
            near = [p for p in raw[i] if p.kind == "city" and same_name(p.name, m.text)
                    and any(other != name and km(p.lat, p.lon, q.lat, q.lon) < SMALL_NEAR_KM
                            for other, q in towns)]
            if near:
                cands[i] = near

    def _without_direction(self, text: str) -> list[Place]:
        """"North-Western Sydney", "East Aleppo": a part of a city the gazetteer does not
        name is placed at that city (a part of a province, country or continent, "Southern
        California", "Northern Europe", lies too far from its centre to share its point)."""
        rest = DIRECTION.sub("", text)
        if rest == text or not rest[:1].isupper():
            return []
        places = self.gz.lookup(rest)
        units = [p for p in places if p.kind not in TOWN_LIKE]
        # "Southern Ontario": a part of the province, not the Californian city ("East Aleppo"
        # is the city, in its province of the name)
        return [p for p in places if p.kind == "city"
                and p.population >= MIN_CITY_WITH_PARTS and same_name(p.name, rest)
                and (not units or _matches(p, units))]

    def _known_head(self, text: str) -> list[Place]:
        """"Orange County Sanitation District", "Santa Ana City Council", "Enfield
        Borough", "Indian Ocean coast": a place entity the gazetteer does not know whose first
        words are a place it knows (a unit, or a town under its own name) is that place; not
        a direction word ("Central", "South": parts of a country stay unresolved)."""
        words = text.split()
        if DIRECTION.match(text):
            return []  # "Far North Queensland": a part, not the unit
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            if (not head[:1].isupper() or head.lower() in NOT_PLACES or compass_only(head)
                    or head.lower() in FEATURE_WORDS  # "Bay Area": not Somalia's Bay region
                    or not all(w[:1].isupper() for w in words[:n])
                    or words[n].lower() not in HEAD_TAILS):
                continue  # "Salinas Valley", "Abu Shok": another name, not a part of one
            found = [p for p in self.gz.lookup(head)
                     if p.kind not in TOWN_LIKE or names_unit(p, head)
                     or (same_name(p.name, head) and p.population >= MIN_GAZ_ONLY_POP)]
            if words[n].lower() == "township":
                # "Cheltenham Township": a township of the countries that have them (the
                # US, Canada; China, Taiwan, Myanmar, South Africa), whatever its size, not
                # England's Cheltenham
                found = [p for p in self.gz.lookup(head) if p.country in TOWNSHIP_COUNTRIES
                         and (p.kind not in TOWN_LIKE or same_name(p.name, head))]
            if found:
                return found
        return []

    def _without_level_word(self, m: Mention) -> list[Place]:
        """"Sichuan Province" -> admin-1 Sichuan; "Heze City", "City of Montreal" -> the city."""
        first, _, rest = m.text.partition(" ")
        if first.lower().rstrip(".") in {"county", "co"} and rest[:1].isupper():
            m.cue = "admin1"  # "Co Donegal", "County Mayo": the county
            return self.gz.lookup(rest)
        if first.lower() in {"city", "town", "village", "borough"} and rest.lower().startswith(
                "of "):
            m.cue = "city"
            return [p for p in self.gz.lookup(rest[3:])
                    if p.kind in TOWN_LIKE and same_name(p.name, rest[3:])]
        if first.lower() in {"province", "state", "governorate", "region"} and (
                rest.lower().startswith("of ")):
            m.cue = "admin1"
            return self.gz.lookup(rest[3:])
        head, _, last = m.text.rpartition(" ")
        if not head:
            return []
        if last.lower() in ADMIN_WORDS - {"county", "district"}:
            m.cue = "admin1"
        elif last.lower() == "city":
            m.cue = "city"
        else:
            return []
        return self.gz.lookup(head)

    def _pass(self, mentions: list[Mention], cands: list[list[Place]],
              previous: list[Resolution] | None) -> list[Resolution]:
        # what each mention says about the article's focus: its chosen place (second pass)
        # or, on the first pass, its place when all its candidates share one country
        votes: list[Place | None] = []
        for i, places in enumerate(cands):
            if previous is not None:
                votes.append(previous[i].place)
            elif places and len({p.country for p in places}) == 1:
                votes.append(places[0])
            else:
                votes.append(None)
        texts = [m.text.lower() for m in mentions]
        texts_key = [key(m.text) for m in mentions]
        lists = _lists(mentions) if previous is not None else [[] for _ in mentions]

        sense: dict[tuple, Resolution] = {}
        out: list[Resolution] = []
        for i, (m, places) in enumerate(zip(mentions, cands, strict=True)):
            if not places:
                out.append(Resolution(None, "not in gazetteer" if m.from_entity else None))
                continue
            listed = _list_kind(lists[i], previous) if lists[i] else None
            memo = (texts[i], m.cue, m.qualifier, listed, m.container)
            if memo in sense:
                out.append(sense[memo])
                continue
            if (lists[i] and _stranger(places, lists[i], previous)) or (
                    m.introduced and _abroad(places, votes, texts, i)):
                # "Suba, Migori, Homa Bay, Rongo": a village of a list of Kenyan places that
                # the gazetteer knows only as a small town elsewhere is one it lacks
                res = Resolution(None, "not in gazetteer")
                sense[memo] = res
                out.append(res)
                continue
            # context from the other names of the article, never from this name itself
            countries: Counter[str] = Counter()
            admin1s: Counter[tuple[str, str]] = Counter()
            anchors: list[Place] = []
            for j, v in enumerate(votes):
                if v is None or texts[j] == texts[i]:
                    continue
                if v.country:
                    countries[v.country] += 1
                if v.kind == "admin1":
                    admin1s[(v.country, v.name)] += 1
                elif v.admin1:
                    admin1s[(v.country, v.admin1)] += 0.5
                if v.kind in {"city", "admin2"}:
                    anchors.append(v)
            for country, n in self.focus.items():
                countries[country] += DEMONYM_VOTE * n
            total = sum(countries.values()) or 1
            top_admin1 = max(admin1s.values(), default=0) or 1
            qualifier = self.gz.lookup(m.qualifier) if m.qualifier else []
            container = self.gz.lookup(m.container) if m.container else []
            if qualifier and i + 2 < len(mentions) and mentions[i + 2].listed and (
                    _list_goes_on(i, m, places, qualifier, previous,
                                  self.gz.lookup(mentions[i + 2].text))):
                qualifier = []
            if qualifier and _peers(places, qualifier):
                qualifier = []  # "Oklahoma, Pennsylvania and Ohio": a list, not "Paris, Texas"
            if (qualifier and any(q.kind in {"admin1", "country"} for q in qualifier)
                    and not any(_matches(p, qualifier) for p in places)
                    # "In Asia, Canada …", "Kashmir, India-Pakistan frontier": a continent, a
                    # region or a country is no town of the name after it
                    and not any(p.kind in LARGE_KINDS for p in places)):
                # "Holliday, Mo." when the gazetteer knows no Holliday in Missouri: not the one
                # in Texas
                res = Resolution(None, "not in gazetteer")
                sense[memo] = res
                out.append(res)
                continue
            scored = []
            for p in places:
                s = _base(p, places, m.text)
                if p.country:
                    s += COUNTRY_FOCUS * countries[p.country] / total
                if p.kind in TOWN_LIKE and p.admin1:
                    s += _admin1_focus(admin1s[(p.country, p.admin1)], top_admin1)
                elif p.kind == "admin1":
                    s += _admin1_focus(admin1s[(p.country, p.name)], top_admin1)
                if key(p.name) == texts_key[i]:
                    s += OWN_NAME
                if m.cue == "part" and p.kind in {"admin1", "country"} and not any(
                        q.kind == "city" and km(p.lat, p.lon, q.lat, q.lon) < NEAR_KM
                        for q in places):
                    # "eastern Washington": the state, not the capital far from it (but
                    # "eastern Aleppo" is the city, in the middle of its province)
                    s += 6.0
                if m.cue == "admin1":
                    s += {"admin1": 6.0, "admin2": 5.5, "region": 5.5}.get(p.kind, -2.0)
                elif m.cue == "city":
                    s += 6.0 if p.kind == "city" else -2.0
                if qualifier:
                    # "New York, N.Y.": a place in the state, not the state itself
                    s += 10.0 if _matches(p, qualifier) and all(
                        q.id != p.id for q in qualifier) else -5.0
                elif container and _within(p, container):
                    s += CONTAINED
                if listed and p.kind == listed[0] and (listed[1] is None
                                                       or p.country == listed[1]):
                    s += LIST_PEERS
                if p.kind in TOWN_LIKE and any(
                    km(p.lat, p.lon, a.lat, a.lon) < NEAR_KM for a in anchors
                ):
                    s += NEAR_BONUS
                if p.id in self.neighbours[i]:
                    s += NEIGHBOUR_BONUS
                if p.kind == "city" and _home_namesake(m, p, places, countries, admin1s, anchors):
                    s += HOME_NAMESAKE
                if _small_namesake(m, p, places, anchors, countries):
                    s -= HOME_NAMESAKE
                scored.append((s, p))
            scored.sort(key=lambda sp: -sp[0])
            best = scored[0][1]
            reason = None
            if (len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUOUS_MARGIN
                    and km(best.lat, best.lon, scored[1][1].lat, scored[1][1].lon) > 161):
                reason = "ambiguous"
            res = Resolution(best if reason is None else None, reason)
            sense[memo] = res
            out.append(res)
            if previous is not None:
                # the later names see this choice, not the first pass's: two names that
                # first leaned to each other's country ("Edmonton", "Enfield") do not swap
                for j in range(i, len(mentions)):
                    if texts[j] == texts[i]:
                        votes[j] = res.place
        return out
