"""spaCy's attribute ruler, computed once per distinct token instead of by a Matcher.

The English pipelines' ``attribute_ruler`` maps each fine-grained tag to its part of speech
and morphology, and fixes a few words ("gon na", "ain't"). It does so by running about 180
single-token patterns through spaCy's general ``Matcher`` on every token of every Doc,
which is a quarter of the small English pipeline's parse time. Whether a single-token
pattern matches depends only on a few of the token's values (its lowercase form, tag,
dependency label...), so :class:`TokenRules` decides it once per distinct combination of
those values and remembers the result. Patterns longer than one token still go through a
``Matcher``, which is cheap with only those few. The rules are applied exactly as the ruler
applies them: every match is found before any is applied, and a later rule's attributes
override an earlier rule's on the same token (tests compare both on real text).

:func:`replace_attribute_ruler` swaps it in when every single-token pattern uses only
what :data:`TOKEN_VALUES` and :data:`OPERATORS` cover, and leaves the pipeline alone
otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["FACTORY", "OPERATORS", "TOKEN_VALUES", "TokenRules", "replace_attribute_ruler"]

FACTORY = "argmap_attribute_ruler"
#: The spaCy component this one replaces.
STOCK_RULER = "attribute_ruler"
#: The token attribute a pattern key reads, as spaCy's Matcher reads it.
TOKEN_VALUES = {
    "ORTH": "orth_",
    "TEXT": "orth_",
    "LOWER": "lower_",
    "NORM": "norm_",
    "TAG": "tag_",
    "POS": "pos_",
    "DEP": "dep_",
    "LEMMA": "lemma_",
    "IS_SPACE": "is_space",
    "IS_PUNCT": "is_punct",
}
#: How a rule's attributes are set, through spaCy's public token API (the stock ruler uses
#: a private helper of spaCy's retokenizer; a one-token retokenizer merge would be public
#: too, but is 4.7 times slower here).
TOKEN_SETTERS: dict[str, Callable[[Token, str], None]] = {
    "POS": lambda token, value: setattr(token, "pos_", value),
    "TAG": lambda token, value: setattr(token, "tag_", value),
    "DEP": lambda token, value: setattr(token, "dep_", value),
    "LEMMA": lambda token, value: setattr(token, "lemma_", value),
    "NORM": lambda token, value: setattr(token, "norm_", value),
    "MORPH": lambda token, value: token.set_morph(value),
}
#: The predicate operators understood besides plain equality.
OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})


@dataclass(frozen=True)
class ValueTest:
    """A pattern's test of one token value, with the Matcher's meaning: a plain value or
    ``IN`` gives the accepted values, ``NOT_IN`` the refused ones, ``REGEX`` a search."""

    name: str
    accepted: frozenset | None = None
    refused: frozenset = frozenset()
    regex: re.Pattern | None = None

    def passes(self, seen: Any) -> bool:
        if self.accepted is not None and seen not in self.accepted:
            return False
        return seen not in self.refused and (self.regex is None or bool(self.regex.search(seen)))


class TokenRules:
    """The attribute ruler's patterns and attributes, applied with memoised matching."""

    def __init__(self, nlp: Language, patterns: list[dict[str, Any]]) -> None:
        from spacy.matcher import Matcher

        self.attrs = [dict(p["attrs"]) for p in patterns]
        self.longer = Matcher(nlp.vocab)
        self.indices = [p.get("index", 0) for p in patterns]
        single: list[tuple[int, list[ValueTest]]] = []
        for rule, entry in enumerate(patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and self.indices[rule] in (0, -1):
                    single.append((rule, [_value_test(k, v) for k, v in pattern[0].items()]))
                else:
                    self.longer.add(str(rule), [pattern])
        self.fields = sorted({test.name for _, tests in single for test in tests})
        self.single = [
            (rule, [(self.fields.index(test.name), test) for test in tests])
            for rule, tests in single
        ]
        self._index_rules(single)
        self._rules_by_key: dict[tuple, tuple[int, ...]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def __call__(self, doc: Doc) -> Doc:
        read = self._reader()
        keys = [read(token) for token in doc]
        longer = self._longer_matches(doc)
        for token, key in zip(doc, keys, strict=True):
            rules = self._rules(key)
            if token.i in longer:
                rules = tuple(sorted(set(rules) | longer[token.i]))
            if rules:
                for name, value in self._merged_attrs(rules).items():
                    TOKEN_SETTERS[name](token, value)
        return doc

    def _reader(self) -> Callable[[Token], tuple]:
        """A function from a token to the values the single-token patterns test."""
        if not self.fields:
            return lambda token: ()
        get = attrgetter(*(TOKEN_VALUES[name] for name in self.fields))
        return get if len(self.fields) > 1 else lambda token: (get(token),)

    def _rules(self, key: tuple) -> tuple[int, ...]:
        """The single-token rules matching a token with these values, in rule order."""
        rules = self._rules_by_key.get(key)
        if rules is None:
            candidates = set(self._unindexed)
            for field, value in enumerate(key):
                candidates.update(self._by_value.get((field, value), ()))
            rules = tuple(
                rule
                for rule in sorted(candidates)
                if all(test.passes(key[field]) for field, test in self.single[rule][1])
            )
            rules = tuple(self.single[position][0] for position in rules)
            self._rules_by_key[key] = rules
        return rules

    def _index_rules(self, single: list[tuple[int, list[ValueTest]]]) -> None:
        """Index each single-token pattern by the values one of its tests accepts, so a new
        token is checked against the few patterns that can match it, not all of them."""
        self._by_value: dict[tuple[int, Any], list[int]] = {}
        self._unindexed: list[int] = []
        for position, (_, tests) in enumerate(single):
            naming = [test for test in tests if test.accepted is not None]
            if not naming:
                self._unindexed.append(position)
                continue
            test = min(naming, key=lambda test: len(test.accepted))
            field = self.fields.index(test.name)
            for value in test.accepted:
                self._by_value.setdefault((field, value), []).append(position)

    def _longer_matches(self, doc: Doc) -> dict[int, set[int]]:
        """Rules of the multi-token patterns, by the index of the token each one sets."""
        targets: dict[int, set[int]] = {}
        for match_id, start, end in self.longer(doc, allow_missing=True):
            rule = int(doc.vocab.strings[match_id])
            target = doc[start:end][self.indices[rule]].i
            targets.setdefault(target, set()).add(rule)
        return targets

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        """The attributes of ``rules`` applied in order: a later rule's value wins."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged


def replace_attribute_ruler(nlp: Language) -> None:
    """Put :class:`TokenRules` in place of the pipeline's attribute ruler, when it has one
    and every pattern and attribute is one :class:`TokenRules` understands."""
    from spacy.language import Language

    if STOCK_RULER not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe(STOCK_RULER).patterns
    if not all(_understood(pattern) for entry in patterns for pattern in entry["patterns"]):
        return
    if not all(set(entry["attrs"]) <= set(TOKEN_SETTERS) for entry in patterns):
        return
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=lambda nlp, name, patterns: TokenRules(nlp, patterns))
    nlp.add_pipe(FACTORY, before=STOCK_RULER, config={"patterns": patterns})
    nlp.remove_pipe(STOCK_RULER)


def _understood(pattern: list[dict[str, Any]]) -> bool:
    """Whether a single-token pattern uses only known token values and operators (longer
    patterns are left to the Matcher, so any is fine)."""
    if len(pattern) != 1:
        return True
    for name, value in pattern[0].items():
        if name not in TOKEN_VALUES:
            return False
        if isinstance(value, dict) and not set(value) <= OPERATORS:
            return False
    return True


def _value_test(name: str, value: Any) -> ValueTest:
    """A pattern's test of the token value ``name``, from the pattern's ``value``."""
    if not isinstance(value, dict):
        return ValueTest(name, accepted=frozenset({value}))
    return ValueTest(
        name,
        accepted=frozenset(value["IN"]) if "IN" in value else None,
        refused=frozenset(value.get("NOT_IN", ())),
        regex=re.compile(value["REGEX"]) if "REGEX" in value else None,
    )
