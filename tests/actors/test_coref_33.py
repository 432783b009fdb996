"""Coreference and former officials, round 33: a person no dictionary codes competes for "he"
and "she" with the coded officials named before (and, once a pronoun is theirs, the next one
may be too); the one arrested or fined is not the state's official who acts on them; a former
official is one of the elites (ELI, as Phoenix.agents.txt codes FORMER_PRESIDENT), whom "he"
still refers back to."""

from __future__ import annotations

from actors_helpers import pronoun

from eventwire.pipeline import code_text


def test_an_uncoded_subject_takes_the_next_sentences_pronoun(resolve):
    ms = resolve("Ms Adeyemi criticised Zambia's president in a radio interview. "
                 "She was arrested on Monday.")
    assert pronoun(ms, "She") is None
    # one the story coded, named again by surname alone, is no uncoded person
    ms = resolve("Zambia's president, Joseph Mwale, met Kenyan envoys in Lusaka. "
                 "Mr Mwale then flew home. He praised the talks.")
    assert pronoun(ms, "He").code == "ZMBGOV"


def test_a_pronoun_of_an_uncoded_person_passes_to_the_next_one(resolve):
    ms = resolve("Ms Adeyemi wrote a blog about Zambia's president. Her lawyer said "
                 "on Sunday that her health was poor. She was arrested in June.")
    assert pronoun(ms, "She") is None
    assert pronoun(ms, "her") is None


def test_the_one_arrested_is_not_the_official_who_sued_him():
    events = [e for e in code_text("Ghana's president sued a Ghanaian journalist, Kofi "
                                   "Mensah, for insulting him. He was arrested on Monday.")
              if e.cameo.code.startswith("173")]
    assert events and all(e.target is not None and e.target.code != "GHAGOV" for e in events)


def test_a_former_minister_is_one_of_the_elites(resolve):
    ms = resolve("A former Kenyan minister criticised the government on Monday.")
    assert pronoun(ms, "A former Kenyan minister").code == "KENELI"


def test_an_ex_president_is_one_of_the_elites(resolve):
    ms = resolve("Kenya's ex-president and Kenya's president met on Monday.")
    assert "KENELI" in [m.code for m in ms]
    assert pronoun(ms, "Kenya's president").code == "KENGOV"
    # "former" on another noun than the office: a president in office
    ms = resolve("Kenyan diplomats met Zambia's president. The former colony's president "
                 "agreed to talks.")
    assert all(m.code is None or not m.code.endswith("ELI") for m in ms)


def test_a_former_official_of_a_state_body_is_one_of_its_elites(resolve):
    ms = resolve("A former Kenyan National Security Council official spoke on Monday.")
    assert pronoun(ms, "A former Kenyan National Security Council official").code == "KENELI"


def test_he_refers_back_to_a_former_official(resolve):
    ms = resolve("Zambian police questioned a former Zambian envoy on Monday. "
                 "He denied the charges.")
    assert pronoun(ms, "He").code == "ZMBELI"


def test_a_title_that_says_her_sex_outranks_a_subject_whose_sex_is_not_said(resolve):
    ms = resolve("Zambia's president was criticised by Ms Adeyemi on Monday. "
                 "She praised the Zambian court.")
    assert pronoun(ms, "She") is None
    # a pronoun of the other sex still stands for the subject
    ms = resolve("Ms Adeyemi met Zambia's president on Monday. He praised the Zambian court.")
    assert pronoun(ms, "He").code == "ZMBGOV"
