"""Coreference to actors named by a common noun the dictionary codes by its sector alone:
"the men" (PPL), "the bus companies" (BUS), "the suspect" (CRM), "the ministry" (GOV)."""

from __future__ import annotations


def mention(ms, words, nth=0):
    return [m for m in ms if m.text == words][nth]


def linked_to(ms, text, words, antecedent):
    """Whether the mention ``words`` refers back to the first ``antecedent`` of ``text``."""
    entry = mention(ms, words).entry or ""
    return entry == f"coref:{text.index(antecedent)}"


def test_they_refers_back_to_a_plural_common_noun_subject(resolve):
    text = "The bus companies were fined by the city council. They appealed against the fine."
    ms = resolve(text)
    assert mention(ms, "They").code == "BUS"
    assert linked_to(ms, text, "They", "The bus companies")


def test_they_refers_back_to_men_named_by_no_country(resolve):
    text = "The men robbed a jewellery shop on Friday. They escaped in a stolen van."
    ms = resolve(text)
    assert mention(ms, "They").code == "PPL"


def test_they_skips_the_people_an_act_was_done_to(resolve):
    """'they' refers back to a plural noun named by its sector alone only where that noun is
    a subject: the people the gunmen killed are not who fled."""
    text = ("The gunmen attacked the village at dawn. Soldiers arrived at noon, rescuing "
            "twelve people. They withdrew to the hills.")
    ms = resolve(text)
    assert mention(ms, "They").code != "PPL"


def test_he_refers_back_to_a_suspect(resolve):
    text = "The suspect was detained on Sunday. Neighbours said he had set fire to a warehouse."
    ms = resolve(text)
    assert mention(ms, "he").code == "CRM"


def test_she_never_refers_back_to_a_man(resolve):
    text = "The suspect was detained on Sunday. A man told the police she had set fire to a car."
    ms = resolve(text)
    assert mention(ms, "she").code == "CRM"
    assert linked_to(ms, text, "she", "The suspect")


def test_a_person_the_dictionary_left_uncoded_stands_between(resolve):
    """The man named by a common noun is not whom 'he' stands for when a person with no code
    is named after him: 'he' is that person, whom coreference cannot code."""
    text = ("The man was taken to a clinic on Monday. Later Oskar Velemir told the court that "
            "he had paid the fine.")
    ms = resolve(text)
    assert not [m for m in ms if m.text == "he" and m.code == "PPL"]
    text = "The man was taken to a clinic on Monday. Later he told the court that he was sorry."
    assert mention(resolve(text), "he").code == "PPL"


def test_they_skips_places_named_in_the_plural(resolve):
    text = ("Doctors stayed in the town on Monday. Hospitals were shelled overnight. "
            "They had warned of attacks for weeks.")
    ms = resolve(text)
    assert linked_to(ms, text, "They", "Doctors")


def test_it_refers_to_a_ministry_that_says_it(resolve):
    """'it' stands for an organisation named by a common noun where the grammar binds it
    there (the speaker of 'said it would'); found freely, 'it' is too often a thing."""
    ms = resolve("The ministry said on Monday that it would close the border crossing.")
    assert mention(ms, "it").code == "GOV"
    ms = resolve("The company opened a new depot. Residents said it was far too noisy.")
    assert not [m for m in ms if m.text == "it" and m.code]


def test_a_common_noun_in_a_quote_is_no_referent_outside_it(resolve):
    text = 'The suspect was detained on Sunday. "Every worker must stay calm," he said.'
    ms = resolve(text)
    assert mention(ms, "he").code == "CRM"
    assert linked_to(ms, text, "he", "The suspect")


def test_the_subject_of_the_sentence_outranks_a_common_noun_in_it(resolve):
    """'He' after 'X was jailed for attacking a journalist' is X, whom no dictionary codes,
    not the journalist; a named person the story names again by surname is found."""
    text = ("Oskar Velemir was jailed in 2009 for attacking a journalist. He was freed on "
            "Monday.")
    assert not [m for m in resolve(text) if m.text == "He" and m.code]
    text = ("Police General Tomas Farlo met reporters on Monday. Farlo said the gang was "
            "armed, but he gave no details.")
    ms = resolve(text)
    assert mention(ms, "he").code == mention(ms, "Police General Tomas Farlo").code


def test_in_a_quote_a_pronoun_the_quotes_own_clause_binds(resolve):
    """Inside a quotation a pronoun stands for the speaker or owner its own clause names
    ("the ministry said that it ..."), never for an actor found by nearness alone."""
    ms = resolve('"The ministry said that it would reopen the border," an aide told reporters.')
    assert mention(ms, "it").code == "GOV"
    ms = resolve('"The ministry has a plan. It will reopen the border," an aide told reporters.')
    assert not [m for m in ms if m.text == "It" and m.code]
