"""Bad input: one InputError naming the input and the reason; the rest of the batch goes on."""

import os

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

GOOD = "Rebels shelled the eastern suburbs of the city overnight, a monitoring group said."


def _one(path, **kw):
    results = list(read_inputs([str(path)], **kw))
    assert len(results) == 1
    return results[0]


def test_sources_bad_input_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    err = _one(path)
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: empty file"


def test_sources_bad_input_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n")
    assert _one(path).reason == "empty file"


def test_sources_bad_input_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = _one(path)
    assert isinstance(err, InputError)
    assert err.reason.startswith("binary file (NUL byte at offset")


def test_sources_bad_input_control_characters_without_nul(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50)
    assert _one(path).reason == "binary file (mostly non-text bytes)"


def test_sources_bad_input_non_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Ankara a dit: " + "déjà".encode("latin-1"))
    err = _one(path)
    assert isinstance(err, InputError)
    assert err.reason == "not UTF-8 (invalid byte 0xe9 at byte offset 15)"
    assert str(err).startswith(str(path))


def test_sources_bad_input_50mb_file_rejected_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: 50 MB of size, nearly no disk
        f.truncate(50 * 1024 * 1024)
    real_open = open

    def no_read(*args, **kwargs):
        if str(args[0]) == str(path):
            raise AssertionError("the file was opened")
        return real_open(*args, **kwargs)

    monkeypatch.setattr("builtins.open", no_read)
    err = _one(path)
    assert isinstance(err, InputError)
    assert err.reason == "file too large (52,428,800 bytes; the limit is 20,000,000)"


def test_sources_bad_input_max_bytes_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD)
    assert isinstance(_one(path, max_bytes=10), InputError)
    assert isinstance(_one(path, max_bytes=1000), Article)


def test_sources_bad_input_missing_path(tmp_path):
    err = _one(tmp_path / "nope.txt")
    assert isinstance(err, InputError)
    assert err.reason == "no such file or directory"


def test_sources_bad_input_unreadable_path(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    real_open = open

    def denied(*args, **kwargs):
        if str(args[0]) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(*args, **kwargs)

    monkeypatch.setattr("builtins.open", denied)
    assert _one(path).reason == "cannot read: permission denied"


def test_sources_bad_input_rest_of_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    results = list(read_inputs([str(empty), str(tmp_path / "missing.txt"), str(good)]))
    assert [type(r) for r in results] == [InputError, InputError, Article]
    assert results[2].text == GOOD
    assert results[2].input_name == str(good)


def test_sources_bad_input_each_error_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.jsonl").write_text('{"id": 1}\n{oops\n')
    for result in read_inputs([str(tmp_path)]):
        assert isinstance(result, InputError)
        assert "\n" not in str(result)
        assert str(result).startswith(str(tmp_path))


def test_sources_bad_input_sniffed_binary_without_suffix(tmp_path):
    path = tmp_path / "blob"
    path.write_bytes(os.urandom(64) + b"\x00" * 8)
    assert _one(path).reason.startswith("binary file")


def test_sources_bad_input_utf16_is_named(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_text(GOOD, encoding="utf-16")
    assert _one(path).reason == "not UTF-8 (UTF-16 byte-order mark at byte offset 0)"
