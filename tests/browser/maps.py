"""Hand-made and synthetic maps with key points, for the render tests.

The pipeline stage that finds key points is tested on its own; these maps only have to hold
what a real one holds (points naming claims, backers and rebutters among the messages, support
and attack between points) so the page can be checked without it.
"""

from __future__ import annotations

import random

from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Relation, Thread

__all__ = ["POINT_WORDS", "commute_debate", "synthetic_debate"]

POINT_WORDS = (
    *("remote", "work", "office", "teams", "trust", "managers", "focus", "commute"),
    *("housing", "cities", "schools", "pay", "productivity", "meetings", "mentors"),
    *("juniors", "hiring", "culture", "health", "family", "policy", "rules"),
)


def _claim(message: Message, index: int, sentence: str, text: str, role: str = "main") -> Claim:
    start = message.text.index(sentence)
    return Claim(
        f"{message.id}/c{index}",
        message.id,
        text,
        sentence,
        (start, start + len(sentence)),
        "assertion",
        role,
    )


def commute_debate() -> ArgumentMap:
    """Six messages on remote work, three key points, an unsigned comment and a premise.

    Ann and Cy both say remote work saves the commute (point p1); Bob says juniors lose their
    mentors (p2), which attacks p1 and which Dee backs; Eve's point p3 (offices cost a lot)
    supports p1. An unsigned comment agrees with Ann.
    """
    thread = Thread("t1", "commute.txt", "text", "Should we keep working from home?")
    texts = {
        "t1/m0": "Remote work saves two hours of commuting. I also sleep better now.",
        "t1/m1": "Juniors lose their mentors when nobody is in the office.",
        "t1/m2": "Not having to commute is the whole point for me.",
        "t1/m3": "Bob is right, our new hires felt lost for months.",
        "t1/m4": "Offices are expensive to rent in the city.",
        "t1/m5": "Agreed with Ann.",
    }
    authors = {"t1/m0": "Ann", "t1/m1": "Bob", "t1/m2": "Cy", "t1/m3": "Dee", "t1/m4": "Eve"}
    parents = {"t1/m1": "t1/m0", "t1/m2": "t1/m0", "t1/m3": "t1/m1", "t1/m4": "t1/m0"}
    parents["t1/m5"] = "t1/m0"
    messages = tuple(
        Message(
            mid,
            "t1",
            "post" if mid == "t1/m0" else "comment",
            authors.get(mid),
            "2025-03-01T10:00:00+00:00",
            parents.get(mid),
            text,
        )
        for mid, text in texts.items()
    )
    by_id = {m.id: m for m in messages}
    claim_sentences = (
        ("t1/m0", "Remote work saves two hours of commuting.", "remote work saves commuting"),
        ("t1/m0", "I also sleep better now.", "I sleep better"),
        (
            "t1/m1",
            "Juniors lose their mentors when nobody is in the office.",
            "juniors lose mentors",
        ),
        ("t1/m2", "Not having to commute is the whole point for me.", "no commute is the point"),
        ("t1/m4", "Offices are expensive to rent in the city.", "offices are expensive"),
    )
    roles = ("main", "premise", "main", "main", "main")
    claims = tuple(
        _claim(by_id[mid], 1 if role == "premise" else 0, sentence, text, role)
        for (mid, sentence, text), role in zip(claim_sentences, roles, strict=True)
    )
    points = (
        KeyPoint(
            "p1",
            "Working from home saves the daily commute",
            ("t1/m0/c0", "t1/m0/c1", "t1/m2/c0"),
            2,
            backers=("t1/m5",),
            rebutters=("t1/m1",),
        ),
        KeyPoint("p2", "Juniors lose their mentors", ("t1/m1/c0",), 1, backers=("t1/m3",)),
        KeyPoint("p3", "Offices cost a lot to rent", ("t1/m4/c0",), 1),
    )
    relations = (
        Relation("t1/m1", "t1/m0", "rebut", 0.8, "Juniors lose"),
        Relation("t1/m3", "t1/m1", "agree", 0.9, "Bob is right"),
        Relation("t1/m5", "t1/m0", "agree", 0.9, "Agreed"),
        Relation("p2", "p1", "attack", 0.7),
        Relation("p3", "p1", "support", 0.6),
    )
    return ArgumentMap((thread,), messages, claims, relations, points)


def synthetic_debate(
    message_count: int, point_count: int, *, words: int = 15, seed: int = 3
) -> ArgumentMap:
    """A thread of ``message_count`` messages, one or two claims each, with ``point_count``
    key points of ``words`` words grouping the claims; some points attack or support others."""
    rng = random.Random(seed)
    thread = Thread("t1", "big.html", "forum", "A long forum thread")
    messages: list[Message] = []
    claims: list[Claim] = []
    for number in range(message_count):
        parent = f"t1/m{rng.randrange(number)}" if number else None
        text = f"Sentence one by {number}. Sentence two by {number}."
        message = Message(
            f"t1/m{number}",
            "t1",
            "comment" if parent else "post",
            f"user{rng.randrange(max(2, message_count // 4))}" if number % 17 else None,
            None,
            parent,
            text,
        )
        messages.append(message)
        claims.append(_claim(message, 0, f"Sentence one by {number}.", f"claim one {number}"))
        if number % 3 == 0:
            claims.append(
                _claim(message, 1, f"Sentence two by {number}.", f"claim two {number}", "aside")
            )
    members: list[list[str]] = [[] for _ in range(point_count)]
    for claim in claims:
        if rng.random() < 0.6:
            members[rng.randrange(point_count)].append(claim.id)
    points = []
    for number, claim_ids in enumerate(members, start=1):
        claim_ids = claim_ids or [claims[number].id]
        authors = {messages[int(c.split("/")[1][1:])].author for c in claim_ids}
        text = " ".join(rng.choice(POINT_WORDS) for _ in range(words))
        backers = tuple(rng.choice(messages).id for _ in range(rng.randrange(6)))
        rebutters = tuple(rng.choice(messages).id for _ in range(rng.randrange(6)))
        points.append(
            KeyPoint(f"p{number}", text, tuple(claim_ids), len(authors), backers, rebutters)
        )
    relations = [
        Relation(
            f"p{rng.randrange(1, point_count + 1)}",
            f"p{rng.randrange(1, point_count + 1)}",
            rng.choice(("support", "attack")),
            rng.random(),
        )
        for _ in range(point_count // 2)
    ]
    relations = [r for r in relations if r.source != r.target]
    return ArgumentMap((thread,), tuple(messages), tuple(claims), tuple(relations), tuple(points))
