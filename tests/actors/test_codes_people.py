"""'People' (Phoenix PPL) is a sector like civilians: a mention of people with no country
takes the country of where the act was done."""

from __future__ import annotations

from actors_helpers import by_text

from eventwire.actors import codes as cameo
from eventwire.pipeline import code_articles
from eventwire.records import Article


def test_people_is_a_sector():
    assert cameo.split("PPL") == (None, "PPL")
    assert cameo.readable("NERPPL") == "Niger people"


def test_people_mention_has_the_sector(resolve):
    m = by_text(resolve("Soldiers evacuated 200 people from the flooded town."), "200 people")[0]
    assert (m.code, m.country, m.sector) == ("PPL", None, "PPL")


def test_people_killed_in_a_country_are_of_that_country():
    text = "Gunmen killed 30 people at a market in northern Burkina Faso on Sunday."
    [(_, events)] = list(code_articles([Article(id="a", text=text)], locate=False))
    killed = [e for e in events if e.cameo.root in ("18", "19", "20")]
    assert killed and killed[0].target is not None and killed[0].target.code == "BFAPPL"
