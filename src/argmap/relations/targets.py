"""What each message responds to: its parent, the people it names, the text it quotes.

A name counts when it is the name (or @handle) of the author of an earlier message in the
same thread: "I agree with Omar" targets Omar's latest comment before it, and "Lena,
Omar and Kim are all right!" targets Lena's and Omar's messages (nobody called Kim
wrote). Looking names up in a per-thread dictionary keeps this linear in the thread size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from argmap.model import Message

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Target", "author_keys", "find_targets"]

HANDLE = re.compile(r"@([\w.-]+)")
NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")


@dataclass(slots=True)
class Target:
    """A message ``target`` that message ``source`` responds to, and how we know.

    ``reasons`` holds ``parent``, ``named`` and/or ``quote``; ``mentions`` are the
    sentences of the source that name the target's author; ``quoted`` is text of the
    target the source quotes.
    """

    source: str
    target: str
    reasons: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)


def author_keys(author: str | None) -> set[str]:
    """The lowercase words a commenter may be called by: first name, full name, @handles.

    >>> sorted(author_keys("Priya @pk_dev"))
    ['pk_dev', 'priya', 'priya @pk_dev']
    """
    if not author:
        return set()
    keys = {handle.lower() for handle in HANDLE.findall(author)}
    plain = HANDLE.sub("", author).strip()
    words = NAME_WORD.findall(plain)
    if words and len(words[0]) > 1:
        keys.add(words[0].lower())
        keys.add(author.strip().lower())
    return keys


def find_targets(
    messages: Sequence[Message], docs: Sequence[Doc], context: Sequence[Message] = ()
) -> list[Target]:
    """Every (source, target) pair whose source is one of ``messages``, in message order,
    merged per pair.

    ``context`` is the whole thread in order when ``messages`` is a run of consecutive
    messages of it (a part of a big thread, analysed on its own): the messages before the
    part may be answered, quoted or named, just as when the thread is read whole.
    """
    found: dict[tuple[str, str], Target] = {}
    latest_by_key: dict[tuple[str, str], Message] = {}
    known = {m.id for m in messages} | {m.id for m in context}
    if messages:
        for earlier in context:
            if earlier.id == messages[0].id:
                break
            for key in author_keys(earlier.author):
                latest_by_key[(earlier.thread, key)] = earlier

    def target(source: Message, target_id: str) -> Target:
        key = (source.id, target_id)
        if key not in found:
            found[key] = Target(source.id, target_id)
        return found[key]

    for message, doc in zip(messages, docs, strict=True):
        if message.parent in known:
            target(message, message.parent).reasons.add("parent")
        for quote in message.quotes:
            if quote.source in known and quote.source != message.id:
                entry = target(message, quote.source)
                entry.reasons.add("quote")
                entry.quoted.append(quote.text)
        own = author_keys(message.author)
        for sentence in doc.sents:
            for name in _names_in(sentence):
                named = latest_by_key.get((message.thread, name))
                if named is None or name in own or named.id == message.id:
                    continue
                entry = target(message, named.id)
                entry.reasons.add("named")
                if not entry.mentions or entry.mentions[-1] is not sentence:
                    entry.mentions.append(sentence)
        for key in own:
            latest_by_key[(message.thread, key)] = message
    return list(found.values())


def _names_in(sentence: Span) -> list[str]:
    """Lowercase proper names and @handles in a sentence, in order, each once."""
    names: list[str] = [handle.lower() for handle in HANDLE.findall(sentence.text)]
    for token in sentence:
        if token.pos_ == "PROPN" and token.is_title and not token.text.startswith("@"):
            names.append(token.lower_)
    return list(dict.fromkeys(names))
