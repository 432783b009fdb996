"""Sector nouns (peacekeepers, strikers, survivors, aid agencies,
investigators) and "who" nouns that name someone's side, not the one named (critics,
opponents, supporters): a mention with no code rather than the possessor's."""

from __future__ import annotations

from actors_helpers import codes


def test_peacekeepers_are_their_country_s_troops(resolve):
    ms = resolve("About 300 Rwandan peacekeepers left for the Central African Republic.")
    assert codes(ms, "About 300 Rwandan peacekeepers") == ["RWAMIL"]


def test_strikers_are_labour(resolve):
    ms = resolve("Chilean strikers blocked the road to the copper mine on Monday.")
    assert codes(ms, "Chilean strikers") == ["CHLLAB"]


def test_survivors_are_civilians(resolve):
    ms = resolve("Haitian survivors of the earthquake waited for food on Friday.")
    assert codes(ms, "Haitian survivors") == ["HTICVL"]


def test_aid_agencies_are_ngos(resolve):
    ms = resolve("International aid agencies said they could not reach the flooded villages.")
    assert codes(ms, "International aid agencies") == ["NGODEV"]


def test_humanitarian_workers_are_ngos_not_labour(resolve):
    ms = resolve("Humanitarian workers were evacuated from the town on Sunday.")
    assert codes(ms, "Humanitarian workers") == ["NGODEV"]


def test_investigators_are_police(resolve):
    ms = resolve("Spanish investigators questioned the former mayor of the town.")
    assert codes(ms, "Spanish investigators") == ["ESPCOP"]


def test_critics_of_a_leader_have_no_code(resolve):
    ms = resolve("The Hungarian prime minister's critics say the law silences the press.")
    assert codes(ms, "The Hungarian prime minister's critics") == [None]


def test_supporters_of_a_party_have_no_code(resolve):
    ms = resolve("Thousands of opposition party supporters marched in Harare on Saturday.")
    assert codes(ms, "opposition party supporters") == [None]


def test_allies_of_a_named_person_are_not_that_person(resolve):
    ms = resolve("Putin's allies in the Duma passed the bill on Wednesday.")
    assert codes(ms, "Putin's allies") == [None]
    assert codes(ms, "Putin") == ["RUSGOV"]  # still an actor of his own


def test_allies_of_an_alliance_are_its_members(resolve):
    ms = resolve("NATO allies agreed to send more ships to the Baltic Sea.")
    assert codes(ms, "NATO allies") == ["IGOWSTNAT"]


def test_aid_workers_in_a_country_stay_an_aid_organisation():
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    text = "Gunmen attacked aid workers in eastern Chad on Tuesday."
    [(_, events)] = list(code_articles([Article(id="a", text=text)], locate=False))
    attack = [e for e in events if e.cameo.root == "18"]  # gunmen on civilians: 180
    assert attack and attack[0].target is not None and attack[0].target.code == "NGODEV"


def test_state_bodies_and_guards(resolve):
    ms = resolve("The Iraqi Republican Guard and the Justice Department were named.")
    assert codes(ms, "The Iraqi Republican Guard") == ["IRQMIL"]
    ms = resolve("Russia's security services said they had foiled a plot.")
    assert codes(ms, "Russia's security services") == ["RUSSPY"]


def test_miners_and_tribal_elders(resolve):
    ms = resolve("Striking Bolivian miners clashed with police in La Paz.")
    assert codes(ms, "Striking Bolivian miners") == ["BOLLAB"]
    ms = resolve("Afghan tribal elders met the governor of the province.")
    assert codes(ms, "Afghan tribal elders") == ["AFGCVL"]


def test_company_legal_form_makes_a_business(resolve):
    ms = resolve("Miners went on strike against Southern Copper Corp on Monday.")
    assert codes(ms, "Southern Copper Corp") == ["BUS"]
    ms = resolve("Acme Holdings Inc. denied the allegations.")
    assert codes(ms, "Acme Holdings Inc.") == ["BUS"]
