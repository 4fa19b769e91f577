"""Per-thread analysis, the analysis cache, worker processes and Dask give the same map as
one plain in-process run."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from argmap import api
from argmap.analysis import ThreadAnalysis, analyse_thread, join_threads
from argmap.api import Settings
from argmap.cache import AnalysisCache, open_cache, pipeline_version
from argmap.errors import ArgmapError, InputError, ModelNotFoundError
from argmap.model import Message, Quote, Thread
from argmap.parallel import AUTO_PARALLEL_MIN_MESSAGES, auto_jobs

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


@pytest.fixture(scope="module")
def seed_threads():
    """The two bundled seed threads, read and numbered as a run does."""
    read = api.read_inputs([CORPORA])
    return api.assemble((source, raw) for source, _, raw in read.threads)


@pytest.fixture(scope="module")
def plain_map(seed_threads):
    threads, messages = seed_threads
    return api.analyse(threads, messages, Settings(jobs=1))


def test_a_threads_relations_do_not_depend_on_the_other_threads_of_the_run(seed_threads, plain_map):
    """Mapped alone or beside another thread, a thread gets the same links inside it."""
    threads, messages = seed_threads
    for thread in threads:
        own = tuple(m for m in messages if m.thread == thread.id)
        alone = api.analyse([thread], own, Settings(jobs=1))
        assert alone.relations == plain_map.for_thread(thread.id).relations


def test_thread_analysis_survives_json(seed_threads):
    threads, messages = seed_threads
    own = tuple(m for m in messages if m.thread == threads[1].id)
    analysis = analyse_thread(threads[1], own)
    again = ThreadAnalysis.from_dict(json.loads(json.dumps(analysis.as_dict())))
    assert again == analysis
    assert analysis.features and all(f.thread == threads[1].id for f in analysis.features)


def test_joining_per_thread_analyses_gives_the_whole_map(seed_threads, plain_map):
    threads, messages = seed_threads
    analyses = [analyse_thread(t, tuple(m for m in messages if m.thread == t.id)) for t in threads]
    assert join_threads(analyses) == plain_map


def test_second_run_is_served_by_the_cache(seed_threads, plain_map, tmp_path, monkeypatch):
    threads, messages = seed_threads
    first = api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path))
    assert first == plain_map
    assert len(_entries(tmp_path, "analysis:")) == len(threads)

    def no_analysis(*args, **kwargs):
        raise AssertionError("a cached thread was analysed again")

    def no_model(*args, **kwargs):
        raise AssertionError("the stance model ran again on remembered claim pairs")

    def no_spacy(*args, **kwargs):
        raise AssertionError("spaCy was loaded although every thread was cached")

    monkeypatch.setattr("argmap.parallel.analyse_thread", no_analysis)
    monkeypatch.setattr("argmap.relations.classifier.classify_pairs", no_model)
    monkeypatch.setattr("argmap.nlp.load_pipeline", no_spacy)
    monkeypatch.setattr("argmap.nlp.load_pipelines", no_spacy)
    assert api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path)) == plain_map


def test_remembered_claim_pairs_give_the_models_answers(tmp_path):
    from argmap.cache import StanceMemo
    from argmap.relations.classifier import classify_pairs

    # The int8 model quantises a whole batch at once, so a pair's answer depends a little
    # on its batch: pairs are compared with the model's answer in the same company.
    pairs = [
        ("Taxes on fuel fund the schools of every town in the county.", "No, they fund roads."),
        ("It rains.", "True, it does."),
    ]
    memo = StanceMemo(tmp_path)
    first = memo.classify(pairs[:1])
    assert first == classify_pairs(pairs[:1])
    assert memo.classify(pairs) == first + classify_pairs(pairs[1:])
    assert memo.classify(pairs, 16) == classify_pairs(pairs, 16) != classify_pairs(pairs, 128)
    store = open_cache(tmp_path)
    for key in _entries(tmp_path, "stance:"):
        store[key] = "not probabilities"
    assert memo.classify(pairs) == classify_pairs(pairs)


def test_a_changed_comment_misses_the_cache(seed_threads, tmp_path):
    threads, messages = seed_threads
    cache = AnalysisCache(tmp_path)
    own = tuple(m for m in messages if m.thread == threads[1].id)
    edited = (*own[:-1], dataclasses.replace(own[-1], text="Changed."))
    assert cache.key(threads[1], own) != cache.key(threads[1], edited)
    assert cache.key(threads[1], own) == AnalysisCache(tmp_path / "other").key(threads[1], own)
    assert len(pipeline_version()) == 64


def test_another_release_of_a_package_the_analysis_reads_misses_the_cache(monkeypatch):
    """The claim stage reads vaderSentiment's word ratings: a new release of it (or of
    spaCy, py3langid) gives the analysis another key."""
    import importlib.metadata

    real = importlib.metadata.version
    before = pipeline_version()
    for package in ("vaderSentiment", "spacy", "py3langid"):
        monkeypatch.setattr(
            importlib.metadata, "version", lambda name, p=package: "99" if name == p else real(name)
        )
        pipeline_version.cache_clear()
        assert pipeline_version() != before, package
    monkeypatch.setattr(importlib.metadata, "version", real)
    pipeline_version.cache_clear()
    assert pipeline_version() == before


def test_shorter_stance_pairs_are_cached_apart(seed_threads, plain_map, tmp_path):
    threads, messages = seed_threads
    short = api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path, stance_tokens=32))
    assert short.claims == plain_map.claims
    assert short.relations != plain_map.relations, "32 tokens must change some confidences"
    assert api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path)) == plain_map
    assert len(_entries(tmp_path, "analysis:")) == 2 * len(threads)


def test_unreadable_entries_are_recomputed(seed_threads, plain_map, tmp_path):
    threads, messages = seed_threads
    api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path))
    damaged = _entries(tmp_path, "analysis:")
    store = open_cache(tmp_path)
    store[damaged[0]] = '{"map": {"cut off'
    store[damaged[1]] = json.dumps({"map": {}, "features": []})
    assert api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path)) == plain_map
    assert all(ThreadAnalysis.from_dict(json.loads(store[key])) for key in damaged)


def test_a_run_killed_halfway_keeps_what_it_finished(
    seed_threads, plain_map, tmp_path, monkeypatch
):
    threads, messages = seed_threads
    calls = []

    def killed_on_second_thread(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return analyse_thread(*args, **kwargs)

    monkeypatch.setattr("argmap.parallel.analyse_thread", killed_on_second_thread)
    with pytest.raises(KeyboardInterrupt):
        api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path))
    monkeypatch.undo()
    assert len(_entries(tmp_path, "analysis:")) == 1
    assert api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path)) == plain_map


def test_progress_counts_every_message_once(seed_threads, tmp_path):
    threads, messages = seed_threads
    counted: list[int] = []
    api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path), on_progress=counted.append)
    assert sum(counted) == len(messages)
    counted.clear()
    api.analyse(threads, messages, Settings(jobs=1, cache_dir=tmp_path), on_progress=counted.append)
    assert sum(counted) == len(messages)


def test_worker_processes_give_the_same_map(seed_threads, plain_map):
    threads, messages = seed_threads
    counted: list[int] = []
    mapped = api.analyse(threads, messages, Settings(jobs=2), on_progress=counted.append)
    assert mapped == plain_map
    assert sum(counted) == len(messages)


#: A thread of twelve messages (author, the message it answers, text) that answer, name and
#: quote messages of earlier parts when cut into parts of four.
REMOTE_WORK = (
    ("Omar", None, "Remote work makes teams more productive because people skip the commute."),
    ("Lena", 0, "I disagree, meetings get harder and juniors learn less at home."),
    ("Kim", 1, "Lena is right that juniors learn less, but better tools can fix part of it."),
    ("Raj", 0, "Agreed. Our team shipped faster after we went remote."),
    ("Omar", 3, "Thanks Raj, that matches what I saw at my last job."),
    ("Lena", 2, "Tools do not replace sitting next to someone who knows the code."),
    ("Ana", 0, "No, productivity fell in most of the studies I have read."),
    ("Raj", 6, "Which studies? The ones I know show the opposite."),
    ("Ana", 7, "I agree with Omar on the commute, but the output data says otherwise."),
    ("Tom", 0, "Offices should stay open for the people who want them."),
    ("Kim", 9, "Exactly, letting people choose is the best policy here."),
    ("Omar", 5, "Lena, pairing over video works fine for our team."),
)


def _remote_work_thread() -> tuple[Thread, tuple[Message, ...]]:
    thread = Thread("t1", "remote-work.txt", "text", "Remote work")
    messages = tuple(
        Message(
            f"t1/m{i}",
            "t1",
            "comment" if parent is not None else "post",
            author,
            None,
            None if parent is None else f"t1/m{parent}",
            text,
            quotes=(Quote(REMOTE_WORK[5][2], "t1/m5"),) if i == 11 else (),
        )
        for i, (author, parent, text) in enumerate(REMOTE_WORK)
    )
    return thread, messages


def _pair_stance(pairs, *_args, **_kwargs):
    """A stand-in for the stance model that answers each pair from its texts alone (the
    int8 model's answers move a little with a pair's batch companions)."""
    answers = []
    for target, reply in pairs:
        x = (len(target) * 31 + len(reply) * 17) % 97 / 97
        answers.append((0.9 * x, 0.1, 0.9 * (1 - x)))
    return answers


def test_a_thread_analysed_in_parts_gives_the_whole_threads_analysis(monkeypatch):
    """Cut into parts of a few messages, each part analysed on its own with the thread as
    context, a thread gets the claims, replies and stances it gets read whole."""
    import argmap.analysis

    thread, messages = _remote_work_thread()
    monkeypatch.setattr("argmap.relations.link.classify_pairs", _pair_stance)
    whole = analyse_thread(thread, messages)
    monkeypatch.setattr(argmap.analysis, "PART_MESSAGES", 4)
    assert len(argmap.analysis.thread_parts(thread, messages)) == 3
    parts = analyse_thread(thread, messages)
    assert (parts.thread, parts.messages, parts.claims) == (
        whole.thread,
        whole.messages,
        whole.claims,
    )
    assert parts.features == whole.features
    assert set(parts.relations) == set(whole.relations)
    stances = {(r.source, r.target) for r in whole.relations if r.kind in ("agree", "rebut")}
    assert {("t1/m8", "t1/m4"), ("t1/m11", "t1/m5")} <= stances, "named and quoted across parts"


def test_worker_processes_share_a_big_thread_by_parts(monkeypatch):
    import argmap.analysis
    from argmap.parallel import run_analyses

    thread, messages = _remote_work_thread()
    expected = analyse_thread(thread, messages)
    monkeypatch.setattr(argmap.analysis, "PART_MESSAGES", 5)
    counted: list[int] = []
    (analysis,) = run_analyses([(thread, messages)], jobs=2, on_progress=counted.append)
    assert (analysis.messages, analysis.claims) == (expected.messages, expected.claims)
    replies = {r for r in expected.relations if r.kind == "reply"}
    assert replies == {r for r in analysis.relations if r.kind == "reply"}
    assert counted == [len(messages)]


def test_small_runs_stay_in_one_process_unless_told():
    assert auto_jobs(AUTO_PARALLEL_MIN_MESSAGES - 1) == 1
    assert auto_jobs(AUTO_PARALLEL_MIN_MESSAGES) == len(os.sched_getaffinity(0))


def test_errors_cross_process_boundaries_intact():
    for error in (InputError("a.html", "not HTML"), ModelNotFoundError("xx_missing")):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


def test_cli_no_cache_leaves_the_cache_alone(tmp_path):
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "argmap", "map", str(CORPORA), "-o", str(tmp_path / "o")]
    env = {**os.environ, "ARGMAP_CACHE_DIR": str(cache)}
    subprocess.run([*command, "--no-cache"], check=True, env=env, capture_output=True)
    assert not cache.exists()
    subprocess.run([*command, "--jobs", "1"], check=True, env=env, capture_output=True)
    assert len(_entries(cache, "ingest:")) == 2  # the two files read
    assert len(_entries(cache, "analysis:")) == 2  # the two threads analysed


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed", reason="dask.distributed not installed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


def test_dask_cluster_gives_the_same_map(dask_cluster, seed_threads, plain_map):
    threads, messages = seed_threads
    mapped = api.analyse(threads, messages, Settings(dask_address=dask_cluster.scheduler_address))
    assert mapped == plain_map


def test_cli_maps_on_dask(dask_cluster, tmp_path):
    address = dask_cluster.scheduler_address
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "argmap",
            "map",
            str(CORPORA),
            "-o",
            str(tmp_path),
            "--no-cache",
            "--dask",
            address,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    combined = json.loads((tmp_path / "all-threads.json").read_text(encoding="utf-8"))
    assert len(combined["threads"]) == 2


def test_unreachable_scheduler_is_one_line(seed_threads, monkeypatch):
    pytest.importorskip("distributed", reason="dask.distributed not installed")
    monkeypatch.setattr("argmap.parallel.DASK_CONNECT_TIMEOUT", "2s")
    threads, messages = seed_threads
    with pytest.raises(ArgmapError, match="cannot reach the Dask scheduler"):
        api.analyse(threads, messages, Settings(dask_address="tcp://127.0.0.1:9"))


def test_files_read_before_are_not_parsed_again(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    pages.mkdir()
    for seed in CORPORA.glob("*.txt"):
        (pages / seed.name).write_bytes(seed.read_bytes())
    cache = tmp_path / "cache"
    first = api.read_inputs([pages], Settings(cache_dir=cache))
    entries = _entries(cache, "ingest:")
    assert len(entries) == 2 and len(first.threads) == 2

    def no_parsing(*args, **kwargs):
        raise AssertionError("a file read before was parsed again")

    monkeypatch.setattr("argmap.ingest.read_source", no_parsing)
    assert api.read_inputs([pages], Settings(cache_dir=cache)).threads == first.threads
    monkeypatch.undo()

    open_cache(cache)[entries[0]] = "{cut off"
    changed = pages / "social-business-strategist.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new comment.\n", "utf-8")
    again = api.read_inputs([pages], Settings(cache_dir=cache))
    assert again.threads != first.threads
    assert api.read_inputs([pages]).threads == again.threads
    assert len(_entries(cache, "ingest:")) == 3


def _entries(folder: Path, prefix: str) -> list[str]:
    """The keys of one kind of cache entry (``analysis:``, ``ingest:``, ``stance:``)."""
    return sorted(key for key in open_cache(Path(folder)) if key.startswith(prefix))


def test_an_unusable_cache_folder_is_reported_and_the_run_goes_on(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    result = api.map_inputs([CORPORA], Settings(jobs=1, cache_dir=blocker))
    assert result.amap is not None and len(result.amap.threads) == 2
    assert len(result.notes) == 1 and "cache folder cannot be used" in result.notes[0]
