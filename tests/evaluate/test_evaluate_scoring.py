"""The scoring maths of eventwire.evaluate, checked exactly on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import FakeCoder, event

from eventwire.errors import InputError
from eventwire.evaluate import Item, country, evaluate, gold_item, match_events

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "tiny_gold.jsonl"


def tiny_coder() -> FakeCoder:
    return FakeCoder(
        {
            # root 11 with the right countries (the code's sector and leaf don't matter)
            "r1": [event("112", "TURGOV", "RUS", "ACCUSE")],
            # one right, one with the wrong source country
            "r2": [event("195", "RUSMIL", "SYR", "ASSAULT"), event("190", "TUR", "SYR", "ASSAULT")],
            # the negated event does not count; the asserted visit is a false positive
            "r3": [event("190", "RUS", "SYR", "ASSAULT", negated=True),
                   event("195", "RUS", "SYR", "ASSAULT", modality="future"),
                   event("042", "RUS", "SYR", "CONSULT")],
            # gold without actors matches any dyad; its PLOVER comes from the code table
            "r4": [event("020", "TUR", "USA", "REQUEST")],
            # r5: nothing coded
        }
    )


def test_root_dyad_counts_and_figures(tmp_path):
    report = evaluate(TINY, tmp_path / "misses.jsonl", coder=tiny_coder())
    view = report.views["root+dyad"]
    counts = {k: (c.tp, c.fp, c.fn) for k, c in view.categories.items()}
    assert counts == {"11": (1, 0, 0), "19": (1, 1, 1), "04": (0, 1, 0), "02": (1, 0, 0),
                      "16": (0, 0, 1)}
    micro = view.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 2, 2)
    assert micro.precision == pytest.approx(0.6)
    assert micro.recall == pytest.approx(0.6)
    # macro over the categories in the gold file (11, 19, 02, 16), not 04
    assert view.macro_precision == pytest.approx((1 + 0.5 + 1 + 0) / 4)
    assert view.macro_recall == pytest.approx((1 + 0.5 + 1 + 0) / 4)
    assert view.macro_f1 == pytest.approx((1 + 0.5 + 1 + 0) / 4)


def test_root_view_uses_label_sets_per_sentence():
    report = evaluate(TINY, coder=tiny_coder())
    view = report.views["root"]
    counts = {k: (c.tp, c.fp, c.fn) for k, c in view.categories.items()}
    assert counts == {"11": (1, 0, 0), "19": (1, 0, 0), "04": (0, 1, 0), "02": (1, 0, 0),
                      "16": (0, 0, 1)}
    assert view.macro_f1 == pytest.approx(3 / 4)
    assert view.micro.precision == pytest.approx(3 / 4)
    assert view.micro.recall == pytest.approx(3 / 4)


def test_plover_view_derives_type_from_code_when_gold_has_none():
    report = evaluate(TINY, coder=tiny_coder())
    view = report.views["plover"]
    counts = {k: (c.tp, c.fp, c.fn) for k, c in view.categories.items()}
    assert counts == {"ACCUSE": (1, 0, 0), "ASSAULT": (1, 0, 0), "CONSULT": (0, 1, 0),
                      "REQUEST": (1, 0, 0), "COERCE": (0, 0, 1)}
    assert view.macro_f1 == pytest.approx(3 / 4)


def test_misses_file_lists_false_negatives_and_positives(tmp_path):
    path = tmp_path / "misses.jsonl"
    report = evaluate(TINY, path, coder=tiny_coder())
    misses = [json.loads(line) for line in path.read_text().splitlines()]
    assert report.misses == len(misses) == 4
    kinds = sorted((m["id"], m["miss"], m["event"]["code"]) for m in misses)
    assert kinds == [("r2", "false_negative", "190"), ("r2", "false_positive", "190"),
                     ("r3", "false_positive", "042"), ("r5", "false_negative", "163")]
    r3 = next(m for m in misses if m["id"] == "r3")
    assert r3["text"] == "Russia did not bomb Aleppo."
    assert r3["event"]["rule"] == "test/rule#1"


def test_constructions_are_counted_on_root_dyad():
    report = evaluate(TINY, coder=tiny_coder())
    tags = {k: (c.tp, c.fp, c.fn) for k, c in report.constructions.items()}
    assert tags == {"verb": (1, 0, 0), "conj": (1, 1, 1), "negation": (0, 1, 0)}


def test_coder_gets_every_record_as_an_article_with_its_date():
    coder = tiny_coder()
    evaluate(TINY, coder=coder)
    assert [a.id for a in coder.seen] == ["r1", "r2", "r3", "r4", "r5"]
    assert coder.seen[0].date == "2016-02-16"
    assert coder.seen[1].date is None


def test_perfect_coder_scores_one():
    coder = FakeCoder({"r1": [event("1124", "TUR", "RUS", "ACCUSE")],
                       "r2": [event("190", "SYR", "SYR", "ASSAULT"),
                              event("195", "RUS", "SYR", "ASSAULT")],
                       "r4": [event("0212", None, None, "REQUEST")],
                       "r5": [event("163", "USA", "IRN", "COERCE")]})
    report = evaluate(TINY, coder=coder)
    for view in report.views.values():
        assert view.macro_f1 == pytest.approx(1.0)
        assert view.micro.fp == view.micro.fn == 0


def test_matching_prefers_exact_fields_before_wildcards():
    gold = [Item("19", "SYR", None, None), Item("19", "SYR", "TUR", None)]
    pred = [Item("19", "SYR", "TUR", None), Item("19", "SYR", None, None)]
    pairs, missed, extra = match_events(gold, pred)
    assert len(pairs) == 2 and not missed and not extra


def test_matching_is_one_to_one():
    gold = [Item("19", "SYR", "TUR", None)]
    pred = [Item("19", "SYR", "TUR", None), Item("19", "SYR", "TUR", None)]
    pairs, missed, extra = match_events(gold, pred)
    assert len(pairs) == 1 and not missed and len(extra) == 1


@pytest.mark.parametrize(("code", "compared"), [
    ("TURGOV", "TUR"), ("SYR", "SYR"), ("IGOUNO", "IGO"), ("NGOHLHMSF", "NGO"),
    ("CVL", None), ("GOV", None), ("GOVHLH", None), (None, None)])
def test_dyad_compares_country_or_body_type_never_a_bare_sector(code, compared):
    assert country(code) == compared


def test_gold_bare_sector_matches_any_country_as_an_unmarked_side():
    # "a man was charged by the court": the labeller names a kind of actor, no country
    gold = [gold_item({"code": "173", "source": "JUD", "target": "CVL"})]
    pairs, missed, extra = match_events(gold, [Item("17", "KEN", "KEN", None)])
    assert len(pairs) == 1 and not missed and not extra


def test_format_prints_every_view_and_category():
    text = evaluate(TINY, coder=tiny_coder()).format()
    for word in ("root+dyad", "root", "plover", "macro F1", "ACCUSE", "16", "construction"):
        assert word in text


def test_shown_scores_only_the_facts_a_default_table_shows(tmp_path):
    """A plain statement (010) and an event with no coded actor are asserted but not shown:
    false positives of the default scoring, not counted with ``shown``."""
    coder = FakeCoder({"r1": [event("112", "TURGOV", "RUS", "ACCUSE"),
                              event("010", "TURGOV", None),
                              event("173", None, None, "COERCE")]})
    every = evaluate(TINY, None, coder=coder).views["root+dyad"].micro
    shown = evaluate(TINY, None, coder=coder, shown=True).views["root+dyad"].micro
    assert (every.tp, every.fp) == (1, 2)
    assert (shown.tp, shown.fp) == (1, 0)


def test_half_keeps_the_records_whose_id_ends_in_an_odd_or_an_even_number(tmp_path):
    coder = tiny_coder()
    assert evaluate(TINY, None, coder=coder, half="odd").records == 3  # r1, r3, r5
    assert evaluate(TINY, None, coder=coder, half="even").records == 2
    unnumbered = tmp_path / "gold.jsonl"
    unnumbered.write_text(json.dumps({"id": "first", "text": "Kenya met Uganda.",
                                      "expected": []}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="no half"):
        evaluate(unnumbered, None, coder=coder, half="even")
