"""State the claims of one sentence in short canonical words, from its dependency parse.

A sentence may hold several claims ("X is great, but it's a fraction of the whole"), none
(a genuine question), or one wrapped in attribution ("I am fairly certain that X"). This
module finds the clauses that carry a claim, keeps their subject, predicate, negation,
modality and complements, drops hedges, attributions, discourse markers and asides, and
turns questions that assert into statements ("isn't social media a tactic?" → "social
media is a tactic").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.claims import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CanonicalClaim", "canonical_claims", "relational_fragment_claim"]

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_ASIDES = ("cc", "mark", "intj", "discourse", "preconj", "parataxis", "meta", "dep")
#: Pronoun subjects a coordinated clause may take from the first clause, by number.
_PRONOUN_NUMBER = {"it": "singular", "this": "singular", "they": "plural"}
#: Contracted verbs spelt out after a borrowed subject ("it's" → "social media is").
_FULL_VERBS = {
    "be": {"singular": "is", "plural": "are"},
    "have": {"singular": "has", "plural": "have"},
}
_WH_WORDS = frozenset({"why", "how", "what", "who", "whom", "which", "where", "when"})
_INVERTIBLE = frozenset({"be", "do", "have", "can", "could", "will", "would", "should",
                         "must", "may", "might", "shall"})  # fmt: skip
#: The first halves of "can't", "won't", "shan't" as spaCy splits them.
_FULL_AUXILIARIES = {"ca": "can", "wo": "will", "sha": "shall"}
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n-–—,;:.!?\"'“”‘’…/|"


@dataclass(frozen=True, slots=True)
class CanonicalClaim:
    """A claim's canonical words and its type (one of :data:`argmap.model.CLAIM_TYPES`)."""

    text: str
    type: str


def canonical_claims(sentence: Span) -> list[CanonicalClaim]:
    """The claims ``sentence`` puts forward, each in short canonical words."""
    is_question = sentence.text.rstrip().endswith("?") or _opens_as_question(sentence)
    claims: list[CanonicalClaim] = []
    for head, borrowed_subject in _claim_heads(sentence.root, None, sentence):
        claim = _state(head, borrowed_subject, sentence, is_question)
        if claim is not None and claim.text not in (c.text for c in claims):
            claims.append(claim)
    return claims


def relational_fragment_claim(fragment: Span, previous: Span | None) -> CanonicalClaim | None:
    """Complete a verbless "Big difference." from the contrast the previous sentence draws.

    "While A is X, B is Y. Big difference." claims there is a big difference between A and
    B; the fragment alone means nothing to a reader of the map.
    """
    root = fragment.root
    if previous is None or root.lemma_.lower() not in lexicon.RELATIONAL_FRAGMENT_NOUNS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in fragment):
        return None
    sides = _contrasted_subjects(previous)
    if sides is None:
        return None
    noun = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in root.subtree if t.is_alpha)
    return CanonicalClaim(f"there is a {noun} between {sides[0]} and {sides[1]}", "evaluation")


def _opens_as_question(sentence: Span) -> bool:
    """ "Does this mean I don't believe in it." and "So what the heck do I do." ask,
    whatever their final mark: an opening do-auxiliary, or an opening wh-word (not the
    subject) with an auxiliary before the subject."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in lexicon.DISCOURSE_MARKERS:
        words = words[1:]
    if len(words) < 2:
        return False
    first = words[0]
    if first.lower_ in ("do", "does", "did") and first.dep_ == "aux":
        return True
    if first.lower_ not in _WH_WORDS or first.dep_ in _SUBJECTS:
        return False
    root = sentence.root
    subject = _subject(root)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in root.children)


# -- which clauses carry a claim ---------------------------------------------------------
def _claim_heads(
    head: Token, inherited_subject: Token | None, sentence: Span
) -> Iterator[tuple[Token, Token | None]]:
    """Clause heads under ``head`` that state a claim, with a subject to borrow if needed.

    Attribution ("I think ...") yields the clauses it attributes; coordinated clauses and
    contrastive ``while`` clauses yield claims of their own.
    """
    subject = _subject(head)
    complements = _attributed_clauses(head, subject)
    if complements is not None:
        for complement in complements:
            yield from _claim_heads(complement, None, sentence)
    else:
        yield head, inherited_subject
    for child in head.children:
        if _is_separate_claim(child, head):
            borrowed = subject or inherited_subject if child.dep_ == "conj" else None
            yield from _claim_heads(child, borrowed, sentence)


def _is_separate_claim(child: Token, head: Token) -> bool:
    """Coordinated clauses, contrastive ``while`` clauses and a question put before the
    main clause ("Does it make sense - isn't it a tactic?") each state their own claim."""
    dep = child.dep_
    if dep == "conj":
        return _is_clause(child)
    if dep == "advcl":
        return _mark(child) in lexicon.CONTRAST_MARKS
    return (
        dep == "ccomp"
        and child.i < head.i
        and _subject(child) is not None
        and not _is_attribution_head(child)
    )


def _attributed_clauses(head: Token, subject: Token | None) -> list[Token] | None:
    """The clauses an attribution ("I think that ...") introduces, or ``None`` if ``head``
    is no attribution. An attribution with no clause ("I agree with John") yields none."""
    if subject is None or subject.lower_ not in lexicon.FIRST_PERSON:
        return None
    lemma = head.lemma_.lower()
    hosts = [head]
    if lemma == "be":
        hosts += [
            c
            for c in head.children
            if (c.dep_ == "acomp" and c.lemma_.lower() in lexicon.ATTRIBUTION_ADJECTIVES)
            or (c.dep_ == "attr" and c.lemma_.lower() in lexicon.ATTRIBUTION_NOUNS)
        ]
        if len(hosts) == 1:
            return None
    elif lemma not in lexicon.ATTRIBUTION_VERBS:
        return None
    clauses = [
        c
        for h in hosts
        for c in h.children
        if c.dep_ == "ccomp" or (h.i != head.i and c.dep_ in ("acl", "relcl", "ccomp"))
    ]
    if not clauses and lemma not in ("agree", "admit", "know", "see", "mean", "think"):
        return None
    return clauses


def _is_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBG",)


def _subject(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ in _SUBJECTS), None)


def _mark(head: Token) -> str:
    return next((c.lower_ for c in head.children if c.dep_ == "mark"), "")


def _contrasted_subjects(sentence: Span) -> tuple[str, str] | None:
    root = sentence.root
    contrast = next(
        (c for c in root.children if c.dep_ == "advcl" and _mark(c) in lexicon.CONTRAST_MARKS),
        None,
    )
    if contrast is None:
        return None
    first, second = _subject(contrast), _subject(root)
    if first is None or second is None:
        return None
    return _render(list(first.subtree)), _render(list(second.subtree))


# -- stating one clause ------------------------------------------------------------------
def _state(
    head: Token, borrowed_subject: Token | None, sentence: Span, is_question: bool
) -> CanonicalClaim | None:
    """The claim of the clause headed by ``head``, or ``None`` if it asserts nothing."""
    kept = _clause_tokens(head, sentence)
    if not any(t.pos_ in ("VERB", "AUX") for t in kept):
        return None
    claim_type = None
    if is_question and _is_interrogative(head, kept):
        kept = _as_statement(head, kept)
        if kept is None:
            return None
        claim_type = "question-claim"
    kept = _with_subject(head, kept, borrowed_subject)
    words = _lower_first(_render(kept), kept)
    if len(words.split()) < lexicon.MIN_WORDS:
        return None
    return CanonicalClaim(words, claim_type or _claim_type(head))


def _clause_tokens(head: Token, sentence: Span) -> list[Token]:
    """The clause's tokens without asides, attributions, separate claims and brackets."""
    dropped: set[int] = set()
    subject = _subject(head)
    before = subject.i if subject is not None else head.i
    for child in head.children:
        if _is_aside(child, head, before):
            dropped.update(t.i for t in child.subtree)
    for token in head.subtree:
        if token.dep_ == "prep" and _is_attribution_phrase(token):
            dropped.update(t.i for t in token.subtree)
        elif token.dep_ == "xcomp" and _is_light_have(token):
            dropped.update(c.i for c in token.children if c.dep_ == "aux")
            dropped.add(token.i)
    tokens = [
        t
        for t in head.subtree
        if t.i not in dropped
        and sentence.start <= t.i < sentence.end
        and not t.is_space
        and not t.is_quote
    ]
    return _without_leading_markers(_without_brackets(tokens))


def _without_leading_markers(tokens: list[Token]) -> list[Token]:
    """Drop what opens a clause without belonging to its proposition: punctuation,
    conjunctions, a complementiser "that", discourse markers ("Indeed", "See,")."""
    start = 0
    while start < len(tokens) and (
        tokens[start].is_punct
        or tokens[start].dep_ in ("cc", "intj")
        or tokens[start].lower_ in lexicon.DISCOURSE_MARKERS
        or (tokens[start].lower_ == "that" and tokens[start].tag_ in ("IN", "WDT"))
    ):
        start += 1
    return tokens[start:]


def _is_aside(child: Token, head: Token, before: int) -> bool:
    dep = child.dep_
    if dep in _ASIDES or dep == "punct" or _is_separate_claim(child, head):
        return True
    if dep in ("advmod", "npadvmod") and child.i < before:
        return child.lower_ in lexicon.DISCOURSE_MARKERS
    return dep == "ccomp" and child.i < head.i and _is_attribution_head(child)


def _is_attribution_head(token: Token) -> bool:
    subject = _subject(token)
    return (
        subject is not None
        and subject.lower_ in lexicon.FIRST_PERSON
        and token.lemma_.lower() in lexicon.ATTRIBUTION_VERBS
    )


def _is_attribution_phrase(prep: Token) -> bool:
    words = " ".join(t.lower_ for t in prep.subtree if not t.is_punct)
    return words in lexicon.ATTRIBUTION_PHRASES


def _is_light_have(xcomp: Token) -> bool:
    return (
        xcomp.lemma_.lower() == "have"
        and xcomp.head.lemma_.lower() in lexicon.LIGHT_VERB_HOSTS
        and any(c.dep_ == "dobj" for c in xcomp.children)
    )


def _without_brackets(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    depth = 0
    for token in tokens:
        if token.text in "([{":
            depth += 1
        elif token.text in ")]}" and depth:
            depth -= 1
        elif depth == 0:
            kept.append(token)
    return kept


def _with_subject(head: Token, kept: list[Token], borrowed: Token | None) -> list[Token]:
    """A coordinated clause borrows the first clause's subject when it has none ("X is
    great and helps Y") or only a pronoun for it ("X is great, but it's a fraction")."""
    if borrowed is None or borrowed.pos_ not in ("NOUN", "PROPN"):
        return kept
    borrowed_tokens = [t for t in borrowed.subtree if not t.is_punct and not t.is_quote]
    subject = _subject(head)
    if subject is None:
        if head.tag_ == "VB" and not any(c.dep_ == "aux" for c in head.children):
            return kept
        return [*borrowed_tokens, *kept]
    if _PRONOUN_NUMBER.get(subject.lower_) == _number(borrowed):
        after: list[Token | str] = [t for t in kept if t.i > subject.i]
        contracted = after[0] if after else None
        if contracted is not None and _is_contraction(contracted):
            full = _FULL_VERBS.get(contracted.lemma_)
            if full is not None:
                after[0] = full[_number(borrowed)]
        return [t for t in kept if t.i < subject.i] + borrowed_tokens + after
    return kept


def _number(noun: Token) -> str:
    return "plural" if noun.tag_ in ("NNS", "NNPS") else "singular"


# -- questions ---------------------------------------------------------------------------
def _is_interrogative(head: Token, kept: list[Token]) -> bool:
    """A clause asks when it opens with a wh-word or with an auxiliary before its subject."""
    first = next((t for t in kept if not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ in _WH_WORDS:
        return True
    return (first.lemma_.lower() in _INVERTIBLE and first.pos_ == "AUX") or (
        first.i == head.i and (head.lemma_.lower() in _INVERTIBLE)
    )


def _as_statement(head: Token, kept: list[Token]) -> list[Token] | None:
    """The statement a rhetorical question asserts, as tokens; ``None`` for a real question.

    Negative inversion asserts the positive ("isn't X a tactic?" → "X is a tactic");
    "really"/"even" in a yes/no question asserts the negative; "why would you ...?"
    asserts "you would not ...". The inserted "not" is carried as a string marker.
    """
    words = [t for t in kept if not t.is_punct]
    first = words[0]
    if first.lower_ in _WH_WORDS:
        modal = words[1] if len(words) > 1 else None
        if (
            first.lower_ == "why"
            and modal is not None
            and (modal.lower_ in lexicon.RHETORICAL_WH_MODALS)
        ):
            return _reorder(head, words[1:], insert_not=True)
        return None
    negated = any(t.dep_ == "neg" and t.head.i == head.i for t in words)
    if negated:
        return _reorder(head, words, insert_not=False)
    if any(t.lower_ in lexicon.RHETORICAL_ADVERBS for t in words):
        return _reorder(head, words, insert_not=True)
    return None


def _reorder(head: Token, words: list[Token], *, insert_not: bool) -> list[Token] | None:
    """Move the fronted auxiliary after the subject and drop (or add) the negation."""
    auxiliary = words[0]
    subject = _subject(head) or next(
        (c for c in head.children if c.dep_ in ("attr", "dobj") and c.i > auxiliary.i), None
    )
    if subject is None:
        return None
    subject_ids = {t.i for t in subject.subtree}
    subject_tokens = [t for t in words if t.i in subject_ids]
    rest = [
        t for t in words[1:] if t.i not in subject_ids and not (t.dep_ == "neg" and not insert_not)
    ]
    statement: list[Token | str] = [
        *subject_tokens,
        _FULL_AUXILIARIES.get(auxiliary.lower_, auxiliary.lower_),
    ]
    if insert_not:
        statement.append("not")
    statement.extend(rest)
    return statement  # type: ignore[return-value]


# -- words and types ---------------------------------------------------------------------
def _render(tokens: list[Token | str]) -> str:
    """Tokens as written, with a space wherever dropped words leave a gap; edges trimmed."""
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if isinstance(token, str):
            parts.append(" " + token + " ")
            previous = None
            continue
        if previous is not None and (token.i != previous.i + 1 or token.i < previous.i):
            parts.append(" ")
        elif previous is None and parts and token.i and _is_contraction(token):
            parts[-1] = parts[-1].rstrip()
        parts.append(token.text_with_ws)
        previous = token
    words = _SPACES.sub(" ", "".join(parts)).strip(_EDGE_PUNCT)
    return words.replace(" ,", ",").replace("’", "'")


def _is_contraction(token: Token) -> bool:
    return token.lower_ in ("n't", "'s", "'re", "'ll", "'m", "'ve", "'d")


def _lower_first(words: str, kept: list[Token]) -> str:
    first = next((t for t in kept if not isinstance(t, str) and not t.is_punct), None)
    if not words or first is None or first.pos_ == "PROPN" or first.text == "I":
        return words
    if first.text.isupper() and len(first.text) > 1:
        return words
    return words[0].lower() + words[1:]


def _claim_type(head: Token) -> str:
    """``prediction``, ``recommendation``, ``evaluation`` or ``assertion`` for a clause."""
    auxiliaries = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    lemma = head.lemma_.lower()
    if auxiliaries & lexicon.PREDICTION_MODALS or (
        lemma == "go" and any(c.dep_ == "xcomp" for c in head.children) and head.tag_ == "VBG"
    ):
        return "prediction"
    if auxiliaries & lexicon.RECOMMENDATION_MODALS - {"have"} or lemma in (
        lexicon.RECOMMENDATION_VERBS
    ):
        return "recommendation"
    if head.tag_ == "VB" and _subject(head) is None and not auxiliaries:
        return "recommendation"
    if lemma == "be":
        complements = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        for complement in complements:
            if complement.pos_ == "ADJ" or any(
                t.lemma_.lower() in lexicon.EVALUATIVE_WORDS or t.tag_ in ("JJR", "JJS")
                for t in complement.subtree
            ):
                return "evaluation"
    return "assertion"
