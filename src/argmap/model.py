"""The data every stage shares: threads, messages, claims, relations and the map that holds them.

All classes are frozen, slotted dataclasses of plain values, so a map can be compared,
hashed into caches and serialised without surprises. The JSON form (``argmap/1``) is the
contract between the pipeline, the CLI, the browser page and users' scripts; it is written
by :meth:`ArgumentMap.as_dict` and read back by :meth:`ArgumentMap.from_dict`, and
``ArgumentMap.from_dict(m.as_dict()) == m`` always holds.

Ids are stable, readable strings: thread ``t1``, message ``t1/m3``, claim ``t1/m3/c0``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap.errors import SchemaError
from argmap.files import atomic_write_text

__all__ = [
    "CLAIM_TYPES",
    "MESSAGE_KINDS",
    "RELATION_KINDS",
    "SCHEMA",
    "ArgumentMap",
    "Claim",
    "Message",
    "Quote",
    "Relation",
    "Thread",
]

SCHEMA = "argmap/1"
MESSAGE_KINDS = ("post", "comment", "trackback")
CLAIM_TYPES = ("assertion", "evaluation", "prediction", "recommendation", "question-claim")
#: ``reply`` is structure; ``agree``/``rebut`` link messages; the rest link claims.
RELATION_KINDS = ("reply", "agree", "rebut", "support", "attack", "restate")


@dataclass(frozen=True, slots=True)
class Thread:
    """One discussion: a post and the comments under it, as recovered from one source.

    ``missing`` counts comments the source refers to but does not contain (for example
    Reddit's "load more comments" stubs), so a reader knows the thread is partial.
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
    kept in ``quotes``.
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


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition put forward in a message, in short canonical words.

    ``sentence`` is the verbatim sentence it came from and ``span`` its ``[start, end)``
    character offsets in the message text, so a reader can always see the words as written.
    """

    id: str
    message: str
    text: str
    sentence: str
    span: tuple[int, int]
    type: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two messages or two claims, with how sure we are and why."""

    source: str
    target: str
    kind: str
    confidence: float
    evidence: str = ""


@dataclass(frozen=True)
class ArgumentMap:
    """Threads, messages, claims and relations of one run: the argument map.

    Examples
    --------
    >>> m = ArgumentMap(threads=(Thread("t1", "a.txt", "text", "A debate"),))
    >>> ArgumentMap.from_dict(m.as_dict()) == m
    True
    """

    threads: tuple[Thread, ...] = ()
    messages: tuple[Message, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    _index: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    # -- lookups -------------------------------------------------------------------------
    def message(self, message_id: str) -> Message:
        """The message with this id (``KeyError`` if absent)."""
        return self._lookup("messages", self.messages)[message_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` if absent)."""
        return self._lookup("claims", self.claims)[claim_id]

    def thread(self, thread_id: str) -> Thread:
        """The thread with this id (``KeyError`` if absent)."""
        return self._lookup("threads", self.threads)[thread_id]

    def _lookup(self, name: str, items: tuple[Any, ...]) -> dict[str, Any]:
        if name not in self._index:
            self._index[name] = {item.id: item for item in items}
        return self._index[name]

    def for_thread(self, thread_id: str) -> ArgumentMap:
        """The part of the map that belongs to one thread (links to other threads dropped)."""
        messages = tuple(m for m in self.messages if m.thread == thread_id)
        message_ids = {m.id for m in messages}
        claims = tuple(c for c in self.claims if c.message in message_ids)
        node_ids = message_ids | {c.id for c in claims}
        relations = tuple(
            r for r in self.relations if r.source in node_ids and r.target in node_ids
        )
        return ArgumentMap((self.thread(thread_id),), messages, claims, relations)

    # -- JSON contract -------------------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        """The ``argmap/1`` JSON object for this map."""
        return {
            "schema": SCHEMA,
            "threads": [_thread_dict(t) for t in self.threads],
            "messages": [_message_dict(m) for m in self.messages],
            "claims": [_claim_dict(c) for c in self.claims],
            "relations": [_relation_dict(r) for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArgumentMap:
        """Read an ``argmap/1`` JSON object; raise :class:`SchemaError` if it is not one."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise SchemaError(f"not an {SCHEMA} map (schema is {found!r})")
        try:
            return cls(
                threads=tuple(Thread(**t) for t in data["threads"]),
                messages=tuple(_message_from(m) for m in data["messages"]),
                claims=tuple(_claim_from(c) for c in data["claims"]),
                relations=tuple(Relation(**r) for r in data["relations"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed {SCHEMA} map: {exc}") from None

    def dumps(self) -> str:
        """The map as ``argmap/1`` JSON text."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1)

    def dump(self, path: str | Path) -> Path:
        """Write the map as JSON, atomically (a temporary file renamed into place)."""
        return atomic_write_text(Path(path), self.dumps() + "\n")

    # -- graph and queries (the logic lives in argmap.graph) ----------------------------
    @property
    def graph(self) -> Any:
        """The map as a frozen ``networkx.MultiDiGraph`` (built once; ``.copy()`` to edit).

        Schema: ``docs/api.md``. See :func:`argmap.graph.build.build_graph`.
        """
        if "graph" not in self._index:
            import networkx as nx

            from argmap.graph.build import build_graph

            self._index["graph"] = nx.freeze(build_graph(self))
        return self._index["graph"]

    def claims_by(self, *, author: str | None = None, thread: str | None = None) -> list[Claim]:
        """Claims by ``author`` and/or in ``thread``: :func:`argmap.graph.query.claims`."""
        from argmap.graph import query

        return query.claims(self, author=author, thread=thread)

    def contested(self, k: int = 10) -> list[Any]:
        """Claims both backed and attacked: :func:`argmap.graph.query.contested`."""
        from argmap.graph import query

        return query.contested(self, k)

    def consensus(self, k: int = 10) -> list[Any]:
        """Claims with more backers than attackers: :func:`argmap.graph.query.consensus`."""
        from argmap.graph import query

        return query.consensus(self, k)

    def unanswered(self, of: str = "messages") -> list[Any]:
        """Messages or claims nobody took up: :func:`argmap.graph.query.unanswered`."""
        from argmap.graph import query

        return query.unanswered(self, of)

    def agreement_matrix(self, *, as_graph: bool = False, unsigned: bool = False) -> Any:
        """Author × author agreement: :func:`argmap.graph.query.agreement_matrix`."""
        from argmap.graph import query

        return query.agreement_matrix(self, as_graph=as_graph, unsigned=unsigned)

    def central_claims(self, k: int = 10) -> list[tuple[Claim, float]]:
        """Claims by PageRank over support/attack: :func:`argmap.graph.query.central_claims`."""
        from argmap.graph import query

        return query.central_claims(self, k)

    def subgraph(
        self, *, thread: str | None = None, around: str | None = None, hops: int = 2
    ) -> Any:
        """Part of the graph: :func:`argmap.graph.query.subgraph`."""
        from argmap.graph import query

        return query.subgraph(self, thread=thread, around=around, hops=hops)

    def summary(self) -> dict[str, int]:
        """Counts of everything in the map: :func:`argmap.graph.query.summary`."""
        from argmap.graph import query

        return query.summary(self)

    # -- exports (argmap.graph.export) ---------------------------------------------------
    def export(self, fmt: str) -> str:
        """The map as text in ``fmt``: one of :data:`argmap.graph.export.FORMATS`."""
        from argmap.graph.export import export

        return export(self, fmt)

    def to_json(self) -> str:
        """``argmap/1`` JSON, lossless (the text :meth:`dumps` returns)."""
        return self.export("json")

    def to_node_link(self) -> str:
        """The graph as networkx ``node_link_data`` JSON."""
        return self.export("node-link")

    def to_graphml(self) -> str:
        """The graph as GraphML (Gephi, yEd, Cytoscape)."""
        return self.export("graphml")

    def to_gexf(self) -> str:
        """The graph as GEXF (Gephi)."""
        return self.export("gexf")

    def to_aif(self) -> str:
        """Argument Interchange Format JSON (OVA, AIFdb)."""
        return self.export("aif")

    def to_argdown(self) -> str:
        """An Argdown document."""
        return self.export("argdown")

    def to_dot(self) -> str:
        """Graphviz DOT text for static figures."""
        return self.export("dot")

    def _repr_html_(self) -> str:
        """Jupyter shows the interactive map: the page in an ``iframe`` ``srcdoc``."""
        import html

        from argmap.render import render_html

        page = render_html(self)
        return (
            '<iframe style="width:100%;height:600px;border:0" sandbox="allow-scripts" '
            f'srcdoc="{html.escape(page, quote=True)}"></iframe>'
        )


def _thread_dict(thread: Thread) -> dict[str, Any]:
    return {
        "id": thread.id,
        "source": thread.source,
        "platform": thread.platform,
        "title": thread.title,
        "url": thread.url,
        "language": thread.language,
        "missing": thread.missing,
    }


def _message_dict(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "thread": message.thread,
        "kind": message.kind,
        "author": message.author,
        "time": message.time,
        "parent": message.parent,
        "text": message.text,
        "time_text": message.time_text,
        "url": message.url,
        "quotes": [{"text": q.text, "source": q.source} for q in message.quotes],
    }


def _message_from(data: dict[str, Any]) -> Message:
    fields = dict(data)
    fields["quotes"] = tuple(Quote(**q) for q in fields.get("quotes", ()))
    if fields["kind"] not in MESSAGE_KINDS:
        raise ValueError(f"message kind {fields['kind']!r} is not one of {MESSAGE_KINDS}")
    return Message(**fields)


def _claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "message": claim.message,
        "text": claim.text,
        "sentence": claim.sentence,
        "span": list(claim.span),
        "type": claim.type,
    }


def _claim_from(data: dict[str, Any]) -> Claim:
    fields = dict(data)
    start, end = fields["span"]
    fields["span"] = (int(start), int(end))
    return Claim(**fields)


def _relation_dict(relation: Relation) -> dict[str, Any]:
    return {
        "source": relation.source,
        "target": relation.target,
        "kind": relation.kind,
        "confidence": relation.confidence,
        "evidence": relation.evidence,
    }


def load(path: str | Path) -> ArgumentMap:
    """Read a map written by :meth:`ArgumentMap.dump`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    return ArgumentMap.from_dict(data)
