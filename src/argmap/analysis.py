"""The analysis of one thread, and the whole-run pass that joins the threads of a run.

Everything that reads a thread's parsed ``Doc`` objects (its claims, the stance of each reply
toward its targets, the words and cues of each claim) happens in :func:`analyse_thread`, one
thread at a time. So the ``Doc`` objects live only while their thread is analysed, a thread
can be analysed in a worker process or on a Dask cluster, and its result can be cached.
:func:`join_threads` then compares the claims of every thread in one pass: word weights,
restatements and cross-thread support/attack need the whole run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from argmap.language import ENGLISH
from argmap.model import ArgumentMap, Claim, Message, Relation, Thread, from_dict
from argmap.relations.claim_links import ClaimFeatures
from argmap.relations.classifier import Classify
from argmap.relations.cues import CueReading

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = [
    "ANALYSIS_VERSION",
    "PART_MESSAGES",
    "ThreadAnalysis",
    "ThreadPart",
    "analyse_part",
    "analyse_thread",
    "join_parts",
    "join_threads",
    "parsed_claims",
    "thread_parts",
]

#: Part of every cached analysis's key (``argmap.cache``): raise it when the analysis
#: changes in a way its code and data digests cannot see (an upgraded dependency, say).
ANALYSIS_VERSION = 2


@dataclass(frozen=True)
class ThreadAnalysis:
    """What one thread contributes to a map: its claims, its replies and agree/rebut
    relations, and the features its claims are compared by."""

    thread: Thread
    messages: tuple[Message, ...]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    features: tuple[ClaimFeatures, ...]

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (argmap/1 map of the thread, plus claim features)."""
        part = ArgumentMap((self.thread,), self.messages, self.claims, self.relations)
        return {
            "map": part.as_dict(),
            "features": [
                {
                    "claim": f.claim.id,
                    "lemmas": sorted(f.lemmas),
                    "negated": f.negated,
                    "cue": [f.cue.label, f.cue.strength, f.cue.evidence],
                }
                for f in self.features
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ThreadAnalysis:
        """The inverse of :meth:`as_dict`."""
        part = from_dict(data["map"])
        (thread,) = part.threads
        claims = {c.id: c for c in part.claims}
        features = tuple(
            ClaimFeatures(
                claims[f["claim"]],
                thread.id,
                frozenset(f["lemmas"]),
                f["negated"],
                CueReading(*f["cue"]),
            )
            for f in data["features"]
        )
        return cls(thread, part.messages, part.claims, part.relations, features)


#: A thread with more English messages than this is analysed in parts of at most this many
#: consecutive messages, each with the whole thread as context, so worker processes can
#: share a big thread (each part's ``Doc`` objects stay in its worker). The parts of a
#: thread depend on the thread alone, never on how many processes a run has.
PART_MESSAGES = 1000


@dataclass(frozen=True)
class ThreadPart:
    """Consecutive English messages of one thread, ``start`` to ``stop`` in the thread's
    English messages, analysed on their own. ``messages`` is the whole thread, each with
    its language named; the first part also reads the messages in other languages."""

    thread: Thread
    messages: tuple[Message, ...]
    start: int
    stop: int

    @property
    def size(self) -> int:
        """The messages this part analyses."""
        others = sum(not _reads_english(m) for m in self.messages) if self.start == 0 else 0
        return self.stop - self.start + others


def thread_parts(thread: Thread, messages: Sequence[Message]) -> list[ThreadPart]:
    """Name the language of the thread and of each message, then cut the thread's English
    messages into parts of at most :data:`PART_MESSAGES` (one part for most threads)."""
    from argmap.language import message_languages

    languages, main_language = message_languages([m.text for m in messages], thread.language)
    thread = replace(thread, language=main_language)
    messages = tuple(replace(m, language=lang) for m, lang in zip(messages, languages, strict=True))
    english = sum(_reads_english(m) for m in messages)
    starts = range(0, max(english, 1), PART_MESSAGES)
    return [ThreadPart(thread, messages, a, min(a + PART_MESSAGES, english)) for a in starts]


def analyse_thread(
    thread: Thread,
    messages: Sequence[Message],
    *,
    model: str | None = None,
    n_process: int = 1,
    stance_tokens: int | None = None,
    on_message: Callable[[], None] | None = None,
) -> ThreadAnalysis:
    """Name the language of the thread and of each message, then parse the messages (spaCy,
    ``n_process`` processes) and find claims and message relations where a pipeline reads
    them. ``model`` is a pipeline choice (:func:`argmap.nlp.parse_model_choice`);
    ``stance_tokens`` is the stance model's pair length (``None``: as trained);
    ``on_message`` is called as each message is done.

    English messages get the whole analysis: claims from the claim detector, agree/rebut
    toward the English messages they answer, and the features cross-thread claim links are
    found by. Messages in another language with a loaded pipeline get claims from its parse
    (:func:`parsed_claims`) and nothing learnt from English. Messages in a language with no
    pipeline keep their text, author, time and replies, and get no claims. No stance link
    is ever drawn between messages of different languages.

    A big thread is analysed part by part (:func:`thread_parts`), here one after another;
    :mod:`argmap.parallel` hands the parts of big threads to worker processes instead.
    """
    parts = thread_parts(thread, messages)
    options = {"model": model, "n_process": n_process, "stance_tokens": stance_tokens}
    return join_parts([analyse_part(part, on_message=on_message, **options) for part in parts])


def analyse_part(
    part: ThreadPart,
    *,
    model: str | None = None,
    n_process: int = 1,
    stance_tokens: int | None = None,
    on_message: Callable[[], None] | None = None,
) -> ThreadAnalysis:
    """The claims, stance relations and claim features of one part of a thread (see
    :func:`analyse_thread`); :func:`join_parts` makes the thread's analysis of them."""
    from argmap.nlp import load_pipelines

    done = on_message or (lambda: None)
    pipelines = load_pipelines(model)
    english = [m for m in part.messages if _reads_english(m)]
    claims, relations, features = _analyse_english(
        english[part.start : part.stop], english, pipelines[ENGLISH], n_process, stance_tokens, done
    )
    if part.start == 0:
        for language, group in _other_languages(part.messages).items():
            if language in pipelines:
                claims += parsed_claims(group, _parse(group, pipelines[language], n_process, done))
            else:
                for _message in group:
                    done()
    # The first part carries the thread's messages; the others add claims and relations.
    messages = part.messages if part.start == 0 else ()
    return ThreadAnalysis(part.thread, messages, tuple(claims), tuple(relations), tuple(features))


def join_parts(parts: Sequence[ThreadAnalysis]) -> ThreadAnalysis:
    """One thread's analysis from those of its parts (:func:`analyse_part`), in part order:
    its claims in message order, its replies, then each part's other relations."""
    thread, messages = parts[0].thread, parts[0].messages
    position = {m.id: i for i, m in enumerate(messages)}
    claims = sorted((c for part in parts for c in part.claims), key=lambda c: position[c.message])
    replies = [Relation(m.id, m.parent, "reply", 1.0, "") for m in messages if m.parent is not None]
    relations = replies + [r for part in parts for r in part.relations if r.kind != "reply"]
    features = tuple(f for part in parts for f in part.features)
    return ThreadAnalysis(thread, messages, tuple(claims), tuple(relations), features)


def _reads_english(message: Message) -> bool:
    """Whether the English analysis reads ``message``: English, or of no known language
    (a thread none of whose messages could be told is analysed as English, as it always
    was)."""
    return message.language in (ENGLISH, None)


def _other_languages(messages: Sequence[Message]) -> dict[str, list[Message]]:
    """The messages not in English, by language, in thread order."""
    groups: dict[str, list[Message]] = {}
    for message in messages:
        if not _reads_english(message):
            groups.setdefault(str(message.language), []).append(message)
    return groups


def _parse(
    messages: Sequence[Message], nlp: Language, n_process: int, done: Callable[[], None]
) -> list[Doc]:
    """Parse ``messages`` in order, calling ``done`` after each."""
    from argmap.nlp import parse_texts

    docs = []
    for doc in parse_texts((m.text for m in messages), nlp, n_process=n_process):
        docs.append(doc)
        done()
    return docs


def _analyse_english(
    messages: Sequence[Message],
    context: Sequence[Message],
    nlp: Language,
    n_process: int,
    stance_tokens: int | None,
    done: Callable[[], None],
) -> tuple[list[Claim], list[Relation], list[ClaimFeatures]]:
    """Claims, relations and claim features of English messages. A premise supports its
    message's main claim (:func:`argmap.claims.premise_links`).

    The stance model starts on the reply pairs known before the parse
    (:class:`~argmap.relations.link.EarlyStances`) and runs in the background while the
    messages are parsed and claims are found, so the model's threads, spaCy and the claim
    finder share the cores instead of taking turns. ``context`` holds every English message
    of the thread (``messages`` may be a part of them): a reply is judged against its
    targets there, and only there, so a reply to a message in another language gets no
    stance.
    """
    from argmap.claims import extract_claims, premise_links
    from argmap.relations.claim_links import claim_features
    from argmap.relations.link import EarlyStances, start_message_relations

    if not messages:
        return [], [], []
    early = EarlyStances(messages, stance_tokens, context)
    try:
        docs = _parse(messages, nlp, n_process, done)
        early.parsed()
        finish_relations = start_message_relations(
            messages, docs, nlp, stance_tokens, early, context
        )
        claims = extract_claims(messages, docs)
        features = claim_features(claims, messages, docs, nlp)
        relations = list(finish_relations())
    except BaseException:
        early.cancel()
        raise
    linked = {(r.source, r.target) for r in relations if r.kind == "support"}
    relations += [r for r in premise_links(claims) if (r.source, r.target) not in linked]
    return list(claims), relations, list(features)


#: A sentence with fewer words is not a claim candidate in a language argmap has no claim
#: detector for: greetings, thanks and sign-offs ("Danke!", "Liebe Grüße") are that short.
MIN_CANDIDATE_WORDS = 4
#: Universal POS tags of a finite clause's head: a sentence without one is a fragment.
CLAUSE_HEADS = ("VERB", "AUX")
_QUESTION_ENDS = ("?", "？")


def parsed_claims(messages: Sequence[Message], docs: Sequence[Doc]) -> list[Claim]:
    """Claim candidates from the parse of messages in a language other than English.

    The learned claim detector and the canonical wording are English-only, so a candidate is
    a sentence as written: not a question, at least :data:`MIN_CANDIDATE_WORDS` words, and,
    where the pipeline tags parts of speech, with a verb. Each is an ``assertion``.
    """
    claims: list[Claim] = []
    for message, doc in zip(messages, docs, strict=True):
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        number = 0
        for sentence in sentences:
            if not _is_candidate(sentence):
                continue
            text = sentence.text.strip()
            start = sentence.start_char + sentence.text.index(text)
            claims.append(
                Claim(
                    id=f"{message.id}/c{number}",
                    message=message.id,
                    text=text,
                    sentence=text,
                    span=(start, start + len(text)),
                    type="assertion",
                )
            )
            number += 1
    return claims


def _is_candidate(sentence: Span) -> bool:
    text = sentence.text.strip()
    if not text or text.endswith(_QUESTION_ENDS):
        return False
    if sum(token.is_alpha for token in sentence) < MIN_CANDIDATE_WORDS:
        return False
    if sentence.doc.has_annotation("POS"):
        return any(token.pos_ in CLAUSE_HEADS for token in sentence)
    return True


def join_threads(
    analyses: Iterable[ThreadAnalysis],
    stance_tokens: int | None = None,
    classify: Classify | None = None,
    link_threads: bool = False,
) -> ArgumentMap:
    """One map of all ``analyses`` (in run order), with the claim relations of each thread
    (the same whatever else the run holds) and, with ``link_threads``, across threads; then
    each thread's key points (:func:`argmap.points.standing.map_points`). ``classify``
    judges claim pairs (default: the stance model)."""
    from argmap.points.standing import map_points
    from argmap.relations.classifier import classify_pairs
    from argmap.relations.link import link_claims

    analyses = list(analyses)
    messages = tuple(m for a in analyses for m in a.messages)
    claims = tuple(c for a in analyses for c in a.claims)
    relations = link_claims(
        (r for a in analyses for r in a.relations),
        [f for a in analyses for f in a.features],
        stance_tokens,
        classify or classify_pairs,
        messages=list(messages),
        link_threads=link_threads,
    )
    # Key points are grouped by an English-trained model: claims found in another language's
    # parse are left out of them, so no point joins claims of different languages.
    english = {m.id for m in messages if _reads_english(m)}
    points, point_links = map_points(
        [c for c in claims if c.message in english], messages, relations
    )
    return ArgumentMap(
        tuple(a.thread for a in analyses), messages, claims, (*relations, *point_links), points
    )
