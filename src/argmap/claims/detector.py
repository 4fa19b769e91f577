"""The learned part of claim detection: three logistic regressions over sparse sentence features.

* ``argues``: does the sentence put a proposition forward at all (a claim or a reason for
  one), or is it talk around the argument (a question that asks, a remark, a fragment)?
  Trained on Reddit, web-discourse, essay and microtext sentences labelled claim or premise
  against none.
* ``judgement``: is the proposition a judgement or a course of action (someone could
  agree or disagree with it), or a fact or a piece of personal testimony? Trained on the
  CDCP user comments (value and policy propositions against fact, testimony and
  reference). It decides which claims of a message are its main ones and which are
  background.
* ``testimony``: is the sentence the writer's own experience ("I called them twice and
  nobody answered")? Trained on the CDCP user comments (testimony propositions against
  the others). An anecdote is told, not put forward for agreement, so a clause it rates
  at or above ``testimony_max`` states no claim, whatever ``argues`` says.

The weights are a small JSON file (``data/detector.json``) written by
``bench/train_claims.py``; it is read once, on first use.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING

from argmap.claims.features import sentence_features

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Span

__all__ = ["DETECTOR_FILE", "Detector", "Detectors", "load_detector", "load_detectors"]

DETECTOR_FILE = "detector.json"
#: Weights are stored rounded to 4 decimals at most (the training script's rounding), so
#: in these units each is a whole number.
_WEIGHT_UNITS = 10_000


@dataclass(frozen=True)
class Detector:
    """A linear model: a weight per feature and the probability from which a sentence counts.

    ``threshold`` is part of the model because it was chosen with it (see the training script).
    """

    weights: dict[str, float]
    threshold: float

    def probability(self, sentence: Span, features: Set[str] | None = None) -> float:
        """How likely ``sentence`` belongs to the positive class, in [0, 1].

        ``features`` may be passed when already computed for another model.
        """
        found = features if features is not None else _feature_set(sentence)
        # A sum of whole numbers: exact whatever order the set yields its features in (the
        # order depends on the process's string hash seed). A sum of the float weights
        # could differ in its last bit from one run to the next, and a score can be exactly
        # 0, on a 0.5 cut. Whole numbers also add up faster than an exact float sum.
        score = sum(map(self._units.get, found, repeat(0))) / _WEIGHT_UNITS
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    @cached_property
    def _units(self) -> dict[str, int]:
        """The weights in units of :data:`_WEIGHT_UNITS`, as whole numbers."""
        return {feature: round(w * _WEIGHT_UNITS) for feature, w in self.weights.items()}

    def asserts(self, sentence: Span) -> bool:
        """Whether ``sentence`` scores at or above the chosen threshold."""
        return self.probability(sentence) >= self.threshold

    def as_dict(self) -> dict[str, object]:
        """The JSON form, as the training script writes it."""
        return {"threshold": self.threshold, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Detector:
        """Read the JSON form back."""
        weights = dict(data["weights"])  # type: ignore[call-overload]
        return cls({str(k): float(v) for k, v in weights.items()}, float(data["threshold"]))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Detectors:
    """The shipped models: ``argues`` (proposition or not), ``judgement`` (judgement or
    course of action, rather than fact or testimony) and ``testimony`` (the writer's own
    experience).

    A sentence is a claim when ``argues`` reaches its threshold or ``judgement`` reaches
    ``judged_claim`` (chosen by cross-validation with them; 1.0 turns that off); a clause of
    it states none when ``testimony`` reaches ``testimony_max`` (:meth:`told`; 1.0, or no
    ``testimony`` model, turns that off).
    """

    argues: Detector
    judgement: Detector
    judged_claim: float = 1.0
    testimony: Detector | None = None
    testimony_max: float = 1.0

    def claim_scores(self, sentence: Span) -> tuple[bool, float]:
        """Whether ``sentence`` is a claim, and its ``judgement`` probability (0.0 when it
        is no claim and the judgement could not have made it one)."""
        features = _feature_set(sentence)
        argued = self.argues.probability(sentence, features) >= self.argues.threshold
        if not argued and self.judged_claim >= 1.0:
            return False, 0.0  # the judgement cannot make it a claim: spare its score
        judged = self.judgement.probability(sentence, features)
        return argued or judged >= self.judged_claim, judged

    def told(self, clause: Span) -> bool:
        """Whether the clause reads as the writer's own experience (an anecdote): then it
        states no claim. Asked of each clause a claim is stated from, as CDCP's units are
        clauses: "I have used it for years and it is rock solid" tells the first and
        claims the second."""
        if self.testimony is None or self.testimony_max >= 1.0:
            return False
        return self.testimony.probability(clause) >= self.testimony_max

    @classmethod
    def from_dict(cls, data: dict) -> Detectors:
        """Read the JSON form the training script writes."""
        testimony = data.get("testimony")
        return cls(
            Detector.from_dict(data["argues"]),
            Detector.from_dict(data["judgement"]),
            float(data.get("judged_claim", 1.0)),
            Detector.from_dict(testimony) if testimony else None,
            float(data.get("testimony_max", 1.0)),
        )


@lru_cache(maxsize=4)
def _feature_set(span: Span) -> Set[str]:
    """The features of ``span``, kept for the few spans scored last: a sentence is scored
    by the claim detectors and then, when it states one claim, by ``testimony``. Read
    only: every caller shares the one set."""
    return sentence_features(span)


@cache
def load_detectors() -> Detectors:
    """The detectors shipped with argmap, read once."""
    text = resources.files("argmap.claims").joinpath("data", DETECTOR_FILE).read_text("utf-8")
    return Detectors.from_dict(json.loads(text))


def load_detector() -> Detector:
    """The shipped ``argues`` detector (proposition put forward or not)."""
    return load_detectors().argues
