"""Round 37c: orders to one's own, and hosts and guests.

An order a party gives its own troops, police, ministries or officials is the party's own act
done through its agents (CAMEO codes a state's act done by its agents as the state's): "Kenya
ordered its troops to withdraw from the border" is Kenya's withdrawal (087), no demand of its
own army (105x). An order to another party, another country's forces, or one a court gives the
police, stays a demand (10x).

Hosting a visitor (CAMEO 043 Host a visit) is met by the guest's visit (042): "X hosted his
counterpart for talks" codes both, where the text says the guest came to talk (a bare "hosted
X", "received X" tells the reception only), unless many countries' leaders gather.
"""

from __future__ import annotations

import pytest

from eventwire import code_text


def facts(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code) for e in code_text(text) if e.is_fact]


@pytest.mark.parametrize("text, expected, root", [
    ("Kenya ordered its troops to withdraw from the border with Somalia on Monday.",
     ("KEN", "SOM"), "08"),
    ("The Zambian president told all government departments to suspend cooperation with "
     "Malawi.", ("ZMBGOV", "MWI"), "16"),
])
def test_an_order_to_ones_own_is_the_act_itself(text, expected, root):
    found = facts(text)
    assert any((s, t) == expected and c[:2] == root for s, t, c in found), found
    assert not any(c[:2] == "10" for _, _, c in found), found


def test_an_order_to_ones_own_police_releases_no_demand():
    found = facts("The Ghanaian government ordered police to release the protesters.")
    assert any(s == "GHAGOV" and c[:3] == "084" for s, _, c in found), found
    assert not any(c[:2] == "10" for _, _, c in found), found


@pytest.mark.parametrize("text, asked", [
    ("Kenya ordered Somalia to pull its troops back from the frontier.", "SOM"),
    ("Kenya ordered the Somali police to release the protesters.", "SOMCOP"),
    ("A Nairobi court ordered police to free the journalist.", "KENCOP"),
])
def test_an_order_to_another_stays_a_demand(text, asked):
    found = facts(text)
    assert any(c[:2] == "10" and t == asked for _, t, c in found), found


def test_the_guest_visits_the_host():
    found = facts("President Banda hosted his Zambian counterpart for talks in Lilongwe on "
                  "Monday.")
    assert ("MWIGOV", "ZMBGOV", "043") in found, found
    assert ("ZMBGOV", "MWIGOV", "042") in found, found


def test_the_guest_received_for_talks_visits_the_host():
    found = facts("The Kenyan president received the Ghanaian foreign minister for talks in "
                  "Nairobi on Tuesday.")
    assert ("GHAGOV", "KENGOV", "042") in found, found


def test_a_bare_reception_tells_the_hosting_only():
    found = facts("The Kenyan president received the Ghanaian foreign minister in Nairobi on "
                  "Tuesday.")
    assert ("KENGOV", "GHAGOV", "043") in found, found
    assert not any(c == "042" for _, _, c in found), found


def test_leaders_at_a_summit_hosted_pay_no_visit_each():
    found = facts("The Kenyan president hosted the leaders of Ghana, Zambia and Malawi at a "
                  "summit in Nairobi.")
    assert any(c == "043" for _, _, c in found), found
    assert not any(c == "042" for _, _, c in found), found


def test_no_one_visits_itself():
    found = facts("The Kenyan foreign minister hosted Kenyan government officials in Nairobi "
                  "for talks on trade.")
    assert not any(c == "042" for _, _, c in found), found
