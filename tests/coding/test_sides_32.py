"""Round 32d: nouns that name no act that happened, and acts that are only wished, feared or
made possible.

An act named by a noun that one avoids, refrains from or stops short of is not done (negated),
as "avoided criticising X" is. A threat that something is (the predicate of 'be', or what it
is seen as) is no threat made; an attack that a thing is said to be is no attack. What one
would like to see done, is wary of doing, has as a task, threatens, or what a way was
paved for, or has no choice but to do, is not done either: each keeps a modality and is no
fact. Co-mediators mediate between others, not for each other; one who appears in court
undergoes the legal act, by the court."""

from __future__ import annotations

from eventwire import code_text


def sides(events, root=None):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code, e.modality, e.negated) for e in events
            if root is None or e.cameo.root == root]


def facts(text, root):
    return [e for e in code_text(text) if e.cameo.root == root and e.is_fact]


def test_an_act_avoided_or_refrained_from_is_negated():
    for text in ("The Zambian cabinet avoided open criticism of Kenya's army.",
                 "Ghana refrained from any criticism of the Kenyan government.",
                 "Zambia stopped short of sanctions against Kenya's banks."):
        events = [e for e in code_text(text) if e.cameo.root in ("11", "16")]
        assert events and all(e.negated for e in events), (text, sides(events))
        assert not [e for e in events if e.is_fact], (text, sides(events))
    # what is not avoided is done
    text = "Zambia did not avoid sharp criticism of Kenya's army."
    assert facts(text, "11"), sides(code_text(text))


def test_a_threat_that_something_is_is_no_threat_made():
    for text in ("The border clashes are a grave threat to the Zambian government.",
                 "Kenya remains a threat to Zambia, the minister said.",
                 "Ghana sees Kenya as a threat to Zambia."):
        assert not facts(text, "13"), (text, sides(code_text(text)))
    # a threat made, a warning given or threats there have been are acts
    for text in ("Kenya's threat to Zambia was made on Monday.",
                 "Ms Adeyemi's words were the latest warning to Kenya.",
                 "There have been threats from Kenya against Zambia."):
        assert facts(text, "13"), (text, sides(code_text(text)))


def test_an_attack_that_a_thing_is_said_to_be_is_no_force():
    text = "The new media law is an attack on Kenya's press, Ghana said."
    assert not facts(text, "19"), sides(code_text(text))
    # an act, or a pronoun for one, that was an attack is one
    for text, root in (("The raid was an attack on Kenyan troops.", "19"),
                       ("The explosion was an attack on Kenyan soldiers.", "19"),
                       ("The murders in Lusaka are the first attacks on Zambian officials.", "19"),
                       ("What happened was the killing of Kenyan pastors.", "18")):
        assert facts(text, root), (text, sides(code_text(text)))


def test_what_is_only_threatened_is_not_done():
    text = "Kenya's threat of sanctions against Zambia worked."
    assert not facts(text, "16"), sides(code_text(text))


def test_an_act_wished_feared_or_set_as_a_task_is_not_done():
    for text, root in (("Ghana would like to see Kenya agree to a ceasefire.", "03"),
                       ("Ghana wants to see Kenya sign the border treaty.", "05"),
                       ("Zambia is wary of offering concessions to Kenya.", "03"),
                       ("The dispute complicated the task of signing a deal with Kenya.", "05")):
        assert not facts(text, root), (text, sides(code_text(text)))
    text = "Ghana saw Kenya sign the border treaty."
    assert facts(text, "05"), sides(code_text(text))
    text = "The goal of Ghana's assistance to Kenya is to help the country."  # the aim of an
    assert facts(text, "07"), sides(code_text(text))  # act that was done


def test_an_act_a_way_was_paved_for_is_not_done():
    for text, root in (("The court ruling paved the way for Kenya's annexation of Zambian land.",
                        "19"),
                       ("The vote cleared the way for sanctions against Kenya.", "16")):
        assert not facts(text, root), (text, sides(code_text(text)))


def test_what_one_has_no_choice_but_to_do_is_not_done():
    text = "Kenyan police said the rebels had no choice but to surrender to the army."
    events = [e for e in code_text(text) if e.cameo.root == "08"]
    assert events and not any(e.is_fact for e in events), sides(events)


def test_co_mediators_are_not_each_others_target():
    for text in ("The ceasefire was mediated by Ghana and Zambia.",
                 "Ghana and Zambia mediated the talks between Kenya and Uganda."):
        pairs = [s[:2] for s in sides(code_text(text), "04")]
        assert ("GHA", "ZMB") not in pairs and ("ZMB", "GHA") not in pairs, (text, pairs)
    pairs = [s[:2] for s in sides(code_text(
        "Ghana and Zambia mediated the talks between Kenya and Uganda."), "04")]
    assert ("GHA", "KEN") in pairs and ("ZMB", "UGA") in pairs, pairs


def test_one_who_appears_in_court_is_the_target():
    text = "Ms Adeyemi, a Ghanaian activist, appeared in a Kenyan court on Monday."
    events = [e for e in code_text(text) if e.cameo.root == "17"]
    assert events and all(e.target is not None and e.target.code == "GHAOPP" for e in events), \
        sides(events)
    assert ("KENJUD", "GHAOPP") in [s[:2] for s in sides(events)], sides(events)
