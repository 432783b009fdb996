"""Who did it to whom (round 27b): the right act with the wrong side. A name's apposition is
the same person, not whom they act on; an intransitive act's "of" noun does the act; a noun
that is the object of an ordinary verb is not done by that verb's subject; a victim's own
home, when named, is their country."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text


def sides(events):
    return {(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code[:2]) for e in events}


@pytest.mark.parametrize("text", [
    "Ms Adeyemi, Zambia's health minister, expressed her sympathy.",
    "John Banda, the Zambian foreign minister, expressed his regret.",
])
def test_an_apposition_is_no_target_of_its_own_name(text):
    events = [e for e in code_text(text) if e.is_fact]
    assert events, "the sympathy or regret is still coded"
    assert all(e.target is None for e in events), sides(events)
    # another person's apposition still names whom one acts on
    events = code_text("Ms Adeyemi, Zambia's health minister, met John Banda, the Kenyan "
                       "foreign minister.")
    assert ("ZMBGOV", "KENGOV", "04") in sides(events), sides(events)


def test_a_victim_visiting_from_a_country_is_of_that_country():
    text = ("Zambia's president spoke on Sunday. Three members of the Zambian police and a man "
            "visiting from Kenya were killed in the attacks, officials said.")
    events = [e for e in code_text(text) if e.cameo.code.startswith("19")]
    victims = {e.target.text: e.target.code for e in events if e.target}
    assert victims.get("a man") == "KENPPL", victims


@pytest.mark.parametrize(("text", "actors", "trigger", "doer"), [
    ("Talks resumed in Lusaka after the withdrawal of Kenyan troops from the border.",
     {"Lusaka": "ZMB", "Kenyan troops": "KENMIL"}, "withdrawal", "KENMIL"),
    ("A protest of Zambian farmers blocked the road to Lusaka.",
     {"Zambian farmers": "ZMBAGR", "Lusaka": "ZMB"}, "protest", "ZMBAGR"),
    ("The deal was signed after a meeting of Ghanaian officials in Lusaka.",
     {"Ghanaian officials": "GHAGOV", "Lusaka": "ZMB"}, "meeting", "GHAGOV"),
])
def test_an_intransitive_acts_of_noun_is_its_doer(code_sentence, text, actors, trigger, doer):
    events = code_sentence(text, actors)
    coded = [e for e in events if e.evidence.trigger == trigger]
    assert coded, [e.evidence.rule for e in events]
    assert all(e.source is not None and e.source.code == doer for e in coded), sides(coded)
    assert all(e.target is None or e.target.code != doer for e in coded), sides(coded)
    # an idiom's "of" is still what is protested
    text = "Kenyan farmers marched in Nairobi in protest of the Zambian government."
    events = code_sentence(text, {"Kenyan farmers": "KENAGR", "Nairobi": "KEN",
                                  "the Zambian government": "ZMBGOV"})
    assert ("KENAGR", "ZMBGOV", "14") in sides(events), sides(events)


@pytest.mark.parametrize(("text", "actors", "speaker"), [
    ("The Zambian opposition questioned the investigation.",
     {"The Zambian opposition": "ZMBOPP"}, "ZMBOPP"),
    ("Kenyan television reported a protest at a Zambian prison.",
     {"Kenyan television": "KENMED", "a Zambian prison": "ZMBCOP"}, "KENMED"),
    ("Ghanaian police stormed a meeting of farmers in Accra.",
     {"Ghanaian police": "GHACOP", "farmers": "GHAAGR", "Accra": "GHA"}, "GHACOP"),
])
def test_one_who_only_meets_an_act_does_not_do_it(code_sentence, text, actors, speaker):
    events = code_sentence(text, actors)
    done = [e for e in events if e.evidence.trigger in ("investigation", "protest", "meeting")]
    assert not any(e.source is not None and e.source.code == speaker for e in done), \
        sides(done)
    # one who takes part in an act still does it
    for text, actors, doer in (
            ("Zambian farmers attended a rally in Lusaka.",
             {"Zambian farmers": "ZMBAGR", "Lusaka": "ZMB"}, "ZMBAGR"),
            ("The Kenyan president chaired a meeting with Zambian officials.",
             {"The Kenyan president": "KENGOV", "Zambian officials": "ZMBGOV"}, "KENGOV")):
        events = code_sentence(text, actors)
        done = [e for e in events if e.evidence.trigger in ("rally", "meeting")]
        assert any(e.source is not None and e.source.code == doer for e in done), sides(events)


def test_an_it_object_in_a_later_sentence_is_no_party():
    text = ("The Zambian parliament passed a new security law on Monday. The Kenyan opposition "
            "condemned it.")
    events = [e for e in code_text(text) if e.cameo.code.startswith("11")]
    assert events, "the condemnation is still coded"
    assert not any(e.target is not None and e.target.code == "ZMBLEG" for e in events), \
        sides(events)
    # in its own sentence, or asked to act, "it" still stands for the party
    events = code_text("Kenya's army invaded Zambia last week and annexed it.")
    assert ("KENMIL", "ZMB", "19") in sides(events), sides(events)
    events = code_text("The UN criticised Zambia on Monday. On Tuesday Kenya urged it to "
                       "withdraw its troops.")
    assert ("KEN", "ZMB", "02") in sides(events), sides(events)


@pytest.mark.parametrize("text", [
    "In Zambia, officials announced on Monday that the border would reopen.",
    "Ghanaian officials in Accra announced a second case of cholera.",
    "Health officials in Kenya announced a second case of cholera on Monday.",
])
def test_a_country_named_as_the_scene_is_no_target_of_a_statement(text):
    events = [e for e in code_text(text) if e.cameo.code[:2] == "01"]
    assert events, "the statement is still coded"
    assert all(e.target is None for e in events), sides(events)
    # one spoken about is still the target
    events = code_text("The Kenyan president commented on Zambia on Monday.")
    assert ("KENGOV", "ZMB", "01") in sides(events), sides(events)
