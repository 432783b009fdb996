"""People and groups past the Phoenix dictionaries (2015–2026), with dated roles."""

from __future__ import annotations

import pytest
from actors_helpers import codes


@pytest.mark.parametrize(
    "sentence, words, date, code",
    [
        ("Trump met Xi on Friday.", "Trump", "2018-01-01", "USAGOV"),
        ("Trump met Xi on Friday.", "Trump", "2022-01-01", "USA"),  # between his terms
        ("Trump met Xi on Friday.", "Xi", "2018-01-01", "CHNGOV"),
        ("Zelensky addressed parliament.", "Zelensky", "2022-03-01", "UKRGOV"),
        ("Zelensky addressed parliament.", "Zelensky", "2015-03-01", "UKR"),  # before office
        ("HTS fighters advanced.", "HTS fighters", "2017-05-01", "SYRREBHTS"),
        ("HTS fighters advanced.", "HTS fighters", "2025-03-01", "SYRGOV"),
        ("The Taliban announced a ban.", "The Taliban", "2019-01-01", "AFGREBTAL"),
        ("The Taliban announced a ban.", "The Taliban", "2022-01-01", "AFGGOV"),
        ("Hemedti rejected the truce.", "Hemedti", "2023-06-01", "SDNREBRSF"),
        ("The SDF captured the town.", "The SDF", "2017-01-01", "SYRREBSDF"),
        ("Daesh claimed the attack.", "Daesh", "2016-01-01", "IMGMUSISI"),
        ("The Houthis fired a missile.", "The Houthis", "2024-01-01", "YEMREBHOU"),
        ("Wagner mercenaries arrived.", "Wagner mercenaries", "2022-01-01", "RUSUAFWAG"),
        ("Al-Shabaab fighters attacked a base.", "Al-Shabaab fighters", "2020-01-01", "SOMREBSHB"),
        ("JNIM claimed the ambush.", "JNIM", "2021-01-01", "MLIREBJNM"),
        ("M23 rebels seized Goma.", "M23 rebels", "2025-01-28", "CODREBM23"),
        ("Hezbollah fired rockets.", "Hezbollah", "2024-01-01", "LBNREBHEZ"),
        ("Hamas rejected the offer.", "Hamas", "2024-01-01", "PSEREBHMS"),
        ("The PKK denied it.", "The PKK", "2016-01-01", "TURREBPKK"),
    ],
)
def test_post_2014_actor(resolve, sentence, words, date, code):
    assert codes(resolve(sentence, date), words) == [code]


def test_capital_taken_is_a_place(resolve):
    ms = resolve("The Taliban took Kabul on Sunday.", "2021-08-15")
    assert not [m for m in ms if "Kabul" in m.text]


def test_every_packaged_line_loads_without_warning(recwarn):
    from eventwire.actors import ActorResolver
    from eventwire.errors import DictionaryWarning

    ActorResolver()
    assert not [w for w in recwarn if issubclass(w.category, DictionaryWarning)]
