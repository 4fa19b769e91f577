"""Sparse features of one parsed sentence, for the learned claim detector.

The small English pipeline has no word vectors, so the detector reads words and syntax:
lemma unigrams and bigrams, part-of-speech bigrams, fine-grained tags, evaluative words,
the root's part of speech and dependents, and cues for modality, negation, person,
questions, comparison, links and a final colon.
Every feature is a string that is present or absent; the detector adds up their weights.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from argmap.claims.lexicon import EVALUATIVE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

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
#: The token attributes the features read, as spaCy names them (``Doc.to_array``): the
#: word's own flags (space, URL, number, alphabetic) are read from its lexeme, once per row.
_COLUMNS = ["ORTH", "POS", "LEMMA", "TAG", "DEP"]


def sentence_features(sentence: Span) -> set[str]:
    """The features of ``sentence``: each counts once, however often it occurs."""
    features = {"bias"}
    add, update = features.add, features.update
    previous_lemma = "<s>"
    previous_pos = "<s>"
    words = 0
    last = -1
    rows = _token_rows(sentence.doc)
    for i in range(sentence.start, sentence.end):
        is_space, pos, lemma, is_alpha, own = rows[i]
        if is_space:
            continue
        last = i
        words += is_alpha
        add(f"b={previous_lemma}_{lemma}")
        add(f"p={previous_pos}_{pos}")
        update(own)
        previous_lemma, previous_pos = lemma, pos
    add("b=" + previous_lemma + "_</s>")
    update(_root_features(sentence))
    add("len=" + str(sum(words > edge for edge in _LENGTH_BUCKETS)))
    final = sentence.doc[last].text[-1:] if last >= 0 else ""
    if final in _FINAL_MARKS:
        add("end=" + final)
    return features


#: A token as the features read it: (is space, part of speech, lemma in lower case or
#: "<url>" / "<num>", is alphabetic, the features of the token alone).
_Row = tuple[bool, str, str, bool, tuple[str, ...]]
#: Token rows by their attribute values (:func:`_token_rows`); the string store's keys
#: are shared by every document of a pipeline. Cleared past a bound, for long-lived use.
_ROWS: dict[tuple[int, ...], _Row] = {}
_MAX_REMEMBERED_ROWS = 200_000


@lru_cache(maxsize=2)
def _token_rows(doc: Doc) -> list[_Row]:
    """Every token of ``doc`` as a :data:`_Row`, read in one pass over its arrays: the
    claim stage scores each sentence of a message in turn, and spaCy builds a ``Token``
    object on every access, which cost more than the features themselves. A row depends
    only on the token's attribute values, so rows are remembered by them."""
    vocab = doc.vocab
    negation = vocab.strings["neg"]
    if len(_ROWS) > _MAX_REMEMBERED_ROWS:
        _ROWS.clear()
    values = doc.to_array(_COLUMNS)
    values[:, -1] = values[:, -1] == negation  # the dependency matters only as negation
    # Read a column at a time: one list each, where a row at a time builds one a word.
    keys = list(zip(*values.T.tolist(), strict=True))
    rows = list(map(_ROWS.get, keys))
    if None in rows:  # words not met before
        for i, row in enumerate(rows):
            if row is None:
                rows[i] = _ROWS[keys[i]] = _token_row(vocab, *keys[i])
    return rows


def _token_row(vocab: Vocab, orth: int, pos: int, lemma: int, tag: int, is_neg: int) -> _Row:
    """The row of a token with these attribute values (:data:`_COLUMNS`)."""
    strings = vocab.strings
    lexeme = vocab[orth]
    if lexeme.like_url:
        word = "<url>"
    elif lexeme.like_num:
        word = "<num>"
    else:
        word = strings[lemma].lower()
    features = _token_features(word, strings[tag], is_neg)
    return lexeme.is_space, strings[pos], word, lexeme.is_alpha, features


def _token_features(lemma: str, tag: str, is_neg: int) -> tuple[str, ...]:
    """The features one token adds by itself, the same for every token alike."""
    features = ["w=" + lemma, "t=" + tag]
    if lemma in EVALUATIVE_WORDS:
        features.append("evaluative")
    if tag == "MD":
        features.append("md=" + lemma)
    elif tag in _DEGREE_TAGS:
        features.append("degree")
    if is_neg:
        features.append("neg")
    cue = _PERSON_CUES.get(lemma)
    if cue:
        features.append(cue)
    return tuple(features)


def _root_features(sentence: Span) -> list[str]:
    root = sentence.root
    found = ["root=" + root.pos_, "roottag=" + root.tag_]
    found.extend("rootdep=" + child.dep_ for child in root.children)
    return found
