"""Claim-to-claim relations: proposed cheaply, decided by the pair model.

Shared words, sentence embeddings and the reply structure only *propose* pairs of claims;
whether one claim supports, attacks or restates another is decided by reading both:

* ``support`` inside a message comes from an explicit connective: "So ..." / "That's why
  ..." after a claim means the claim before supports it; "Because ..." / "Since ..." means
  it supports the claim before.
* A reply that agrees with or rebuts a message (the message-level stance, kept as it is)
  lands on the one claim of that message it addresses: the claim it quotes, else the claim
  whose sentence embedding is closest to the reply's main claim. The link is ``support``
  for an agreement and ``attack`` for a rebuttal; the other claims of the message get none.
* Claims of different messages of one thread that share rare words are candidates for
  ``restate`` (a paraphrase: close sentence embeddings, same polarity) or ``attack`` (the
  pair model reads a rebuttal with high confidence, and the two are about the same point).
* Claims of different threads are compared only when asked (``link_threads``): the same
  tests, with the stricter bars of :mod:`argmap.relations.lexicon`.

Every step inside a thread reads only that thread's claims (word weights included), so a
thread's relations are the same whether it is mapped alone or with a thousand others.
Candidate generation is bounded per claim, so the work grows linearly with the claims.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.model import Claim, Message, Relation
from argmap.relations import lexicon
from argmap.relations.classifier import Classify, classify_pairs, labels
from argmap.relations.cues import NONE, CueReading, read_cues

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ClaimFeatures",
    "claim_features",
    "claim_relations",
    "judge_claim_pairs",
    "quotes_by_pair",
]

#: Confidence of a support read off a connective ("because", "so"): explicit but the
#: connective may join other words than the two claims.
CONNECTIVE_CONFIDENCE = 0.7
#: Words of each claim quoted as a link's evidence.
EVIDENCE_WORDS = 12

Embed = Callable[[Sequence[str]], "np.ndarray"]


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


def judge_claim_pairs(
    pairs: Sequence[tuple[str, str]],
    *,
    replying: bool,
    stance_tokens: int | None = None,
    classify: Classify = classify_pairs,
) -> list[tuple[str, float]]:
    """``support`` / ``attack`` / ``none`` with its confidence for each (target, source)
    pair of claim sentences, as the pair model reads them.

    ``replying``: the source's message answers the target's (the model's bar is
    :data:`~argmap.relations.lexicon.CLAIM_LINK_MIN_CONFIDENCE`); otherwise the two were
    only found to share words, and the bar is the stricter
    :data:`~argmap.relations.lexicon.UNRELATED_LINK_MIN_CONFIDENCE`.
    """
    names = labels()
    bar = lexicon.CLAIM_LINK_MIN_CONFIDENCE if replying else lexicon.UNRELATED_LINK_MIN_CONFIDENCE
    judged = []
    for probabilities in classify(list(pairs), stance_tokens):
        by_name = dict(zip(names, probabilities, strict=True))
        label = max(by_name, key=by_name.__getitem__)
        confidence = round(by_name[label], 3)
        if label == "none" or confidence < bar:
            judged.append(("none", round(by_name["none"], 3)))
        else:
            judged.append(("support" if label == "agree" else "attack", confidence))
    return judged


def claim_relations(
    features: Sequence[ClaimFeatures],
    message_stances: dict[tuple[str, str], tuple[str, float]],
    stance_tokens: int | None = None,
    classify: Classify = classify_pairs,
    *,
    quotes: dict[tuple[str, str], list[str]] | None = None,
    link_threads: bool = False,
    embed: Embed | None = None,
) -> list[Relation]:
    """Support, attack and restate between claims (see the module docstring).

    ``features`` are those of every claim of the run, in message order;
    ``message_stances`` the agree/rebut between messages; ``quotes`` the text a message
    quotes of another, by (source, target). ``classify`` runs the pair model (or a cache of
    its answers); ``embed`` the sentence encoder (default: :func:`argmap.points.embed.encode`).
    ``link_threads`` also compares claims of different threads.
    """
    embed = embed or _default_embed
    quotes = quotes or {}
    by_thread: dict[str, list[ClaimFeatures]] = defaultdict(list)
    for f in features:
        by_thread[f.thread].append(f)
    thread_of = {f.claim.message: f.thread for f in features}
    relations: list[Relation] = []
    for thread, thread_features in by_thread.items():
        # One thread at a time, the models included: their int8 activations are scaled per
        # batch, so pairs batched with another thread's could read a hair differently.
        stances = {
            key: stance
            for key, stance in message_stances.items()
            if thread_of.get(key[0]) == thread
        }
        choices = _stance_choices(thread_features, stances, quotes)
        candidates = [(a, b, False) for a, b in _similar_earlier(thread_features)]
        vectors = _vectors(_sentences(choices, candidates), embed)
        relations += _connective_support(thread_features)
        relations += _stance_links(choices, stances, vectors)
        relations += _judge_candidates(candidates, vectors, stance_tokens, classify)
    if link_threads:
        candidates = [(a, b, True) for a, b in _similar_across_threads(features)]
        vectors = _vectors(_sentences({}, candidates), embed)
        relations += _judge_candidates(candidates, vectors, stance_tokens, classify)
    return relations


#: For each (reply, target) message pair with a stance: the reply's main claim, and the
#: target claims it may land on (one when the reply quotes it).
Choices = dict[tuple[str, str], tuple[ClaimFeatures, list[ClaimFeatures]]]


def _sentences(
    choices: Choices, candidates: Sequence[tuple[ClaimFeatures, ClaimFeatures, bool]]
) -> list[str]:
    """Every claim sentence the judges compare, each once, in a fixed order."""
    wanted = {f.claim.sentence for reply, options in choices.values() for f in (reply, *options)}
    wanted |= {f.claim.sentence for a, b, _ in candidates for f in (a, b)}
    return sorted(wanted)


def _vectors(sentences: list[str], embed: Embed) -> dict[str, np.ndarray]:
    return dict(zip(sentences, embed(sentences), strict=True)) if sentences else {}


def _default_embed(texts: Sequence[str]) -> np.ndarray:
    from argmap.points.embed import encode

    return encode(texts)


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
    evidence = f"{connective.strip()}: {_words(reason)}"
    return Relation(reason.id, conclusion.id, "support", CONNECTIVE_CONFIDENCE, evidence)


def _stance_choices(
    features: Sequence[ClaimFeatures],
    message_stances: dict[tuple[str, str], tuple[str, float]],
    quotes: dict[tuple[str, str], list[str]],
) -> Choices:
    """The claims a reply's stance may join: its main claim, and the claim of the target
    it quotes, else every claim of the target but its asides. A reply to a long post is
    about one of its points, often far down ("for mistake #5, ..."), not about its first
    claims: on a dev page (87 comments under a ten-part article) replies bound to the first
    four claims all landed on the post's opening sentence."""
    by_message: dict[str, list[ClaimFeatures]] = defaultdict(list)
    for f in features:
        if f.claim.role != "aside":
            by_message[f.claim.message].append(f)
    choices: Choices = {}
    for key in sorted(message_stances):
        source, target = key
        if by_message.get(source) and by_message.get(target):
            quoted = _quoted_claim(by_message[target], quotes.get(key, []))
            options = [quoted] if quoted else by_message[target]
            choices[key] = (_main_claim(by_message[source]), options)
    return choices


def _stance_links(
    choices: Choices,
    message_stances: dict[tuple[str, str], tuple[str, float]],
    vectors: dict[str, np.ndarray],
) -> list[Relation]:
    """A reply's agree / rebut lands on the one claim of the target it addresses: the
    quoted one, else the one whose sentence embedding is closest to the reply's main
    claim. Agreement gives ``support``, rebuttal ``attack``."""
    relations = []
    for key, (reply, options) in choices.items():
        mine = vectors[reply.claim.sentence]
        addressed = max(options, key=lambda f: float(mine @ vectors[f.claim.sentence]))
        label, confidence = message_stances[key]
        kind = "support" if label == "agree" else "attack"
        relations.append(
            Relation(
                reply.claim.id,
                addressed.claim.id,
                kind,
                confidence,
                _evidence(reply.claim, addressed.claim),
            )
        )
    return relations


def _main_claim(claims: Sequence[ClaimFeatures]) -> ClaimFeatures:
    """A message's first main claim, else its first claim."""
    return next((f for f in claims if f.claim.role == "main"), claims[0])


def _quoted_claim(claims: Sequence[ClaimFeatures], quoted: Sequence[str]) -> ClaimFeatures | None:
    """The claim whose sentence the reply quotes (either contains the other), if any."""
    for text in quoted:
        wanted = " ".join(text.split()).lower()
        for f in claims:
            said = " ".join(f.claim.sentence.split()).lower()
            if wanted and said and (wanted in said or said in wanted):
                return f
    return None


def _similar_earlier(
    features: Sequence[ClaimFeatures],
) -> list[tuple[ClaimFeatures, ClaimFeatures]]:
    """(later, earlier) claims of different messages of one thread that share rare words:
    candidates for restate or attack, at most a few per claim, the most similar first.

    Similarity is the cosine of the two claims' IDF-weighted lemmas, weighted over the
    thread alone (shared rare words count more than shared common ones), so a thread's
    candidates do not depend on the other inputs of the run. The pairs are found and
    scored with sparse matrices (0.5 s for a 10,000-comment thread, where a loop over the
    pairs took 1.5 s).
    """
    import numpy as np
    from scipy import sparse

    if len(features) < 2:
        return []
    present = _lemma_matrix(features)
    frequency = np.asarray(present.sum(axis=0)).ravel()
    unit = _unit_rows(present.multiply(np.log((len(features) + 1) / frequency) + 1.0))
    rare = present[:, (frequency >= 2) & (frequency <= lexicon.RARE_LEMMA_MAX_POSTINGS)]
    shared = sparse.tril(rare @ rare.T, k=-1).tocoo()  # row: later claim, col: earlier
    message_ids: dict[str, int] = {}
    message = np.array(
        [message_ids.setdefault(f.claim.message, len(message_ids)) for f in features]
    )
    apart = message[shared.row] != message[shared.col]
    later, earlier = shared.row[apart], shared.col[apart]
    scores = np.asarray(unit[later].multiply(unit[earlier]).sum(axis=1)).ravel()
    order = np.lexsort((-earlier, -scores, later))
    later, earlier, scores = later[order], earlier[order], scores[order]
    first_of_claim = np.flatnonzero(np.r_[True, later[1:] != later[:-1]])
    rank = np.arange(len(later)) - np.repeat(
        first_of_claim, np.diff(np.r_[first_of_claim, len(later)])
    )
    kept = (rank < lexicon.SIMILAR_CANDIDATES_PER_CLAIM) & (
        scores >= lexicon.CANDIDATE_MIN_SIMILARITY
    )
    return [(features[i], features[j]) for i, j in zip(later[kept], earlier[kept], strict=True)]


def _lemma_matrix(features: Sequence[ClaimFeatures]):
    """Claims x lemmas, 1.0 where the claim has the lemma (CSR)."""
    import numpy as np
    from scipy import sparse

    columns: dict[str, int] = {}
    rows, cols = [], []
    for row, f in enumerate(features):
        for lemma in sorted(f.lemmas):
            rows.append(row)
            cols.append(columns.setdefault(lemma, len(columns)))
    shape = (len(features), len(columns))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)


def _unit_rows(matrix):
    """``matrix`` (CSR) with each non-empty row scaled to unit length."""
    import numpy as np
    from scipy import sparse

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ sparse.csr_matrix(matrix)


def _similar_across_threads(
    features: Sequence[ClaimFeatures],
) -> list[tuple[ClaimFeatures, ClaimFeatures]]:
    """(later, earlier) claims of different threads sharing rare words (rare over the
    whole run), the most similar one per claim."""
    frequency = Counter(lemma for f in features for lemma in f.lemmas)
    postings: dict[str, list[int]] = defaultdict(list)
    candidates = []
    for index, f in enumerate(features):
        rare = [lem for lem in f.lemmas if 2 <= frequency[lem] <= lexicon.RARE_LEMMA_MAX_POSTINGS]
        found = {i for lemma in rare for i in postings[lemma] if features[i].thread != f.thread}
        if found:
            overlap = {i: len(f.lemmas & features[i].lemmas) for i in found}
            best = max(sorted(found), key=overlap.__getitem__)
            if overlap[best] >= lexicon.CROSS_THREAD_MIN_SHARED_WORDS:
                candidates.append((f, features[best]))
        for lemma in rare:
            postings[lemma].append(index)
    return candidates


def _judge_candidates(
    candidates: Sequence[tuple[ClaimFeatures, ClaimFeatures, bool]],
    vectors: dict[str, np.ndarray],
    stance_tokens: int | None,
    classify: Classify,
) -> list[Relation]:
    """Restate where the two claims are paraphrases (close sentence embeddings, same
    polarity); attack where the two are about one point (embeddings close enough) and the
    pair model is sure one rebuts the other. The model reads only the pairs about one
    point that are not restatements, which keeps its work small."""
    group_of: dict[str, str] = {}
    relations = []
    to_judge = []
    for later, earlier, across in candidates:
        cosine = float(vectors[later.claim.sentence] @ vectors[earlier.claim.sentence])
        bar = lexicon.CROSS_THREAD_RESTATE_MIN_COSINE if across else lexicon.RESTATE_MIN_COSINE
        if cosine >= bar and later.negated == earlier.negated:
            first = group_of.get(earlier.claim.id, earlier.claim.id)
            group_of[later.claim.id] = first
            evidence = _evidence(later.claim, earlier.claim)
            relations.append(Relation(later.claim.id, first, "restate", round(cosine, 3), evidence))
        elif cosine >= lexicon.SAME_POINT_MIN_COSINE:
            to_judge.append((later, earlier))
    judged = (
        judge_claim_pairs(
            [(earlier.claim.sentence, later.claim.sentence) for later, earlier in to_judge],
            replying=False,
            stance_tokens=stance_tokens,
            classify=classify,
        )
        if to_judge
        else []
    )
    for (later, earlier), (kind, confidence) in zip(to_judge, judged, strict=True):
        if kind == "attack":
            evidence = _evidence(later.claim, earlier.claim)
            relations.append(
                Relation(later.claim.id, earlier.claim.id, "attack", confidence, evidence)
            )
    return relations


def _evidence(source: Claim, target: Claim) -> str:
    """The words of the two claims the relation joins: each claim's opening words."""
    return f"{_words(source)} | {_words(target)}"


def _words(claim: Claim) -> str:
    words = (claim.text or claim.sentence).split()
    cut = " ".join(words[:EVIDENCE_WORDS])
    return cut + (" …" if len(words) > EVIDENCE_WORDS else "")


def quotes_by_pair(messages: Iterable[Message]) -> dict[tuple[str, str], list[str]]:
    """The text each message quotes of another, by (quoting message, quoted message)."""
    quoted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for message in messages:
        for quote in message.quotes:
            if quote.source is not None and quote.source != message.id:
                quoted[(message.id, quote.source)].append(quote.text)
    return dict(quoted)
