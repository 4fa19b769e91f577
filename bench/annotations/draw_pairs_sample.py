"""Draw the reply pairs of the blind agree/rebut set (``reply_pairs_blind.jsonl``).

The pairs are read with argmap's ingest readers only (threads and messages, no relations),
so drawing them says nothing about what argmap would answer. Every (reply, parent) pair of
the English discussion pages in ``/work/shared/pages`` where both texts have at least four
words is collected; a fixed seed then draws the sample that was labelled by hand.

Message ids are the ones ``argmap inspect --json PAGE`` gives when the page is read alone
(threads ``t1``, ``t2``... in file order, messages ``tN/mK``).

Usage::

    .venv/bin/python bench/annotations/draw_pairs_sample.py            # counts + drawn ids
    .venv/bin/python bench/annotations/draw_pairs_sample.py --show     # full texts to read
    .venv/bin/python bench/annotations/draw_pairs_sample.py --check    # labels vs. the draw
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

__all__ = ["ReplyPair", "collect_pairs", "draw_pairs", "english_discussion_pages"]

PAGES = Path("/work/shared/pages")
SEED = 20261201
SAMPLE_SIZE = 200
MIN_WORDS = 4
LABELS_FILE = Path(__file__).with_name("reply_pairs_blind.jsonl")
#: English pages left out because nobody argues in them: job advertisements (HN "Who is
#: hiring"), importer test fixtures with placeholder text (isso), a recipe blog's baking
#: questions, a pet photo's banter, and a page with no replies at all.
NOT_DISCUSSIONS = frozenset(
    {
        "hackernews/hn-2012-who-is-hiring-jan-page1.html",
        "hackernews/hn-2012-who-is-hiring-jan-page2.html",
        "hackernews/hn-2012-who-is-hiring-jan-page3.html",
        "hackernews/hn-2013-who-is-hiring-jan.html",
        "disqus/disqus-export-isso-sample.xml",
        "wxr/wxr-isso-sample.xml",
        "wordpress/wp-foxyfolksy-buttercream.html",
        "reddit/old-reddit-2018-aww-walks.html",
        "blogger/blogger-luxuryhaven-hyatt.html",
    }
)


@dataclass(frozen=True)
class ReplyPair:
    """A reply and the message it answers, both by message id, with their texts."""

    page: str
    reply: str
    parent: str
    reply_text: str
    parent_text: str


def english_discussion_pages(pages: Path = PAGES) -> list[str]:
    """Pages whose ``language`` column in MANIFEST.tsv starts with ``en``, minus the
    pages where nobody argues, sorted so the draw does not depend on file-system order."""
    with open(pages / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    english = [row["file"] for row in rows if row["language"].strip().startswith("en")]
    return sorted(page for page in english if page not in NOT_DISCUSSIONS)


def collect_pairs(page: str, pages: Path = PAGES) -> list[ReplyPair]:
    """Every (reply, parent) pair of one page where both texts have ``MIN_WORDS`` words."""
    _, raw_threads = read_file(pages / page)
    pairs = []
    for number, raw in enumerate(raw_threads, start=1):
        _, messages = build_thread(raw, f"t{number}", str(pages / page))
        by_id = {message.id: message for message in messages}
        for message in messages:
            parent = by_id.get(message.parent) if message.parent else None
            if parent is None:
                continue
            if min(len(message.text.split()), len(parent.text.split())) < MIN_WORDS:
                continue
            pairs.append(ReplyPair(page, message.id, parent.id, message.text, parent.text))
    return pairs


def draw_pairs(pairs: list[ReplyPair], size: int = SAMPLE_SIZE) -> list[ReplyPair]:
    """A seeded sample without replacement, kept in draw order."""
    return random.Random(SEED).sample(pairs, min(size, len(pairs)))


def _start(text: str) -> str:
    return " ".join(text.split())[:60]


def _show(drawn: list[ReplyPair]) -> None:
    for number, pair in enumerate(drawn):
        print(f"=== #{number} {pair.page} {pair.reply} -> {pair.parent}")
        print(f"PARENT: {' '.join(pair.parent_text.split())[:900]}")
        print(f"REPLY:  {' '.join(pair.reply_text.split())[:1200]}")


def _check(drawn: list[ReplyPair]) -> None:
    """Say whether the labelled file holds exactly the drawn pairs, and count its labels."""
    rows = [json.loads(line) for line in LABELS_FILE.read_text(encoding="utf-8").splitlines()]
    labelled = {(row["page"], row["reply"], row["parent"]) for row in rows}
    expected = {(pair.page, pair.reply, pair.parent) for pair in drawn}
    print(
        f"labelled {len(labelled)}, drawn {len(expected)}, missing {len(expected - labelled)}"
        f", extra {len(labelled - expected)}"
    )
    print(json.dumps(Counter(row["label"] for row in rows), sort_keys=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the drawn texts")
    parser.add_argument("--check", action="store_true", help="compare the labels with the draw")
    args = parser.parse_args()
    pages = english_discussion_pages()
    pairs = [pair for page in pages for pair in collect_pairs(page)]
    drawn = draw_pairs(pairs)
    if args.show:
        _show(drawn)
    elif args.check:
        _check(drawn)
    else:
        print(f"{len(pages)} pages, {len(pairs)} pairs, {len(drawn)} drawn (seed {SEED})")
        for page, count in sorted(Counter(pair.page for pair in pairs).items()):
            print(f"  {count:4d} pairs, {sum(p.page == page for p in drawn):3d} drawn  {page}")
        for pair in drawn:
            print(
                json.dumps(
                    {
                        "page": pair.page,
                        "reply": pair.reply,
                        "parent": pair.parent,
                        "reply_start": _start(pair.reply_text),
                        "parent_start": _start(pair.parent_text),
                    },
                    ensure_ascii=False,
                )
            )


if __name__ == "__main__":
    main()
