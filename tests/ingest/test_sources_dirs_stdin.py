"""Directories (recursive, by suffix, sorted) and stdin (sniffed)."""

import io
import json

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

TEXT = "Protesters gathered outside the embassy in the capital on Friday, police said."


def test_sources_dirs_recursive_sorted_by_suffix(tmp_path, fixtures):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b" / "c.jsonl").write_text(json.dumps({"id": "j1", "text": TEXT}) + "\n")
    (tmp_path / "b" / "deep" / "page.html").write_text((fixtures / "page.html").read_text())
    (tmp_path / "b" / "notes.md").write_text("ignored: not a known suffix")
    (tmp_path / ".hidden.txt").write_text("ignored: hidden")
    results = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(r, Article) for r in results)
    assert [r.input_name for r in results] == [
        str(tmp_path / "a.txt"), f"{tmp_path / 'b' / 'c.jsonl'}:1",
        str(tmp_path / "b" / "deep" / "page.html")]


def test_sources_dirs_empty_directory(tmp_path):
    (err,) = read_inputs([str(tmp_path)])
    assert isinstance(err, InputError) and "holds no" in err.reason


def test_sources_stdin_text():
    (article,) = read_inputs(["-"], stdin=io.StringIO(f"Embassy Protest Turns Violent\n\n{TEXT}"))
    assert article.title == "Embassy Protest Turns Violent"
    assert article.text == TEXT
    assert article.input_name == "<stdin>"


def test_sources_stdin_jsonl():
    lines = json.dumps({"id": "s1", "text": TEXT}) + "\n{broken\n"
    ok, bad = read_inputs(["-"], stdin=io.StringIO("\n  " + lines))
    assert ok.id == "s1" and ok.input_name == "<stdin>:2"
    assert isinstance(bad, InputError) and bad.input_name == "<stdin>:3"


def test_sources_stdin_html(fixtures):
    (article,) = read_inputs(["-"], stdin=io.StringIO((fixtures / "page.html").read_text()))
    assert article.title == "Ministers agree on border talks"


def test_sources_stdin_bytes_non_utf8():
    stream = io.TextIOWrapper(io.BytesIO(b"Ankara \xff said"), encoding="utf-8")
    (err,) = read_inputs(["-"], stdin=stream)
    assert str(err) == "<stdin>: not UTF-8 (invalid byte 0xff at byte offset 7)"


def test_sources_stdin_empty():
    (err,) = read_inputs(["-"], stdin=io.StringIO(""))
    assert str(err) == "<stdin>: empty input"


def test_sources_default_date_applies_to_files(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (article,) = read_inputs([str(tmp_path / "a.txt")], default_date="2016-02-16")
    assert article.published == "2016-02-16"


def test_sources_unknown_suffix_is_sniffed(tmp_path, fixtures):
    (tmp_path / "feed").write_text(json.dumps({"id": "f1", "text": TEXT}) + "\n")
    (tmp_path / "page.php").write_text((fixtures / "page.html").read_text())
    (tmp_path / "note").write_text(TEXT)
    feed, page, note = read_inputs([str(tmp_path / n) for n in ("feed", "page.php", "note")])
    assert feed.id == "f1"
    assert page.title == "Ministers agree on border talks"
    assert note.text == TEXT


def test_sources_htm_suffix_in_directory(tmp_path, fixtures):
    (tmp_path / "story.htm").write_text((fixtures / "page.html").read_text())
    (article,) = read_inputs([str(tmp_path)])
    assert article.author == "Amira Haddad"


def test_sources_single_path_string_and_pathlike(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    assert [a.text for a in read_inputs(str(tmp_path / "a.txt"))] == [TEXT]
    assert [a.text for a in read_inputs(tmp_path / "a.txt")] == [TEXT]


def test_sources_bad_default_date_is_one_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (err,) = read_inputs([str(tmp_path)], default_date="someday")
    assert str(err) == "--date: default date 'someday' is not a date (expected e.g. 2016-02-16)"
