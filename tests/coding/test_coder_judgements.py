"""Judgements a speaker states of a party: criticism (CAMEO 111) and praise (051).

The words and what saying or denying each does are data (eventwire/data/coding/judgements.tsv).
"""

from __future__ import annotations

from coding_helpers import resolved_and_coded, sides

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


def test_whose_stance_a_relative_clause_says_it_came_from(code_sentence):
    text = ('"The attitude that seems to be coming from the Kenyan cabinet is not helpful," the '
            'Ugandan trade minister said.')
    events = code_sentence(text, {"the Kenyan cabinet": "KENGOV",
                                  "the Ugandan trade minister": "UGAGOV"})
    assert ("UGAGOV", "KENGOV") in sides(events, "111"), sides(events, "111")


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


def test_words_that_judge_conduct_criticise_the_party_judged(parser, coder):
    text = '"The ministry\'s figures are misleading," the farmers\' union said.'
    events = resolved_and_coded(parser, coder, text)
    assert [(e.source.text, e.target.text) for e in events if e.cameo.code == "111"] == [
        ("the farmers' union", "The ministry")], [(e.cameo.code, e.source, e.target)
                                                  for e in events]


def test_a_merit_denied_of_a_party_criticises_it(parser, coder):
    events = resolved_and_coded(parser, coder,
                                '"The cabinet has not been transparent," the senator said.')
    assert [e.target.text for e in events if e.cameo.code == "111"] == ["The cabinet"], [
        (e.cameo.code, e.target) for e in events]


def test_a_situation_described_judges_no_one(parser, coder):
    events = resolved_and_coded(parser, coder, '"The situation is dangerous," the minister said.')
    assert not [e for e in events if e.cameo.root == "11"], [(e.cameo.code, e.target)
                                                           for e in events]


def test_a_bodys_response_is_that_bodys(parser, coder):
    events = resolved_and_coded(parser, coder, "The mayor criticised the police response.")
    assert [e.target.code for e in events if e.cameo.root == "11"] == ["COP"], [
        (e.cameo.code, e.target) for e in events]


def test_telling_that_a_party_did_wrong_accuses_it(parser, coder):
    events = resolved_and_coded(parser, coder,
                                "The opposition said the government had lied to parliament.")
    assert [(e.source.code, e.target.code) for e in events if e.cameo.code == "112"] == [
        ("OPP", "GOV")], [(e.cameo.code, e.source, e.target) for e in events]


def test_a_bare_lying_or_a_claim_of_wrongdoing_accuses(parser, coder):
    for text in ("The opposition said the Zambian government was lying.",
                 "The opposition claimed that the Zambian government had lied to parliament.",
                 "The opposition maintained that the Zambian government was lying.",
                 "The opposition walked out of the hearing and claimed that the Zambian "
                 "government was lying."):
        events = resolved_and_coded(parser, coder, text)
        assert [(e.source.code, e.target.code) for e in events if e.cameo.code == "112"] == [
            ("ZMBOPP", "ZMBGOV")], (text, [(e.cameo.code, e.source, e.target) for e in events])


def test_wrongdoing_denied_or_only_possible_or_of_another_sense_accuses_no_one(parser, coder):
    for text in ("The opposition said the government did not lie.",
                 "The opposition said the government may have lied.",
                 "Witnesses said soldiers were lying wounded near the checkpoint.",
                 "Witnesses said two soldiers were lying in the road.",
                 "The opposition said the Zambian minister was lying low.",
                 "The opposition argued that the Zambian government must reopen the market.",
                 "The union said the ministry failed to reply in time."):
        events = resolved_and_coded(parser, coder, text)
        assert not [e for e in events if e.cameo.code == "112"], (text, [
            (e.cameo.code, e.target) for e in events])
