"""Train the shipped claim detectors and write ``src/argmap/claims/data/detector.json``.

    PYTHONPATH=src python bench/train_claims.py

Three logistic regressions over the same sparse sentence features (``claims/features.py``):

* ``argues`` (claim or premise vs none) on ``cmv-ampersand-pairs/claimtrain.tsv``,
  ``cmv-ampersand-threads`` (less any sentence of claimdev.tsv), ``web-discourse-toulmin``
  train + dev, ``persuasive-essays-aaec`` and ``arg-microtexts``; every set weighs the same.
* ``judgement`` (value or policy vs fact, testimony or reference) on ``cdcp-train``.
* ``testimony`` (testimony vs the other CDCP types) on ``cdcp-train``.

Regularisation and threshold of each are picked by 5-fold cross-validation by document on
its own training rows, and so is ``judged_claim``, the ``judgement`` probability from
which a sentence counts as a claim whatever ``argues`` says. ``testimony_max``, the
``testimony`` probability from which a sentence is no claim, is picked on the claim dev
set (``bench/annotations/claims_dev.jsonl``, comments of saved pages the blind set does
not use). No test split, no UKP sentence and no blind-set message is read.
Deterministic (liblinear, fixed folds, sorted keys).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from claims_data import (
    THRESHOLDS,
    annotated_claims,
    annotated_texts,
    argues_rows,
    cdcp_rows,
    claim_f1,
    fit_detector_cv,
    mean_macro_f1,
    parse_rows,
)

from argmap.claims.detector import DETECTOR_FILE, Detectors
from argmap.files import atomic_write_text
from argmap.language import identify
from argmap.nlp import load_pipeline, parse_texts

DEV_CLAIMS = Path(__file__).resolve().parent / "annotations" / "claims_dev.jsonl"
#: CDCP proposition types the ``testimony`` model learns to find (against all others).
TESTIMONY_TYPES = frozenset({"testimony"})
#: Candidate ``testimony_max`` values tried on the dev set (1.0: no sentence is dropped).
TESTIMONY_MAXIMA = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4)
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "argmap" / "claims" / "data" / DETECTOR_FILE
ARGUES_DATA = (
    "cmv-ampersand-pairs/claimtrain.tsv, cmv-ampersand-threads (without claimdev sentences), "
    "web-discourse-toulmin train+dev, persuasive-essays-aaec, arg-microtexts"
)


def main() -> None:
    models: dict[str, object] = {}
    fitted = {}
    for name, rows, data in (
        ("argues", argues_rows(), ARGUES_DATA),
        ("judgement", cdcp_rows(), "cdcp-train"),
        ("testimony", cdcp_rows(TESTIMONY_TYPES), "cdcp-train"),
    ):
        docs = parse_rows(rows)
        detector, chosen, held_out = fit_detector_cv(rows)
        fitted[name] = (rows, docs, detector, held_out)
        models[name] = {"trained_on": data, **chosen, **detector.as_dict()}
        print(f"{name}: {len(rows)} rows, {len(detector.weights)} weights, {chosen}")
    judged_claim = judged_claim_threshold(fitted["argues"], fitted["judgement"][2])
    models["judged_claim"] = judged_claim
    print(f"judged_claim: {judged_claim}")
    detectors = Detectors(
        fitted["argues"][2], fitted["judgement"][2], judged_claim, fitted["testimony"][2]
    )
    testimony_max, f1 = choose_on_dev(detectors)
    models["testimony_max"] = testimony_max
    models["chosen_on"] = {"file": DEV_CLAIMS.name, "claim_f1": round(f1, 4)}
    print(f"testimony_max {testimony_max}: claim F1 {f1:.3f} on {DEV_CLAIMS.name}")
    atomic_write_text(OUTPUT, json.dumps(models, indent=0, sort_keys=True) + "\n")
    print(f"wrote {OUTPUT}")


def choose_on_dev(detectors: Detectors) -> tuple[float, float]:
    """The ``testimony_max`` with the best claim F1 on the claim dev set
    (``bench/annotations/claims_dev.jsonl``: comments of saved pages, annotated from their
    text, other pages than the blind set), ties to the higher value (fewer sentences
    dropped). The ``testimony`` model is trained on CDCP propositions, where an anecdote is
    a unit of its own; in comment threads it is a sentence among others, so how sure the
    model must be before a sentence is no claim is chosen on comments. Only the messages
    argmap reads as English count (the detectors read English only). Returns
    (testimony_max, F1)."""
    records = [json.loads(line) for line in DEV_CLAIMS.read_text("utf-8").splitlines()]
    texts = annotated_texts(records)
    english = [i for i, text in enumerate(texts) if identify(text)[0] == "en"]
    records, texts = [records[i] for i in english], [texts[i] for i in english]
    docs = list(parse_texts(texts, load_pipeline()))
    scored = [
        (
            claim_f1(
                records, texts, annotated_claims(texts, docs, replace(detectors, testimony_max=m))
            ),
            m,
        )
        for m in TESTIMONY_MAXIMA
    ]
    for f1, candidate in scored:
        print(f"  testimony_max {candidate}: claim F1 {f1:.3f} on {DEV_CLAIMS.name}")
    f1, testimony_max = max(scored)
    return testimony_max, f1


def judged_claim_threshold(argues: tuple, judgement) -> float:
    """The ``judgement`` probability from which a sentence is a claim even when ``argues``
    scores it below its threshold ("Nobody makes mistakes ever, so ..." reads as a
    judgement to the CDCP model but not as arguing to the other): picked on the argues rows,
    with their held-out ``argues`` probabilities and the ``judgement`` model (which never
    saw them), by the same mean macro-F1; 1.0 (never) unless the rule helps."""
    rows, docs, detector, held_out = argues
    labels = np.array([r.label for r in rows])
    sources = np.array([r.source for r in rows])
    judged = np.array([judgement.probability(doc[:]) for doc in docs])
    argued = held_out >= detector.threshold
    best = (mean_macro_f1(labels, argued, sources), 1.0)
    for threshold in THRESHOLDS:
        score = mean_macro_f1(labels, argued | (judged >= threshold), sources)
        best = max(best, (score, threshold))
    return best[1]


if __name__ == "__main__":
    main()
