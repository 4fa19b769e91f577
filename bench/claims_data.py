"""Labelled claim data from ``../shared/datasets``, read in place, and the detector recipe.

Shared by ``train_claims.py`` (which writes the shipped detector) and ``eval_claims.py``
(which measures it, and re-trains the same recipe leave-one-topic-out for UKP).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold

from argmap.claims.detector import Detector
from argmap.claims.features import sentence_features
from argmap.nlp import load_pipeline, parse_texts

__all__ = [
    "DATASETS",
    "REGULARISATIONS",
    "Row",
    "ToulminDoc",
    "cmv_rows",
    "fit_detector",
    "macro_f1",
    "parse_rows",
    "toulmin_docs",
    "ukp_rows",
]

csv.field_size_limit(sys.maxsize)

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
#: Candidate inverse regularisation strengths of the logistic regression; the recipe picks
#: one, with the threshold, by 5-fold cross-validation on its own training rows.
REGULARISATIONS = (0.03, 0.1, 0.3)
#: Cross-validation folds for picking the regularisation and threshold.
FOLDS = 5
#: Features seen in fewer training sentences than this are dropped (keeps the file small).
MIN_FEATURE_COUNT = 3
#: Candidate probability thresholds; the one with the best cross-validated macro-F1 on the
#: training data is stored with the weights.
THRESHOLDS = tuple(round(0.10 + 0.02 * i, 2) for i in range(36))


@dataclass
class Row:
    """One labelled sentence: its source, topic, text and whether it argues."""

    source: str
    topic: str
    text: str
    label: bool
    features: list[str] | None = None


@dataclass
class ToulminDoc:
    """A token-labelled document: tokens and their BIO tags."""

    tokens: list[str]
    tags: list[str]


def cmv_rows(name: str) -> list[Row]:
    """``cmv-ampersand-pairs/<name>``: label 1 (claim) or 2 (premise) argues, 0 does not."""
    path = DATASETS / "cmv-ampersand-pairs" / name
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Row("cmv", "cmv", text, label != "0") for text, label in reader]


def ukp_rows() -> list[Row]:
    """``ukp-sentential-argmin/test.tsv``: Argument_for/against argue, NoArgument does not."""
    path = DATASETS / "ukp-sentential-argmin" / "test.tsv"
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row("ukp", r["topic"], r["sentence"], r["annotation"] != "NoArgument") for r in reader
        ]


def toulmin_docs(name: str) -> list[ToulminDoc]:
    """``web-discourse-toulmin/<name>``: one token a line, a blank line between documents."""
    docs: list[ToulminDoc] = [ToulminDoc([], [])]
    path = DATASETS / "web-discourse-toulmin" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if docs[-1].tokens:
                docs.append(ToulminDoc([], []))
            continue
        token, tag = line.split("\t")
        docs[-1].tokens.append(token)
        docs[-1].tags.append(tag)
    return [d for d in docs if d.tokens]


def parse_rows(rows: Sequence[Row]) -> list:
    """Parse every row's text once with argmap's pipeline; fill in its features."""
    docs = list(parse_texts((r.text for r in rows), load_pipeline()))
    for row, doc in zip(rows, docs, strict=True):
        row.features = sentence_features(doc[:])
    return docs


def fit_detector(rows: Sequence[Row], *, seed: int = 0) -> tuple[Detector, dict[str, float]]:
    """The recipe: logistic regression on the rows' features, with its regularisation and
    probability threshold picked by 5-fold cross-validation on the same rows (folds by topic
    when the rows span several topics).

    Returns the detector and what was picked (``C``, ``threshold``, the CV macro-F1).
    Deterministic: the solver is liblinear and the folds are seeded.
    """
    vocabulary = _vocabulary(rows)
    matrix = _matrix(rows, vocabulary)
    labels = np.array([r.label for r in rows])
    sources = np.array([r.source for r in rows])
    folds = _folds(rows, matrix, labels, seed)
    best = (-1.0, 0.0, 0.0)
    for strength in REGULARISATIONS:
        probabilities = np.zeros(len(rows))
        for train, held in folds:
            model = _logistic(matrix[train], labels[train], strength)
            probabilities[held] = model.predict_proba(matrix[held])[:, 1]
        for threshold in THRESHOLDS:
            score = _mean_macro_f1(labels, probabilities >= threshold, sources)
            best = max(best, (score, strength, threshold))
    score, strength, threshold = best
    model = _logistic(matrix, labels, strength)
    weights = {
        feature: round(float(w), 4)
        for feature, w in zip(vocabulary, model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    weights["bias"] = round(float(model.intercept_[0]), 4)
    chosen = {"C": strength, "threshold": threshold, "cv_macro_f1": round(score, 4)}
    return Detector(dict(sorted(weights.items())), threshold), chosen


def _folds(rows: Sequence[Row], matrix: csr_matrix, labels: np.ndarray, seed: int) -> list:
    """Cross-validation folds: by topic when the rows span several topics, so the threshold
    is tuned for topics the model has not seen (as it will meet them); else stratified."""
    topics = np.array([r.topic for r in rows])
    if len(set(topics)) >= FOLDS:
        return list(GroupKFold(n_splits=FOLDS).split(matrix, labels, topics))
    return list(StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(matrix, labels))


def macro_f1(gold: Iterable[bool], predicted: Iterable[bool]) -> float:
    """Mean of the F1 of the positive and of the negative class."""
    gold, predicted = list(gold), list(predicted)
    scores = []
    for positive in (True, False):
        tp = sum(g == positive and p == positive for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != positive and p == positive for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == positive and p != positive for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def _mean_macro_f1(labels: np.ndarray, predicted: np.ndarray, sources: np.ndarray) -> float:
    return float(
        np.mean(
            [macro_f1(labels[sources == s], predicted[sources == s]) for s in np.unique(sources)]
        )
    )


def _vocabulary(rows: Sequence[Row]) -> list[str]:
    counts = Counter(f for r in rows for f in set(r.features or ()) if f != "bias")
    return sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)


def _matrix(rows: Sequence[Row], vocabulary: list[str]) -> csr_matrix:
    index = {f: i for i, f in enumerate(vocabulary)}
    indptr, indices = [0], []
    for row in rows:
        indices.extend(sorted({index[f] for f in row.features or () if f in index}))
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))


def _logistic(matrix: csr_matrix, labels: np.ndarray, strength: float) -> LogisticRegression:
    model = LogisticRegression(
        C=strength, solver="liblinear", class_weight="balanced", max_iter=1000
    )
    return model.fit(matrix, labels)
