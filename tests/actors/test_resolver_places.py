"""A country's adjective on a place noun ("the Syrian border") names a place of that country."""

from __future__ import annotations

from actors_helpers import by_text


def test_a_country_adjective_on_a_place_noun_is_a_place(nlp, resolver):
    mentions = resolver.resolve(nlp("Turkish troops massed along the Syrian border."),
                                "2016-02-16", places=True)
    syrian = by_text(mentions, "Syrian")
    assert [(m.code, (m.entry or "").split(":")[0]) for m in syrian] == [("SYR", "place")]


def test_it_is_no_actor(resolve):
    # without places, the adjective is no actor mention at all
    assert by_text(resolve("Turkish troops massed along the Syrian border."), "Syrian") == []
