"""Round 24a: the sides of events are parties, not the things, instruments and places of an act
(data/coding/side_nouns.tsv, arguments.no_side_things)."""

from __future__ import annotations


def side_texts(events, root: str) -> list[tuple[str | None, str | None]]:
    """(source text, target text) of the events of a CAMEO root."""
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.code.startswith(root)]


def test_an_instrument_is_never_a_target(code_sentence):
    text = "Striking miners blocked the highway with bricks on Tuesday."
    events = code_sentence(text, {"Striking miners": "ZMBLAB"})
    assert events and all(e.target is None or "bricks" not in e.target.text for e in events), \
        side_texts(events, "")
    text = "The grenade was hurled by a Zambian militant at dawn."
    events = code_sentence(text, {"a Zambian militant": "ZMBREB"})
    assert all(e.target is None or "grenade" not in e.target.text for e in events), \
        side_texts(events, "")
    text = "Malawian riot police fired rubber bullets."
    events = code_sentence(text, {"Malawian riot police": "MWICOP"})
    assert all(e.target is None or "bullets" not in e.target.text for e in events), \
        side_texts(events, "")
    # the one struck stays the target, and a craft shot down is still what was struck
    text = "Malawian police beat the Zambian traders with batons."
    events = code_sentence(text, {"Malawian police": "MWICOP", "the Zambian traders": "ZMBBUS"})
    assert ("Malawian police", "the Zambian traders") in side_texts(events, "18"), \
        side_texts(events, "")
    text = "The Zambian army shot down a drone over the lake."
    events = code_sentence(text, {"The Zambian army": "ZMBMIL"})
    assert ("The Zambian army", "a drone") in side_texts(events, "19"), side_texts(events, "")


def test_a_place_is_a_side_only_where_it_stands_for_its_people(code_sentence):
    text = "The Zambian mayor held a press conference in the lakeside town."
    events = code_sentence(text, {"The Zambian mayor": "ZMBGOV"})
    assert events and all(e.target is None or "town" not in e.target.text for e in events), \
        side_texts(events, "")
    # an attack on a town is on the town; a curfew in a district is imposed on it
    text = "Zambian rebels shelled the lakeside town."
    events = code_sentence(text, {"Zambian rebels": "ZMBREB"})
    assert ("Zambian rebels", "the lakeside town") in side_texts(events, "19"), \
        side_texts(events, "")
    text = "The Zambian government imposed a night curfew in the northern district."
    events = code_sentence(text, {"The Zambian government": "ZMBGOV"})
    assert ("The Zambian government", "the northern district") in side_texts(events, "17"), \
        side_texts(events, "")


def test_harassment_judged_runs_against_its_doer(code_sentence):
    text = "Zambian unions criticised the harassment of teachers by the Malawian police."
    events = code_sentence(text, {"Zambian unions": "ZMBLAB", "teachers": "MWIEDU",
                                  "the Malawian police": "MWICOP"})
    assert ("ZMBLAB", "MWICOP") in [(e.source.code, e.target.code) for e in events
                                    if e.source and e.target], side_texts(events, "")
    text = "The Zambian church condemned the persecution of monks by Malawian officials."
    events = code_sentence(text, {"The Zambian church": "ZMBREL", "monks": "MWIREL",
                                  "Malawian officials": "MWIGOV"})
    assert [t for _, t in side_texts(events, "11")] == ["Malawian officials"], \
        side_texts(events, "")
    text = "Zambian students protested against the intimidation of voters by the ruling party."
    events = code_sentence(text, {"Zambian students": "ZMBEDU", "voters": "ZMBCVL",
                                  "the ruling party": "ZMBPTY"})
    assert ("Zambian students", "the ruling party") in side_texts(events, "14"), \
        side_texts(events, "")
    # no doer named: the act itself is what is judged, not those it was done to
    text = "Zambia condemned the censorship of newspapers."
    events = code_sentence(text, {"Zambia": "ZMB", "newspapers": "ZMBMED"})
    assert all(e.target is None or e.target.code != "ZMBMED" for e in events), \
        side_texts(events, "")


def test_a_thing_gives_way_to_an_actor_in_another_argument(code_sentence):
    text = "The Zambian minister extorted money from Malawian traders."
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV", "Malawian traders": "MWIBUS"})
    assert ("The Zambian minister", "Malawian traders") in side_texts(events, "17"), \
        side_texts(events, "")
    # with none named, a thing judged stays the target
    text = "The Zambian opposition rejected the new law."
    events = code_sentence(text, {"The Zambian opposition": "ZMBOPP"})
    assert ("The Zambian opposition", "the new law") in side_texts(events, "12"), \
        side_texts(events, "")


def test_who_used_a_weapon_is_the_source(code_sentence):
    text = "A missile fired by Malawian rebels hit a Zambian army post."
    events = code_sentence(text, {"Malawian rebels": "MWIREB", "a Zambian army post": "ZMBMIL"})
    assert ("Malawian rebels", "a Zambian army post") in side_texts(events, "19"), \
        side_texts(events, "")


def test_a_set_phrase_is_no_side(code_sentence):
    text = "Zambia declared a truce with a view to holding elections."
    events = code_sentence(text, {"Zambia": "ZMB"})
    assert events and all(e.target is None or "view" not in e.target.text for e in events), \
        side_texts(events, "")
