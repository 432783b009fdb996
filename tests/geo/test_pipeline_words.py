"""The geo stage tells English words from place names with the word list of the pipeline that
parses, not with another model loaded beside it."""

from __future__ import annotations

import spacy

from eventwire import nlp as nlp_module
from eventwire.geo import default_geoparser
from eventwire.pipeline import build_stages
from eventwire.settings import load_settings


def test_a_pipeline_named_in_the_settings_file_gives_the_geo_stage_its_words(tmp_path,
                                                                              monkeypatch):
    monkeypatch.delenv("EVENTWIRE_MODEL", raising=False)
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    # a pipeline of the user's own: the default model without its lemmatizer
    spacy.load(nlp_module.model_name(), exclude=["lemmatizer"]).to_disk(tmp_path / "mine")
    config = tmp_path / "mine.toml"
    config.write_text(f'model = "{(tmp_path / "mine").as_posix()}"\n', encoding="utf-8")

    stages = build_stages(load_settings(config))

    assert "lemmatizer" not in stages.nlp.pipe_names
    assert stages.geoparser.english == frozenset()  # its own (empty) word list
    assert "monster" in default_geoparser().english  # the default model's, read apart
