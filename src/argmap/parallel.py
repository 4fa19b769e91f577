"""Where thread analyses run: in this process, in local worker processes, or on Dask.

One thread is analysed in one place (:func:`argmap.analysis.analyse_thread`), so the three
ways differ only in how threads are handed out:

* in this process, one thread after another; a big thread's parse is still spread over
  ``jobs`` spaCy processes;
* ``jobs`` local worker processes, the biggest threads first so no worker is left with a
  long one at the end;
* a Dask cluster (``dask.distributed``), for archives one machine maps too slowly. The
  workers need argmap and the spaCy pipeline installed, as here.

Each finished analysis is reported through ``on_result`` as soon as it arrives (the caller
caches it there), then all are returned in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from argmap.analysis import ThreadAnalysis, analyse_thread
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
    if dask_address:
        return _on_dask(work, settings, dask_address, report)
    if jobs > 1 and len(work) > 1:
        return _in_worker_processes(work, settings, jobs, report)
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


def analyse_in_worker(
    thread: Thread, messages: tuple[Message, ...], settings: Settings
) -> ThreadAnalysis:
    """:func:`analyse_thread` in a worker: one stance-model thread, since the worker shares
    the machine with the others (unless ``$ARGMAP_STANCE_THREADS`` says otherwise)."""
    os.environ.setdefault(THREADS_ENV, "1")
    os.environ.setdefault(EMBED_THREADS_ENV, "1")
    model, stance_tokens = settings
    return analyse_thread(thread, messages, model=model, stance_tokens=stance_tokens)


def _biggest_first(work: Sequence[ThreadWork]) -> list[int]:
    return sorted(range(len(work)), key=lambda i: -len(work[i][1]))


def _in_worker_processes(
    work: Sequence[ThreadWork], settings: Settings, jobs: int, report: Report
) -> list[ThreadAnalysis]:
    # "spawn": a forked child would inherit the stance model's thread pool in an unknown state.
    context = multiprocessing.get_context("spawn")
    results: list[ThreadAnalysis | None] = [None] * len(work)
    try:
        with ProcessPoolExecutor(min(jobs, len(work)), mp_context=context) as pool:
            futures = {
                pool.submit(analyse_in_worker, *work[i], settings): i for i in _biggest_first(work)
            }
            for future in as_completed(futures):
                index = futures[future]
                results[index] = future.result()
                report(index, results[index])
    except BrokenProcessPool:
        raise ArgmapError(Problem.WORKER_DIED) from None
    return results  # type: ignore[return-value]


def _on_dask(
    work: Sequence[ThreadWork], settings: Settings, address: str, report: Report
) -> list[ThreadAnalysis]:
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise ArgmapError(Problem.DASK_MISSING) from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        problem = Problem.DASK_UNREACHABLE.format(address=address, reason=exc)
        raise ArgmapError(problem) from None
    results: list[ThreadAnalysis | None] = [None] * len(work)
    with client:
        submitted = [
            (client.submit(analyse_in_worker, *work[i], settings, pure=False), i)
            for i in _biggest_first(work)
        ]
        index_of = {future.key: i for future, i in submitted}
        finished = as_completed([future for future, _ in submitted], with_results=True)
        for future, analysis in finished:
            index = index_of[future.key]
            results[index] = analysis
            report(index, analysis)
    return results  # type: ignore[return-value]
