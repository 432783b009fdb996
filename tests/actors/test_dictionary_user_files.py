"""Users' own dictionaries, in eventwire's format or Phoenix's, win over the packaged ones;
malformed lines warn with file:line and are skipped."""

from __future__ import annotations

import pytest
from actors_helpers import FIXTURES, codes

from eventwire.actors import ActorResolver
from eventwire.errors import DictionaryWarning, InputError


def test_user_tsv_wins(resolve):
    mine = ActorResolver(extra_files=[FIXTURES / "user_people.tsv"])
    # the user file recodes the Kremlin as the Russian military (a test of precedence)
    assert codes(resolve("The Kremlin denied it.", using=mine), "The Kremlin") == ["RUSMIL"]


def test_user_phoenix_file(resolve):
    mine = ActorResolver(extra_files=[FIXTURES / "user_phoenix.txt"])
    ms = resolve("John Doe met Acme Liberation Front leaders.", "2015-03-01", using=mine)
    assert codes(ms, "John Doe") == ["USAGOV"]
    assert [m.code for m in ms if "Acme Liberation Front" in m.text] == ["USAREB"]


def test_malformed_lines_warn_and_are_skipped(resolve):
    with pytest.warns(DictionaryWarning) as caught:
        mine = ActorResolver(extra_files=[FIXTURES / "malformed.txt", FIXTURES / "malformed.tsv"])
    messages = [str(w.message) for w in caught]
    assert any("malformed.txt:3" in m for m in messages)
    assert any("malformed.tsv:2" in m for m in messages)
    # the good lines around them still load
    assert codes(resolve("Good Name spoke.", using=mine), "Good Name") == ["FRAGOV"]
    assert codes(resolve("Other Good spoke.", using=mine), "Other Good") == ["DEUGOV"]


def test_missing_file_is_an_input_error():
    with pytest.raises(InputError, match="no-such-file.tsv"):
        ActorResolver(extra_files=["no-such-file.tsv"])
