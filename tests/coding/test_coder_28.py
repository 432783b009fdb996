"""Round 28b: failing to do what is no assent is no refusal; the subject of a passive raising
verb ("are reported to have killed") is the doer of the perfect infinitive under it."""

from __future__ import annotations


def sides(events, root):
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in events if e.cameo.root == root]


def test_failing_to_protect_or_to_honour_rejects_nothing(code_sentence):
    # a failure refuses only an assent ("failed to agree", "failed to sign"): what one failed
    # to deliver was not refused
    text = "Kenya failed to honour the border accord with Zambia."
    events = code_sentence(text, {"Kenya": "KEN", "Zambia": "ZMB"})
    assert not sides(events, "12"), sides(events, "12")
    text = "The Ghanaian police failed to protect the striking teachers in Kumasi."
    events = code_sentence(text, {"The Ghanaian police": "GHACOP",
                                  "the striking teachers": "GHALAB"})
    assert not sides(events, "12"), sides(events, "12")
    text = "Kenya refused to reach a trade deal with Zambia after two days of talks."
    events = code_sentence(text, {"Kenya": "KEN", "Zambia": "ZMB"})
    assert ("Kenya", "Zambia") in sides(events, "12"), sides(events, "12")


def test_those_reported_to_have_killed_did_the_killing(code_sentence):
    text = "Zambian soldiers are reported to have killed six protesters near the border."
    events = code_sentence(text, {"Zambian soldiers": "ZMBMIL", "six protesters": "ZMBOPP"})
    assert sides(events, "19") == [("Zambian soldiers", "six protesters")], sides(events, "19")
    text = "Ghana is thought to have expelled two Kenyan diplomats last week."
    events = code_sentence(text, {"Ghana": "GHA", "two Kenyan diplomats": "KENGOV"})
    assert sides(events, "16") == [("Ghana", "two Kenyan diplomats")], sides(events, "16")
    # a perfect passive, and a participle with no 'to have', still take their subject as the
    # one acted on
    text = "Six protesters are thought to have been shot by Zambian soldiers."
    events = code_sentence(text, {"Zambian soldiers": "ZMBMIL", "Six protesters": "ZMBOPP"})
    assert sides(events, "19") == [("Zambian soldiers", "Six protesters")], sides(events, "19")
    text = "A Kenyan reporter was found murdered in Lusaka on Sunday."
    events = code_sentence(text, {"A Kenyan reporter": "KENMED", "Lusaka": "ZMB"})
    assert all(s != "A Kenyan reporter" for s, _ in sides(events, "18") + sides(events, "19"))


def test_who_in_a_question_not_answered_names_no_one(code_sentence):
    text = "Kenyan police did not say who attacked the Zambian embassy in Nairobi."
    events = code_sentence(text, {"Kenyan police": "KENCOP", "the Zambian embassy": "ZMBGOV"})
    assert "Kenyan police" not in [s for s, _ in sides(events, "19")], sides(events, "19")
    # a relative 'who' still stands for its antecedent
    text = "Kenyan police arrested a Zambian man who attacked the embassy in Nairobi."
    events = code_sentence(text, {"Kenyan police": "KENCOP", "a Zambian man": "ZMBCVL"})
    assert "a Zambian man" in [s for s, _ in sides(events, "19")], sides(events, "19")
