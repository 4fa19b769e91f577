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

An adjective judges when it is in ``lexicon.EVALUATIVE_WORDS`` or when VADER's
human-rated sentiment lexicon (Hutto & Gilbert 2014, shipped by the ``vaderSentiment``
package, MIT licence) gives it a mean valence of at least :data:`MIN_VALENCE` either way:
"Awesome post!" and "Horrible advice." are verdicts as "Great post!" is. A hand list
would never hold all of English's judging adjectives; VADER's 7,500 entries were rated by
ten people each, on text nobody here chose. In the labelled data above, short verbless
noun phrases whose adjective only VADER rates are claims in 12 of 14 cases (a few CMV
sentences occur in both CMV sets).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from argmap.claims import lexicon
from argmap.claims.canonical import (
    MAX_CLAIM_WORDS,
    CanonicalClaim,
    after_label,
    asks_what_about,
    ends_asking,
    is_addressed_last,
    lower_first,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["MIN_VALENCE", "verdict_claim"]

#: VADER rates words from -4 (extremely negative) to +4 (extremely positive); a word rated
#: at least this far from neutral judges ("cool" 1.3, "interesting" 1.7, "lame" -1.8).
MIN_VALENCE = 1.0

#: Dependents before the noun that belong to its phrase ("such a really good idea",
#: "not a bad deal": the negation is the verdict's polarity); others ("Wow,", "Thanks,")
#: are left out of the claim.
_NOUN_PHRASE_LEFT = frozenset(
    {"det", "predet", "amod", "advmod", "compound", "nummod", "poss", "neg"}
)
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
    if after_label(root) is not root:
        return None  # "Friendly reminder: it won't be over": a label, then the claim
    if asks_what_about(sentence):
        return None  # "What do you mean fake?": the reader's word, put up for an answer
    if ends_asking(sentence) and any(c.lower_ == "any" for c in root.lefts):
        # "Any long term negative impacts?" asks whether there are any: 3 verdicts of
        # subreddit-agreement's and dragnet-comments-dev's claims, each a question that
        # asks. Other verdicts in a question mark stay: the labelled data counts them
        # claims ("Forced abortions? Forced sterilization?" sets out an argument).
        return None
    modifiers = [c for c in root.children if _is_adjective_modifier(c)]
    if any(c.lemma_.lower() in lexicon.WISH_ADJECTIVES for c in modifiers):
        return None  # "Happy coding!", "Merry Christmas": a wish
    if not (any(_is_evaluative_modifier(c) for c in modifiers) or _exclaims(root, sentence)):
        return None
    left = min((c.left_edge.i for c in root.lefts if c.dep_ in _NOUN_PHRASE_LEFT), default=root.i)
    kept = list(sentence.doc[left : root.right_edge.i + 1])
    while kept and (kept[-1].pos_ in _EDGE_POS or _is_said_to_the_reader(kept[-1])):
        if kept[-1].is_quote and sum(t.is_quote for t in kept) % 2 == 0:
            break  # it closes a quotation the verdict holds ("... who said "whatever it costs"")
        kept.pop()  # "Great article, thanks!" judges the article, "Great read, Joe" too
    if len(kept) > MAX_CLAIM_WORDS:
        return None
    text = " ".join(sentence.doc[left : left + len(kept)].text.split())
    return CanonicalClaim(lower_first(text, kept), "evaluation", (left, left + len(kept)))


def _is_said_to_the_reader(token: Token) -> bool:
    """A thanks or a name the verdict ends on ("Great article thanks!", "Great read, Joe",
    "Good job Ben!"): said to the reader, not part of what is judged. A name with no
    comma before it is one the parser hung on the verdict's noun as an apposition or an
    adverbial noun: over the four samples 5 verdicts lost such a name ("GREAT story Joe",
    "A brilliant distinction David"); "lovely photos from Portugal" ends on a place in
    its phrase and stays."""
    if token.lower_ in lexicon.THANKS or is_addressed_last(token):
        return True
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.dep_ in ("npadvmod", "appos")
        and token.head.dep_ == "ROOT"
        and not token.n_lefts + token.n_rights
    )


def _exclaims(noun: Token, sentence: Span) -> bool:
    """An exclamation "What a/an ...!" judges its noun whatever the words ("What a waste
    of money.", "What a bunch of hypocrites!"): the construction is the judgement. The
    labelled data holds three, all claims ("What a douchebag line.", "What a great idea --
    record them."); of the 23 in DEBAGREEMENT dev comments every one judges ("What an
    unreadable mess of an article."). One that ends in a question mark asks."""
    determiners = [c.lower_ for c in noun.lefts if c.dep_ in ("det", "predet")]
    if determiners[:1] != ["what"] or not set(determiners[1:2]) & {"a", "an"}:
        return False
    return not ends_asking(sentence)


def _is_adjective_modifier(token: Token) -> bool:
    """An adjective modifying the noun; spaCy's small English pipeline often parses a
    capitalised one opening the sentence as a compound ("Awesome post!")."""
    return token.dep_ == "amod" or (token.dep_ == "compound" and token.pos_ == "ADJ")


def _is_evaluative_modifier(token: Token) -> bool:
    """An adjective modifying the noun that judges it ("great", "better", "worst",
    "awesome"); a comparative of quantity ("more examples", "earlier version") is none."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.EVALUATIVE_WORDS:
        return True
    valences = _valences()
    return abs(valences.get(token.lower_, valences.get(lemma, 0.0))) >= MIN_VALENCE


@cache
def _valences() -> dict[str, float]:
    """VADER's mean valence of each word of its lexicon (read once from the package's
    ``vader_lexicon.txt``: word, mean, standard deviation, the ten raters' scores)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    valences = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        valences[word] = float(mean)
    return valences
