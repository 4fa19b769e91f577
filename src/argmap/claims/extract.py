"""Find the sentences of a message that assert something, and state each as a claim."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from argmap.model import Claim, Message

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["extract_claims", "find_claims"]

#: Sentences shorter than this many words rarely carry a proposition ("Huh?", "Never since.").
MIN_WORDS = 4
GREETINGS = ("thanks", "thank you", "hi ", "hello", "cheers", "regards")


def extract_claims(messages: Iterable[Message], docs: Iterable[Doc]) -> list[Claim]:
    """Claims of every message, from its parsed ``Doc`` (same order as ``messages``)."""
    claims: list[Claim] = []
    for message, doc in zip(messages, docs, strict=True):
        sentences = [s for s in doc.sents if _asserts(s)]
        claims.extend(
            Claim(
                id=f"{message.id}/c{n}",
                message=message.id,
                text=sentence.text.strip(),
                sentence=sentence.text,
                span=(sentence.start_char, sentence.end_char),
                type=_claim_type(sentence),
            )
            for n, sentence in enumerate(sentences)
        )
    return claims


def find_claims(text: str, model: str | None = None) -> list[Claim]:
    """The claims of one text, as if it were a message ``t1/m0``."""
    from argmap.nlp import load_pipeline

    message = Message("t1/m0", "t1", "post", None, None, None, text)
    return extract_claims([message], [load_pipeline(model)(text)])


def _asserts(sentence: Span) -> bool:
    words = [t for t in sentence if t.is_alpha]
    if len(words) < MIN_WORDS or sentence.text.rstrip().endswith("?"):
        return False
    if sentence.text.lower().startswith(GREETINGS):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in sentence)


def _claim_type(sentence: Span) -> str:
    lemmas = {t.lemma_.lower() for t in sentence if t.tag_ == "MD" or t.lemma_ == "need"}
    if "will" in lemmas:
        return "prediction"
    if lemmas & {"should", "must", "need", "ought"}:
        return "recommendation"
    if any(t.dep_ == "acomp" for t in sentence):
        return "evaluation"
    return "assertion"
