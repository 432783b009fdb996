"""Who did an act a sentence names by its noun, and where the act's clause names its doer."""

from __future__ import annotations

from coding_helpers import resolved_and_coded, sides


def test_an_act_done_by_someone_is_theirs_when_condemned(code_sentence):
    text = "Kenya condemned the raid carried out by the militants on Sunday."
    events = code_sentence(text, {"Kenya": "KEN", "the militants": "SOMREB"})
    assert sides(events, "111") == [("KEN", "SOMREB")], sides(events, "111")


def test_violence_whose_subject_is_an_act_done_by_someone_is_theirs(code_sentence):
    text = "An ambush staged by insurgents killed four policemen near the border."
    events = code_sentence(text, {"insurgents": "AFGINS", "four policemen": "AFGCOP"})
    assert ("AFGINS", "AFGCOP") in [s for e in events if e.cameo.root in ("18", "19", "20")
                                    for s in sides(events, e.cameo.code)], [
        (e.cameo.code, e.source and e.source.code) for e in events]


def test_two_words_of_one_act_for_the_same_sides_are_one_event(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "An attack by rebels killed five soldiers in the north.")
    violent = [(e.source and e.source.text, e.target and e.target.text, e.cameo.code)
               for e in events if e.cameo.root == "19"]
    assert len(violent) == len(set(violent)) == 1, violent


def test_a_pronoun_standing_for_the_speaker_keeps_where_the_clause_said_it(parser, coder):
    text = "Mr Lindqvist said he discussed the delay with the Ukrainian envoy in Kyiv."
    events = [e for e in resolved_and_coded(parser, coder, text) if e.cameo.root == "04"]
    assert events, "no consultation coded"
    source = events[0].source
    assert source.text == "Mr Lindqvist", source
    start = text.index(" he ") + 1
    assert source.said_as == (start, start + 2), source


def test_a_strike_is_aimed_at_the_strikers_employer(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "Hundreds of workers at Air France went on strike over pay.")
    strikes = [e for e in events if e.cameo.code.startswith("143")]
    assert strikes and strikes[0].target is not None and \
        strikes[0].target.text == "Air France", [(e.cameo.code, e.target) for e in events]
