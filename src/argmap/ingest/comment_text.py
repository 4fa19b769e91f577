"""The lines of a comment's text that nobody wrote as a comment: controls, counters, and the
header a theme prints around the words (who, when, a subject, a score).

A theme whose author and date the reader cannot select still prints them, and they land in
the comment's text as lines of their own: "Ann", "Posted on August 9, 2012 at 11:40am",
"by Ann (5327) writes:", "Re: the subject (Score:5, Insightful)", "by Ann on May 23, 2011
at 12:47 am | Reply". These are the comment's metadata, not its words: :func:`split_header`
takes them out of the text and gives back the name and the shown date they hold, so a
reader can put them in the comment's author and date fields.

The rules name no platform: a header line is short and made only of a date, a name and the
few words themes put around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from argmap.ingest.reply_cues import SPEECH_VERBS

__all__ = [
    "CONTROL_WORDS",
    "DATE_MARK",
    "FURNITURE_LINE",
    "CommentHeader",
    "date_span",
    "is_furniture",
    "is_header_line",
    "signed_name",
    "split_header",
    "without_furniture",
]

#: Lines of page furniture inside a comment's text: controls and counters.
FURNITURE_LINE = re.compile(
    r"^(reply|replies|like|unlike|share|tweet|email|report|permalink|delete|edit|quote"
    r"|\d+\s+(likes?|fans?|comments?|replies|points?|votes?)|reply\s*[↓|]?|log in to reply"
    r"|(log ?in|sign ?in) or register to .{0,40}|please rate this comment\W*[\d\s]*)$",
    re.IGNORECASE,
)
#: "3 Comments", "1 comment, read it below or add one", "One comment | Add your comment": a
#: comment count opening a short line is the section's heading, not a comment.
COUNT_LINE = re.compile(
    r"^(\d{1,5}|no|one)\s+(comments?|responses?|replies|thoughts?)\b\W*(\w+\W*){0,6}$",
    re.IGNORECASE,
)
#: Words of the controls under a comment; a short line made only of them ("Reply to This
#: Parent Share", "Reply · Report · Quote", "Rate this: 0 0", "Like or Dislike: 2 1") is
#: furniture however the theme combines them.
CONTROL_WORDS = frozenset(
    {
        *("reply", "replies", "to", "this", "parent", "share", "like", "likes", "report"),
        *("flag", "permalink", "quote", "delete", "edit", "link", "tweet", "email", "abuse"),
        *("up", "down", "vote", "thread", "collapse", "expand", "hide", "show", "more"),
        *("rate", "rating", "dislike", "or"),
    }
)
#: One word alone ("This.", "More!") can be a whole comment: only known controls
#: (``FURNITURE_LINE``) are dropped alone.
MIN_CONTROL_LINE_WORDS = 2
MAX_CONTROL_LINE_WORDS = 6
_WORDS = re.compile(r"[^\W\d_]+")

#: A date in a line: a year, or a time of day ("11:40am", "8:19 am").
DATE_MARK = re.compile(r"\b(19|20)\d\d\b|\b\d{1,2}[:.]\d\d(\s*[ap]\.?m\b)?", re.IGNORECASE)
#: Words of a shown date: months, weekdays, "am"/"pm", zones, ordinal endings ("13th").
DATE_WORDS = frozenset(
    {
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct"),
        *("nov", "dec", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday"),
        *("am", "pm", "a", "p", "m", "utc", "gmt", "est", "edt", "pst", "pdt", "cst", "cdt"),
        *("st", "nd", "rd", "th", "h"),
    }
)
#: Words themes put around a comment's name and date in its header or footer line ("by Ann
#: on May 23, 2011 at 12:47 am | Reply", "responded to Ann on ... Link To Comment").
HEADER_WORDS = frozenset(
    {
        *("by", "posted", "written", "submitted", "published", "on", "at", "in", "said"),
        *("says", "wrote", "writes", "responded", "replied", "comment", "comments", "reply"),
        *("link", "to", "this", "permalink", "edit", "quote", "report", "and", "of"),
    }
)
#: A header line names at most this many words beside its date and theme words: a name.
MAX_NAME_WORDS = 4
#: Header lines are short; a longer line with a date is a sentence that mentions one.
MAX_HEADER_CHARS = 120
#: Only this many lines at either end of a comment are searched for its header or footer:
#: a dated line inside the text is the writer's.
HEADER_REACH = 3
#: "by Ann (5327) writes:", "Ann says:", "Ann said...": a line naming who speaks next.
SPEAKER_LINE = re.compile(
    r"^(?:by\s+)?(?P<name>[^\n:]{1,50}?)(?:\s*\(\d+\))?(?:\s*<[^>\s]+>)?\s+"
    rf"(?:{SPEECH_VERBS})\s*(?::|\.\.\.|…)\s*$",
    re.IGNORECASE,
)
#: A score a site gives a comment, printed in its header: "(Score:5, Insightful)".
SCORE = re.compile(r"\(\s*score\s*:\s*-?\d+[^)]{0,30}\)\s*$", re.IGNORECASE)
#: "Re: the subject", a reply's subject line, repeats the subject of the comment it answers.
SUBJECT_LINE = re.compile(r"^re\s*:", re.IGNORECASE)
MAX_SUBJECT_WORDS = 12
#: A line that ends a sentence is the writer's, not a name or subject above a header.
SENTENCE_END = re.compile(r"[.!?…]\s*$")
#: "by Ann on <date>", "Posted by: Ann | <date>": the name in a signature line.
SIGNED_BY = re.compile(
    r"(?:^by|\b(?:posted|written|submitted)\s+by):?\s+(?P<name>[^|\n]{1,40}?)\s*"
    r"(?:\||\bon\b|\bat\b|,|$)",
    re.IGNORECASE,
)
#: A name line above a header: a few words, no sentence punctuation.
MAX_NAME_CHARS = 40
NAME_LINE = re.compile(r"^[^.!?:;]{1,40}$")


@dataclass(frozen=True)
class CommentHeader:
    """A comment's text without its header and footer lines, and what they said."""

    text: str
    author: str | None = None
    date_text: str | None = None


def without_furniture(text: str) -> str:
    """A comment's text without lines that are only a control or counter ("Reply",
    "Log in to Reply", "3 likes")."""
    lines = text.split("\n")
    return "\n".join(line for line in lines if not is_furniture(line))


def is_furniture(line: str) -> bool:
    """Whether a line is only a control or counter: a known one, a comment count, or a few
    control words (and their numbers)."""
    line = line.strip()
    if FURNITURE_LINE.match(line) or COUNT_LINE.match(line):
        return True
    words = _WORDS.findall(line.casefold())
    only_controls = all(word in CONTROL_WORDS for word in words)
    return MIN_CONTROL_LINE_WORDS <= len(words) <= MAX_CONTROL_LINE_WORDS and only_controls


def is_header_line(line: str) -> bool:
    """Whether a line is a comment's header or footer: a date with at most a name and the
    theme's words around it, a "Ann writes:" line, or a subject with a score.

    >>> is_header_line("by Ann Lee on May 23, 2011 at 12:47 am | Reply")
    True
    >>> is_header_line("Posted on August 9, 2012 at 11:40am")
    True
    >>> is_header_line("by ann (543817) writes:")
    True
    >>> is_header_line("I bought mine on May 23, 2011 and it still works fine")
    False
    """
    return bool(
        _dated_header(line) or SPEAKER_LINE.match(line) or SCORE.search(line) or _subject(line)
    )


def _dated_header(line: str) -> bool:
    if len(line) > MAX_HEADER_CHARS or not DATE_MARK.search(line):
        return False
    words = _WORDS.findall(line.casefold())
    others = [w for w in words if w not in DATE_WORDS and w not in HEADER_WORDS]
    return len(others) <= MAX_NAME_WORDS and len(others) < max(1, len(words))


def date_span(line: str) -> str:
    """The date in a header line, without the name and theme words around it: "by Ann on
    May 23, 2011 at 12:47 am | Reply" gives "May 23, 2011 at 12:47 am".

    >>> date_span("Comment #2 - Posted by: Ines at November 10, 2012 5:55 PM")
    'November 10, 2012 5:55 PM'
    """
    tokens = line.split()
    marks = [n for n, token in enumerate(tokens) if _date_token(token)]
    if not marks:
        return line.strip()
    return " ".join(tokens[marks[0] : marks[-1] + 1]).strip(" ,|·•-–—")


def _date_token(token: str) -> bool:
    """A word of a shown date: a number (not "#2"), a month or weekday, "am", a zone."""
    word = token.strip(" ,.|·•()[]-–—").casefold()
    return bool(word) and (word[0].isdigit() or (len(word) > 1 and word in DATE_WORDS))


def _subject(line: str) -> bool:
    return bool(SUBJECT_LINE.match(line)) and len(line.split()) <= MAX_SUBJECT_WORDS


def split_header(text: str, reach: int = HEADER_REACH) -> CommentHeader:
    """Take a comment's header and footer lines out of its text (see the module): header
    lines among its first ``reach`` lines, with the lines above them (a name, a subject),
    and header lines among its last ``reach``. The author is the name a line signs with
    ("by Ann on ...", "Ann writes:") or a lone name line above a dated line; the date is
    the first dated line's text. A comment made only of such lines is left as it is."""
    lines = text.split("\n")
    head = _header_end(lines[:reach])
    if head == len(lines):  # all header-like: the last line may be a footer under the text
        head = 0
    tail = len(lines)
    while tail > max(head, len(lines) - reach) and is_header_line(lines[tail - 1]):
        tail -= 1
    if (head == 0 and tail == len(lines)) or head >= tail:
        return CommentHeader(text)
    taken = lines[:head] + lines[tail:]
    author = signed_name(taken) or _name_line(lines[:head])
    date_text = next((date_span(line) for line in taken if _dated_header(line)), None)
    return CommentHeader("\n".join(lines[head:tail]), author, date_text)


def _header_end(lines: list[str]) -> int:
    """How many opening lines are header: up to and including the last header line, when
    the lines above it are short (a name, a subject), not the writer's paragraphs."""
    end = 0
    for number, line in enumerate(lines):
        if is_header_line(line):
            end = number + 1
        elif (
            len(line.split()) > MAX_SUBJECT_WORDS
            or SENTENCE_END.search(line)
            or line.lstrip().startswith("@")  # "@ Ann" then her comment's date: a reply cue
        ):
            break
    return end


def signed_name(lines: list[str]) -> str | None:
    """The name a header or signature line signs with ("by Ann on <date>", "Ann writes:")."""
    for line in lines:
        found = SPEAKER_LINE.match(line) or (
            SIGNED_BY.search(line) if DATE_MARK.search(line) else None
        )
        if found:
            return found.group("name").strip(" ·•|-–—:,") or None
    return None


def _name_line(lines: list[str]) -> str | None:
    """A name printed alone above the dated line ("Ann" then "August 9, 2012 at 11:40am")."""
    for first, second in pairwise(lines):
        if NAME_LINE.match(first) and not is_header_line(first) and _dated_header(second):
            return first.strip() or None
    return None
