"""eventwire's errors, in one place (as spaCy keeps its own in spacy/errors.py).

An :class:`InputError` is about one input: it names the input and the reason in one
line, and the rest of a batch goes on.
"""

from __future__ import annotations

# Bytes: a file, line, record payload or request body larger than this is an InputError ("file
# too large"), whichever stage reads it.
MAX_INPUT_BYTES = 20_000_000


class EventwireError(Exception):
    """Base class of eventwire's own errors."""


class InputError(EventwireError):
    """One input could not be read or coded."""

    def __init__(self, input_name: str, reason: str) -> None:
        super().__init__(f"{input_name}: {reason}")
        self.input_name = input_name
        self.reason = reason


class DictionaryWarning(UserWarning):
    """A malformed line in a dictionary or pattern file, skipped."""
