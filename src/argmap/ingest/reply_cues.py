"""Reply cues in comment text: a quote that names its source ("Ann wrote:", ``<cite>``, a
closing "[Ann]") or an opening "@Ann" ties a comment to the one it answers."""

from __future__ import annotations

import re
from typing import Any

from argmap.ingest.base import RawMessage, RawQuote
from argmap.ingest.html_tools import element_text

__all__ = [
    "ADDRESSEE",
    "AFTER_QUOTED_NAME",
    "MENTION",
    "QUOTE_HEADER",
    "QUOTE_SIGNATURE",
    "QUOTE_VERBS",
    "link_replies_by_cues",
    "read_quote",
]

#: The verbs that follow a quoted author's name, in the languages of the blogs and boards
#: read here ("Ann wrote:", "alice hat geschrieben:", "Андрей пишет:"): the one list every
#: reader uses to tell a name from the theme's words.
QUOTE_VERBS = (
    r"hat geschrieben|wrote|writes|said|says|schrieb|schreibt|a écrit|escribió|ha scritto"
    r"|schreef|skrev|napisał|пишет|написал[аи]?|yazdı|escreveu"
)
#: "Ann wrote:", "Ann said:", "Ann schreibt:" opening a quote names who is quoted.
QUOTE_HEADER = re.compile(
    rf"^(?P<name>[^\n:]{{1,60}}?)\s+({QUOTE_VERBS})\s*:\s*",
    re.IGNORECASE,
)
#: A quote's ``cite`` reads "alice wrote: ↑ Tue Mar 1": everything from the verb on goes.
AFTER_QUOTED_NAME = re.compile(rf"\s+({QUOTE_VERBS})\s*:?.*$", re.IGNORECASE | re.DOTALL)
#: "@name" (or "@ name", "@Voll Gaga") opening a message in a flat thread: up to three words.
MENTION = re.compile(r"^\s*@\s?([\w.\-]+(?:\s+[\w.\-]+){0,2})")
#: "... the words. [Ann]" closing a quote names who is quoted.
QUOTE_SIGNATURE = re.compile(r"\s*\[(?P<name>[^\]\n]{1,60})\]\s*$")
#: "@Ann" opening a comment addresses an earlier commenter.
ADDRESSEE = re.compile(r"^\s*@\s?(?P<name>[^\s,:;!?]+(?: [^\s,:;!?@]+){0,2})")


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


def link_replies_by_cues(comments: list[RawMessage]) -> None:
    """Tie a quote naming its author to that author's latest earlier comment, and give a
    comment the markup left without a parent the comment it answers, when it quotes it or
    opens by addressing its author ("@Ann")."""
    latest_by_author: dict[str, str] = {}
    for comment in comments:
        for quote in comment.quotes:
            if quote.source_author and quote.source_key is None:
                quote.source_key = _latest(latest_by_author, quote.source_author)
        if comment.parent_key is None:
            candidates = [q.source_key for q in comment.quotes if q.source_key]
            addressed = ADDRESSEE.match(comment.text)
            if addressed:  # "@Ann Lee thanks": try "ann lee thanks", "ann lee", "ann"
                words = addressed.group("name").split()
                candidates += [
                    _latest(latest_by_author, " ".join(words[:n])) for n in range(len(words), 0, -1)
                ]
            comment.parent_key = next((key for key in candidates if key), None)
        if comment.author:  # re-inserted so the dict's order stays "latest last"
            latest_by_author.pop(comment.author.casefold(), None)
            latest_by_author[comment.author.casefold()] = comment.key


def _latest(latest_by_author: dict[str, str], name: str) -> str | None:
    """The key of the latest comment by ``name``, or by an author whose first name it is."""
    wanted = name.casefold().strip()
    if wanted in latest_by_author:
        return latest_by_author[wanted]
    by_first_name = (k for a, k in reversed(latest_by_author.items()) if a.split()[0] == wanted)
    return next(by_first_name, None)
