"""Round 35c: senses of frequent rules that are wrong on real news.

- A crime someone is charged with or for is a formal charge laid by the authorities (CAMEO 173),
  not a verbal accusation of crime (112x); a state "accused" of a crime is still accused.
- Civilians killed are struck by force (19x, or 18x on civilians by coding/violence.py); the
  mass killing of CAMEO 202 takes a massacre, not the word "civilians".
- To demonstrate that something is so shows it: no demonstration (CAMEO 141).
"""

from __future__ import annotations


def codes(events):
    return [(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo.code) for e in events]


def test_charged_with_a_crime_is_a_legal_charge(code_sentence):
    for text, actors in (
            ("A Lusaka man was charged with murder on Tuesday.", {"A Lusaka man": "ZMBCVL"}),
            ("Zambian police charged Mr Banda with murder.",
             {"Zambian police": "ZMBCOP", "Mr Banda": "ZMBCVL"}),
            ("Two Kenyan students were charged with terrorism in Nairobi.",
             {"Two Kenyan students": "KENEDU"})):
        found = [c for *_, c in codes(code_sentence(text, actors))]
        assert "173" in found, text
        assert not any(c.startswith("112") for c in found), text


def test_charged_for_an_offence_is_a_legal_charge(code_sentence):
    text = "Three Malawian traders were charged for violating the wildlife act."
    found = codes(code_sentence(text, {"Three Malawian traders": "MWIBUS"}))
    assert (None, "MWIBUS", "173") in found
    assert not any(c.startswith("112") for *_, c in found)


def test_accusations_stay_accusations(code_sentence):
    text = "Malawi accused Zambia of murder."
    found = codes(code_sentence(text, {"Malawi": "MWI", "Zambia": "ZMB"}))
    assert any(s == "MWI" and t == "ZMB" and c.startswith("112") for s, t, c in found)
    text = "The Zambian opposition charged that the government had rigged the vote."
    found = codes(code_sentence(text, {"The Zambian opposition": "ZMBOPP",
                                       "the government": "ZMBGOV"}))
    assert ("ZMBOPP", "ZMBGOV", "112") in found


def test_civilians_killed_are_no_mass_killing(code_sentence):
    for text, actors in (
            ("Rebels killed 12 civilians in a village in northern Malawi.",
             {"Rebels": "MWIREB", "12 civilians": "MWICVL"}),
            ("More than 300 Malawian civilians were killed during clashes over the year.",
             {"More than 300 Malawian civilians": "MWICVL"})):
        found = [c for *_, c in codes(code_sentence(text, actors))]
        assert found, text
        assert "202" not in found, text
        assert all(c[:2] in ("18", "19") for c in found), text


def test_a_massacre_is_still_a_mass_killing(code_sentence):
    text = "Soldiers massacred dozens of civilians in the Malawian village."
    found = codes(code_sentence(text, {"Soldiers": "MWIMIL", "dozens of civilians": "MWICVL"}))
    assert ("MWIMIL", "MWICVL", "202") in found


def test_demonstrating_that_shows_and_is_no_demonstration(code_sentence):
    text = "Kenya demonstrated that it could host the summit."
    assert not any(c == "141" for *_, c in codes(code_sentence(text, {"Kenya": "KEN"})))


def test_street_demonstrations_stay(code_sentence):
    for text in ("Thousands of Zambian students demonstrated in Lusaka against the government.",
                 "Zambian students demonstrated in Lusaka to demand that the government resign."):
        found = codes(code_sentence(text, {"Zambian students": "ZMBEDU",
                                           "Thousands of Zambian students": "ZMBEDU",
                                           "the government": "ZMBGOV"}))
        assert any(s == "ZMBEDU" and c == "141" for s, _, c in found), text


def test_an_act_alleged_to_have_happened_accuses_no_one(code_sentence):
    for text in ("Lusaka police said the thefts were alleged to have been committed last May.",
                 "The thefts are alleged to have occurred at a Lusaka warehouse."):
        found = codes(code_sentence(text, {"Lusaka police": "ZMBCOP"}))
        assert not any(c.startswith("11") for *_, c in found), text


def test_a_person_alleged_to_have_done_wrong_is_still_accused(code_sentence):
    for text in ("The Zambian minister is alleged to have committed fraud.",
                 "The Zambian minister is alleged to have taken bribes from a Kenyan firm."):
        found = codes(code_sentence(text, {"The Zambian minister": "ZMBGOV"}))
        assert any(t == "ZMBGOV" and c.startswith("112") for _, t, c in found), text


def test_a_crash_told_by_a_clause_on_its_time_is_no_violence(code_sentence):
    # the parser hangs the time on the verb, and the clause on the time
    text = ("Bookings fell after two crashes of the airline's plane within four months that "
            "killed a total of 200 people.")
    assert not codes(code_sentence(text, {"200 people": "PPL"}))


def test_violence_told_by_a_clause_on_its_time_stays(code_sentence):
    text = "Gunmen attacked a village in northern Malawi last week that killed 12 villagers."
    found = codes(code_sentence(text, {"Gunmen": None, "12 villagers": "MWICVL"}))
    assert any(t == "MWICVL" and c[:2] == "18" for _, t, c in found)


def test_threatening_to_a_party_as_a_danger_is_no_threat(code_sentence):
    text = "The fuel shortage is particularly threatening to Malawi, the minister said."
    assert not any(c.startswith("13") for *_, c in codes(code_sentence(text, {"Malawi": "MWI"})))


def test_threats_made_stay(code_sentence):
    text = "Rebels threatened Kenyan troops near the border."
    found = codes(code_sentence(text, {"Rebels": "KENREB", "Kenyan troops": "KENMIL"}))
    assert ("KENREB", "KENMIL", "130") in found
    text = "Rebels threatened to attack Kenyan troops near the border."
    found = codes(code_sentence(text, {"Rebels": "KENREB", "Kenyan troops": "KENMIL"}))
    assert any(s == "KENREB" and c.startswith("13") for s, _, c in found)


def test_complaining_of_symptoms_is_no_complaint(code_sentence):
    for text in ("Kenyan workers complained of symptoms such as headaches and vomiting.",
                 "Two Zambian miners complained of chest pain after the blast."):
        found = codes(code_sentence(text, {"Kenyan workers": "KENLAB",
                                           "Two Zambian miners": "ZMBLAB"}))
        assert not any(c.startswith("11") for *_, c in found), text


def test_complaints_against_a_party_stay(code_sentence):
    text = "Ghana complained of interference by Kenya in its elections."
    found = codes(code_sentence(text, {"Ghana": "GHA", "Kenya": "KEN"}))
    assert any(s == "GHA" and c == "114" for s, _, c in found)
