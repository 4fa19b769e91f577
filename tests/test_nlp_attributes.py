"""The memoised attribute ruler gives exactly what spaCy's own attribute ruler gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from argmap.nlp import load_pipeline
from argmap.nlp.attributes import FACTORY, STOCK_RULER, TokenRules, replace_attribute_ruler
from argmap.nlp.pipeline import DEFAULT_MODELS, parse_form

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
#: Words the English ruler's multi-token and word-specific patterns are about.
SLANG = (
    "We ain't gonna stop, let's go. I'm doin' nothin' wrong, y'all.\n"
    "Gotta love it, ol' man! 'Cause I can't, and you wanna know why?\n"
    "I think I said it: I, me and myself, all   spaces \t and tabs."
)


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _stock_pipeline():
    """The default model as spaCy ships it, with argmap's line-break rule, tokenizer
    rules and bare-contraction patterns added, so that the two pipelines differ only in
    the ruler."""
    from argmap.nlp.pipeline import (
        _add_line_breaks,
        _join_paired_pronouns,
        _read_bare_contractions,
        _split_capital_contractions,
        _split_glued_sentences,
    )

    nlp = spacy.load(DEFAULT_MODELS[0], exclude=("ner",))
    _add_line_breaks(nlp)
    _split_capital_contractions(nlp)
    _split_glued_sentences(nlp)
    _join_paired_pronouns(nlp)
    _read_bare_contractions(nlp)
    return nlp


def test_the_default_pipeline_uses_the_memoised_ruler():
    names = load_pipeline().pipe_names
    assert FACTORY in names
    assert STOCK_RULER not in names


def test_same_tags_morphology_and_lemmas_as_spacys_ruler_on_real_threads():
    texts = [parse_form(p.read_text(encoding="utf-8")) for p in sorted(CORPORA.glob("*.txt"))]
    texts = [*texts, SLANG]
    assert len(texts) >= 3
    ours = [_annotations(d) for d in load_pipeline().pipe(texts)]
    stock = [_annotations(d) for d in _stock_pipeline().pipe(texts)]
    assert sum(len(d) for d in ours) > 1500
    assert ours == stock


def _blank_with_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def _tagged(nlp, words, tags):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, tags=tags)


def test_later_rules_win_and_multi_token_rules_interleave_by_order():
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "first"}},
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
        {"patterns": [[{"LOWER": {"IN": ["gon", "wan"]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": "na"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "to"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^do+in'?$"}, "TAG": "NN"}]], "attrs": {"LEMMA": "do"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["NN"]}}]], "attrs": {"MORPH": "Foreign=Yes"}},
    ]
    words = ["gon", "na", "doin'", "gon", "cat", "dooin"]
    tags = ["NN", "TO", "NN", "VB", "NN", "NN"]
    nlp, ruler = _blank_with_ruler(patterns)
    expected = _annotations(ruler(_tagged(nlp, words, tags)))
    rules = TokenRules(nlp, patterns)
    assert _annotations(rules(_tagged(nlp, words, tags))) == expected
    # The same doc again, now answered from the memo.
    assert _annotations(rules(_tagged(nlp, words, tags))) == expected
    assert expected[0][1:5] == ("VERB", "NN", "", "go")
    assert expected[1][3] == "Foreign=Yes"
    assert [e[4] for e in expected[2:]] == ["do", "", "first", "do"]


def test_a_pattern_it_does_not_understand_keeps_spacys_ruler():
    nlp, _ = _blank_with_ruler(
        [{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}]
    )
    replace_attribute_ruler(nlp)
    assert nlp.pipe_names == [STOCK_RULER]


@pytest.mark.parametrize("value", [{"FUZZY": "cat"}, {">=": 3}])
def test_an_operator_it_does_not_know_keeps_spacys_ruler(value):
    nlp, _ = _blank_with_ruler([{"patterns": [[{"LOWER": value}]], "attrs": {"POS": "NOUN"}}])
    replace_attribute_ruler(nlp)
    assert nlp.pipe_names == [STOCK_RULER]


def test_the_ruler_survives_pickling_for_spawned_parse_workers():
    import pickle

    nlp = load_pipeline()
    rules = nlp.get_pipe(FACTORY)
    copy = pickle.loads(pickle.dumps(rules))

    def before_the_ruler():
        doc = nlp.make_doc("We ain't gonna stop")
        for name, component in nlp.pipeline:
            if name == FACTORY:
                return doc
            doc = component(doc)
        raise AssertionError("no ruler in the pipeline")

    untouched = _annotations(before_the_ruler())
    by_copy = _annotations(copy(before_the_ruler()))
    assert by_copy == _annotations(rules(before_the_ruler()))
    assert by_copy != untouched
