"""Run the stages in order: ingest → nlp → claims → relations → points, then write maps.

Each stage is a plain function over plain data; this module only wires them together, and
it is all the command line uses, so a script can do whatever ``argmap`` does:

* :func:`map_inputs` reads files, folders and globs (maps ``argmap map`` wrote included),
  analyses what it read, and returns the map with the inputs that failed and why;
* :func:`map_files` and :func:`map_text` are the short forms for scripts;
* :func:`read_inputs`, :func:`assemble` and :func:`analyse` are its steps;
* :func:`write_maps` writes the JSON and HTML maps, :func:`check_output_folder` checks
  beforehand that it can.

Every option lives in one :class:`Settings` value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, overload

from argmap.errors import ArgmapError, CacheError, InputError, OutputError, Problem
from argmap.files import atomic_write_text, temporary_name
from argmap.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, expand_inputs, read_file
from argmap.ingest.base import RawThread, build_thread
from argmap.ingest.forum_tools import merge_pages
from argmap.ingest.text import parse_text
from argmap.model import ArgumentMap, Message, Thread, load
from argmap.slugs import output_slugs

__all__ = [
    "MapResult",
    "Settings",
    "analyse",
    "assemble",
    "check_output_folder",
    "load_or_map",
    "map_files",
    "map_inputs",
    "map_text",
    "read_inputs",
    "size_warnings",
    "write_maps",
]

#: What people paste when they mean a page: argmap reads saved files, never the network.
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
#: The mark argmap's own HTML pages carry, so mapping an output folder skips them.
_OWN_PAGE = re.compile(rb'<meta name="generator" content="argmap">')
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told, with the defaults the command line has.

    ``model``: the spaCy pipeline (``None``: the default English one). ``platform``: force
    a reader. ``max_bytes`` / ``max_seconds``: per-input budgets. ``jobs``: worker
    processes (``None``: one per CPU for big runs, else 1). ``dask_address``: a Dask
    scheduler for the per-thread work. ``cache_dir``: the cache folder (``None``: no
    cache). ``stance_tokens``: the stance model's pair length (``None``: as trained).
    ``link_threads``: also link claims across threads (off by default: their measured
    precision is too low to show them unasked, see docs/relations.md).
    """

    model: str | None = None
    platform: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_seconds: float | None = DEFAULT_MAX_SECONDS
    jobs: int | None = None
    dask_address: str | None = None
    cache_dir: Path | None = None
    stance_tokens: int | None = None
    link_threads: bool = False


@dataclass
class MappedInputs:
    """What a run's inputs held: raw threads ``(source, reader, thread)``, maps already
    written by argmap, the inputs that failed, and notes for the user."""

    threads: list[tuple[str, str, RawThread]] = field(default_factory=list)
    maps: list[ArgumentMap] = field(default_factory=list)
    errors: list[ArgmapError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class MapResult:
    """The map of a run (``None`` when nothing could be read), the inputs that failed, and
    notes (skipped files, a cache that could not be used)."""

    amap: ArgumentMap | None
    errors: list[ArgmapError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def map_inputs(
    inputs: Iterable[str | Path],
    settings: Settings = Settings(),
    *,
    on_file: Callable[[Path], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> MapResult:
    """Read every input, analyse what was read, and join it with the maps given as inputs.

    A bad input is recorded in the result and the others are still mapped. ``on_file`` is
    called as each file is read, ``on_progress(n)`` as ``n`` more messages are analysed.
    """
    settings, notes = _usable_cache(settings)
    read = read_inputs(inputs, settings, on_file=on_file)
    maps = list(read.maps)
    if read.threads:
        threads, messages = assemble((source, raw) for source, _, raw in read.threads)
        maps.insert(0, analyse(threads, messages, settings, on_progress=on_progress))
    return MapResult(_joined(maps), read.errors, notes + read.notes)


def _joined(maps: list[ArgumentMap]) -> ArgumentMap | None:
    from argmap.graph.combine import combine_maps

    if not maps:
        return None
    return maps[0] if len(maps) == 1 else combine_maps(maps)


@overload
def map_files(
    paths: Iterable[str | Path], *, errors: Literal["raise"] = "raise", **options: object
) -> ArgumentMap: ...
@overload
def map_files(
    paths: Iterable[str | Path], *, errors: Literal["collect"], **options: object
) -> tuple[ArgumentMap | None, list[ArgmapError]]: ...
def map_files(
    paths: Iterable[str | Path],
    *,
    errors: Literal["raise", "collect"] = "raise",
    **options: object,
) -> ArgumentMap | tuple[ArgumentMap | None, list[ArgmapError]]:
    """Map saved pages, exports, text dumps or written maps into one argument map.

    ``options`` are :class:`Settings` fields (``model=``, ``platform=``, ``cache_dir=``...).
    By default the first input that cannot be read raises its :class:`InputError`: a
    script that names its files expects all of them, and silently mapping fewer would hide
    that. ``errors="collect"`` maps what it can, as the command line does, and returns
    ``(map, errors)``.
    """
    paths = list(paths)
    result = map_inputs(paths, Settings(**options))  # type: ignore[arg-type]
    if errors == "collect":
        return result.amap, result.errors
    if result.errors:
        raise result.errors[0]
    if result.amap is None:
        raise InputError(", ".join(str(p) for p in paths), Problem.NO_THREAD)
    return result.amap


def map_text(
    text: str, *, platform: str = "text", title: str = "text", model: str | None = None
) -> ArgumentMap:
    """Map one thread given as text: a plain-text dump by default (``docs/ingest.md``),
    or the contents of a saved page or export with ``platform=``."""
    if platform != "text":
        from argmap.ingest import read_source
        from argmap.ingest.base import Source

        _, raws = read_source(Source(Path(title), text.encode(), text), platform)
    else:
        raws = [parse_text(text, title)]
    threads, messages = assemble((title, raw) for raw in raws)
    return analyse(threads, messages, Settings(model=model))


def load_or_map(path: str | Path, settings: Settings = Settings()) -> ArgumentMap:
    """The map in ``path`` if argmap wrote it, else the map of the page ``path`` holds."""
    from argmap.graph.combine import is_map_file

    if is_map_file(path):
        return load(path)
    return map_files([path], **vars(settings))


# -- the steps -----------------------------------------------------------------------------
def read_inputs(
    inputs: Iterable[str | Path],
    settings: Settings = Settings(),
    *,
    on_file: Callable[[Path], None] | None = None,
) -> MappedInputs:
    """Read every input (files, folders, globs); a bad one is recorded, the rest still read.

    Maps written by ``argmap map`` are loaded as they are; argmap's own HTML pages are
    skipped with a note. With ``settings.cache_dir``, files read before (same path and
    bytes) are not parsed again (see ``argmap.cache``).
    """
    from argmap.cache import IngestCache

    items = [str(item) for item in inputs]
    result = MappedInputs(errors=[InputError(i, Problem.URL_INPUT) for i in items if _URL.match(i)])
    files, errors = expand_inputs([i for i in items if not _URL.match(i)])
    result.errors += errors
    memo = IngestCache(settings.cache_dir) if settings.cache_dir is not None else None
    for path in files:
        try:
            _read_one(path, settings, memo, result)
        except ArgmapError as exc:
            result.errors.append(exc)
        if on_file is not None:
            on_file(path)
    result.threads = merge_pages(result.threads)
    return result


def _read_one(path: Path, settings: Settings, memo: object, result: MappedInputs) -> None:
    """Read one file into ``result``: a written map, a skipped own page, or threads."""
    from argmap.graph.combine import is_map_file

    if is_map_file(path):
        result.maps.append(load(path))
        return
    if _is_own_page(path):
        result.notes.append(f"{path}: skipped, {Problem.OWN_HTML_MAP}")
        return
    _check_json(path)
    adapter, threads = read_file(
        path,
        platform=settings.platform,
        max_bytes=settings.max_bytes,
        max_seconds=settings.max_seconds,
        memo=memo,  # type: ignore[arg-type]
    )
    if settings.platform and not any(thread.comments for thread in threads):
        problem = Problem.FORCED_PLATFORM_EMPTY.format(platform=settings.platform)
        raise InputError(path, problem)
    result.threads.extend((str(path), adapter, raw) for raw in threads)


def _is_own_page(path: Path) -> bool:
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as stream:
            return bool(_OWN_PAGE.search(stream.read(_HEAD_BYTES)))
    except OSError:
        return False  # read_file says what is wrong with it


def _check_json(path: Path) -> None:
    """A ``.json`` input that starts as JSON but breaks fails saying where, rather than with
    "no reader recognises this file" (a page saved under a ``.json`` name is left to the
    readers, which detect what a file holds)."""
    if path.suffix.lower() != ".json":
        return
    try:
        data = path.read_bytes()
        if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
            return
        json.loads(data)
    except json.JSONDecodeError as exc:
        problem = Problem.INVALID_JSON.format(line=exc.lineno, column=exc.colno, reason=exc.msg)
        raise InputError(path, problem) from None
    except (OSError, UnicodeDecodeError, RecursionError):
        return  # read_file gives the reason in its own words


def assemble(raw_threads: Iterable[tuple[str, RawThread]]) -> tuple[list[Thread], list[Message]]:
    """Number threads ``t1``, ``t2``... in input order and build their messages."""
    threads: list[Thread] = []
    messages: list[Message] = []
    for number, (source, raw) in enumerate(raw_threads, start=1):
        thread, thread_messages = build_thread(raw, f"t{number}", source)
        threads.append(thread)
        messages.extend(thread_messages)
    return threads, messages


def analyse(
    threads: Sequence[Thread],
    messages: Sequence[Message],
    settings: Settings = Settings(),
    *,
    on_progress: Callable[[int], None] | None = None,
) -> ArgumentMap:
    """Parse every message once, find claims and relations per thread, then link the claims
    of all threads: the whole map. ``on_progress(n)`` is called as ``n`` more messages are
    analysed (cached threads count at once)."""
    from argmap.analysis import ThreadAnalysis, join_threads
    from argmap.cache import AnalysisCache, StanceMemo
    from argmap.nlp.pipeline import model_meta
    from argmap.parallel import auto_jobs, run_analyses

    progress = on_progress or (lambda _n: None)
    work = _thread_work(threads, messages)
    folder, model = settings.cache_dir, settings.model
    cache = AnalysisCache(folder, model, settings.stance_tokens) if folder else None
    keys = [cache.key(*item) for item in work] if cache else []
    analyses = [cache.get(key) for key in keys] if cache else [None] * len(work)
    missing = [i for i, found in enumerate(analyses) if found is None]
    progress(sum(len(work[i][1]) for i, found in enumerate(analyses) if found is not None))
    if missing:
        # A missing model fails here, once, not in every worker; its meta.json is read,
        # and the pipeline is loaded only where messages are parsed.
        model_meta(model)

    def finished(position: int, analysis: ThreadAnalysis) -> None:
        index = missing[position]
        analyses[index] = analysis
        if cache:
            cache.put(keys[index], analysis)

    run_analyses(
        [work[i] for i in missing],
        model=model,
        jobs=settings.jobs or auto_jobs(sum(len(work[i][1]) for i in missing)),
        dask_address=settings.dask_address,
        stance_tokens=settings.stance_tokens,
        on_result=finished,
        on_progress=progress,
    )
    memo = StanceMemo(folder, model) if folder else None
    classify = memo.classify if memo else None
    return join_threads(analyses, settings.stance_tokens, classify, settings.link_threads)


def _thread_work(
    threads: Sequence[Thread], messages: Sequence[Message]
) -> list[tuple[Thread, tuple[Message, ...]]]:
    by_thread: dict[str, list[Message]] = {t.id: [] for t in threads}
    for message in messages:
        by_thread[message.thread].append(message)
    return [(t, tuple(by_thread[t.id])) for t in threads]


def _usable_cache(settings: Settings) -> tuple[Settings, list[str]]:
    """The settings with a cache folder that works, else without one and a note saying why."""
    from argmap.cache import open_cache

    if settings.cache_dir is None:
        return settings, []
    try:
        open_cache(Path(settings.cache_dir))
    except CacheError as exc:
        return replace(settings, cache_dir=None), [str(exc)]
    return settings, []


# -- outputs -------------------------------------------------------------------------------
def check_output_folder(out_dir: str | Path) -> None:
    """Raise :class:`OutputError` now if maps cannot be written to ``out_dir``, so a run
    does not analyse for minutes and then fail on the first write."""
    out_dir = Path(out_dir)
    probe = temporary_name(out_dir / "write-check")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or exc
        raise OutputError(out_dir, Problem.NOT_WRITABLE_FOLDER.format(reason=reason)) from None


def size_warnings(amap: ArgumentMap) -> list[str]:
    """Why a page :func:`write_maps` would write is too big to use, and how to split it:
    one line per page over the limits of :func:`argmap.render.limits.too_big`."""
    from argmap.render.limits import too_big

    parts = [(t.title, amap.for_thread(t.id)) for t in amap.threads] if amap.threads else []
    if len(amap.threads) > 1:
        parts.append(("all threads", amap))
    warnings = []
    for title, part in parts:
        problem = too_big(part)
        if problem:
            warnings.append(f"{title}: {problem}")
    return warnings


def write_maps(amap: ArgumentMap, out_dir: str | Path) -> list[Path]:
    """Write ``<slug>.json`` and ``<slug>.html`` per thread, a combined map when there are
    several threads, and ``index.html``; every file is written atomically. The last path
    is the page to open first."""
    from argmap.render import render_html, render_index

    out_dir = Path(out_dir)
    titles = [t.title or Path(t.source).stem for t in amap.threads]
    slugs = output_slugs(titles, out_dir, [t.source for t in amap.threads])
    entries: list[tuple[str, ArgumentMap]] = [
        (slug, amap.for_thread(thread.id)) for slug, thread in zip(slugs, amap.threads, strict=True)
    ]
    if len(amap.threads) > 1:
        entries.append(("all-threads", amap))
    written: list[Path] = []
    for slug, part in entries:
        title = part.threads[0].title if len(part.threads) == 1 else "All threads"
        written.append(part.dump(out_dir / f"{slug}.json"))
        page = render_html(part, title=title, slug=slug)
        written.append(atomic_write_text(out_dir / f"{slug}.html", page))
    written.append(atomic_write_text(out_dir / "index.html", render_index(entries)))
    return written
