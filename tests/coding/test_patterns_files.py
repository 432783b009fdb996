"""Pattern files are data: every packaged table loads; bad lines warn with file:line."""

from __future__ import annotations

import json

import pytest

from eventwire.coding.cameo import code_table, lookup
from eventwire.coding.patterns import load_patterns, read_patterns
from eventwire.errors import DictionaryWarning


def test_patterns_packaged_files_load():
    patterns = load_patterns()
    assert len(patterns) > 500
    roots = {p.code[:2] for ps in patterns.by_trigger.values() for p in ps if p.code}
    assert {f"{r:02d}" for r in range(1, 21)} <= roots


def test_patterns_cameo_table_has_every_root_with_goldstein_and_quad():
    table = code_table()
    assert len(table) > 300
    assert lookup("195").cameo.goldstein == -10.0
    assert lookup("195").cameo.quad_class == 4
    assert lookup("1124").plover.event == "ACCUSE"
    assert lookup("0212").plover.event == "REQUEST"


@pytest.mark.parametrize("name", ["phoenix_verbs.jsonl", "curated.jsonl", "core.jsonl"])
def test_patterns_a_file_never_codes_one_match_two_ways(name):
    """Two lines of one file with the same trigger, words and subject but different codes tie,
    and the first silently wins: 'assassinated' was coded as an attempt (185), not 186."""
    from importlib import resources
    seen: dict[tuple, tuple] = {}
    path = resources.files("eventwire") / "data" / "patterns" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        key = (p["trigger"], p["pos"], p.get("particle"), p.get("prep"),
               tuple(p.get("object") or ()), tuple(p.get("subject") or ()))
        value = (p["code"], p.get("plover"))
        assert seen.setdefault(key, value) == value, (name, p["id"], seen[key])


def test_patterns_malformed_lines_warn_and_are_skipped():
    lines = [
        json.dumps({"trigger": "shell", "pos": "VERB", "code": "194"}),
        "{not json",
        json.dumps({"trigger": "zap", "code": "999"}),
        json.dumps({"code": "190"}),
        json.dumps({"trigger": "join", "code": "040", "announced": "030"}),  # coded already
    ]
    with pytest.warns(DictionaryWarning) as caught:
        patterns = read_patterns(lines, "mine.jsonl", rank=9)
    assert [p.trigger for p in patterns] == ["shell"]
    messages = [str(w.message) for w in caught]
    assert any(m.startswith("mine.jsonl:2:") for m in messages)
    assert any("mine.jsonl:3:" in m and "999" in m for m in messages)
    assert any("mine.jsonl:5:" in m and "announced" in m for m in messages)


def test_patterns_object_heads_is_read_and_defaults_to_anywhere():
    lines = [json.dumps({"trigger": "attend", "object": ["school"], "code": None,
                         "object_heads": True}),
             json.dumps({"trigger": "attend", "object": ["meeting"], "code": "042"})]
    heads, anywhere = read_patterns(lines, "mine.jsonl", rank=9)
    assert heads.object_heads and not anywhere.object_heads


def test_patterns_user_file_wins_ties(tmp_path):
    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"id": "mine/attack", "trigger": "attack", "pos": "VERB",
                                "code": "193"}) + "\n")
    patterns = load_patterns((str(mine),))
    bare = [p for p in patterns.candidates("attack", "VERB") if p.specificity == 0]
    assert bare[0].id == "mine/attack"


def test_patterns_every_id_names_one_pattern():
    """An event's evidence names its rule by id: two patterns under one id would be
    indistinguishable in it."""
    patterns = load_patterns()
    seen: dict[str, object] = {}
    twice = set()
    for pattern in (p for ps in patterns.by_trigger.values() for p in ps):
        if pattern.id in seen and seen[pattern.id] != pattern:
            twice.add(pattern.id)
        seen.setdefault(pattern.id, pattern)
    assert not twice, sorted(twice)[:10]
