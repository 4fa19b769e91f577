"""On-disk cache of thread analyses, so re-mapping unchanged inputs skips spaCy and the
stance model.

An entry is one thread's :class:`~argmap.analysis.ThreadAnalysis` as JSON, stored under the
SHA-256 of the thread's content (its argmap/1 JSON: title, messages, authors, parents) and
of the pipeline that analysed it (:func:`pipeline_version`, and the stance pair length). A
changed comment, a different spaCy model, or a new argmap release (any change to the code
or data of the analysis stages) gives a different key, so a stale entry is never read; it
is just never used again.

Entries are written atomically (temporary file, then rename), each as soon as its thread is
analysed, so a run killed halfway keeps what it finished. An entry that cannot be read is
ignored and recomputed, and the whole folder is safe to delete at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from pathlib import Path

from argmap.analysis import ThreadAnalysis
from argmap.errors import SchemaError
from argmap.files import OutputError, atomic_write_text
from argmap.model import ArgumentMap, Message, Thread

__all__ = ["CACHE_ENV", "AnalysisCache", "default_cache_dir", "pipeline_version"]

#: Environment variable naming the cache folder.
CACHE_ENV = "ARGMAP_CACHE_DIR"
#: Packages whose code or data decide what an analysis contains.
_ANALYSIS_PACKAGES = ("nlp", "claims", "relations")
_ANALYSIS_MODULES = ("analysis.py", "model.py")
_SOURCE_ROOT = Path(__file__).parent


def default_cache_dir() -> Path:
    """``$ARGMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/argmap``, else ``~/.cache/argmap``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "argmap"


@cache
def pipeline_version(model: str | None = None) -> str:
    """A digest of everything an analysis depends on besides its input: the spaCy version,
    the pipeline's name, version and components, and argmap's analysis code and data."""
    import spacy

    from argmap.nlp import load_pipeline

    nlp = load_pipeline(model)
    digest = hashlib.sha256()
    for part in (spacy.__version__, nlp.meta.get("name"), nlp.meta.get("version")):
        digest.update(f"{part}\n".encode())
    digest.update(" ".join(nlp.pipe_names).encode())
    for path in _analysis_files():
        digest.update(path.relative_to(_SOURCE_ROOT).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _analysis_files() -> list[Path]:
    """The analysis stages' source and data files. The stance model's weights are covered
    by its ``SHA256SUMS.txt``, which is hashed instead of the 23 MB file itself."""
    files = [_SOURCE_ROOT / name for name in _ANALYSIS_MODULES]
    for package in _ANALYSIS_PACKAGES:
        files += (
            p
            for p in (_SOURCE_ROOT / package).rglob("*")
            if p.is_file() and p.suffix != ".onnx" and "__pycache__" not in p.parts
        )
    return sorted(files)


class AnalysisCache:
    """Thread analyses stored under ``folder``, one JSON file per thread and pipeline."""

    def __init__(
        self, folder: str | Path, model: str | None = None, stance_tokens: int | None = None
    ) -> None:
        self.folder = Path(folder)
        self.model = model
        self.stance_tokens = stance_tokens

    def key(self, thread: Thread, messages: tuple[Message, ...]) -> str:
        """The entry name of ``thread`` analysed by this cache's pipeline."""
        content = ArgumentMap((thread,), messages).dumps()
        settings = f"{pipeline_version(self.model)} stance_tokens={self.stance_tokens}"
        text = f"{settings}\n{content}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> ThreadAnalysis | None:
        """The stored analysis, or ``None`` when there is none or it cannot be read."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return ThreadAnalysis.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError, SchemaError):
            return None

    def put(self, key: str, analysis: ThreadAnalysis) -> None:
        """Store ``analysis`` atomically; a cache that cannot be written is skipped."""
        with contextlib.suppress(OutputError):
            atomic_write_text(self._path(key), json.dumps(analysis.as_dict()))

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
