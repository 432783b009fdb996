"""Who did it to whom, round 9: subjects and targets the coder chose wrong, in sentences
written for these tests."""

from __future__ import annotations


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_an_act_on_a_thing_in_relation_to_an_actor_targets_that_actor(code_sentence):
    text = "The council imposed new sanctions in relation to Iran in 2010."
    events = code_sentence(text, {"The council": "IGOUNO", "Iran": "IRN"})
    assert pairs(events, "16") == [("The council", "Iran")]



def test_a_team_sent_somewhere_is_the_senders_own_not_the_target(code_sentence):
    text = "The health ministry sent a team of surgeons, equipment and drugs to the hospital."
    events = code_sentence(text, {"The health ministry": "KENGOV", "surgeons": "HLH",
                                  "the hospital": "KENHLH"})
    assert [(s, t) for e in events for s, t in pairs([e], e.cameo.root)] == [
        ("The health ministry", "the hospital")]



def test_a_counterpart_named_beside_is_the_person_named_with_the_described_code(code_sentence):
    text = "The Kenyan president met his Ugandan counterpart, Moses Okot, in Nairobi."
    events = code_sentence(text, {"The Kenyan president": "KENGOV", "his": "KENGOV",
                                  "Ugandan": "UGA", "Nairobi": "KEN"})
    met = [e for e in events if e.cameo.root == "04"]
    assert [(e.target.text, e.target.code) for e in met] == [("Moses Okot", "UGA")]


def test_a_caption_listing_two_officials_joins_both(code_sentence):
    text = ("Turkish President Ali Demir, second left, and Turkish Prime Minister Omer Kaya, "
            "left, attended a cabinet meeting in Ankara, Turkey, Tuesday, Jan. 14, 2020.")
    events = code_sentence(text, {"Turkish President Ali Demir": "TURGOV",
                                  "Turkish Prime Minister Omer Kaya": "TURGOV",
                                  "Ankara, Turkey": "TUR"})
    assert set(pairs(events, "04")) == {
        ("Turkish President Ali Demir", "Turkish Prime Minister Omer Kaya"),
        ("Turkish Prime Minister Omer Kaya", "Turkish President Ali Demir")}


def test_a_speakers_must_with_no_agent_is_the_speakers_stand(code_sentence):
    text = ("The Kenyan president said on Monday that the rebel leader must not be allowed "
            "to ignore the ceasefire.")
    events = code_sentence(text, {"The Kenyan president": "KENGOV",
                                  "the rebel leader": "KENREB"}, facts_only=False)
    allowed = [e for e in events if e.evidence.trigger.startswith("allow")]
    assert allowed and all(e.source is not None and e.source.text == "The Kenyan president"
                           for e in allowed)


def test_what_one_meets_someone_to_discuss_is_discussed_with_them(code_sentence):
    text = "The Kenyan president hosted the Ugandan leader to discuss trade."
    events = code_sentence(text, {"The Kenyan president": "KENGOV",
                                  "the Ugandan leader": "UGAGOV"})
    discussed = [e for e in events if e.evidence.trigger.startswith("discuss")]
    assert [(e.source.text, e.target.text) for e in discussed] == [
        ("The Kenyan president", "the Ugandan leader")]
