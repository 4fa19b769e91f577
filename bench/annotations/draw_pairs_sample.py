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
    .venv/bin/python bench/annotations/draw_pairs_sample.py --check    # the sets vs. the pages
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
from argmap.model import unfenced

__all__ = [
    "ReplyPair",
    "collect_pairs",
    "draw_pairs",
    "english_discussion_pages",
    "message_texts",
    "print_draw",
]

PAGES = Path("/work/shared/pages")
SEED = 20261201
SAMPLE_SIZE = 200
MIN_WORDS = 4
LABELS_FILE = Path(__file__).with_name("reply_pairs_blind.jsonl")
CLAIMS_FILE = Path(__file__).with_name("claim_pairs_blind.jsonl")
KEYPOINTS_FILE = Path(__file__).with_name("keypoints_blind.jsonl")
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
            reply, said = unfenced(message.text), unfenced(parent.text)
            if min(len(reply.split()), len(said.split())) < MIN_WORDS:
                continue
            pairs.append(ReplyPair(page, message.id, parent.id, reply, said))
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


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def message_texts(page: str, pages: Path = PAGES) -> dict[str, str]:
    """Every message of one page by id, as ``argmap inspect --json PAGE`` numbers them."""
    _, raw_threads = read_file(pages / page)
    return {
        message.id: unfenced(message.text)
        for number, raw in enumerate(raw_threads, start=1)
        for message in build_thread(raw, f"t{number}", str(pages / page))[1]
    }


def _check_reply_pairs(drawn: list[ReplyPair]) -> None:
    """Say whether the labelled file holds exactly the drawn pairs, and count its labels."""
    rows = _read_jsonl(LABELS_FILE)
    labelled = {(row["page"], row["reply"], row["parent"]) for row in rows}
    expected = {(pair.page, pair.reply, pair.parent) for pair in drawn}
    print(
        f"reply pairs: labelled {len(labelled)}, drawn {len(expected)}, "
        f"missing {len(expected - labelled)}, extra {len(labelled - expected)}"
    )
    print("  " + json.dumps(Counter(row["label"] for row in rows), sort_keys=True))


def _check_claim_pairs() -> None:
    """Every claim sentence must be a verbatim part of the message it is said to come from."""
    rows = _read_jsonl(CLAIMS_FILE)
    texts = {page: message_texts(page) for page in {row["page"] for row in rows}}
    misplaced = sum(
        row[f"{end}_sentence"] not in texts[row["page"]].get(row[f"{end}_message"], "")
        for row in rows
        for end in ("source", "target")
    )
    print(f"claim pairs: {len(rows)}, sentences not found in their message: {misplaced}")
    print("  " + json.dumps(Counter(row["label"] for row in rows), sort_keys=True))


def _check_keypoints() -> None:
    """Every message id a key point names must exist on its page."""
    rows = _read_jsonl(KEYPOINTS_FILE)
    unknown = 0
    for row in rows:
        ids = message_texts(row["page"]).keys()
        named = [i for point in row["points"] for i in point["held_by"] + point["rebutted_by"]]
        unknown += sum(message_id not in ids for message_id in named)
    points = sum(len(row["points"]) for row in rows)
    print(f"key points: {len(rows)} threads, {points} points, unknown message ids: {unknown}")


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
        _check_reply_pairs(drawn)
        _check_claim_pairs()
        _check_keypoints()
    else:
        print(f"{len(pages)} pages, {len(pairs)} pairs, {len(drawn)} drawn (seed {SEED})")
        print_draw(pairs, drawn)


def print_draw(pairs: list[ReplyPair], drawn: list[ReplyPair]) -> None:
    """Pairs and drawn pairs per page, then each drawn pair's ids and openings (JSON)."""
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
