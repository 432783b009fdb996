"""Who did it to whom, round 8: subjects and targets the coder chose wrong, in sentences
written for these tests."""

from __future__ import annotations

from eventwire.actors import default_resolver
from eventwire.records import Article


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_a_name_beside_the_object_is_the_target_not_its_possessor(code_sentence):
    # "his" is the governor; the rival, named beside it, was detained
    text = "The governor said police had detained his rival, Peter Ndlovu, at the airport."
    events = code_sentence(text, {"The governor": "ZWEGOV", "police": "ZWECOP",
                                  "his": "ZWEGOV", "Peter Ndlovu": "ZWEOPP"})
    assert [t for _, t in pairs(events, "17")] == ["Peter Ndlovu"]


def test_critics_are_not_whom_they_criticise(code_sentence):
    text = "The mayor's critics said on Tuesday that she had misused city funds."
    events = code_sentence(text, {"The mayor": "USAGOV", "she": "USAGOV"})
    assert pairs(events, "11") == [("The mayor's critics", "she")]


def test_critics_of_an_actor_accuse_it(code_sentence):
    text = "Critics of the senator say he has misused public money."
    events = code_sentence(text, {"the senator": "USALEG", "he": "USALEG"})
    assert pairs(events, "11") == [("Critics of the senator", "he")]


def test_a_name_no_dictionary_knows_takes_its_appositives_code(code_sentence):
    text = "The rebels freed Maria Okello, a former Ugandan lawmaker, after two years."
    events = code_sentence(text, {"The rebels": "UGAREB", "a former Ugandan lawmaker": "UGALEG"})
    freed = [e for e in events if e.cameo.root == "08"]
    assert [(e.target.text, e.target.code) for e in freed] == [("Maria Okello", "UGALEG")]


def test_the_agent_of_a_participle_modifier_is_no_target(code_sentence):
    # Norway sponsored the negotiations; they were suspended in Oslo, not against Norway
    text = "The rebels suspended Norwegian-sponsored negotiations in Oslo after the ambush."
    events = code_sentence(text, {"The rebels": "COLREB", "Norwegian": "NOR", "Oslo": "NOR"})
    assert [t for _, t in pairs(events, "16")] == ["Oslo"]


def test_the_forces_an_actor_withdraws_are_no_target(code_sentence):
    # "its withdrawal of soldiers": the withdrawing state's own; the country left is the target
    text = "Canada has completed its withdrawal of soldiers from Haiti, the defence ministry said."
    events = code_sentence(text, {"Canada": "CAN", "its": "CAN", "soldiers": "CANMIL",
                                  "Haiti": "HTI"})
    assert ("Canada", "Haiti") in pairs(events, "08")


def test_a_withdrawal_demanded_is_aimed_at_who_withdraws(code_sentence):
    text = "The president demanded the withdrawal of all foreign troops from the region."
    events = code_sentence(text, {"The president": "SOMGOV", "all foreign troops": "ETHMIL"})
    assert ("The president", "all foreign troops") in pairs(events, "10")


def test_a_bill_that_would_sanction_is_its_sponsors_threat(code_sentence):
    text = "Two senators introduced a bill on Tuesday that would sanction Venezuelan officials."
    events = code_sentence(text, {"Two senators": "USALEG", "Venezuelan officials": "VENGOV"})
    assert ("Two senators", "Venezuelan officials") in [
        (e.source.text if e.source else None, e.target.text) for e in events]


def test_joint_subjects_acting_on_a_thing_do_not_act_on_each_other(code_sentence):
    text = "The army and allied militias shelled a hospital near the river."
    events = code_sentence(text, {"The army": "SAUMIL", "allied militias": "SAUREB"})
    assert pairs(events, "19") == [("The army", "a hospital"), ("allied militias", "a hospital")]


def test_joint_subjects_breaking_a_truce_between_them_act_on_each_other(code_sentence):
    text = "The army and the rebels violated the truce twice last week."
    events = code_sentence(text, {"The army": "SDNMIL", "the rebels": "SDNREB"})
    assert ("The army", "the rebels") in [
        (e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events]


def test_a_person_named_by_an_insult_is_its_target(code_sentence):
    # the parser makes the envoy a predicate of "called" and hangs "to the AU" on the verb
    text = "The opposition leader angrily called Togo's envoy to the African Union a stupid man."
    events = code_sentence(text, {"The opposition leader": "BENOPP", "Togo": "TGO",
                                  "the African Union": "IGOAFU"})
    assert pairs(events, "11") == [("The opposition leader", "Togo")]


def test_a_portrait_of_someone_goes_to_whom_it_was_returned(code_sentence):
    text = ("Belgium returned a painting of King Baudouin to the Congolese culture minister "
            "on Monday.")
    events = code_sentence(text, {"Belgium": "BEL", "the Congolese culture minister": "CODGOV"})
    assert [t for _, t in pairs(events, "08")] == ["the Congolese culture minister"]


def test_a_receiver_put_before_a_long_object_is_the_target(code_sentence):
    text = "Turkey offered to Somalia a military training team and a coastguard vessel last year."
    events = code_sentence(text, {"Turkey": "TUR", "Somalia": "SOM",
                                  "a military training team": "TURMIL",
                                  "a coastguard vessel": "TURMIL"})
    assert {t for _, t in pairs(events, "03")} == {"Somalia"}


def test_refugees_of_the_country_aid_would_reach_stay_the_target(parser, coder):
    # the refugees' country is guessed from the story; the beneficiary phrase names the same
    # country, so the people, not the region, are whom asylum would (not) be given
    text = "Kenya said it would not admit Tamil refugees escaping the fighting in Sri Lanka."
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    events = coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
    assert {t for _, t in pairs(events, "07")} == {"Tamil refugees"}


def test_who_acts_in_a_where_clause_is_not_acted_on(code_sentence):
    text = ("Police ordered a night curfew across the river district, where army units have "
            "been clashing with bandits.")
    events = code_sentence(text, {"Police": "NGACOP", "army units": "NGAMIL", "bandits": "CRM"})
    assert pairs(events, "10") == [("Police", "the river district")]


def test_an_act_on_no_one_is_done_where_its_subject_fights(parser, coder):
    text = "Government troops battling separatists in Cameroon declared a truce for the holidays."
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    events = coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
    assert [t for _, t in pairs(events, "08")] == ["Cameroon"]


def test_a_request_goes_to_whom_it_was_made_of_not_what_it_was_about(code_sentence):
    # the parser hangs "on the rebels" on the verb, "from Uganda" on the help
    text = "The Kenyan army sought help from Uganda on the rebels."
    events = code_sentence(text, {"The Kenyan army": "KENMIL", "Uganda": "UGA",
                                  "the rebels": "KENREB"})
    assert pairs(events, "02") == [("The Kenyan army", "Uganda")]


def test_a_government_a_speaker_calls_his_is_his_countrys(parser, coder):
    text = "The Kenyan president said on Monday that his government had detained the smugglers."
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    events = coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
    assert [e.source.code for e in events if e.cameo.root == "17"] == ["KENGOV"]


def test_forces_massed_on_a_border_face_the_country_across_it(code_sentence):
    text = "Ethiopia massed troops on its border with Eritrea on Sunday."
    events = code_sentence(text, {"Ethiopia": "ETH", "troops": "ETHMIL", "Eritrea": "ERI"})
    assert ("Ethiopia", "Eritrea") in pairs(events, "15")


def test_who_receives_an_extradited_suspect_is_the_partner(code_sentence):
    text = "Colombia extradited the cartel leader to Spain last week."
    events = code_sentence(text, {"Colombia": "COL", "the cartel leader": "COLCRM",
                                  "Spain": "ESP"})
    assert pairs(events, "06") == [("Colombia", "Spain")]


def test_sanctions_go_to_whom_they_are_on_not_to_what_they_are_over(code_sentence):
    text = "The African Union imposed sanctions on Mali over the seizure of Timbuktu."
    events = code_sentence(text, {"The African Union": "IGOAFU", "Mali": "MLI",
                                  "Timbuktu": None})
    assert pairs(events, "16") == [("The African Union", "Mali")]


def test_an_arrest_by_someone_hung_on_the_arrested_is_theirs(code_sentence):
    text = "The arrest of a prominent journalist by Egyptian security forces drew condemnation."
    events = code_sentence(text, {"a prominent journalist": "EGYMED",
                                  "Egyptian security forces": "EGYMIL"})
    assert ("Egyptian security forces", "a prominent journalist") in pairs(events, "17")


def test_a_countrys_embassy_stormed_in_a_passive_is_that_countrys(parser, coder):
    text = "The French embassy in Tripoli was stormed by an armed mob on Friday."
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    events = coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
    # the country's, not the host's (the actors stage may code the embassy itself: FRAGOV)
    assert [e.target.code[:3] for e in events if e.cameo.root == "19"] == ["FRA"]


def test_a_demand_is_aimed_at_who_is_to_act_not_at_who_would_be_touched(code_sentence):
    text = "Opposition parties demanded the cabinet suspend all economic aid to the junta."
    events = code_sentence(text, {"Opposition parties": "THAOPP", "the cabinet": "THAGOV",
                                  "the junta": "MMRMIL"})
    assert pairs(events, "10") == [("Opposition parties", "the cabinet")]


def test_a_subject_the_parser_joins_to_an_opening_phrase_is_the_subject(code_sentence):
    # the parser makes the president a conjunct of the summit's place
    text = ("At a summit in Mozambique, South African President Thabo Mbeki voiced support "
            "for the talks.")
    events = code_sentence(text, {"Mozambique": "MOZ",
                                  "South African President Thabo Mbeki": "ZAFGOV"})
    assert [s for s, _ in pairs(events, "05")] == ["South African President Thabo Mbeki"]


def test_a_meeting_that_sets_the_scene_is_the_subjects(code_sentence):
    text = ("The Kenyan president, in a meeting with the Ugandan leader in Nairobi, promised to "
            "build a new railway.")
    events = code_sentence(text, {"The Kenyan president": "KENGOV",
                                  "the Ugandan leader": "UGAGOV"})
    assert ("The Kenyan president", "the Ugandan leader") in pairs(events, "04")
    text = ("The Kenyan president, in a meeting with the Ugandan leader last week, promised to "
            "build a new railway.")
    events = code_sentence(text, {"The Kenyan president": "KENGOV",
                                  "the Ugandan leader": "UGAGOV"})
    assert ("The Kenyan president", "the Ugandan leader") in pairs(events, "04")


def test_forces_sent_to_no_place_target_whom_they_were_sent_to_act_on(code_sentence):
    text = "Fresh Kenyan peacekeepers will be deployed to replace the Burundian battalion."
    events = code_sentence(text, {"Fresh Kenyan peacekeepers": "KENMIL",
                                  "the Burundian battalion": "BDIMIL"}, facts_only=False)
    assert ("Fresh Kenyan peacekeepers", "the Burundian battalion") in [
        (e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events]


def test_asylum_sought_on_landing_is_sought_where_they_landed(code_sentence):
    text = "Over the weekend more than 300 Syrians landed in Greece, seeking asylum."
    events = code_sentence(text, {"more than 300 Syrians": "SYRREF", "Greece": "GRC"})
    assert [t for _, t in pairs(events, "02")] == ["Greece"]
