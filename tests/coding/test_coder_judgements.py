"""Judgements a speaker states of a party: criticism (CAMEO 111) and praise (051).

The words and what saying or denying each does are data (eventwire/data/coding/judgements.tsv).
"""

from __future__ import annotations

from coding_helpers import sides

from eventwire.coding.judgement import judgement_words


def test_a_report_set_after_the_judgement_still_judges(code_sentence):
    # the parser hangs "has said" beside the clause it reports (parataxis)
    text = ('The former Zambian ruler was a "ruthless tyrant", the Malawian president has said, '
            'hours after his death was announced.')
    events = code_sentence(text, {"The former Zambian ruler": "ZMBGOV",
                                  "the Malawian president": "MWIGOV"})
    assert ("MWIGOV", "ZMBGOV") in sides(events, "111"), sides(events, "111")


def test_a_judged_act_condemns_whoever_did_it(code_sentence):
    text = ('"The bombing of the clinic by Sudanese army jets is a flagrant violation of the '
            'truce," the Chadian foreign minister said.')
    events = code_sentence(text, {"Sudanese army jets": "SDNMIL",
                                  "the Chadian foreign minister": "TCDGOV"})
    assert ("TCDGOV", "SDNMIL") in sides(events, "111"), sides(events, "111")


def test_this_is_an_example_of_a_partys_cruelty(code_sentence):
    # "this" stands for what was said before; the party is whose act the example names
    text = ('"This is one more example of the Eritrean government\'s brutal repression," the '
            'Ethiopian envoy said.')
    events = code_sentence(text, {"the Eritrean government": "ERIGOV",
                                  "the Ethiopian envoy": "ETHGOV"})
    assert ("ETHGOV", "ERIGOV") in sides(events, "111"), sides(events, "111")


def test_a_merit_denied_is_criticism_and_one_stated_of_a_party_is_praise(code_sentence):
    text = ('"The position coming from the Turkish government is not constructive," the Greek '
            'foreign minister said.')
    events = code_sentence(text, {"the Turkish government": "TURGOV",
                                  "the Greek foreign minister": "GRCGOV"})
    assert ("GRCGOV", "TURGOV") in sides(events, "111"), sides(events, "111")
    text = ('"Ghana\'s new president is a wise and honest leader," the Nigerian vice president '
            'said.')
    events = code_sentence(text, {"Ghana's new president": "GHAGOV",
                                  "the Nigerian vice president": "NGAGOV"})
    assert ("NGAGOV", "GHAGOV") in sides(events, "051"), sides(events, "051")


def test_praise_is_only_ever_of_a_party(code_sentence):
    text = '"The new bridge is a visionary project," the Nigerian works minister said.'
    events = code_sentence(text, {"the Nigerian works minister": "NGAGOV"})
    assert not sides(events, "051"), sides(events, "051")
    text = '"The talks were constructive," the Nigerian works minister said.'
    events = code_sentence(text, {"the Nigerian works minister": "NGAGOV"})
    assert not sides(events, "051") and not sides(events, "111"), sides(events, "111")


def test_the_judgement_table_names_a_code_for_every_word():
    words = judgement_words()
    assert words["unacceptable"] == ("111", None)
    assert words["helpful"] == (None, "111")
    assert words["courageous"] == ("051", "111")
    assert all(said or negated for said, negated in words.values())
