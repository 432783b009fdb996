"""Round 32c: who the doer and the target really are.

A lawyer argues for a client and is no court (CAMEO JUD is the judiciary: judges, courts,
prosecutors); a sector noun's words written as one state's named body ("a retired National
Security Council official") are that body, not the story's country's council."""

from __future__ import annotations


def codes(resolve, text: str) -> dict[str, str | None]:
    return {m.text: m.code for m in resolve(text)}


def test_a_lawyer_for_victims_is_no_judiciary(resolve):
    found = codes(resolve, "Lawyers for the families sued the Zambian mining ministry on Friday.")
    assert found.get("Lawyers") is None
    assert "ZMBJUD" not in found.values()


def test_a_defendants_attorney_is_no_judiciary(resolve):
    text = ("Mr Mwale appeared in court in Lusaka on Monday. His attorney said the Zambian "
            "police beat him.")
    found = codes(resolve, text)
    assert found.get("His attorney") is None
    assert found["the Zambian police"] == "ZMBCOP"


def test_a_defence_lawyer_is_uncoded_and_prosecutors_keep_the_judiciary(resolve):
    found = codes(resolve, "In Nairobi, defence lawyers criticised the Kenyan police.")
    assert found.get("defence lawyers") is None
    assert found["the Kenyan police"] == "KENCOP"
    # those who prosecute for a state are the judiciary still
    found = codes(resolve, "Kenyan prosecutors charged the former mayor on Monday.")
    assert found["Kenyan prosecutors"] == "KENJUD"
    found = codes(resolve, "A Ghanaian public prosecutor accused the Zambian embassy.")
    assert found["A Ghanaian public prosecutor"] == "GHAJUD"
    found = codes(resolve, "The U.S. attorney charged two Kenyan officials with fraud.")
    assert found["The U.S. attorney"] == "USAJUD"


def test_a_capitalised_us_body_keeps_its_country_in_another_countrys_story(resolve):
    text = ("Kenya hosted envoys from the United States in Nairobi on Monday. A retired "
            "National Security Council aide criticised the Kenyan government.")
    found = codes(resolve, text)
    # (retired: one of the elites, as Phoenix.agents.txt codes RETIRED)
    assert found["A retired National Security Council aide"] == "USAELI"
    # a title before a name keeps the role the title gives
    found = codes(resolve, "Secretary of State Mike Pompeo criticised Iran in Washington.")
    assert found["Secretary of State Mike Pompeo"] == "USAGOV"
    # a story that never names the US: its own state's council, whatever the US one is called
    found = codes(resolve, "In Accra, the National Security Council met on Monday.")
    assert not any(code and code.startswith("USA") for code in found.values())
    # written small, the words are any state's body
    found = codes(resolve, "In Washington and Accra, the country's national security council "
                           "met on Monday.")
    assert not any(code and code.startswith("USA") for code in found.values())


def test_another_states_adjective_or_possessive_makes_the_body_that_states(resolve):
    text = ("The United States sent aid to Kenya. A Kenyan National Security Council official "
            "criticised Zambia.")
    found = codes(resolve, text)
    assert found["A Kenyan National Security Council official"] == "KENGOV"
    text = ("The United States praised Ghana. Ghana's Environmental Protection Agency fined "
            "the mine on Monday.")
    found = codes(resolve, text)
    assert found["Ghana's Environmental Protection Agency"] == "GHAGOVENV"


def test_a_human_rights_lawyer_is_a_rights_actor(resolve):
    found = codes(resolve, "Zambian police detained a human rights lawyer in Lusaka.")
    assert found["a human rights lawyer"].endswith("HRI")


def test_a_word_of_a_double_surname_is_no_sector(resolve):
    text = "Sleep may help crews on long flights, explains Dr Amara Ngo-Mensah of the agency."
    assert not any(m.code and "NGO" in m.code for m in resolve(text))


def test_a_team_leader_is_no_government(resolve):
    text = "In Nairobi, research team leader Wanjiru Kamau criticised the Kenyan police."
    found = codes(resolve, text)
    assert not any(code and code.endswith("GOV") for code in found.values())
    assert found["the Kenyan police"] == "KENCOP"


def test_a_town_placed_once_in_another_state_is_that_states_throughout(resolve):
    # Santa Ana is also a town of El Salvador: placed in California once, it is the Californian
    # town in the rest of the story, and those in it are American
    text = ("Residents of Santa Ana, California, complained about the smell on Monday. In "
            "Santa Ana, the senator promised hearings. Santa Ana City Council member Rosa "
            "Ortega criticised the plant. Troops later entered San Miguel.")
    found = codes(resolve, text)
    assert found["the senator"] == "USALEG"
    assert found["Santa Ana City Council member Rosa Ortega"] == "USAGOV"
    assert not any(code and code.startswith("SLV") for code in found.values())
    # a list after the comma ("Santa Ana, Kenya and Ghana") or a possessor ("in Santa Ana,
    # Kenya's police") places no town
    text = ("Protests spread to Santa Ana, Kenya and Ghana on Monday. Troops entered Santa "
            "Ana on Tuesday.")
    assert not any(m.code and m.code.startswith("KEN") for m in resolve(text)
                   if m.text != "Kenya")
    text = "After clashes in Santa Ana, Kenya's government criticised the police in Santa Ana."
    found = codes(resolve, text)
    assert found["Kenya's government"] == "KENGOV"
    assert found.get("the police") != "KENCOP"
    # nor the subject of the clause after an opening phrase
    text = ("On the unrest in Santa Ana, Kenya said it backed talks. Troops patrolled Santa "
            "Ana on Tuesday.")
    assert not any(m.code and m.code.startswith("KEN") for m in resolve(text)
                   if m.text not in ("Kenya", "it"))


def test_an_agencys_executive_officer_is_no_military_officer(resolve):
    text = ("Ama Mensah, Executive Officer of the district water board, said soldiers had "
            "damaged the dam.")
    found = codes(resolve, text)
    assert found["Executive Officer"] is None
    assert found["soldiers"].endswith("MIL")


def test_a_lone_gunman_is_no_rebel_group(resolve):
    found = codes(resolve, "In Lusaka, a masked gunman abducted two Zambian traders.")
    assert found["a masked gunman"] == "UAF"
    # armed men in numbers stay the rebels the story's country has
    found = codes(resolve, "In Lusaka, gunmen attacked a Zambian army convoy.")
    assert found["gunmen"] == "ZMBREB"


def test_an_ambassador_is_his_own_states_not_the_host_states(resolve):
    # the parser may hang the host state on the envoy's name ("to Britain Liu Banda")
    text = "Malawi’s ambassador to Britain Liu Banda has said that Malawi has the power to act."
    found = [m.code for m in resolve(text) if "ambassador" in m.text]
    assert found == ["MWIGOV"]
