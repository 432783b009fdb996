"""Coreference: definite noun phrases, pronouns, relative pronouns, "we" inside quotes."""

from __future__ import annotations

from actors_helpers import by_text


def first(ms, text, words):
    return next(m for m in ms if m.text == words)


def test_the_country_and_it(resolve):
    ms = resolve("Turkey shelled the border town. The country said it would continue.")
    assert first(ms, "", "The country").code == "TUR"
    assert first(ms, "", "it").code == "TUR"
    assert first(ms, "", "The country").entry.startswith("coref:")


def test_expletive_it_is_no_mention(resolve):
    ms = resolve("Turkey sent troops. It is impossible to stop this war, officials said.")
    assert not by_text(ms, "It")


def test_the_militia_and_they(resolve):
    ms = resolve("Turkey warned the Kurdish YPG militia that they must retreat. "
                 "Ankara believes the militia is armed by Moscow.")
    assert first(ms, "", "they").code == "SYRREBYPG"
    assert first(ms, "", "the militia").code == "SYRREBYPG"


def test_the_group(resolve):
    ms = resolve("Hezbollah fired rockets at Israel. The group said the attack was revenge.")
    assert first(ms, "", "The group").code == first(ms, "", "Hezbollah").code


def test_he_is_a_person(resolve):
    ms = resolve("Russian President Vladimir Putin met Turkey's leader. He said talks went well.")
    assert first(ms, "", "He").code == "RUSGOV"


def test_the_official(resolve):
    ms = resolve("A Turkish official spoke to reporters. The official said Ankara wants peace.")
    assert first(ms, "", "The official").code == "TURGOV"


def test_the_government_takes_the_nearest_state(resolve):
    ms = resolve("Clashes erupted in Kenya. The government imposed a curfew.")
    assert first(ms, "", "The government").code == "KENGOV"


def test_we_inside_a_quote_is_the_speaker(resolve):
    ms = resolve('"We will not accept this," a Russian diplomat told reporters. '
                 '"Our patience has limits."')
    assert first(ms, "", "We").code == "RUSGOV"
    assert first(ms, "", "Our").code == "RUSGOV"


def test_we_with_speaker_before_the_quote(resolve):
    ms = resolve('The Iranian foreign minister said: "We are ready to talk."')
    assert first(ms, "", "We").code == "IRNGOV"


def test_we_outside_quotes_is_no_mention(resolve):
    ms = resolve("We reported earlier that Turkey shelled the town.")
    assert not by_text(ms, "We")


def test_description_is_no_antecedent(resolve):
    ms = resolve("Turkey feels pressure from Kurdish fighters, whom it sees as hostile insurgents. "
                 "Turkey wants to stop the fighters.")
    assert first(ms, "", "the fighters").code == first(ms, "", "Kurdish fighters").code


def test_an_object_is_not_its_own_clauses_subject(resolve):
    ms = resolve("Uganda's government freed the jailed officials on Friday.")
    assert not first(ms, "", "the jailed officials").entry.startswith("coref:")


def test_an_object_pronoun_is_not_its_own_clauses_subject(resolve):
    ms = resolve("Turkey said on Monday that Russia had shelled it.")
    assert first(ms, "", "it").code == "TUR"


def test_the_government_of_a_country(resolve):
    ms = resolve("A Texas museum sent the carved masks back to the government of Ghana.")
    assert first(ms, "", "the government").code == "GHAGOV"


def test_an_institution_does_not_refer_to_an_official(resolve):
    ms = resolve("Kenya's interior minister spoke on Monday. The government later denied it.")
    assert not first(ms, "", "The government").entry.startswith("coref:")


def test_the_embassy_of_a_country_named_as_a_place(resolve):
    ms = resolve("The British government handed the bronzes to the Embassy of Nigeria.")
    assert first(ms, "", "the Embassy").code == "NGAGOV"


def test_a_title_refers_back_only_to_one_who_bears_it(resolve):
    ms = resolve("Kenya's president refused a request from the interior minister on Monday.")
    assert not first(ms, "", "the interior minister").entry.startswith("coref:")


def test_a_title_refers_back_to_its_bearer(resolve):
    ms = resolve("Interior Minister Fred Okello met Kenya's president. The minister said little.")
    assert first(ms, "", "The minister").entry.startswith("coref:")


def test_a_surname_refers_back_to_the_full_name(resolve):
    ms = resolve("Kenyan opposition leader Raila Odinga criticized the government on Monday. "
                 "Odinga said the police had attacked his supporters.")
    assert first(ms, "", "Odinga").code == "KENGOV"
    assert first(ms, "", "Odinga").entry.startswith("coref:")


def test_a_surname_refers_back_to_a_name_described_in_apposition(resolve):
    ms = resolve("Police arrested John Mwangi, a Kenyan activist. Mwangi was later released.")
    assert first(ms, "", "Mwangi").code == first(ms, "", "a Kenyan activist").code


def test_a_religious_sector_is_no_state_for_the_government(resolve):
    ms = resolve("Imam Abdul Rahman spoke at the mosque on Friday. "
                 "Later the Prime Minister replied.")
    assert not first(ms, "", "the Prime Minister").entry.startswith("coref:")
