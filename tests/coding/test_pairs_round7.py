"""Who did it to whom, round seven."""

from __future__ import annotations

from eventwire.actors import default_resolver
from eventwire.records import Article


def pairs(events, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_a_thing_returned_after_a_clause_of_its_loss_goes_to_the_receiver(code_sentence):
    # the parser hangs "to its owner" on "looted"; nothing is looted to anyone
    text = "Dutch police returned a golden crown that was looted in 1945 to its owner."
    events = code_sentence(text, {"Dutch police": "NLDCOP"})
    assert ("Dutch police", "its owner") in pairs(events, "08")


def test_a_thing_returned_after_a_missing_clause_goes_to_the_receiver(code_sentence):
    text = "The agency returned a carved door, missing for decades, to the Egyptian museum."
    events = code_sentence(text, {"The agency": "USAGOV", "the Egyptian museum": "EGY"})
    assert ("The agency", "the Egyptian museum") in pairs(events, "08")


def test_a_thing_returned_after_a_lost_clause_goes_to_the_receiver(code_sentence):
    text = "Police returned the sculpture, lost since 1990, to the Greek government."
    events = code_sentence(text, {"Police": "ITACOP", "the Greek government": "GRCGOV"})
    assert ("Police", "the Greek government") in pairs(events, "08")


def test_the_possessor_of_support_expressed_is_the_givers_side(code_sentence):
    # the minister's own government gives the support; the talks' parties receive it
    text = ("The Kenyan foreign minister reiterated the Kenyan government's support for the "
            "peace talks among Somali clan leaders.")
    events = code_sentence(text, {"The Kenyan foreign minister": "KENGOV",
                                  "the Kenyan government": "KENGOV",
                                  "Somali clan leaders": "SOMOPP"})
    assert ("The Kenyan foreign minister", "Somali clan leaders") in pairs(events, "05")


def test_the_possessor_of_a_decision_defended_stays_the_target(code_sentence):
    text = "The Austrian chancellor defended Austria's decision to close its border crossings."
    events = code_sentence(text, {"The Austrian chancellor": "AUTGOV", "Austria": "AUT"})
    assert ("The Austrian chancellor", "Austria") in pairs(events, "05")


def test_a_pattern_noun_a_dictionary_lists_is_no_target(code_sentence):
    # "troop" names the act (a deployment approved), not whom it was done to
    text = "The Kenyan parliament approved troop deployments in Somalia."
    events = code_sentence(text, {"The Kenyan parliament": "KENLEG", "troop": "---MIL",
                                  "Somalia": "SOM"})
    assert ("The Kenyan parliament", "Somalia") in pairs(events, "03")



def test_a_caption_pair_set_off_by_a_position_word_meets_jointly(code_sentence):
    # the parser hangs "and" on "left": both leaders attend, each with the other
    text = ("French President Emmanuel Macron, left, and German Chancellor Olaf Scholz attend "
            "a summit in Brussels on Friday.")
    events = code_sentence(text, {"French President Emmanuel Macron": "FRAGOV",
                                  "German Chancellor Olaf Scholz": "DEUGOV", "Brussels": "BEL"})
    assert ("French President Emmanuel Macron", "German Chancellor Olaf Scholz") in \
        pairs(events, "04")


def test_a_caption_position_word_parsed_as_a_verb_still_joins_the_pair(code_sentence):
    # parsed as "Robertson left" and "Little hold": Robertson holds it too
    text = ("New Zealand Deputy Prime Minister Grant Robertson, left, and Minister for Health "
            "Andrew Little hold a press conference at Parliament, in Wellington, on Monday.")
    events = code_sentence(text, {"New Zealand Deputy Prime Minister Grant Robertson": "NZLGOV",
                                  "Minister for Health Andrew Little": "NZLGOV",
                                  "Wellington": "NZL"})
    assert "New Zealand Deputy Prime Minister Grant Robertson" in {
        s for r in ("01", "04") for s, _ in pairs(events, r)}


def test_a_subject_that_left_is_no_joint_subject(code_sentence):
    text = "The president left, and the minister held a news conference in Tokyo on Thursday."
    events = code_sentence(text, {"The president": "JPNGOV", "the minister": "JPNGOV",
                                  "Tokyo": "JPN"})
    assert all(s == "the minister" for s, _ in pairs(events, "01"))


def test_a_passive_undoing_targets_whom_its_subject_touched(code_sentence):
    # the subject is the act undone; the agent undid it on the actor inside the subject
    text = "Sanctions against Iran were lifted by the European Union in 2016."
    events = code_sentence(text, {"Iran": "IRN", "the European Union": "EUR"})
    assert ("the European Union", "Iran") in pairs(events, "08")


def test_a_passive_easing_targets_those_restricted(code_sentence):
    text = "Restrictions on Palestinian workers were eased by Israel on Sunday."
    events = code_sentence(text, {"Palestinian workers": "PSEBUS", "Israel": "ISR"})
    assert pairs(events, "08") == [("Israel", "Palestinian workers")]


def test_a_show_of_force_is_no_target_of_its_own(parser, coder):
    # "force" names the display (CAMEO 150), though a dictionary lists it as a military;
    # the warships it was staged with are its means; the place it was staged near is the target
    text = "The Chinese navy staged a show of force near Taiwan with warships and bombers."
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    events = coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))
    assert pairs(events, "15") == [("The Chinese navy", "Taiwan")]


def test_a_leading_acronym_parsed_as_an_adverb_is_the_subject(code_sentence):
    text = "USAID gave food aid to Chad."
    events = code_sentence(text, {"USAID": "USAGOVDEV", "Chad": "TCD"})
    assert ("USAID", "Chad") in pairs(events, "07")


def placed_events(parser, coder, text: str):
    doc = parser(text)
    mentions = default_resolver().resolve(doc, "2019-01-01", places=True)
    return coder.code(doc, mentions, Article(id="t", text=text, published="2019-01-01"))


def test_an_act_on_no_actor_targets_where_its_subject_is(parser, coder):
    # a demonstration at no one and over nothing named: where the protesters are
    events = placed_events(parser, coder, "Students in Lagos demonstrated on Monday.")
    assert [t for _, t in pairs(events, "14")] == ["Lagos"]


def test_a_strike_in_no_place_targets_where_its_subject_is(parser, coder):
    text = "Miners in the western province went on strike on Monday."
    events = placed_events(parser, coder, text)
    assert [t for _, t in pairs(events, "14")] == ["the western province"]


def test_a_pronoun_subject_takes_its_speakers_place(parser, coder):
    text = "Miners in the western province said they will go on strike on Monday."
    events = placed_events(parser, coder, text)
    assert "the western province" in [t for _, t in pairs(events, "14")]
