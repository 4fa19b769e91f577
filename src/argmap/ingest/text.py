"""Plain-text thread dumps, in two shapes.

**Chat lines**: every message on its own line as ``Name: text`` (a chat log, a transcript,
a thread pasted by hand). Each line is a message by that name; a line without a name
continues the message above. The first message is the post; a message that addresses
someone (``@Name``, or opening with ``Name,``) replies to that person's last message,
any other to the message before it.

**A page's words**: a post followed by comments, one paragraph a line, as copied from a
page or exported by a tool that kept only the words. The structure is read from cues a
person would use:

- a short line with no sentence punctuation ("Ann", "Bob @bob") signs the comment above;
- a line such as "This article was originally published on example.org." closes the post;
- in the comment area, a paragraph that opens by addressing others ("I agree with Ann",
  "@bob", "Thanks for the post") starts a new comment;
- page furniture ("Share This", "Popularity: 58% [?]", "posted in X | 14 Comments") is
  dropped.

Comments of such a dump are flat: each replies to the post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source

__all__ = ["ADAPTER", "parse_text"]

#: Whole lines of page furniture; matched case-insensitively against a stripped line.
FOOTER_LINES = re.compile(
    r"^(share this|share|like this:?|like|reply|report|permalink|leave a (reply|comment)"
    r"|popularity:.*|posted in .*|filed under .*|tags?:.*|\d+ (comments?|responses?|replies)"
    r"|(comments|responses) \(\d+\)|\d+ (likes?|points?|votes?))$",
    re.IGNORECASE,
)
#: A line that ends the post: where it was first published, or who wrote it.
POST_END = re.compile(
    r"^(this (article|post|piece|entry) (was|has been) (initially |originally |first )?"
    r"(published|posted)|originally (published|posted)|cross-?posted|first (published|posted))",
    re.IGNORECASE,
)
#: Openings by which a comment addresses someone else: a new comment starts there. These
#: are the common openers of replies in comment threads (agreement, disagreement, thanks,
#: praise, @mentions), as in the reply pairs of debagreement-sample and the shared pages.
REPLY_OPENERS = re.compile(
    r"^(@\w+|i (totally |completely |fully |strongly |partly |partially )?(dis)?agree\b"
    r"|(great|nice|good|interesting) (post|article|point|piece)"
    r"|thanks?( you)? for\b|well said\b|you('re| are) (right|wrong)\b|(yes|no|exactly)[,!.] )",
    re.IGNORECASE,
)
#: A chat line: a name of one to four words (or an @handle), a colon, the message.
CHAT_LINE = re.compile(r"^(?P<name>@?[\w.'’-]+(?: [\w.'’-]+){0,3}):\s+(?P<text>\S.*)$")
#: A dump is read as chat lines when at least this share of its lines are, by at least
#: two different names (a post with one "Update: ..." line is not a chat).
CHAT_SHARE = 0.6
#: Who a chat message addresses: ``@Name`` anywhere, or ``Name,`` opening it.
ADDRESSEE = re.compile(r"@([\w.'’-]+)|^([\w.'’-]+(?: [\w.'’-]+)?),\s")
#: A signature: one to four name-like words or @handles, nothing else.
SIGNATURE = re.compile(r"^(?:@?[\w.'’-]+)(?: @?[\w.'’-]+){0,3}$")
MAX_TITLE_WORDS = 16


@dataclass
class _Block:
    """Consecutive paragraphs by one writer; ``author`` is set by a signature line."""

    lines: list[str] = field(default_factory=list)
    author: str | None = None


def parse_text(text: str, name: str = "thread") -> RawThread:
    """Read a plain-text dump into a raw thread (post plus flat comments).

    >>> raw = parse_text("Cats rule.\\nI agree with you.\\nAnn", "pets")
    >>> raw.post.text, raw.comments[0].author
    ('Cats rule.', 'Ann')
    >>> chat = parse_text("Ann: Cats rule.\\nBob: I disagree, dogs do.\\nCy: @Ann is right.")
    >>> [(m.author, m.parent_key) for m in chat.comments]
    [('Bob', 'post'), ('Cy', 'post')]
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not FOOTER_LINES.match(line)]
    if _is_chat(lines):
        return _chat_thread(lines, name)
    title = _title(lines, name)
    if lines and title == lines[0]:
        lines = lines[1:]
    post, comment_blocks = _split_post(_signed_blocks(lines))
    comments = [block for part in comment_blocks for block in _split_openers(part)]
    return RawThread(
        title=title,
        platform="text",
        post=RawMessage(key="post", text="\n".join(post.lines), author=post.author, kind="post"),
        comments=[
            RawMessage(key=f"c{n}", text="\n".join(block.lines), author=block.author)
            for n, block in enumerate(comments, start=1)
            if block.lines
        ],
    )


def _title(lines: list[str], name: str) -> str:
    """The first line when it reads as a headline, else the file name made readable."""
    if len(lines) > 1:
        first = lines[0]
        short = len(first.split()) <= MAX_TITLE_WORDS
        headline = short and not first.endswith((".", ":", ";", ","))
        if headline and not _is_signature(first):
            return first
    words = re.sub(r"[_-]+", " ", name).strip()
    return words[:1].upper() + words[1:]


def _is_signature(line: str) -> bool:
    if line.endswith((".", "!", "?", ":", ";", ",")) or len(line) > 40:
        return False
    return bool(SIGNATURE.match(line)) and any(ch.isalpha() for ch in line)


def _signed_blocks(lines: list[str]) -> list[_Block]:
    """Cut the lines after each signature; the signature names the block's author."""
    blocks = [_Block()]
    for line in lines:
        if _is_signature(line) and blocks[-1].lines:
            blocks[-1].author = line
            blocks.append(_Block())
        else:
            blocks[-1].lines.append(line)
    return [block for block in blocks if block.lines]


def _split_post(blocks: list[_Block]) -> tuple[_Block, list[_Block]]:
    """The post is the first block, cut short at a closing "first published on" line or,
    failing that, at the first paragraph that opens like a reply."""
    if not blocks:
        return _Block(), []
    first, rest = blocks[0], blocks[1:]
    for index, line in enumerate(first.lines):
        if POST_END.match(line):
            post, remainder = _cut(first, index + 1, None)
            return post, remainder + rest
        if index and REPLY_OPENERS.match(line):
            post, remainder = _cut(first, index, None)
            return post, remainder + rest
    return first, rest


def _cut(block: _Block, index: int, post_author: str | None) -> tuple[_Block, list[_Block]]:
    """Split the first block into the post and the comment text after it."""
    post = _Block(block.lines[:index], post_author)
    remainder = _Block(block.lines[index:], block.author)
    return post, [remainder] if remainder.lines else []


def _split_openers(block: _Block) -> list[_Block]:
    """Split a block where a paragraph opens by addressing someone; the signature, if any,
    belongs to the last part."""
    parts = [_Block()]
    for line in block.lines:
        if parts[-1].lines and REPLY_OPENERS.match(line):
            parts.append(_Block())
        parts[-1].lines.append(line)
    parts[-1].author = block.author
    return parts


def _is_chat(lines: list[str]) -> bool:
    named = [match.group("name") for line in lines if (match := CHAT_LINE.match(line))]
    return len(set(named)) >= 2 and len(named) >= CHAT_SHARE * len(lines)


def _chat_thread(lines: list[str], name: str) -> RawThread:
    """Chat lines as a thread: the first message is the post, the others reply to whom
    they address, else to the message before them."""
    messages: list[RawMessage] = []
    last_by: dict[str, str] = {}
    for line in lines:
        match = CHAT_LINE.match(line)
        if match is None and messages:
            messages[-1].text += "\n" + line
            continue
        author, text = (match.group("name"), match.group("text")) if match else (None, line)
        key = "post" if not messages else f"c{len(messages)}"
        parent = _addressed(text, last_by) or (messages[-1].key if messages else None)
        kind = "post" if not messages else "comment"
        messages.append(RawMessage(key=key, text=text, author=author, parent_key=parent, kind=kind))
        if author:
            last_by[author.lstrip("@").lower()] = key
    post, *comments = messages
    title = re.sub(r"[_-]+", " ", name).strip()
    return RawThread(
        title=title[:1].upper() + title[1:], platform="text", post=post, comments=comments
    )


def _addressed(text: str, last_by: dict[str, str]) -> str | None:
    """The key of the last message of the person ``text`` addresses, if they wrote one."""
    for match in ADDRESSEE.finditer(text):
        who = (match.group(1) or match.group(2) or "").lower()
        if who in last_by:
            return last_by[who]
    return None


def _detect(source: Source) -> float:
    if source.looks_like_json or source.looks_like_xml or source.looks_like_html:
        return 0.0
    if "<" in source.head and re.search(r"<(div|p|li|article|table)\b", source.head):
        return 0.0
    return 0.2


def _parse(source: Source) -> list[RawThread]:
    return [parse_text(source.text, Path(source.path).stem)]


ADAPTER = Adapter(
    name="text",
    detect=_detect,
    parse=_parse,
    description="plain-text dumps: one paragraph a line, signatures close comments",
)
