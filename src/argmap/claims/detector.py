"""The learned part of claim detection: logistic regression over sparse sentence features.

The weights are a small JSON file (``data/detector.json``) written by
``bench/train_claims.py``; it is read once, on first use, into a plain dict.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from argmap.claims.features import sentence_features

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["DETECTOR_FILE", "Detector", "load_detector"]

DETECTOR_FILE = "detector.json"


@dataclass(frozen=True)
class Detector:
    """A linear model: a weight per feature and the probability from which a sentence counts.

    ``threshold`` is part of the model because it was tuned with it (see the training script).
    """

    weights: dict[str, float]
    threshold: float

    def probability(self, sentence: Span) -> float:
        """How likely ``sentence`` puts a proposition forward, in [0, 1]."""
        weights = self.weights
        score = sum(weights.get(feature, 0.0) for feature in set(sentence_features(sentence)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def asserts(self, sentence: Span) -> bool:
        """Whether ``sentence`` scores at or above the tuned threshold."""
        return self.probability(sentence) >= self.threshold

    def as_dict(self) -> dict[str, object]:
        """The JSON form, as the training script writes it."""
        return {"threshold": self.threshold, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Detector:
        """Read the JSON form back."""
        weights = dict(data["weights"])  # type: ignore[call-overload]
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["threshold"]))  # type: ignore[arg-type]


@cache
def load_detector() -> Detector:
    """The detector shipped with argmap, read once."""
    text = resources.files("argmap.claims").joinpath("data", DETECTOR_FILE).read_text("utf-8")
    return Detector.from_dict(json.loads(text))
