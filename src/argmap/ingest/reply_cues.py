"""Who answers whom, for every reader: the one depth stack and the one reply-cue linker.

Blogs and forums give reply structure in three ways. Nesting is read by each reader from
its markup. Indentation depth ("depth-3", a Hacker News indent) is read as a running stack
by :func:`parents_from_depths`. Where the markup says nothing, the text does: a quote that
names its source ("Ann wrote:", ``<cite>``, a closing "[Ann]", a forum's quoted-post link)
or an opening "@Ann" ties a message to the one it answers, which :func:`link_replies`
resolves against the authors seen so far (:class:`Speakers`). The speech verbs that follow
a name ("Ann wrote:", "alice hat geschrieben:", "Андрей пишет:") are one list,
:data:`SPEECH_VERBS`, for every reader that tells a name from the theme's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from argmap.ingest.base import RawMessage, RawQuote
from argmap.ingest.html_tools import element_text

__all__ = [
    "AFTER_QUOTED_NAME",
    "MENTION",
    "QUOTE_HEADER",
    "QUOTE_SIGNATURE",
    "SPEECH_VERBS",
    "VERB_AFTER_NAME",
    "Speakers",
    "link_replies",
    "parents_from_depths",
    "read_quote",
]

#: The verbs that follow a quoted or speaking author's name, in the languages of the blogs
#: and boards read here; longer forms first, so "hat geschrieben" is not read as a name
#: followed by "geschrieben".
SPEECH_VERBS = (
    r"hat geschrieben|hat gesagt|a écrit|a dit|ha scritto|ha detto|wrote|writes|said|says"
    r"|schrieb|schreibt|sagte|sagt|meint|écrit|escribió|escreveu|dijo|dice|disse|scrive"
    r"|schreef|zegt|zei|skrev|sade|napisał|пишет|написал[аи]?|сказал[аи]?|yazdı|dedi"
)
#: "Ann wrote:", "Ann said:", "Ann schreibt:" opening a quote names who is quoted.
QUOTE_HEADER = re.compile(
    rf"^(?P<name>[^\n:]{{1,60}}?)\s+({SPEECH_VERBS})\s*:\s*",
    re.IGNORECASE,
)
#: A quote's ``cite`` reads "alice wrote: ↑ Tue Mar 1": everything from the verb on goes.
AFTER_QUOTED_NAME = re.compile(rf"\s+({SPEECH_VERBS})\s*:?.*$", re.IGNORECASE | re.DOTALL)
#: "Ann says:" in an author element, "said:" in a quote's title: the verb is the theme's.
VERB_AFTER_NAME = re.compile(rf"(?:^|\s+)({SPEECH_VERBS})\s*:?\s*$", re.IGNORECASE)
#: "... the words. [Ann]" closing a quote names who is quoted.
QUOTE_SIGNATURE = re.compile(r"\s*\[(?P<name>[^\]\n]{1,60})\]\s*$")
#: "@Ann" (or "@ Ann", "@Ann Lee") opening a message addresses an earlier writer: up to
#: three words, the longest that names one wins. A name ends at a dash or other mark
#: ("@Ann—you said").
MENTION = re.compile(r"^\s*@\s?(?P<name>[\w.'’-]+(?:\s+[\w.'’-]+){0,2})")
#: Shortest mention taken as the start of a longer user name ("@mar" for "Maria_K").
MIN_MENTION_CHARS = 3


def read_quote(element: Any) -> RawQuote:
    """A quote's text and, when it says so, whose words they are (a ``cite``, a
    "Ann wrote:" header, or a closing "[Ann]")."""
    cite = element.find("cite")
    text = element_text(element, [cite] if cite is not None else [])
    author = " ".join(cite.get_text().split()) if cite is not None else None
    for pattern in (QUOTE_HEADER, QUOTE_SIGNATURE):
        found = pattern.search(text)
        if found and author is None:
            author = found.group("name").strip()
            text = (text[: found.start()] + text[found.end() :]).strip()
    return RawQuote(text=text, source_author=author or None)


def parents_from_depths(
    depths: Iterable[tuple[str, int]], carried: list[tuple[int, str]] | None = None
) -> dict[str, str | None]:
    """Parent key of each message given in reading order with its indentation depth: the
    latest earlier message less deep than it; none at depth 0 or at the shallowest.

    ``carried`` is the stack left by the previous page of the same thread, so a page
    that opens mid-subtree still links its first replies; it is updated in place.

    >>> parents_from_depths([("a", 0), ("b", 1), ("c", 2), ("d", 1), ("e", 0)])
    {'a': None, 'b': 'a', 'c': 'b', 'd': 'a', 'e': None}
    """
    stack = carried if carried is not None else []
    parents: dict[str, str | None] = {}
    for key, depth in depths:
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parents[key] = stack[-1][1] if stack else None
        stack.append((depth, key))
    return parents


class Speakers:
    """The authors seen so far in a thread and the latest message of each, to find the
    message a quote's author or an "@name" points to.

    >>> speakers = Speakers()
    >>> speakers.add("Ann Lee", "c1"); speakers.add("maria_k", "c2")
    >>> speakers.latest("ann lee"), speakers.latest("Ann"), speakers.mentioned("@mar thanks")
    ('c1', 'c1', 'c2')

    A mention that begins several names links to none of them, unless ``latest_of_many``
    (Stack Exchange notifies the latest such commenter); it must be ``min_prefix``
    characters long to count.
    """

    def __init__(self, min_prefix: int = MIN_MENTION_CHARS, latest_of_many: bool = False) -> None:
        self.min_prefix = min_prefix
        self.latest_of_many = latest_of_many
        self._by_handle: dict[str, str] = {}
        self._by_first_name: dict[str, str] = {}

    def add(self, author: str, key: str) -> None:
        """``key`` is now the latest message of ``author``."""
        _renew(self._by_handle, _handle(author), key)
        words = author.casefold().split()
        if words:
            _renew(self._by_first_name, words[0], key)

    def latest(self, name: str) -> str | None:
        """The latest message by ``name``, or by an author whose first name it is."""
        handle = _handle(name)
        return self._by_handle.get(handle) or self._by_first_name.get(name.casefold().strip())

    def mentioned(self, text: str) -> str | None:
        """The latest message of the writer an opening "@name" addresses: the longest run
        of words after "@" that names, or uniquely begins, an earlier author's name."""
        match = MENTION.match(text)
        if match is None:
            return None
        words = match.group("name").split()
        for count in range(len(words), 0, -1):
            mention = " ".join(words[:count]).rstrip(".:,-")
            key = self.latest(mention) or self._begun(_handle(mention))
            if key:
                return key
        return None

    def _begun(self, start: str) -> str | None:
        if len(start) < self.min_prefix:
            return None
        named = [key for handle, key in self._by_handle.items() if handle.startswith(start)]
        if self.latest_of_many and named:
            return named[-1]
        return named[0] if len(named) == 1 else None


def link_replies(comments: list[RawMessage], post: RawMessage | None = None) -> None:
    """Give each message the markup left without a parent the one it answers, by its cues.

    A quote that names its source message replies to it when that message came earlier
    here (it may sit on an earlier page: then it says nothing); a quote that names only an
    author gets that author's latest earlier message as its source. A message replies to
    the first such quoted message, else to the latest message of the writer it opens by
    addressing ("@Ann"). The post's author can be quoted and addressed too.
    """
    speakers = Speakers()
    known: set[str] = set()
    for message in [post, *comments] if post else comments:
        if message is not post:
            _link_quotes(message.quotes, speakers)
            if message.parent_key is None:
                quoted = (q.source_key for q in message.quotes if q.source_key in known)
                message.parent_key = next(quoted, None) or speakers.mentioned(message.text)
        known.add(message.key)
        if message.author:
            speakers.add(message.author, message.key)


def _link_quotes(quotes: list[RawQuote], speakers: Speakers) -> None:
    for quote in quotes:
        if quote.source_author and quote.source_key is None:
            quote.source_key = speakers.latest(quote.source_author)


def _handle(name: str) -> str:
    """A name as users type it after "@": no spaces, any case."""
    return re.sub(r"\s+", "", name).casefold()


def _renew(latest: dict[str, str], name: str, key: str) -> None:
    """Set ``latest[name]``, moved to the end so the dict's order stays "latest last"."""
    latest.pop(name, None)
    latest[name] = key
