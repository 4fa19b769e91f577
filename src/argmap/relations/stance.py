"""Stance of a reply toward a target: the classifier's view, corrected by explicit cues.

The classifier reads both texts and is right about two times in three on Reddit replies;
explicit phrases ("I agree with Omar", "Not true") are rarer but nearly always right, so a
cue moves the classifier's probabilities toward its own label in proportion to its
strength (``lexicon.CUE_WEIGHT``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from argmap.relations import lexicon
from argmap.relations.classifier import Classify, classify_pairs, labels
from argmap.relations.cues import NONE, CueReading, read_cues
from argmap.relations.reading import is_marked_sarcastic, read_as_written

__all__ = ["Judgement", "combine", "judge", "judge_probabilities", "stance", "stance_many"]

#: Longest evidence quoted from a reply when only the classifier spoke.
EVIDENCE_CHARS = 120


@dataclass(frozen=True, slots=True)
class Judgement:
    """A stance with its confidence in [0, 1] and the words that show it."""

    label: str
    confidence: float
    evidence: str


def combine(
    probabilities: Sequence[float], cue: CueReading, stance_bar: float | None = None
) -> tuple[str, float]:
    """Mix the classifier's probabilities with a cue's label; the most probable label wins,
    except that with a ``stance_bar`` the likelier of agree and rebut wins from that
    probability on, even where ``none`` is likelier still."""
    names = labels()
    weight = lexicon.CUE_WEIGHT * cue.strength if cue.label != "none" else 0.0
    mixed = [
        (1 - weight) * p + (weight if name == cue.label else 0.0)
        for name, p in zip(names, probabilities, strict=True)
    ]
    best = max(range(len(names)), key=mixed.__getitem__)
    if stance_bar is not None:
        leaning = max((i for i, n in enumerate(names) if n != "none"), key=mixed.__getitem__)
        if mixed[leaning] >= stance_bar:
            best = leaning
    return names[best], round(mixed[best], 3)


def judge(
    pairs: Sequence[tuple[str, str]],
    cues: Sequence[CueReading],
    fallback_evidence: Sequence[str],
    max_tokens: int | None = None,
    classify: Classify = classify_pairs,
) -> list[Judgement]:
    """Judge (target, reply) pairs in one classifier batch.

    ``cues`` are the replies' cue readings; ``fallback_evidence`` is what to quote when no
    cue spoke (the reply's opening words, where stance is usually stated); ``max_tokens``
    as for :func:`~argmap.relations.classifier.classify_pairs`, which ``classify`` is (or
    a cache in front of it).
    """
    return judge_probabilities(classify(pairs, max_tokens), cues, fallback_evidence)


def judge_probabilities(
    probabilities: Sequence[Sequence[float]],
    cues: Sequence[CueReading],
    fallback_evidence: Sequence[str],
    stance_bar: float | None = None,
) -> list[Judgement]:
    """:func:`judge` with the classifier's probabilities already computed; ``stance_bar``
    as for :func:`combine`."""
    judgements = []
    for pair_probabilities, cue, opening in zip(
        probabilities, cues, fallback_evidence, strict=True
    ):
        label, confidence = combine(pair_probabilities, cue, stance_bar)
        evidence = cue.evidence if cue.label == label else opening[:EVIDENCE_CHARS]
        judgements.append(Judgement(label, confidence, evidence))
    return judgements


def stance(target_text: str, reply_text: str) -> tuple[str, float]:
    """How ``reply_text`` stands toward ``target_text``: ``agree``, ``rebut`` or ``none``.

    Returns the label and its confidence in [0, 1]. Parses the reply with the default spaCy
    pipeline (loaded once) and runs the shipped classifier; no network. The reply is read
    as :func:`~argmap.relations.reading.read_as_written` says (its own words against what
    it quotes, a concession by its main clause); a reply marked "/s" is ``none``.
    """
    return stance_many([(target_text, reply_text)])[0]


def stance_many(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
    """:func:`stance` for many (target, reply) pairs, parsed and classified in batches."""
    from argmap.nlp import load_pipeline, parse_texts

    nlp = load_pipeline()
    readings = [
        read_cues(list(doc.sents), nlp) if len(doc) else NONE
        for doc in parse_texts((reply for _, reply in pairs), nlp)
    ]
    openings = ["" for _ in pairs]
    written = [read_as_written(target, reply) for target, reply in pairs]
    judged = judge(written, readings, openings)
    return [
        _sarcasm_read(j) if is_marked_sarcastic(reply) else (j.label, j.confidence)
        for (_, reply), j in zip(pairs, judged, strict=True)
    ]


def _sarcasm_read(judgement: Judgement) -> tuple[str, float]:
    """A reply marked "/s" says the opposite of its words: its stance is left ``none``,
    as sure as the model was not of another label."""
    if judgement.label == "none":
        return "none", judgement.confidence
    return "none", round(1.0 - judgement.confidence, 3)
