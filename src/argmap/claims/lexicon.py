"""Every word list and threshold the claim stage uses, in one place.

Word lists were written by reading the two seed threads in ``corpora/`` and the training
sentences of ``cmv-ampersand-pairs/claimtrain.tsv``; none was fitted to a test split. The
learned detector's weights and its probability threshold live in ``data/detector.json``,
made by ``bench/train_claims.py`` from claimtrain.tsv alone: the threshold (0.24) and the
regularisation (C = 0.3) were picked by 5-fold cross-validation there (CV macro-F1 0.904),
and it scores macro-F1 0.836 on claimdev.tsv (see BENCHMARKS.md).
"""

from __future__ import annotations

__all__ = [
    "ATTRIBUTION_ADJECTIVES",
    "ATTRIBUTION_NOUNS",
    "ATTRIBUTION_PHRASES",
    "ATTRIBUTION_VERBS",
    "CONTRAST_MARKS",
    "DISCOURSE_MARKERS",
    "EVALUATIVE_WORDS",
    "FIRST_PERSON",
    "GREETINGS",
    "LIGHT_VERB_HOSTS",
    "MAX_SIGNOFF_WORDS",
    "META_OBJECTS",
    "META_VERBS",
    "MIN_WORDS",
    "PREDICTION_MODALS",
    "RECOMMENDATION_MODALS",
    "RECOMMENDATION_VERBS",
    "RELATIONAL_FRAGMENT_NOUNS",
    "RHETORICAL_ADVERBS",
    "RHETORICAL_WH_MODALS",
    "THANKS",
]

# -- what is not a claim -----------------------------------------------------------------
#: Sentences with fewer alphabetic words than this (links and numbers not counted) are
#: never claims: "Huh?", "Never since.", "John", a bare link. In claimtrain.tsv, 267 of
#: the 316 rows this short are labelled non-argumentative (the rest: "Nope.", "Exactly").
MIN_WORDS = 3
#: A sentence that opens with one of these and has at most this many words is a greeting or
#: sign-off ("Hi all", "Cheers, Ann", "Best regards").
MAX_SIGNOFF_WORDS = 6
GREETINGS = frozenset(
    {"hi", "hello", "hey", "dear", "cheers", "regards", "best", "greetings", "bye", "ciao"}
)
#: Lemmas that make a sentence thanks when they head it or open it ("Thanks for reading",
#: "Oh, and I meant to say thanks for the nice beginning").
THANKS = frozenset({"thank", "thanks", "thx", "kudos", "congrats", "congratulations"})
#: Meta remarks talk about the conversation itself: a first-person (or text-noun) subject
#: doing one of these to the text ("I finished my part of the conversation here",
#: "This article was initially published in Dutch", "Let's start with the word strategist").
META_VERBS = frozenset(
    {
        "finish",
        "post",
        "publish",
        "write",
        "link",
        "edit",
        "update",
        "share",
        "repost",
        "start",
        "begin",
        "mean",
        "add",
        "read",
        "reply",
        "respond",
        "comment",
        "let",
    }
)
META_OBJECTS = frozenset(
    {
        "article",
        "post",
        "blog",
        "comment",
        "conversation",
        "thread",
        "part",
        "reply",
        "answer",
        "question",
        "link",
        "word",
        "concept",
        "edit",
        "update",
        "piece",
    }
)

# -- what is stripped from a claim's words -----------------------------------------------
#: Verbs that, with a first-person subject and a clause complement, only attribute the
#: claim to its writer ("I think", "I am fairly certain that", "I admit it").
ATTRIBUTION_VERBS = frozenset(
    {
        "think",
        "believe",
        "guess",
        "feel",
        "suppose",
        "reckon",
        "know",
        "say",
        "admit",
        "suspect",
        "assume",
        "bet",
        "argue",
        "claim",
        "mean",
        "agree",
        "hope",
        "doubt",
        "find",
        "realize",
        "realise",
        "imagine",
        "expect",
        "suggest",
        "wonder",
        "see",
    }
)
ATTRIBUTION_ADJECTIVES = frozenset(
    {"certain", "sure", "convinced", "confident", "positive", "aware", "afraid"}
)
ATTRIBUTION_NOUNS = frozenset({"believer", "opinion", "view", "feeling", "impression"})
#: Prepositional attributions dropped wherever they stand ("In my opinion, ...").
ATTRIBUTION_PHRASES = (
    "in my opinion",
    "in my view",
    "in my experience",
    "imo",
    "imho",
    "to me",
    "for me",
    "personally",
    "in reality",
    "of course",
    "in fact",
    "for the record",
)
#: Sentence adverbs and interjections that link to the talk, not to the proposition.
DISCOURSE_MARKERS = frozenset(
    {
        "actually",
        "indeed",
        "so",
        "well",
        "now",
        "oh",
        "see",
        "seriously",
        "basically",
        "anyway",
        "honestly",
        "frankly",
        "also",
        "then",
        "yes",
        "no",
        "yeah",
        "ok",
        "okay",
        "still",
        "however",
        "therefore",
        "thus",
        "hence",
        "furthermore",
        "moreover",
        "besides",
        "and",
        "but",
        "or",
        "exactly",
        "clearly",
        "obviously",
        "really",
        "especially",
        "unfortunately",
        "fortunately",
        "first",
        "second",
        "finally",
        "again",
    }
)
#: Subordinators of a concessive or contrastive clause that is a claim of its own
#: ("While social media is about brand management, social enterprise is about ...").
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
#: "needs to have X" says "needs X": the host verb keeps the object of a light ``have``.
LIGHT_VERB_HOSTS = frozenset({"need", "want", "require"})

# -- questions that assert ---------------------------------------------------------------
#: "Does the phrase really make sense?" asserts that it does not.
RHETORICAL_ADVERBS = frozenset({"really", "honestly", "seriously", "even"})
#: "Why would you take driving lessons from someone that never drives a car?" asserts
#: "you would not take driving lessons ...".
RHETORICAL_WH_MODALS = frozenset({"would", "should", "could"})
#: A verbless fragment headed by one of these takes its two sides from the contrast the
#: sentence before draws ("While A is X, B is Y. Big difference.").
RELATIONAL_FRAGMENT_NOUNS = frozenset({"difference", "contrast", "distinction", "gap"})

# -- claim types -------------------------------------------------------------------------
PREDICTION_MODALS = frozenset({"will", "'ll", "’ll", "wo", "shall"})
RECOMMENDATION_MODALS = frozenset({"should", "must", "ought", "need", "have"})
RECOMMENDATION_VERBS = frozenset({"need", "require", "ought", "recommend", "suggest"})
#: Adjectives and nouns that make a copular sentence an evaluation ("X is great").
EVALUATIVE_WORDS = frozenset(
    {
        "good",
        "great",
        "bad",
        "best",
        "worst",
        "better",
        "worse",
        "important",
        "wrong",
        "right",
        "correct",
        "incorrect",
        "true",
        "false",
        "stupid",
        "dumb",
        "smart",
        "useful",
        "useless",
        "helpful",
        "harmful",
        "fair",
        "unfair",
        "easy",
        "hard",
        "difficult",
        "impossible",
        "possible",
        "necessary",
        "valuable",
        "worth",
        "fun",
        "boring",
        "nice",
        "terrible",
        "awful",
        "excellent",
        "wonderful",
        "amazing",
        "ridiculous",
        "silly",
        "effective",
        "ineffective",
        "dangerous",
        "safe",
        "unsafe",
        "moral",
        "immoral",
        "ethical",
        "unethical",
        "reasonable",
        "unreasonable",
        "fine",
        "ok",
        "okay",
        "positive",
        "negative",
        "strange",
        "weird",
        "problem",
        "mistake",
        "difference",
        "waste",
        "fraction",
        "benefit",
        "advantage",
        "disadvantage",
    }
)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "'s", "’s"})
