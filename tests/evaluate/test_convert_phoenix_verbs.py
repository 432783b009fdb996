"""scripts/convert_phoenix_verbs.py on a small made-up dictionary in the PETRARCH format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "mini_verbs.txt"
CODES = {"190", "192", "193", "194", "195", "040"}


@pytest.fixture(scope="module")
def converted():
    spec = importlib.util.spec_from_file_location(
        "convert_phoenix_verbs", ROOT / "scripts" / "convert_phoenix_verbs.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    patterns, skipped, stats = module.convert(FIXTURE, CODES)
    return patterns, skipped, stats


def find(patterns, **fields):
    return [p for p in patterns if all(p[k] == v for k, v in fields.items())]


def test_heads_become_bare_patterns_with_block_or_own_code(converted):
    patterns, _, _ = converted
    strike = find(patterns, trigger="strike", particle=None, prep=None, object=None)
    assert [p["code"] for p in strike] == ["190"]  # irregular forms lemmatize to one trigger
    assert find(patterns, trigger="hit", object=None)[0]["code"] == "193"
    assert not find(patterns, trigger="struck")
    assert not find(patterns, trigger="wonder", object=None, prep=None)  # [---] head: no bare


def test_multiword_head_gives_particle(converted):
    patterns, _, _ = converted
    carry = find(patterns, trigger="carry", particle="out", object=None)
    assert carry and carry[0]["code"] == "190"
    raid = find(patterns, trigger="carry", particle="out", object=["air", "raid"])
    assert raid and raid[0]["code"] == "195"
    assert find(patterns, trigger="carry", particle="out", object=["strike"])[0]["code"] == "195"


def test_leading_prepositional_phrase_and_set_expansion(converted):
    patterns, _, _ = converted
    with_arms = find(patterns, trigger="strike", prep="with")
    # "heavy gun" adds nothing to "gun" (same code, narrower): only gun and tank remain
    assert sorted(p["object"][0] for p in with_arms) == ["gun", "tank"]
    assert {p["code"] for p in with_arms} == {"194"}
    # patterns go to the verb named in their comment only
    assert not find(patterns, trigger="hit", prep="with")


def test_two_phrases_give_objects_without_preposition(converted):
    patterns, _, _ = converted
    wonder = find(patterns, trigger="wonder")
    assert [(p["prep"], p["object"], p["code"]) for p in wonder] == [(None, ["talk"], "040")]


def test_unbracketed_leading_preposition(converted):
    patterns, _, _ = converted
    into = find(patterns, trigger="strike", prep="into")
    assert [(p["object"], p["code"]) for p in into] == [(["town"], "192")]


def test_suppressing_pattern_has_null_code(converted):
    patterns, _, _ = converted
    ball = find(patterns, trigger="hit", object=["ball"])
    assert ball and ball[0]["code"] is None


def test_negated_phrase_is_skipped_not_turned_around(converted):
    """Dropping 'no' as a stopword would make '* {NO TANK}' a pattern for 'strike tank'."""
    patterns, skipped, _ = converted
    assert not find(patterns, trigger="strike", prep=None, object=["tank"])
    assert skipped["a negated phrase (no, not): the pattern format has no negation slot"] == 1


def test_inexpressible_lines_are_counted_by_reason(converted):
    patterns, skipped, stats = converted
    assert skipped["required words before the verb"] == 1
    assert skipped["target before the verb"] == 1
    assert skipped["reversed-only code [:x]"] == 1
    assert skipped["bare verb with no code [---]"] == 1
    assert stats["pattern lines"] == 10
    for pattern in patterns:
        assert pattern["source"].startswith("CAMEO.2.0.txt:")
        assert pattern["id"].startswith(f"phoenix/{pattern['trigger']}#")
