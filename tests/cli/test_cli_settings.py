"""Settings: defaults, the user's file, the environment, flags; the user's data wins."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import InputError
from eventwire.settings import load_settings

TEXT = "Zorblania accused Russia of war crimes on Monday."


def codes(result) -> set[tuple[str | None, str]]:
    assert result.exit_code == 0, result.output
    return {((r["source"] or {}).get("code"), r["cameo"]["code"])
            for r in map(json.loads, result.stdout.splitlines())}


def test_settings_order(tmp_path, monkeypatch):
    config = tmp_path / "eventwire.toml"
    config.write_text('classifier = false\nactors = ["mine.tsv"]\n')
    monkeypatch.delenv("EVENTWIRE_CLASSIFIER", raising=False)
    settings = load_settings(config)
    assert settings.classifier is False
    assert settings.actors == (str(tmp_path / "mine.tsv"),)
    monkeypatch.setenv("EVENTWIRE_CLASSIFIER", "1")
    assert load_settings(config).classifier is True
    assert load_settings(config, classifier=False).classifier is False


def test_an_empty_environment_switch_leaves_the_setting_alone(tmp_path, monkeypatch):
    config = tmp_path / "eventwire.toml"
    config.write_text("classifier = false\n")
    monkeypatch.setenv("EVENTWIRE_CLASSIFIER", "")
    assert load_settings(config).classifier is False
    monkeypatch.setenv("EVENTWIRE_LOCATE", " ")
    assert load_settings(config).locate is True


def test_ner_everywhere_from_file_and_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_NER_EVERYWHERE", raising=False)
    config = tmp_path / "eventwire.toml"
    config.write_text("ner_everywhere = true\n")
    assert load_settings(config).ner_everywhere is True
    config.write_text("ner_everywhere = 'yes'\n")
    with pytest.raises(InputError, match="ner_everywhere must be true or false"):
        load_settings(config)
    monkeypatch.setenv("EVENTWIRE_NER_EVERYWHERE", "1")
    assert load_settings().ner_everywhere is True
    monkeypatch.setenv("EVENTWIRE_NER_EVERYWHERE", "0")
    assert load_settings().ner_everywhere is False


def test_settings_bad_file_is_named(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("colour = 'blue'\n")
    with pytest.raises(InputError, match="unknown setting 'colour'"):
        load_settings(config)
    config.write_text("classifier = [\n")
    with pytest.raises(InputError, match="bad.toml"):
        load_settings(config)


def test_cli_user_actor_dictionary_wins(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("Zorblania\tZRBGOV\tcountry\tmy own notes\n")
    runner = CliRunner()
    plain = codes(runner.invoke(app, ["code", "-", "-f", "jsonl", "--date", "2020-01-01"],
                                input=TEXT))
    assert ("ZRBGOV", "1124") not in plain
    mine_result = runner.invoke(app, ["code", "-", "-f", "jsonl", "--date", "2020-01-01",
                                      "--actors", str(mine)], input=TEXT)
    assert ("ZRBGOV", "1124") in codes(mine_result)


def test_cli_user_patterns(tmp_path):
    mine = tmp_path / "patterns.jsonl"
    mine.write_text(json.dumps({"id": "mine/zorble", "trigger": "zorble", "pos": "VERB",
                                "code": "111"}) + "\n")
    runner = CliRunner()
    text = "Germany zorbled Russia over its policy."  # a verb no packaged pattern knows
    assert ("DEU", "111") not in codes(runner.invoke(app, ["code", "-", "-f", "jsonl"],
                                                    input=text))
    result = runner.invoke(app, ["code", "-", "-f", "jsonl", "--patterns", str(mine)],
                           input=text)
    assert ("DEU", "111") in codes(result)


def test_cli_bad_settings_file_is_one_line(tmp_path):
    config = tmp_path / "broken.toml"
    config.write_text("model = 3\n")
    result = CliRunner().invoke(app, ["code", "-", "--config", str(config)], input=TEXT)
    assert result.exit_code == 2
    assert "broken.toml" in result.output and "model must be a string" in result.output


def test_cli_missing_user_files_are_one_line_errors(tmp_path):
    runner = CliRunner()
    for option in ("--patterns", "--actors"):
        missing = tmp_path / f"missing{option}.txt"
        result = runner.invoke(app, ["code", "-", option, str(missing)], input=TEXT)
        assert result.exit_code == 2
        assert str(missing) in result.output and "Traceback" not in result.output
