"""Draw the messages of the language-identification set (``languages.jsonl``).

The set measures how well argmap names the language of one short message, on real comments
of every language the shared pages hold (English, German, Russian, Chinese). The draw is
fixed in advance and repeatable: every message of ``MIN_WORDS`` to ``MAX_WORDS`` words on
each page of ``MANIFEST.tsv``, a seeded shuffle per page, then pages taken in turn within
each page language until that language's quota is met, so no one big page fills the set.
Only argmap's readers are used (``read_file`` and ``build_thread``), never a language
detector, and the page's language in the manifest only sets the quotas: each message is
labelled by reading it, since pages mix languages.

Run::

    .venv/bin/python bench/annotations/draw_language_sample.py [--out drawn.jsonl]

It prints every drawn message for reading and, with ``--out``, writes them one JSON object a
line (page, message id, text) with an empty ``language`` to fill in by hand.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

__all__ = ["MAX_WORDS", "MIN_WORDS", "QUOTAS", "SEED", "count_words", "draw"]

PAGES_ROOT = Path("/work/shared/pages")
#: Seed of the shuffles that order each page's eligible messages (one shuffle per page, seeded
#: by this and the page's name, so adding or dropping a page leaves the others' draws alone).
SEED = 20261217
#: The acceptance bar is set on messages of at least five words.
MIN_WORDS = 5
#: Short comments are where identification is hard; long ones would take the reading time.
MAX_WORDS = 120
#: Messages drawn per page language (of the manifest): every language the pages hold, the
#: rarer ones over-drawn so each has enough messages to count, and the page the manifest
#: calls English and German ("en+de": English discussion of German examples) for the hard
#: cases in between.
QUOTAS = {"en": 80, "de": 70, "ru": 60, "zh": 40, "en+de": 25}
#: A word: a run of letters, or one Han/kana character (Chinese and Japanese are written
#: without spaces, and one character is near enough to one word for a length bar).
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]+")


def count_words(text: str) -> int:
    """Words in ``text`` as :data:`_WORD` counts them.

    >>> count_words("It works, thanks!"), count_words("露營兼賞楓")
    (3, 5)
    """
    return len(_WORD.findall(text))


def _manifest(pages_root: Path) -> list[tuple[str, str]]:
    with (pages_root / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(row["file"], row["language"].split("-")[0].lower()) for row in rows]


def _eligible(pages_root: Path, page: str) -> list[dict[str, str]]:
    _adapter, raw_threads = read_file(pages_root / page)
    found = []
    for number, raw in enumerate(raw_threads, start=1):
        _thread, messages = build_thread(raw, f"t{number}", page)
        for message in messages:
            if MIN_WORDS <= count_words(message.text) <= MAX_WORDS:
                found.append({"page": page, "message": message.id, "text": message.text})
    random.Random(f"{SEED}:{page}").shuffle(found)
    return found


def draw(pages_root: Path = PAGES_ROOT) -> list[dict[str, str]]:
    """The drawn messages: per page language, pages in turn, each page's shuffled order."""
    by_language: dict[str, list[list[dict[str, str]]]] = {code: [] for code in QUOTAS}
    for page, language in _manifest(pages_root):
        if language in by_language:
            by_language[language].append(_eligible(pages_root, page))
    drawn: list[dict[str, str]] = []
    for language, quota in QUOTAS.items():
        queues = [queue for queue in by_language[language] if queue]
        taken = 0
        while queues and taken < quota:
            for queue in list(queues):
                if taken == quota:
                    break
                drawn.append(queue.pop(0))
                taken += 1
                if not queue:
                    queues.remove(queue)
    return drawn


def main() -> None:
    """Print the drawn messages, and write them as JSON lines when ``--out`` is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the drawn messages here (JSON lines)")
    args = parser.parse_args()
    drawn = draw()
    for number, item in enumerate(drawn, start=1):
        print(f"=== {number} {item['page']} {item['message']}")
        print(item["text"])
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for item in drawn:
                out.write(json.dumps({**item, "language": ""}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} messages", file=sys.stderr)


if __name__ == "__main__":
    main()
