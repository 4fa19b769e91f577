"""Explicit stance cues in a reply: agreement and disagreement phrases, with negation.

A phrase from :mod:`argmap.relations.lexicon` counts for its stance unless a negation
governs it: the dependency parse says whether "not" scopes over the cue ("I don't think
you're right" rebuts, "You're right, I don't know why" agrees). An agreement followed by
"but"/"however" in the same sentence is a partial agreement and counts half.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argmap.relations import lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span, Token

__all__ = ["CueReading", "read_cues"]

#: Sentences up to this many tokens are quoted whole as evidence.
EVIDENCE_SENTENCE_TOKENS = 16


@dataclass(frozen=True, slots=True)
class CueReading:
    """What the explicit cues of a text say: ``label`` is ``agree``, ``rebut`` or ``none``.

    ``strength`` is in [0, 1]; ``evidence`` holds the words that showed it.
    """

    label: str
    strength: float
    evidence: str = ""


NONE = CueReading("none", 0.0)


def read_cues(
    sentences: Sequence[Span], nlp: Language, *, opens_message: bool = True
) -> CueReading:
    """The stance the cues in ``sentences`` show; the first one opens the message when
    ``opens_message`` (one-word cues such as "No," only count there)."""
    best = {"agree": NONE, "rebut": NONE}
    for index, sentence in enumerate(sentences):
        is_opening = opens_message and index == 0
        weight = 1.0 if index == 0 else lexicon.LATER_SENTENCE_FACTOR
        for reading in _sentence_cues(sentence, nlp, is_opening):
            evidence = _evidence(reading.evidence, sentence)
            scaled = CueReading(reading.label, reading.strength * weight, evidence)
            if scaled.strength > best[scaled.label].strength:
                best[scaled.label] = scaled
    agree, rebut = best["agree"], best["rebut"]
    winner, loser = (agree, rebut) if agree.strength >= rebut.strength else (rebut, agree)
    strength = winner.strength - loser.strength / 2
    if strength <= 0:
        return NONE
    return CueReading(winner.label, round(strength, 3), winner.evidence)


def _sentence_cues(sentence: Span, nlp: Language, is_opening: bool) -> Iterable[CueReading]:
    for span, label, strength in _cue_spans(sentence, nlp, is_opening):
        negation = _governing_negation(span)
        if negation is not None:
            label = "rebut" if label == "agree" else "agree"
            factor = (
                lexicon.NEGATED_AGREE_FACTOR
                if label == "rebut"
                else lexicon.NEGATED_DISAGREE_FACTOR
            )
            yield CueReading(label, strength * factor, _words(negation, span))
            continue
        if label == "agree" and _contrast_follows(span):
            strength /= 2
        yield CueReading(label, strength, span.text)
    first = sentence[0] if len(sentence) else None
    if is_opening and first is not None and first.lower_ in lexicon.OPENING_CONTRAST:
        yield CueReading("rebut", lexicon.OPENING_CONTRAST[first.lower_], first.text)


def _cue_spans(
    sentence: Span, nlp: Language, is_opening: bool
) -> Iterator[tuple[Span, str, float]]:
    """(words, label, strength) of every cue phrase in the sentence, and of every
    first-person agreement verb whatever adverb sits between ("I totally agree")."""
    matcher, stances = _matcher(nlp)
    for span in matcher(sentence, as_spans=True):
        phrase = span.label_
        if phrase in lexicon.OPENING_ONLY and not (is_opening and _stands_alone(span)):
            continue
        yield (span, *stances[phrase])
    for token in sentence:
        stance = lexicon.STANCE_VERBS.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if stance and subject is not None and subject.lower_ in lexicon.FIRST_PERSON:
            yield (sentence.doc[token.i : token.i + 1], *stance)


@cache
def _matcher(nlp: Language) -> tuple[PhraseMatcher, dict[str, tuple[str, float]]]:
    """One phrase matcher over the token norms, so "you’re" matches "you're" and "you are"."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    stances: dict[str, tuple[str, float]] = {}
    for label, cues in (("agree", lexicon.AGREE_CUES), ("rebut", lexicon.DISAGREE_CUES)):
        for phrase, strength in cues.items():
            matcher.add(phrase, [nlp.make_doc(phrase)])
            stances[phrase] = (label, strength)
    return matcher, stances


def _stands_alone(span: Span) -> bool:
    """A one-word cue at the very start, followed by punctuation or nothing ("No, ...")."""
    if span.start - span.sent.start > 1:
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is None or following.is_punct


def _governing_negation(span: Span) -> Token | None:
    """A negation before the cue whose head is the cue or governs it, if any."""
    inside = {token.i for token in span}
    governors = [*span, *span.root.ancestors]
    for governor in governors:
        for child in governor.children:
            if child.dep_ == "neg" and child.i not in inside and child.i < span.start:
                return child
    return None


def _contrast_follows(span: Span) -> bool:
    sentence = span.sent
    return any(t.lower_ in lexicon.CONTRAST_WORDS for t in span.doc[span.end : sentence.end])


def _evidence(cue_words: str, sentence: Span) -> str:
    """A short sentence is its own best evidence ("I agree with Omar."); a long one is
    represented by the cue words alone."""
    if len(sentence) <= EVIDENCE_SENTENCE_TOKENS:
        return sentence.text.strip()
    return cue_words


def _words(first: Token, span: Span) -> str:
    return span.doc[first.i : span.end].text
