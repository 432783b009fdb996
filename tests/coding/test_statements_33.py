"""Round 33c: legal steps and statements.

A crime named only as what someone pleaded guilty to, was found guilty of, convicted, sentenced
or jailed for is no act the sentence tells: the plea, the verdict (116) or the sentence (173)
is the event, the crime inside it is told as what was found or admitted (modality "belief",
as "convicted of killing" already was; reading.judged_crime, grammar.JUDGED_CRIME_WORDS). The
same act told on its own stays a fact. A party that says it considers an act or a law illegal
or unlawful denounces it (111, core.jsonl consider#*-r33c). A comment one says one will
not give is declined (011, stance.declined_comment). An accused who appears before a
court, judge or magistrate is arraigned (173, core.jsonl appear#*-r33c); one who will appear
threatens nothing, nor does the court (stance.undergone_by_subject).
"""

from __future__ import annotations

import pytest


def acts(events, roots):
    """(code, modality) of the events in the given CAMEO roots."""
    return [(e.cameo.code, e.modality) for e in events if e.cameo.root in roots]


@pytest.mark.parametrize(("text", "actors"), [
    ("Ms Adeyemi pleaded guilty to threatening to kill the governor of Kaduna.",
     {"Ms Adeyemi": None, "the governor of Kaduna": "NGAGOV"}),
    ("A Lusaka court upheld the convictions of two men for assaulting a Zambian police officer.",
     {"A Lusaka court": "ZMBJUD", "two men": "ZMBPPL", "a Zambian police officer": "ZMBCOP"}),
    ("Mr Otieno was sentenced for assaulting a Kenyan diplomat in Mombasa.",
     {"Mr Otieno": None, "a Kenyan diplomat": "KENGOV"}),
    ("Mr Mensah was found guilty of attacking a Ghanaian soldier at a checkpoint.",
     {"Mr Mensah": None, "a Ghanaian soldier": "GHAMIL"}),
    ("Mr Banda was jailed for ten years over the killing of a Zambian soldier.",
     {"Mr Banda": None, "a Zambian soldier": "ZMBMIL"}),
    ("Mr Otieno was sentenced to six years in jail in Mombasa for attacking a Kenyan diplomat.",
     {"Mr Otieno": None, "a Kenyan diplomat": "KENGOV"}),
    ("Mr Otieno, 40, pleaded guilty to threatening to beat and stab a Kenyan magistrate.",
     {"Mr Otieno": None, "a Kenyan magistrate": "KENJUD"}),
])
def test_a_crime_named_in_a_plea_verdict_or_sentence_is_no_act(code_sentence, text, actors):
    events = code_sentence(text, actors)
    assert not acts(events, ("13", "18", "19", "20")), acts(events, ("13", "18", "19", "20"))
    told = code_sentence(text, actors, facts_only=False)
    assert all(m == "belief" for _, m in acts(told, ("13", "18", "19", "20")))
    # the same act told on its own is still a fact
    assert acts(code_sentence("Two men assaulted a Zambian police officer in Lusaka.",
                              {"Two men": "ZMBPPL", "a Zambian police officer": "ZMBCOP"}),
                ("18",))


def test_the_plea_itself_stays_coded(code_sentence):
    events = code_sentence("The Kenyan minister pleaded guilty to attacking a Ugandan officer.",
                           {"The Kenyan minister": "KENGOV", "a Ugandan officer": "UGAMIL"})
    assert [e.cameo.code for e in events] == ["015"]


@pytest.mark.parametrize("text", [
    "Ghana repeated that it considers the Togolese border decree illegal.",
    "Ghana considers the Togolese occupation of the island unlawful.",
])
def test_considering_an_act_illegal_denounces_it(code_sentence, text):
    events = code_sentence(text, {"Ghana": "GHA", "Togolese": "TGO", "it": "GHA"})
    assert ("111", "GHA") in {(e.cameo.code, e.source.code if e.source else None)
                              for e in events}
    # a judgement no one is named to hold is no one's denunciation
    assert not [e for e in code_sentence("Such Togolese camps are considered illegal in Ghana.",
                                         {"Togolese": "TGO"})
                if e.cameo.code == "111"]
    # an illegal move considered is no judgement
    assert not [e for e in code_sentence("Kenya is considering an illegal move against Uganda.",
                                         {"Kenya": "KEN", "Uganda": "UGA"})
                if e.cameo.code == "111"]


def test_a_comment_one_will_not_give_is_declined(code_sentence):
    actors = {"The Zambian minister": "ZMBGOV", "Kenya": "KEN"}
    declined = code_sentence("The Zambian minister would not comment on the talks with Kenya.",
                             actors)
    assert [(e.cameo.code, e.source.code) for e in declined] == [("011", "ZMBGOV")]
    # none made is no refusal told; a condition is no refusal either
    for text in ("The Zambian minister did not comment on the talks with Kenya.",
                 "The Zambian minister would not comment if Kenya asked."):
        assert not [e for e in code_sentence(text, actors) if e.cameo.code == "011"]


@pytest.mark.parametrize("text", [
    "The Zambian minister appeared before a Lusaka court charged with fraud.",
    "The Zambian minister appeared before a Lusaka magistrate on Monday.",
])
def test_an_accused_appearing_before_a_court_is_arraigned(code_sentence, text):
    events = code_sentence(text, {"The Zambian minister": "ZMBGOV",
                                  "a Lusaka magistrate": "ZMBJUD"})
    assert ("173", "ZMBGOV") in {(e.cameo.code, e.target.code if e.target else None)
                                 for e in events}


def test_an_appearance_in_court_to_come_is_no_threat(code_sentence):
    actors = {"The Zambian minister": "ZMBGOV", "a Lusaka court": "ZMBJUD", "Kenya": "KEN",
              "Uganda": "UGA"}
    events = code_sentence("The Zambian minister will appear in a Lusaka court next week.", actors)
    assert not [e for e in events if e.cameo.root == "13"]
    # a party that will attack another still threatens it
    assert "138" in {e.cameo.code for e in code_sentence("Kenya will attack Uganda.", actors)}


@pytest.mark.parametrize("text", [
    "The Kenyan ministry declined to be drawn on the talks with Zambia.",
    "The Kenyan ministry refused to be drawn on the talks with Zambia.",
])
def test_declining_to_be_drawn_declines_comment(code_sentence, text):
    events = code_sentence(text, {"The Kenyan ministry": "KENGOV", "Zambia": "ZMB"})
    assert [e.cameo.code for e in events if e.is_fact] == ["011"], acts(events, "0123456789")
