"""A "he" or "she" in what a named organisation or land reports is not that organisation or
land: "Amnesty International said she was arrested" names no arrested Amnesty. Before, the
speech verb's subject stood in for the pronoun whenever the recogniser knew no one else."""

from __future__ import annotations

from eventwire import code_text


def targets(text: str, root: str) -> list[str | None]:
    return [e.target.code if e.target else None for e in code_text(text)
            if e.cameo.root == root]


def test_a_named_organisation_or_land_is_no_he_or_she():
    assert targets("Amnesty International said she was arrested by Kenyan police.", "17") \
        == [None]
    assert targets("Kenya said he was arrested by Zambian police.", "17") == [None]


def test_a_named_person_still_is():
    events = [e for e in code_text("The Zambian minister said he would visit Kenya.")
              if e.cameo.root == "03"]
    assert events and events[0].source.code == "ZMBGOV"
