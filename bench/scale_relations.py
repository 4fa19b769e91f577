"""Time the relation stage on one big thread: is the cost per comment flat as threads grow?

Builds threads of N comments from real Reddit comment texts (the ``body_child`` and
``body_parent`` texts of ``debagreement-sample/dev.csv``, read in place), in a random reply
tree where a comment answers the post, a recent comment or an older one, and one in ten
names an earlier commenter ("I agree with NAME", "@handle"). Parsing and claim extraction
run first and are not timed; the timed part is ``find_relations`` alone.

Prints a table and appends it to ``BENCHMARKS.md``::

    PYTHONPATH=src python bench/scale_relations.py --shared ../shared --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

from eval_relations import append_section

from argmap.model import Message

NAMES = [f"{first}" for first in ("Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal")]
OPENERS = ("I agree with {name}.", "@{handle} that's not true.", "{name} is right about this.")


def comment_texts(shared: Path) -> list[str]:
    with open(shared / "datasets/debagreement-sample/dev.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = {row["body_child"] for row in rows} | {row["body_parent"] for row in rows}
    return sorted(t for t in texts if t.strip())


def make_thread(size: int, texts: list[str], seed: int) -> list[Message]:
    """A post and ``size`` comments with a random reply tree and some named replies."""
    rng = random.Random(seed)
    authors = [f"{rng.choice(NAMES)}{n}" for n in range(max(2, size // 5))]
    messages = [Message("t1/m0", "t1", "post", authors[0], None, None, rng.choice(texts))]
    for n in range(1, size + 1):
        roll = rng.random()
        if roll < 0.3:
            parent = 0
        elif roll < 0.8:
            parent = max(0, n - rng.randint(1, 5))
        else:
            parent = rng.randrange(n)
        text = rng.choice(texts)
        if rng.random() < 0.1:
            earlier = messages[rng.randrange(n)].author
            opener = rng.choice(OPENERS).format(name=earlier, handle=earlier.lower())
            text = f"{opener} {text}"
        author = rng.choice(authors)
        messages.append(Message(f"t1/m{n}", "t1", "comment", author, None, f"t1/m{parent}", text))
    return messages


def measure(size: int, texts: list[str]) -> tuple[int, int, float]:
    """(comments, claims, seconds of find_relations)."""
    from argmap.claims import extract_claims
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations import find_relations

    messages = make_thread(size, texts, seed=size)
    nlp = load_pipeline()
    docs = list(parse_texts((m.text for m in messages), nlp))
    claims = extract_claims(messages, docs)
    started = time.perf_counter()
    find_relations(messages, claims, docs)
    return size, len(claims), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-append", action="store_true", help="print only")
    args = parser.parse_args(argv)
    from argmap.relations.classifier import classify_pairs

    classify_pairs([("warm up", "the model loads once")])
    texts = comment_texts(Path(args.shared))
    rows = [measure(size, texts) for size in args.sizes]
    base = rows[0][2] / rows[0][0]
    lines = [
        "| comments | claims | relation stage (s) | ms per comment | per-comment cost vs first |",
        "|---|---|---|---|---|",
    ]
    for size, n_claims, seconds in rows:
        per = seconds / size
        lines.append(
            f"| {size} | {n_claims} | {seconds:.1f} | {per * 1000:.2f} | {per / base:.2f}× |"
        )
    markdown = "\n".join(lines)
    print(markdown)
    if not args.no_append:
        append_section(
            "Relations: cost per comment as a thread grows",
            "PYTHONPATH=src python " + " ".join(sys.argv),
            markdown,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
