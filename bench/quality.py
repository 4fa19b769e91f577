"""The figures the quality gate pins, measured on fixed slices of the shared data.

    PYTHONPATH=src python bench/quality.py [--shared ../shared]

Each figure goes through argmap's public functions, on a slice fixed by rule (every n-th
item in file order), small enough that all of them run in a few minutes on two cores:

* claims: macro-F1 of "does ``find_claims`` find a claim in this sentence" against the
  labels of ``cmv-ampersand-pairs/claimdev.tsv`` (claim or premise = arguing) and of every
  4th sentence of ``ukp-sentential-argmin/test.tsv`` (argument = arguing); both are
  evaluation data the detector is not trained on;
* stance: accuracy of ``stance(parent, reply)`` on every 10th pair of
  ``debagreement-sample/test.csv`` (agree / neutral / disagree) and of ``stance(claim,
  perspective)`` on every 4th pair of the ``perspectrum-train-dev`` dev split (support /
  undermine);
* key points: V-measure of ``key_points`` against the gold key-point matches of
  ``argkp-2021`` dev, per topic and stance, over the arguments that match one key point;
* comments: word recall and line precision of the comments argmap reads from every 8th
  page (with and without comments) of ``dragnet-comments-dev`` (``bench/comments_recall``).

``tests/test_quality_gate.py`` fails when a figure falls below its floor in
:data:`FLOORS`: the figure recorded in BENCHMARKS.md less the noise a slice of that size
allows. Lowering a floor needs a measured reason in the commit.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"

#: Floors: the figure measured on 2026-12-01 (BENCHMARKS.md, "Quality gate") less an
#: allowance. Every figure is deterministic for the same code and models (pairs are judged
#: one at a time), so the allowance covers small, deliberate trade-offs, not chance: 0.02 on
#: each rate, two pages on the false alarms.
FLOORS: dict[str, float] = {
    # measured 0.573 macro-F1 on 1,631 sentences; 0.5495 (2026-12-03) once the later
    # sentences of a quotation stopped counting as the quoter's claims: two UKP sentences
    # that quote another writer at length are labelled arguments there
    "claims": 0.545,
    # measured 0.581 accuracy on 430 pairs with the multi-task stance model (2026-12-02),
    # 0.600 with the reply-only one; on the whole 4,292-pair test the new model scores more
    # (0.609 against 0.605), so the slice's drop is the slice, and the floor follows it
    "stance debagreement": 0.56,
    "stance perspectrum": 0.51,  # measured 0.537 accuracy on 518 pairs (was 0.415)
    "key points": 0.39,  # measured 0.416 mean V-measure over 8 topic-stance groups
    # measured 0.728 on 56 pages once header lines moved to the date field (the gold keeps
    # shown dates as text); the floor is not lowered, so its allowance is 0.008 here
    "comments word recall": 0.72,
    "comments line precision": 0.94,  # measured 0.964
    "comments false alarms": 6,  # measured 4 of 25 pages without comments (at most)
}


def claim_macro_f1(shared: Path) -> float:
    """Macro-F1 of claim finding on CMV claimdev and every 4th UKP test sentence."""
    import argmap

    rows = _cmv_claimdev(shared) + _ukp_slice(shared)
    predicted = [bool(argmap.find_claims(text)) for text, _ in rows]
    return _macro_f1([gold for _, gold in rows], predicted)


def _cmv_claimdev(shared: Path) -> list[tuple[str, bool]]:
    path = shared / "datasets" / "cmv-ampersand-pairs" / "claimdev.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip() in ("0", "1", "2"):
            rows.append((text, label.strip() != "0"))
    return rows


def _ukp_slice(shared: Path) -> list[tuple[str, bool]]:
    path = shared / "datasets" / "ukp-sentential-argmin" / "test.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["sentence"], r["annotation"] != "NoArgument") for r in rows[::4]]


def stance_accuracy(shared: Path) -> dict[str, float]:
    """Accuracy of ``stance`` on DEBAGREEMENT and Perspectrum slices."""
    import argmap

    debate = _debagreement_slice(shared)
    perspectives = _perspectrum_slice(shared)
    return {
        "debagreement": _accuracy([(argmap.stance(t, r)[0], gold) for t, r, gold in debate]),
        "perspectrum": _accuracy([(argmap.stance(c, p)[0], gold) for c, p, gold in perspectives]),
    }


def _debagreement_slice(shared: Path) -> list[tuple[str, str, str]]:
    labels = {"0": "rebut", "1": "none", "2": "agree"}
    path = shared / "datasets" / "debagreement-sample" / "test.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(r["body_parent"], r["body_child"], labels[r["label"]]) for r in rows[::10]]


def _perspectrum_slice(shared: Path) -> list[tuple[str, str, str]]:
    labels = {"support": "agree", "undermine": "rebut"}
    path = shared / "datasets" / "perspectrum-train-dev" / "pairs.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    dev = [r for r in rows if r["split"] == "dev"]
    return [(r["claim"], r["perspective"], labels[r["label"]]) for r in dev[::4]]


def key_point_v_measure(shared: Path) -> float:
    """Mean V-measure of ``key_points`` over argkp-2021 dev's topic-stance groups, against
    the gold key point of each argument that matches exactly one (a text alone is its own
    cluster on both sides)."""
    from sklearn.metrics import v_measure_score

    import argmap

    scores = []
    for texts, gold in _argkp_groups(shared):
        found = [-1 - i for i in range(len(texts))]  # a text no point holds stands alone
        for number, point in enumerate(argmap.key_points(texts)):
            for member in point.members:
                found[member] = number
        scores.append(v_measure_score(gold, found))
    return sum(scores) / len(scores)


def _argkp_groups(shared: Path) -> list[tuple[list[str], list[str]]]:
    folder = shared / "datasets" / "argkp-2021"
    with (folder / "arguments_dev.csv").open(encoding="utf-8", newline="") as handle:
        arguments = {r["arg_id"]: r for r in csv.DictReader(handle)}
    matches: dict[str, list[str]] = defaultdict(list)
    with (folder / "labels_dev.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["label"] == "1":
                matches[row["arg_id"]].append(row["key_point_id"])
    groups: dict[tuple[str, str], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for arg_id, points in sorted(matches.items()):
        if len(points) == 1:
            argument = arguments[arg_id]
            texts, gold = groups[argument["topic"], argument["stance"]]
            texts.append(argument["argument"])
            gold.append(points[0])
    return [groups[key] for key in sorted(groups)]


def comment_reading(shared: Path) -> dict[str, float]:
    """Word recall and line precision of argmap's comments on the dragnet slice."""
    sys.path.insert(0, str(REPO / "bench"))
    from comments_recall import load_records, score_pages, slice_records

    records = slice_records(load_records(shared / "datasets" / "dragnet-comments-dev"))
    figures = score_pages(records, tools=("argmap",))["pooled"]["argmap"]
    return {key: figures[key] for key in ("word_recall", "line_precision", "false_alarms")}


def _macro_f1(gold: list[bool], predicted: list[bool]) -> float:
    f1s = []
    for positive in (True, False):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == positive)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == positive != g)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == positive != p)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(1 for predicted, gold in pairs if predicted == gold) / len(pairs)


MEASURES: dict[str, Callable[[Path], object]] = {
    "claims": claim_macro_f1,
    "stance": stance_accuracy,
    "key points": key_point_v_measure,
    "comments": comment_reading,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    for name, measure in MEASURES.items():
        start = time.perf_counter()
        figure = measure(args.shared)
        print(f"{name}: {figure}  ({time.perf_counter() - start:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
