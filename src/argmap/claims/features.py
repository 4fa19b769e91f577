"""Sparse features of one parsed sentence, for the learned claim detector.

The small English pipeline has no word vectors, so the detector reads words and syntax:
lemma unigrams and bigrams, part-of-speech bigrams, fine-grained tags, evaluative words,
the root's part of speech and dependents, and cues for modality, negation, person,
questions, comparison, links and a final colon.
Every feature is a string that is present or absent; the detector adds up their weights.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.claims.lexicon import EVALUATIVE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["sentence_features"]

_PERSON_CUES = {
    "i": "person=1", "me": "person=1", "my": "person=1", "we": "person=1", "our": "person=1",
    "us": "person=1", "you": "person=2", "your": "person=2",
}  # fmt: skip
_DEGREE_TAGS = {"JJR": "degree", "JJS": "degree", "RBR": "degree", "RBS": "degree"}
_LENGTH_BUCKETS = (4, 8, 15, 25, 40)
#: Final marks that are features: a question, an exclamation, and a colon, which leads in
#: to what follows (a list, a quote, code) and ends a sentence that argues in 5 of the 40
#: such training sentences, against 73% of the others.
_FINAL_MARKS = frozenset("?!:")


def sentence_features(sentence: Span) -> list[str]:
    """The features of ``sentence`` (duplicates allowed; the detector counts each once)."""
    features = ["bias"]
    previous_lemma = "<s>"
    previous_pos = "<s>"
    words = 0
    for token in sentence:
        if token.is_space:
            continue
        pos = token.pos_
        if token.like_url:
            lemma = "<url>"
        elif token.like_num:
            lemma = "<num>"
        else:
            lemma = token.lemma_.lower()
        if token.is_alpha:
            words += 1
        features.append("w=" + lemma)
        features.append("b=" + previous_lemma + "_" + lemma)
        features.append("p=" + previous_pos + "_" + pos)
        tag = token.tag_
        features.append("t=" + tag)
        if lemma in EVALUATIVE_WORDS:
            features.append("evaluative")
        if tag == "MD":
            features.append("md=" + lemma)
        elif tag in _DEGREE_TAGS:
            features.append("degree")
        if token.dep_ == "neg":
            features.append("neg")
        cue = _PERSON_CUES.get(lemma)
        if cue:
            features.append(cue)
        previous_lemma, previous_pos = lemma, pos
    features.append("b=" + previous_lemma + "_</s>")
    features.extend(_root_features(sentence))
    features.append("len=" + str(sum(words > edge for edge in _LENGTH_BUCKETS)))
    last = sentence.text.rstrip()[-1:]
    if last in _FINAL_MARKS:
        features.append("end=" + last)
    return features


def _root_features(sentence: Span) -> list[str]:
    root = sentence.root
    found = ["root=" + root.pos_, "roottag=" + root.tag_]
    found.extend("rootdep=" + child.dep_ for child in root.children)
    return found
