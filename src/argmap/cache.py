"""On-disk cache of what a run computed, so re-mapping unchanged inputs skips reading pages,
spaCy and the stance model.

One :class:`diskcache.Cache` folder (``~/.cache/argmap`` by default) holds three kinds of
entry, told apart by a prefix of their keys:

* ``analysis:`` a thread's :class:`~argmap.analysis.ThreadAnalysis`, under the SHA-256 of
  the thread's content and of the pipeline that analysed it (:func:`pipeline_version`, and
  the stance pair length);
* ``ingest:`` the threads read from an input file, under the SHA-256 of its path and bytes,
  the platform asked for and :func:`readers_version`;
* ``stance:`` the stance model's answers for claim pairs of different threads, which the
  whole-run pass would otherwise judge afresh on every run.

diskcache stores entries in SQLite plus files, safely across threads and processes, and keeps
the folder under a size limit (:data:`DEFAULT_SIZE_LIMIT`, or ``size_limit=``) by evicting
the entries stored longest ago. A changed comment, spaCy model or analysis gives a different
key, so a stale entry is never read; an entry that cannot be read is recomputed; and the
whole folder is safe to delete at any time. A folder that cannot be used at all raises
:class:`~argmap.errors.CacheError`, which the pipeline reports and then runs without a cache.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import diskcache

from argmap.analysis import ANALYSIS_VERSION, ThreadAnalysis
from argmap.errors import CacheError, Problem, SchemaError
from argmap.ingest import Read
from argmap.model import SCHEMA, ArgumentMap, Message, Thread

__all__ = [
    "CACHE_ENV",
    "DEFAULT_SIZE_LIMIT",
    "AnalysisCache",
    "IngestCache",
    "StanceMemo",
    "default_cache_dir",
    "open_cache",
    "pipeline_version",
    "readers_version",
]

#: Environment variable naming the cache folder.
CACHE_ENV = "ARGMAP_CACHE_DIR"
#: The folder is trimmed to this size: ample for the analyses of thousands of threads (a
#: 10,000-comment thread's entry is about 15 MB).
DEFAULT_SIZE_LIMIT = 2 * 1024**3
#: Packages whose code decides what an analysis or a read contains.
_ANALYSIS_PACKAGES = ("nlp", "claims", "relations", "points")
_SOURCE_ROOT = Path(__file__).parent


def default_cache_dir() -> Path:
    """``$ARGMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/argmap``, else ``~/.cache/argmap``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "argmap"


@cache
def open_cache(folder: Path, size_limit: int = DEFAULT_SIZE_LIMIT) -> diskcache.Cache:
    """The cache in ``folder`` (created if needed); :class:`CacheError` if it cannot be used.

    One :class:`diskcache.Cache` per folder and process: it keeps its SQLite connection open.
    """
    try:
        store = diskcache.Cache(str(folder), size_limit=size_limit)
        store.touch("argmap:writable", expire=None)
    except (OSError, sqlite3.Error, diskcache.Timeout) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise CacheError(folder, Problem.CACHE_UNUSABLE.format(reason=reason)) from None
    return store


@cache
def pipeline_version(model: str | None = None) -> str:
    """A digest of what an analysis depends on besides its input.

    It covers the map schema, :data:`~argmap.analysis.ANALYSIS_VERSION`, the versions of
    spaCy, py3langid and vaderSentiment (whose word ratings the claim stage reads),
    the pipeline's name, version and components, the analysis stages' data files (weights,
    word lists; the stance model by its checksums) and their code as syntax trees without
    docstrings, so a change of behaviour misses the cache and an edited comment or
    docstring does not.
    """
    from importlib.metadata import version

    from argmap.nlp.pipeline import model_meta

    meta = model_meta(model)
    digest = hashlib.sha256()
    packages = (version("spacy"), version("py3langid"), version("vaderSentiment"))
    parts = (SCHEMA, ANALYSIS_VERSION, *packages, str(model))
    for part in (*parts, meta.get("name"), meta.get("version")):
        digest.update(f"{part}\n".encode())
    digest.update(" ".join(meta.get("pipeline", ())).encode())
    for package in _ANALYSIS_PACKAGES:
        _add_package(digest, package)
    _add_code(digest, _SOURCE_ROOT / "analysis.py")
    _add_code(digest, _SOURCE_ROOT / "language.py")
    return digest.hexdigest()


@cache
def readers_version() -> str:
    """A digest of argmap's readers: their code (as syntax trees) and data files."""
    digest = hashlib.sha256(SCHEMA.encode())
    _add_package(digest, "ingest")
    return digest.hexdigest()


def _add_package(digest: Any, package: str) -> None:
    """Feed one subpackage's code and data to ``digest``. ONNX weights are covered by the
    checksum files beside them, which are hashed instead of the big files themselves."""
    for path in sorted((_SOURCE_ROOT / package).rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".onnx":
            continue
        if path.suffix == ".py":
            _add_code(digest, path)
        else:
            digest.update(path.relative_to(_SOURCE_ROOT).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())


def _add_code(digest: Any, path: Path) -> None:
    """Feed a module's syntax tree, less docstrings, to ``digest``: what it does, not how
    its comments and documentation read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and _is_docstring(body[0]):
            node.body = body[1:] or [ast.Pass()]
    digest.update(path.relative_to(_SOURCE_ROOT).as_posix().encode())
    digest.update(ast.dump(tree).encode())


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _sha256(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else part.encode("utf-8", "surrogateescape")
        digest.update(data + b"\x00")
    return digest.hexdigest()


class AnalysisCache:
    """Thread analyses kept in the cache folder, one entry per thread and pipeline."""

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
        return "analysis:" + _sha256(settings, content)

    def get(self, key: str) -> ThreadAnalysis | None:
        """The stored analysis, or ``None`` when there is none or it cannot be read."""
        try:
            return ThreadAnalysis.from_dict(json.loads(open_cache(self.folder)[key]))
        except (KeyError, ValueError, TypeError, SchemaError):
            return None

    def put(self, key: str, analysis: ThreadAnalysis) -> None:
        """Store ``analysis`` as soon as it is done, so a killed run keeps what it finished."""
        open_cache(self.folder).set(key, json.dumps(analysis.as_dict()))


class StanceMemo:
    """The stance model's probabilities for (target, reply) pairs, remembered under the
    SHA-256 of the pipeline version, the pair length and the two texts. :meth:`classify`
    stands in for :func:`~argmap.relations.classifier.classify_pairs`."""

    def __init__(self, folder: str | Path, model: str | None = None) -> None:
        self.folder = Path(folder)
        self.model = model

    def classify(
        self, pairs: Sequence[tuple[str, str]], max_tokens: int | None = None
    ) -> list[tuple[float, ...]]:
        """Probabilities per label for each pair: remembered ones, the rest from the model."""
        from argmap.relations.classifier import classify_pairs

        store = open_cache(self.folder)
        keys = [self._key(pair, max_tokens) for pair in pairs]
        known = {key: tuple(value) for key in keys if _probabilities(value := store.get(key))}
        todo = [i for i, key in enumerate(keys) if key not in known]
        if todo:
            fresh = classify_pairs([pairs[i] for i in todo], max_tokens)
            with store.transact():
                for i, probabilities in zip(todo, fresh, strict=True):
                    known[keys[i]] = tuple(probabilities)
                    store.set(keys[i], [float(p) for p in probabilities])
        return [known[key] for key in keys]

    def _key(self, pair: tuple[str, str], max_tokens: int | None) -> str:
        return "stance:" + _sha256(pipeline_version(self.model), str(max_tokens), *pair)


def _probabilities(value: Any) -> bool:
    """Whether a remembered value is a list of probabilities (a damaged one is not)."""
    return isinstance(value, list) and all(isinstance(p, float) for p in value) and bool(value)


class IngestCache:
    """Threads read from input files, one entry per file's bytes. The key covers the file's
    path and bytes, the platform asked for, and :func:`readers_version`: the path is
    included because a text dump's name is its thread's title. Used as the ``memo`` of
    :func:`argmap.ingest.read_file`; only files read without error are kept.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def get(self, path: Path, platform: str | None, data: bytes) -> Read | None:
        """The threads read before from these bytes, or ``None``."""
        from argmap.ingest.base import raw_thread_from_dict

        try:
            stored = json.loads(open_cache(self.folder)[self._key(path, platform, data)])
            return stored["adapter"], [raw_thread_from_dict(t) for t in stored["threads"]]
        except (KeyError, ValueError, TypeError):
            return None

    def put(self, path: Path, platform: str | None, data: bytes, read: Read) -> None:
        """Keep what was read."""
        import dataclasses

        adapter, threads = read
        stored = {"adapter": adapter, "threads": [dataclasses.asdict(t) for t in threads]}
        open_cache(self.folder).set(self._key(path, platform, data), json.dumps(stored))

    def _key(self, path: Path, platform: str | None, data: bytes) -> str:
        return "ingest:" + _sha256(readers_version(), str(platform), os.fsencode(path), data)
