"""Claims: what the seeds claim, what is not a claim, and how claims are worded.

Expected claims were written by reading the seed threads in ``corpora/``.
"""

from __future__ import annotations

import pytest

import argmap
from argmap.model import CLAIM_TYPES


def _texts(claims) -> list[str]:
    return [c.text.lower() for c in claims]


# -- the seeds ---------------------------------------------------------------------------
def test_the_rhetorical_question_becomes_social_media_is_a_tactic(seed_map):
    claim = next(c for c in seed_map.claims if c.text.lower() == "social media is a tactic")
    assert claim.type == "question-claim"
    assert "isn’t social media a tactic?" in claim.sentence


def test_the_titles_will_be_assimilated_prediction(seed_map):
    predictions = [c for c in seed_map.claims if c.type == "prediction"]
    assert any(
        c.text.lower().startswith("these titles or designations will be assimilated into")
        and "something more general" in c.text
        for c in predictions
    )


def test_every_company_needs_a_social_media_strategy(seed_map):
    assert "every company needs a social media strategy" in _texts(seed_map.claims)


def test_the_big_difference_reads_on_its_own(seed_map):
    claim = next(c for c in seed_map.claims if "difference" in c.text)
    assert claim.sentence == "Big difference."
    assert "between social media and social enterprise" in claim.text.lower()


def test_hedges_attributions_and_markers_are_dropped_negation_kept(seed_map):
    texts = _texts(seed_map.claims)
    assert not any(t.startswith(("i think", "in my opinion", "actually", "indeed")) for t in texts)
    assert any(t.startswith("a social media manager isn't someone who") for t in texts)


def test_a_coordinated_claim_is_split_and_borrows_its_subject(seed_map):
    sentence = "Social Media is great, but it’s a fraction of the whole."
    claims = [c for c in seed_map.claims if c.sentence == sentence]
    assert _texts(claims) == ["social media is great", "social media is a fraction of the whole"]
    assert len({c.span for c in claims}) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "I finished my part of the conversation here.",
        "Oh, and I meant to say thanks for the nice beginning.",
        "http://uber.la/2013/04/social-media-strategists/ With trackbacks here, of course.",
        "What would you call it?",
        "This article was initially published in Dutch on JochemKoole.nl.",
        "I agree with John.",
        "So what the heck do I do.",
        "Let’s start with the word strategist.",
    ],
)
def test_non_claims_of_the_seeds(seed_map, sentence):
    assert not [c for c in seed_map.claims if c.sentence == sentence]


def test_every_claim_is_well_formed(seed_map):
    ids = [c.id for c in seed_map.claims]
    assert len(ids) == len(set(ids))
    for claim in seed_map.claims:
        assert claim.type in CLAIM_TYPES
        assert claim.id.startswith(claim.message + "/c")
        text = seed_map.message(claim.message).text
        assert text[claim.span[0] : claim.span[1]] == claim.sentence == claim.sentence.strip()
        assert claim.text and claim.text == claim.text.strip()


# -- single texts ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for reading!",
        "Hi all, hope you are well",
        "https://example.com/a/long/link",
        "What time does the meeting start tomorrow?",
        "Cheers, Ann",
    ],
)
def test_texts_without_claims(text):
    assert argmap.find_claims(text) == []


@pytest.mark.parametrize(
    ("text", "claim", "kind"),
    [
        ("Isn't social media a tactic?", "social media is a tactic", "question-claim"),
        (
            "Actually, companies should hire a social media strategist.",
            "companies should hire a social media strategist",
            "recommendation",
        ),
        (
            "I think these titles will merge into digital marketing.",
            "these titles will merge into digital marketing",
            "prediction",
        ),
        (
            "I am fairly certain that social media is not a strategy.",
            "social media is not a strategy",
            "assertion",
        ),
        ("In my opinion, the new policy is terrible.", "the new policy is terrible", "evaluation"),
        (
            "Why would you take driving lessons from someone that never drives a car?",
            "you would not take driving lessons from someone that never drives a car",
            "question-claim",
        ),
    ],
)
def test_claims_are_worded_canonically(text, claim, kind):
    found = argmap.find_claims(text)
    assert [(c.text, c.type) for c in found] == [(claim, kind)]
    assert found[0].sentence == text and found[0].span == (0, len(text))
