"""Verdicts ("Great article!", "Terrible advice."): a noun phrase that judges is a claim,
in its own words; formulas and verdicts on another comment are not."""

from __future__ import annotations

import pytest

import argmap
from argmap.claims.extract import extract_claims
from argmap.model import Message
from argmap.nlp import load_pipeline, parse_texts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Terrible advice.", "terrible advice"),
        ("Such a useful guide!!", "such a useful guide"),
        ("Thanks, great article!", "great article"),
        ("Wow. Really bad idea :(", "really bad idea"),
        ("Excellent summary of the trade-offs.", "excellent summary of the trade-offs"),
        # adjectives no hand list names, rated by VADER's lexicon
        ("Awesome post!", "awesome post"),
        ("Truly dreadful conduct.", "truly dreadful conduct"),
        ("Brilliant write-up, thanks.", "brilliant write-up"),
        # the reader it addresses is no part of it
        ("Great summary, Tom!", "great summary"),
        ("Lovely photos, dude.", "lovely photos"),
        ("Great article Tom.", "great article"),
        ("Lovely photos from Lisbon!", "lovely photos from Lisbon"),
        # a negated verdict keeps its polarity
        ("Not the worst plan.", "not the worst plan"),
        ("No, not a good deal.", "not a good deal"),
        # an exclamation judges whatever its words
        ("What a waste of money.", "what a waste of money"),
        ("What a bunch of hypocrites!", "what a bunch of hypocrites"),
        (
            'What a contrast with the mayor who said "never again".',
            'what a contrast with the mayor who said "never again"',
        ),
    ],
)
def test_a_verdict_is_a_main_evaluation_in_its_own_words(text, words):
    [claim] = argmap.find_claims(text)
    assert (claim.text, claim.type, claim.role) == (words, "evaluation", "main")


@pytest.mark.parametrize(
    "text",
    [
        "Good luck!",
        "Good morning everyone.",
        "Have a nice weekend.",
        "Good point!",
        "Great answer.",
        "Nice catch.",
        "Some more examples:",
        "An earlier version.",
        "Best regards",
        "Kind regards, Ann",
        "Best wishes",
        "Happy coding!",
        "Merry Christmas everyone",
        "A technical overview.",
        "What a stupid question?",
    ],
)
def test_formulas_replies_and_quantities_are_no_verdicts(text):
    assert argmap.find_claims(text) == []


def _claims_of(messages: list[Message]) -> dict[str, list[str]]:
    docs = parse_texts([m.text for m in messages], load_pipeline())
    found: dict[str, list[str]] = {m.id: [] for m in messages}
    for claim in extract_claims(messages, docs):
        found[claim.message].append(claim.text)
    return found


def test_a_verdict_on_what_a_comment_answers_is_a_claim_only_when_that_is_the_post():
    post = "Tabs beat spaces because they let every reader pick an indent width."
    messages = [
        Message("t1/m0", "t1", "post", "Ann", None, None, post),
        Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", "Great article!"),
        Message("t1/m2", "t1", "comment", "Cy", None, "t1/m1", "Terrible advice."),
        Message("t1/m3", "t1", "comment", "Dee", None, "t1/m1", "Worst editor default ever."),
    ]
    found = _claims_of(messages)
    assert found["t1/m1"] == ["great article"]
    assert found["t1/m2"] == []  # Cy judges Bob's comment: his stance to it
    assert found["t1/m3"] == ["worst editor default ever"]  # about the subject
