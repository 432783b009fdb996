"""Round 36b: who does it to whom.

- An act done on talks (walking out of them, rejecting or resuming them) is aimed at the party
  the talks are with, not at the city they are held in (CAMEO: the target is the other party
  of the interaction; a venue is no party).
- Talks counted in a spell of time ("two days of talks with X") are the talks of whoever went
  to them.
- Joint subjects of two countries that swap or trade something of their own ("exchanged
  prisoners", "traded fire") act on each other, as CAMEO codes mutual acts in both directions;
  their own prisoners or guns are no third party.
- Praise and reproach of an act named by its owner ("hailed Malawi's policy") are aimed at that
  owner (CAMEO 051, 11x, 12x), not at anyone the act's own phrase names; where the possessor
  is the one the act was done to ("the journalist's arrest"), it stays the target as before.
"""

from __future__ import annotations

from eventwire import code_text


def facts(text: str, code_prefix: str) -> list:
    return [e for e in code_text(text) if e.is_fact and e.cameo.code.startswith(code_prefix)]


def sides(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def test_walking_out_of_talks_is_aimed_at_the_other_party_not_the_venue():
    found = facts("Ghana's delegation walked out of negotiations with Togo in Abuja on "
                  "Wednesday, officials said.", "16")
    assert sides(found) == {("GHA", "TGO")}


def test_rejecting_talks_with_a_party_is_aimed_at_that_party():
    found = facts("The Zambian government on Tuesday rejected holding talks with Malawi in "
                  "Geneva, with a spokesman saying the timing was wrong.", "12")
    assert sides(found) == {("ZMB", "MWI")}


def test_talks_counted_in_days_are_the_visitors():
    found = facts("Kenya's foreign minister arrived in Lusaka on Monday for two days of talks "
                  "with her Zambian counterpart on trade, officials said.", "04")
    assert ("KEN", "ZMB") in sides(found)


def test_joint_parties_exchanging_their_own_prisoners_act_on_each_other():
    found = facts("Kenya and Uganda exchanged 40 prisoners of war each on Saturday.", "08")
    assert sides(found) == {("KEN", "UGA"), ("UGA", "KEN")}


def test_joint_forces_trading_fire_fire_at_each_other():
    found = facts("Kenyan and Ugandan forces traded artillery fire for several hours along the "
                  "border on Tuesday night.", "19")
    assert sides(found) == {("KEN", "UGA"), ("UGA", "KEN")}


def test_praise_of_a_policy_is_for_its_owner():
    found = facts("Zambia's health minister hailed Malawi's refugee policy as a model on "
                  "Monday.", "05")
    assert sides(found) == {("ZMB", "MWI")}


def test_welcoming_a_release_is_for_the_one_who_released():
    found = facts("The UN human rights chief welcomed Kenya's release of more than 300 "
                  "detainees.", "05")
    assert {e.target.code for e in found if e.target} == {"KEN"}, found


def test_condemning_an_expulsion_by_a_state_is_aimed_at_that_state():
    found = facts("Kenya's president condemned Uganda's expulsion of two aid workers.", "11")
    assert sides(found) == {("KEN", "UGA")}


def test_the_one_arrested_stays_the_target_when_the_possessor_underwent_the_act():
    found = facts("Ghana condemned the Togolese journalist's arrest in Lome.", "11")
    assert found and all(e.target is not None and e.target.country != "GHA" for e in found)


def test_a_protest_is_aimed_at_whom_its_demand_is_of():
    # CAMEO 14: a protest is aimed at the actor whose act it opposes or whose concession it
    # seeks; "to demand that X pay" names that actor
    found = facts("Farmers blocked the main highway with tractors for six hours on Saturday to "
                  "demand that the Kenyan government pay compensation for crop losses.", "14")
    assert [e.target.code for e in found if e.target] == ["KENGOV"]
    found = facts("Hundreds of Ghanaian refugees rallied in a camp in Togo on Thursday to "
                  "demand that Ghana grant them citizenship.", "14")
    assert sides(found) == {("GHA", "GHA")}



def test_a_strike_given_in_to_was_aimed_at_the_one_who_gave_in():
    # CAMEO 14 targets the authority whose concession a protest seeks; one who bows or gives in
    # to a strike (CAMEO 080) is that authority, and yields to the strikers, not to the strike
    found = facts("The Kenyan government gave in to a week-long strike by doctors and raised "
                  "their pay.", "14")
    assert [e.target.code for e in found if e.target] == ["KENGOV"]
    found = facts("The Malawian government caved in to protests by farmers and cut fertiliser "
                  "prices.", "08")
    assert [e.target.sector for e in found if e.target] == ["AGR"]
