"""The constructions of issue 4 coded from the real parse."""

from __future__ import annotations

from coding_helpers import resolved_and_coded

from eventwire.records import Event


def triples(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.code if e.source else None, e.cameo.code, e.target.code if e.target else None)
        for e in events
    }


def test_coder_active_verb_with_specific_object(code_sentence):
    events = code_sentence("Turkey accused Russia of war crimes in Syria.",
                           {"Turkey": "TUR", "Russia": "RUS"})
    assert ("TUR", "1124", "RUS") in triples(events)


def test_coder_passive_voice_swaps_roles(code_sentence):
    events = code_sentence("The convoy of Syrian rebels was attacked by Russian warplanes.",
                           {"Syrian rebels": "SYRREB", "Russian": "RUS"})
    assert any(e.cameo.root == "19" and e.source.code == "RUS" and e.target.code == "SYRREB"
               for e in events)


def test_coder_light_verb_nominal_event(code_sentence):
    events = code_sentence("Turkey has been carrying out cross-border airstrikes.",
                           {"Turkey": "TUR"})
    assert [(e.source.code, e.cameo.code) for e in events] == [("TUR", "195")]
    assert events[0].evidence.rule.startswith("core/airstrike")


def test_coder_nominal_event_with_target_preposition(code_sentence):
    events = code_sentence("Israel launched airstrikes against Hamas in Gaza on Monday.",
                           {"Israel": "ISR", "Hamas": "PSEREB"})
    assert ("ISR", "195", "PSEREB") in triples(events)


def test_coder_talks_between_two_parties(code_sentence):
    events = code_sentence("Talks between Russia and Ukraine resumed in Istanbul.",
                           {"Russia": "RUS", "Ukraine": "UKR"})
    assert ("RUS", "040", "UKR") in triples(events)


def test_coder_conjoined_targets_give_one_event_each(code_sentence):
    events = code_sentence("Germany criticized Russia and Iran over the strikes.",
                           {"Germany": "DEU", "Russia": "RUS", "Iran": "IRN"})
    assert {("DEU", "110", "RUS"), ("DEU", "110", "IRN")} <= triples(events)


def test_coder_object_control_passes_the_object_down(code_sentence):
    events = code_sentence("Turkey asked its allies to join a ground operation in Syria.",
                           {"Turkey": "TUR", "its allies": None})
    appeal = [e for e in events if e.cameo.root == "02"]
    assert appeal and appeal[0].source.code == "TUR" and appeal[0].target.text == "its allies"


def test_coder_reported_speech_codes_the_inner_clause(code_sentence):
    text = "Officials said that Iran had accused Israel of aggression."
    events = code_sentence(text, {"Iran": "IRN", "Israel": "ISR"})
    assert ("IRN", "1123", "ISR") in triples(events)
    assert all(e.source.code != "ISR" for e in events)


def test_coder_attribution_is_named_not_coded(code_sentence):
    text = "The country has also warned the militia of a harsh response, VOA News reported."
    events = code_sentence(text, {"The country": "TUR", "the militia": "SYRREB"})
    threat = [e for e in events if e.cameo.root == "13"]
    assert threat and threat[0].evidence.attributed_to == "VOA News"
    assert threat[0].source.code == "TUR"


def test_coder_same_actor_is_never_both_sides(code_sentence):
    events = code_sentence("Russia criticized Russia.", {"Russia": "RUS"})
    assert not events


def test_coder_tension_is_not_force(code_sentence):
    text = "The advances increased tensions between Turkey and Russia."
    events = code_sentence(text, {"Turkey": "TUR", "Russia": "RUS"}, facts_only=False)
    assert not [e for e in events if e.cameo.root in ("18", "19", "20")]


def test_coder_no_actor_no_event(code_sentence):
    assert not code_sentence("The recent attacks hit two hospitals and a school.", {})


def test_storming_a_headquarters_is_an_assault(code_sentence):
    text = "Masked militants stormed an army outpost near the border before dawn."
    events = code_sentence(text, {"Masked militants": "UAF"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("190", "ASSAULT")]


def test_a_name_with_its_acronym_is_no_dateline(code_sentence):
    text = "Transparency International (TI) has criticized the Kenyan police for graft."
    events = code_sentence(text, {"Transparency International": "NGO",
                                  "the Kenyan police": "KENCOP"})
    assert any(e.source and e.source.code == "NGO" and e.cameo.root == "11" for e in events)


def test_a_capitals_dateline_with_an_agency_is_no_actor(code_sentence):
    text = "LONDON (Reuters) Britain accused Russia of the poisoning."
    events = code_sentence(text, {"LONDON": "GBR", "Britain": "GBR", "Russia": "RUS"})
    assert events and all(e.source.text == "Britain" for e in events)


def test_a_dateline_parsed_as_a_second_subject_is_passed_over(code_sentence):
    text = "MADRID -- A court in Andalusia has convicted two bank managers over the fraud."
    events = code_sentence(text, {"BERLIN": "DEU", "A court": "DEUJUD",
                                  "two bank managers": "ESPBUS"})
    convicted = [e for e in events if e.cameo.code == "116"]
    assert convicted and convicted[0].source.code == "DEUJUD"


def test_a_document_s_issuer_is_the_source_of_what_it_says(code_sentence):
    text = "Ghana's parliament adopted a motion condemning the Togolese army last month."
    events = code_sentence(text, {"Ghana's parliament": "GHALEG", "the Togolese army": "TGOMIL"})
    assert any(e.source and e.source.code == "GHALEG" and e.cameo.root == "11"
               and e.target.code == "TGOMIL" for e in events)


def test_calling_someone_on_a_date_to_apologize_is_a_phone_call_not_an_appeal(code_sentence):
    text = "On Tuesday, the Danish premier called the Swedish king to apologize for his remarks."
    events = code_sentence(text, {"the Danish premier": "DNKGOV", "the Swedish king": "SWEGOV"})
    assert any(e.source.code == "DNKGOV" and e.cameo.code == "055" for e in events)
    assert not any(e.cameo.root == "02" for e in events)


def test_a_call_is_coded_as_what_it_was_for_with_the_one_called(code_sentence):
    text = "Chile's president called the Peruvian leader late on Sunday to voice his support."
    events = code_sentence(text, {"Chile's president": "CHLGOV", "the Peruvian leader": "PERGOV"})
    assert ("CHLGOV", "051", "PERGOV") in triples(events)
    assert not any(e.cameo.root == "04" for e in events)


def test_a_mission_is_coded_as_what_it_was_sent_for_where_it_went(code_sentence):
    text = "Ghana sent a delegation of auditors to Togo to investigate the missing funds."
    events = code_sentence(text, {"Ghana": "GHA", "Togo": "TGO"})
    assert [(e.source.code, e.cameo.root, e.target.code) for e in events] == [
        ("GHA", "09", "TGO")]


def test_strikes_carried_out_against_a_group_are_force(code_sentence):
    text = "French warplanes carried out strikes overnight on jihadist camps held by Ansar Dine."
    events = code_sentence(text, {"French warplanes": "FRAMIL", "Ansar Dine": "MLIREB"})
    assert any(e.source.code == "FRAMIL" and e.cameo.code == "190" for e in events)


def test_saying_another_actor_must_act_is_a_demand_even_of_an_uncoded_act(code_sentence):
    text = "Ghana's trade minister said Nigerian customs officers should reopen the market gates."
    events = code_sentence(text, {"Ghana's trade minister": "GHAGOV",
                                  "Nigerian customs officers": "NGAGOV"})
    assert ("GHAGOV", "100", "NGAGOV") in triples(events)


def test_a_demand_is_of_a_party_or_about_an_act_not_of_a_thing(code_sentence):
    actors = {"Ghana's trade minister": "GHAGOV", "Togo": "TGO"}
    for text in ("Ghana's trade minister said the violence in Togo must stop.",
                 "Ghana's trade minister said the raids in Togo should end at once."):
        assert [e.cameo.code for e in code_sentence(text, actors)
                if e.evidence.rule.startswith("obligation/")] == ["100"], text
    for text in ("Ghana's trade minister said the new tariff code should send a clear signal.",
                 "Ghana's trade minister said the payment system should be working by May."):
        assert not [e for e in code_sentence(text, actors)
                    if e.evidence.rule.startswith("obligation/")], text


def test_taking_part_in_peacekeeping_is_peacekeeping(code_sentence):
    text = "Since 2004, Nepalese soldiers have served in peacekeeping missions across Africa."
    events = code_sentence(text, {"Nepalese soldiers": "NPLMIL"})
    assert any(e.source.code == "NPLMIL" and e.cameo.code == "074" for e in events)


def test_saying_another_was_responsible_holds_it_responsible(code_sentence):
    actors = {"The Kenyan government": "KENGOV", "Somali militants": "SOMREB",
              "Somalia": "SOM", "Kenya": "KEN"}
    text = "The Kenyan government said Somali militants were responsible for the attack."
    blamed = [e for e in code_sentence(text, actors) if e.cameo.code == "112"]
    assert blamed and blamed[0].target.code == "SOMREB"
    text = "Kenya said Somalia was not responsible for the attack."
    assert not [e for e in code_sentence(text, actors) if e.cameo.code == "112"]


def test_opening_borders_to_refugees_grants_them_refuge(code_sentence):
    actors = {"Uganda": "UGA", "South Sudanese refugees": "SSDREF"}
    text = "Uganda opened its borders to South Sudanese refugees last year."
    events = code_sentence(text, actors)
    assert any(e.cameo.code == "075" and e.target.code == "SSDREF" for e in events)


def test_peacekeepers_arriving_where_they_serve_is_peacekeeping(code_sentence):
    actors = {"Rwandan peacekeepers": "RWAMIL", "the Central African Republic": "CAF"}
    text = "Some 300 Rwandan peacekeepers arrived in the Central African Republic on Monday."
    events = code_sentence(text, actors)
    assert any(e.cameo.code == "074" and e.source.code == "RWAMIL" for e in events)
    text = "Rwandan peacekeepers were attacked in the Central African Republic on Monday."
    assert not any(e.cameo.code == "074" for e in code_sentence(text, actors))


def test_a_nouns_modifiers_together_hold_a_patterns_words(code_sentence):
    # "joint" and "war" each modify "game": together they match the joint-war-game pattern
    actors = {"Egypt": "EGY", "Sudan": "SDN"}
    text = "Egypt and Sudan staged a joint war game near their common border."
    assert any(e.cameo.code == "062" for e in code_sentence(text, actors))


def test_a_fronted_phrase_is_the_scene_not_the_verbs_complement(code_sentence):
    text = "At a campaign rally on Friday, opposition leaders demanded an apology from the mayor."
    events = code_sentence(text, {"opposition leaders": "KENOPP", "the mayor": "KENGOV"})
    roots = {e.cameo.root for e in events}
    assert "10" in roots and "14" not in roots


def test_denying_entry_or_permission_is_a_rejection_not_coded_away(code_sentence):
    text = "Hungary has denied entry to a Serbian journalist."
    events = code_sentence(text, {"Hungary": "HUN", "a Serbian journalist": "SRBMED"})
    rejections = [e for e in events if e.cameo.code == "120"]
    assert rejections and rejections[0].source.code == "HUN"
    assert rejections[0].target is not None and rejections[0].target.code == "SRBMED"


def test_what_a_speech_verb_reports_is_no_object_of_the_speech_verb(code_sentence):
    text = "The European Commission announced on Monday that it had suspended aid to Chad."
    events = code_sentence(text, {"The European Commission": "IGOEEC", "it": "IGOEEC",
                                  "Chad": "TCD"})
    roots = {e.cameo.root for e in events}
    assert "16" in roots and "03" not in roots


def test_a_relative_clause_holds_none_of_the_verbs_pattern_words(code_sentence):
    text = "The rebels ended a long stand-off that had reignited the civil war in the north."
    events = code_sentence(text, {"The rebels": "SDNREB"}, False)
    assert not [e for e in events if e.cameo.code.startswith("087")]


def test_what_critics_say_an_actor_did_is_their_accusation(code_sentence):
    text = "His critics say the president has used the courts to silence the press."
    events = code_sentence(text, {"the president": "ZWEGOV"})
    accusations = [e for e in events if e.cameo.code == "112"]
    assert accusations and accusations[0].target is not None
    assert accusations[0].target.code == "ZWEGOV"


def test_reaching_a_trade_agreement_concludes_it(code_sentence):
    text = "Chile and Peru reached a trade agreement on Friday."
    events = code_sentence(text, {"Chile": "CHL", "Peru": "PER"})
    assert events and {e.cameo.code for e in events} == {"057"}


def test_a_patterns_preposition_parsed_as_a_particle_still_matches(code_sentence):
    # Phoenix writes "take (over town)"; the model reads "over" as the verb's particle and
    # "the town" as its object
    text = "Armed settlers took over the village near Hebron on Tuesday."
    events = code_sentence(text, {"Armed settlers": "ISRSET", "Hebron": "PSE"})
    assert "192" in [e.cameo.code for e in events], [e.cameo.code for e in events]


def test_the_one_punished_for_an_act_did_it(parser, coder):
    for text in ("The court sentenced the blogger for insulting the king.",
                 "The blogger was jailed for insulting the king."):
        events = resolved_and_coded(parser, coder, text)
        insults = [(e.source and e.source.text, e.target and e.target.text)
                   for e in events if e.cameo.code == "111"]
        assert insults and insults[0][0].lower() == "the blogger", (text, insults)
