"""Time-aware codes: a person's dated roles, and their country alone outside them."""

from __future__ import annotations

import pytest
from actors_helpers import FIXTURES, codes

from eventwire.actors import ActorResolver
from eventwire.actors.dictionary import Entry, Role


def test_putin_in_2016_is_government(resolve):
    assert codes(resolve("Putin met Erdogan in Sochi.", "2016-08-09"), "Putin") == ["RUSGOV"]


def test_outside_every_dated_role_is_the_country_alone():
    entry = Entry("t", "person", "x", (Role("RUSGOV", "2000-05-07", "2008-05-07"),
                                       Role("RUSELI")))
    assert entry.code_at("2004-01-01") == "RUSGOV"
    assert entry.code_at("1995-01-01") == "RUS"
    assert entry.code_at(None) == "RUS"


@pytest.fixture(scope="module")
def user_resolver():
    return ActorResolver(extra_files=[FIXTURES / "user_people.tsv"])


def test_dated_role_from_a_user_file(resolve, user_resolver):
    text = "Jane Roe visited the region."
    assert codes(resolve(text, "2020-06-01", user_resolver), "Jane Roe") == ["GBRGOV"]
    assert codes(resolve(text, "2023-06-01", user_resolver), "Jane Roe") == ["GBR"]
    assert codes(resolve(text, None, user_resolver), "Jane Roe") == ["GBR"]
