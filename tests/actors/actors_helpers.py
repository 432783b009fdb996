"""Helpers for the actors tests (a uniquely named module: tests/ has no packages)."""

from __future__ import annotations

from pathlib import Path

from eventwire.records import ActorMention

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def by_text(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    return [m for m in mentions if m.text == text]


def codes(mentions: list[ActorMention], text: str) -> list[str | None]:
    return [m.code for m in by_text(mentions, text)]


def pronoun(mentions: list[ActorMention], text: str) -> ActorMention | None:
    """The first mention whose text is ``text`` (a pronoun, most often), or None."""
    return next((m for m in mentions if m.text == text), None)
