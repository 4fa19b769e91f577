"""Draw the messages of the claim development set (``claims_dev.jsonl``).

The development set is for choosing the claim finder's thresholds, so that the blind set
(``claims_blind.jsonl``, drawn by ``draw_claims_sample.py``) stays untouched for reporting.
It is drawn the same way as the blind set, from the English pages the blind set does not
use: every comment (not the opening post) of ``MIN_WORDS`` to ``MAX_WORDS`` words, one
seeded shuffle per page, and the first ``PER_THREAD`` of each page. Only argmap's readers
are used (``read_file`` and ``build_thread``), so the draw never sees what the claim finder
says.

Run::

    .venv/bin/python bench/annotations/draw_claims_dev.py [--out drawn.jsonl]

It prints every drawn message for reading and, with ``--out``, writes them one JSON object a
line (page, message id, author, text). With ``--summary claims_dev.jsonl`` it prints the
counts of an annotation file instead (the figures quoted in ``claims_dev.md``); with
``--check claims_dev.jsonl`` it checks that file against the draw.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_claims_sample import MAX_WORDS, MIN_WORDS, PAGES_ROOT, show_draw, summarise
from draw_claims_sample import PAGES as BLIND_PAGES
from draw_pairs_sample import NOT_DISCUSSIONS

from argmap.ingest import read_file
from argmap.ingest.base import build_thread
from argmap.model import unfenced

__all__ = ["PAGES", "PER_THREAD", "SEED", "check", "choose_pages", "draw"]

#: Seed of the one shuffle that orders each page's eligible messages (the blind set's + 1).
SEED = 20261202
#: Messages drawn from each page (a page with fewer eligible messages gives them all).
PER_THREAD = 12
#: Pages of the blind set's threads that are not among its ``PAGES``: the other page of the
#: Discourse topic 2108 (posts from number 41 on).
BLIND_THREADS_OTHER_PAGES = frozenset({"discourse/discourse-json-cf-t2108-from-post41.json"})
#: Every page of MANIFEST.tsv whose ``language`` starts with ``en``, in MANIFEST order, minus
#: the blind set's ten pages (``draw_claims_sample.PAGES``), the other pages of their threads
#: (``BLIND_THREADS_OTHER_PAGES``) and the pages where nobody argues
#: (``draw_pairs_sample.NOT_DISCUSSIONS``). ``choose_pages`` recomputes it; ``--check``
#: compares the two.
PAGES = (
    "discourse/discourse-json-cf-t2144-page1.json",
    "drupal/drupal-aclu-facebook-tracking.html",
    "hackernews/hn-2013-larry-page-future.html",
    "hackernews/hn-2023-ask-best-papers.html",
    "schema_org/schema-usercomments-launchpad-bug.html",
    "stackexchange/german-se-wurde-vs-war.html",
    "stackexchange/so-delete-git-branch.html",
    "stackexchange/so-parameterized-unittests-python.html",
    "wordpress/wp-com-diverse-contributors.html",
    "wordpress/wp-lemire-simdjson.html",
    "wxr/wxr-mythz-blog-export.xml",
    "xenforo/xf-tomshardware-article-comments.html",
    "xenforo/xf-villagersandheroes-patchnotes.html",
)


def choose_pages(pages_root: Path = PAGES_ROOT) -> tuple[str, ...]:
    """The pages of the development set, recomputed from MANIFEST.tsv (see ``PAGES``)."""
    with open(pages_root / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    left_out = set(BLIND_PAGES) | BLIND_THREADS_OTHER_PAGES | NOT_DISCUSSIONS
    return tuple(
        row["file"]
        for row in rows
        if row["language"].strip().startswith("en") and row["file"] not in left_out
    )


def eligible_messages(page: str, pages_root: Path = PAGES_ROOT) -> tuple[int, list[dict[str, str]]]:
    """The number of comments of a page and its eligible ones (page order, every thread).

    Comments are the messages that are not an opening post; eligible ones have
    ``MIN_WORDS`` to ``MAX_WORDS`` words. A page with several threads (the WXR export has one
    per blog post) pools them, threads numbered ``t1``, ``t2``... in file order.
    """
    _adapter, raw_threads = read_file(pages_root / page)
    comments = 0
    eligible: list[dict[str, str]] = []
    for number, raw in enumerate(raw_threads, start=1):
        _thread, messages = build_thread(raw, f"t{number}", page)
        for message in messages:
            if message.kind == "post":
                continue
            comments += 1
            if MIN_WORDS <= len(unfenced(message.text).split()) <= MAX_WORDS:
                eligible.append(
                    {
                        "page": page,
                        "message": message.id,
                        "author": message.author or "",
                        "text": unfenced(message.text),
                    }
                )
    return comments, eligible


def draw(pages_root: Path = PAGES_ROOT) -> list[dict[str, str]]:
    """The drawn messages of every page, in page order, then in shuffled order."""
    rng = random.Random(SEED)
    drawn: list[dict[str, str]] = []
    for page in PAGES:
        _comments, eligible = eligible_messages(page, pages_root)
        rng.shuffle(eligible)
        drawn.extend(eligible[:PER_THREAD])
    return drawn


def check(annotations: Path, pages_root: Path = PAGES_ROOT) -> list[str]:
    """Problems of an annotation file against the draw; an empty list when there are none.

    The file must hold the drawn messages in draw order with their first 60 characters, and
    every claim ``sentence`` and every ``not_claims`` entry must be a verbatim part of the
    message text; claims need a short text, a polarity and a role.
    """
    problems = []
    if choose_pages(pages_root) != PAGES:
        problems.append("PAGES differs from the pages MANIFEST.tsv gives")
    drawn = draw(pages_root)
    records = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines()]
    if len(records) != len(drawn):
        problems.append(f"{len(records)} records for {len(drawn)} drawn messages")
    for number, (record, item) in enumerate(zip(records, drawn, strict=False), start=1):
        where = f"#{number} {item['page']} {item['message']}"
        if (record["page"], record["message"]) != (item["page"], item["message"]):
            problems.append(f"{where}: record is {record['page']} {record['message']}")
            continue
        if record["author"] != item["author"] or record["text_start"] != item["text"][:60]:
            problems.append(f"{where}: author or text_start differs")
        for claim in record["claims"]:
            if claim["sentence"] not in item["text"]:
                problems.append(f"{where}: claim sentence not in text: {claim['sentence']!r}")
            if not claim["text"] or len(claim["text"].split()) > 20:
                problems.append(f"{where}: claim text empty or over 20 words: {claim['text']!r}")
            if claim["polarity"] not in {"positive", "negative"}:
                problems.append(f"{where}: polarity {claim['polarity']!r}")
            if claim["role"] not in {"main", "premise", "aside"}:
                problems.append(f"{where}: role {claim['role']!r}")
        for sentence in record["not_claims"]:
            if sentence not in item["text"]:
                problems.append(f"{where}: not-claim not in text: {sentence!r}")
    return problems


def main() -> None:
    """Print the drawn messages, or the counts or problems of an annotation file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the drawn messages here (JSON lines)")
    parser.add_argument("--summary", type=Path, help="print the counts of this annotation file")
    parser.add_argument("--check", type=Path, help="check this annotation file against the draw")
    parser.add_argument("--pages", action="store_true", help="print comments/eligible/drawn")
    args = parser.parse_args()
    if args.summary:
        counts = summarise(args.summary)
        for name in sorted(counts, key=lambda name: (name.startswith("messages from"), name)):
            print(f"{counts[name]:5d}  {name}")
        return
    if args.check:
        problems = check(args.check)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problems", file=sys.stderr)
        sys.exit(1 if problems else 0)
    if args.pages:
        for page in PAGES:
            comments, eligible = eligible_messages(page)
            print(f"{page}\t{comments}\t{len(eligible)}\t{min(PER_THREAD, len(eligible))}")
        return
    show_draw(draw(), args.out, len(PAGES))


if __name__ == "__main__":
    main()
