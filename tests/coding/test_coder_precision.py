"""Events the coder should not invent on everyday news (consumer, business, sports and science
stories): verbs whose Phoenix sense is an act between parties, used in their everyday sense.

Sentences written for these tests, in news style; actors given by hand.
"""

from __future__ import annotations

from coding_helpers import resolved_and_coded


def kinds(events):
    return [(e.cameo.code, e.plover.event) for e in events]


def test_buying_or_paying_for_a_thing_is_no_economic_cooperation(code_sentence):
    text = "Shoppers in Leeds bought a record number of laptops on Friday."
    assert code_sentence(text, {"Shoppers": "GBRCVL"}) == []
    text = "Most families will pay a small monthly fee for the service."
    assert code_sentence(text, {"Most families": "GBRCVL"}, facts_only=False) == []


def test_a_product_or_a_seller_offering_a_thing_states_no_intent(code_sentence):
    text = "The new hatchback offers better fuel economy than the old model."
    assert code_sentence(text, {"The new hatchback": None}, facts_only=False) == []
    text = "The Kenyan carrier Jambojet offered cheaper fares this month."
    assert code_sentence(text, {"Jambojet": "KENBUS"}, facts_only=False) == []


def test_acts_between_parties_still_code_with_an_actor_as_object(code_sentence):
    text = "The Kenyan government paid Uganda for the electricity it sold last year."
    events = code_sentence(text, {"The Kenyan government": "KENGOV", "Uganda": "UGA"})
    assert [(e.source.code, e.target.code) for e in events if e.cameo.root == "06"] == \
        [("KENGOV", "UGA")], kinds(events)
    text = "Ghana offered Togo a loan of fifty million dollars."
    events = code_sentence(text, {"Ghana": "GHA", "Togo": "TGO"})
    assert [e.cameo.root for e in events] == ["03"], kinds(events)


def test_praise_and_promises_may_be_of_a_thing(code_sentence):
    text = "The Ugandan president welcomed the court ruling on Tuesday."
    events = code_sentence(text, {"The Ugandan president": "UGAGOV"})
    assert [e.cameo.code for e in events] == ["051"], kinds(events)
    text = "The Zambian finance minister agreed to a new repayment plan on Monday."
    events = code_sentence(text, {"The Zambian finance minister": "ZMBGOV"})
    assert [e.cameo.code for e in events] == ["030"], kinds(events)


def test_a_post_or_forum_left_is_no_thing_acted_on(code_sentence):
    text = "The Malawian energy minister resigned from his post on Thursday."
    events = code_sentence(text, {"The Malawian energy minister": "MWIGOV"})
    assert [e.cameo.code for e in events] == ["083"], kinds(events)


def test_families_are_people(code_sentence):
    text = "The Red Crescent vaccinated displaced families near Hama on Sunday."
    events = code_sentence(text, {"The Red Crescent": "NGO"})
    assert [e.cameo.root for e in events] == ["07"], kinds(events)


def test_what_a_thing_brings_about_is_no_act_of_a_party(code_sentence):
    text = "Higher tariffs help Brazilian steelmakers compete with imports, analysts say."
    events = code_sentence(text, {"Brazilian steelmakers": "BRABUS", "analysts": None})
    assert [e for e in events if e.cameo.root == "07"] == [], kinds(events)
    text = "The new land law allows Zambian farmers to lease their plots."
    events = code_sentence(text, {"Zambian farmers": "ZMBAGR"}, facts_only=False)
    assert [e for e in events if e.cameo.root in ("03", "08")] == [], kinds(events)
    text = "That would help the ruling party in the coastal provinces."
    events = code_sentence(text, {"the ruling party": "PTY"}, facts_only=False)
    assert [e for e in events if e.cameo.root in ("03", "07")] == [], kinds(events)


def test_a_place_or_a_speakers_it_is_a_body(code_sentence):
    text = "The city has asked shop owners to close early before the storm."
    events = code_sentence(text, {"shop owners": "CANBUS"})
    assert [e.cameo.code for e in events] == ["020"], kinds(events)
    text = "The relief agency Tumaini said it was providing fishermen with food aid."
    events = code_sentence(text, {"Tumaini": "NGO", "fishermen": "KENAGR"})
    assert [e.cameo.root for e in events] == ["07"], kinds(events)


def test_a_question_asked_is_no_appeal(code_sentence):
    text = "Senator Ruiz asked the Kenyan minister about the leaked audit on Tuesday."
    events = code_sentence(text, {"Senator Ruiz": "USALEG", "the Kenyan minister": "KENGOV"})
    assert events == [], kinds(events)
    text = "The Kenyan minister asked whether the talks with Uganda would resume."
    events = code_sentence(text, {"The Kenyan minister": "KENGOV", "Uganda": "UGA"})
    assert [e for e in events if e.cameo.root == "02"] == [], kinds(events)
    text = '"Could the border open by June?" the Kenyan minister asked the envoy.'
    events = code_sentence(text, {"The Kenyan minister": "KENGOV", "the envoy": "UGAGOV"})
    assert [e for e in events if e.cameo.root == "02"] == [], kinds(events)
    # asking someone to act, or for something, still appeals
    text = "The Kenyan minister asked Uganda to reopen the border."
    events = code_sentence(text, {"The Kenyan minister": "KENGOV", "Uganda": "UGA"})
    assert [e.cameo.root for e in events if e.source] == ["02"], kinds(events)


def test_when_it_comes_to_names_a_topic(code_sentence):
    text = "When it comes to Egypt, the Sudanese government has taken a hard line."
    events = code_sentence(text, {"Egypt": "EGY", "the Sudanese government": "SDNGOV"},
                           facts_only=False)
    assert [e for e in events if e.cameo.root == "04"] == [], kinds(events)


def test_a_story_of_american_football_or_basketball_is_sport(code_sentence):
    text = ("The Falcons beat the Saints 24-10 on Sunday. Their running back scored two "
            "touchdowns before halftime.")
    assert code_sentence(text, {"The Falcons": None, "the Saints": None}) == []
    text = "The Bulls beat the Knicks on Friday after Okafor made four free throws late on."
    assert code_sentence(text, {"The Bulls": None, "the Knicks": None}) == []


def test_a_shopping_day_is_no_armed_group(parser, coder):
    text = "Retailers in Ohio said Black Friday helped them clear old stock."
    events = resolved_and_coded(parser, coder, text)
    assert not any("REB" in (m.code or "") for e in events for m in (e.source, e.target)
                   if m is not None), kinds(events)
    text = "A password manager can protect shoppers on Black Friday from fraud."
    events = resolved_and_coded(parser, coder, text)
    assert not any("REB" in (m.code or "") for e in events for m in (e.source, e.target)
                   if m is not None), kinds(events)


def test_a_deal_that_names_no_party_is_no_agreement_signed(code_sentence):
    text = "Finding water on the moon of Saturn would be a big deal for NASA, officials said."
    events = code_sentence(text, {"NASA": "USAGOV"}, facts_only=False)
    assert [e for e in events if e.cameo.code == "057"] == [], kinds(events)
    text = "Analysts in Nairobi said Kenya wants a quick deal before the elections."
    events = code_sentence(text, {"Kenya": "KEN"}, facts_only=False)
    assert [e for e in events if e.cameo.code == "057"] == [], kinds(events)
    # one that names its parties still tells of an agreement
    text = "A deal between Kenya and Somalia, brokered by Qatar, ended the maritime dispute."
    events = code_sentence(text, {"Kenya": "KEN", "Somalia": "SOM", "Qatar": "QAT"})
    assert ("KEN", "SOM") in [(e.source.code, e.target.code) for e in events
                              if e.cameo.code == "057" and e.source and e.target], kinds(events)


def test_joint_praise_of_a_third_is_no_praise_of_each_other(code_sentence):
    text = "Ghana and Togo praised the new border agreement on Monday."
    events = code_sentence(text, {"Ghana": "GHA", "Togo": "TGO"})
    pairs = [(e.source.code, e.target.code if e.target else None) for e in events]
    assert ("GHA", "TGO") not in pairs and ("TGO", "GHA") not in pairs, pairs
    assert [e.cameo.code for e in events] == ["051", "051"], kinds(events)
    # an agreement signed together is still between them
    text = "Ghana and Togo signed a new border agreement on Monday."
    events = code_sentence(text, {"Ghana": "GHA", "Togo": "TGO"})
    assert ("GHA", "TGO") in [(e.source.code, e.target.code) for e in events
                              if e.source and e.target], kinds(events)


def test_acts_done_only_to_people_are_not_done_to_things(code_sentence):
    text = "The Kenyan ministry removed the damaged tents from the camp on Friday."
    events = code_sentence(text, {"The Kenyan ministry": "KENGOV"}, facts_only=False)
    assert [e for e in events if e.cameo.code == "174"] == [], kinds(events)
    text = "Ghana's cocoa exports beat forecasts in October, traders said."
    events = code_sentence(text, {"Ghana": "GHA", "traders": "GHABUS"}, facts_only=False)
    assert [e for e in events if e.cameo.root == "18"] == [], kinds(events)


def test_a_spokesperson_for_a_firm_or_a_person_is_no_government(parser, coder):
    text = ("Kenya's tax authority is investigating Zuri Foods. A Zuri Foods spokeswoman "
            "declined to comment on the inquiry.")
    events = resolved_and_coded(parser, coder, text)
    assert not any(e.source and (e.source.code or "").endswith("GOV") and
                   "spokeswoman" in e.source.text for e in events), kinds(events)
    text = "A spokesman for the singer Wanjiru Kamau declined to comment on the lawsuit."
    events = resolved_and_coded(parser, coder, text)
    assert not any(e.source and (e.source.code or "").endswith("GOV") for e in events), \
        kinds(events)


def test_beating_in_an_election_or_a_count_is_no_assault(code_sentence):
    text = "Odinga's party beat the incumbent governor of Kisumu by ten points on Tuesday."
    events = code_sentence(text, {"Odinga's party": "KENOPP", "the incumbent governor of Kisumu":
                                  "KENGOV"})
    assert [e for e in events if e.cameo.root in ("18", "19")] == [], kinds(events)
    text = "Police beat protesters outside the parliament in Nairobi on Monday."
    events = code_sentence(text, {"Police": "KENCOP", "protesters": "KENOPP"})
    assert [e.cameo.code for e in events] == ["182"], kinds(events)


def test_an_impeachable_offence_is_no_violence(code_sentence):
    text = "Most voters said the Kenyan president had committed impeachable offences in office."
    events = code_sentence(text, {"the Kenyan president": "KENGOV"}, facts_only=False)
    assert [e for e in events if e.cameo.root == "18"] == [], kinds(events)
