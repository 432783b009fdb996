"""Shared fixtures: the real spaCy model and the packaged resolver, built once per session."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver, default_resolver
from eventwire.nlp import load
from eventwire.records import ActorMention


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return default_resolver()


@pytest.fixture(scope="session")
def resolve(nlp, resolver):
    """resolve(text, date) → mentions; find(text, words) → the mentions whose text is words."""

    def run(text: str, date: str | None = "2016-02-16",
            using: ActorResolver | None = None) -> list[ActorMention]:
        return (using or resolver).resolve(nlp(text), date)

    return run

