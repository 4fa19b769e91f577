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
from dataclasses import dataclass
from typing import Any

from argmap.model import ArgumentMap, Claim, Message, Relation, Thread
from argmap.relations.claim_links import ClaimFeatures
from argmap.relations.classifier import Classify
from argmap.relations.cues import CueReading

__all__ = ["ThreadAnalysis", "analyse_thread", "join_threads"]


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
        part = ArgumentMap.from_dict(data["map"])
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


def analyse_thread(
    thread: Thread,
    messages: Sequence[Message],
    *,
    model: str | None = None,
    n_process: int = 1,
    stance_tokens: int | None = None,
    on_message: Callable[[], None] | None = None,
) -> ThreadAnalysis:
    """Parse one thread's messages (spaCy, ``n_process`` processes) and find its claims
    and message relations. ``stance_tokens`` is the stance model's pair length (``None``:
    as trained). ``on_message`` is called as each message is parsed.

    The stance model starts on the reply pairs known before the parse
    (:class:`~argmap.relations.link.EarlyStances`) and runs in the background while the
    messages are parsed and claims are found, so the model's threads, spaCy and the claim
    finder share the cores instead of taking turns.
    """
    from argmap.claims import extract_claims
    from argmap.nlp import load_pipeline, parse_texts
    from argmap.relations.claim_links import claim_features
    from argmap.relations.link import EarlyStances, start_message_relations

    nlp = load_pipeline(model)
    early = EarlyStances(messages, stance_tokens)
    try:
        docs = []
        for doc in parse_texts((m.text for m in messages), nlp, n_process=n_process):
            docs.append(doc)
            if on_message is not None:
                on_message()
        early.parsed()
        finish_relations = start_message_relations(messages, docs, nlp, stance_tokens, early)
        claims = extract_claims(messages, docs)
        features = claim_features(claims, messages, docs, nlp)
        relations = finish_relations()
    except BaseException:
        early.cancel()
        raise
    return ThreadAnalysis(thread, tuple(messages), tuple(claims), tuple(relations), tuple(features))


def join_threads(
    analyses: Iterable[ThreadAnalysis],
    stance_tokens: int | None = None,
    classify: Classify | None = None,
) -> ArgumentMap:
    """One map of all ``analyses`` (in run order), with the claim relations across them.
    ``classify`` judges claim pairs of different threads (default: the stance model)."""
    from argmap.relations.classifier import classify_pairs
    from argmap.relations.link import link_claims

    analyses = list(analyses)
    features = [f for a in analyses for f in a.features]
    links = (r for a in analyses for r in a.relations)
    relations = link_claims(links, features, stance_tokens, classify or classify_pairs)
    return ArgumentMap(
        tuple(a.thread for a in analyses),
        tuple(m for a in analyses for m in a.messages),
        tuple(c for a in analyses for c in a.claims),
        tuple(relations),
    )
