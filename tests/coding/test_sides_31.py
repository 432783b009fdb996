"""Round 31c: acts the sentence does not assert, and sides that are no party.

A state, or one of its organs, speaking of its own bare country speaks to no second party:
the target of the statement is left open (rebels or protesters keep it).

A deal only named (one that collapsed, is wanted or still sought) is no signing; what is
needed, feared, an opportunity or an option, plotted, or done every time or every week is no
act done: it keeps a modality and is no fact."""

from __future__ import annotations

from eventwire import code_text


def sides(events, root=None):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code, e.modality) for e in events if root is None or e.cameo.root == root]


def test_a_state_speaking_of_its_own_country_speaks_to_no_one():
    for text in ("The Zambian health ministry noted that Zambia had few cases.",
                 "Kenyan officials described Kenya as safe for tourists.",
                 "Nigeria's president stated that Nigeria would not pay."):
        said = [e for e in code_text(text) if e.cameo.root == "01"]
        assert said and all(e.source is not None and e.target is None for e in said), \
            sides(said)

    # a group that is no organ of the state keeps its country, and so does an act that is no
    # statement (a warning to its people)
    events = code_text("Kenyan rebels described Kenya as a failed state.")
    assert ("KENREB", "KEN") in [s[:2] for s in sides(events, "01")], sides(events)
    events = code_text("The Ghanaian minister warned Ghanaians about the floods.")
    assert ("GHAGOV", "GHA") in [s[:2] for s in sides(events, "13")], sides(events)

def facts(text, root):
    return [e for e in code_text(text) if e.cameo.root == root and e.is_fact]


def test_a_deal_only_named_is_no_signing():
    assert not facts("The trade deal between Kenya and Uganda collapsed.", "05"), \
        sides(code_text("The trade deal between Kenya and Uganda collapsed."))
    signed = facts("The deal between Kenya and Uganda was signed on Monday.", "05")
    assert ("KEN", "UGA") in [s[:2] for s in sides(signed)], sides(signed)


def test_funding_needed_is_not_given():
    text = "We need more funding from the Kenyan government, Ms Adeyemi said."
    events = [e for e in code_text(text) if e.cameo.root == "07"]
    assert events and not any(e.is_fact for e in events), sides(events)


def test_a_feared_extradition_and_an_opportunity_for_an_inquiry_are_not_done():
    text = "Ms Adeyemi said her fear of being extradited to Ghana kept her in hiding."
    assert not facts(text, "06"), sides(code_text(text))
    text = "There is still an opportunity for an investigation into the Kenyan minister."
    assert not facts(text, "09"), sides(code_text(text))
    text = "Zambia welcomed the possibility of receiving aid from Ghana."
    assert not facts(text, "07"), sides(code_text(text))


def test_a_plotted_attack_is_not_done():
    text = ("A Kenyan man admitted to having plotted to kill a Ugandan official and then attack "
            "a police station.")
    assert not facts(text, "19"), sides(code_text(text))
    text = "The men plotted an attack on Kenyan police."
    assert not facts(text, "19"), sides(code_text(text))


def test_what_is_done_every_time_or_every_week_is_a_habit():
    text = "Ms Adeyemi visits the Kenyan parliament every week."
    assert not facts(text, "04"), sides(code_text(text))
    text = "Every time Kenya expelled a Ugandan diplomat, Uganda expelled two Kenyan diplomats."
    assert not facts(text, "16"), sides(code_text(text))
    # one period, told in the past, is one act
    assert facts("Kenya expelled a Ugandan diplomat this time.", "16")


def test_what_a_share_of_a_people_wants_is_no_appeal():
    for text in ("Most Kenyans want parliament to investigate the minister.",
                 "Sixty percent of Zambians say they want the president to resign."):
        assert not facts(text, "02"), sides(code_text(text))
    # a state's wish still asks it of the other
    assert facts("Kenya wants Uganda to investigate the minister.", "02")


def test_what_one_does_as_a_rule_told_in_a_relative_clause_is_no_act():
    text = "The Zambian minister, who consults with Kenyan officials, said the talks would fail."
    assert not facts(text, "04"), sides(code_text(text))
    # a relative clause in the past tells an act done (a coded doer: cooperation by one no
    # dictionary knows is no fact)
    assert facts("The Zambian minister, who met Kenyan officials on Monday, said the talks "
                 "would fail.", "04")



def test_what_an_act_or_a_thing_does_in_a_relative_clause_is_still_told():
    text = "As we mourn, this terrorism that attacks worshippers must stop."
    attacks = [e for e in code_text(text) if e.cameo.root == "18"]  # terrorism: 180
    assert attacks and all(e.modality == "asserted" for e in attacks), sides(attacks)
