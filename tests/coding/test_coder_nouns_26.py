"""Round 26a: nouns of political acts that no pattern coded, their demands, and verbs coded in
a wrong sense on general news ("overwhelmed", a labour strike that "hit" a country)."""

from __future__ import annotations

from coding_helpers import codes, root_sides


def test_a_coup_against_a_leader_is_unconventional_violence(code_sentence):
    text = "The junta's coup against President Mwale shocked the region."
    events = code_sentence(text, {"The junta": "ZMBMIL", "President Mwale": "ZMBGOV"})
    assert ("ZMBMIL", "ZMBGOV", "18") in root_sides(events), root_sides(events)


def test_a_coup_staged_or_led_is_the_soldiers_act(code_sentence):
    text = "Mutinous officers staged a coup in Lusaka on Tuesday."
    events = code_sentence(text, {"Mutinous officers": "ZMBMIL", "Lusaka": "ZMB"})
    assert "180" in codes(events), codes(events)
    text = "Colonel Banda led a military coup in Zambia."
    events = code_sentence(text, {"Colonel Banda": "ZMBMIL", "Zambia": "ZMB"})
    assert "180" in codes(events), codes(events)


def test_an_amnesty_for_fighters_releases_them(code_sentence):
    text = "Ghana announced an amnesty for the northern fighters."
    events = code_sentence(text, {"Ghana": "GHA", "the northern fighters": "GHAREB"})
    assert ("GHA", "GHAREB", "08") in root_sides(events), root_sides(events)


def test_a_surrender_is_a_military_retreat(code_sentence):
    text = "The militia's surrender to the Zambian army came after a week of shelling."
    events = code_sentence(text, {"The militia": "ZMBREB", "the Zambian army": "ZMBMIL"})
    assert "0874" in codes(events), codes(events)


def test_a_pullout_of_troops_de_escalates(code_sentence):
    text = "The Kenyan pullout from the border region began on Monday."
    events = code_sentence(text, {"Kenyan": "KEN"})
    assert "087" in codes(events), codes(events)


def test_an_evacuation_of_diplomats_withdraws_them(code_sentence):
    text = "The evacuation of Kenyan diplomats from Lusaka began on Monday."
    events = code_sentence(text, {"Kenyan diplomats": "KENGOV", "Lusaka": "ZMB"})
    assert "166" in codes(events), codes(events)
    text = "The evacuation of residents from the flooded valley began on Monday."
    events = code_sentence(text, {"residents": "ZMBCVL"})
    assert "166" not in codes(events), codes(events)


def test_rioting_and_a_hijacking_are_named_acts(code_sentence):
    text = "Rioting by Zambian students spread to Ndola."
    events = code_sentence(text, {"Zambian students": "ZMBEDU", "Ndola": "ZMB"})
    assert "145" in codes(events), codes(events)
    text = "The hijacking of a Kenyan ferry by Somali pirates shocked Nairobi."
    events = code_sentence(text, {"a Kenyan ferry": "KEN", "Somali pirates": "SOMCRM"})
    assert "181" in codes(events), codes(events)


def test_a_surrender_demanded_is_asked_for_not_done(code_sentence):
    text = "Zambia demanded the surrender of the northern militia."
    events = code_sentence(text, {"Zambia": "ZMB", "the northern militia": "ZMBREB"})
    assert "1056" in codes(events) and "0874" not in codes(events), codes(events)
    text = "Kenya called for an amnesty for the coastal rebels."
    events = code_sentence(text, {"Kenya": "KEN", "the coastal rebels": "KENREB"})
    assert "0253" in codes(events) and "0841" not in codes(events), codes(events)


def test_an_extradition_called_for_appeals_for_judicial_cooperation(code_sentence):
    text = "Kenya called for the extradition of Mr Otieno from Zambia."
    events = code_sentence(text, {"Kenya": "KEN", "Mr Otieno": "KENCRM", "Zambia": "ZMB"})
    assert "0213" in codes(events), codes(events)


def test_a_mutiny_that_must_end_is_a_demand(code_sentence):
    text = "Kenya said the mutiny in Ndola must end."
    events = code_sentence(text, {"Kenya": "KEN", "Ndola": "ZMB"})
    assert "100" in codes(events), codes(events)


def test_overwhelmed_hospitals_suffer_no_force(code_sentence):
    text = "Zambian hospitals were overwhelmed by patients last week."
    events = code_sentence(text, {"Zambian hospitals": "ZMBHLH"})
    assert not any(c.startswith("19") for c in codes(events)), codes(events)
    text = "Rebels overwhelmed the Zambian garrison at Mansa."
    events = code_sentence(text, {"Rebels": "ZMBREB", "the Zambian garrison": "ZMBMIL"})
    assert "190" in codes(events), codes(events)


def test_a_labour_strike_that_hits_a_country_is_no_attack(code_sentence):
    text = "A general strike hit Zambia on Monday."
    events = code_sentence(text, {"Zambia": "ZMB"})
    assert "190" not in codes(events) and "143" in codes(events), codes(events)


def test_hitting_a_record_or_the_shelves_is_no_attack(code_sentence):
    text = "The Ghanaian cedi hit a record low against the dollar."
    events = code_sentence(text, {"The Ghanaian cedi": "GHA"})
    assert "190" not in codes(events), codes(events)
    text = "The new Kenyan phone will hit the shelves in May."
    events = code_sentence(text, {"Kenyan": "KEN"}, facts_only=False)
    assert "190" not in codes(events), codes(events)


def test_calling_a_plan_a_failure_criticises_it(code_sentence):
    text = "Ms Adeyemi called the Ghanaian budget a failure."
    events = code_sentence(text, {"Ms Adeyemi": "GHAOPP", "the Ghanaian budget": "GHAGOV"})
    assert "111" in codes(events), codes(events)
    text = "Ms Adeyemi described the new press law as draconian."
    events = code_sentence(text, {"Ms Adeyemi": "GHAOPP"})
    assert "111" in codes(events), codes(events)
    # what one calls for is done about the wrongdoers, not a name given to anyone
    text = "Kenya called for the arrest of the Nakuru killers."
    events = code_sentence(text, {"Kenya": "KEN", "the Nakuru killers": "KENCRM"},
                           facts_only=False)
    assert "111" not in codes(events), codes(events)


def test_describing_a_minister_as_courageous_praises_him(code_sentence):
    text = "Mr Mensah described the Zambian minister as courageous."
    events = code_sentence(text, {"Mr Mensah": "GHAGOV", "the Zambian minister": "ZMBGOV"})
    assert "051" in codes(events), codes(events)


def test_an_election_called_rigged_is_condemned_not_called(code_sentence):
    text = "Ms Adeyemi called the Ghanaian election rigged."
    events = code_sentence(text, {"Ms Adeyemi": "GHAOPP", "the Ghanaian election": "GHA"})
    assert "111" in codes(events) and "0831" not in codes(events), codes(events)


def test_buying_a_house_is_no_economic_cooperation(code_sentence):
    text = "The Ghanaian minister bought a house in Kumasi."
    events = code_sentence(text, {"The Ghanaian minister": "GHAGOV", "Kumasi": "GHA"})
    assert "061" not in codes(events), codes(events)
    text = "Ghana bought soybeans from Zambia last year."
    events = code_sentence(text, {"Ghana": "GHA", "Zambia": "ZMB"})
    assert "061" in codes(events), codes(events)


def test_a_public_health_emergency_declared_restricts_no_one(code_sentence):
    text = "The Ghanaian government declared a public health emergency in Tamale."
    events = code_sentence(text, {"The Ghanaian government": "GHAGOV", "Tamale": "GHA"})
    assert "1724" not in codes(events), codes(events)
    text = "The Ghanaian government declared a state of emergency in Tamale."
    events = code_sentence(text, {"The Ghanaian government": "GHAGOV", "Tamale": "GHA"})
    assert "1724" in codes(events), codes(events)


def test_a_wildcat_strike_is_a_labour_strike(code_sentence):
    text = "Zambian miners began a wildcat strike on Friday."
    events = code_sentence(text, {"Zambian miners": "ZMBLAB"})
    assert "143" in codes(events), codes(events)


def test_residents_ordered_out_of_danger_are_no_expulsion(code_sentence):
    text = "Ghanaian authorities ordered the evacuation of residents from the flooded valley."
    events = code_sentence(text, {"Ghanaian authorities": "GHAGOV", "residents": "GHACVL"})
    assert "166" not in codes(events), codes(events)
    text = "Kenya ordered the evacuation of its diplomats from Lusaka."
    events = code_sentence(text, {"Kenya": "KEN", "its diplomats": "KENGOV", "Lusaka": "ZMB"})
    assert "166" in codes(events), codes(events)
