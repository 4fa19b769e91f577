"""How much claim extraction adds on top of the spaCy parse, and record it.

    PYTHONPATH=src python bench/claims_speed.py

Texts: the sentences of ``ukp-sentential-argmin/test.tsv`` grouped, per topic and in file
order, into messages of 20 sentences, one a line (as a text dump holds them), plus
the two seed threads' messages. The parse is ``parse_texts`` (the one batched spaCy pass);
extraction is ``extract_claims`` over the parsed Docs. They are timed in turn, parse then
extraction, five times: the share is the median of the five rounds' shares, each from two
timings taken side by side (the machine's speed drifts between rounds by as much as the
share itself), and the times shown are the fastest of each. The target is extraction ≤ 15%
of the parse time.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import ukp_rows

import argmap
from argmap.claims import extract_claims
from argmap.files import atomic_write_text
from argmap.model import Message
from argmap.nlp import load_pipeline, parse_texts

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "BENCHMARKS.md"
COMMAND = "PYTHONPATH=src python bench/claims_speed.py"
REPEATS = 5
SENTENCES_PER_MESSAGE = 20
#: The acceptance target: extraction time as a share of parse time.
TARGET = 0.15


def main() -> None:
    messages = _messages()
    nlp = load_pipeline()
    texts = [m.text for m in messages]
    list(parse_texts(texts[:20], nlp))  # warm up the pipeline
    rounds = []
    for _ in range(REPEATS):
        parse_seconds, docs = _timed_parse(texts, nlp)
        extract_seconds, claims = _timed_extract(messages, docs)
        rounds.append((parse_seconds, extract_seconds))
    share = statistics.median(extract / parse for parse, extract in rounds)
    parse_seconds = min(parse for parse, _ in rounds)
    extract_seconds = min(extract for _, extract in rounds)
    words = sum(len(doc) for doc in docs)
    table = "\n".join(
        [
            "| messages | tokens | claims | parse s | extract s | extract / parse | target |",
            "|---|---|---|---|---|---|---|",
            f"| {len(messages)} | {words} | {len(claims)} | {parse_seconds:.2f} | "
            f"{extract_seconds:.2f} | {share:.1%} | ≤ {TARGET:.0%} |",
        ]
    )
    print(table)
    _record(table)


def _messages() -> list[Message]:
    by_topic: dict[str, list[str]] = defaultdict(list)
    for row in ukp_rows():
        by_topic[row.topic].append(row.text)
    texts = [
        "\n".join(sentences[start : start + SENTENCES_PER_MESSAGE])
        for sentences in by_topic.values()
        for start in range(0, len(sentences), SENTENCES_PER_MESSAGE)
    ]
    messages = [
        Message(f"t1/m{i}", "t1", "comment", None, None, None, t) for i, t in enumerate(texts)
    ]
    seeds = argmap.api.read_inputs([ROOT / "corpora"])
    _, seed_messages = argmap.api.assemble((s, raw) for s, _, raw in seeds.threads)
    return messages + seed_messages


def _timed_parse(texts: list[str], nlp) -> tuple[float, list]:
    started = time.perf_counter()
    docs = list(parse_texts(texts, nlp))
    return time.perf_counter() - started, docs


def _timed_extract(messages: list[Message], docs: list) -> tuple[float, list]:
    started = time.perf_counter()
    claims = extract_claims(messages, docs)
    return time.perf_counter() - started, claims


def _record(table: str) -> None:
    existing = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    section = (
        "\n## Claim extraction time on top of the spaCy parse\n\n"
        f"Command: `{COMMAND}`  \n"
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, "
        f"{os.cpu_count()} CPUs (shared with other work), Python {platform.python_version()}; "
        f"{REPEATS} rounds of parse then extraction: times are the fastest of each, the "
        f"share the median of the rounds' shares.\n\n{table}\n"
    )
    atomic_write_text(BENCHMARKS, existing.rstrip("\n") + "\n" + section)


if __name__ == "__main__":
    main()
