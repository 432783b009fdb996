"""A bad gold file is one clear error naming the file (and line) and the reason."""

from __future__ import annotations

import pytest
from eval_fakes import FakeCoder

from eventwire.errors import InputError
from eventwire.evaluate import evaluate, read_gold


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"id": "x", "text": "Hi."}\n', "'expected' must be a list"),
        ('{"id": "x", "expected": []}\n', "no text"),
        ("not json\n", "bad gold record"),
        ('["a list"]\n', "not a JSON object"),
        ('{"id": "x", "text": "Hi.", "expected": ["TUR"]}\n', "must be a JSON object"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path, content, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "Fine.", "expected": []}\n' + content)
    with pytest.raises(InputError) as caught:
        read_gold(path)
    assert caught.value.input_name == f"{path}:2"
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="no such gold file"):
        evaluate(tmp_path / "nope.jsonl", coder=FakeCoder({}))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(InputError, match="no gold records"):
        evaluate(empty, coder=FakeCoder({}))
