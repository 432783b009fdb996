"""Round 35: a person named in full and coded, then by surname alone.

News names a person in full with their office at first mention ("Kenya's foreign minister
Jane Wanjiru") and by surname alone after. The bare surname as a subject or object is that
person (round 34a and before); as the possessor of a sector noun ("Wanjiru's delegation",
"Tembo's ministry") it says whose that body is: the person's state's. Not where another
person of that surname is named."""

from __future__ import annotations

from actors_helpers import codes


def test_surname_possessor_gives_the_body_its_country(resolve):
    ms = resolve("Zambian Trade Minister Joseph Tembo said exports rose. "
                 "Tembo's ministry denied the report.")
    assert codes(ms, "Tembo's ministry") == ["ZMBGOV"]
    ms = resolve("Ghanaian President Kofi Mensah spoke on Monday. "
                 "Critics said Mensah's government had failed.")
    assert codes(ms, "Mensah's government") == ["GHAGOV"]


def test_surname_possessor_of_a_name_beside_its_office(resolve):
    # the story's other country (Zambia, where the talks are) is not the delegation's
    ms = resolve("Kenya's foreign minister Jane Wanjiru arrived in Lusaka on Monday. "
                 "Wanjiru's delegation met Zambian officials.")
    assert codes(ms, "Wanjiru's delegation") == ["KENGOV"]
    ms = resolve("Jane Wanjiru, Kenya's foreign minister, arrived in Lusaka on Monday. "
                 "Wanjiru's delegation met Zambian officials.")
    assert codes(ms, "Wanjiru's delegation") == ["KENGOV"]


def test_surname_two_people_share_is_no_one_in_particular(resolve):
    ms = resolve("Zambian Trade Minister Joseph Tembo said exports rose. Mary Tembo, a "
                 "Kenyan activist, disagreed. Tembo's ministry denied the report.")
    assert codes(ms, "Tembo's ministry") != ["ZMBGOV"]


def test_bare_surname_subject_and_object_keep_the_code(resolve):
    ms = resolve("Kenya's foreign minister Jane Wanjiru arrived in Lusaka on Monday. "
                 "The Zambian president later met Wanjiru.")
    assert codes(ms, "Wanjiru") == ["KENGOV"]
    ms = resolve("Ghanaian opposition leader Kwame Boateng was arrested on Monday. "
                 "Police accused Boateng of inciting violence.")
    assert codes(ms, "Boateng") == ["GHAOPP"]
