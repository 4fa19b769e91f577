"""Ingest: read saved pages, exports and text dumps into raw threads.

Every module in this package that defines ``ADAPTER`` is a platform reader; adding a
platform is adding a file. :func:`read_file` decodes the bytes, picks the adapter whose
``detect`` is most confident (or the one ``platform=`` names) and returns its threads.
"""

from __future__ import annotations

import glob
import importlib
import pkgutil
from functools import cache
from pathlib import Path

from argmap.errors import InputError
from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.decode import decode_bytes

__all__ = ["adapters", "expand_inputs", "read_file", "read_source"]

#: Files a folder walk picks up; anything else in a folder is skipped silently.
INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".xml", ".json", ".txt", ".text")
#: Larger inputs are refused unless the caller raises the budget (``--max-bytes``).
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


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
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not _hidden(p, path)
            )
            if not found:
                errors.append(
                    InputError(path, "folder holds no input files (.html, .json, .txt, .xml)")
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                errors.append(InputError(item, "pattern matches no file"))
            files.extend(matches)
        else:
            errors.append(InputError(path, "no such file or folder"))
    return list(dict.fromkeys(files)), errors


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(
    path: Path, platform: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, list[RawThread]]:
    """Read one input file; return the name of the adapter used and the threads found.

    Raises :class:`InputError` with a one-line reason when the file cannot be read as a
    thread (missing, too large, binary, undecodable, or refused by the forced adapter).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                path, f"file is {size:,} bytes, over the {max_bytes:,}-byte budget (--max-bytes)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return read_source(Source(path=path, data=data, text=decode_bytes(path, data)), platform)


def read_source(source: Source, platform: str | None = None) -> tuple[str, list[RawThread]]:
    """Pick the adapter for an already-decoded source and parse it."""
    adapter = _choose_adapter(source, platform)
    try:
        threads = adapter.parse(source)
    except InputError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise InputError(
            source.path, f"{adapter.name} reader failed: {type(exc).__name__}: {exc}"
        ) from None
    return adapter.name, threads


def _choose_adapter(source: Source, platform: str | None) -> Adapter:
    known = adapters()
    if platform:
        if platform not in known:
            raise InputError(
                source.path, f"unknown platform {platform!r}; known: {', '.join(known)}"
            )
        return known[platform]
    scored = [(adapter.detect(source), name) for name, adapter in known.items()]
    score, name = max(scored)
    if score <= 0:
        raise InputError(source.path, "no reader recognises this file")
    return known[name]
