"""Every cue phrase and tuned constant of the relation stage, in one place.

The phrase weights say how sure a reader is of the stance when the phrase is there and not
negated; they were set by reading replies in ``debagreement-sample/dev.csv`` and the
``subreddit-agreement`` files (never ``test.csv``), not fitted. The numeric thresholds say
which figure they were chosen on.
"""

from __future__ import annotations

__all__ = [
    "AGREE_CUES",
    "CANDIDATE_MIN_SIMILARITY",
    "CLAIM_LINK_MIN_CONFIDENCE",
    "CONTRAST_WORDS",
    "CROSS_THREAD_MIN_SHARED_WORDS",
    "CROSS_THREAD_RESTATE_MIN_COSINE",
    "CUE_WEIGHT",
    "DISAGREE_CUES",
    "FIRST_PERSON",
    "LATER_SENTENCE_FACTOR",
    "MIN_RELATION_CONFIDENCE",
    "NEGATED_AGREE_FACTOR",
    "NEGATED_DISAGREE_FACTOR",
    "OPENING_CONTRAST",
    "OPENING_ONLY",
    "PARENT_WHEN_ADDRESSED_MIN",
    "RARE_LEMMA_MAX_POSTINGS",
    "RESTATE_MIN_COSINE",
    "SAME_POINT_MIN_COSINE",
    "SIMILAR_CANDIDATES_PER_CLAIM",
    "STANCE_VERBS",
    "SUPPORT_AFTER",
    "SUPPORT_BEFORE",
    "UNRELATED_LINK_MIN_CONFIDENCE",
    "VERDICT_MAX_TOKENS",
    "VERDICT_STRENGTH",
]

#: Phrases that show the reply agrees with its target, with how strongly.
AGREE_CUES: dict[str, float] = {
    "i agree": 0.9,
    "agree with": 0.9,
    "agree completely": 0.9,
    "agreed": 0.85,
    "couldn't agree more": 0.95,
    "could not agree more": 0.95,
    "i concur": 0.9,
    "well said": 0.85,
    "well put": 0.85,
    "you're right": 0.85,
    "you are right": 0.85,
    "you're correct": 0.85,
    "are correct": 0.75,
    "is correct": 0.6,
    "are right": 0.6,
    "is right": 0.5,
    "good point": 0.75,
    "great point": 0.75,
    "fair point": 0.65,
    "spot on": 0.8,
    "damn right": 0.85,
    "quite right": 0.8,
    "dead right": 0.8,
    "so true": 0.8,
    "this is true": 0.6,
    "makes sense": 0.55,
    "exactly": 0.7,
    "absolutely": 0.55,
    "same here": 0.6,
    "me too": 0.6,
    "+1": 0.7,
    "amen": 0.7,
    "yes": 0.45,
    "yep": 0.5,
    "yeah": 0.35,
    "true": 0.45,
    "indeed": 0.45,
    "this": 0.5,
}

#: Phrases that show the reply pushes back, with how strongly. "Big difference." is how a
#: commenter says the target conflated two things.
DISAGREE_CUES: dict[str, float] = {
    "i disagree": 0.9,
    "disagree": 0.8,
    "not true": 0.8,
    "untrue": 0.8,
    "that's wrong": 0.85,
    "that is wrong": 0.85,
    "you're wrong": 0.9,
    "you are wrong": 0.9,
    "is wrong": 0.6,
    "are wrong": 0.6,
    "wrong": 0.45,
    "incorrect": 0.7,
    "nonsense": 0.8,
    "bullshit": 0.8,
    "ridiculous": 0.6,
    "absurd": 0.6,
    "nope": 0.7,
    "no": 0.5,
    "not really": 0.6,
    "on the contrary": 0.8,
    "not the case": 0.7,
    "i doubt": 0.6,
    "misses the point": 0.8,
    "missing the point": 0.8,
    "doesn't make sense": 0.7,
    "makes no sense": 0.7,
    "false": 0.55,
    "citation needed": 0.6,
    "source?": 0.5,
    "yeah right": 0.7,
    "oh really": 0.5,
    "lol": 0.35,
}

#: Verbs that state a stance when their subject is the writer ("I totally agree", "We
#: disagree"), whatever adverbs sit between.
STANCE_VERBS: dict[str, tuple[str, float]] = {
    "agree": ("agree", 0.9),
    "concur": ("agree", 0.9),
    "disagree": ("rebut", 0.9),
}
FIRST_PERSON = frozenset({"i", "we"})

#: One-word cues that only mean agreement/disagreement as the reply's first words
#: ("No, ..." rebuts; "... no one ..." does not).
OPENING_ONLY = frozenset(
    {"yes", "yep", "yeah", "true", "indeed", "this", "no", "absolutely", "lol"}
)

#: Words that, after an agreement cue in the same or the next sentence, turn it into a
#: partial agreement ("I agree, but ..."): the agreement counts half.
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "yet", "except"})
#: A reply that opens with one of these is pushing back a little ("But what about ...").
OPENING_CONTRAST: dict[str, float] = {"but": 0.35, "however": 0.35, "well": 0.25, "actually": 0.3}

#: An opening verdict that negates the target's own words ("Not garbage." to "X is
#: garbage"): a short first sentence, "not"/"no" and a word of the target.
VERDICT_MAX_TOKENS = 4
VERDICT_STRENGTH = 0.85
#: A negated agreement cue ("I don't agree", "not correct") counts as disagreement this much.
NEGATED_AGREE_FACTOR = 0.9
#: A negated disagreement cue ("not wrong", "I don't disagree") counts as agreement this much.
NEGATED_DISAGREE_FACTOR = 0.6
#: Cues after the first sentence are less often about the target than about a side topic.
LATER_SENTENCE_FACTOR = 0.7

#: Weight of an explicit cue of strength 1 against the classifier's probabilities:
#: ``p = (1 - w) * classifier + w * cue`` with ``w = CUE_WEIGHT * strength``.
CUE_WEIGHT = 0.6
#: Message-to-message agree/rebut from this probability on is in the map, even where
#: ``none`` is likelier (real threads hold fewer stances than the model's training pairs).
#: Chosen on the dev reply pairs of saved pages (``bench/annotations/reply_pairs_dev.jsonl``,
#: none of them a blind pair): the best macro-F1 over agree / rebut / none among the bars
#: that give the wrong kind to at most 10% of the agree/rebut pairs. With the multi-task
#: stance model: 0.569 at 0.5 (recall 0.455, wrong kind 0.091), 0.554 at 0.45 (0.114
#: wrong), 0.567 at 0.4 (0.125), 0.585 at 0.35 (0.136)
#: (``bench/eval_relations.py --sections dev``).
MIN_RELATION_CONFIDENCE = 0.5
#: A comment that answers someone it names ("I agree with John.") is mainly about them; its
#: stance toward its structural parent must then be this sure to be shown.
PARENT_WHEN_ADDRESSED_MIN = 0.8

#: Claim connectives: a claim opening with one of SUPPORT_AFTER is supported by the claim
#: before it ("So ..."); one opening with SUPPORT_BEFORE supports the claim before it.
SUPPORT_AFTER = ("so ", "therefore", "thus", "hence", "that's why", "that is why", "which is why")
SUPPORT_BEFORE = ("because", "since ", "for example", "for instance", "after all")

#: Pair-model confidence from which a claim pair is support or attack when the source's
#: message answers the target's (``judge_claim_pairs``); chosen for macro-F1 over support /
#: attack / none on a sample of the six Moral Maze files outside the stance model's training
#: pairs (never on US2016 ``test.tsv``): 0.345 at 0.5, 0.353 at 0.6, 0.343 at 0.7, 0.336 at
#: 0.8 (``bench/eval_relations.py --sections tune``).
CLAIM_LINK_MIN_CONFIDENCE = 0.6
#: The same for two claims only found to share words: an attack is claimed only when the
#: model is this sure (a wrong attack misleads more than a missing one).
UNRELATED_LINK_MIN_CONFIDENCE = 0.8
#: Word-overlap similarity (cosine over IDF-weighted lemmas, weighted within the thread)
#: from which two claims of one thread are proposed to the judges at all.
CANDIDATE_MIN_SIMILARITY = 0.25
#: Cosine of the two sentences' embeddings (all-MiniLM-L6-v2) from which two claims of
#: the same polarity say the same thing: ``restate``. Chosen on a sample of the Moral Maze
#: files' rephrase pairs against their other pairs, where precision peaks (0.38 at 0.8,
#: 0.28 at 0.75, 0.30 at 0.85); their "rephrase" is looser than a paraphrase, so these
#: precisions understate it (``bench/eval_relations.py --sections tune``).
RESTATE_MIN_COSINE = 0.8
#: The bar for a restatement across threads, where a wrong link joins unrelated pages.
CROSS_THREAD_RESTATE_MIN_COSINE = 0.85
#: Embedding cosine from which two claims the model reads as an attack are taken to be
#: about the same point (below it the model's "rebut" is about different things).
SAME_POINT_MIN_COSINE = 0.5
#: Content words two claims of different threads must share to be compared at all.
CROSS_THREAD_MIN_SHARED_WORDS = 2
#: A lemma found in more claims than this is not "rare": it does not propose candidates,
#: which keeps candidate generation linear in the number of claims.
RARE_LEMMA_MAX_POSTINGS = 50
#: At most this many most-similar earlier claims are considered per claim.
SIMILAR_CANDIDATES_PER_CLAIM = 3
