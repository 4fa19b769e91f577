"""The data every stage shares: threads, messages, claims, key points, relations and the map.

This module is a leaf: it holds frozen dataclasses of plain values and their JSON, and
imports no stage. Graph building, queries, exports and rendering are functions over an
:class:`ArgumentMap` in :mod:`argmap.graph` and :mod:`argmap.render`, so this contract does
not change when a query or an export is added.

The JSON form (``argmap/2``) is the contract between the pipeline, the CLI, the browser page
and users' scripts: :func:`as_dict` writes it, :func:`from_dict` reads it (``argmap/1`` maps,
which had no claim roles, message languages or key points, are read too), and
``from_dict(as_dict(m)) == m`` always holds.

Ids are stable, readable strings: thread ``t1``, message ``t1/m3``, claim ``t1/m3/c0``,
key point ``p1`` (or ``t1/p1`` for a point of one thread).
"""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from argmap.errors import Problem, SchemaError
from argmap.files import atomic_write_text

__all__ = [
    "CLAIM_ROLES",
    "CLAIM_TYPES",
    "CODE_FENCE",
    "MESSAGE_KINDS",
    "READABLE_SCHEMAS",
    "RELATION_KINDS",
    "SCHEMA",
    "ArgumentMap",
    "Claim",
    "KeyPoint",
    "Message",
    "Quote",
    "Relation",
    "Thread",
    "as_dict",
    "from_dict",
    "load",
    "unfenced",
]

SCHEMA = "argmap/2"
#: Schemas :func:`from_dict` reads; fields added since ``argmap/1`` take their defaults.
READABLE_SCHEMAS = ("argmap/1", SCHEMA)
#: The line that opens and closes a code block in a message's text (Markdown's fence).
CODE_FENCE = "```"
MESSAGE_KINDS = ("post", "comment", "trackback")
CLAIM_TYPES = ("assertion", "evaluation", "prediction", "recommendation", "question-claim")
#: ``main``: what the message argues for; ``premise``: a reason for another claim of the
#: message; ``aside``: put forward in passing.
CLAIM_ROLES = ("main", "premise", "aside")
#: ``reply`` is structure; ``agree``/``rebut`` link messages; the rest link claims or points.
RELATION_KINDS = ("reply", "agree", "rebut", "support", "attack", "restate")


@dataclass(frozen=True, slots=True)
class Thread:
    """One discussion: a post and the comments under it, as recovered from one source.

    ``missing`` counts comments the source refers to but does not contain (for example
    Reddit's "load more comments" stubs), so a reader knows the thread is partial.
    ``language`` is the thread's main language as an ISO 639-1 code, when known.
    """

    id: str
    source: str
    platform: str
    title: str
    url: str | None = None
    language: str | None = None
    missing: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """Text a message quotes from another message; ``source`` is that message's id if known."""

    text: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """The post or one comment.

    ``time`` is ISO 8601 or ``None``; when the page shows only a relative or partial date
    ("3 hours ago") that text is kept in ``time_text``. ``parent`` is the id of the message
    this one replies to (``None`` for the post). Quoted text is removed from ``text`` and
    kept in ``quotes``. ``language`` is the message's own language (ISO 639-1), when known.
    Code blocks in ``text`` stand on lines of their own between :data:`CODE_FENCE` lines, as
    Markdown writes them, so a reader sees the code and later stages can leave it out.
    """

    id: str
    thread: str
    kind: str
    author: str | None
    time: str | None
    parent: str | None
    text: str
    time_text: str | None = None
    url: str | None = None
    quotes: tuple[Quote, ...] = ()
    language: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in MESSAGE_KINDS:
            raise ValueError(f"message kind {self.kind!r} is not one of {MESSAGE_KINDS}")


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition put forward in a message, in short canonical words.

    ``sentence`` is the verbatim sentence it came from and ``span`` its ``[start, end)``
    character offsets in the message text, so a reader can always see the words as written.
    ``role`` is one of :data:`CLAIM_ROLES`.
    """

    id: str
    message: str
    text: str
    sentence: str
    span: tuple[int, int]
    type: str
    role: str = "main"


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """Claims that make the same point, named by their most central member.

    ``prevalence`` counts the distinct authors who hold the point; ``backers`` and
    ``rebutters`` are the messages that agree with or rebut one of its claims.
    """

    id: str
    text: str
    members: tuple[str, ...]
    prevalence: int
    backers: tuple[str, ...] = ()
    rebutters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two messages, claims or key points, with how sure we are and why.

    ``evidence`` holds the words that show the relation.
    """

    source: str
    target: str
    kind: str
    confidence: float
    evidence: str = ""


@dataclass(frozen=True)
class ArgumentMap:
    """Threads, messages, claims, key points and relations of one run: the argument map.

    Examples
    --------
    >>> m = ArgumentMap(threads=(Thread("t1", "a.txt", "text", "A debate"),))
    >>> from_dict(as_dict(m)) == m
    True
    >>> m
    <ArgumentMap 'A debate': 1 thread, 0 messages, 0 claims, 0 points, 0 relations>
    """

    threads: tuple[Thread, ...] = ()
    messages: tuple[Message, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    points: tuple[KeyPoint, ...] = ()

    def __repr__(self) -> str:
        title = f" {self.threads[0].title!r}" if len(self.threads) == 1 else ""
        counts = ", ".join(
            _count(len(items), name)
            for items, name in (
                (self.threads, "thread"),
                (self.messages, "message"),
                (self.claims, "claim"),
                (self.points, "point"),
                (self.relations, "relation"),
            )
        )
        return f"<ArgumentMap{title}: {counts}>"

    # -- lookups -------------------------------------------------------------------------
    def message(self, message_id: str) -> Message:
        """The message with this id (``KeyError`` if absent)."""
        return self._by_id["messages"][message_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` if absent)."""
        return self._by_id["claims"][claim_id]

    def thread(self, thread_id: str) -> Thread:
        """The thread with this id (``KeyError`` if absent)."""
        return self._by_id["threads"][thread_id]

    def point(self, point_id: str) -> KeyPoint:
        """The key point with this id (``KeyError`` if absent)."""
        return self._by_id["points"][point_id]

    def point_of(self, claim_id: str) -> KeyPoint | None:
        """The key point a claim belongs to, or ``None`` if it stands alone."""
        return self._by_id["point_of"].get(claim_id)

    @cached_property
    def _by_id(self) -> dict[str, dict[str, Any]]:
        # Built once on first lookup; a frozen map never changes, so neither does this.
        return {
            "threads": {t.id: t for t in self.threads},
            "messages": {m.id: m for m in self.messages},
            "claims": {c.id: c for c in self.claims},
            "points": {p.id: p for p in self.points},
            "point_of": {claim: p for p in self.points for claim in p.members},
        }

    def for_thread(self, thread_id: str) -> ArgumentMap:
        """The part of the map that belongs to one thread (links to other threads dropped).

        Key points are kept when all their members belong to the thread.
        """
        messages = tuple(m for m in self.messages if m.thread == thread_id)
        message_ids = {m.id for m in messages}
        claims = tuple(c for c in self.claims if c.message in message_ids)
        claim_ids = {c.id for c in claims}
        points = tuple(p for p in self.points if claim_ids.issuperset(p.members))
        node_ids = message_ids | claim_ids | {p.id for p in points}
        relations = tuple(
            r for r in self.relations if r.source in node_ids and r.target in node_ids
        )
        return ArgumentMap((self.thread(thread_id),), messages, claims, relations, points)

    # -- JSON contract -------------------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        """The ``argmap/2`` JSON object for this map: :func:`as_dict`."""
        return as_dict(self)

    def dumps(self) -> str:
        """The map as ``argmap/2`` JSON text."""
        return json.dumps(as_dict(self), ensure_ascii=False, indent=1)

    def dump(self, path: str | Path) -> Path:
        """Write the map as JSON, atomically (a temporary file renamed into place)."""
        return atomic_write_text(Path(path), self.dumps() + "\n")


def unfenced(text: str) -> str:
    """``text`` as readers gave it before code blocks were fenced: without its
    :data:`CODE_FENCE` lines and blank lines, each line's runs of spaces collapsed.
    Annotation sets drawn from that form (``bench/annotations``) check their messages
    against it.

    >>> unfenced("Try this:\\n```\\nif x:\\n\\n    y()\\n```\\nIt works.")
    'Try this:\\nif x:\\ny()\\nIt works.'
    """
    if CODE_FENCE not in text:
        return text
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line and line != CODE_FENCE)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def as_dict(amap: ArgumentMap) -> dict[str, Any]:
    """The ``argmap/2`` JSON object of a map (tuples become lists in JSON)."""
    return {"schema": SCHEMA} | {
        f.name: [_plain(item) for item in getattr(amap, f.name)]
        for f in dataclasses.fields(ArgumentMap)
    }


def _plain(value: Any) -> Any:
    """:func:`dataclasses.asdict` for the map's own values: dataclasses become dicts and
    tuples lists, nested ones included. The fields hold only strings, numbers and tuples,
    which need no copy, so this skips ``asdict``'s deep copy of every leaf (a third of the
    time a 10,000-comment map took to turn into JSON)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    names = _field_names(type(value))
    if names is None:
        return value
    return {name: _plain(getattr(value, name)) for name in names}


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of dataclass ``cls``, in order; ``None`` for any other class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def from_dict(data: Any) -> ArgumentMap:
    """Read an ``argmap/2`` (or ``argmap/1``) JSON object; :class:`SchemaError` if not one."""
    schema = data.get("schema") if isinstance(data, dict) else type(data).__name__
    if schema not in READABLE_SCHEMAS:
        raise SchemaError(Problem.NOT_A_MAP.format(found=schema, expected=SCHEMA))
    try:
        return ArgumentMap(
            **{
                f.name: tuple(_build(_item_type(f), item) for item in data.get(f.name, ()))
                for f in dataclasses.fields(ArgumentMap)
            }
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SchemaError(Problem.MALFORMED_MAP.format(schema=SCHEMA, problem=exc)) from None


def load(path: str | Path) -> ArgumentMap:
    """Read a map written by :meth:`ArgumentMap.dump`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        problem = Problem.MAP_NOT_JSON.format(path=path, reason=exc.msg, line=exc.lineno)
        raise SchemaError(problem) from None
    return from_dict(data)


def _item_type(f: dataclasses.Field) -> type:
    """The element class of a ``tuple[X, ...]`` field of :class:`ArgumentMap`."""
    return typing.get_args(_field_types(ArgumentMap)[f.name])[0]


def _build(cls: type, data: Any) -> Any:
    """An instance of dataclass ``cls`` from its :func:`dataclasses.asdict` form.

    Lists become tuples, and nested dataclasses (a message's quotes) are rebuilt, following
    the field types; unknown keys are refused, so a malformed map fails loudly.
    """
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} must be an object, not {type(data).__name__}")
    hints = _field_types(cls)
    return cls(**{key: _value(hints[key], value) for key, value in data.items()})


@cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(hint: Any, value: Any) -> Any:
    if typing.get_origin(hint) is not tuple or not isinstance(value, list | tuple):
        return value
    element = typing.get_args(hint)[0]
    if dataclasses.is_dataclass(element):
        return tuple(_build(element, v) for v in value)
    return tuple(value)
