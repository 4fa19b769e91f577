"""Measure claim detection against human labels, with baselines, and record it.

    PYTHONPATH=src python bench/eval_claims.py [--only cdcp cmv ukp toulmin blind]

Prints precision, recall, F1 (positive class) and macro-F1 (both classes) for argmap and,
beside it, a majority baseline and a TF-IDF + logistic-regression baseline, on

* ``cdcp-train`` (value or policy proposition vs fact, testimony or reference), 5-fold
  cross-validation by comment: for each fold the ``judgement`` recipe (and the TF-IDF
  baseline) is trained on the other comments, and so is the ``testimony`` recipe, whose
  shipped model learnt from every CDCP comment. argmap calls a proposition a claim when it
  states a claim from it (rules, shipped ``argues`` detector, the fold's ``judgement`` and
  ``testimony`` models, canonical wording; ``argues`` never saw CDCP) and that
  ``judgement`` model rates it value or policy;
* ``cmv-ampersand-pairs/claimdev.tsv`` (claim or premise vs none): argmap's claim stage
  on each row taken whole (as the data cuts sentences), and as ``find_claims`` runs on the
  row's text (its own sentence split; a claim from any sentence counts); the TF-IDF
  baseline is trained on claimtrain.tsv;
* ``ukp-sentential-argmin/test.tsv`` (argument vs no argument), leave-one-topic-out: for
  each topic the ``argues`` recipe (with the shipped model's regularisation, its
  threshold picked again by cross-validation) is trained on its usual data plus the seven
  other topics (the TF-IDF baseline on the seven topics) and run on that one; the shipped
  detector is also run as it is (no UKP training);
* ``bench/annotations/claims_blind.jsonl``: 154 messages of 10 saved threads annotated
  blind (see its README): claim precision and recall, negation kept, claims over 20 words
  and main claims per message (``blind_table``);
* ``web-discourse-toulmin/test.txt``: span-level claim F1. A predicted claim is a sentence
  argmap finds a claim in; it matches a gold ``Claim`` span when they share at least half
  the tokens of the longer one. Scored against ``Claim`` spans and against any argument
  component (claim, premise, backing, rebuttal, refutation).

Every threshold and regularisation strength is chosen by cross-validation on training
rows (``claims_data.fit_detector``), except ``testimony_max`` and the shipped ``argues``
threshold, chosen on the claim dev set
(``bench/annotations/claims_dev.jsonl``, other pages than the blind set; see
``bench/train_claims.py``). No figure here was used to choose anything. A run of all
tables appends a section to ``BENCHMARKS.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import (
    FOLDS,
    TESTIMONY_TYPES,
    Row,
    ToulminDoc,
    annotated_messages,
    argues_rows,
    cdcp_rows,
    cmv_rows,
    fit_detector,
    macro_f1,
    match_claims,
    parse_rows,
    spans_overlap,
    toulmin_docs,
    ukp_rows,
)

from argmap.claims.canonical import MAX_CLAIM_WORDS
from argmap.claims.detector import DETECTOR_FILE, Detectors, load_detectors
from argmap.claims.extract import extract_claims, is_claim_sentence, sentence_claims
from argmap.files import atomic_write_text
from argmap.language import ENGLISH
from argmap.model import Claim, Message
from argmap.nlp import load_pipeline, parse_texts

BENCHMARKS = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"
COMMAND = "PYTHONPATH=src python bench/eval_claims.py"
BLIND = Path(__file__).resolve().parent / "annotations" / "claims_blind.jsonl"
#: Words that carry a negation (or a denial) in a claim's text, with contractions written
#: without their apostrophe as comments often do ("they didnt backfire").
NEGATION = re.compile(
    r"\b(not|never|no|nothing|nobody|none|nor|neither|cannot|doubt|without|hardly)\b|n't\b"
    r"|\b(do|does|did|is|are|was|were|ca|can|wo|won|should|could|would|have|has|had|ai)nt\b",
    re.I,
)
#: A predicted span matches a gold one when they share this share of the longer's tokens.
SPAN_OVERLAP = 0.5

Scores = tuple[float, float, float, float]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", nargs="+", choices=sorted(TABLES), help="run only these tables (default: all)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    tables = [TABLES[name]() for name in args.only or TABLES]
    text = "\n\n".join(tables)
    print(text)
    if not args.only:
        record(text, time.perf_counter() - started)


# -- CDCP --------------------------------------------------------------------------------
def cdcp_table() -> str:
    rows = cdcp_rows()
    docs = parse_rows(rows)
    testimony_rows = cdcp_rows(TESTIMONY_TYPES)
    told = [replace(r, label=t.label) for r, t in zip(rows, testimony_rows, strict=True)]
    gold = [r.label for r in rows]
    shipped = load_detectors()
    stated = np.zeros(len(rows), dtype=bool)
    judged = np.zeros(len(rows), dtype=bool)
    tfidf = np.zeros(len(rows), dtype=bool)
    groups = [r.topic for r in rows]
    for train, held in GroupKFold(n_splits=FOLDS).split(rows, gold, groups):
        judgement, _ = fit_detector([rows[i] for i in train])
        testimony, _ = fit_detector([told[i] for i in train])
        detectors = replace(shipped, judgement=judgement, testimony=testimony)
        for i in held:
            judged[i] = judgement.asserts(docs[i][:])
            stated[i] = _states(docs[i], detectors)
        predictions = _tfidf_predictions([rows[i] for i in train], [rows[i] for i in held])
        tfidf[held] = predictions
    return _table(
        f"cdcp-train — value or policy vs fact, testimony or reference ({len(rows)} "
        f"propositions of {len(set(groups))} comments; {FOLDS}-fold cross-validation by comment)",
        gold,
        {
            "argmap: claim stated and judged value/policy": [
                s and j for s, j in zip(stated, judged, strict=True)
            ],
            "argmap judgement model alone": list(judged),
            "argmap claim stated (any role)": list(stated),
            "TF-IDF + LR": list(tfidf),
            "majority": _majority(gold),
        },
    )


# -- CMV ---------------------------------------------------------------------------------
def cmv_table() -> str:
    train, dev = cmv_rows("claimtrain.tsv"), cmv_rows("claimdev.tsv")
    docs = parse_rows(dev)
    gold = [r.label for r in dev]
    shipped = load_detectors()
    return _table(
        "cmv-ampersand-pairs/claimdev.tsv — claim or premise vs none "
        f"({len(dev)} sentences; never trained on)",
        gold,
        {
            "argmap claims stated (row taken whole, as the data cuts it)": [
                bool(sentence_claims(d[:], shipped)) for d in docs
            ],
            "argmap find_claims on the row (its own sentence split)": [
                _states(d, shipped) for d in docs
            ],
            "argmap rules + detectors (row taken whole)": [_detects(d, shipped) for d in docs],
            "TF-IDF + LR (claimtrain)": _tfidf_predictions(train, dev),
            "majority": _majority(gold),
        },
    )


# -- UKP ---------------------------------------------------------------------------------
def ukp_table() -> str:
    rows = ukp_rows()
    docs = parse_rows(rows)
    shipped = load_detectors()
    shipped_strength = _trained_strength("argues")
    usual = argues_rows()
    parse_rows(usual)
    gold = [r.label for r in rows]
    loto = [False] * len(rows)
    loto_stated = [False] * len(rows)
    tfidf = [False] * len(rows)
    for topic in sorted({r.topic for r in rows}):
        held = [i for i, r in enumerate(rows) if r.topic == topic]
        others = [r for r in rows if r.topic != topic]
        argues, _ = fit_detector([*usual, *others], strengths=(shipped_strength,))
        detector = replace(shipped, argues=argues)
        for i in held:
            loto[i] = _detects(docs[i], detector)
            loto_stated[i] = _states(docs[i], detector)
        for i, predicted in zip(
            held, _tfidf_predictions(others, [rows[i] for i in held]), strict=True
        ):
            tfidf[i] = predicted
    return _table(
        f"ukp-sentential-argmin/test.tsv — argument vs no argument ({len(rows)} sentences, "
        "8 topics, leave-one-topic-out)",
        gold,
        {
            "argmap rules + argues detector, leave-one-topic-out": loto,
            "argmap find_claims, leave-one-topic-out": loto_stated,
            "argmap find_claims, shipped detector (no UKP training)": [
                _states(d, shipped) for d in docs
            ],
            "TF-IDF + LR, leave-one-topic-out": tfidf,
            "majority": _majority(gold),
        },
    )


# -- the blind set ----------------------------------------------------------------------
def blind_table() -> str:
    """argmap against ``claims_blind.jsonl``: every message is read from its page with
    argmap's readers (as the draw did), its claims found as ``argmap map`` finds them (none
    in a message it names another language than English: the default install reads English
    only; their annotated claims count as missed), and matched one to one with the
    annotated claims: a pair matches when the argmap claim's sentence overlaps the
    annotated sentence by at least half of the shorter of the two; among several, the
    pair sharing most words of the claim text wins."""
    records = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines()]
    read = annotated_messages(records)
    texts = [text for text, _language in read]
    messages = [
        Message(f"b{i}", "b", "comment", None, None, None, text)
        for i, (text, language) in enumerate(read)
        if language in (ENGLISH, None)
    ]
    found = extract_claims(messages, parse_texts((m.text for m in messages), load_pipeline()))
    by_message: dict[str, list[Claim]] = {m.id: [] for m in messages}
    for claim in found:
        by_message[claim.message].append(claim)
    totals = {"gold": 0, "negative": 0, "kept": 0, "recalled": 0, "shown_hits": 0, "shown": 0}
    english_gold = 0
    hits = 0
    not_claims = not_claims_stated = 0
    for i, record in enumerate(records):
        text, claims = texts[i], by_message.get(f"b{i}", [])
        pairs = match_claims(text, record["claims"], claims)
        hits += len(pairs)
        totals["gold"] += len(record["claims"])
        english_gold += len(record["claims"]) if f"b{i}" in by_message else 0
        totals["recalled"] += len(pairs)
        shown = [c for c in claims if c.role != "aside"]
        totals["shown"] += len(shown)
        totals["shown_hits"] += sum(1 for _, c in pairs if c.role != "aside")
        for gold, claim in pairs:
            if gold["polarity"] == "negative":
                totals["negative"] += 1
                totals["kept"] += bool(NEGATION.search(claim.text))
        for sentence in record["not_claims"]:
            not_claims += 1
            start = text.find(sentence)
            span = (start, start + len(sentence))
            not_claims_stated += start >= 0 and any(spans_overlap(span, c.span) for c in claims)
    long_claims = sum(len(c.text.split()) > MAX_CLAIM_WORDS for c in found)
    mains = sum(c.role == "main" for c in found)
    rows = [
        ("messages / threads", f"{len(records)} / {len({r['page'] for r in records})}"),
        ("messages argmap reads as English (the others get no claims)",
         f"{len(messages)} of {len(records)}"),
        ("annotated claims / argmap claims", f"{totals['gold']} / {len(found)}"),
        ("claim precision (all roles)", _ratio(hits, len(found))),
        ("claim precision (main + premise, shown without asides)",
         _ratio(totals["shown_hits"], totals["shown"])),
        ("recall of the annotated claims", _ratio(totals["recalled"], totals["gold"])),
        ("recall of the annotated claims of messages read as English",
         _ratio(totals["recalled"], english_gold)),
        ("negation kept (matched negative claims)", _ratio(totals["kept"], totals["negative"])),
        ("annotated not-claims stated as claims", _ratio(not_claims_stated, not_claims)),
        ("claims over 20 words", _ratio(long_claims, len(found))),
        ("main claims per message", f"{mains / len(records):.2f}"),
    ]  # fmt: skip
    lines = [f"| {name} | {value} |" for name, value in rows]
    return (
        "### bench/annotations/claims_blind.jsonl — blind claim set (saved pages)\n\n"
        "| measure | value |\n|---|---|\n" + "\n".join(lines)
    )


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


# -- Toulmin spans -----------------------------------------------------------------------
def toulmin_table() -> str:
    docs = toulmin_docs("test.txt")
    train = cmv_rows("claimtrain.tsv")
    vectorizer, model = _tfidf_model(train)
    shipped = load_detectors()
    nlp = load_pipeline()
    texts, offsets = zip(*(_joined(d) for d in docs), strict=True)
    lines: list[str] = []
    systems: dict[str, list[tuple[list, list, list]]] = {}
    parsed = list(parse_texts(texts, nlp))
    for doc_labels, doc, starts in zip(docs, parsed, offsets, strict=True):
        sentences = list(doc.sents)
        spans = [_token_range(s.start_char, s.end_char, starts) for s in sentences]
        claimed = [bool(sentence_claims(sentence, shipped)) for sentence in sentences]
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
def _detects(doc, detector: Detectors) -> bool:
    """The detector's decision on a labelled sentence, taken whole as the data cuts it."""
    return is_claim_sentence(doc[:], detector)


def _states(doc, detector: Detectors) -> bool:
    """Whether the claim stage states a claim from any sentence of the labelled text, as
    ``find_claims`` on that text does."""
    return any(sentence_claims(sentence, detector) for sentence in doc.sents)


def _trained_strength(model: str) -> float:
    """The regularisation ``bench/train_claims.py`` picked for ``model`` (the leave-one-
    topic-out runs reuse it and pick only their threshold, to keep the run short)."""
    text = resources.files("argmap.claims").joinpath("data", DETECTOR_FILE).read_text("utf-8")
    return float(json.loads(text)[model]["C"])


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


TABLES = {
    "cdcp": cdcp_table,
    "cmv": cmv_table,
    "ukp": ukp_table,
    "toulmin": toulmin_table,
    "blind": blind_table,
}

if __name__ == "__main__":
    main()
