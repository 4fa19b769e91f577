"""The learned detector and its rules, on sentences whose status a reader can tell."""

from __future__ import annotations

import pytest

import argmap
from argmap.claims.detector import load_detector
from argmap.claims.extract import is_claim_sentence
from argmap.nlp import load_pipeline, parse_texts


@pytest.fixture(scope="session")
def sentence():
    nlp = load_pipeline()

    def parse(text: str):
        return next(parse_texts([text], nlp))[:]

    return parse


def test_the_shipped_detector_has_weights_and_a_threshold():
    detector = load_detector()
    assert len(detector.weights) > 1000
    assert 0.0 < detector.threshold < 1.0


def test_an_argued_sentence_scores_above_small_talk(sentence):
    detector = load_detector()
    argued = detector.probability(sentence("Censorship does not eliminate bad ideas."))
    small_talk = detector.probability(sentence("Good morning everyone."))
    assert 0.0 <= small_talk < argued <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a lot for the write-up.",
        "I finished my part of the conversation here.",
        "Never since.",
        "Hello there, Mark",
    ],
)
def test_rules_rule_out_whatever_the_score(sentence, text):
    assert not is_claim_sentence(sentence(text))


def test_a_difference_fragment_needs_the_contrast_before_it():
    assert argmap.find_claims("Big difference.") == []
    claims = argmap.find_claims("While cats are independent, dogs are loyal. Big difference.")
    assert claims[-1].text == "there is a big difference between cats and dogs"
    assert claims[-1].sentence == "Big difference."
