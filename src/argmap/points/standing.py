"""Key points on a map: group a thread's claims into points, count who holds each, who
backs and who rebuts it, and link the points by the claim relations between them.

:func:`argmap.points.group.key_points` groups the texts; this module turns its groups into
the map's :class:`~argmap.model.KeyPoint` values and point-to-point relations. Claims are
grouped within their own thread, so a thread's points do not depend on what else a run
maps. A group of one claim is a point only when someone engages with it (backs or rebuts
it, or answers the message when it is that message's one main claim or when the message
is the thread's post): singletons nobody takes up stay plain claims. A premise or aside
that a claim of another message supports or attacks is a point of its own too (a reply
contesting a premise far down a long post contests that premise). Points held by as many
people are ranked by that engagement, messages' positions before such side claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from argmap.model import Claim, KeyPoint, Message, Relation
from argmap.points.group import key_points, point_name

__all__ = ["BACKING", "OPPOSING", "map_points"]

#: Relation kinds that back or oppose their target.
BACKING = ("agree", "support")
OPPOSING = ("rebut", "attack")
#: Claim roles whose claims are grouped: the positions messages argue for. Premises and
#: asides are reasons and remarks, shown under the claims they serve (a message with no
#: claim of these roles is grouped by its first claim: :func:`_positions`).
GROUPED_ROLES = ("main",)

#: Texts → groups of two or more, each as (member indices, the group's name).
Grouper = Callable[[Sequence[str]], list[tuple[tuple[int, ...], str]]]


def map_points(
    claims: Sequence[Claim],
    messages: Sequence[Message],
    relations: Sequence[Relation],
    group: Grouper | None = None,
) -> tuple[tuple[KeyPoint, ...], tuple[Relation, ...]]:
    """The key points of each thread among ``claims``, and the support / attack relations
    between them. ``group`` maps texts to named groups (default: the trained grouping of
    :func:`argmap.points.group.key_points`, which names a group by its most central
    member); every name, a lone claim's included, is cut to
    :data:`~argmap.points.group.MAX_NAME_WORDS` words. Points are numbered ``t1/p1``... per
    thread, the most prevalent first.
    """
    group = group or _trained_groups
    author = {m.id: m.author or f"unsigned {m.id}" for m in messages}
    stance = _Stances(claims, relations)
    replies = _replies(messages)
    posts = {m.id for m in messages if m.kind == "post"}
    points: list[KeyPoint] = []
    taken_up = _taken_up(claims, relations)
    for thread, positions in _by_thread(claims).items():
        found: list[_Found] = []
        own, candidates = _candidates(positions, taken_up.get(thread, []), group)
        for members, name in candidates:
            point = _point(own, members, name, author, stance)
            answered = {stance.answered_as(c, posts) for c in point.members} - {None}
            engaged = len(set(point.backers) | set(point.rebutters)) + sum(
                len(replies.get(m, ())) / stance.grouped_count(m) for m in answered
            )
            if len(members) > 1 or engaged > 0:
                side_claim = min(members) >= len(positions)
                found.append(_Found(point, engaged, min(members), side_claim))
        found.sort(key=_Found.rank)
        numbered = enumerate((f.point for f in found), start=1)
        points += [_numbered(point, f"{thread}/p{n}") for n, point in numbered]
    return tuple(points), tuple(_point_links(points, relations))


@dataclass(frozen=True)
class _Found:
    """A candidate point, with the messages that engage with it (back, rebut or answer it)
    and the position of its first claim in the thread."""

    point: KeyPoint
    engaged: float
    first: int
    side_claim: bool = False

    def rank(self) -> tuple[int, bool, float, int, int]:
        """Most held first; among points held by as many people, messages' positions before
        side claims someone took up, then the most engaged, then the bigger, then the
        earlier."""
        return (
            -self.point.prevalence,
            self.side_claim,
            -self.engaged,
            -len(self.point.members),
            self.first,
        )


def _replies(messages: Sequence[Message]) -> dict[str | None, set[str]]:
    """The messages that answer each message (by reply), by message id. Answers count for
    a claim only when it is its message's one grouped claim or a claim of the thread's
    post (:meth:`_Stances.answered_as`): a reply to a long comment answers none of its
    claims in particular."""
    answers: dict[str | None, set[str]] = defaultdict(set)
    for message in messages:
        if message.parent is not None:
            answers[message.parent].add(message.id)
    return answers


def _trained_groups(texts: Sequence[str]) -> list[tuple[tuple[int, ...], str]]:
    return [(point.members, point.text) for point in key_points(texts)]


def _positions(claims: Sequence[Claim]) -> list[Claim]:
    """The claims that stand for their message's position, which are grouped into points:
    its ``main`` claims, or, in a message that has none (claims from a map written before
    every message with claims had one, or given by a caller), the first claim it puts
    forward, which is what it adds to the debate."""
    with_main = {c.message for c in claims if c.role in GROUPED_ROLES}
    chosen, seen = [], set()
    for claim in claims:
        if claim.role in GROUPED_ROLES or not (claim.message in with_main or claim.message in seen):
            chosen.append(claim)
            seen.add(claim.message)
    return chosen


def _taken_up(claims: Sequence[Claim], relations: Sequence[Relation]) -> dict[str, list[Claim]]:
    """By thread, the claims that another message's claim supports or attacks: whatever
    their role, someone took them up, so each may stand as a point of its own (a reply
    rebutting a premise far down a long post contests that premise, not the post's
    main claim). They join no group: the groups are of positions."""
    message_of = {c.id: c.message for c in claims}
    targets = {
        r.target
        for r in relations
        if r.kind in BACKING + OPPOSING
        and r.source in message_of
        and r.target in message_of
        and message_of[r.target] != message_of[r.source]
    }
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.id in targets:
            found[claim.message.split("/")[0]].append(claim)
    return dict(found)


def _by_thread(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for claim in _positions(claims):
        grouped[claim.message.split("/")[0]].append(claim)
    return dict(grouped)


def _candidates(
    positions: list[Claim], taken_up: list[Claim], group: Grouper
) -> tuple[list[Claim], list[tuple[tuple[int, ...], str]]]:
    """The claims that may make points (the positions, then the side claims someone took
    up) and the candidate points among them, as indices: the positions' groups and
    singletons, then each side claim alone."""
    candidates = _groups(positions, group)
    held = {c.id for c in positions}
    own = positions + [c for c in taken_up if c.id not in held]
    candidates += [((i,), own[i].text) for i in range(len(positions), len(own))]
    return own, candidates


def _groups(claims: list[Claim], group: Grouper) -> list[tuple[tuple[int, ...], str]]:
    """Named groups of two or more from ``group``, then every other claim alone."""
    grouped = [(tuple(g), name) for g, name in group([c.text for c in claims]) if len(g) > 1]
    taken = {i for g, _ in grouped for i in g}
    alone = [((i,), claims[i].text) for i in range(len(claims)) if i not in taken]
    return grouped + alone


def _point(
    claims: list[Claim],
    members: tuple[int, ...],
    name: str,
    author: dict[str, str],
    stance: _Stances,
) -> KeyPoint:
    chosen = [claims[i] for i in sorted(members)]
    own_messages = {c.message for c in chosen}
    backers = _outside(stance.of(chosen, BACKING), own_messages)
    rebutters = _outside(stance.of(chosen, OPPOSING), own_messages)
    holders = {author[c.message] for c in chosen}
    return KeyPoint(
        id="",
        text=point_name(name),
        members=tuple(c.id for c in chosen),
        prevalence=len(holders),
        backers=backers,
        rebutters=rebutters,
    )


def _outside(messages: list[str], own: set[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for m in messages if m not in own))


def _numbered(point: KeyPoint, point_id: str) -> KeyPoint:
    from dataclasses import replace

    return replace(point, id=point_id)


class _Stances:
    """Who backs or opposes each claim, as message ids.

    A claim-level link (``support``/``attack`` from another claim, or a reply's stance
    aimed at the claim itself) counts for that claim. A reply's stance on a whole message
    counts for the message's claim only when the message puts forward one grouped claim:
    one agreeing reply must not make every claim of a long post "backed".
    """

    def __init__(self, claims: Sequence[Claim], relations: Sequence[Relation]) -> None:
        self.message_of = {c.id: c.message for c in claims}
        self.main = {c.id for c in claims if c.role in GROUPED_ROLES}
        grouped: dict[str, list[str]] = defaultdict(list)
        for claim in _positions(claims):
            grouped[claim.message].append(claim.id)
        self.grouped = grouped
        self.sole_claim = {m: ids[0] for m, ids in grouped.items() if len(ids) == 1}
        self.sources: dict[tuple[str, str], list[str]] = defaultdict(list)
        for relation in relations:
            target = self.sole_claim.get(relation.target, relation.target)
            source = self.message_of.get(relation.source, relation.source)
            self.sources[target, relation.kind].append(source)

    def answered_as(self, claim_id: str, posts: set[str]) -> str | None:
        """The message whose answers answer the claim: its own message when the claim is
        that message's only grouped claim, or a ``main`` claim of a thread's post (every
        answer to a post takes up what the post argues, and a post argues for a few
        ``main`` claims at most, which share its answers: :meth:`grouped_count`);
        ``None`` for any other claim, and for a post that argues for nothing (a question,
        a notice): its answers take up no claim of it."""
        message = self.message_of.get(claim_id)
        if message in posts:
            return message if claim_id in self.main else None
        return message if self.sole_claim.get(message) == claim_id else None

    def grouped_count(self, message: str) -> int:
        """How many grouped claims ``message`` puts forward (one or more)."""
        return max(len(self.grouped.get(message, ())), 1)

    def of(self, claims: list[Claim], kinds: tuple[str, ...]) -> list[str]:
        return [s for c in claims for kind in kinds for s in self.sources[c.id, kind]]


def _point_links(points: list[KeyPoint], relations: Sequence[Relation]) -> list[Relation]:
    """``support`` / ``attack`` between two points, where claims of one support or attack
    claims of the other; the kind with more links wins (ties are left out), its confidence
    the highest of those links."""
    point_of = {claim: p.id for p in points for claim in p.members}
    found: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for relation in relations:
        source, target = point_of.get(relation.source), point_of.get(relation.target)
        if relation.kind in ("support", "attack") and source and target and source != target:
            found[source, target][relation.kind].append(relation.confidence)
    links = []
    for (source, target), kinds in found.items():
        supports, attacks = kinds["support"], kinds["attack"]
        if len(supports) != len(attacks):
            kind, confidences = max(("support", supports), ("attack", attacks), key=_count)
            evidence = f"{len(confidences)} claim {kind}{'s' if len(confidences) > 1 else ''}"
            links.append(Relation(source, target, kind, max(confidences), evidence))
    return links


def _count(item: tuple[str, list[float]]) -> int:
    return len(item[1])
