"""How long the graph, its queries, the exports and the report take as maps grow.

Maps are synthetic (seeded, so every run measures the same maps): threads of 50 messages,
each message replying to an earlier one and asserting two claims, with one stance relation
(agree, rebut, support or attack) for every two messages. Prints a table and appends it to
BENCHMARKS.md.

    PYTHONPATH=src python bench/graph_scale.py [MESSAGES ...]
"""

from __future__ import annotations

import os
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from argmap.graph.report import render_report
from argmap.model import ArgumentMap, Claim, Message, Relation, Thread

MESSAGES_PER_THREAD = 50
DEFAULT_SIZES = (1_000, 10_000)
BENCHMARKS = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"


def synthetic_map(total_messages: int, seed: int = 7) -> ArgumentMap:
    """Threads of 50 messages; two claims each; a stance for every second message."""
    rng = random.Random(seed)
    threads, messages, claims, relations = [], [], [], []
    for t in range(1, total_messages // MESSAGES_PER_THREAD + 1):
        thread = f"t{t}"
        threads.append(Thread(thread, f"{thread}.txt", "text", f"Thread {t}"))
        for n in range(MESSAGES_PER_THREAD):
            message = f"{thread}/m{n}"
            parent = f"{thread}/m{rng.randrange(n)}" if n else None
            author = f"user{rng.randrange(200)}" if rng.random() > 0.1 else None
            kind = "comment" if n else "post"
            messages.append(Message(message, thread, kind, author, None, parent, "Words."))
            for c in range(2):
                claims.append(
                    Claim(f"{message}/c{c}", message, "a claim", "A claim.", (0, 8), "assertion")
                )
            if parent is None:
                continue
            relations.append(Relation(message, parent, "reply", 1.0))
            if n % 2:
                stance = rng.choice(["agree", "rebut", "support", "attack"])
                if stance in ("agree", "rebut"):
                    relations.append(Relation(message, parent, stance, 0.8))
                else:
                    relations.append(
                        Relation(f"{message}/c0", f"{parent}/c{rng.randrange(2)}", stance, 0.8)
                    )
    return ArgumentMap(tuple(threads), tuple(messages), tuple(claims), tuple(relations))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(total_messages: int) -> dict[str, float]:
    amap = synthetic_map(total_messages)
    steps: dict[str, Callable[[], object]] = {
        "graph": lambda: amap.graph,
        "contested+consensus": lambda: (amap.contested(), amap.consensus()),
        "unanswered": amap.unanswered,
        "agreement_matrix": amap.agreement_matrix,
        "central_claims": amap.central_claims,
        "summary": amap.summary,
        "graphml": amap.to_graphml,
        "gexf": amap.to_gexf,
        "aif": amap.to_aif,
        "argdown": amap.to_argdown,
        "dot": amap.to_dot,
        "report": lambda: render_report(amap),
    }
    return {name: timed(step) for name, step in steps.items()}


def machine() -> str:
    """CPU count and model, as far as the system says."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs ({model}), {platform.system()}"


def main(sizes: list[int]) -> None:
    measure(MESSAGES_PER_THREAD)  # warm-up: first-call imports (scipy for PageRank) excluded
    results = {size: measure(size) for size in sizes}
    steps = list(next(iter(results.values())))
    header = "| step | " + " | ".join(f"{size:,} messages (s)" for size in sizes) + " |"
    rule = "| --- |" + " ---: |" * len(sizes)
    rows = [
        f"| {step} | " + " | ".join(f"{results[size][step]:.2f}" for size in sizes) + " |"
        for step in steps
    ]
    table = "\n".join([header, rule, *rows])
    print(table)
    command = "PYTHONPATH=src python bench/graph_scale.py " + " ".join(map(str, sizes))
    section = (
        f"\n## Graph, queries, exports and report as maps grow\n\n"
        f"`{command}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{machine()}, Python {platform.python_version()} "
        f"(synthetic maps: threads of {MESSAGES_PER_THREAD} messages, 2 claims each, a stance "
        f"for every second message; one run each after a warm-up, wall-clock seconds)\n\n{table}\n"
    )
    with BENCHMARKS.open("a", encoding="utf-8") as stream:
        stream.write(section)


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or list(DEFAULT_SIZES))
