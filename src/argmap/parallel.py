"""Where thread analyses run: in this process, in local worker processes, or on Dask.

A thread is analysed by :func:`argmap.analysis.analyse_thread`, a big one in parts
(:func:`argmap.analysis.thread_parts`), so the three ways differ only in how the work is
handed out:

* in this process, one thread after another; a big thread's parse is still spread over
  ``jobs`` spaCy processes;
* ``jobs`` local worker processes, each taking a part of a thread at a time, the biggest
  first so no worker is left with a long one at the end: one big thread keeps every core
  busy, and each part's ``Doc`` objects stay in its worker;
* a Dask cluster (``dask.distributed``), for archives one machine maps too slowly. The
  workers need argmap and the spaCy pipeline installed, as here.

Each finished analysis is reported through ``on_result`` as soon as its thread's last part
arrives (the caller caches it there), then all are returned in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from argmap.analysis import (
    ThreadAnalysis,
    ThreadPart,
    analyse_part,
    analyse_thread,
    join_parts,
    thread_parts,
)
from argmap.cpus import usable_cpus
from argmap.errors import ArgmapError, Problem
from argmap.model import Message, Thread
from argmap.points.embed import THREADS_ENV as EMBED_THREADS_ENV
from argmap.relations.classifier import THREADS_ENV

__all__ = ["PARALLEL_PARSE_MIN_MESSAGES", "ThreadWork", "auto_jobs", "run_analyses"]

ThreadWork = tuple[Thread, tuple[Message, ...]]
#: A thread this long has its parse spread over several spaCy processes; for shorter ones
#: starting the processes costs more than it saves.
PARALLEL_PARSE_MIN_MESSAGES = 500
#: Cores per spaCy parse process when one thread has ``jobs`` cores to itself: the stance
#: model runs beside the parse on the others. On 2 cores, 10,000 comments took 165 s with
#: one in-process parse beside the model and 181 s with 2 parse processes: copying Docs
#: between processes costs a third of the parse again.
CORES_PER_PARSE_PROCESS = 2
#: With ``jobs`` left to argmap, runs with fewer messages to analyse stay in one process.
AUTO_PARALLEL_MIN_MESSAGES = 2000
#: How long to wait for a Dask scheduler to answer before giving up.
DASK_CONNECT_TIMEOUT = "20s"

Report = Callable[[int, ThreadAnalysis], None]
#: What a worker needs besides the thread: the spaCy model name and the stance pair length.
Settings = tuple[str | None, int | None]
#: A part of a run: (index of its thread in the work, index of the part in its thread).
Task = tuple[int, int]


def auto_jobs(messages: int) -> int:
    """Worker processes for a run with ``messages`` to analyse when the user named none:
    one per CPU for big runs, else 1."""
    return 1 if messages < AUTO_PARALLEL_MIN_MESSAGES else usable_cpus()


def run_analyses(
    work: Sequence[ThreadWork],
    *,
    model: str | None = None,
    jobs: int = 1,
    dask_address: str | None = None,
    stance_tokens: int | None = None,
    on_result: Report | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> list[ThreadAnalysis]:
    """Analyse every thread of ``work``; results in the same order.

    ``on_result(i, analysis)`` is called as each thread finishes; ``on_progress(n)`` as
    ``n`` more messages are done (one by one as they are parsed here, a thread at a time
    from workers).
    """
    progress = on_progress or (lambda _n: None)

    def report(index: int, analysis: ThreadAnalysis) -> None:
        if on_result is not None:
            on_result(index, analysis)
        progress(len(analysis.messages))

    settings = (model, stance_tokens)
    if dask_address or jobs > 1:
        parts = [thread_parts(thread, messages) for thread, messages in work]
        if dask_address or sum(map(len, parts)) > 1:
            return _by_parts(parts, settings, jobs, dask_address, report)
    results = []
    for index, (thread, messages) in enumerate(work):
        big = len(messages) >= PARALLEL_PARSE_MIN_MESSAGES
        n_process = max(1, jobs // CORES_PER_PARSE_PROCESS) if big else 1
        analysis = analyse_thread(
            thread,
            messages,
            model=model,
            n_process=n_process,
            stance_tokens=stance_tokens,
            on_message=lambda: progress(1),
        )
        if on_result is not None:
            on_result(index, analysis)
        results.append(analysis)
    return results


def analyse_in_worker(part: ThreadPart, settings: Settings) -> ThreadAnalysis:
    """:func:`analyse_part` in a worker: one stance-model thread, since the worker shares
    the machine with the others (unless ``$ARGMAP_STANCE_THREADS`` says otherwise)."""
    os.environ.setdefault(THREADS_ENV, "1")
    os.environ.setdefault(EMBED_THREADS_ENV, "1")
    model, stance_tokens = settings
    return analyse_part(part, model=model, stance_tokens=stance_tokens)


def _by_parts(
    parts: Sequence[Sequence[ThreadPart]],
    settings: Settings,
    jobs: int,
    dask_address: str | None,
    report: Report,
) -> list[ThreadAnalysis]:
    """Every part of every thread analysed in worker processes (or on Dask), the biggest
    first so no worker is left with a long one at the end; a thread is joined and reported
    as soon as its last part is back. The messages a part analysed count as progress when
    its thread is reported."""
    tasks = sorted(
        ((i, k) for i, own in enumerate(parts) for k in range(len(own))),
        key=lambda task: -parts[task[0]][task[1]].size,
    )
    done: list[dict[int, ThreadAnalysis]] = [{} for _ in parts]
    results: list[ThreadAnalysis | None] = [None] * len(parts)
    run = _on_dask if dask_address else _in_worker_processes
    for (i, k), analysis in run(
        [parts[i][k] for i, k in tasks], tasks, settings, jobs or 1, dask_address
    ):
        done[i][k] = analysis
        if len(done[i]) == len(parts[i]):
            results[i] = join_parts([done[i][k] for k in range(len(parts[i]))])
            report(i, results[i])
    return results  # type: ignore[return-value]


def _in_worker_processes(
    parts: Sequence[ThreadPart],
    tasks: Sequence[Task],
    settings: Settings,
    jobs: int,
    _address: str | None,
) -> Iterator[tuple[Task, ThreadAnalysis]]:
    """(task, analysis) of each part as its worker finishes it."""
    # "spawn": a forked child would inherit the stance model's thread pool in an unknown state.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(min(jobs, len(parts)), mp_context=context) as pool:
            futures = {
                pool.submit(analyse_in_worker, part, settings): task
                for part, task in zip(parts, tasks, strict=True)
            }
            for future in as_completed(futures):
                yield futures[future], future.result()
    except BrokenProcessPool:
        raise ArgmapError(Problem.WORKER_DIED) from None


def _on_dask(
    parts: Sequence[ThreadPart],
    tasks: Sequence[Task],
    settings: Settings,
    _jobs: int,
    address: str | None,
) -> Iterator[tuple[Task, ThreadAnalysis]]:
    """(task, analysis) of each part as the Dask cluster at ``address`` finishes it."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise ArgmapError(Problem.DASK_MISSING) from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        problem = Problem.DASK_UNREACHABLE.format(address=address, reason=exc)
        raise ArgmapError(problem) from None
    with client:
        submitted = [
            (client.submit(analyse_in_worker, part, settings, pure=False), task)
            for part, task in zip(parts, tasks, strict=True)
        ]
        task_of = {future.key: task for future, task in submitted}
        finished = as_completed([future for future, _ in submitted], with_results=True)
        for future, analysis in finished:
            yield task_of[future.key], analysis
