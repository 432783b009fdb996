"""The spaCy pipeline is loaded once per process, however a stage names it."""

from eventwire import nlp


def test_the_default_pipeline_and_its_name_are_one_load(monkeypatch):
    name = nlp.model_name()
    monkeypatch.setenv("EVENTWIRE_MODEL", name)  # as a user configures it
    assert nlp.load(name) is nlp.load()
