"""Train the shipped claim detectors and write ``src/argmap/claims/data/detector.json``.

    PYTHONPATH=src python bench/train_claims.py

Two logistic regressions over the same sparse sentence features (``claims/features.py``):

* ``argues`` (claim or premise vs none) on ``cmv-ampersand-pairs/claimtrain.tsv``,
  ``cmv-ampersand-threads`` (less any sentence of claimdev.tsv), ``web-discourse-toulmin``
  train + dev, ``persuasive-essays-aaec`` and ``arg-microtexts``; every set weighs the same.
* ``judgement`` (value or policy vs fact, testimony or reference) on ``cdcp-train``.

Regularisation and threshold of each are picked by 5-fold cross-validation by document on
its own training rows; no test split and no UKP sentence is read. Deterministic
(liblinear, fixed folds, sorted keys).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import argues_rows, cdcp_rows, fit_detector, parse_rows

from argmap.claims.detector import DETECTOR_FILE
from argmap.files import atomic_write_text

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "argmap" / "claims" / "data" / DETECTOR_FILE
ARGUES_DATA = (
    "cmv-ampersand-pairs/claimtrain.tsv, cmv-ampersand-threads (without claimdev sentences), "
    "web-discourse-toulmin train+dev, persuasive-essays-aaec, arg-microtexts"
)


def main() -> None:
    models = {}
    for name, rows, data in (
        ("argues", argues_rows(), ARGUES_DATA),
        ("judgement", cdcp_rows(), "cdcp-train"),
    ):
        parse_rows(rows)
        detector, chosen = fit_detector(rows)
        models[name] = {"trained_on": data, **chosen, **detector.as_dict()}
        print(f"{name}: {len(rows)} rows, {len(detector.weights)} weights, {chosen}")
    atomic_write_text(OUTPUT, json.dumps(models, indent=0, sort_keys=True) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
