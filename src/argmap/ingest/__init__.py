"""Ingest: read saved pages, exports and text dumps into raw threads.

Every module in this package that defines ``ADAPTER`` is a platform reader; adding a
platform is adding a file. :func:`read_file` decodes the bytes, picks the adapter whose
``detect`` is most confident (or the one ``platform=`` names) and returns its threads.

Whatever a file holds, :func:`read_file` returns threads that keep the
:class:`~argmap.ingest.base.RawThread` contract or raises one :class:`InputError` line, within
a size budget (``max_bytes``) and a time budget (``max_seconds``).
"""

from __future__ import annotations

import glob
import importlib
import logging
import math
import os
import pkgutil
import re
import stat
from functools import cache
from pathlib import Path
from typing import Protocol

from argmap.errors import InputError, Problem
from argmap.ingest.base import Adapter, RawMessage, RawQuote, RawThread, Source
from argmap.ingest.budget import run_within_budget
from argmap.ingest.decode import decode_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_SECONDS",
    "Read",
    "ReadMemo",
    "adapters",
    "expand_inputs",
    "read_file",
    "read_source",
]

#: Files a folder walk picks up; anything else in a folder is skipped silently.
INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".xml", ".json", ".txt", ".text")
#: Larger inputs are refused unless the caller raises the budget (``--max-bytes``).
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
#: Reading one input may take this long (``--max-seconds``). Generous: the slowest big input
#: in ``bench/big_inputs.py``, a 50 MB plain-text dump (780,000 messages), reads in about
#: 20 s on a shared 2-CPU machine; only a pathological input comes near the budget.
DEFAULT_MAX_SECONDS = 120.0
_LONGEST_PROBLEM = 300
_logger = logging.getLogger(__name__)


@cache
def adapters() -> dict[str, Adapter]:
    """Every platform adapter, by name, found by scanning this package's modules."""
    found: dict[str, Adapter] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        adapter = getattr(module, "ADAPTER", None)
        if isinstance(adapter, Adapter):
            found[adapter.name] = adapter
    return dict(sorted(found.items()))


def expand_inputs(inputs: list[str]) -> tuple[list[Path], list[InputError]]:
    """Turn files, folders and glob patterns into a sorted list of files, and errors for the
    ones that name nothing readable."""
    files: list[Path] = []
    errors: list[InputError] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found, unreadable = _walk_folder(path)
            errors.extend(unreadable)
            if not found and not unreadable:
                errors.append(InputError(path, Problem.EMPTY_FOLDER))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            errors.append(InputError(path, Problem.NOT_REGULAR))
        elif glob.has_magic(item):
            matches = _glob(item)
            if not matches:
                errors.append(InputError(item, Problem.NO_MATCH))
            files.extend(matches)
        else:
            errors.append(InputError(path, Problem.NO_SUCH_INPUT))
    return list(dict.fromkeys(files)), errors


def _walk_folder(root: Path) -> tuple[list[Path], list[InputError]]:
    """Input files under ``root``, sorted; hidden entries and linked folders are skipped (a
    link back up the tree would otherwise loop). Iterative, so any depth is fine."""
    found: list[Path] = []
    errors: list[InputError] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            problem = Problem.FOLDER_UNREADABLE.format(reason=exc.strerror or exc)
            errors.append(InputError(folder, problem))
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file() and Path(entry.name).suffix.lower() in INPUT_SUFFIXES:
                    found.append(Path(entry.path))
            except OSError:
                continue  # vanished or unreadable entry: not an input
    return sorted(found), errors


def _glob(pattern: str) -> list[Path]:
    """Files matching a pattern (``**`` for any depth), sorted, hidden names skipped unless
    the pattern names them.

    :mod:`pathlib`'s matching is used rather than :func:`glob.glob`, whose ``**`` follows
    linked folders and so runs for ever on a link that points back up the tree.
    """
    path = Path(pattern)
    base = Path(path.anchor) if path.anchor else Path()
    relative = path.relative_to(path.anchor) if path.anchor else path
    named = {part for part in relative.parts if part.startswith(".")}
    try:
        matches = [
            match
            for match in base.glob(str(relative))
            if match.is_file()
            and not any(p.startswith(".") and p not in named for p in match.relative_to(base).parts)
        ]
    except (ValueError, OSError):
        return []
    return sorted(matches)


#: What reading one file gives: the name of the adapter used and the threads it found.
Read = tuple[str, list[RawThread]]


class ReadMemo(Protocol):
    """Somewhere to keep what was read from a file's bytes (see ``argmap.cache.IngestCache``)."""

    def get(self, path: Path, platform: str | None, data: bytes) -> Read | None: ...

    def put(self, path: Path, platform: str | None, data: bytes, read: Read) -> None: ...


def read_file(
    path: Path,
    platform: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_seconds: float | None = DEFAULT_MAX_SECONDS,
    memo: ReadMemo | None = None,
) -> Read:
    """Read one input file; return the name of the adapter used and the threads found.

    Raises :class:`InputError` with a one-line reason when the file cannot be read as a
    thread (missing, too large, too slow, binary, undecodable, or refused by the adapter).
    With a ``memo``, bytes read before give their threads without being parsed again.
    """
    path = Path(path)
    try:
        return run_within_budget(
            lambda: _read_and_parse(path, platform, max_bytes, memo), max_seconds, path
        )
    except InputError as exc:
        raise _one_line(exc) from None


def _read_and_parse(
    path: Path, platform: str | None, max_bytes: int, memo: ReadMemo | None
) -> Read:
    data = _read_bytes(path, max_bytes)
    known = memo.get(path, platform, data) if memo is not None else None
    if known is not None:
        return known
    read = read_source(Source(path=path, data=data, text=decode_bytes(path, data)), platform)
    if memo is not None:
        memo.put(path, platform, data, read)
    return read


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, reading at most ``max_bytes + 1`` whatever ``stat`` claimed, and
    never blocking on a pipe or device."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise InputError(path, Problem.NOT_REGULAR)
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, Problem.NO_SUCH_FILE) from None
    except IsADirectoryError:
        raise InputError(path, Problem.IS_A_FOLDER) from None
    except PermissionError:
        raise InputError(path, Problem.PERMISSION) from None
    except OSError as exc:
        raise InputError(path, Problem.UNREADABLE.format(reason=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        size = max(len(data), _size_on_disk(path))
        raise InputError(path, Problem.TOO_BIG.format(size=size, budget=max_bytes))
    return data


def _size_on_disk(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_source(source: Source, platform: str | None = None) -> tuple[str, list[RawThread]]:
    """Pick the adapter for an already-decoded source and parse it.

    Any exception escaping an adapter (its own bug, or an error class of lxml, dateparser
    and the like) becomes an :class:`InputError` naming the adapter, so one bad file never
    stops a run; a caught crash is still a bug to fix in that adapter.
    """
    adapter = _choose_adapter(source, platform)
    try:
        threads = adapter.parse(source)
    except InputError as exc:
        raise _one_line(exc) from None
    except Exception as exc:
        problem = f"{adapter.name} reader failed: {type(exc).__name__}: {exc}"
        raise _one_line(InputError(source.path, problem)) from None
    return adapter.name, _checked(threads, adapter.name, source.path)


def _choose_adapter(source: Source, platform: str | None) -> Adapter:
    known = adapters()
    if platform:
        if platform not in known:
            listed = ", ".join(known)
            raise InputError(
                source.path, Problem.UNKNOWN_PLATFORM.format(platform=platform, known=listed)
            )
        return known[platform]
    scored = [(_confidence(adapter, source), name) for name, adapter in known.items()]
    score, name = max(scored)
    if score <= 0:
        raise InputError(source.path, Problem.UNRECOGNISED)
    return known[name]


def _confidence(adapter: Adapter, source: Source) -> float:
    """The adapter's detection score; a detector that crashes (a bug, logged) scores 0, so
    one broken detector cannot stop every file from being read."""
    try:
        score = float(adapter.detect(source))
    except Exception as exc:
        _logger.warning(
            "%s: %s detector failed: %s: %s", source.path, adapter.name, type(exc).__name__, exc
        )
        return 0.0
    return score if math.isfinite(score) else 0.0


def _checked(threads: object, adapter: str, path: Path) -> list[RawThread]:
    """The adapter's result if it keeps the RawThread contract, else :class:`InputError`
    (so a broken adapter fails here, naming itself, not later in the pipeline)."""
    problem = _contract_problem(threads)
    if problem:
        raise InputError(path, Problem.READER_RETURNED.format(reader=adapter, problem=problem))
    return list(threads)  # type: ignore[call-overload]


def _contract_problem(threads: object) -> str | None:
    if not isinstance(threads, list | tuple):
        return f"{type(threads).__name__} instead of a list of threads"
    for thread in threads:
        if not isinstance(thread, RawThread):
            return f"{type(thread).__name__} instead of a RawThread"
        if not isinstance(thread.title, str) or not isinstance(thread.platform, str):
            return "a thread whose title or platform is not text"
        if thread.post is not None and not isinstance(thread.post, RawMessage):
            return "a post that is not a RawMessage"
        if not isinstance(thread.comments, list | tuple):
            return "comments that are not a list"
        for message in [thread.post, *thread.comments]:
            problem = message is not None and _message_problem(message)
            if problem:
                return problem
    return None


def _message_problem(message: object) -> str | None:
    if not isinstance(message, RawMessage):
        return f"a comment of type {type(message).__name__}"
    if not isinstance(message.key, str) or not isinstance(message.text, str):
        return "a message whose key or text is not text"
    optional = (message.author, message.time, message.time_text, message.parent_key, message.url)
    if not all(value is None or isinstance(value, str) for value in optional):
        return f"message {message.key[:40]!r} with a field that is neither text nor None"
    if not all(isinstance(q, RawQuote) and isinstance(q.text, str) for q in message.quotes):
        return f"message {message.key[:40]!r} with a quote that is not a RawQuote"
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _one_line(error: InputError) -> InputError:
    """The same error with control characters (newlines from a library's message or a file
    name) flattened and the reason capped, so the CLI prints exactly one line."""
    path = _CONTROL.sub("?", error.path)
    problem = " ".join(error.problem.split())
    if len(problem) > _LONGEST_PROBLEM:
        problem = problem[: _LONGEST_PROBLEM - 1] + "…"
    if path == error.path and problem == error.problem:
        return error
    return InputError(path, problem)
