"""A thread's relations do not depend on what else is in the run.

Word weights, candidate pairs and judgements of a thread are computed from that thread
alone; claims of different threads are compared only when ``link_threads`` asks for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.model import Claim, Message
from argmap.relations import find_relations

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _message(thread: str, number: int, text: str, parent: int | None) -> Message:
    return Message(
        f"{thread}/m{number}",
        thread,
        "post" if parent is None else "comment",
        f"author{number}",
        None,
        None if parent is None else f"{thread}/m{parent}",
        text,
    )


def _thread(thread: str, texts: list[str]) -> list[Message]:
    return [_message(thread, i, text, None if i == 0 else i - 1) for i, text in enumerate(texts)]


def _claims(messages: list[Message]) -> list[Claim]:
    """One claim per message: its whole text."""
    return [Claim(f"{m.id}/c0", m.id, m.text, m.text, (0, len(m.text)), "claim") for m in messages]


def _own(relations, thread: str) -> set[tuple[str, str, str, float]]:
    return {
        (r.source, r.target, r.kind, r.confidence)
        for r in relations
        if r.source.startswith(thread + "/") and r.target.startswith(thread + "/")
    }


REMOTE = [
    "Remote work makes software teams more productive.",
    "Remote work makes software teams more productive, in my experience.",
    "No. Remote work makes teams lonely and slower to decide.",
]
#: Other threads that reuse the same words, which changed the word weights of a run.
OTHERS = [
    ["Software teams need offices.", "Offices make software teams productive."],
    ["Remote teams are lonely.", "Lonely teams decide slower, remote or not."],
    ["Productive work needs quiet.", "Quiet offices are rare; remote work is quiet."],
]


def test_a_thread_has_the_same_relations_alone_and_among_others():
    alone_messages = _thread("t1", REMOTE)
    together_messages = list(alone_messages)
    for number, texts in enumerate(OTHERS, start=2):
        together_messages += _thread(f"t{number}", texts)
    alone = find_relations(alone_messages, _claims(alone_messages))
    together = find_relations(together_messages, _claims(together_messages))
    assert _own(alone, "t1")
    assert _own(alone, "t1") == _own(together, "t1")
    threads_of = {(r.source.split("/")[0], r.target.split("/")[0]) for r in together}
    assert all(a == b for a, b in threads_of)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="seed threads not present")
def test_a_seed_thread_maps_the_same_alone_and_with_the_other_seed():
    import argmap

    first, second = sorted(CORPORA.glob("*.txt"))
    alone = argmap.map_files([first])
    together = argmap.map_files([first, second])
    assert {(r.source, r.target, r.kind, r.confidence) for r in alone.relations} == _own(
        together.relations, "t1"
    )
