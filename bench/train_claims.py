"""Train the shipped claim detectors and write ``src/argmap/claims/data/detector.json``.

    PYTHONPATH=src python bench/train_claims.py

Two logistic regressions over the same sparse sentence features (``claims/features.py``):

* ``argues`` (claim or premise vs none) on ``cmv-ampersand-pairs/claimtrain.tsv``,
  ``cmv-ampersand-threads`` (less any sentence of claimdev.tsv), ``web-discourse-toulmin``
  train + dev, ``persuasive-essays-aaec`` and ``arg-microtexts``; every set weighs the same.
* ``judgement`` (value or policy vs fact, testimony or reference) on ``cdcp-train``.

Regularisation and threshold of each are picked by 5-fold cross-validation by document on
its own training rows, and so is ``judged_claim``, the ``judgement`` probability from
which a sentence counts as a claim whatever ``argues`` says; no test split and no UKP
sentence is read. Deterministic (liblinear, fixed folds, sorted keys).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from claims_data import (
    THRESHOLDS,
    argues_rows,
    cdcp_rows,
    fit_detector_cv,
    mean_macro_f1,
    parse_rows,
)

from argmap.claims.detector import DETECTOR_FILE
from argmap.files import atomic_write_text

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
    ):
        docs = parse_rows(rows)
        detector, chosen, held_out = fit_detector_cv(rows)
        fitted[name] = (rows, docs, detector, held_out)
        models[name] = {"trained_on": data, **chosen, **detector.as_dict()}
        print(f"{name}: {len(rows)} rows, {len(detector.weights)} weights, {chosen}")
    models["judged_claim"] = judged_claim_threshold(fitted["argues"], fitted["judgement"][2])
    print(f"judged_claim: {models['judged_claim']}")
    atomic_write_text(OUTPUT, json.dumps(models, indent=0, sort_keys=True) + "\n")
    print(f"wrote {OUTPUT}")


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
