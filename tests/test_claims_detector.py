"""The learned detectors and the rules, on sentences whose status a reader can tell."""

from __future__ import annotations

import pytest

from argmap.claims.detector import load_detectors
from argmap.claims.extract import is_claim_sentence
from argmap.nlp import load_pipeline, parse_texts


@pytest.fixture(scope="session")
def sentence():
    nlp = load_pipeline()

    def parse(text: str):
        return next(parse_texts([text], nlp))[:]

    return parse


def test_the_shipped_detectors_have_weights_and_thresholds():
    detectors = load_detectors()
    for detector in (detectors.argues, detectors.judgement):
        assert len(detector.weights) > 1000
        assert 0.0 < detector.threshold < 1.0


def test_an_argued_sentence_scores_above_small_talk(sentence):
    argues = load_detectors().argues
    argued = argues.probability(sentence("Censorship does not eliminate bad ideas."))
    small_talk = argues.probability(sentence("Good morning everyone."))
    assert 0.0 <= small_talk < argued <= 1.0


def test_a_judgement_scores_above_testimony(sentence):
    judgement = load_detectors().judgement
    value = judgement.probability(sentence("The fees that collectors charge are unfair."))
    testimony = judgement.probability(sentence("I received three calls from them last May."))
    assert testimony < judgement.threshold <= value


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a lot for the write-up.",
        "Hello there, Mark",
        "Nope.",
        "x = compute(a, b); print(x)",
        "The report says that crime fell by half.",
    ],
)
def test_rules_rule_out_whatever_the_score(sentence, text):
    assert not is_claim_sentence(sentence(text))
