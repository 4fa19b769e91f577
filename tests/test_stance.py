"""The public stance function and the shipped classifier behind it."""

from __future__ import annotations

import pytest

from argmap.errors import StanceModelError
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


@pytest.mark.parametrize(
    "reply",
    [
        "What time is the match on Saturday?",
        "My cat had kittens last week.",
        "Does anyone have a link to the full report?",
    ],
)
def test_a_reply_that_takes_no_side_is_none(reply):
    """Read as a person would: an off-topic question, an aside, a request for a source."""
    label, confidence = stance(TARGET, reply)
    assert label == "none"
    assert 0.5 <= confidence <= 1.0


def test_the_classifier_gives_one_probability_per_label():
    (probabilities,) = classifier.classify_pairs([(TARGET, "Exactly right.")])
    assert classifier.labels() == ("rebut", "none", "agree")
    assert len(probabilities) == 3
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-4)


def test_a_strong_cue_outweighs_an_unsure_classifier():
    unsure = (0.4, 0.3, 0.3)
    assert combine(unsure, NONE)[0] == "rebut"
    assert combine(unsure, CueReading("agree", 0.9, "I agree"))[0] == "agree"


def test_a_stance_bar_lets_a_likely_stance_win_over_none():
    leaning = (0.06, 0.48, 0.46)  # rebut, none, agree
    assert combine(leaning, NONE)[0] == "none"
    assert combine(leaning, NONE, stance_bar=0.45) == ("agree", 0.46)
    assert combine(leaning, NONE, stance_bar=0.47)[0] == "none"


def test_a_tampered_model_file_is_refused(tmp_path, monkeypatch):
    for name in ("SHA256SUMS.txt", classifier.META_FILE, classifier.TOKENIZER_FILE):
        (tmp_path / name).write_bytes((classifier.DATA_DIR / name).read_bytes())
    (tmp_path / classifier.MODEL_FILE).write_bytes(b"not a model")
    monkeypatch.setattr(classifier, "DATA_DIR", tmp_path)
    classifier._verify.cache_clear()
    try:
        with pytest.raises(StanceModelError, match="checksum"):
            classifier._verify()
    finally:
        classifier._verify.cache_clear()


LONG_POST = " ".join(
    f"Point {n}: remote work cuts commuting costs and widens the hiring pool." for n in range(12)
)


def test_a_long_target_is_cut_after_its_first_tokens_and_a_short_one_kept():
    (long_cut, reply), (short, _) = classifier._cut_targets([(LONG_POST, "No."), (TARGET, "No.")])
    assert LONG_POST.startswith(long_cut) and len(long_cut) < len(LONG_POST)
    tokens = classifier._tokenizer(None).encode(long_cut, add_special_tokens=False)
    assert len(tokens.ids) == classifier.TARGET_TOKENS
    assert (short, reply) == (TARGET, "No.")


def test_widening_midway_gives_the_same_probabilities():
    import threading

    pairs = [(LONG_POST, f"Reply {n}: I disagree with point {n}.") for n in range(80)]
    widen = threading.Event()
    timer = threading.Timer(0.05, widen.set)
    timer.start()
    assert classifier.classify_pairs(pairs, widen=widen) == classifier.classify_pairs(pairs)
    timer.join()


def test_a_stopped_classification_is_cancelled():
    import threading
    from concurrent.futures import CancelledError

    stop = threading.Event()
    stop.set()
    with pytest.raises(CancelledError):
        classifier.classify_pairs([(TARGET, "Yes.")], stop=stop)


def test_early_stances_answer_the_reply_pairs_known_before_the_parse(monkeypatch):
    from argmap.model import Message
    from argmap.nlp import parse_form
    from argmap.relations import link

    post = Message("t1/m1", "t1", "post", "Ann", None, None, TARGET)
    reply = Message("t1/m2", "t1", "comment", "Bo", None, "t1/m1", "I don’t think so.")
    early = link.EarlyStances([post, reply])
    asked: list = []

    def counting(pairs, *args):
        asked.append(list(pairs))
        return classifier.classify_pairs(pairs, *args)

    monkeypatch.setattr(link, "classify_pairs", counting)
    known = (TARGET, parse_form(reply.text))
    other = ("Ann wrote this.", "Ann is right.")
    answers = early.classify([known, other, known])
    assert asked == [[other]]  # only the pair the early run did not judge
    assert answers[0] == answers[2] == classifier.classify_pairs([known])[0]
