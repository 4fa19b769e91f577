"""Run the stages in order: ingest → nlp → claims → relations, then write maps.

Each stage is a plain function over plain data; this module only wires them together, so a
script can call any stage on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from argmap.errors import ArgmapError, InputError
from argmap.files import atomic_write_text
from argmap.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS, expand_inputs, read_file
from argmap.ingest.base import RawThread, build_thread
from argmap.ingest.forum_tools import merge_pages
from argmap.ingest.text import parse_text
from argmap.model import ArgumentMap, Message, Thread
from argmap.slugs import output_slugs

__all__ = [
    "MappedInputs",
    "analyse",
    "map_files",
    "map_text",
    "read_inputs",
    "write_maps",
]


@dataclass
class MappedInputs:
    """Raw threads read from a run's inputs, with the inputs that failed and why."""

    threads: list[tuple[str, str, RawThread]] = field(default_factory=list)
    errors: list[ArgmapError] = field(default_factory=list)


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    platform: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_seconds: float | None = DEFAULT_MAX_SECONDS,
    on_file: Callable[[Path], None] | None = None,
    cache_dir: str | Path | None = None,
) -> MappedInputs:
    """Read every input (files, folders, globs); a bad one is recorded, the rest still read.

    Each thread comes as ``(source path, adapter name, raw thread)``. With ``cache_dir``,
    files read before (same path and bytes) are not parsed again (see ``argmap.cache``).
    """
    from argmap.cache import IngestCache

    memo = IngestCache(cache_dir) if cache_dir is not None else None
    files, errors = expand_inputs([str(item) for item in inputs])
    result = MappedInputs(errors=list(errors))
    for path in files:
        try:
            adapter, threads = read_file(
                path, platform=platform, max_bytes=max_bytes, max_seconds=max_seconds, memo=memo
            )
            result.threads.extend((str(path), adapter, raw) for raw in threads)
        except ArgmapError as exc:
            result.errors.append(exc)
        if on_file is not None:
            on_file(path)
    result.threads = merge_pages(result.threads)
    return result


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
    threads: list[Thread],
    messages: list[Message],
    *,
    model: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
    cache_dir: str | Path | None = None,
    stance_tokens: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ArgumentMap:
    """Parse every message once, find claims and relations per thread, then link the claims
    of all threads: the whole map.

    ``jobs``: worker processes (default: one per CPU for big runs, else 1). ``dask_address``:
    a Dask scheduler to run the per-thread work on instead. ``cache_dir``: where thread
    analyses are cached (none when ``None``). ``stance_tokens``: the stance model's pair
    length, shorter than trained (128) for speed at a small cost in accuracy (``None``: as
    trained). ``on_progress(n)`` is called as ``n`` more messages are analysed.
    """
    from argmap.analysis import ThreadAnalysis, join_threads
    from argmap.cache import AnalysisCache, StanceMemo
    from argmap.nlp import load_pipeline
    from argmap.parallel import auto_jobs, run_analyses

    progress = on_progress or (lambda _n: None)
    work = _thread_work(threads, messages)
    cache = AnalysisCache(cache_dir, model, stance_tokens) if cache_dir is not None else None
    keys = [cache.key(*item) for item in work] if cache else []
    analyses = [cache.get(key) for key in keys] if cache else [None] * len(work)
    missing = [i for i, found in enumerate(analyses) if found is None]
    progress(sum(len(work[i][1]) for i, found in enumerate(analyses) if found is not None))
    if missing:
        load_pipeline(model)  # a missing model fails here, once, not in every worker

    def finished(position: int, analysis: ThreadAnalysis) -> None:
        index = missing[position]
        analyses[index] = analysis
        if cache:
            cache.put(keys[index], analysis)

    run_analyses(
        [work[i] for i in missing],
        model=model,
        jobs=jobs or auto_jobs(sum(len(work[i][1]) for i in missing)),
        dask_address=dask_address,
        stance_tokens=stance_tokens,
        on_result=finished,
        on_progress=progress,
    )
    memo = StanceMemo(cache_dir, model) if cache_dir is not None else None
    return join_threads(analyses, stance_tokens, memo.classify if memo else None)


def _thread_work(
    threads: list[Thread], messages: list[Message]
) -> list[tuple[Thread, tuple[Message, ...]]]:
    by_thread: dict[str, list[Message]] = {t.id: [] for t in threads}
    for message in messages:
        by_thread[message.thread].append(message)
    return [(t, tuple(by_thread[t.id])) for t in threads]


def map_files(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    platform: str | None = None,
    jobs: int | None = None,
    dask_address: str | None = None,
    cache_dir: str | Path | None = None,
) -> ArgumentMap:
    """Map saved pages, exports or text dumps into one argument map.

    Raises the first :class:`InputError` if any input cannot be read; the CLI, which maps
    what it can and reports the rest, uses :func:`read_inputs` instead. ``jobs``,
    ``dask_address`` and ``cache_dir`` are as for :func:`analyse`.
    """
    inputs = read_inputs(paths, platform=platform, cache_dir=cache_dir)
    if inputs.errors:
        raise inputs.errors[0]
    if not inputs.threads:
        raise InputError(", ".join(str(p) for p in paths), "no thread found")
    threads, messages = assemble((source, raw) for source, _, raw in inputs.threads)
    return analyse(
        threads, messages, model=model, jobs=jobs, dask_address=dask_address, cache_dir=cache_dir
    )


def map_text(
    text: str, *, platform: str = "text", title: str = "text", model: str | None = None
) -> ArgumentMap:
    """Map one thread given as text (a plain-text dump by default)."""
    if platform != "text":
        from argmap.ingest import read_source
        from argmap.ingest.base import Source

        _, raws = read_source(Source(Path(title), text.encode(), text), platform)
    else:
        raws = [parse_text(text, title)]
    threads, messages = assemble((title, raw) for raw in raws)
    return analyse(threads, messages, model=model)


def write_maps(amap: ArgumentMap, out_dir: str | Path) -> list[Path]:
    """Write ``<slug>.json`` and ``<slug>.html`` per thread, a combined map when there are
    several threads, and ``index.html``; every file is written atomically."""
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
        written.append(atomic_write_text(out_dir / f"{slug}.html", render_html(part, title=title)))
    written.append(atomic_write_text(out_dir / "index.html", render_index(entries)))
    return written
