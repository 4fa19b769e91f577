"""Link messages: replies from the thread structure, agreement from explicit cues."""

from __future__ import annotations

import re
from collections.abc import Iterable

from argmap.model import Claim, Message, Relation

__all__ = ["find_relations"]

AGREE_WITH = re.compile(r"\bI (?:totally |completely |fully )?agree with (\w+)", re.IGNORECASE)
#: Confidence of an explicit "I agree with NAME": the words say it outright.
EXPLICIT_CUE_CONFIDENCE = 0.9


def find_relations(messages: Iterable[Message], claims: Iterable[Claim]) -> list[Relation]:
    """Reply links for every message with a parent, and ``agree`` for "I agree with NAME"."""
    messages = list(messages)
    relations = [
        Relation(m.id, m.parent, "reply", 1.0, "") for m in messages if m.parent is not None
    ]
    latest_by_first_name: dict[tuple[str, str], Message] = {}
    for message in messages:
        for match in AGREE_WITH.finditer(message.text):
            target = latest_by_first_name.get((message.thread, match.group(1).lower()))
            if target is not None:
                relations.append(
                    Relation(
                        message.id, target.id, "agree", EXPLICIT_CUE_CONFIDENCE, match.group(0)
                    )
                )
        if message.author:
            first_name = message.author.split()[0].lower()
            latest_by_first_name[(message.thread, first_name)] = message
    return relations
