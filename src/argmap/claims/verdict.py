"""Verdicts: a sentence that is only a noun phrase with an evaluative adjective ("Great
list!", "Terrible advice.", "Such a positive idea!!").

Readers answer posts this way all the time, and the verdict is a position someone could
dispute, so it is a claim even though it has no verb and is shorter than
``lexicon.MIN_WORDS``. In the labelled data, short verbless sentences with an evaluative
adjective are claims in 21 of 26 cases (CDCP value propositions such as "Good idea debt
neutrality."; claimtrain and the web-discourse comments: "Good arguments", "Nice
exercise", "not fair on him either."), while short sentences in general are not (308 of
406 in the ``argues`` data). The claim's words are the noun phrase as written, since no
subject can be supplied without guessing what the verdict is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.claims import lexicon
from argmap.claims.canonical import MAX_CLAIM_WORDS, CanonicalClaim, lower_first

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["verdict_claim"]

#: Dependents before the noun that belong to its phrase ("such a really good idea");
#: others ("Wow,", "Thanks,") are left out of the claim.
_NOUN_PHRASE_LEFT = frozenset({"det", "predet", "amod", "advmod", "compound", "nummod", "poss"})
_NOT_JUDGED_NOUNS = lexicon.WISH_NOUNS | lexicon.REPLY_VERDICT_NOUNS
#: Tokens dropped from the end of a verdict's words: punctuation, emoticons' pieces.
_EDGE_POS = frozenset({"PUNCT", "SYM", "INTJ", "SPACE", "X"})


def verdict_claim(sentence: Span, answers_post: bool = True) -> CanonicalClaim | None:
    """The sentence as an ``evaluation`` claim when it is a verdict, else ``None``.

    A verdict is a noun phrase (the root is a noun with no subject or auxiliary) whose
    noun an evaluative adjective modifies ("Best division in football"). Not verdicts:
    formulas of greeting or wishing ("Good luck"); verdicts on a turn of the conversation
    ("Good point!", ``lexicon.REPLY_VERDICT_NOUNS``); and, unless the message answers the
    thread's post or nothing (``answers_post``), verdicts on what it answers ("Great
    article!", ``lexicon.CONTRIBUTION_NOUNS``), which are the reply's stance to the
    comment it answers. Its words are the noun's phrase, at most ``MAX_CLAIM_WORDS`` of
    them, without what stands before it ("Thanks, great article!" → "great article")."""
    root = sentence.root
    noun = root.lemma_.lower()
    if root.pos_ != "NOUN" or noun in _NOT_JUDGED_NOUNS:
        return None
    if noun in lexicon.CONTRIBUTION_NOUNS and not answers_post:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "cop") for c in root.children):
        return None
    if not any(_is_evaluative_modifier(c) for c in root.children):
        return None
    left = min((c.left_edge.i for c in root.lefts if c.dep_ in _NOUN_PHRASE_LEFT), default=root.i)
    kept = list(sentence.doc[left : root.right_edge.i + 1])
    while kept and kept[-1].pos_ in _EDGE_POS:
        kept.pop()
    if len(kept) > MAX_CLAIM_WORDS:
        return None
    text = " ".join(sentence.doc[left : left + len(kept)].text.split())
    return CanonicalClaim(lower_first(text, kept), "evaluation", (left, left + len(kept)))


def _is_evaluative_modifier(token: Token) -> bool:
    """An adjective modifying the noun that judges it ("great", "better", "worst"); a
    comparative of quantity ("more examples", "earlier version") is none."""
    return token.dep_ == "amod" and token.lemma_.lower() in lexicon.EVALUATIVE_WORDS
