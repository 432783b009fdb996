"""Round 34b: whom a speaker's judgement of an act condemns (CAMEO 111 Criticize or denounce).

The party judged is the party itself, the owner of its act ("X's blockade", "the shelling by
X"), or whoever the sentence says did the act; never the ones the act was done to. Judgements
only thought likely are not passed, and opinions of things no party did judge no one.
"""

from __future__ import annotations

from coding_helpers import sides


def test_a_stage_of_an_act_judges_whoever_did_the_act(code_sentence):
    text = ('"The resumption of heavy shelling by Kenyan forces on the town is a violation of '
            'international law," the Zambian foreign minister said.')
    events = code_sentence(text, {"Kenyan forces": "KENMIL",
                                  "the Zambian foreign minister": "ZMBGOV"})
    assert ("ZMBGOV", "KENMIL") in sides(events, "111"), sides(events, "111")


def test_the_ones_an_act_was_done_to_are_not_the_ones_judged(code_sentence):
    text = ('"The shelling of Zambian villages by Kenyan forces is a crime," the Malawian '
            'foreign minister said.')
    events = code_sentence(text, {"Zambian villages": "ZMBCVL", "Kenyan forces": "KENMIL",
                                  "the Malawian foreign minister": "MWIGOV"})
    assert sides(events, "111") == [("MWIGOV", "KENMIL")], sides(events, "111")
    text = ('"Ghana\'s treatment of Togolese refugees is inhumane," the Malawian foreign '
            'minister said.')
    events = code_sentence(text, {"Ghana": "GHA", "Togolese refugees": "TGOREF",
                                  "the Malawian foreign minister": "MWIGOV"})
    assert sides(events, "111") == [("MWIGOV", "GHA")], sides(events, "111")


def test_an_act_done_by_no_one_named_condemns_no_named_party(code_sentence):
    # the arrest is condemned, its maker unnamed: not the man arrested
    for text in ('"The arrest of the Zambian opposition leader was illegal," the Malawian '
                 'foreign minister said.',
                 '"The Zambian opposition leader\'s arrest was illegal," the Malawian foreign '
                 'minister said.'):
        events = code_sentence(text, {"the Zambian opposition leader": "ZMBOPP",
                                      "The Zambian opposition leader": "ZMBOPP",
                                      "the Malawian foreign minister": "MWIGOV"})
        assert ("MWIGOV", "ZMBOPP") not in sides(events, "111"), sides(events, "111")
    text = '"The destruction of the Kenyan embassy was a crime," the Zambian envoy said.'
    events = code_sentence(text, {"the Kenyan embassy": "KENGOV",
                                  "the Zambian envoy": "ZMBGOV"})
    assert ("ZMBGOV", "KENGOV") not in sides(events, "111"), sides(events, "111")


def test_a_judgement_only_thought_likely_is_not_passed(code_sentence):
    for text in ('"Kenya\'s new tariff is probably a mistake," the Zambian trade minister said.',
                 'The Zambian trade minister said Kenya\'s new tariff was perhaps unfair.',
                 '"The shelling by Kenyan forces most likely constitutes a war crime," the '
                 'Zambian foreign minister said.'):
        events = code_sentence(text, {"Kenya": "KEN", "Kenyan forces": "KENMIL",
                                      "the Zambian trade minister": "ZMBGOV",
                                      "The Zambian trade minister": "ZMBGOV",
                                      "the Zambian foreign minister": "ZMBGOV"})
        assert not sides(events, "111"), (text, sides(events, "111"))
    # a judgement said as certain still is one
    text = ('"The shelling by Kenyan forces is clearly a breach of the ceasefire," the Zambian '
            'foreign minister said.')
    events = code_sentence(text, {"Kenyan forces": "KENMIL",
                                  "the Zambian foreign minister": "ZMBGOV"})
    assert ("ZMBGOV", "KENMIL") in sides(events, "111"), sides(events, "111")


def test_an_opinion_of_a_thing_no_party_did_is_no_event(code_sentence):
    for text in ('"The weather this week is appalling," the Zambian farm minister said.',
                 '"The prices at the market are outrageous," the Zambian farm minister said.',
                 '"The situation in Kenya is a disaster," the Zambian farm minister said.'):
        events = code_sentence(text, {"the Zambian farm minister": "ZMBGOV", "Kenya": "KEN"})
        assert not sides(events, "111"), (text, sides(events, "111"))
    # a measure still stands for whoever imposed it, uncoded
    text = '"The curfew is unacceptable," the Zambian opposition leader said.'
    events = code_sentence(text, {"the Zambian opposition leader": "ZMBOPP"})
    assert sides(events, "111") == [("ZMBOPP", None)], sides(events, "111")


def test_hiding_a_wrong_under_the_carpet_accuses_the_one_who_hid_it(code_sentence):
    text = ('"The Kenyan government swept the scandal under the carpet," the Zambian '
            'opposition leader said.')
    events = code_sentence(text, {"The Kenyan government": "KENGOV",
                                  "the Zambian opposition leader": "ZMBOPP"})
    assert ("ZMBOPP", "KENGOV") in sides(events, "112"), sides(events, "112")
    text = 'Mr Banda said the Kenyan ministry had hushed up the report.'
    events = code_sentence(text, {"Mr Banda": "ZMBOPP", "the Kenyan ministry": "KENGOV"})
    assert ("ZMBOPP", "KENGOV") in sides(events, "112"), sides(events, "112")
    # a street swept under guard hides nothing
    text = '"Kenyan police swept the streets under heavy guard," Mr Banda said.'
    events = code_sentence(text, {"Kenyan police": "KENCOP", "Mr Banda": "ZMBOPP"})
    assert not sides(events, "112"), sides(events, "112")


def test_verbs_that_judge_as_be_does(code_sentence):
    for text in ('"Kenya\'s blockade amounts to genocide," the Zambian foreign minister said.',
                 '"Kenya\'s blockade represents a flagrant violation of the truce," the Zambian '
                 'foreign minister said.',
                 '"Kenya\'s position remains unacceptable," the Zambian foreign minister said.'):
        events = code_sentence(text, {"Kenya": "KEN", "the Zambian foreign minister": "ZMBGOV"})
        assert ("ZMBGOV", "KEN") in sides(events, "111"), (text, sides(events, "111"))
    # an amount is no judgement
    text = '"Kenya\'s offer amounts to 20 million dollars," the Zambian foreign minister said.'
    events = code_sentence(text, {"Kenya": "KEN", "the Zambian foreign minister": "ZMBGOV"})
    assert not sides(events, "111"), sides(events, "111")
