"""How many of the points a careful reader lists for a thread are among the map's top points.

``bench/annotations/keypoints_blind.jsonl`` holds, for seven saved pages of
``../shared/pages``, the main points of contention a reader listed from the page text
alone, before any argmap output was looked at (``bench/annotations/relations_blind.md``
says how), each with the messages that hold it and those that rebut it.

Each page is mapped alone, as ``argmap map PAGE`` maps it. A listed point counts as found
when one of the thread's first ``--top`` key points (the map's order: most prevalent
first) is held mostly by messages the reader says hold it: at least half of that key
point's messages are among the listed point's holders; each key point stands for one
listed point at most (a maximum matching). Message overlap is a proxy for
"makes the same point" that needs no judge and can be rerun; it misses a key point named
differently but held by other messages, and it gives no credit for a listed point that
only one message holds when the key point also gathers others.

    PYTHONPATH=src python bench/eval_keypoints_blind.py --shared ../shared

Settings are chosen on the development set of six other pages, written the same way
(``--annotations bench/annotations/keypoints_dev.jsonl``; ``keypoints_dev.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ANNOTATIONS = Path(__file__).parent / "annotations" / "keypoints_blind.jsonl"
#: Share of a key point's messages that must hold the listed point.
MIN_SHARE = 0.5


def point_messages(amap, point) -> set[str]:
    """The messages whose claims make up ``point``."""
    message_of = {c.id: c.message for c in amap.claims}
    return {message_of[claim] for claim in point.members}


def holds(listed: dict, point: set[str]) -> bool:
    """Whether key point ``point`` (its messages) is held mostly by the listed point's
    holders."""
    holders = set(listed["held_by"])
    return bool(point) and len(point & holders) >= max(1, MIN_SHARE * len(point))


def matched(listed: list[dict], points: list[set[str]]) -> int:
    """Listed points found, each key point counting for one listed point at most (a
    maximum matching, so one broad key point cannot stand for several listed ones)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(("listed", i) for i in range(len(listed)))
    graph.add_edges_from(
        (("listed", i), ("point", k))
        for i, item in enumerate(listed)
        for k, point in enumerate(points)
        if holds(item, point)
    )
    return len(nx.max_weight_matching(graph, maxcardinality=True))


def score_page(shared: Path, page: dict, top: int) -> tuple[int, int, int]:
    """(listed points found, listed points, key points on the map) for one page."""
    from argmap.api import map_files

    amap = map_files([shared / "pages" / page["page"]], cache_dir=None)
    threads = {point["held_by"][0].split("/")[0] for point in page["points"]}
    candidates = []
    for thread in sorted(threads):
        own = [p for p in amap.points if p.id.startswith(f"{thread}/")][:top]
        candidates += [point_messages(amap, p) for p in own]
    hits = matched(page["points"], candidates)
    return hits, len(page["points"]), len(amap.points)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--top", type=int, default=8, help="key points looked at per thread")
    parser.add_argument(
        "--annotations",
        type=Path,
        default=ANNOTATIONS,
        help="listed points to score against (keypoints_dev.jsonl for choosing settings)",
    )
    args = parser.parse_args(argv)
    lines = args.annotations.read_text(encoding="utf-8").splitlines()
    pages = [json.loads(line) for line in lines]
    print(f"| page | listed points | found in the top {args.top} | key points on the map |")
    print("|---|---|---|---|")
    total_hits = total = 0
    for page in pages:
        hits, count, points = score_page(args.shared, page, args.top)
        total_hits, total = total_hits + hits, total + count
        print(f"| {page['page']} | {count} | {hits} | {points} |", flush=True)
    print(f"| all ({len(pages)} pages) | {total} | {total_hits} ({total_hits / total:.0%}) | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
