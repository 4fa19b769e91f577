"""Link messages and claims: reply structure, agree/rebut between messages, and
support/attack/restate between claims, each with a confidence and the words that show it.

The stance classifier runs once per (message, target) pair found by
:mod:`argmap.relations.targets` and once per bounded cross-thread claim candidate, all in
batches; everything else is dictionary look-ups, so the stage is linear in thread size.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argmap.model import Claim, Message, Relation
from argmap.relations import lexicon
from argmap.relations.claim_links import (
    ClaimFeatures,
    claim_features,
    claim_relations,
    quotes_by_pair,
)
from argmap.relations.classifier import Classify, classify_pairs
from argmap.relations.cues import NONE, CueReading, read_cues
from argmap.relations.reading import is_marked_sarcastic, read_as_written
from argmap.relations.stance import Judgement, judge_probabilities
from argmap.relations.targets import Target, find_targets

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = [
    "STANCES",
    "EarlyStances",
    "find_relations",
    "link_claims",
    "start_message_relations",
]

#: Relation kinds that carry a reply's stance toward a message.
STANCES = ("agree", "rebut")


def find_relations(
    messages: Iterable[Message],
    claims: Iterable[Claim],
    docs: Iterable[Doc] | None = None,
    *,
    link_threads: bool = False,
) -> list[Relation]:
    """All relations of a run, each thread's judged on its own, through the functions a
    run's analysis calls (:func:`start_message_relations` per thread, then
    :func:`link_claims`), for claims found elsewhere or written by hand. ``docs`` are the
    messages' parsed texts in the same order (from the pipeline's one spaCy pass); without
    them the messages are parsed here. ``link_threads`` also links claims of different
    threads."""
    from argmap.nlp import load_pipeline, parse_texts

    messages = list(messages)
    nlp = load_pipeline()
    docs = list(docs) if docs is not None else list(parse_texts((m.text for m in messages), nlp))
    features = claim_features(list(claims), messages, docs, nlp)
    by_thread: dict[str, list[int]] = defaultdict(list)
    for index, message in enumerate(messages):
        by_thread[message.thread].append(index)
    links = [
        relation
        for indices in by_thread.values()
        for relation in start_message_relations(
            [messages[i] for i in indices], [docs[i] for i in indices], nlp
        )()
    ]
    return link_claims(
        links,
        features,
        messages=messages,
        link_threads=link_threads,
    )


class EarlyStances:
    """The stance model started on a thread's reply pairs before the thread is parsed.

    Most pairs the relation stage asks about are known from the messages alone: a reply's
    whole text against its parent (or the text it quotes). Judging them in a background
    thread while spaCy parses keeps every core busy: the parse runs in this process and
    the model on one core (on all of them once :meth:`parsed` is called), where spaCy's
    own worker processes cost a third of the parse again in copying Docs between them.
    :meth:`classify` then answers those pairs from the early run and sends the model only
    the rest (targets found in the parse, such as a named person).
    """

    def __init__(
        self,
        messages: Sequence[Message],
        stance_tokens: int | None = None,
        context: Sequence[Message] = (),
    ) -> None:
        from argmap.nlp import parse_form

        by_id = {m.id: m for m in (*context, *messages)}
        pairs = {
            read_as_written(_target_text(by_id[target], quoted), parse_form(m.text))
            for m in messages
            for target, quoted in _known_targets(m, by_id).items()
        }
        self._pairs = sorted(pairs)
        self._stop = threading.Event()
        self._widen = threading.Event()
        self._answers = _model_thread().submit(
            classify_pairs, self._pairs, stance_tokens, self._stop, self._widen
        )

    def parsed(self) -> None:
        """The parse is over: let the model use every core."""
        self._widen.set()

    def cancel(self) -> None:
        """Stop the early run (the analysis failed or was interrupted), so the process
        does not wait for it on its way out."""
        self._stop.set()

    def classify(
        self, pairs: Sequence[tuple[str, str]], max_tokens: int | None = None
    ) -> list[tuple[float, ...]]:
        """:func:`~argmap.relations.classifier.classify_pairs`, from the early run where
        it judged the pair."""
        known = dict(zip(self._pairs, self._answers.result(), strict=True))
        rest = sorted({pair for pair in pairs if pair not in known})
        if rest:
            known.update(zip(rest, classify_pairs(rest, max_tokens), strict=True))
        return [known[pair] for pair in pairs]


def _known_targets(message: Message, by_id: dict[str, Message]) -> dict[str, list[str]]:
    """The messages ``message`` answers that need no parse to find (its parent, and the
    messages it quotes), each with the text quoted from it, as :func:`find_targets` has."""
    targets: dict[str, list[str]] = {}
    if message.parent in by_id:
        targets[message.parent] = []
    for quote in message.quotes:
        if quote.source in by_id and quote.source != message.id:
            targets.setdefault(quote.source, []).append(quote.text)
    return targets


def _target_text(target: Message, quoted: Sequence[str]) -> str:
    """What a reply is judged against: the text it quotes of the target, else all of it."""
    return " ".join(quoted) if quoted else target.text


def start_message_relations(
    messages: Sequence[Message],
    docs: Sequence[Doc],
    nlp: Language,
    stance_tokens: int | None = None,
    early: EarlyStances | None = None,
    context: Sequence[Message] = (),
) -> Callable[[], list[Relation]]:
    """Begin finding a thread's replies and agree/rebut between its messages (a message's
    targets are in its own thread): the work that reads the parse is done now, and the
    stance model runs in a background thread (it releases the GIL), so the caller can find
    claims meanwhile. The function returned waits for the model and gives the relations.
    ``stance_tokens`` is the model's pair length (``None``: as trained); ``early``: the
    model's run started before the parse, for the pairs it covers; ``context``: the whole
    thread, when ``messages`` are a part of it (see :func:`find_targets`)."""
    replies = [Relation(m.id, m.parent, "reply", 1.0, "") for m in messages if m.parent is not None]
    classify = early.classify if early is not None else classify_pairs
    finish_stances = _start_stances(messages, docs, nlp, stance_tokens, classify, context)

    def finish() -> list[Relation]:
        return replies + [
            Relation(source, target, label, confidence, evidence)
            for (source, target), (label, confidence, evidence) in finish_stances().items()
        ]

    return finish


def link_claims(
    message_links: Iterable[Relation],
    features: Sequence[ClaimFeatures],
    stance_tokens: int | None = None,
    classify: Classify = classify_pairs,
    *,
    messages: Iterable[Message] = (),
    link_threads: bool = False,
) -> list[Relation]:
    """``message_links`` (from :func:`start_message_relations`, any threads) followed by
    the claim relations found over ``features``, the claims of the whole run. ``classify``
    runs the pair model on claim pairs (see :func:`claim_relations`); ``messages`` give
    the text each reply quotes; ``link_threads`` also links claims of different threads."""
    relations = list(message_links)
    stances = {(r.source, r.target): (r.kind, r.confidence) for r in relations if r.kind in STANCES}
    claims = claim_relations(
        features,
        stances,
        stance_tokens,
        classify,
        quotes=quotes_by_pair(messages),
        link_threads=link_threads,
    )
    return _unique(relations + claims)


def _start_stances(
    messages: Sequence[Message],
    docs: Sequence[Doc],
    nlp: Language,
    stance_tokens: int | None,
    classify: Classify,
    context: Sequence[Message] = (),
) -> Callable[[], dict[tuple[str, str], tuple[str, float, str]]]:
    """Start judging the agree/rebut of each message toward each of its targets; the
    function returned gives those above the confidence bar. Targets outside ``messages``
    (in ``context``) are read by their text alone."""
    by_id = {m.id: m for m in (*context, *messages)}
    doc_of = {m.id: doc for m, doc in zip(messages, docs, strict=True)}
    targets = find_targets(messages, docs, context)
    by_source: dict[str, list[Target]] = defaultdict(list)
    for target in targets:
        by_source[target.source].append(target)
    questions = [
        _what_to_judge(t, by_source[t.source], by_id, doc_of[t.source], nlp) for t in targets
    ]
    addressing = {t.source for t, q in zip(targets, questions, strict=True) if q.named_cue}
    openings = [_opening(doc_of[t.source]) for t in targets]
    pairs = [(q.target_text, q.reply_text) for q in questions]
    probabilities = _model_thread().submit(classify, pairs, stance_tokens)

    def finish() -> dict[tuple[str, str], tuple[str, float, str]]:
        readings = [q.reading for q in questions]
        judgements = judge_probabilities(
            probabilities.result(), readings, openings, lexicon.MIN_RELATION_CONFIDENCE
        )
        stances = {}
        for target, question, judgement in zip(targets, questions, judgements, strict=True):
            if question.sarcastic:
                continue
            if _shown(judgement, _bar(target, question, addressing)):
                stances[(target.source, target.target)] = (
                    judgement.label,
                    judgement.confidence,
                    judgement.evidence,
                )
        return stances

    return finish


@cache
def _model_thread() -> ThreadPoolExecutor:
    """The one background thread the stance model runs in."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="argmap-stance")


@dataclass(frozen=True, slots=True)
class _Question:
    """What the classifier and cues are asked about one (reply, target) pair."""

    target_text: str
    reply_text: str
    reading: CueReading
    named_cue: bool
    sarcastic: bool = False


def _what_to_judge(
    target: Target,
    siblings: Sequence[Target],
    by_id: dict[str, Message],
    doc: Doc,
    nlp: Language,
) -> _Question:
    """Target text, reply text and cue reading for one pair.

    A named target is judged on the sentences naming it when they carry a cue; otherwise
    the whole reply is judged, with cues read only in sentences that name none of the
    reply's other targets (``siblings``: all targets of the same reply).
    """
    target_text = _target_text(by_id[target.target], target.quoted)
    if target.mentions:
        reading = read_cues(target.mentions, nlp, opens_message=_opens(target.mentions))
        if reading.label != "none":
            return _Question(target_text, " ".join(s.text for s in target.mentions), reading, True)
    elsewhere = {s.start for t in siblings if t is not target for s in t.mentions}
    own = [s for s in doc.sents if s.start not in elsewhere]
    reading = read_cues(own, nlp, opens_message=_opens(own)) if own else NONE
    verdict = _opening_verdict(own, target_text) if _opens(own) else NONE
    if verdict.strength > reading.strength:
        reading = verdict
    said = doc.text  # built from the tokens on each access: read it once
    target_text, reply_text = read_as_written(target_text, said)
    return _Question(target_text, reply_text, reading, False, is_marked_sarcastic(said))


def _opening_verdict(sentences: Sequence[Span], target_text: str) -> CueReading:
    """A reply that opens by negating the target's own words ("Not garbage." to "X is
    garbage"): the strongest sign of its stance, read as a rebuttal."""
    words = [t for t in sentences[0] if not t.is_punct]
    if not 2 <= len(words) <= lexicon.VERDICT_MAX_TOKENS or words[0].lower_ not in ("not", "no"):
        return NONE
    target_words = {w.lower() for w in target_text.split()} | {
        w.strip(".,!?;:\"'").lower() for w in target_text.split()
    }
    if any(w.lower_ in target_words and not w.is_stop for w in words[1:]):
        return CueReading("rebut", lexicon.VERDICT_STRENGTH, sentences[0].text.strip())
    return NONE


def _bar(target: Target, question: _Question, addressing: set[str]) -> float:
    """The confidence a stance needs to be shown: higher when the reply openly answers
    someone else, or when a target is only named, with no cue toward it."""
    answers_someone_else = target.source in addressing and not question.named_cue
    only_named = target.reasons == {"named"} and not question.named_cue
    if answers_someone_else or only_named:
        return lexicon.PARENT_WHEN_ADDRESSED_MIN
    return lexicon.MIN_RELATION_CONFIDENCE


def _opens(sentences: Sequence[Span]) -> bool:
    return bool(sentences) and sentences[0].start == 0


def _opening(doc: Doc) -> str:
    return next((s.text.strip() for s in doc.sents), "")


def _shown(judgement: Judgement, bar: float) -> bool:
    return judgement.label != "none" and judgement.confidence >= bar


def _unique(relations: list[Relation]) -> list[Relation]:
    """One relation per (source, target, kind), the first found."""
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for relation in relations:
        key = (relation.source, relation.target, relation.kind)
        if key not in seen:
            seen.add(key)
            unique.append(relation)
    return unique
