"""General news the tuning bench rarely shows: ordinary verbs of cooperating, asking, judging
and restricting, read as the CAMEO manual defines them.

Sentences written for these tests, in news style; actors given by hand.
"""

from __future__ import annotations

from coding_helpers import resolved_and_coded


def kinds(events):
    return [(e.cameo.code, e.plover.event) for e in events]


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.plover.event == root]


def test_working_with_another_party_is_cooperation(code_sentence):
    text = ("Since May the Kenyan health ministry has been working with UNICEF on a malaria "
            "programme.")
    events = code_sentence(text, {"the Kenyan health ministry": "KENGOVHLH",
                                  "UNICEF": "IGOUNO"})
    assert pairs(events, "COOPERATE") == [("KENGOVHLH", "IGOUNO")], kinds(events)


def test_a_warning_to_do_something_is_an_appeal(code_sentence):
    text = "Health officials in the province warned residents to stay indoors until dusk."
    events = code_sentence(text, {"Health officials": "KENGOVHLH", "residents": "KENCVL"})
    assert kinds(events) == [("020", "REQUEST")]
    assert pairs(events, "REQUEST") == [("KENGOVHLH", "KENCVL")]


def test_encouraging_someone_to_act_is_an_appeal(code_sentence):
    text = "The ministry is encouraging parents to take their children for the measles jab."
    events = code_sentence(text, {"The ministry": "KENGOVHLH", "parents": "KENCVL"})
    assert kinds(events) == [("020", "REQUEST")]


def test_a_warning_of_what_will_follow_still_threatens(code_sentence):
    text = "The minister warned the rebels that they would face the full force of the law."
    events = code_sentence(text, {"The minister": "KENGOV", "the rebels": "KENREB"})
    assert [e.plover.event for e in events] == ["THREATEN"], kinds(events)


def test_the_health_agencies_outbreak_news_names_are_actors(parser, coder):
    text = "WHO praised Angola for its quick response to the outbreak."
    events = resolved_and_coded(parser, coder, text)
    assert [(e.source.code, e.target.code) for e in events if e.source and e.target] == \
        [("IGOUNOHLHWHO", "AGO")], kinds(events)
    text = "The World Health Organisation praised Angola for its quick response to the outbreak."
    events = resolved_and_coded(parser, coder, text)
    assert [e.source.code for e in events if e.source] == ["IGOUNOHLHWHO"], kinds(events)
    text = "Farmers in Mexico accused the FDA of ruining the melon harvest."
    events = resolved_and_coded(parser, coder, text)
    assert [e.target.code for e in events if e.target and e.cameo.root == "11"] == \
        ["USAGOVHLH"], kinds(events)


def test_a_jury_and_an_attacker_are_actors(parser, coder):
    text = "A jury convicted the former mayor of fraud on Monday."
    events = resolved_and_coded(parser, coder, text)
    assert [e.source.code for e in events if e.source and e.cameo.code == "116"] == ["JUD"], \
        kinds(events)
    text = "The attacker stabbed a shopkeeper outside the market."
    events = resolved_and_coded(parser, coder, text)
    assert [e.source.code for e in events if e.source and e.plover.event == "ASSAULT"] == \
        ["CRM"], kinds(events)


def test_verbal_attacks_named_by_idiom_are_criticism(code_sentence):
    actors = {"The senator": "USALEG", "the governor": "USAGOV"}
    for text in ("The senator hammered the governor on his record on rural schools.",
                 "The senator assailed the governor as a friend of the oil industry.",
                 "The senator poured scorn on the governor's budget figures.",
                 "The senator had harsh words for the governor after the vote.",
                 "The senator made several critical statements about the governor."):
        events = code_sentence(text, actors)
        assert [(e.cameo.code, e.source.code, e.target.code) for e in events
                if e.source and e.target] == [("111", "USALEG", "USAGOV")], (text, kinds(events))


def test_kind_words_and_a_town_hammered_by_shells_are_no_criticism(code_sentence):
    events = code_sentence("The senator had kind words for the governor.",
                           {"The senator": "USALEG", "the governor": "USAGOV"})
    assert not events, kinds(events)
    events = code_sentence("Rebel artillery hammered the town on Tuesday.",
                           {"Rebel artillery": "SYRREB"})
    assert {e.plover.event for e in events} == {"ASSAULT"}, kinds(events)


def test_calling_an_act_a_sham_condemns_it(code_sentence):
    actors = {"The opposition": "KENOPP", "the government": "KENGOV"}
    for text in ("The opposition called the government's inquiry a sham.",
                 "The opposition described the government's census as a scam.",
                 "The opposition branded the government's new levy reckless."):
        events = code_sentence(text, actors)
        assert [e.cameo.code for e in events if e.source and e.source.code == "KENOPP"] == \
            ["111"], (text, kinds(events))


def test_a_quarantine_or_lockdown_imposed_restricts(code_sentence):
    actors = {"Health officials": "KENGOVHLH", "the villagers": "KENCVL"}
    for text in ("Health officials quarantined the villagers after the outbreak.",
                 "Health officials placed the villagers under quarantine for three weeks.",
                 "Health officials imposed a lockdown on the villagers."):
        events = code_sentence(text, actors)
        assert [(e.cameo.code, e.plover.event, e.source.code, e.target.code) for e in events
                if e.source and e.target] == [("172", "COERCE", "KENGOVHLH", "KENCVL")], \
            (text, kinds(events))


def test_an_offer_not_accepted_is_rejected(code_sentence):
    actors = {"The dock workers' union": "KENLAB", "the port authority": "KENGOV"}
    text = "The dock workers' union did not accept the pay offer from the port authority."
    events = code_sentence(text, actors)
    assert [(e.cameo.code, e.plover.event, e.source.code, e.target.code) for e in events] == \
        [("120", "REJECT", "KENLAB", "KENGOV")], kinds(events)


def test_what_one_chose_not_to_do_one_refused(code_sentence):
    actors = {"The dock workers' union": "KENLAB", "the port authority": "KENGOV"}
    text = "The dock workers' union chose not to meet the port authority on Monday."
    events = code_sentence(text, actors)
    assert [e.plover.event for e in events] == ["REJECT"], kinds(events)


def test_workers_who_strike_stop_work(code_sentence):
    text = "Nurses at the county hospital began to strike on Monday over unpaid wages."
    events = code_sentence(text, {"nurses": "KENHLH"}, facts_only=False)
    assert {e.plover.event for e in events} == {"PROTEST"}, kinds(events)
    events = code_sentence("Rebel fighters struck the garrison at dawn.",
                           {"Rebel fighters": "SOMREB"})
    assert {e.plover.event for e in events} == {"ASSAULT"}, kinds(events)


def test_people_gathered_at_a_rally_demonstrate(code_sentence):
    text = "Hundreds of farmers gathered at a rally in the capital to denounce the new levy."
    events = code_sentence(text, {"farmers": "KENAGR"})
    assert "PROTEST" in {e.plover.event for e in events}, kinds(events)
    assert "SUPPORT" not in {e.plover.event for e in events}, kinds(events)


def test_offers_made_to_another_party_are_an_intent_to_cooperate(code_sentence):
    text = "The port authority has made three offers to the dock workers' union since March."
    events = code_sentence(text, {"The port authority": "KENGOV",
                                  "the dock workers' union": "KENLAB"})
    assert pairs(events, "AGREE") == [("KENGOV", "KENLAB")], kinds(events)


def test_tariffs_raised_are_a_sanction_and_threatened_ones_a_threat(code_sentence):
    actors = {"Washington": "USA", "Mexican": "MEX"}
    events = code_sentence("Washington raised tariffs on Mexican cement on Friday.", actors)
    assert kinds(events) == [("163", "COERCE")]
    events = code_sentence("Washington will double tariffs on Mexican cement next month.", actors)
    assert "THREATEN" in {e.plover.event for e in events}, kinds(events)


def test_samples_sent_for_testing_are_information_shared(code_sentence):
    text = "Veterinary officials in Kenya shared blood samples with the FAO."
    events = code_sentence(text, {"Veterinary officials": "KENAGR", "the FAO": "IGOUNOAGRFAO"})
    assert [(e.cameo.code, e.plover.event) for e in events] == [("064", "COOPERATE")]
    assert pairs(events, "COOPERATE") == [("KENAGR", "IGOUNOAGRFAO")]


def test_relief_given_in_kind_is_humanitarian_aid(code_sentence):
    actors = {"The Red Cross": "NGOHLHIRC", "flood victims": "KENCVL"}
    for text in ("The Red Cross is providing flood victims with blankets and drinking water.",
                 "The Red Cross flew flood victims to safety on Sunday."):
        events = code_sentence(text, actors)
        assert [(e.cameo.code, e.source.code, e.target.code) for e in events
                if e.source and e.target] == [("073", "NGOHLHIRC", "KENCVL")], \
            (text, kinds(events))
    events = code_sentence("The Red Cross started a measles vaccination campaign in the north.",
                           actors)
    assert kinds(events) == [("073", "AID")]


def test_what_one_wants_another_to_do_is_asked_of_it(code_sentence):
    text = "Uganda wants Kenya to reopen the border crossing at Busia."
    events = code_sentence(text, {"Uganda": "UGA", "Kenya": "KEN"}, facts_only=False)
    facts = [e for e in events if e.is_fact]
    assert [(e.plover.event, e.source.code, e.target.code) for e in facts] == \
        [("REQUEST", "UGA", "KEN")], kinds(events)


def test_a_speaker_saying_another_needs_to_act_demands_it(code_sentence):
    text = "The health minister said the regional body needs to move faster on the outbreak."
    events = code_sentence(text, {"The health minister": "KENGOVHLH",
                                  "the regional body": "IGOEAC"})
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == \
        [("100", "KENGOVHLH", "IGOEAC")], kinds(events)
    text = "The health minister said the regional body does not need to move faster."
    events = code_sentence(text, {"The health minister": "KENGOVHLH",
                                  "the regional body": "IGOEAC"})
    assert not events, kinds(events)
