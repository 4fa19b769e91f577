"""Draw the messages of the blind claim annotation set (``claims_blind.jsonl``).

The set measures claim finding on text nobody tuned the finder on, so the draw is fixed in
advance and repeatable: the threads below (English, several platforms, threads where people
disagree), every comment of at least ``MIN_WORDS`` words, a seeded shuffle, and the first
``PER_THREAD`` of each. Only argmap's readers are used (``read_file`` and ``build_thread``),
so the draw never sees what the claim finder says.

Run::

    .venv/bin/python bench/annotations/draw_claims_sample.py [--out drawn.jsonl]

It prints every drawn message for reading and, with ``--out``, writes them one JSON object a
line (page, message id, author, text). With ``--summary claims_blind.jsonl`` it prints the
counts of an annotation file instead (the figures quoted in ``claims_blind.md``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread
from argmap.model import unfenced

__all__ = ["PAGES", "PER_THREAD", "SEED", "draw", "show_draw", "summarise"]

PAGES_ROOT = Path("/work/shared/pages")
#: Seed of the one shuffle that orders each thread's eligible messages.
SEED = 20261201
#: Shorter messages ("thanks!", "+1") are nearly never claims; they would crowd the sample.
MIN_WORDS = 5
#: Longer messages (whole answers full of code) would take most of the reading time.
MAX_WORDS = 250
#: Messages drawn from each thread (a thread with fewer eligible messages gives them all).
PER_THREAD = 17
#: Pages in MANIFEST.tsv marked ``en``, chosen for disagreement and for platform variety.
PAGES = (
    "hackernews/hn-2011-virtualbox-is-garbage.html",
    "hackernews/hn-2018-tech-career-ladders.html",
    "reddit/reddit-json-nfl-trent-williams-trade.json",
    "reddit/new-reddit-python-init-py.html",
    "stackexchange/so-regex-match-open-tags-xhtml.html",
    "discourse/discourse-json-cf-t2108-page1.json",
    "disqus/disqus-noscript-toptal-python-mistakes.html",
    "wordpress/wp-political-insider-electoral-college.html",
    "wordpress/wp-tavern-epoch-reactjs.html",
    "schema_org/schema-comment-microdata-blisterreview.html",
)


def _drawable(text: str) -> bool:
    """Whether a comment has ``MIN_WORDS`` to ``MAX_WORDS`` words, as the page showed it."""
    return MIN_WORDS <= len(unfenced(text).split()) <= MAX_WORDS


def draw(pages_root: Path = PAGES_ROOT) -> list[dict[str, str]]:
    """The drawn messages of every page, in page order, then in shuffled order."""
    rng = random.Random(SEED)
    drawn: list[dict[str, str]] = []
    for page in PAGES:
        _adapter, raw_threads = read_file(pages_root / page)
        for number, raw in enumerate(raw_threads, start=1):
            _thread, messages = build_thread(raw, f"t{number}", page)
            eligible = [m for m in messages if m.kind != "post" and _drawable(m.text)]
            rng.shuffle(eligible)
            for message in eligible[:PER_THREAD]:
                drawn.append(
                    {
                        "page": page,
                        "message": message.id,
                        "author": message.author or "",
                        "text": unfenced(message.text),
                    }
                )
    return drawn


def summarise(annotations: Path) -> dict[str, int]:
    """Counts of an annotation file: messages, claims by polarity and role, not-claims."""
    counts: Counter[str] = Counter()
    for line in annotations.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        counts["messages"] += 1
        counts["messages without a claim"] += not record["claims"]
        counts["claims"] += len(record["claims"])
        for claim in record["claims"]:
            counts[f"{claim['polarity']} claims"] += 1
            counts[f"{claim['role']} claims"] += 1
        counts["not-claims"] += len(record["not_claims"])
        counts[f"messages from {record['page']}"] += 1
    return dict(counts)


def main() -> None:
    """Print the drawn messages, and write them as JSON lines when ``--out`` is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the drawn messages here (JSON lines)")
    parser.add_argument("--summary", type=Path, help="print the counts of this annotation file")
    args = parser.parse_args()
    if args.summary:
        counts = summarise(args.summary)
        for name in sorted(counts, key=lambda name: (name.startswith("messages from"), name)):
            print(f"{counts[name]:5d}  {name}")
        return
    show_draw(draw(), args.out, len(PAGES))


def show_draw(drawn: list[dict[str, str]], out: Path | None, pages: int) -> None:
    """Print every drawn message for reading and, with ``out``, write them (JSON lines)."""
    for number, item in enumerate(drawn, start=1):
        print(f"=== {number} {item['page']} {item['message']} [{item['author']}]")
        print(item["text"])
    if out:
        with out.open("w", encoding="utf-8") as handle:
            for item in drawn:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} messages from {pages} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
