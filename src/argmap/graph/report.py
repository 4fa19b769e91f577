"""The Markdown debate report: a short analyst's note on a map.

It leads with the key points: the positions people take, the contested ones first, each
with how many hold it, who backs and who rebuts it, and the strongest words for and against
as written. Then, per thread, who took part, the main claims with who backs and who rebuts
each, the most contested claims, how participants line up, and what nobody answered. Every
figure comes from the map and :mod:`argmap.graph.query`, so the report and a script agree.

>>> from argmap.graph.example import example_debate
>>> print(render_report(example_debate()).splitlines()[0])
# Debate report: Cats or dogs
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from argmap.graph import query

if TYPE_CHECKING:
    from argmap.model import ArgumentMap, Claim, KeyPoint, Message

__all__ = ["render_report"]

#: How many claims the report lists as a thread's main claims, and at most how many of
#: them may come from one message (so one long post does not fill the list).
MAIN_CLAIMS = 5
MAIN_CLAIMS_PER_MESSAGE = 2
CONTESTED_POINTS = 3
#: Key points listed in full at the head of the report; the rest are counted.
KEY_POINTS_SHOWN = 8
#: Among equally engaged claims, the report prefers these types in this order: evaluations
#: and recommendations state a position, while plain assertions often only set the scene
#: ("Let's start with the word strategist.").
TYPE_PREFERENCE = ("evaluation", "recommendation", "prediction", "assertion", "question-claim")
#: A claim that shares words with the thread's title is about what the thread is about.
#: Words are compared by their first letters (a crude stem: "strategist" meets "strategy");
#: shorter words ("why", "not", "the") are ignored.
TOPIC_STEM_LETTERS = 6
TOPIC_MIN_LETTERS = 4
#: Long threads: the alignment lists the strongest pairs and the unanswered list the first
#: messages, so the note stays short; the rest is counted.
ALIGNMENT_PAIRS = 10
UNANSWERED_SHOWN = 10
#: Commenters named in the line on who took part; a bigger thread names its most active
#: and counts the others.
MAX_NAMED_PEOPLE = 12
#: Quoted message openings in the report are cut to this many words.
QUOTE_WORDS = 14


def render_report(amap: ArgumentMap) -> str:
    """The report as Markdown text.

    >>> from argmap.graph.example import example_debate
    >>> text = render_report(example_debate())
    >>> "- backed by Cy (t1/m2); rebutted by Bob (t1/m1)" in text
    True
    """
    from argmap.language import thread_notes

    title = amap.threads[0].title if len(amap.threads) == 1 else "all threads"
    lines = [f"# Debate report: {title}", "", _overview(amap), ""]
    if amap.points:
        lines += ["## Key points", "", *_key_points(amap), ""]
    notes = thread_notes(amap)
    for thread in amap.threads:
        part = amap.for_thread(thread.id)
        lines += _thread_section(part, several=len(amap.threads) > 1, note=notes.get(thread.id))
    return "\n".join(lines).rstrip() + "\n"


def _overview(amap: ArgumentMap) -> str:
    counts = query.summary(amap)
    stances = ", ".join(
        _count(counts[kind], word)
        for kind, word in (
            ("agree", "agreement"),
            ("rebut", "rebuttal"),
            ("support", "support"),
            ("attack", "attack"),
            ("restate", "restatement"),
        )
        if counts[kind]
    )
    return (
        f"{_count(counts['threads'], 'thread')}, {_count(counts['messages'], 'message')} "
        f"from {_count(counts['authors'], 'named participant')}, "
        f"{_count(counts['claims'], 'claim')}; "
        f"links found: {stances or 'no agreement or disagreement'}."
    )


def _thread_section(part: ArgumentMap, *, several: bool, note: str | None = None) -> list[str]:
    """One thread's part of the report; ``note`` says what of it was not read (languages
    without a pipeline, see :func:`argmap.language.coverage_note`)."""
    thread = part.threads[0]
    lines = [f"## {thread.title}", ""] if several else []
    lines += [_who_took_part(part), ""]
    if note:
        lines += [f"*{note}*", ""]
    lines += ["### Main claims", "", *_main_claims(part), ""]
    lines += ["### Most contested points", "", *_contested(part), ""]
    lines += ["### Alignment", "", *_alignment(part), ""]
    lines += ["### Unanswered", "", *_unanswered(part), ""]
    return lines


def _key_points(amap: ArgumentMap) -> list[str]:
    """The key points, contested ones (backed and rebutted) first, then by prevalence; each
    with its standing and the strongest words for and against it, verbatim."""
    ranked = sorted(
        amap.points,
        key=lambda p: (not (p.backers and p.rebutters), -p.prevalence, -len(p.members)),
    )
    lines = []
    for number, point in enumerate(ranked[:KEY_POINTS_SHOWN], start=1):
        people = "1 person" if point.prevalence == 1 else f"{point.prevalence} people"
        lines.append(f"{number}. **{_one_line(point.text)}** — held by {people}")
        lines.append(f"   - {_backing(amap, point.backers, point.rebutters)}")
        lines += [f"   - {line}" for line in _strongest_words(amap, point)]
    return lines + _more(len(ranked) - KEY_POINTS_SHOWN, "key point")


def _strongest_words(amap: ArgumentMap, point: KeyPoint) -> list[str]:
    """The sentence of the point's most backed member, and the words of its most confident
    rebuttal: the attacking claim's sentence, or the rebutting message's opening. Among
    equally backed members the one the point is named after wins (the most central: a
    member grouped by topic may argue something else), then the first."""
    engaged = {e.claim.id: e for e in query.engagement(amap)}
    members = [amap.claim(claim_id) for claim_id in point.members]
    best = max(
        members,
        key=lambda c: (len(engaged[c.id].backers), c.text == point.text, -members.index(c)),
    )
    lines = [f"for: “{_one_line(best.sentence)}” — {_speaker(amap, best.message)}"]
    against = _strongest_rebuttal(amap, point)
    if against:
        lines.append(f"against: “{against[1]}” — {_speaker(amap, against[0])}")
    return lines


def _strongest_rebuttal(amap: ArgumentMap, point: KeyPoint) -> tuple[str, str] | None:
    """``(message id, words)`` of the most confident attack on a member (the attacking
    claim's sentence says precisely what is disputed), else of the most confident rebuttal
    of a member's message by one of the point's rebutters (its opening words)."""
    members, rebutters = set(point.members), set(point.rebutters)
    messages = {amap.claim(c).message for c in members}
    found = []
    for relation in amap.relations:
        if relation.kind == "attack" and relation.target in members:
            claim = amap.claim(relation.source)
            words = _one_line(claim.sentence or claim.text)
            found.append((True, relation.confidence, claim.message, words))
        elif (
            relation.kind == "rebut"
            and relation.source in rebutters
            and relation.target in messages
        ):
            text = _opening(amap.message(relation.source).text)
            found.append((False, relation.confidence, relation.source, text))
    if not found:
        return None
    *_, message, words = max(found, key=lambda item: item[:2])
    return message, words


def _who_took_part(part: ArgumentMap) -> str:
    """Who the post drew, by name: everyone in a small thread; in a big one, how many
    people and the :data:`MAX_NAMED_PEOPLE` who wrote most (a list of hundreds of names
    tells a reader nothing)."""
    thread = part.threads[0]
    post = next((m for m in part.messages if m.kind == "post"), None)
    comments = [m for m in part.messages if m.kind != "post"]
    written = Counter(m.author for m in comments if m.author)
    unsigned = sum(1 for m in comments if not m.author)
    opener = f"{post.author or 'An unsigned'} post" if post else "A thread"
    if post and post.author:
        opener = f"{post.author}'s post"
    drew = f"drew {_count(len(comments), 'comment')}" if comments else "drew no comments"
    unsigned_part = [_count(unsigned, "unsigned commenter")] if unsigned else []
    if len(written) > MAX_NAMED_PEOPLE:
        most = sorted(written, key=lambda name: -written[name])[:MAX_NAMED_PEOPLE]
        drew += f" from {_and([_count(len(written), 'named commenter'), *unsigned_part])}"
        drew += f"; most active: {', '.join(most)}"
    elif written or unsigned:
        drew += f" from {_and([*written, *unsigned_part])}"
    missing = f" The source mentions {thread.missing} more not saved." if thread.missing else ""
    return f"{opener} ({thread.source}) {drew}.{missing}"


def _main_claims(part: ArgumentMap) -> list[str]:
    """Among the claims whose role is ``main`` (all claims of a map without roles): the most
    engaged (backers plus attackers), then the most central, then the
    post's own claims, which state what the thread is about; ties go to claims sharing more
    words with the thread's title, then by :data:`TYPE_PREFERENCE`."""
    engaged = {e.claim.id: e for e in query.engagement(part)}
    centrality = {claim.id: score for claim, score in query.central_claims(part, len(part.claims))}
    candidates = [claim for claim in part.claims if claim.role == "main"] or list(part.claims)
    post_ids = {m.id for m in part.messages if m.kind == "post"}
    topic = _stems(part.threads[0].title)
    order = {claim.id: index for index, claim in enumerate(part.claims)}

    def rank(claim: Claim) -> tuple[int, float, bool, int, int, int]:
        e = engaged[claim.id]
        return (
            -(len(e.backers) + len(e.attackers)),
            -centrality.get(claim.id, 0.0),
            claim.message not in post_ids,
            -len(topic & _stems(claim.text)),
            _type_rank(claim.type),
            order[claim.id],
        )

    chosen: list[Claim] = []
    per_message: dict[str, int] = {}
    for claim in sorted(candidates, key=rank):
        if per_message.get(claim.message, 0) < MAIN_CLAIMS_PER_MESSAGE:
            chosen.append(claim)
            per_message[claim.message] = per_message.get(claim.message, 0) + 1
        if len(chosen) == MAIN_CLAIMS:
            break
    if not chosen:
        return ["No claims were found in this thread."]
    lines = []
    for number, claim in enumerate(chosen, start=1):
        e = engaged[claim.id]
        lines.append(f"{number}. “{_one_line(claim.text)}” — {_speaker(part, claim.message)}")
        lines.append(f"   - {_backing(part, e.backers, e.attackers)}")
    return lines


def _stems(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {word[:TOPIC_STEM_LETTERS] for word in words if len(word) >= TOPIC_MIN_LETTERS}


def _type_rank(claim_type: str) -> int:
    if claim_type in TYPE_PREFERENCE:
        return TYPE_PREFERENCE.index(claim_type)
    return len(TYPE_PREFERENCE)


def _backing(part: ArgumentMap, backers: tuple[str, ...], attackers: tuple[str, ...]) -> str:
    if not backers and not attackers:
        return "nobody backs or rebuts it"
    backed = f"backed by {_and([_speaker(part, m) for m in backers])}" if backers else ""
    rebutted = f"rebutted by {_and([_speaker(part, m) for m in attackers])}" if attackers else ""
    return "; ".join(text for text in (backed, rebutted) if text)


def _contested(part: ArgumentMap) -> list[str]:
    points = query.contested(part, CONTESTED_POINTS)
    if not points:
        return ["No claim here is both backed and attacked."]
    return [
        f"- “{_one_line(e.claim.text)}” ({_speaker(part, e.claim.message)}): "
        f"{len(e.backers)} for, {len(e.attackers)} against — "
        f"{_backing(part, e.backers, e.attackers)}"
        for e in points
    ]


def _alignment(part: ArgumentMap) -> list[str]:
    """Who agrees or disagrees with whom, strongest (largest net count) first."""
    matrix = query.agreement_matrix(part, unsigned=True)
    pairs = sorted(
        (
            (speaker, addressee, net)
            for speaker, row in matrix.items()
            for addressee, net in row.items()
        ),
        key=lambda pair: (-abs(pair[2]), pair[0], pair[1]),
    )
    lines = []
    for speaker, addressee, net in pairs[:ALIGNMENT_PAIRS]:
        if net > 0:
            verb = "agrees with"
        elif net < 0:
            verb = "disagrees with"
        else:
            verb = "both agrees and disagrees with"
        times = f" ({abs(net)}×)" if abs(net) > 1 else ""
        lines.append(f"- {speaker} {verb} {addressee}{times}.")
    lines += _more(len(pairs) - ALIGNMENT_PAIRS, "pair")
    return lines or ["Nobody openly agrees or disagrees with anyone here."]


def _unanswered(part: ArgumentMap) -> list[str]:
    messages: list[Message] = query.unanswered(part)  # type: ignore[assignment]
    if not messages:
        return ["Every message drew a reply or a stance."]
    lines = [
        f"- {_speaker(part, message.id)}: “{_opening(message.text)}”"
        for message in messages[:UNANSWERED_SHOWN]
    ]
    return lines + _more(len(messages) - UNANSWERED_SHOWN, "message")


def _more(hidden: int, noun: str) -> list[str]:
    plural = "" if hidden == 1 else "s"
    return [f"- … and {hidden} more {noun}{plural}."] if hidden > 0 else []


def _speaker(part: ArgumentMap, message_id: str) -> str:
    author = part.message(message_id).author
    return f"{author} ({message_id})" if author else query.speaker_name(author, message_id)


def _one_line(text: str) -> str:
    """Claim texts may hold line breaks, which would break a Markdown list item."""
    return " ".join(text.split())


def _opening(text: str) -> str:
    words = text.split()
    return " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
