"""Measure language identification on hand-labelled comments, and its cost.

    .venv/bin/python bench/eval_language.py [--lingua]

Reads ``bench/annotations/languages.jsonl`` (269 messages of 5 to 120 words from the shared
pages, each labelled by reading it: English, German, Russian, Chinese; see
``bench/annotations/languages.md``) and prints, for each identifier, its accuracy (overall
and per labelled language), the messages it gets wrong, and its time per 1,000 messages
(after loading) and its load time:

* ``py3langid`` as it comes (140 languages, its own labels);
* ``argmap identify``: py3langid with macrolanguage varieties counted as their
  macrolanguage (:func:`argmap.language.identify`), the message read alone;
* ``argmap in thread``: what argmap sets as ``Message.language``
  (:func:`argmap.language.message_languages` over each labelled message's whole thread,
  read again from ``../shared/pages``), so a short or unsure message takes its thread's;
* with ``--lingua``: lingua-language-detector, all 75 languages, high- and low-accuracy
  modes (slow to load: about 30 s and 1.4 GB).

Every identifier chooses among all its languages, never only the four of the set.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["load_labels", "main", "score"]

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "bench" / "annotations" / "languages.jsonl"
PAGES = REPO.parent / "shared" / "pages"


def load_labels(path: Path = LABELS) -> list[dict[str, str]]:
    """The labelled messages, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(name: str, gold: Sequence[str], predicted: Sequence[str | None], seconds: float) -> None:
    """Print accuracy overall and per language, the misses, and the cost per 1,000."""
    right = sum(p == g for p, g in zip(predicted, gold, strict=True))
    per: dict[str, Counter[bool]] = defaultdict(Counter)
    for p, g in zip(predicted, gold, strict=True):
        per[g][p == g] += 1
    languages = "  ".join(
        f"{code} {counts[True]}/{counts[True] + counts[False]}" for code, counts in per.items()
    )
    print(f"{name}: accuracy {right / len(gold):.4f} ({right}/{len(gold)})  {languages}")
    print(f"    {seconds / len(gold) * 1000 * 1000:.0f} ms per 1,000 messages")
    misses = [(i, g, p) for i, (p, g) in enumerate(zip(predicted, gold, strict=True), 1) if p != g]
    for number, expected, got in misses:
        print(f"    miss #{number}: labelled {expected}, said {got}")


def _peak_mb() -> float:
    """This process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(identify: Callable[[str], str | None], texts: Sequence[str]) -> tuple[list, float]:
    started = time.perf_counter()
    predicted = [identify(text) for text in texts]
    return predicted, time.perf_counter() - started


def _py3langid(texts: Sequence[str], gold: Sequence[str]) -> None:
    started = time.perf_counter()
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.classify("warm")
    print(f"py3langid: loaded in {time.perf_counter() - started:.2f} s, {_peak_mb():.0f} MB peak")
    predicted, seconds = _timed(lambda text: identifier.classify(text)[0], texts)
    score("py3langid (as it comes)", gold, predicted, seconds)


def _argmap(texts: Sequence[str], gold: Sequence[str]) -> None:
    from argmap.language import identify

    identify("warm")
    predicted, seconds = _timed(lambda text: identify(text)[0], texts)
    score("argmap identify (message alone)", gold, predicted, seconds)


def _argmap_in_thread(rows: Sequence[dict[str, str]], gold: Sequence[str]) -> None:
    from argmap.ingest import read_file
    from argmap.ingest.base import build_thread
    from argmap.language import message_languages

    found: dict[tuple[str, str], str | None] = {}
    seconds = 0.0
    messages_read = 0
    for page in sorted({row["page"] for row in rows}):
        _adapter, raw_threads = read_file(PAGES / page)
        for number, raw in enumerate(raw_threads, start=1):
            thread, messages = build_thread(raw, f"t{number}", page)
            started = time.perf_counter()
            languages, _thread = message_languages([m.text for m in messages], thread.language)
            seconds += time.perf_counter() - started
            messages_read += len(messages)
            for message, language in zip(messages, languages, strict=True):
                found[(page, message.id)] = language
    missing = [row for row in rows if (row["page"], row["message"]) not in found]
    if missing:
        print(f"argmap in thread: {len(missing)} labelled messages no longer read; skipped")
    kept = [(row, g) for row, g in zip(rows, gold, strict=True) if row not in missing]
    predicted = [found[(row["page"], row["message"])] for row, _g in kept]
    per_message = seconds / messages_read * len(kept)
    score("argmap in thread (Message.language)", [g for _r, g in kept], predicted, per_message)


def _lingua(texts: Sequence[str], gold: Sequence[str]) -> None:
    from lingua import LanguageDetectorBuilder

    for mode in ("high", "low"):
        started = time.perf_counter()
        builder = LanguageDetectorBuilder.from_all_languages()
        if mode == "low":
            builder = builder.with_low_accuracy_mode()
        detector = builder.with_preloaded_language_models().build()
        elapsed = time.perf_counter() - started
        print(f"lingua {mode}: loaded in {elapsed:.2f} s, {_peak_mb():.0f} MB peak")

        def identify(text: str, detector=detector) -> str | None:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found is not None else None

        predicted, seconds = _timed(identify, texts)
        score(f"lingua ({mode} accuracy)", gold, predicted, seconds)


def main() -> None:
    """Score every identifier on the labelled set and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lingua", action="store_true", help="also run lingua (slow to load)")
    args = parser.parse_args()
    rows = load_labels()
    texts = [row["text"] for row in rows]
    gold = [row["language"] for row in rows]
    print(f"{len(rows)} labelled messages: {dict(Counter(gold))}")
    _py3langid(texts, gold)
    _argmap(texts, gold)
    if PAGES.is_dir():
        _argmap_in_thread(rows, gold)
    if args.lingua:
        _lingua(texts, gold)


if __name__ == "__main__":
    main()
