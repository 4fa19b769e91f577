"""Questions an analyst asks of a map, answered over its networkx graph.

Who backs a claim and who attacks it is read from two levels of the graph:

* claim level: ``support`` / ``attack`` edges from another claim;
* message level: ``agree`` / ``rebut`` edges aimed at the message that asserts the claim,
  counted only for the message's one ``main`` claim. A message with several main claims
  gets none of them: one agreeing reply to a long post says nothing about which of its
  claims it backs (the relation stage links a reply's stance to the claim it addresses).

Backers and attackers are counted as distinct *messages* (a claim's supporter counts as the
message that asserts it), so one comment that both agrees with a message and supports one of
its claims counts once.

The examples use :func:`argmap.graph.example.example_debate`: Ann posts two claims, Bob's
claim attacks her first one and Cy agrees with her post.

>>> from argmap.graph.example import example_debate
>>> m = example_debate()
>>> [e.claim.id for e in contested(m)]
['t1/m0/c0']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import networkx as nx

from argmap.errors import Problem, UsageError
from argmap.graph.build import author_node, to_graph

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, Message

__all__ = [
    "Engagement",
    "agreement_matrix",
    "central_claims",
    "claims_by",
    "consensus",
    "contested",
    "engagement",
    "speaker_name",
    "subgraph",
    "summary",
    "unanswered",
]

#: Edges that back (+1) or oppose (-1) what they point at.
STANCE = {"agree": 1, "support": 1, "rebut": -1, "attack": -1}
#: Edges by which someone takes up a message or a claim (a reply, a stance or a restatement).
ENGAGING = {"replies_to", "agree", "rebut", "support", "attack", "restate"}


@dataclass(frozen=True)
class Engagement:
    """A claim with the messages that back it and the messages that attack it."""

    claim: Claim
    backers: tuple[str, ...]
    attackers: tuple[str, ...]

    @property
    def controversy(self) -> float:
        """``(backers + attackers) × min/max``: high when many take part and they split evenly.

        A 1–1 split scores 2, 3–1 scores 1.33 and 3–3 scores 6, so an even, busy quarrel
        outranks both a lopsided one and a small one.
        """
        backed, attacked = len(self.backers), len(self.attackers)
        if not backed or not attacked:
            return 0.0
        return (backed + attacked) * min(backed, attacked) / max(backed, attacked)


def _message_of(amap: ArgumentMap, node: str) -> str | None:
    """The message a node speaks for: itself, or the message asserting a claim."""
    kind = to_graph(amap).nodes[node].get("type")
    if kind == "message":
        return node
    if kind == "claim":
        return to_graph(amap).nodes[node]["message"]
    return None


def _stance_sources(amap: ArgumentMap, node: str, sign: int) -> list[str]:
    """Messages whose edges into ``node`` take the stance ``sign`` (+1 backs, -1 opposes)."""
    sources = []
    for source, _, kind in to_graph(amap).in_edges(node, data="type"):
        if STANCE.get(kind) == sign:
            message = _message_of(amap, source)
            if message is not None:
                sources.append(message)
    return sources


def engagement(amap: ArgumentMap) -> list[Engagement]:
    """Backers and attackers of every claim, in map order (see the module docstring).

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> for e in engagement(m):
    ...     print(e.claim.id, e.backers, e.attackers)
    t1/m0/c0 ('t1/m2',) ('t1/m1',)
    t1/m0/c1 () ()
    t1/m1/c0 () ()
    """
    mains = Counter(c.message for c in amap.claims if c.role == "main")
    result = []
    for claim in amap.claims:
        stances = {}
        sole_main = claim.role == "main" and mains[claim.message] == 1
        for sign in (1, -1):
            sources = _stance_sources(amap, claim.id, sign)
            if sole_main:
                sources += _stance_sources(amap, claim.message, sign)
            stances[sign] = tuple(dict.fromkeys(s for s in sources if s != claim.message))
        result.append(Engagement(claim, stances[1], stances[-1]))
    return result


def claims_by(
    amap: ArgumentMap, *, author: str | None = None, thread: str | None = None
) -> list[Claim]:
    """Claims put forward by ``author`` (a name as written) and/or in ``thread`` (an id).

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> [c.id for c in claims_by(m, author="Ann")]
    ['t1/m0/c0', 't1/m0/c1']
    >>> claims_by(m, author="Bob", thread="t1")[0].text
    'dogs rule'
    """
    if thread is not None:
        _require(amap, thread, "thread")
    found = []
    for claim in amap.claims:
        message = amap.message(claim.message)
        if author is not None and message.author != author:
            continue
        if thread is not None and message.thread != thread:
            continue
        found.append(claim)
    return found


def contested(amap: ArgumentMap, k: int = 10) -> list[Engagement]:
    """The ``k`` claims both backed and attacked, most controversial first.

    Ranked by :attr:`Engagement.controversy`; ties keep map order.

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> [(e.claim.text, len(e.backers), len(e.attackers)) for e in contested(m)]
    [('cats rule', 1, 1)]
    """
    split = [e for e in engagement(amap) if e.backers and e.attackers]
    return sorted(split, key=lambda e: -e.controversy)[:k]


def consensus(amap: ArgumentMap, k: int = 10) -> list[Engagement]:
    """The ``k`` claims with more backers than attackers: most net backing first.

    Ties go to the claim with more backers, then to map order.

    >>> from dataclasses import replace
    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> [e.claim.text for e in consensus(m)]  # Cy backs "cats rule", Bob attacks it
    []
    >>> calm = replace(m, relations=tuple(r for r in m.relations if r.kind != "attack"))
    >>> [e.claim.text for e in consensus(calm)]
    ['cats rule']
    """
    agreed = [e for e in engagement(amap) if len(e.backers) > len(e.attackers)]
    return sorted(agreed, key=lambda e: (len(e.attackers) - len(e.backers), -len(e.backers)))[:k]


def unanswered(
    amap: ArgumentMap, of: Literal["messages", "claims"] = "messages"
) -> list[Message] | list[Claim]:
    """Messages (or claims) nobody took up, in map order.

    A message is unanswered when no other message replies to it, agrees with it or rebuts
    it, and no claim of another message supports, attacks or restates one of its claims. A
    claim is unanswered when no other claim supports, attacks or restates it and no message
    agrees with or rebuts the message asserting it (a bare reply to its message does not
    count: it need not be about this claim).

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> [x.id for x in unanswered(m)]
    ['t1/m1', 't1/m2']
    >>> [x.id for x in unanswered(m, of="claims")]
    ['t1/m1/c0']
    """
    if of == "messages":
        taken_up = {
            _message_of(amap, target)
            for source, target, kind in to_graph(amap).edges(data="type")
            if kind in ENGAGING and _message_of(amap, source) != _message_of(amap, target)
        }
        return [message for message in amap.messages if message.id not in taken_up]
    if of == "claims":
        return [
            claim
            for claim in amap.claims
            if not _engaged_claim(amap, claim.id) and not _engaged_claim(amap, claim.message)
        ]
    known = "'messages' or 'claims'"
    raise UsageError(Problem.UNKNOWN_CHOICE.format(name="of", value=of, known=known))


def _engaged_claim(amap: ArgumentMap, node: str) -> bool:
    """Whether another message takes a stance on (or restates) ``node``."""
    own = _message_of(amap, node)
    return any(
        kind in ENGAGING - {"replies_to"} and _message_of(amap, source) != own
        for source, _, kind in to_graph(amap).in_edges(node, data="type")
    )


def agreement_matrix(
    amap: ArgumentMap, *, as_graph: bool = False, unsigned: bool = False
) -> dict[str, dict[str, int]] | nx.DiGraph:
    """Author × author: how often the row author agrees with the column author, minus how
    often they disagree.

    Agreement is an ``agree`` edge between their messages or a ``support`` edge between
    their claims; disagreement is ``rebut`` or ``attack``. An author answering themselves
    is left out, and so are unsigned messages unless ``unsigned=True``, which names each
    one ``anonymous (<message id>)`` (unsigned messages may all be different people). Only
    pairs that interacted appear (a pair that agreed once and disagreed once shows ``0``).
    With ``as_graph=True`` the answer is a ``networkx.DiGraph`` whose edges carry
    ``weight`` (the difference), ``agree`` and ``disagree`` counts.

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> agreement_matrix(m)
    {'Bob': {'Ann': -1}, 'Cy': {'Ann': 1}}
    >>> agreement_matrix(m, unsigned=True) == agreement_matrix(m)
    True
    >>> sorted(agreement_matrix(m, as_graph=True).edges(data="weight"))
    [('Bob', 'Ann', -1), ('Cy', 'Ann', 1)]
    """
    counts: Counter[tuple[str, str, int]] = Counter()
    for source, target, kind in to_graph(amap).edges(data="type"):
        sign = STANCE.get(kind)
        if sign is None:
            continue
        speaker = _author_of(amap, source, unsigned)
        addressee = _author_of(amap, target, unsigned)
        if speaker and addressee and speaker != addressee:
            counts[speaker, addressee, sign] += 1
    pairs = sorted({(speaker, addressee) for speaker, addressee, _ in counts})
    if as_graph:
        graph = nx.DiGraph()
        for speaker, addressee in pairs:
            agree, disagree = counts[speaker, addressee, 1], counts[speaker, addressee, -1]
            graph.add_edge(
                speaker, addressee, weight=agree - disagree, agree=agree, disagree=disagree
            )
        return graph
    matrix: dict[str, dict[str, int]] = {}
    for speaker, addressee in pairs:
        net = counts[speaker, addressee, 1] - counts[speaker, addressee, -1]
        matrix.setdefault(speaker, {})[addressee] = net
    return matrix


def _author_of(amap: ArgumentMap, node: str, unsigned: bool = False) -> str:
    """The author of the message behind ``node``; ``""`` when unknown (or unsigned and
    ``unsigned`` is false)."""
    message = _message_of(amap, node)
    if message is None:
        return ""
    author = to_graph(amap).nodes[message]["author"]
    return speaker_name(author, message) if unsigned else author


def speaker_name(author: str | None, message_id: str) -> str:
    """How reports name whoever wrote a message: the author, or ``anonymous (t1/m2)``.

    >>> speaker_name("", "t1/m2")
    'anonymous (t1/m2)'
    """
    return author or f"anonymous ({message_id})"


def central_claims(amap: ArgumentMap, k: int = 10) -> list[tuple[Claim, float]]:
    """The ``k`` claims with the highest PageRank over ``support`` and ``attack`` edges.

    Rank flows from a supporting or attacking claim to the claim it aims at, so the claims
    the argument turns around come first. Claims with no such edge are not ranked (with no
    edges at all the answer is empty); ties keep map order.

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> [(c.id, round(score, 2)) for c, score in central_claims(m)]
    [('t1/m0/c0', 0.65), ('t1/m1/c0', 0.35)]
    """
    argument = nx.DiGraph()
    graph = to_graph(amap)
    for source, target, kind in graph.edges(data="type"):
        claims = graph.nodes[source]["type"] == graph.nodes[target]["type"] == "claim"
        if kind in ("support", "attack") and claims:  # not the links between key points
            argument.add_edge(source, target)
    if not argument:
        return []
    ranks = nx.pagerank(argument)
    order = {claim.id: index for index, claim in enumerate(amap.claims)}
    ranked = sorted(ranks, key=lambda node: (-ranks[node], order.get(node, len(order))))
    return [(amap.claim(node), ranks[node]) for node in ranked[:k]]


def subgraph(
    amap: ArgumentMap,
    *,
    thread: str | None = None,
    around: str | None = None,
    hops: int = 2,
) -> nx.MultiDiGraph:
    """A copy of part of the graph: one thread's nodes, the neighbourhood of a claim
    (every node within ``hops`` edges of it, whatever their direction or kind), or both.

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> sorted(subgraph(m, around="t1/m1/c0", hops=1))
    ['t1/m0/c0', 't1/m1', 't1/m1/c0']
    >>> len(subgraph(m, thread="t1")) == len(to_graph(m))
    True
    """
    nodes: set[str] = set(to_graph(amap))
    if thread is not None:
        _require(amap, thread, "thread")
        nodes &= _thread_nodes(amap, thread)
    if around is not None:
        _require(amap, around, "claim")
        nodes &= set(nx.ego_graph(to_graph(amap).to_undirected(as_view=True), around, radius=hops))
    return to_graph(amap).subgraph(nodes).copy()


def _thread_nodes(amap: ArgumentMap, thread: str) -> set[str]:
    messages = [m for m in amap.messages if m.thread == thread]
    nodes = {thread} | {m.id for m in messages}
    nodes |= {author_node(m.author) for m in messages if m.author}
    nodes |= {c.id for c in amap.claims if c.message in nodes}
    return nodes


def _require(amap: ArgumentMap, node: str, kind: str) -> None:
    if to_graph(amap).nodes.get(node, {}).get("type") != kind:
        raise UsageError(Problem.NOT_IN_MAP.format(kind=kind, node=node))


def summary(amap: ArgumentMap) -> dict[str, int]:
    """How much there is: threads, messages, named authors, claims, each relation kind,
    contested claims and unanswered messages.

    >>> from argmap.graph.example import example_debate
    >>> m = example_debate()
    >>> summary(m)  # doctest: +NORMALIZE_WHITESPACE
    {'threads': 1, 'messages': 3, 'authors': 3, 'claims': 3, 'reply': 2, 'agree': 1,
     'rebut': 0, 'support': 0, 'attack': 1, 'restate': 0, 'contested': 1, 'unanswered': 2}
    """
    from argmap.model import RELATION_KINDS

    kinds = Counter(relation.kind for relation in amap.relations)
    return {
        "threads": len(amap.threads),
        "messages": len(amap.messages),
        "authors": len(_distinct(m.author for m in amap.messages if m.author)),
        "claims": len(amap.claims),
        **{kind: kinds[kind] for kind in RELATION_KINDS},
        "contested": len(contested(amap, k=len(amap.claims))),
        "unanswered": len(unanswered(amap)),
    }


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
