"""Speed and memory of argmap on big threads and a big corpus, against spaCy's own parse.

    python bench/speed.py                                  # the full run (about an hour)
    python bench/speed.py --sizes 100 1000 --no-corpus     # a quick look

Threads of each size are assembled by ``make_threads.py`` from the comments of
``../shared/pages`` in a temporary folder (never committed). For each size:

* **stages**: a child process runs the stages one after another, as ``argmap map`` does for
  one thread (ingest, nlp, claims, relations, graph, render: JSON + HTML), timing each,
  while this process samples the memory of the child and its workers (the sum of their
  resident sets, every 0.1 s) for the peak;
* **limit**: a child process runs raw ``nlp.pipe`` over the same texts with the same
  pipeline and the same number of processes; ratio = argmap's words/s ÷ raw words/s;
* **growth**: total stage time of a size ÷ that of the size ten times smaller;
* **end to end** (sizes up to ``--e2e-max``): ``argmap map FILE --jobs J`` with an empty
  cache, then the same command again (a re-run served by the cache); its words/s is also
  given as a ratio of the limit. In ``argmap map`` the stance model runs while claims are
  found, so the end-to-end time is below the sum of the stages, which are run one by one.

Corpus: ``--pages`` pages from ``make_threads.py corpus``, mapped with ``--no-cache --jobs 1``,
then ``--jobs 2`` with an empty cache, then again on the filled cache. Prints the tables and
appends them to ``BENCHMARKS.md`` (``--no-append`` to skip).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
#: Timed stages. ``analyse`` is parse + claims + reply stances (one pass per thread);
#: ``join`` is the claim links and key points; ``points`` times the key points again on
#: their own (not counted in the total, which is what ``argmap map`` does).
STAGES = ("ingest", "analyse", "join", "graph", "render")
SHARES = ("points",)
SAMPLE_SECONDS = 0.1
#: Environment variable naming the file worker processes append their stance-model
#: seconds to.
STANCE_LOG_ENV = "ARGMAP_SPEED_STANCE_LOG"
#: In a worker process: the stance model's CPU seconds so far (set on its first part).
_WORKER_STANCE_SECONDS: list[float] | None = None


# --- child processes -------------------------------------------------------------------


def run_stages(path: Path, jobs: int, stance_tokens: int | None) -> dict:
    """Each stage of mapping ``path`` (one thread) timed, through the functions ``argmap
    map`` calls: ingest; the per-thread analysis (parse, claims, reply stances); the
    whole-run join (claim links, then key points, also timed on their own); graph; render.
    The analysis is handed out by ``argmap.parallel.run_analyses`` with ``jobs``, as
    ``argmap map --jobs`` does (a big thread in parts, in worker processes). The stance
    model's CPU seconds are those of its ONNX Runtime sessions, summed over
    its sessions in this process (claim pairs of the join) and in the workers (reply
    stances), which report theirs through a file named by :data:`STANCE_LOG_ENV`."""
    import argmap.parallel as parallel
    from argmap.analysis import join_threads
    from argmap.api import assemble, read_inputs, write_maps
    from argmap.graph import to_graph
    from argmap.nlp import load_pipeline
    from argmap.parallel import run_analyses
    from argmap.points.standing import map_points

    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    stance_seconds = _time_stance_sessions()
    stance_log = Path(tempfile.mkstemp(prefix="argmap-stance-", suffix=".txt")[1])
    os.environ[STANCE_LOG_ENV] = str(stance_log)
    parallel.analyse_in_worker = _worker_timing_stance

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = now - clock
        clock = now

    load_pipeline()
    lap("load")
    read = read_inputs([path])
    threads, messages = assemble((source, raw) for source, _, raw in read.threads)
    lap("ingest")
    (thread,) = threads
    (analysis,) = run_analyses([(thread, tuple(messages))], jobs=jobs, stance_tokens=stance_tokens)
    lap("analyse")
    amap = join_threads([analysis], stance_tokens)
    lap("join")
    map_points(amap.claims, amap.messages, [r for r in amap.relations if "/p" not in r.source])
    lap("points")
    nodes = to_graph(amap).number_of_nodes()
    lap("graph")
    with tempfile.TemporaryDirectory() as out:
        write_maps(amap, out)
    lap("render")
    return {
        "messages": len(messages),
        "jobs": jobs,
        "words": sum(len(m.text.split()) for m in messages),
        "claims": len(amap.claims),
        "points": len(amap.points),
        "relations": len(amap.relations),
        "graph_nodes": nodes,
        "seconds": seconds,
        "stance_model_seconds": stance_seconds[0] + _logged_seconds(stance_log),
    }


def _time_stance_sessions() -> list[float]:
    """Wrap the ``run`` of each of this process's stance-model sessions to sum the CPU
    seconds of its calls. Each session is single-threaded and computes in the thread that
    calls it, so its thread's CPU time is the model's; wall time would also count the
    time the thread waits for a core the parse holds."""
    import argmap.relations.classifier as classifier

    total = [0.0]
    lock = threading.Lock()
    for session in classifier._sessions():
        run = session.run

        def timed(*args: object, _run=run, **kwargs: object) -> object:
            start = time.thread_time()
            try:
                return _run(*args, **kwargs)
            finally:
                with lock:
                    total[0] += time.thread_time() - start

        session.run = timed
    return total


def _worker_timing_stance(part: object, settings: object) -> object:
    """argmap's worker (:func:`argmap.parallel.analyse_in_worker`), also appending the
    stance model's CPU seconds for the part to the file named by :data:`STANCE_LOG_ENV`."""
    global _WORKER_STANCE_SECONDS
    from argmap.parallel import analyse_in_worker
    from argmap.relations.classifier import THREADS_ENV

    os.environ.setdefault(THREADS_ENV, "1")  # before the sessions: as analyse_in_worker sets it
    if _WORKER_STANCE_SECONDS is None:
        _WORKER_STANCE_SECONDS = _time_stance_sessions()
    before = _WORKER_STANCE_SECONDS[0]
    analysis = analyse_in_worker(part, settings)
    with open(os.environ[STANCE_LOG_ENV], "a", encoding="utf-8") as log:
        log.write(f"{_WORKER_STANCE_SECONDS[0] - before}\n")
    return analysis


def _logged_seconds(path: Path) -> float:
    """The sum of the seconds the workers appended to ``path`` (then removed)."""
    seconds = sum(float(line) for line in path.read_text(encoding="utf-8").split())
    path.unlink()
    return seconds


def run_raw(path: Path, jobs: int, _stance_tokens: int | None) -> dict:
    """Raw ``nlp.pipe`` over the messages of ``path``: the most a parse-bound tool can do."""
    from argmap.api import assemble, read_inputs
    from argmap.nlp import load_pipeline
    from argmap.nlp.pipeline import BATCH_SIZE
    from argmap.parallel import PARALLEL_PARSE_MIN_MESSAGES

    read = read_inputs([path])
    _, messages = assemble((source, raw) for source, _, raw in read.threads)
    texts = [m.text for m in messages]
    nlp = load_pipeline()
    n_process = jobs if len(texts) >= PARALLEL_PARSE_MIN_MESSAGES else 1
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        pass
    return {"seconds": time.perf_counter() - start, "words": sum(len(t.split()) for t in texts)}


# --- measuring a child ------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and all its descendants (Linux ``/proc``)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def measured(command: list[str], env: dict[str, str] | None = None) -> tuple[str, float, int]:
    """Run ``command``; its stdout, wall seconds and peak memory (bytes, process tree)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    peak = 0

    def sample() -> None:
        nonlocal peak
        while child.poll() is None:
            peak = max(peak, tree_rss(child.pid))
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = child.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}")
    return stdout, seconds, peak


def make_inputs(kind: str, size: int, folder: Path) -> Path:
    """A thread of ``size`` comments, or a corpus of ``size`` pages, under ``folder``."""
    if kind == "thread":
        args = ["thread", "--format", "reddit-json", "--size", str(size)]
    else:
        args = ["corpus", "--pages", str(size)]
    out = folder / f"{kind}-{size}"
    subprocess.run(
        [sys.executable, str(BENCH / "make_threads.py"), *args, "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out if kind == "corpus" else next(out.iterdir())


def argmap_map(inputs: Path, out: Path, cache: Path, *extra: str) -> tuple[float, int]:
    """Wall seconds and peak memory of ``argmap map`` on ``inputs``."""
    command = [sys.executable, "-m", "argmap", "map", str(inputs), "-o", str(out), *extra]
    _, seconds, peak = measured(command, {"ARGMAP_CACHE_DIR": str(cache)})
    return seconds, peak


# --- the benchmark ----------------------------------------------------------------------


def thread_rows(
    sizes: list[int], options: list[str], e2e_max: int, folder: Path
) -> tuple[list, list]:
    """Stage and end-to-end measurements for each thread size; ``options`` are the
    ``--jobs`` and ``--stance-tokens`` given to every run."""
    stage_rows, e2e_rows, previous = [], [], None
    for size in sizes:
        path = make_inputs("thread", size, folder)
        me = [sys.executable, __file__]
        stdout, _, peak = measured([*me, "stages", str(path), *options])
        stages = json.loads(stdout)
        raw = json.loads(measured([*me, "raw", str(path), *options])[0])
        total = sum(stages["seconds"][s] for s in STAGES)
        growth = total / previous if previous else None
        previous = total
        stage_rows.append((size, stages, total, raw, peak, growth))
        print(stage_line(stage_rows[-1]), flush=True)
        if size <= e2e_max:
            cache = folder / f"cache-{size}"
            cold = argmap_map(path, folder / "maps", cache, *options)
            warm = argmap_map(path, folder / "maps", cache, *options)
            limit = raw["words"] / raw["seconds"]
            e2e_rows.append((size, stages["words"], limit, cold, warm))
            print(e2e_line(e2e_rows[-1]), flush=True)
    return stage_rows, e2e_rows


def corpus_rows(pages: int, folder: Path) -> list:
    """``argmap map`` on a corpus: ``--no-cache --jobs 1``, then ``--jobs 2`` with an empty
    cache (writing it costs little beside the analysis), then the same again (re-run)."""
    corpus = make_inputs("corpus", pages, folder)
    rows = []
    for label, extra in (
        ("--no-cache --jobs 1", ("--no-cache", "--jobs", "1")),
        ("--jobs 2, empty cache", ("--jobs", "2")),
        ("--jobs 2, re-run on the cache", ("--jobs", "2")),
    ):
        seconds, peak = argmap_map(corpus, folder / "corpus-maps", folder / "corpus-cache", *extra)
        rows.append((label, seconds, peak))
        print(f"corpus {label}: {seconds:.1f} s, peak {peak / 2**20:.0f} MB", flush=True)
    return rows


def stage_line(row: tuple) -> str:
    size, stages, total, raw, peak, growth = row
    words_per_second = stages["words"] / total
    limit = raw["words"] / raw["seconds"]
    points = stages["seconds"]["points"]
    stance = stages["stance_model_seconds"]
    cells = [f"{size:,}", f"{stages['words']:,}"]
    cells += [f"{stages['seconds'][s]:.1f}" for s in STAGES]
    cells += [
        f"{total:.1f}",
        f"{words_per_second:,.0f}",
        f"{limit:,.0f}",
        f"{words_per_second / limit:.2f}",
        f"{growth:.1f}" if growth else "-",
        f"{peak / 2**20:,.0f}",
        f"{points:.1f} ({points / raw['seconds']:.0%})",
        f"{stance:.1f} ({stance / (total * stages['jobs']):.0%})",
    ]
    return "| " + " | ".join(cells) + " |"


def e2e_line(row: tuple) -> str:
    size, words, limit, (cold, cold_peak), (warm, _) = row
    return (
        f"| {size:,} | {words:,} | {cold:.1f} | {words / cold:,.0f} | {words / cold / limit:.2f} "
        f"| {cold_peak / 2**20:,.0f} | {warm:.1f} | {cold / warm:.1f}× |"
    )


def report(stage_rows: list, e2e_rows: list, corpus: list, options: str, pages: int) -> str:
    lines = [
        f"Stages of one thread (Reddit JSON), `{options}`; seconds per stage (analyse = "
        "parse + claims + reply stances; join = claim links + key points); words/s of the "
        "stages; limit = raw `nlp.pipe` words/s, same texts, pipeline and processes; "
        "growth = total ÷ total of the size ten times smaller; peak = resident memory of the "
        "process and its workers; key points = their seconds (share of the raw parse); "
        "stance model = the CPU seconds of its ONNX Runtime sessions, summed over its "
        "sessions in every process (share of the run's core-seconds: total × jobs).",
        "",
        "| comments | words | " + " | ".join(STAGES) + " | total | words/s | limit words/s "
        "| ratio | growth | peak MB | key points s | stance model s |",
        "|" + "---|" * (len(STAGES) + 10),
        *(stage_line(row) for row in stage_rows),
    ]
    if e2e_rows:
        lines += [
            "",
            f"End to end: `argmap map THREAD.json {options}` (model loading included), "
            "with an empty cache, then re-run on the filled cache.",
            "",
            "| comments | words | seconds | words/s | ratio to limit | peak MB | re-run seconds "
            "| re-run speed-up |",
            "|---|---|---|---|---|---|---|---|",
            *(e2e_line(row) for row in e2e_rows),
        ]
    if corpus:
        base = corpus[0][1]
        lines += [
            "",
            f"Corpus: {pages:,} pages (`make_threads.py corpus`), `argmap map DIR`.",
            "",
            "| run | seconds | speed-up vs --jobs 1 | peak MB |",
            "|---|---|---|---|",
            *(f"| {lab} | {s:.1f} | {base / s:.2f}× | {p / 2**20:,.0f} |" for lab, s, p in corpus),
        ]
    return "\n".join(lines)


def append_section(command: str, markdown: str) -> None:
    from argmap.files import atomic_write_text

    path = ROOT / "BENCHMARKS.md"
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    section = (
        f"\n## Speed and scale (`bench/speed.py`)\n\nCommand: `{command}`  \nDate: {when}  \n"
        f"Machine: {machine}\n\n{markdown}\n"
    )
    atomic_write_text(path, path.read_text(encoding="utf-8").rstrip("\n") + "\n" + section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="child")
    for name in ("stages", "raw"):
        child = sub.add_parser(name)
        child.add_argument("path", type=Path)
        child.add_argument("--jobs", type=int, default=1)
        child.add_argument("--stance-tokens", type=int, default=None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000, 50000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--stance-tokens", type=int, default=None, help="as for argmap map")
    parser.add_argument("--e2e-max", type=int, default=10000, help="largest size run end to end")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-append", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if args.child:
        run = run_stages if args.child == "stages" else run_raw
        print(json.dumps(run(args.path, args.jobs, args.stance_tokens)))
        return 0
    options = ["--jobs", str(args.jobs)]
    if args.stance_tokens:
        options += ["--stance-tokens", str(args.stance_tokens)]
    with tempfile.TemporaryDirectory(prefix="argmap-speed-") as tmp:
        stage_rows, e2e_rows = thread_rows(args.sizes, options, args.e2e_max, Path(tmp))
        corpus = [] if args.no_corpus else corpus_rows(args.pages, Path(tmp))
    markdown = report(stage_rows, e2e_rows, corpus, " ".join(options), args.pages)
    print(markdown)
    if not args.no_append:
        append_section("python " + " ".join(["bench/speed.py", *(argv or sys.argv[1:])]), markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
