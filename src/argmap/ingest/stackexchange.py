"""Stack Overflow and every Stack Exchange site: the question is the post, each answer a
comment on it, and each post's comments replies to that post.

Comments under a post are flat on the page; a comment that opens with ``@name`` answers
the latest earlier comment on the same post by that user (Stack Exchange accepts any
prefix of the name without spaces), or the post itself when its author is named.
Comments hidden behind "show N more comments" are counted in ``missing``.
"""

from __future__ import annotations

import re
from typing import Any

from argmap.errors import InputError, Problem
from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import clean_text, markup_detector, settle_language
from argmap.ingest.page_meta import canonical_url, page_title
from argmap.ingest.reply_cues import Speakers

__all__ = ["ADAPTER", "parse_stackexchange"]

QUESTION = "div#question, div.question"
ANSWER = "div.answer[data-answerid], div.answer[id^='answer-']"
#: ``js-post-body`` since 2020, ``post-text`` before.
POST_BODY = "div.js-post-body, div.post-text"
#: The owner's signature: ``.owner`` on questions; on answers the one that says
#: "answered" (the other signatures belong to editors).
SIGNATURE = "div.post-signature"
SIGNATURE_AUTHOR = "div.user-details a[href*='/users/'], div.user-details span[itemprop='name']"
SIGNATURE_TIME = "div.user-action-time span[title]"
WIKI_MARK = "span.community-wiki"
WIKI_HISTORY = "a[href*='/revisions']"
#: "11 revs, 7 users 58%" before the name in a community-wiki signature.
WIKI_REVISIONS = re.compile(r"^\d+ revs?(, \d+ users? \d+%)?\s*")
COMMENT = "li.comment, li.js-comment"
COMMENT_TEXT = "span.comment-copy"
COMMENT_USER = ".comment-user"
COMMENT_DATE = "span.comment-date span[title]"
COMMENT_DATE_TEXT = "span.comment-date"
#: Moderator notices ("Locked. ...") printed inside a post's body.
POST_JUNK = ("aside.js-post-notice", "aside.s-notice", "div.post-notice")
COMMENT_LIST = "ul.comments-list[data-remaining-comments-count]"
TITLE = "#question-header h1 a, #question-header h1, h1[itemprop='name'] a"
#: Comment dates as titled: "2009-11-13 23:18:03Z, License: CC BY-SA 2.5".
DATE_TITLE = re.compile(r"^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\dZ?)")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ("comment-copy", "data-answerid", 'id="question"')
FEATURES = {
    "stackoverflow.com": 0.3,
    "stackexchange.com": 0.3,
    "cdn.sstatic.net": 0.3,
    'id="question"': 0.2,
    "comment-copy": 0.2,
    "data-answerid": 0.2,
}


def parse_stackexchange(source: Source) -> list[RawThread]:
    """Read a saved question page: question, answers, and the comments on each."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    question = soup.select_one(QUESTION)
    if question is None:
        raise InputError(source.path, Problem.NO_QUESTION)
    question_key = f"q{question.get('data-questionid') or question.get('id', '')}"
    post, comments, missing = _post_with_comments(question, question_key, None, "post")
    for answer in soup.select(ANSWER):
        answer_id = answer.get("data-answerid") or answer.get("id", "").removeprefix("answer-")
        message, replies, hidden = _post_with_comments(answer, f"a{answer_id}", question_key)
        comments.extend([message, *replies])
        missing += hidden
    title = soup.select_one(TITLE)
    return [
        RawThread(
            title=title.get_text(" ", strip=True) if title else page_title(soup),
            platform="stackexchange",
            post=post,
            comments=comments,
            url=canonical_url(soup),
            language=_language(soup),
            missing=missing,
        )
    ]


def _post_with_comments(
    block: Any, key: str, parent_key: str | None, kind: str = "comment"
) -> tuple[RawMessage, list[RawMessage], int]:
    """A question or answer, its comments, and how many comments the page did not load."""
    bodies = _own(block, block.select(POST_BODY))
    body = bodies[0] if bodies else None
    author, time = _signature(block)
    message = RawMessage(
        key=key,
        text=clean_text(body, POST_JUNK) if body is not None else "",
        author=author,
        time=time,
        parent_key=parent_key,
        kind=kind,
    )
    comments = [_comment(node, message) for node in _own(block, block.select(COMMENT))]
    _link_mentions(comments)
    listings = _own(block, block.select(COMMENT_LIST))
    listing = listings[0] if listings else None
    hidden = str(listing.get("data-remaining-comments-count", "0")) if listing else "0"
    return message, comments, int(hidden) if hidden.isdigit() else 0


def _own(block: Any, nodes: list[Any]) -> list[Any]:
    """The nodes whose nearest question or answer is ``block``: when a page leaves the
    question unclosed, lxml nests the answers inside it, with their comments."""
    return [node for node in nodes if node.find_parent(_is_post_block) is block]


def _is_post_block(tag: Any) -> bool:
    classes = tag.get("class") or []
    return tag.name == "div" and ("answer" in classes or "question" in classes)


def _signature(block: Any) -> tuple[str | None, str | None]:
    """Author and time from the owner's signature (not an editor's).

    A community-wiki post signs with a "community wiki" box whose history link names
    the author ("10 revs, 6 users 24% bobince"); its time is in the "answered" box.
    """
    signatures = _own(block, block.select(SIGNATURE))
    owner = next((s for s in signatures if "owner" in s.get("class", [])), None)
    if owner is None:
        owner = next(
            (s for s in signatures if re.search(r"answered|asked", s.get_text(" ").lower())),
            signatures[-1] if signatures else None,
        )
    if owner is None:
        return None, None
    wiki = next((s for s in signatures if s.select_one(WIKI_MARK) is not None), None)
    return _author(owner) or (_wiki_author(wiki) if wiki else None), _stamp_time(
        owner.select_one(SIGNATURE_TIME)
    )


def _author(signature: Any) -> str | None:
    links = signature.select(SIGNATURE_AUTHOR)
    return links[-1].get_text(" ", strip=True) if links else None


def _wiki_author(signature: Any) -> str | None:
    history = signature.select_one(WIKI_HISTORY)
    if history is None:
        return None
    named = history.select(SIGNATURE_AUTHOR) or history.find_all("a")
    text = named[-1].get_text(" ", strip=True) if named else history.get_text(" ", strip=True)
    return WIKI_REVISIONS.sub("", text).strip() or None


def _stamp_time(stamp: Any) -> str | None:
    if stamp is None:
        return None
    match = DATE_TITLE.match(str(stamp.get("title", "")))
    if match is None:
        return None
    iso, _ = parse_date(match.group(1).replace(" ", "T"))
    return iso


def _comment(node: Any, post: RawMessage) -> RawMessage:
    text = node.select_one(COMMENT_TEXT)
    user = node.select_one(COMMENT_USER)
    date = node.select_one(COMMENT_DATE) or node.select_one(COMMENT_DATE_TEXT)
    time = _stamp_time(date)
    return RawMessage(
        key=f"c{node.get('data-comment-id') or node.get('id', '')}",
        text=clean_text(text) if text is not None else "",
        author=user.get_text(" ", strip=True) if user is not None else None,
        time=time,
        time_text=None if time else (date.get_text(" ", strip=True) if date else None),
        parent_key=post.key,
    )


def _link_mentions(comments: list[RawMessage]) -> None:
    """``@name`` replies to that user's latest earlier comment on the same post (the
    markup makes every comment a reply to the post, so the mention overrides it)."""
    speakers = Speakers(min_prefix=1, latest_of_many=True)
    for comment in comments:
        addressed = speakers.mentioned(comment.text)
        if addressed:
            comment.parent_key = addressed
        if comment.author:
            speakers.add(comment.author, comment.key)


def _language(soup: Any) -> str | None:
    return soup.html.get("lang") if soup.html is not None and soup.html.get("lang") else None


ADAPTER = Adapter(
    name="stackexchange",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_stackexchange,
    description="Stack Overflow / Stack Exchange questions: answers and comments per post",
)
