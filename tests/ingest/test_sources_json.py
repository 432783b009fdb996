"""JSON documents: a .json file (or sniffed input) holding one record or an array of them."""

import io
import json

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

TEXT = "Zambia recalled its ambassador to Kenya on Monday, the foreign ministry said."


def test_json_array_file_is_one_article_per_record_and_bad_records_are_named(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([
        {"id": "z1", "text": TEXT, "date": "2021-03-01", "url": "https://news.example/z1"},
        {"id": "z2", "title": "no text"},
        "not a record",
        {"id": "z3", "text": TEXT + " Kenya regretted the move."},
    ], indent=2), encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == [
        "Article", "InputError", "InputError", "Article"]
    assert (results[0].id, results[0].published, results[0].input_name) == (
        "z1", "2021-03-01", f"{path}[0]")
    assert str(results[1]) == f'{path}[1]: record has no "text"'
    assert results[2].reason == "a JSON object was expected, not str"
    assert results[3].input_name == f"{path}[3]"


def test_json_file_with_one_pretty_printed_record(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "z9", "text": TEXT}, indent=4), encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.id == "z9" and article.text == TEXT


def test_json_file_that_is_malformed_empty_or_no_records_is_one_line_error(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('[\n  {"id": "a", "text": "x"},\n  {"id": \n]\n', encoding="utf-8")
    empty_array = tmp_path / "nothing.json"
    empty_array.write_text("[]", encoding="utf-8")
    number = tmp_path / "number.json"
    number.write_text("42", encoding="utf-8")
    errors = list(read_inputs([str(broken), str(empty_array), str(number)]))
    assert all(isinstance(e, InputError) for e in errors) and len(errors) == 3
    assert str(errors[0]).startswith(f"{broken}: malformed JSON (")
    assert "at line 4, column 1" in errors[0].reason
    expected = "a JSON object or an array of objects was expected, not "
    assert (errors[1].reason, errors[2].reason) == (expected + "an empty array", expected + "int")


def test_json_file_in_a_directory_is_read_not_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.json").write_text(json.dumps([{"id": "j1", "text": TEXT}]))
    results = list(read_inputs([str(tmp_path)]))
    assert [r.input_name for r in results] == [str(tmp_path / "a.txt"), f"{tmp_path / 'b.json'}[0]"]


def test_stdin_json_array_and_pretty_record_are_sniffed():
    array = json.dumps([{"id": "s1", "text": TEXT}, {"id": "s2", "text": TEXT + " Again."}])
    assert [a.id for a in read_inputs(["-"], stdin=io.StringIO(array))] == ["s1", "s2"]
    pretty = json.dumps({"id": "s3", "text": TEXT}, indent=2)
    (article,) = read_inputs(["-"], stdin=io.StringIO(pretty))
    assert article.id == "s3" and article.input_name == "<stdin>"


def test_text_that_opens_with_a_bracket_stays_text(tmp_path):
    path = tmp_path / "wire.dat"
    path.write_text(f"[Lusaka] {TEXT}", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.text.startswith("[Lusaka]")
