"""The public stance function and the shipped classifier behind it."""

from __future__ import annotations

import pytest

from argmap.relations import classifier, stance
from argmap.relations.cues import NONE, CueReading
from argmap.relations.stance import combine

TARGET = "Leaving the EU will hurt the British economy for a decade."


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I completely agree, the damage to trade will last for years.", "agree"),
        ("That's simply not true. The economy has grown every year since the vote.", "rebut"),
    ],
)
def test_stance_reads_clear_replies(reply, expected):
    label, confidence = stance(TARGET, reply)
    assert label == expected
    assert 0.5 <= confidence <= 1.0


def test_stance_labels_and_confidence_are_in_range():
    label, confidence = stance(TARGET, "What time is the match on Saturday?")
    assert label in ("agree", "rebut", "none")
    assert 0.0 <= confidence <= 1.0


def test_the_classifier_gives_one_probability_per_label():
    (probabilities,) = classifier.classify_pairs([(TARGET, "Exactly right.")])
    assert classifier.labels() == ("rebut", "none", "agree")
    assert len(probabilities) == 3
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-4)


def test_a_strong_cue_outweighs_an_unsure_classifier():
    unsure = (0.4, 0.3, 0.3)
    assert combine(unsure, NONE)[0] == "rebut"
    assert combine(unsure, CueReading("agree", 0.9, "I agree"))[0] == "agree"


def test_a_tampered_model_file_is_refused(tmp_path, monkeypatch):
    for name in ("SHA256SUMS.txt", classifier.META_FILE, classifier.TOKENIZER_FILE):
        (tmp_path / name).write_bytes((classifier.DATA_DIR / name).read_bytes())
    (tmp_path / classifier.MODEL_FILE).write_bytes(b"not a model")
    monkeypatch.setattr(classifier, "DATA_DIR", tmp_path)
    classifier._verify.cache_clear()
    try:
        with pytest.raises(classifier.StanceModelError, match="checksum"):
            classifier._verify()
    finally:
        classifier._verify.cache_clear()
