"""A dateline ("NAIROBI, Kenya --") is where the story was filed: no part of the phrase after it."""

from __future__ import annotations

from actors_helpers import codes


def test_a_subject_hung_on_a_dateline_is_its_own_mention(resolve):
    # the parser makes the subject an appositive of the dateline's place
    ms = resolve("THE HAGUE, Netherlands -- A United Nations prosecutor has charged a former "
                 "Kenyan minister with contempt of court.")
    assert codes(ms, "A United Nations prosecutor") == ["IGOUNO"]
    assert not any(m.text.startswith("THE HAGUE") and m.end > 30 for m in ms)


def test_a_named_subject_after_a_dateline(resolve):
    ms = resolve("MANILA, Philippines -- President Rodrigo Duterte would respect the ruling.")
    assert codes(ms, "President Rodrigo Duterte") == ["PHLGOV"]
