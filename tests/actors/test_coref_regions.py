"""A region named before "the government" is no state to lend it a country."""

from eventwire.pipeline import code_text


def test_the_government_after_a_region_is_not_the_regions_and_does_not_crash():
    text = "Storms battered Southeast Asia on Monday, and the government ordered the army to help."
    events = code_text(text)
    assert events, "the order is still coded"
    assert all((e.source.code or "") in ("GOV", "MIL") for e in events if e.source)
