"""The learned detectors and the rules, on sentences whose status a reader can tell."""

from __future__ import annotations

from dataclasses import replace

import pytest

from argmap.claims.detector import Detector, load_detectors
from argmap.claims.extract import is_claim_sentence, sentence_claims
from argmap.claims.features import sentence_features
from argmap.nlp import load_pipeline, parse_texts


@pytest.fixture(scope="session")
def sentence():
    nlp = load_pipeline()

    def parse(text: str):
        return next(parse_texts([text], nlp))[:]

    return parse


def test_the_shipped_detectors_have_weights_and_thresholds():
    detectors = load_detectors()
    assert detectors.testimony is not None
    for detector in (detectors.argues, detectors.judgement, detectors.testimony):
        assert len(detector.weights) > 1000
        assert 0.0 < detector.threshold < 1.0
    assert 0.0 < detectors.testimony_max <= 1.0


def test_a_clause_told_as_testimony_states_no_claim(sentence):
    detectors = load_detectors()
    told = sentence("The server crashes every time the backup job starts.")
    assert sentence_claims(told, detectors)
    crash_stories = Detector({"person=1": 0.0, "w=crash": 5.0}, 0.5)
    strict = replace(detectors, testimony=crash_stories, testimony_max=0.9)
    assert strict.told(told)
    assert sentence_claims(told, strict) == []
    assert sentence_claims(told, replace(strict, testimony_max=1.0))


def test_only_the_told_clause_of_a_sentence_is_dropped(sentence):
    mixed = sentence("I have been running these servers for ten years and they are rock solid.")
    assert [c.text for c in sentence_claims(mixed)] == ["they are rock solid"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("I decided to hold off on the second dose for the time being.", []),
        ("We killed the old site in a weekend.", []),
        ("I didn't read this article because I already take the pills.", []),
        ("I found the new layout hard to read.", ["I found the new layout hard to read"]),
        ("I think the council was wrong.", ["the council was wrong"]),
        ("I would never vote for him.", ["I would never vote for him"]),
        (
            "If I were to move to the city, rents would eat my wages.",
            ["if I were to move to the city, rents would eat my wages"],
        ),
        (
            "We have made it illegal to be untraceable.",
            ["we have made it illegal to be untraceable"],
        ),
        ("I have received three calls from them this month.", []),
        ("I've been sick with it for a week.", []),
        ("I have been browsing the forums all night.", []),
        ("I have always thought the council was wrong.", ["the council was wrong"]),
        ("Went to the clinic on Friday and felt awful all weekend.", []),
        ("Just finished the first draft of the quilt.", []),
        ("Got my second flu jab on Wednesday.", []),
        ("Had never heard of the band before last night.", []),
        ("Wasn't expecting much from the second season.", []),
        ("Was moved to a new ward on Monday.", ["was moved to a new ward on Monday"]),
        ("I felt pretty rough all day after the jab.", []),
        ("I felt the new timetable was a mistake.", ["the new timetable was a mistake"]),
        ("Seemed a bit arbitrary.", ["seemed a bit arbitrary"]),
        ("Put the slow tests in a separate job.", ["put the slow tests in a separate job"]),
    ],
)
def test_the_writers_own_past_is_told_whatever_the_testimony_model_says(sentence, text, claims):
    """ "I" or "we" in a past tense with no modal tells an anecdote, and so do "I" in
    the present perfect and a diary's past with "I" left out; a verdict the writer
    reached ("I found X hard"), a modal, a supposition, the present perfect of "we", a
    left-out "it" and a command stay."""
    without_testimony_model = replace(load_detectors(), testimony_max=1.0)
    assert [c.text for c in sentence_claims(sentence(text), without_testimony_model)] == claims


def test_the_shipped_testimony_model_tells_an_anecdote_from_a_judgement(sentence):
    testimony = load_detectors().testimony
    anecdote = testimony.probability(sentence("I called them twice last week and nobody answered."))
    judgement = testimony.probability(sentence("Collectors should be required to give their name."))
    assert judgement < testimony.threshold <= anecdote


def test_a_final_colon_is_a_feature(sentence):
    assert "end=:" in sentence_features(sentence("Here is what I would do instead:"))
    assert "end=:" not in sentence_features(sentence("Here is what I would do instead."))


def test_a_score_does_not_depend_on_the_order_of_its_features(sentence):
    """Weights of three decimals can add up to exactly 0, where a plain float sum's sign
    (and so which side of a 0.5 cut the sentence falls) follows the order a set of strings
    happens to iterate in, which changes with each process's hash seed."""
    weights = dict(zip("abcdef", (-1.201, 0.819, 0.85, 0.495, -0.682, -0.281), strict=True))
    detector = Detector(weights, 0.5)
    span = sentence("Any sentence.")
    # In this order a plain sum is a hair above 0, in the other a hair below.
    orders = (list("abcdef"), list("afbcde"))
    decisions = {detector.probability(span, order) >= 0.5 for order in orders}  # type: ignore[arg-type]
    assert len(decisions) == 1


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
