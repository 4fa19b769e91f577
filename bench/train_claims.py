"""Train the shipped claim detector and write ``src/argmap/claims/data/detector.json``.

    PYTHONPATH=src python bench/train_claims.py

Trained on ``cmv-ampersand-pairs/claimtrain.tsv`` only (Reddit discussion sentences, the
genre argmap maps); a sentence labelled claim or premise counts as arguing. Regularisation
and threshold are picked by cross-validation on claimtrain; no dev or test data is read.
The result is deterministic (liblinear, seeded folds, sorted keys).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import cmv_rows, fit_detector, parse_rows

from argmap.claims.detector import DETECTOR_FILE
from argmap.files import atomic_write_text

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "argmap" / "claims" / "data" / DETECTOR_FILE


def main() -> None:
    rows = cmv_rows("claimtrain.tsv")
    parse_rows(rows)
    detector, chosen = fit_detector(rows)
    data = {"trained_on": "cmv-ampersand-pairs/claimtrain.tsv", **chosen, **detector.as_dict()}
    atomic_write_text(OUTPUT, json.dumps(data, indent=0, sort_keys=True) + "\n")
    print(f"{OUTPUT}: {len(detector.weights)} weights, {chosen}")


if __name__ == "__main__":
    main()
