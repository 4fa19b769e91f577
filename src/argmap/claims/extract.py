"""Find the sentences of a message that put a proposition forward, and state their claims.

A sentence is a claim when no rule rules it out (too short, a greeting, thanks, a meta
remark about the conversation) and the learned detector scores it at or above its tuned
threshold; a question counts only when it asserts something. Each claim keeps the verbatim
sentence and its character span in the message; coordinated claims split from one sentence
share that sentence and span.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from argmap.claims import lexicon
from argmap.claims.canonical import CanonicalClaim, canonical_claims, relational_fragment_claim
from argmap.claims.detector import Detector, load_detector
from argmap.model import Claim, Message

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_claims", "find_claims", "is_claim_sentence", "sentence_claims"]


def extract_claims(messages: Iterable[Message], docs: Iterable[Doc]) -> list[Claim]:
    """Claims of every message, from its parsed ``Doc`` (same order as ``messages``)."""
    claims: list[Claim] = []
    for message, doc in zip(messages, docs, strict=True):
        number = 0
        previous: Span | None = None
        for sentence in doc.sents:
            start, end = _trimmed_bounds(message.text, sentence.start_char, sentence.end_char)
            for found in sentence_claims(sentence, previous):
                claims.append(
                    Claim(
                        id=f"{message.id}/c{number}",
                        message=message.id,
                        text=found.text,
                        sentence=message.text[start:end],
                        span=(start, end),
                        type=found.type,
                    )
                )
                number += 1
            previous = sentence
    return claims


def find_claims(text: str, model: str | None = None) -> list[Claim]:
    """The claims of one text, as if it were the message ``t1/m0`` of a thread ``t1``.

    Examples
    --------
    >>> [c.text for c in find_claims("Thanks for reading! Isn't social media a tactic?")]
    ['social media is a tactic']
    """
    from argmap.nlp import load_pipeline, parse_texts

    message = Message("t1/m0", "t1", "post", None, None, None, text)
    return extract_claims([message], parse_texts([text], load_pipeline(model)))


def sentence_claims(
    sentence: Span, previous: Span | None = None, detector: Detector | None = None
) -> list[CanonicalClaim]:
    """The claims of one parsed sentence (``previous`` completes verbless fragments).

    ``detector`` defaults to the shipped one; the evaluation passes others trained the
    same way on other data.
    """
    fragment = relational_fragment_claim(sentence, previous)
    if fragment is not None:
        return [fragment]
    if not is_claim_sentence(sentence, detector):
        return []
    return canonical_claims(sentence)


def is_claim_sentence(sentence: Span, detector: Detector | None = None) -> bool:
    """Whether the sentence passes the rules and the learned detector (before stating it)."""
    if _ruled_out(sentence):
        return False
    return (detector or load_detector()).asserts(sentence)


def _ruled_out(sentence: Span) -> bool:
    """Greetings, thanks, sign-offs, bare links, short fragments and meta remarks."""
    words = [t for t in sentence if t.is_alpha and not t.like_url]
    if len(words) < lexicon.MIN_WORDS:
        return True
    first = words[0].lower_
    if first in lexicon.GREETINGS and len(words) <= lexicon.MAX_SIGNOFF_WORDS:
        return True
    root = sentence.root
    if root.lemma_.lower() in lexicon.THANKS or first in lexicon.THANKS:
        return True
    if any(t.lemma_.lower() in lexicon.THANKS and t.head.lemma_ in ("say", "mean") for t in words):
        return True
    return _is_meta_remark(root)


def _is_meta_remark(root: Token) -> bool:
    """A remark about the conversation itself: "I finished my part of the conversation
    here", "This article was published in ...", "So, let's start with the word X"."""
    words = [t.lower_ for t in root.sent if t.is_alpha or t.lower_ == "'s"]
    while words and words[0] in lexicon.DISCOURSE_MARKERS:
        words = words[1:]
    if words[:2] in (["let", "'s"], ["let", "us"], ["let", "me"]):
        return True
    if root.lemma_.lower() not in lexicon.META_VERBS:
        return False
    if any(c.dep_ == "ccomp" for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in root.children if c.dep_ in ("dobj", "prep")]
    by_writer = any(s.lower_ in lexicon.FIRST_PERSON for s in subjects) or (
        root.lemma_.lower() == "let"
    )
    about_text = any(
        t.lemma_.lower() in lexicon.META_OBJECTS for c in subjects + objects for t in c.subtree
    )
    return (by_writer and (about_text or root.lemma_.lower() == "let")) or (
        about_text and any(s.dep_ == "nsubjpass" for s in subjects)
    )


def _trimmed_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence's span without the spaces and line breaks around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
