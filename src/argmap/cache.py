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

:class:`IngestCache` keeps, the same way, the threads read from each input file's bytes,
so a re-run does not parse saved pages again. :class:`StanceMemo` keeps the stance model's
answers for the claim pairs of different threads, which the whole-run pass judges afresh on
every run: one SQLite file, whose transactions survive a killed run the same way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from argmap.analysis import ThreadAnalysis
from argmap.errors import SchemaError
from argmap.files import OutputError, atomic_write_text
from argmap.ingest import Read
from argmap.model import ArgumentMap, Message, Thread

__all__ = [
    "CACHE_ENV",
    "AnalysisCache",
    "IngestCache",
    "StanceMemo",
    "default_cache_dir",
    "pipeline_version",
]

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
    the pipeline's name, version and components, and argmap's analysis code and data
    (which decides the components argmap adds or leaves out)."""
    from importlib.metadata import version

    from argmap.nlp.pipeline import model_meta

    meta = model_meta(model)
    digest = hashlib.sha256()
    for part in (version("spacy"), meta.get("name"), meta.get("version")):
        digest.update(f"{part}\n".encode())
    digest.update(" ".join(meta.get("pipeline", ())).encode())
    _add_files(digest, _analysis_files())
    return digest.hexdigest()


def _analysis_files() -> list[Path]:
    """The analysis stages' source and data files. The stance model's weights are covered
    by its ``SHA256SUMS.txt``, which is hashed instead of the 23 MB file itself."""
    files = [_SOURCE_ROOT / name for name in _ANALYSIS_MODULES]
    for package in _ANALYSIS_PACKAGES:
        files += _package_files(package)
    return sorted(files)


def _package_files(package: str) -> list[Path]:
    """The files of one argmap subpackage, less compiled code and ONNX weights."""
    return sorted(
        p
        for p in (_SOURCE_ROOT / package).rglob("*")
        if p.is_file() and p.suffix != ".onnx" and "__pycache__" not in p.parts
    )


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


class StanceMemo:
    """The stance model's probabilities for (target, reply) pairs, remembered in
    ``folder/stance-pairs.sqlite`` under the SHA-256 of the pipeline version, the pair
    length and the two texts. :meth:`classify` stands in for
    :func:`~argmap.relations.classifier.classify_pairs`. A memo that cannot be opened,
    read or written is passed by: the model answers instead.
    """

    FILE = "stance-pairs.sqlite"

    def __init__(self, folder: str | Path, model: str | None = None) -> None:
        self.path = Path(folder) / self.FILE
        self.model = model

    def classify(
        self, pairs: Sequence[tuple[str, str]], max_tokens: int | None = None
    ) -> list[tuple[float, ...]]:
        """Probabilities per label for each pair: remembered ones, the rest from the model."""
        from argmap.relations.classifier import classify_pairs

        keys = [self._key(pair, max_tokens) for pair in pairs]
        known = self._recall(keys)
        todo = [i for i, key in enumerate(keys) if key not in known]
        if todo:
            fresh = classify_pairs([pairs[i] for i in todo], max_tokens)
            new = {keys[i]: probabilities for i, probabilities in zip(todo, fresh, strict=True)}
            self._remember(new)
            known.update(new)
        return [known[key] for key in keys]

    def _key(self, pair: tuple[str, str], max_tokens: int | None) -> str:
        text = "\x00".join((pipeline_version(self.model), str(max_tokens), *pair))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _recall(self, keys: list[str]) -> dict[str, tuple[float, ...]]:
        found: dict[str, tuple[float, ...]] = {}
        if not self.path.is_file():
            return found
        with (
            contextlib.suppress(sqlite3.Error, ValueError, TypeError),
            contextlib.closing(sqlite3.connect(self.path, timeout=10)) as db,
        ):
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, probabilities FROM pairs WHERE key IN ({marks})"
                for key, stored in db.execute(query, chunk):
                    found[key] = tuple(float(p) for p in json.loads(stored))
        return found

    def _remember(self, new: dict[str, tuple[float, ...]]) -> None:
        with contextlib.suppress(sqlite3.Error, OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.closing(sqlite3.connect(self.path, timeout=10)) as db, db:
                db.execute(
                    "CREATE TABLE IF NOT EXISTS pairs (key TEXT PRIMARY KEY, probabilities TEXT)"
                )
                db.executemany(
                    "INSERT OR REPLACE INTO pairs VALUES (?, ?)",
                    ((key, json.dumps(list(p))) for key, p in new.items()),
                )


class IngestCache:
    """Threads read from input files, one JSON file per file's bytes, under
    ``folder/ingest``. The key is the SHA-256 of the file's path and bytes, the platform
    asked for, and a digest of argmap's readers (:func:`ingest_version`): the path is
    included because a text dump's name is its thread's title. Used as the ``memo`` of
    :func:`argmap.ingest.read_file`; only files read without error are kept.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder) / "ingest"

    def get(self, path: Path, platform: str | None, data: bytes) -> Read | None:
        """The threads read before from these bytes, or ``None``."""
        from argmap.ingest.base import raw_thread_from_dict

        try:
            stored = json.loads(self._entry(path, platform, data).read_text(encoding="utf-8"))
            return stored["adapter"], [raw_thread_from_dict(t) for t in stored["threads"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, path: Path, platform: str | None, data: bytes, read: Read) -> None:
        """Keep what was read; a cache that cannot be written is skipped."""
        adapter, threads = read
        stored = {"adapter": adapter, "threads": [dataclasses.asdict(t) for t in threads]}
        with contextlib.suppress(OutputError):
            atomic_write_text(self._entry(path, platform, data), json.dumps(stored))

    def _entry(self, path: Path, platform: str | None, data: bytes) -> Path:
        header = f"{ingest_version()}\n{platform}\n{path}\n"
        digest = hashlib.sha256(header.encode("utf-8", "surrogateescape"))
        digest.update(data)
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.json"


@cache
def ingest_version() -> str:
    """A digest of argmap's readers: their source and data files."""
    digest = hashlib.sha256()
    _add_files(digest, _package_files("ingest"))
    return digest.hexdigest()


def _add_files(digest, files: list[Path]) -> None:
    """Feed each file's name (relative to argmap's source) and content hash to ``digest``."""
    for path in files:
        digest.update(path.relative_to(_SOURCE_ROOT).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
