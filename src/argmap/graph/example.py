"""A tiny hand-made debate for examples and doctests, like networkx's small named graphs.

>>> from argmap.graph.example import example_debate
>>> [m.author for m in example_debate().messages]
['Ann', 'Bob', 'Cy']
"""

from __future__ import annotations

from argmap.model import ArgumentMap, Claim, Message, Relation, Thread

__all__ = ["example_debate"]


def example_debate() -> ArgumentMap:
    """Ann posts a claim and a premise for it; Bob replies and his claim attacks her
    claim; Cy replies "I agree with Ann"."""
    return ArgumentMap(
        (Thread("t1", "cats.txt", "text", "Cats or dogs"),),
        (
            Message("t1/m0", "t1", "post", "Ann", None, None, "Cats rule. Dogs drool."),
            Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", "No, dogs rule."),
            Message("t1/m2", "t1", "comment", "Cy", None, "t1/m0", "I agree with Ann."),
        ),
        (
            Claim("t1/m0/c0", "t1/m0", "cats rule", "Cats rule.", (0, 10), "evaluation"),
            Claim(
                "t1/m0/c1", "t1/m0", "dogs drool", "Dogs drool.", (11, 22), "assertion", "premise"
            ),
            Claim("t1/m1/c0", "t1/m1", "dogs rule", "No, dogs rule.", (0, 14), "evaluation"),
        ),
        (
            Relation("t1/m1", "t1/m0", "reply", 1.0),
            Relation("t1/m2", "t1/m0", "reply", 1.0),
            Relation("t1/m2", "t1/m0", "agree", 0.9, "I agree with Ann"),
            Relation("t1/m1/c0", "t1/m0/c0", "attack", 0.8, "No"),
        ),
    )
