"""Replies read as people write them: quotes, opening verdicts, sarcasm.

Expected stances are what a reader of these made-up exchanges sees.
"""

from __future__ import annotations

from argmap.model import Message
from argmap.relations import find_relations
from argmap.relations.reading import is_marked_sarcastic, read_as_written


def test_a_concession_is_left_whole_for_the_model():
    target = "Virtualbox works fine for me. I only use it to run Windows."
    reply = "Virtualbox works fine for you. But it visibly does not for many."
    assert read_as_written(target, reply) == (target, reply)


def test_a_quoted_sentence_of_the_target_becomes_the_target():
    target = "There's nothing hacky about this at all. You just set the path."
    reply = '"There\'s nothing hacky about this at all" Damn right, it is the documented way!'
    assert read_as_written(target, reply) == (
        "There's nothing hacky about this at all",
        "Damn right, it is the documented way!",
    )


def test_quoted_lines_become_the_target():
    target = "Python is slow. Use Go instead."
    reply = "> Python is slow.\nNot for this kind of work, the database is the bottleneck."
    assert read_as_written(target, reply) == (
        "Python is slow.",
        "Not for this kind of work, the database is the bottleneck.",
    )


def test_a_quotation_the_target_does_not_contain_is_left_in_the_reply():
    reply = '"Premature optimisation is the root of all evil" as Knuth said.'
    assert read_as_written("Profile first.", reply) == ("Profile first.", reply)


def test_the_sarcasm_mark_is_recognised_only_at_the_end():
    assert is_marked_sarcastic("Great idea, what could go wrong /s")
    assert not is_marked_sarcastic("Use /s in the regex to match newlines.")


def _exchange(post: str, reply: str) -> list[Message]:
    return [
        Message("t1/m0", "t1", "post", "Ann", None, None, post),
        Message("t1/m1", "t1", "comment", "Bo", None, "t1/m0", reply),
    ]


def _stances(messages: list[Message]) -> set[str]:
    return {
        r.kind
        for r in find_relations(messages, [])
        if (r.source, r.target) == ("t1/m1", "t1/m0") and r.kind in ("agree", "rebut")
    }


def test_an_opening_verdict_negating_the_target_rebuts():
    messages = _exchange(
        "VirtualBox is garbage. It crashed my kernel twice this week.",
        "Not garbage. The default configuration is not optimal, that is all.",
    )
    assert _stances(messages) == {"rebut"}


def test_a_sarcastic_reply_gets_no_stance():
    messages = _exchange(
        "We should rewrite the whole billing system over the weekend.",
        "Yes, I totally agree, nothing could possibly go wrong /s",
    )
    assert _stances(messages) == set()
