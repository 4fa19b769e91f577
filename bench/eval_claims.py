"""Measure claim detection against human labels, with baselines, and record it.

    PYTHONPATH=src python bench/eval_claims.py

Prints precision, recall, F1 (arguing class) and macro-F1 (both classes) for argmap and,
beside it, a majority baseline and a TF-IDF + logistic-regression baseline, on

* ``cmv-ampersand-pairs/claimdev.tsv`` (claim or premise vs none) with the shipped
  detector (trained on claimtrain.tsv only); the TF-IDF baseline is trained on claimtrain;
* ``ukp-sentential-argmin/test.tsv`` (argument vs no argument), leave-one-topic-out: for
  each topic the detector recipe (and the TF-IDF baseline) is trained on the other seven
  topics and run on that one; the shipped detector is also run as it is (no UKP training);
* ``web-discourse-toulmin/test.txt``: span-level claim F1. A predicted claim is a sentence
  argmap finds a claim in; it matches a gold ``Claim`` span when they share at least half
  the tokens of the longer one. Scored against ``Claim`` spans and against any argument
  component (claim, premise, backing, rebuttal, refutation).

For the two sentence sets each labelled row is taken whole, as the data cuts sentences.
"argmap detector" is the decision argmap's pipeline takes per sentence: the rules
(greetings, thanks, short fragments, meta remarks) then the learned detector.
"argmap claims stated" goes on through canonicalisation, which states no claim for a
genuine question or a bare attribution ("I don't think it would"); it is what the map
shows. Baselines: majority class, and TF-IDF + logistic regression (scikit-learn defaults,
balanced class weights) trained on the same data as the detector. Appends a section to
``BENCHMARKS.md``.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import (
    Row,
    ToulminDoc,
    cmv_rows,
    fit_detector,
    macro_f1,
    parse_rows,
    toulmin_docs,
    ukp_rows,
)

from argmap.claims.detector import Detector, load_detector
from argmap.claims.extract import is_claim_sentence, sentence_claims
from argmap.files import atomic_write_text
from argmap.nlp import load_pipeline, parse_texts

BENCHMARKS = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"
COMMAND = "PYTHONPATH=src python bench/eval_claims.py"
#: A predicted span matches a gold one when they share this share of the longer's tokens.
SPAN_OVERLAP = 0.5

Scores = tuple[float, float, float, float]


def main() -> None:
    started = time.perf_counter()
    tables = [cmv_table(), ukp_table(), toulmin_table()]
    text = "\n\n".join(tables)
    print(text)
    record(text, time.perf_counter() - started)


# -- CMV ---------------------------------------------------------------------------------
def cmv_table() -> str:
    train, dev = cmv_rows("claimtrain.tsv"), cmv_rows("claimdev.tsv")
    docs = parse_rows(dev)
    gold = [r.label for r in dev]
    detector = load_detector()
    tfidf = _tfidf_predictions(train, dev)
    return _table(
        "cmv-ampersand-pairs/claimdev.tsv — claim or premise vs none "
        f"({len(dev)} sentences; trained on claimtrain.tsv only)",
        gold,
        {
            "argmap detector (rules + LR, shipped)": [_detects(d, detector) for d in docs],
            "argmap claims stated (shipped)": [_states(d, detector) for d in docs],
            "TF-IDF + LR": tfidf,
            "majority": _majority(gold),
        },
    )


# -- UKP ---------------------------------------------------------------------------------
def ukp_table() -> str:
    rows = ukp_rows()
    docs = parse_rows(rows)
    gold = [r.label for r in rows]
    loto = [False] * len(rows)
    loto_stated = [False] * len(rows)
    tfidf = [False] * len(rows)
    for topic in sorted({r.topic for r in rows}):
        held = [i for i, r in enumerate(rows) if r.topic == topic]
        train = [r for r in rows if r.topic != topic]
        detector, _ = fit_detector(train)
        for i in held:
            loto[i] = _detects(docs[i], detector)
            loto_stated[i] = _states(docs[i], detector)
        for i, predicted in zip(
            held, _tfidf_predictions(train, [rows[i] for i in held]), strict=True
        ):
            tfidf[i] = predicted
    shipped = [_detects(doc, load_detector()) for doc in docs]
    return _table(
        f"ukp-sentential-argmin/test.tsv — argument vs no argument ({len(rows)} sentences, "
        "8 topics, leave-one-topic-out)",
        gold,
        {
            "argmap detector (rules + LR), leave-one-topic-out": loto,
            "argmap claims stated, leave-one-topic-out": loto_stated,
            "argmap shipped detector (no UKP training)": shipped,
            "TF-IDF + LR, leave-one-topic-out": tfidf,
            "majority": _majority(gold),
        },
    )


# -- Toulmin spans -----------------------------------------------------------------------
def toulmin_table() -> str:
    docs = toulmin_docs("test.txt")
    train = cmv_rows("claimtrain.tsv")
    vectorizer, model = _tfidf_model(train)
    nlp = load_pipeline()
    texts, offsets = zip(*(_joined(d) for d in docs), strict=True)
    lines: list[str] = []
    systems: dict[str, list[tuple[list, list, list]]] = {}
    parsed = list(parse_texts(texts, nlp))
    for doc_labels, doc, starts in zip(docs, parsed, offsets, strict=True):
        sentences = list(doc.sents)
        spans = [_token_range(s.start_char, s.end_char, starts) for s in sentences]
        claimed, previous = [], None
        for sentence in sentences:
            claimed.append(bool(sentence_claims(sentence, previous)))
            previous = sentence
        tfidf = model.predict(vectorizer.transform([s.text for s in sentences]))
        predictions = {
            "argmap (shipped detector)": [sp for sp, c in zip(spans, claimed, strict=True) if c],
            "TF-IDF + LR (claimtrain)": [sp for sp, c in zip(spans, tfidf, strict=True) if c],
            "every sentence": spans,
        }
        for name, predicted in predictions.items():
            systems.setdefault(name, []).append(
                (_gold_spans(doc_labels, {"Claim"}), _gold_spans(doc_labels, None), predicted)
            )
    header = (
        "| system | claim P | claim R | claim F1 | any-component P | any-component R "
        "| any-component F1 |\n|---|---|---|---|---|---|---|"
    )
    for name, per_doc in systems.items():
        claim = _span_scores([(g, p) for g, _, p in per_doc])
        component = _span_scores([(g, p) for _, g, p in per_doc])
        lines.append(
            f"| {name} | {claim[0]:.3f} | {claim[1]:.3f} | {claim[2]:.3f} | "
            f"{component[0]:.3f} | {component[1]:.3f} | {component[2]:.3f} |"
        )
    title = (
        f"web-discourse-toulmin/test.txt — span-level claim F1 ({len(docs)} documents; "
        f"a match shares ≥{SPAN_OVERLAP:.0%} of the longer span's tokens)"
    )
    return f"### {title}\n\n{header}\n" + "\n".join(lines)


def _joined(doc: ToulminDoc) -> tuple[str, list[int]]:
    starts, position = [], 0
    for token in doc.tokens:
        starts.append(position)
        position += len(token) + 1
    return " ".join(doc.tokens), starts


def _token_range(start: int, end: int, starts: list[int]) -> tuple[int, int]:
    first = next(i for i, s in enumerate(starts) if s >= start) if starts[-1] >= start else 0
    last = max(i for i, s in enumerate(starts) if s < end)
    return first, last + 1


def _gold_spans(doc: ToulminDoc, kinds: set[str] | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for i, tag in enumerate(doc.tags):
        kind = tag[2:]
        wanted = tag != "O" and (kinds is None or kind in kinds)
        if tag.startswith("B-") and wanted:
            spans.append((i, i + 1))
        elif tag.startswith("I-") and wanted and spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
    return spans


def _span_scores(per_doc: Sequence[tuple[list, list]]) -> tuple[float, float, float]:
    matched_predicted = matched_gold = predicted_total = gold_total = 0
    for gold, predicted in per_doc:
        predicted_total += len(predicted)
        gold_total += len(gold)
        matched_predicted += sum(any(_matches(p, g) for g in gold) for p in predicted)
        matched_gold += sum(any(_matches(p, g) for p in predicted) for g in gold)
    precision = matched_predicted / predicted_total if predicted_total else 0.0
    recall = matched_gold / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= SPAN_OVERLAP * max(a[1] - a[0], b[1] - b[0])


# -- shared ------------------------------------------------------------------------------
def _detects(doc, detector: Detector) -> bool:
    """The detector's decision on a labelled sentence, taken whole as the data cuts it."""
    return is_claim_sentence(doc[:], detector)


def _states(doc, detector: Detector) -> bool:
    """Whether the claim stage states at least one claim from the labelled sentence."""
    return bool(sentence_claims(doc[:], None, detector))


def _tfidf_model(train: Sequence[Row]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer()
    model = LogisticRegression(max_iter=1000, class_weight="balanced")
    model.fit(vectorizer.fit_transform([r.text for r in train]), [r.label for r in train])
    return vectorizer, model


def _tfidf_predictions(train: Sequence[Row], test: Sequence[Row]) -> list[bool]:
    vectorizer, model = _tfidf_model(train)
    return [bool(p) for p in model.predict(vectorizer.transform([r.text for r in test]))]


def _majority(gold: list[bool]) -> list[bool]:
    positive = sum(gold) * 2 >= len(gold)
    return [positive] * len(gold)


def _scores(gold: list[bool], predicted: list[bool]) -> Scores:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    precision = tp / sum(predicted) if sum(predicted) else 0.0
    recall = tp / sum(gold) if sum(gold) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, macro_f1(gold, predicted)


def _table(title: str, gold: list[bool], systems: dict[str, list[bool]]) -> str:
    lines = [f"### {title}", "", "| system | P | R | F1 | macro-F1 |", "|---|---|---|---|---|"]
    for name, predicted in systems.items():
        p, r, f, m = _scores(gold, predicted)
        lines.append(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {m:.3f} |")
    return "\n".join(lines)


def record(tables: str, seconds: float) -> None:
    """Append this run to BENCHMARKS.md (heading, command, date, machine, tables)."""
    existing = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    section = (
        f"\n## Claim detection against human labels\n\n"
        f"Command: `{COMMAND}`  \n"
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()}; run took {seconds:.0f} s.  \n"
        "P, R, F1: the arguing class; macro-F1: mean F1 of both classes.\n\n"
        f"{tables}\n"
    )
    atomic_write_text(BENCHMARKS, existing.rstrip("\n") + "\n" + section)


if __name__ == "__main__":
    main()
