"""What of a reply the pair model should read, and against what: replies as people write them.

* A reply that opens by quoting its target ("> text" lines, or a quoted sentence the
  target contains) answers that part: the model reads the reply's own words against the
  quoted words, not the quote against the whole target.
* A concession followed by a contrast ("Works fine for you... But it does not for many")
  is left to the model whole: cutting such replies to their main clause (from the
  contrast on) dropped the model's accuracy on those DEBAGREEMENT dev pairs from 0.583 to
  0.481, and the cues already halve an agreement that a "but" follows.
* A reply marked as sarcastic with Reddit's "/s" says the opposite of its words: its
  stance is left ``none`` rather than guessed (:func:`is_marked_sarcastic`).

Plain text operations, no parse: the pairs are built before the thread is parsed
(``link.EarlyStances``) and again after it, and must come out the same.
"""

from __future__ import annotations

import re

__all__ = ["is_marked_sarcastic", "read_as_written"]

#: A reply's opening quotation: "> ..." lines, or a sentence in straight or curly quotes.
QUOTED_LINES = re.compile(r"\A(?:\s*>[^\n]*(?:\n|$))+")
QUOTED_SENTENCE = re.compile(r"\A\s*[\"“](?P<quote>[^\"”]{8,})[\"”]\s*")
#: Reddit's sarcasm mark closing a reply. Data beyond the demo threads: 33 replies of
#: ``debagreement-sample/dev.csv`` and 8 of ``subreddit-agreement`` end with it.
SARCASM_MARK = re.compile(r"(?:^|\s)/s\s*$")
#: Fewest words a reply must keep of its own for a quote to be cut away.
MIN_OWN_WORDS = 2


def read_as_written(target: str, reply: str) -> tuple[str, str]:
    """(target, reply) as the pair model should read them: the quoted part of the target
    against the reply's own words."""
    return _quoted_part(target, reply)


def is_marked_sarcastic(reply: str) -> bool:
    """Whether the reply ends with the "/s" sarcasm mark."""
    return bool(SARCASM_MARK.search(reply))


def _quoted_part(target: str, reply: str) -> tuple[str, str]:
    match = QUOTED_LINES.match(reply)
    if match:
        quoted = " ".join(line.strip().lstrip(">").strip() for line in match.group(0).splitlines())
    else:
        match = QUOTED_SENTENCE.match(reply)
        quoted = match.group("quote").strip() if match else ""
        if quoted and _normalise(quoted) not in _normalise(target):
            return target, reply
    rest = reply[match.end() :].strip() if match else reply
    if not quoted or len(rest.split()) < MIN_OWN_WORDS:
        return target, reply
    return quoted, rest


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())
