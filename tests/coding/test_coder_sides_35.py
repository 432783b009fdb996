"""Round 35a: who acts on whom in aid and in eased sanctions.

Aid (CAMEO 070-073) goes to its recipient. Where foreign donors give aid and the text names no
recipient, no people nor place it went to ("ten countries provide assistance in the form of
money and tents"), the aid is for the country the article is set in (its dateline's, else the
one country the story is about), when the aid's sentence or the one before names that
country: a regional story filed from one city is not about that city's country. Each donor
of a list gets its own event with that target. A donor of that same country, or a donor only
a pronoun names, keeps its target as it was.

A general licence, waiver or exemption (CAMEO 085, easing economic sanctions) eases a sanction
on the party it lets others trade with ("a licence letting its own firms sell to X"),
not on those it lets trade, who are most often the issuer's own firms.
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def facts(text: str, root: str) -> list:
    return [e for e in code_text(text) if e.is_fact and e.cameo.root == root]


def sides(event) -> tuple[str | None, str | None]:
    return (event.source.code if event.source else None,
            event.target.code if event.target else None)


FLOOD_STORY = (
    "LILONGWE, Malawi (AP) -- Floods have cut off roads across the south of the country. "
    "An aid official said roads into the flood zone had reopened, as ten countries including "
    "Japan, Germany and France are sending aid as cash, tents and blankets.")


def test_each_listed_donor_gives_aid_to_the_country_of_the_dateline():
    found = facts(FLOOD_STORY, "07")
    assert found
    assert {sides(e) for e in found} == {("JPN", "MWI"), ("DEU", "MWI"), ("FRA", "MWI")}, \
        [sides(e) for e in found]


@pytest.mark.parametrize("text, donors, country", [
    # no dateline: the one country the story's places are in
    ("Floods have cut off roads across southern Malawi, killing 40 people. Japan, Germany "
     "and France are sending aid as cash, tents and blankets.",
     {"JPN", "DEU", "FRA"}, "MWI"),
    ("ACCRA, Ghana -- President Mahama thanked donors on Monday. Japan sent food aid "
     "last week.", {"JPN"}, "GHA"),
])
def test_aid_with_no_recipient_named_goes_to_the_story_country(text, donors, country):
    found = facts(text, "07")
    assert found
    assert {sides(e) for e in found} == {(d, country) for d in donors}, \
        [sides(e) for e in found]


@pytest.mark.parametrize("text, expected", [
    # a recipient named in the text stays the target
    ("LILONGWE, Malawi -- Japan gave $5 million to help families in Zambia.", "ZMB"),
    # a donor of the story's own country helps its own people, whom it would name
    ("LILONGWE, Malawi -- The government of Malawi is providing assistance in the form of "
     "money and tents.", None),
    # a story of no one country says nothing of where the aid went
    ("Japan and Germany are sending aid as cash, tents and blankets.",
     None),
    # a regional story: the country it is filed from is not named near the aid
    ("ACCRA, Ghana -- Health ministers met in Accra on Monday. A campaign across nineteen "
     "African countries will vaccinate children against polio. Its organisers said the drive "
     "would last a month. Japan has given $30 million in aid to the campaign.", None),
])
def test_aid_keeps_a_named_recipient_and_invents_none(text, expected):
    found = facts(text, "07")
    assert found
    assert {sides(e)[1] for e in found} == {expected}, [sides(e) for e in found]


@pytest.mark.parametrize("text, expected", [
    ("The United States issued a general licence permitting US firms to supply "
     "Zanotel, the Kenyan maker of telecoms equipment.", ("USA", "KEN")),
    ("The European Union granted a sanctions exemption permitting Italian firms to import gas "
     "from Russia.", ("IGOEUREEC", "RUS")),
    ("Washington extended a sanctions waiver allowing Kenyan firms to buy electricity from "
     "Iran.", ("USAGOV", "IRN")),
])
def test_a_licence_eases_the_sanction_on_the_party_others_may_trade_with(text, expected):
    found = facts(text, "08")
    assert [sides(e) for e in found] == [expected], [sides(e) for e in found]
    assert found[0].cameo.code == "085"


def test_a_licence_to_a_name_no_dictionary_knows_does_not_go_to_the_issuers_firms():
    found = facts("The United States issued a general licence permitting US firms to "
                  "sell equipment to Tembo Networks.", "08")
    assert [sides(e) for e in found] == [("USA", None)], [sides(e) for e in found]
    assert found[0].target is not None and found[0].target.text == "Tembo Networks"


def test_a_licence_naming_no_one_traded_with_keeps_the_ones_it_lets_act():
    found = facts("The United States granted a general licence allowing Kenyan banks to "
                  "process payments.", "08")
    assert [sides(e) for e in found] == [("USA", "KENBUS")], [sides(e) for e in found]

