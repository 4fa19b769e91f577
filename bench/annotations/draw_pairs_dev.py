"""Draw the reply pairs of the dev agree/rebut set (``reply_pairs_dev.jsonl``).

The dev set is for choosing the stance decision's thresholds; the blind set
(``reply_pairs_blind.jsonl``) stays untouched for reporting. Both are drawn from the same
universe, the one ``draw_pairs_sample.py`` collects with argmap's ingest readers only:
every (reply, parent) pair of the English discussion pages in ``/work/shared/pages`` where
both texts have at least ``MIN_WORDS`` words. The 200 pairs of the blind draw are removed
first, then a second fixed seed draws the dev sample, kept in draw order.

Usage::

    .venv/bin/python bench/annotations/draw_pairs_dev.py            # counts + drawn ids
    .venv/bin/python bench/annotations/draw_pairs_dev.py --show     # full texts to read
    .venv/bin/python bench/annotations/draw_pairs_dev.py --check    # labels vs. the draw
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_pairs_sample import (
    PAGES,
    ReplyPair,
    collect_pairs,
    draw_pairs,
    english_discussion_pages,
    print_draw,
)

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

__all__ = ["blind_keys", "draw_dev_pairs", "root_ids"]

SEED = 20261202
SAMPLE_SIZE = 200
LABELS_FILE = Path(__file__).with_name("reply_pairs_dev.jsonl")
BLIND_FILE = Path(__file__).with_name("reply_pairs_blind.jsonl")
LABELS = ("agree", "rebut", "none", "unclear")

Key = tuple[str, str, str]


def _key(pair: ReplyPair) -> Key:
    return (pair.page, pair.reply, pair.parent)


def blind_keys(pairs: list[ReplyPair]) -> set[Key]:
    """The (page, reply, parent) ids of the blind draw, recomputed with its own seed.

    They are compared with the ids in ``reply_pairs_blind.jsonl`` (ids only, never its
    labels); a mismatch means the readers changed and the exclusion would be wrong.
    """
    recomputed = {_key(pair) for pair in draw_pairs(pairs)}
    with open(BLIND_FILE, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    stored = {(row["page"], row["reply"], row["parent"]) for row in rows}
    if recomputed != stored:
        raise SystemExit(
            f"blind draw differs from {BLIND_FILE.name}: "
            f"{len(recomputed - stored)} recomputed only, {len(stored - recomputed)} stored only"
        )
    return recomputed


def draw_dev_pairs(pairs: list[ReplyPair], size: int = SAMPLE_SIZE) -> list[ReplyPair]:
    """A seeded sample of the pairs outside the blind draw, kept in draw order."""
    excluded = blind_keys(pairs)
    remaining = [pair for pair in pairs if _key(pair) not in excluded]
    return random.Random(SEED).sample(remaining, min(size, len(remaining)))


def root_ids(page: str, pages: Path = PAGES) -> set[str]:
    """Ids of the messages that open a thread (the post) on one page."""
    _, raw_threads = read_file(pages / page)
    return {
        message.id
        for number, raw in enumerate(raw_threads, start=1)
        for message in build_thread(raw, f"t{number}", str(pages / page))[1]
        if not message.parent
    }


def _start(text: str) -> str:
    return " ".join(text.split())[:60]


def _show(drawn: list[ReplyPair]) -> None:
    """Print every drawn pair's full texts, whitespace collapsed."""
    for number, pair in enumerate(drawn):
        print(f"=== #{number} {pair.page} {pair.reply} -> {pair.parent}")
        print(f"PARENT: {' '.join(pair.parent_text.split())}")
        print(f"REPLY:  {' '.join(pair.reply_text.split())}")
        print()


def _counts(rows: list[dict]) -> str:
    counts = Counter(row["label"] for row in rows)
    return "/".join(str(counts[label]) for label in LABELS) + f" of {len(rows)}"


def _check(drawn: list[ReplyPair]) -> None:
    """Say whether the labelled file holds exactly the drawn pairs, in draw order, with
    valid fields, and count its labels overall, under the post or a comment, and by
    platform folder."""
    with open(LABELS_FILE, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    labelled = [(row["page"], row["reply"], row["parent"]) for row in rows]
    expected = [_key(pair) for pair in drawn]
    print(
        f"reply pairs: labelled {len(labelled)}, drawn {len(expected)}, "
        f"missing {len(set(expected) - set(labelled))}, "
        f"extra {len(set(labelled) - set(expected))}, "
        f"in draw order {labelled == expected}"
    )
    texts = {_key(pair): pair for pair in drawn}
    problems = 0
    for row in rows:
        pair = texts.get((row["page"], row["reply"], row["parent"]))
        if pair is None:
            continue
        reply = " ".join(pair.reply_text.split())
        problems += row["label"] not in LABELS
        problems += row["reply_start"] != _start(pair.reply_text)
        problems += row["parent_start"] != _start(pair.parent_text)
        problems += bool(row["evidence"]) and row["evidence"] not in reply
    print(f"  bad label, start or evidence fields: {problems}")
    print("  " + json.dumps(Counter(row["label"] for row in rows), sort_keys=True))
    roots = {page: root_ids(page) for page in {row["page"] for row in rows}}
    under_post = [row for row in rows if row["parent"] in roots[row["page"]]]
    under_comment = [row for row in rows if row["parent"] not in roots[row["page"]]]
    print(f"  agree/rebut/none/unclear under the post: {_counts(under_post)}")
    print(f"  agree/rebut/none/unclear under a comment: {_counts(under_comment)}")
    for folder in sorted({row["page"].split("/")[0] for row in rows}):
        in_folder = [row for row in rows if row["page"].split("/")[0] == folder]
        print(f"    {folder:14s} {_counts(in_folder)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the drawn texts")
    parser.add_argument("--check", action="store_true", help="compare the labels with the draw")
    args = parser.parse_args()
    pages = english_discussion_pages()
    pairs = [pair for page in pages for pair in collect_pairs(page)]
    drawn = draw_dev_pairs(pairs)
    if args.show:
        _show(drawn)
    elif args.check:
        _check(drawn)
    else:
        print(
            f"{len(pages)} pages, {len(pairs)} pairs, {len(pairs) - SAMPLE_SIZE} outside the "
            f"blind draw, {len(drawn)} drawn (seed {SEED})"
        )
        print_draw(pairs, drawn)


if __name__ == "__main__":
    main()
