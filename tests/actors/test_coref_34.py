"""Coreference, round 34: who "they", "the man" and "Mr X" are across sentences.

"they" stands for a body of people named before, never for one person or one state by its
name, and is left unresolved where two bodies of the sentence before may be meant; "the man",
"the woman" name again the one person the story just described, with that description's
code; an official described without a name and then named by a title and surname alone ("Mr
Banda said") is one person, whose surname takes the description's code."""

from __future__ import annotations

from actors_helpers import codes, pronoun


def test_they_after_two_bodies_of_one_sentence_is_no_one(resolve):
    ms = resolve("Zambian police fired tear gas at protesters on Monday. "
                 "They arrested 20 people.")
    assert pronoun(ms, "They") is None
    # the object and a subject of another code: "they" may be both
    ms = resolve("Zambia's president met Kenyan envoys on Monday. They discussed trade.")
    assert pronoun(ms, "They") is None


def test_they_after_one_body_is_that_body(resolve):
    ms = resolve("Protesters in Lusaka burned tyres on Monday. "
                 "They demanded the minister's resignation.")
    assert pronoun(ms, "They").code == "ZMBOPP"
    ms = resolve("Kenyan rebels attacked a village on Monday. They killed ten villagers.")
    assert pronoun(ms, "They").code == "KENREB"
    # in its own sentence the grammar says whose: the one warned
    ms = resolve("Zambia warned the Kenyan rebels that they must retreat.")
    assert pronoun(ms, "they").code == "KENREB"


def test_they_is_no_one_person_nor_one_state(resolve):
    ms = resolve("Zambia's president spoke on Monday. They said the talks went well.")
    assert pronoun(ms, "They") is None
    ms = resolve("Kenya and Zambia signed a deal on Monday. They agreed to open the border.")
    assert pronoun(ms, "They") is None


def test_they_of_a_clause_on_an_uncoded_noun_is_no_earlier_actor(resolve):
    ms = resolve("Zambian farmers protested on Monday. "
                 "Shops that said they would stay open were closed.")
    assert pronoun(ms, "they") is None
    ms = resolve("Kenyan officials met on Monday. Food prices are rising because they "
                 "are scarce.")
    assert pronoun(ms, "they") is None


def test_the_man_is_the_one_described_before(resolve):
    ms = resolve("A Zambian journalist was detained on Monday by police. "
                 "The man was released on bail.")
    assert pronoun(ms, "The man").code == "ZMBMED"
    ms = resolve("A Kenyan woman was arrested in Lusaka on Monday. "
                 "Police said the woman had stolen a car.")
    assert pronoun(ms, "the woman").code == "KENCVL"


def test_the_man_after_two_people_or_another_sex_is_not_linked(resolve):
    ms = resolve("A Zambian minister met a Kenyan farmer on Monday. "
                 "The man said the talks went well.")
    assert pronoun(ms, "The man").code not in ("ZMBGOV", "KENAGR")
    ms = resolve("A Kenyan woman was arrested in Lusaka on Monday. "
                 "Police said the man had stolen a car.")
    assert pronoun(ms, "the man").code != "KENCVL"


def test_a_titled_surname_names_the_official_described_before(resolve):
    ms = resolve("Zambia's trade minister met Kenyan envoys on Monday. "
                 "Mr Banda said the talks went well. He praised Kenya.")
    assert codes(ms, "Mr Banda") == ["ZMBGOV"]
    assert pronoun(ms, "He").code == "ZMBGOV"
    ms = resolve("A Zambian minister spoke on Monday. The talks went well, Ms Phiri said.")
    assert codes(ms, "Ms Phiri") == ["ZMBGOV"]


def test_a_titled_surname_stays_uncoded_where_it_may_be_another(resolve):
    # two officials described: either may be Mr Banda
    ms = resolve("Zambia's trade minister met Kenya's foreign minister on Monday. "
                 "Mr Banda said the talks went well.")
    assert codes(ms, "Mr Banda") in ([], [None])
    # described by their own words
    ms = resolve("Zambia's trade minister met Kenyan envoys on Monday. "
                 "Mr Banda, a Kenyan lawyer, said the talks went well.")
    assert "ZMBGOV" not in codes(ms, "Mr Banda")
    # someone else named between, whom no dictionary codes
    ms = resolve("Zambia's trade minister met Joseph Phiri on Monday. "
                 "Mr Banda said the talks went well.")
    assert codes(ms, "Mr Banda") in ([], [None])
    # named in full before: not the one described
    ms = resolve("Mr Banda spoke on Monday. Zambia's trade minister met Kenyan envoys. "
                 "Mr Banda said the talks went well.")
    assert "ZMBGOV" not in codes(ms, "Mr Banda")


def test_a_surname_named_again_is_a_person_whatever_its_entity_type(resolve):
    # the recogniser may take a surname alone for a place's or an organisation's name; the
    # link to the full name says it is a person's, whom "she" may stand for
    text = ("Grace Mwansa, a Zambian teacher, was convicted of fraud in Lusaka. Judge Peter "
            "Tembo spoke of a grave breach of trust. \"You broke the law,\" Tembo said in "
            "court. Mwansa admitted the charges. The trial lasted a week. She was jailed for "
            "five years.")
    assert pronoun(resolve(text), "She").code == "ZMBEDU"


def test_the_one_jailed_is_not_the_judge_named_again_by_surname(resolve):
    text = ("Grace Mwansa, a Zambian teacher, was convicted of fraud in Lusaka. Judge Peter "
            "Tembo spoke of a grave breach of trust. \"You broke the law,\" Tembo said in "
            "court. She was jailed for five years.")
    she = pronoun(resolve(text), "She")
    assert she is None or she.code != "ZMBJUD"


def test_a_name_in_a_phrase_beside_a_named_official_is_not_theirs(resolve):
    # the correspondent is Ms Mwansa; Peter Tembo, named inside her description, is another
    ms = resolve("Grace Mwansa, a BBC correspondent who covered the trial of Peter Tembo, "
                 "spoke on Monday. Tembo was accused of fraud in Zambia. He always denied it.")
    assert "GBRMED" not in codes(ms, "Tembo") + codes(ms, "Peter Tembo")
    he = pronoun(ms, "He")
    assert he is None or he.code != "GBRMED"


def test_they_is_not_one_person_named_by_a_common_noun(resolve):
    ms = resolve("Expect the Zambian senator to speak on Monday. They need to do something.")
    assert pronoun(ms, "They") is None


def test_the_two_leaders_are_no_one_state(resolve):
    ms = resolve("Zambia's president phoned Kenyan President Joseph Mwale on Monday. "
                 "Kenya sells maize to Zambia, and the two leaders renewed their pledge to "
                 "finish the pact.")
    assert codes(ms, "the two leaders") in ([], [None])
    their = pronoun(ms, "their")
    assert their is None or their.code is None
    # "the two leaders" taken for a conjunct of the clause before: still theirs, not an
    # actor of an earlier sentence
    ms = resolve("Zambia's president phoned Kenyan President Joseph Mwale on Monday. "
                 "Kenya is rich and the two leaders renewed their pledge to finish the pact.")
    their = pronoun(ms, "their")
    assert their is None or their.code is None
