"""Words of political acts that coded nothing (or a wrong sense) before core.jsonl named them."""

from __future__ import annotations

from coding_helpers import codes, sides


def test_words_of_verbal_denunciation_criticize(code_sentence):
    actors = {"The Chilean senator": "CHLLEG", "the Peruvian president": "PERGOV"}
    for verb in ("excoriated", "upbraided", "vilified", "insulted", "demonized", "defamed",
                 "taunted"):
        text = f"The Chilean senator {verb} the Peruvian president in a radio interview."
        events = code_sentence(text, actors)
        assert sides(events, "111") == [("CHLLEG", "PERGOV")], (verb, codes(events))


def test_a_jab_or_a_tirade_at_someone_criticizes_them(code_sentence):
    text = "In a thinly veiled jab at Peru, the Chilean president defended the new tariffs."
    events = code_sentence(text, {"Peru": "PER", "the Chilean president": "CHLGOV"})
    assert "111" in codes(events), codes(events)
    text = "The Chilean president launched a tirade against Peru on Tuesday."
    events = code_sentence(text, {"Peru": "PER", "The Chilean president": "CHLGOV"})
    assert "111" in codes(events), codes(events)


def test_championing_someone_or_praise_for_them_endorses_them(code_sentence):
    text = "The Uruguayan president championed Paraguay's bid to host the summit."
    events = code_sentence(text, {"The Uruguayan president": "URYGOV", "Paraguay": "PRY"})
    assert sides(events, "051") == [("URYGOV", "PRY")], codes(events)
    text = "The Uruguayan president offered praise to Paraguay for its handling of the floods."
    events = code_sentence(text, {"The Uruguayan president": "URYGOV", "Paraguay": "PRY"})
    assert sides(events, "051") == [("URYGOV", "PRY")], codes(events)


def test_lobbying_or_beseeching_someone_appeals_to_them(code_sentence):
    actors = {"Bolivian farmers' unions": "BOLAGR", "the Bolivian congress": "BOLLEG"}
    for verb in ("lobbied", "beseeched"):
        text = f"Bolivian farmers' unions {verb} the Bolivian congress to drop the fuel tax."
        events = code_sentence(text, actors)
        assert ("BOLAGR", "BOLLEG") in sides(events, "020"), (verb, codes(events))


def test_briefing_someone_on_a_matter_shares_information(code_sentence):
    text = "A Colombian defence official briefed Ecuadorian diplomats on the border patrols."
    events = code_sentence(text, {"A Colombian defence official": "COLMIL",
                                  "Ecuadorian diplomats": "ECUGOV"})
    assert sides(events, "064") == [("COLMIL", "ECUGOV")], codes(events)


def test_intimidating_or_harassing_opponents_coerces_them(code_sentence):
    actors = {"Venezuelan police": "VENCOP", "opposition activists": "VENOPP"}
    for verb in ("intimidated", "harassed", "bullied", "persecuted"):
        text = f"Venezuelan police {verb} opposition activists before the vote."
        events = code_sentence(text, actors)
        assert sides(events, "170") == [("VENCOP", "VENOPP")], (verb, codes(events))
        assert not any(c.startswith("14") for c in codes(events)), (verb, codes(events))


def test_menacing_someone_threatens_them(code_sentence):
    text = "Armed Honduran gang members menaced the election officials in the town."
    events = code_sentence(text, {"Armed Honduran gang members": "HNDCRM",
                                  "the election officials": "HNDGOV"})
    assert sides(events, "130") == [("HNDCRM", "HNDGOV")], codes(events)


def test_silencing_or_muzzling_critics_restricts_political_freedom(code_sentence):
    actors = {"The Nicaraguan government": "NICGOV", "independent journalists": "NICMED"}
    for verb in ("silenced", "muzzled", "gagged"):
        text = f"The Nicaraguan government {verb} independent journalists last year."
        events = code_sentence(text, actors)
        assert sides(events, "1721") == [("NICGOV", "NICMED")], (verb, codes(events))
    text = "The Guatemalan army silenced the rebel guns after a week of fighting."
    events = code_sentence(text, {"The Guatemalan army": "GTMMIL"})
    assert "1721" not in codes(events), codes(events)


def test_flouting_or_disobeying_a_curfew_defies_it(code_sentence):
    actors = {"Bolivian miners": "BOLLAB", "the Bolivian army": "BOLMIL"}
    for verb in ("flouted", "disobeyed"):
        text = f"Bolivian miners {verb} the curfew imposed by the Bolivian army."
        events = code_sentence(text, actors)
        assert sides(events, "128") == [("BOLLAB", "BOLMIL")], (verb, codes(events))


def test_impounding_property_confiscates_it(code_sentence):
    text = "Cuban customs officers impounded a Jamaican cargo ship in Santiago."
    events = code_sentence(text, {"Cuban customs officers": "CUBGOV", "Jamaican": "JAM"})
    assert "1711" in codes(events), codes(events)


def test_strafing_lynching_and_maiming_are_violence(code_sentence):
    text = "Salvadoran jets strafed the guerrilla camp near the river."
    events = code_sentence(text, {"Salvadoran jets": "SLVMIL", "the guerrilla camp": "SLVREB"})
    assert sides(events, "195") == [("SLVMIL", "SLVREB")], codes(events)
    text = "A mob of Haitian villagers lynched two Dominican traders on Sunday."
    events = code_sentence(text, {"A mob of Haitian villagers": "HTICVL",
                                  "two Dominican traders": "DOMBUS"})
    assert sides(events, "1823") == [("HTICVL", "DOMBUS")], codes(events)


def test_standing_up_for_someone_defends_them(code_sentence):
    text = "The Argentine foreign minister stood up for Uruguay at the regional summit."
    events = code_sentence(text, {"The Argentine foreign minister": "ARGGOV", "Uruguay": "URY"})
    # the sides of a verb's "for" phrase are arguments.py's to find; the act is the data's
    assert [source for source, _ in sides(events, "052")] == ["ARGGOV"], codes(events)


def test_relenting_yields(code_sentence):
    text = "The Costa Rican government relented to the demands of the striking teachers."
    events = code_sentence(text, {"The Costa Rican government": "CRIGOV",
                                  "the striking teachers": "CRIEDU"})
    assert "080" in codes(events), codes(events)


def test_ripping_or_laying_into_someone_is_criticism_not_violence(code_sentence):
    actors = {"The Kenyan finance minister": "KENGOV", "Tanzania": "TZA"}
    for verb in ("ripped", "tore", "laid"):
        text = f"The Kenyan finance minister {verb} into Tanzania over the new border levies."
        events = code_sentence(text, actors)
        assert sides(events, "111") == [("KENGOV", "TZA")], (verb, codes(events))
    text = "Dozens of Somali rockets ripped into Kenya on Monday."
    events = code_sentence(text, {"Somali": "SOM", "Kenya": "KEN"})
    assert "190" in codes(events) and "111" not in codes(events), codes(events)


def test_assailing_is_verbal_unless_a_convoy_or_a_post_is_assailed(code_sentence):
    text = "The Ugandan opposition leader assailed the Rwandan decision on Tuesday."
    events = code_sentence(text, {"The Ugandan opposition leader": "UGAOPP", "Rwandan": "RWA"})
    assert "111" in codes(events) and not any(c.startswith("19") for c in codes(events)), \
        codes(events)
    text = "Rebel fighters assailed an army convoy north of Goma."
    events = code_sentence(text, {"Rebel fighters": "CODREB", "an army convoy": "CODMIL"})
    assert sides(events, "190") == [("CODREB", "CODMIL")], codes(events)


def test_aircraft_downed_or_ships_sunk_are_force_and_jets_scrambled_a_show_of_it(code_sentence):
    text = "Turkish forces downed a Syrian helicopter near the border."
    events = code_sentence(text, {"Turkish forces": "TURMIL", "Syrian": "SYR"})
    assert "190" in codes(events), codes(events)
    text = "The Ukrainian navy sank a Russian patrol boat in the Black Sea."
    events = code_sentence(text, {"The Ukrainian navy": "UKRMIL", "Russian": "RUS"})
    assert "190" in codes(events), codes(events)
    text = "Greece has scrambled fighter jets toward Turkey."
    events = code_sentence(text, {"Greece": "GRC", "Turkey": "TUR"})
    assert sides(events, "150") == [("GRC", "TUR")], codes(events)


def test_clubbing_manhandling_or_roughing_up_is_physical_assault(code_sentence):
    actors = {"Riot police": "ZWECOP", "opposition supporters": "ZWEOPP"}
    for verb in ("clubbed", "manhandled", "roughed up"):
        text = f"Riot police {verb} opposition supporters outside the court in Harare."
        events = code_sentence(text, actors)
        assert any(c.startswith("18") or c == "175" for c in codes(events)), (verb, codes(events))


def test_booing_or_heckling_a_leader_disapproves_of_them(code_sentence):
    actors = {"Farmers": "FRAAGR", "the French president": "FRAGOV"}
    for verb in ("booed", "heckled"):
        text = f"Farmers {verb} the French president at the agricultural fair."
        events = code_sentence(text, actors)
        assert sides(events, "111") == [("FRAAGR", "FRAGOV")], (verb, codes(events))


def test_stonewalling_rejects_and_skewering_criticizes(code_sentence):
    text = "The Serbian government stonewalled the Kosovar investigators for months."
    events = code_sentence(text, {"The Serbian government": "SRBGOV",
                                  "the Kosovar investigators": "XKXGOV"})
    assert sides(events, "120") == [("SRBGOV", "XKXGOV")], codes(events)
    text = "The Croatian prime minister skewered Serbia in a speech to parliament."
    events = code_sentence(text, {"The Croatian prime minister": "HRVGOV", "Serbia": "SRB"})
    assert "111" in codes(events), codes(events)


def test_a_bailout_or_propping_up_a_regime_is_aid(code_sentence):
    text = "The Gulf states bailed out Egypt with a loan of two billion dollars."
    events = code_sentence(text, {"The Gulf states": "GCC", "Egypt": "EGY"})
    assert sides(events, "071") == [("GCC", "EGY")], codes(events)
    text = "The bailout of Egypt by the Gulf states angered Egyptian opposition parties."
    events = code_sentence(text, {"Egypt": "EGY", "the Gulf states": "GCC",
                                  "Egyptian opposition parties": "EGYOPP"})
    assert sides(events, "071") == [("GCC", "EGY")], codes(events)
    text = "Iran propped up the Syrian government throughout the war."
    events = code_sentence(text, {"Iran": "IRN", "the Syrian government": "SYRGOV"})
    assert sides(events, "070") == [("IRN", "SYRGOV")], codes(events)


def test_cold_water_poured_on_a_proposal_rejects_it(code_sentence):
    text = "Ghana poured cold water on the Togolese proposal for a joint currency."
    events = code_sentence(text, {"Ghana": "GHA", "Togolese": "TGO"})
    assert sides(events, "120") == [("GHA", "TGO")], codes(events)


def test_a_demarche_or_a_protest_note_is_an_official_complaint(code_sentence):
    actors = {"Lithuania": "LTU", "Belarus": "BLR"}
    for text in ("Lithuania delivered a demarche to Belarus over the border incident.",
                 "Lithuania sent a protest note to Belarus over the border incident."):
        events = code_sentence(text, actors)
        assert sides(events, "114") == [("LTU", "BLR")], (text, codes(events))


def test_an_olive_branch_held_out_is_conciliation(code_sentence):
    text = "Armenia held out an olive branch to Azerbaijan after the elections."
    events = code_sentence(text, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    assert sides(events, "050") == [("ARM", "AZE")], codes(events)


def test_a_ban_or_an_embargo_slapped_on_someone_sanctions_them(code_sentence):
    actors = {"Canada": "CAN", "Iranian officials": "IRNGOV"}
    for what in ("a travel ban", "an arms embargo"):
        text = f"Canada slapped {what} on Iranian officials on Friday."
        events = code_sentence(text, actors)
        assert sides(events, "163") == [("CAN", "IRNGOV")], (what, codes(events))
        assert not any(c.startswith("18") for c in codes(events)), (what, codes(events))
