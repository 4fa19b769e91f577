"""Claim-to-claim relations: support inside a message, restate and attack across messages.

* ``support`` inside a message comes from connectives: "So ..." / "That's why ..." after a
  claim means the claim before supports it; "Because ..." / "Since ..." means it supports
  the claim before.
* Across messages, claims are compared by cosine similarity of their IDF-weighted content
  lemmas. Candidates are (a) the claims of the messages a message responds to and (b)
  earlier claims sharing a *rare* lemma (one found in at most
  ``lexicon.RARE_LEMMA_MAX_POSTINGS`` claims), at most a few per claim, so the work grows
  linearly with the number of claims and never over all pairs.
* Nearly the same words with the same polarity: ``restate`` (pointing at the first claim
  of its group, so a map can say "said by 3 people"); with opposite polarity ("X is a
  tactic" / "X is not a tactic"): ``attack``.
* A reply that agrees with or rebuts a message supports or attacks that message's claim it
  is closest to.
* Claims of different threads that are related but not restatements are judged by the
  stance classifier, so two debates about the same question are linked.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.model import Claim, Message, Relation
from argmap.relations import lexicon
from argmap.relations.classifier import Classify, classify_pairs
from argmap.relations.cues import NONE, CueReading, read_cues
from argmap.relations.stance import judge

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ClaimFeatures", "claim_features", "claim_relations"]

#: Confidence of a support read off a connective ("because", "so"): explicit but the
#: connective may join other words than the two claims.
CONNECTIVE_CONFIDENCE = 0.7
#: Evidence words quoted for a similarity link.
EVIDENCE_WORDS = 5


@dataclass(slots=True)
class ClaimFeatures:
    """What the comparison needs of a claim: its lemmas, polarity and the cues in its
    sentence. Plain data read off the parse, so a thread's ``Doc`` objects can be dropped
    (or never leave a worker process) before claims of all threads are compared."""

    claim: Claim
    thread: str
    lemmas: frozenset[str]
    negated: bool
    cue: CueReading = NONE
    vector: dict[str, float] | None = None


def claim_features(
    claims: Sequence[Claim], messages: Sequence[Message], docs: Sequence[Doc], nlp: Language
) -> list[ClaimFeatures]:
    """Lemmas, polarity and cues of every claim, read from its message's parsed ``Doc``."""
    by_message = {m.id: (m, doc) for m, doc in zip(messages, docs, strict=True)}
    features = []
    for claim in claims:
        message, doc = by_message[claim.message]
        span = doc.char_span(*claim.span, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        lemmas = frozenset(
            t.lemma_.lower()
            for t in tokens
            if (t.is_alpha or t.like_num) and not t.is_stop and len(t) > 1
        )
        negated = sum(t.dep_ == "neg" or t.lower_ in ("never", "no") for t in tokens) % 2 == 1
        cue = read_cues([span], nlp, opens_message=False) if span is not None else NONE
        features.append(ClaimFeatures(claim, message.thread, lemmas, negated, cue))
    return features


def claim_relations(
    features: Sequence[ClaimFeatures],
    message_stances: dict[tuple[str, str], tuple[str, float]],
    stance_tokens: int | None = None,
    classify: Classify = classify_pairs,
) -> list[Relation]:
    """Support, restate and attack between claims (see the module docstring).

    ``features`` are those of every claim of the run, in message order: the word weights
    and the search for similar earlier claims span all threads. ``stance_tokens`` is the
    stance model's pair length (``None``: as trained); ``classify`` runs it (or a cache of
    its answers) on the claim pairs of different threads.
    """
    _weigh(features)
    relations = _connective_support(features)
    relations += _target_links(features, message_stances)
    similar, cross_thread = _similar_earlier(features)
    relations += similar
    relations += _judge_cross_thread(cross_thread, stance_tokens, classify)
    return relations


def _weigh(features: Sequence[ClaimFeatures]) -> None:
    """Unit-length IDF vectors: shared rare words count more than shared common ones."""
    frequency = Counter(lemma for f in features for lemma in f.lemmas)
    total = len(features) + 1
    for f in features:
        weights = {lemma: math.log(total / frequency[lemma]) + 1.0 for lemma in sorted(f.lemmas)}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        f.vector = {lemma: w / norm for lemma, w in weights.items()}


def similarity(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """Cosine similarity of two claims' IDF vectors."""
    small, large = (a, b) if len(a.lemmas) <= len(b.lemmas) else (b, a)
    return sum(w * large.vector.get(lemma, 0.0) for lemma, w in small.vector.items())


def _connective_support(features: Sequence[ClaimFeatures]) -> list[Relation]:
    relations = []
    for before, after in itertools.pairwise(features):
        if before.claim.message != after.claim.message:
            continue
        opening = after.claim.sentence.lstrip().lower()
        for connective in lexicon.SUPPORT_AFTER:
            if opening.startswith(connective):
                relations.append(_support(before.claim, after.claim, connective))
                break
        else:
            for connective in lexicon.SUPPORT_BEFORE:
                if opening.startswith(connective):
                    relations.append(_support(after.claim, before.claim, connective))
                    break
    return relations


def _support(reason: Claim, conclusion: Claim, connective: str) -> Relation:
    return Relation(reason.id, conclusion.id, "support", CONNECTIVE_CONFIDENCE, connective.strip())


def _target_links(
    features: Sequence[ClaimFeatures], message_stances: dict[tuple[str, str], tuple[str, float]]
) -> list[Relation]:
    """Each claim of a reply that agrees/rebuts a message, to that message's closest claim."""
    by_message: dict[str, list[ClaimFeatures]] = defaultdict(list)
    for f in features:
        by_message[f.claim.message].append(f)
    relations = []
    for (source, target), (label, confidence) in message_stances.items():
        kind = "support" if label == "agree" else "attack"
        for reply_claim in by_message.get(source, ()):
            scored = [(similarity(reply_claim, t), t) for t in by_message.get(target, ())]
            if not scored:
                continue
            score, closest = max(scored, key=lambda pair: pair[0])
            if score >= lexicon.LINK_MIN_SIMILARITY:
                relations.append(
                    Relation(
                        reply_claim.claim.id,
                        closest.claim.id,
                        kind,
                        round(min(confidence, score + 0.5), 3),
                        _shared_words(reply_claim, closest),
                    )
                )
    return relations


def _similar_earlier(
    features: Sequence[ClaimFeatures],
) -> tuple[list[Relation], list[tuple[ClaimFeatures, ClaimFeatures, float]]]:
    """Restate/negation links to earlier claims sharing rare lemmas, and the cross-thread
    pairs left for the classifier."""
    frequency = Counter(lemma for f in features for lemma in f.lemmas)
    postings: dict[str, list[int]] = defaultdict(list)
    group_of: dict[str, str] = {}
    relations: list[Relation] = []
    cross_thread = []
    for index, f in enumerate(features):
        rare = [lem for lem in f.lemmas if 2 <= frequency[lem] <= lexicon.RARE_LEMMA_MAX_POSTINGS]
        candidates = {i for lemma in rare for i in postings[lemma]}
        scored = sorted(
            (
                (similarity(f, features[i]), i)
                for i in candidates
                if features[i].claim.message != f.claim.message
            ),
            reverse=True,
        )[: lexicon.SIMILAR_CANDIDATES_PER_CLAIM]
        for score, i in scored:
            earlier = features[i]
            relation = _lexical_link(f, earlier, score, group_of)
            if relation is not None:
                relations.append(relation)
                break
            if earlier.thread != f.thread and score >= lexicon.CROSS_THREAD_MIN_SIMILARITY:
                cross_thread.append((f, earlier, score))
                break
        for lemma in rare:
            postings[lemma].append(index)
    return relations, cross_thread


def _lexical_link(
    later: ClaimFeatures, earlier: ClaimFeatures, score: float, group_of: dict[str, str]
) -> Relation | None:
    if score >= lexicon.RESTATE_MIN_SIMILARITY and later.negated == earlier.negated:
        first = group_of.get(earlier.claim.id, earlier.claim.id)
        group_of[later.claim.id] = first
        return Relation(
            later.claim.id, first, "restate", round(score, 3), _shared_words(later, earlier)
        )
    if score >= lexicon.NEGATION_ATTACK_MIN_SIMILARITY and later.negated != earlier.negated:
        evidence = "not: " + _shared_words(later, earlier)
        return Relation(later.claim.id, earlier.claim.id, "attack", round(score, 3), evidence)
    return None


def _judge_cross_thread(
    pairs: Sequence[tuple[ClaimFeatures, ClaimFeatures, float]],
    stance_tokens: int | None,
    classify: Classify,
) -> list[Relation]:
    """Classify related claims of different threads: agree → support, rebut → attack."""
    if not pairs:
        return []
    judgements = judge(
        [(earlier.claim.sentence, later.claim.sentence) for later, earlier, _ in pairs],
        [later.cue for later, _, _ in pairs],
        [_shared_words(later, earlier) for later, earlier, _ in pairs],
        stance_tokens,
        classify,
    )
    relations = []
    for (later, earlier, _), judgement in zip(pairs, judgements, strict=True):
        if judgement.label == "none" or judgement.confidence < lexicon.MIN_RELATION_CONFIDENCE:
            continue
        kind = "support" if judgement.label == "agree" else "attack"
        relations.append(
            Relation(
                later.claim.id, earlier.claim.id, kind, judgement.confidence, judgement.evidence
            )
        )
    return relations


def _shared_words(a: ClaimFeatures, b: ClaimFeatures) -> str:
    shared = sorted(a.lemmas & b.lemmas, key=lambda lemma: (-a.vector.get(lemma, 0.0), lemma))
    return ", ".join(shared[:EVIDENCE_WORDS])
