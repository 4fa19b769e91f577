"""Find the sentences of a message that put a proposition forward, state their claims and
give each claim its role in the message.

A sentence is a claim when no rule rules it out (too short, a greeting, thanks, code,
quoted or reported words) and the ``argues`` detector scores it at or above
its threshold; a question counts only when it asserts something. Each claim keeps the
verbatim sentence and its character span in the message; coordinated claims split from
one sentence share that sentence and span.

Roles (see :func:`assign_roles`): the ``judgement`` detector tells judgements and courses
of action from facts and testimony; the message's strongest judgements are its ``main``
claims, the others and the reasons it gives are ``premise`` claims (linked to a main claim
by :func:`premise_links`), and facts or anecdotes given as no reason are ``aside``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argmap.claims import lexicon
from argmap.claims.canonical import (
    CanonicalClaim,
    canonical_claims,
    is_contracted_word,
    is_that_said,
    opens_its_sentence,
)
from argmap.claims.detector import Detector, Detectors, load_detectors
from argmap.claims.verdict import verdict_claim
from argmap.model import Claim, Message, Relation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "PREMISE_CONFIDENCE",
    "assign_roles",
    "extract_claims",
    "find_claims",
    "is_claim_sentence",
    "premise_links",
    "sentence_claims",
]

#: Confidence of the support link from a premise to its message's main claim: it rests on
#: the two detectors and the message's order, not on an explicit connective.
PREMISE_CONFIDENCE = 0.5
#: Dependents in which a verb of attribution reports or judges ("I found [that X]", "I
#: found it [useful]", "I thought [it was fine]").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})
#: Dependencies of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
#: Verbs whose left-out subject is "it", not the writer: "Seemed a bit arbitrary.",
#: "Turned out that X", "Took a lot of deaths to reach this point".
_IT_VERBS = frozenset({"seem", "turn", "take", "happen", "sound", "appear"})
#: Punctuation and symbols that mark a line of code ("bar is None: # or if not bar").
_CODE_SIGNS = re.compile(
    r"==|!=|->|=>|::|\+=|&&|\|\||[{};]|\w\(\)|\b\w+\.\w+\(|__\w+__|\w=\w|\)\s*:"
    r"|^\s*(#|//|\$ |>>>)|\s#\s|:(?=\s*#)|:\s*$|\b[a-zA-Z][a-z]+[A-Z]\w*\("
)
#: A line that declares a variable, function or class ("var total = new List", "let
#: squares x = x * x", "public void Check(", "public class Parser"): code whatever else
#: it holds. Lower case only, as a compiler reads it; none of the claims of the
#: subreddit, DEBAGREEMENT or dragnet samples opened so, and 12 of the saved pages' did.
_DECLARATION = re.compile(
    r"\s*(?:(?:var|let|const|val|auto)\s+\w+(?:\s+\w+)*\s*=(?!=)"
    r"|(?:public|private|protected|internal)\s+(?:static\s+)?"
    r"(?:class|interface|struct|enum|void|static|\w+(?:<[^>]*>)?\s+\w+\())"
)
#: A frame of a Python traceback, pasted as text ('File "<stdin>", line 3, in <module>'):
#: program output, whatever its words. Two of the saved pages hold such tracebacks
#: outside code blocks; other languages' stack lines carry code signs already.
_TRACEBACK_FRAME = re.compile(r'\s*File "[^"\n]+", line \d+')
#: Every code sign holds one of these characters, and signs do not overlap: a sentence
#: with fewer of them than the signs a code line needs has too few signs, and most
#: sentences have, so the costlier pattern above is spared.
_MAY_SIGN = re.compile(r"[=!>:+&|{};(_#/$}]")
#: A comment plugin's link to the commenter's latest post: "Jean recently posted..Title".
_RECENT_POST = re.compile(r"\brecently posted\s*\.{2,}", re.IGNORECASE)
#: Most tokens of a post title on its own line after "recently posted..".
_LONGEST_POST_TITLE = 24
#: A pingback's or a comment's dated byline: "by <post title> on May 7, 2011 at 8:47 pm",
#: "on 2012-10-11 at 7:50 am <name>".
_DATED_BYLINE = re.compile(
    r"(by\b.*\b)?on\s+(\d{4}-\d\d-\d\d|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})"
    r"\s+at\s+\d{1,2}:\d\d",
    re.IGNORECASE,
)
#: A commenter's name and the time of the comment, alone on their line: "katie On Friday,
#: November 2 at 1:16 pm", "Kiss and Make-upOctober 22, 2012 10:46 AM".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NAMED_TIMESTAMP = re.compile(
    r"(?:\S+\s+){0,3}?\S*?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    r"(?:,?\s+at)?\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*",
    re.IGNORECASE,
)
#: Tags that make a line more than a noun phrase: a finite verb or a participle.
_PHRASE_BREAKING_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD", "VBN"})
#: The fewest lines of a message whose lines may be a list (:func:`_is_a_listed_phrase`).
_LISTED_LINES = 3
#: Link spam (:func:`_is_link_spam`): this many links in one sentence, or a word said at
#: least this many times and making at least this share of the sentence's words.
_SPAM_LINKS = 3
_SPAM_REPEATS = 3
_SPAM_SHARE = 0.2
#: Characters that count towards a code line's symbols: not letters, digits, spaces or
#: the marks prose has plenty of (. , ' ’ _ -).
_SYMBOLS = re.compile(r"[^\w\s.,'’-]")
_QUOTE_MARKS = "\"“”‘’'«»„"
#: A quotation that may run over several sentences: curly marks, or straight ones within
#: one line (a stray straight mark must not swallow the rest of a message).
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
#: A word or number, as :func:`_plain_words` reads them.
_PLAIN_WORD = re.compile(r"[^\W_]+")
_NO_APOSTROPHES = str.maketrans("", "", "'’")


@dataclass(frozen=True, slots=True)
class _Found:
    """A claim found in a sentence, before its role is known."""

    claim: CanonicalClaim
    sentence: Span
    span: tuple[int, int]
    judgement: float
    reason: bool


def extract_claims(
    messages: Iterable[Message], docs: Iterable[Doc], detectors: Detectors | None = None
) -> list[Claim]:
    """Claims of every message, from its parsed ``Doc`` (same order as ``messages``).

    ``detectors`` default to the shipped ones; the training script passes candidates to
    choose between them on annotated messages.
    """
    detectors = detectors or load_detectors()
    messages = list(messages)
    posts = {m.id for m in messages if m.kind == "post"}
    claims: list[Claim] = []
    for message, doc in zip(messages, docs, strict=True):
        answers_post = message.parent is None or message.parent in posts
        found = _message_claims(message, doc, detectors, answers_post)
        roles = assign_roles([(f.judgement, f.reason) for f in found], detectors.judgement)
        for number, (item, role) in enumerate(zip(found, roles, strict=True)):
            start, end = item.span
            claims.append(
                Claim(
                    id=f"{message.id}/c{number}",
                    message=message.id,
                    text=item.claim.text,
                    sentence=message.text[start:end],
                    span=(start, end),
                    type=item.claim.type,
                    role=role,
                )
            )
    return claims


def find_claims(text: str, model: str | None = None) -> list[Claim]:
    """The claims of one text, as if it were the message ``t1/m0`` of a thread ``t1``,
    each with its ``role``.

    Examples
    --------
    >>> [c.text for c in find_claims("Thanks for reading! Isn't remote work more productive?")]
    ['remote work is more productive']
    """
    from argmap.nlp import load_pipeline, parse_texts

    message = Message("t1/m0", "t1", "post", None, None, None, text)
    return extract_claims([message], parse_texts([text], load_pipeline(model)))


def premise_links(claims: Sequence[Claim]) -> list[Relation]:
    """A ``support`` relation from each ``premise`` claim to a ``main`` claim of its
    message: the nearest main claim before it, else the first one after it."""
    links: list[Relation] = []
    by_message: dict[str, list[Claim]] = {}
    for claim in claims:
        by_message.setdefault(claim.message, []).append(claim)
    for members in by_message.values():
        mains = [i for i, c in enumerate(members) if c.role == "main"]
        if not mains:
            continue
        for i, claim in enumerate(members):
            if claim.role != "premise":
                continue
            before = [m for m in mains if m < i]
            target = members[before[-1] if before else mains[0]]
            links.append(
                Relation(claim.id, target.id, "support", PREMISE_CONFIDENCE, claim.sentence)
            )
    return links


def assign_roles(scored: Sequence[tuple[float, bool]], judgement: Detector) -> list[str]:
    """Roles of a message's claims, in the message's order, given each claim's
    ``judgement`` probability and whether its sentence opens as a reason ("because", "for
    example").

    The judgements that are not reasons are the candidates for ``main``; the strongest
    ``1 + candidates // MAIN_CLAIM_STEP`` of them (at most ``MAX_MAIN_CLAIMS``) are
    ``main``. Other judgements and every reason are ``premise`` (they argue for a main
    claim); facts and testimony given as no reason are ``aside``. A message with claims
    but no judgement still puts one forward: its strongest claim that is no reason (or
    its strongest reason) is ``main``, so every message with claims shows one by default.

    The message's first claim, unless it opens as a reason, is ``main`` too: writers put
    what they argue for first. In ``cmv-ampersand-threads`` the first argument component
    of a comment is a claim, not a premise, in 316 of 384 comments (82%), against 38% of
    the components in between and 58% of the last. On the claim dev set this found 16
    more of the annotators' 119 main claims for 31 more main claims (main-claim F1 0.473
    → 0.541, 1.19 main claims per message).
    """
    candidates = [
        i for i, (p, reason) in enumerate(scored) if p >= judgement.threshold and not reason
    ]
    if not candidates and scored:
        others = [i for i, (_, reason) in enumerate(scored) if not reason]
        candidates = [max(others or range(len(scored)), key=lambda i: scored[i][0])]
    wanted = min(lexicon.MAX_MAIN_CLAIMS, 1 + len(candidates) // lexicon.MAIN_CLAIM_STEP)
    ranked = sorted(candidates, key=lambda i: -scored[i][0])
    mains = set(ranked[:wanted])
    if scored and not scored[0][1] and 0 not in mains:
        if len(mains) >= lexicon.MAX_MAIN_CLAIMS:
            mains.discard(ranked[wanted - 1])
        mains.add(0)
    roles = []
    for i, (p, reason) in enumerate(scored):
        if i in mains:
            roles.append("main")
        elif reason or p >= judgement.threshold:
            roles.append("premise")
        else:
            roles.append("aside")
    return roles


def sentence_claims(sentence: Span, detectors: Detectors | None = None) -> list[CanonicalClaim]:
    """The claims of one parsed sentence.

    ``detectors`` default to the shipped ones; the evaluation passes others trained the
    same way on other data.
    """
    return _claims_and_judgement(sentence, sentence.text, detectors or load_detectors())[0]


def _stated(sentence: Span, detectors: Detectors) -> list[CanonicalClaim]:
    """The canonical claims of a claim sentence, less those whose clause tells the
    writer's own experience (:meth:`Detectors.told`). A sentence of one claim is read
    whole (its features are already computed); one of several, clause by clause."""
    claims = canonical_claims(sentence)
    doc = sentence.doc
    if len(claims) == 1:
        told = detectors.told(sentence) or _tells_of_the_writer(doc[slice(*claims[0].clause)])
        return [] if told else claims
    return [
        c
        for c in claims
        if not (
            detectors.told(doc[slice(*c.clause)]) or _tells_of_the_writer(doc[slice(*c.clause)])
        )
    ]


def _tells_of_the_writer(clause: Span) -> bool:
    """Whether the clause tells the writer's past (:func:`_narrates_the_writers_past`) or
    plan (:func:`_plans_the_writers_own`): told, not put forward."""
    return _narrates_the_writers_past(clause) or _plans_the_writers_own(clause)


def _plans_the_writers_own(clause: Span) -> bool:
    """Whether the clause tells what the writer will do: "I" with "will", "'ll", "shall"
    or "going to" ("I will call my doctor as soon as they open", "I'll keep you updated",
    "I'm going to buy this book"). A plan about oneself is no claim anyone could dispute;
    the claim dev set lists such sentences among its not-claims. Of 45 such claims drawn
    from the four samples (143 in all) 35 were plans or promises; the verbs of the others
    stay (:data:`lexicon.CLAIMING_FUTURES`: "I will never understand people who X", "I
    will be amazed if X", "I will concede that X"), and so do choices among what the
    thread weighs ("I'll stick to a native approach", "I will never take the jab")."""
    root = clause.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "i":
        return False
    verb = _planned_verb(root)
    if verb is None or verb.lemma_.lower() in lexicon.CLAIMING_FUTURES:
        return False
    return not any(_introduces_a_clause(c) for c in verb.children)


def _introduces_a_clause(child: Token) -> bool:
    """A finite clause with its own subject that the planned verb puts forward ("I'm
    going to warn you [that correcting them will not work]", "I will clarify [that X]"),
    not the bare verb a "let" or "make" takes ("I'll let you [know]")."""
    if child.dep_ != "ccomp" or not any(g.dep_ in _SUBJECT_DEPS for g in child.children):
        return False
    finite = ("MD", "VBZ", "VBP", "VBD")
    return child.tag_ in finite or any(
        g.dep_ in ("aux", "auxpass") and g.tag_ in finite for g in child.children
    )


def _planned_verb(root: Token) -> Token | None:
    """The verb a "will", "'ll", "shall" or "going to" puts in the future, or ``None``."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in root.children):
        return root
    if root.lemma_.lower() == "go" and root.tag_ == "VBG":
        return next(
            (
                c
                for c in root.children
                if c.dep_ == "xcomp" and any(a.lower_ in ("to", "na") for a in c.lefts)
            ),
            None,
        )
    return None


def _narrates_the_writers_past(clause: Span) -> bool:
    """Whether the clause tells what the writer did or went through: "I" or "we" in a
    past tense, with no modal ("I felt pretty crappy all day Sunday", "we killed the
    site", "I didn't read this article"). An anecdote is told, not put forward for
    agreement, whatever the detectors make of its words. In ``cdcp-train`` 201 of the 237
    propositions so built are testimony; most of the 36 values report what the writer
    found, thought or learned ("I found that X", "I found this conduct indecent"), which
    stay. Over the four samples 233 claims were such clauses; of 40 drawn and read, 37
    were anecdotes ("I decided to hold off on the second dose", "I looked into it").
    The writer's present perfect tells the same: in ``cdcp-train`` 51 of the 58
    propositions with "I" and a present perfect of a verb other than one of attribution
    are testimony ("I have received calls from debt collectors at 9:30 pm"); over the four
    samples 42 claims went, each read: 34 told the writer's experience ("I've been sick
    for a week", "I haven't read the whole paper"), 8 framed a claim so ("I have learned
    the hard way that X", "I've noticed the code is nice and clean"), as CDCP's
    testimony does ("I have learned there is a significant legal difference ..."). The
    present perfect of "we" stays: it speaks for a country or mankind as often as for the
    writer's circle ("we have, in effect, made it illegal to be untraceable", a CDCP
    value)."""
    root = clause.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return _narrates_with_the_writer_left_out(root)
    if subject.lower_ not in ("i", "we"):
        return False
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in root.children) or (
        subject.lower_ == "i" and any(t.lower_ == "were" for t in (root, *auxiliaries))
    ):
        return False  # a supposition: "if I were to put them in front of a train"
    if root.lemma_.lower() in lexicon.ATTRIBUTION_VERBS:
        reported = _reported_deps(root)
        if any(c.dep_ in reported for c in root.children):
            return False  # "I found this to be a problem", "I didn't realize X"
    if root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return True
    return subject.lower_ == "i" and _in_present_perfect(root, auxiliaries)


def _narrates_with_the_writer_left_out(verb: Token) -> bool:
    """Whether the clause tells the writer's past with "I" left out, as a diary does: a
    sentence that opens on a past tense with no subject ("Got my Moderna booster
    Wednesday.", "Woke up at 5am and felt horrible.", "Made the corn chowder tonight.").
    The labelled sets hold no such sentence, so the rule rests on the samples: over
    DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000 dragnet lines 54
    claims went, each read: 48 were the writer's (or a friend's) doings, 6 a jab at
    someone left unnamed ("And called an AR-15 a bullpup...?") or a feeling ("Loved all
    the comments"). Left out stay a verb that drops "it" rather than "I" ("Seemed a bit
    arbitrary.", "Turned out that X"), a base form read as a past ("Put a major city in
    each one."), and a sentence that reports a clause ("Heard that X"). A past auxiliary
    before the verb sets the diary in the past too ("Wasn't expecting much balance",
    "Had covid in October 2020"): 5 more claims went, each the writer's story."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    opening = _past_opening(head)
    if head.dep_ != "ROOT" or opening is None or _past_opening(verb) is None:
        return False
    if head.lemma_.lower() in _IT_VERBS:
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children):
        return False
    if not opens_its_sentence(opening):
        return False
    return not any(t.dep_ == "ccomp" for t in head.subtree)


def _past_opening(verb: Token) -> Token | None:
    """The word that sets ``verb``'s clause in the past: ``verb`` itself in a past tense
    (not a base form the tagger read as one), or a past "did", "was" or "had" before it
    ("Didn't have any side effects", "Wasn't expecting much", "Had never heard of it");
    a passive's "was" is not one ("Was used in HD VCRs" may leave out "it")."""
    if verb.tag_ == "VBD":
        return None if verb.lower_ == verb.lemma_.lower() else verb
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "VBD"), None)


def _reported_deps(verb: Token) -> frozenset[str]:
    """The dependents in which ``verb`` reports or judges (:data:`_REPORTED_DEPS`). What
    the writer "felt" as an adjective is how they felt, no judgement: "I felt pretty
    crappy all day Sunday" tells, where "I felt it was wrong" reports."""
    return _REPORTED_DEPS - {"acomp"} if verb.lemma_.lower() == "feel" else _REPORTED_DEPS


def _in_present_perfect(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "I have had", "I've been sick", "I've been browsing": a present perfect, simple,
    passive or progressive."""
    return verb.tag_ in ("VBN", "VBG") and any(
        a.lemma_ == "have" and a.tag_ == "VBP" for a in auxiliaries
    )


def is_claim_sentence(sentence: Span, detectors: Detectors | None = None) -> bool:
    """Whether the sentence is a verdict or passes the rules and the detectors (before
    stating it)."""
    if _verdict(sentence, sentence.text, answers_post=True) is not None:
        return True
    if _ruled_out(sentence, sentence.text):
        return False
    return (detectors or load_detectors()).claim_scores(sentence)[0]


def _claims_and_judgement(
    sentence: Span, words: str, detectors: Detectors, answers_post: bool = True
) -> tuple[list[CanonicalClaim], float]:
    """The claims of one sentence (``words``: its text as written) and its ``judgement``
    probability. A verdict ("Great list!") is a claim by itself (see
    :mod:`argmap.claims.verdict`; ``answers_post``: whether the message answers the
    thread's post or nothing); other sentences pass the rules and the detectors."""
    verdict = _verdict(sentence, words, answers_post)
    if verdict is not None:
        return [verdict], detectors.judgement.probability(sentence)
    if _ruled_out(sentence, words):
        return [], 0.0
    is_claim, judgement = detectors.claim_scores(sentence)
    if not is_claim:
        return [], judgement
    return _without_reported(_stated(sentence, detectors), sentence), judgement


def _verdict(sentence: Span, words: str, answers_post: bool) -> CanonicalClaim | None:
    """The sentence's verdict claim, unless it is code that only looks like one."""
    verdict = verdict_claim(sentence, answers_post)
    return None if verdict is None or _is_code(words) else verdict


def _message_claims(
    message: Message, doc: Doc, detectors: Detectors, answers_post: bool
) -> list[_Found]:
    """The claims of one message; ``answers_post``: whether it answers the thread's post
    or nothing (see :func:`argmap.claims.verdict.verdict_claim`)."""
    found: list[_Found] = []
    quotations = [q.span() for q in _QUOTATION.finditer(message.text)]
    jests = _sarcastic_stretches(message.text)
    for sentence in doc.sents:
        span = _trimmed_bounds(sentence)
        words = message.text[span[0] : span[1]]
        if _is_quoted(message.text, sentence, words, quotations):
            continue
        claims, judgement = _claims_and_judgement(sentence, words, detectors, answers_post)
        if jests:
            claims = [c for c in claims if not _in_jest(doc[c.clause[0]].idx, jests)]
        if quotations:
            claims = _without_quoted_words(claims, message.text, span, quotations)
        if not claims:
            continue
        reason = _opens_as_reason(sentence)
        found.extend(_Found(c, sentence, span, judgement, reason) for c in claims)
    return found


def _without_quoted_words(
    claims: list[CanonicalClaim],
    text: str,
    span: tuple[int, int],
    quotations: list[tuple[int, int]],
) -> list[CanonicalClaim]:
    """The claims of a sentence less those made only of words it quotes: in "but “X takes
    years” isn't wringing any tears from me" or "as useful as the people who say "all the
    riots are in Y"", the quoted clause is its source's, not the writer's claim. A claim
    that only uses quoted words inside its own ("the administration is not "aggressive"")
    stays. Over the saved pages and 6,000 DEBAGREEMENT dev comments 13 and 27 claims were
    such quoted words, each read."""
    inside = [
        f" {_plain_words(text[opens + 1 : closes - 1])} "
        for opens, closes in quotations
        if opens < span[1] and closes > span[0]
    ]
    if not inside:
        return claims
    return [c for c in claims if not any(f" {_plain_words(c.text)} " in q for q in inside)]


def _plain_words(text: str) -> str:
    """``text`` as lower-case words and numbers between single spaces, so a claim's words
    are found in a quotation whatever the marks, apostrophes and case ("dont" is found as
    "don't", which the claim may write)."""
    return " ".join(_PLAIN_WORD.findall(text.lower().translate(_NO_APOSTROPHES)))


def _sarcastic_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the writer marks as jest with Reddit's "/s": from the
    start of the line, or the mark before it on that line, to the mark. Sarcasm says the
    opposite of its words, so none of them is the writer's claim (``lexicon.SARCASM_MARK``
    has the data)."""
    if "/s" not in text:
        return []
    stretches: list[tuple[int, int]] = []
    for mark in lexicon.SARCASM_MARK.finditer(text):
        start = text.rfind("\n", 0, mark.start()) + 1
        if stretches and stretches[-1][1] > start:
            start = stretches[-1][1]
        stretches.append((start, mark.end()))
    return stretches


def _in_jest(at: int, jests: list[tuple[int, int]]) -> bool:
    """Whether the character at ``at`` lies in one of the ``jests`` stretches."""
    return any(start <= at < end for start, end in jests)


def _opens_as_reason(sentence: Span) -> bool:
    """ "Because ...", "Since ...", "For example ..." give a reason or evidence for a claim
    made before (see ``lexicon.REASON_OPENERS`` for the data)."""
    words = " ".join(t.lower_ for t in sentence[:3] if not t.is_punct)
    return words.startswith(lexicon.REASON_OPENERS)


def _is_quoted(
    text: str, sentence: Span, sentence_text: str, quotations: list[tuple[int, int]]
) -> bool:
    """Words the writer quotes are not the writer's claims: a sentence on a line opened by
    ``>`` (the reply-quote mark of e-mail, Reddit, Hacker News and Markdown), one wholly
    inside quotation marks, or one inside a quotation of several sentences
    (``quotations``, the message's :data:`_QUOTATION` spans): in "you wrote “X. Y.”" the
    second sentence is as much the quoted writer's as the first, and in "“X. Y.” That is
    false." so is the first, which starts on the opening mark."""
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    if text[line_start : sentence.start_char + 1].lstrip().startswith(">"):
        return "\n" in text.strip() or _follows_a_quote_mark(text, sentence.start_char)
    words = sentence_text.strip().rstrip(".!?,;:")
    if (
        len(words) > 2
        and words[0] in _QUOTE_MARKS
        and words[-1] in _QUOTE_MARKS
        and not any(mark in words[1:-1] for mark in '"“”')
    ):
        return True
    start, end = sentence.start_char, sentence.end_char
    return any(opens <= start and end <= closes for opens, closes in quotations)


def _follows_a_quote_mark(text: str, at: int) -> bool:
    """In a message of one line, whether the sentence at ``at`` is the one a ">" opens:
    no letter stands between them (a list number may: "> 3. X"). A message whose line breaks were
    lost ("> No wealthy country applies to join the EU. You cannot imagine ...") opens
    on a quote and goes on with the reply, and every sentence after the mark had been
    read as quoted: 244 of the 4,288 replies of ``debagreement-sample/dev.csv`` open so,
    and argmap found none of their claims. In 130 of those 244 the parent message or
    post holds the first sentence after the mark and not the next: the quote is that
    sentence. In 32 it holds two or three, and in 82 the quote ends inside a sentence
    or quotes something else."""
    mark = text.rfind(">", 0, at + 1)
    return mark >= 0 and not any(c.isalpha() for c in text[mark + 1 : at])


def _ruled_out(sentence: Span, sentence_text: str) -> bool:
    """Greetings, wishes, thanks, sign-offs, bare links, short fragments, code and reported
    words."""
    words = _first_words(sentence, lexicon.MAX_SIGNOFF_WORDS + 1)
    if len(words) < lexicon.MIN_WORDS and _has_too_few_words(sentence, len(words)):
        return True
    first = words[0].lower_
    if first in lexicon.GREETINGS and len(words) <= lexicon.MAX_SIGNOFF_WORDS:
        return True
    root = sentence.root
    if root.lemma_.lower() in lexicon.THANKS or first in lexicon.THANKS:
        return True
    if _is_code(sentence_text) or _is_wish(root) or _wishes_well(words):
        return True
    if _may_offer_sympathy(sentence_text) and _offers_sympathy(words):
        return True
    if _is_byline(words, sentence_text) or _links_a_recent_post(sentence, sentence_text):
        return True
    if _is_link_spam(sentence, sentence_text) or _is_a_listed_phrase(sentence):
        return True
    return _is_reported(root) and not _has_own_clause(root)


def _is_a_listed_phrase(sentence: Span) -> bool:
    """A noun phrase on a line of its own, with no verb of its own, no subject and no
    closing mark, in a message of several lines: a heading, a list item of a job ad or a
    guide ("Attention to detail", "Ability to quickly become productive in existing
    systems", "### How to apply", "Failed Attempts to Delete a Remote Branch"). It asserts
    nothing. Over DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000 dragnet
    lines 19 claims were such lines, each read: none was a claim. A phrase that closes as
    a sentence, or a message's only line ("Voter suppression along with a poor education
    system"), is often a reply's elliptical answer, and a participle ("No leash needed")
    an elliptical statement: they stay, as do verdicts (:mod:`argmap.claims.verdict`)."""
    if sentence.root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(t.tag_ in _PHRASE_BREAKING_TAGS or t.dep_ in _SUBJECT_DEPS for t in sentence):
        return False
    last = [t for t in sentence if not t.is_space][-1]
    if last.is_punct and last.text[:1] in ".!?:":
        return False
    text = sentence.doc.text
    if text.strip().count("\n") < _LISTED_LINES - 1:
        return False
    before = text[: sentence[0].idx].rstrip(" \t")
    after = text[last.idx + len(last.text) :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _is_byline(words: list[Token], sentence_text: str) -> bool:
    """ "Posted by: Jan | May 18, 2012 at 07:57 AM", "posted on Tuesday, October 30, 2012
    at 9:46 AM by Peter", "Posted on Nov 06 2012 1:30 pm - 2 hours ago", "written by
    lynn, October 25, 2012", "Originally posted 12:27 PM ET 11.12 by Debbie": a comment's
    byline left in its text. 48 lines of dragnet-comments-dev, in these forms from
    different blog platforms, had been stated as claims. A pingback's line ("by Startup
    Fundraising is a Time Sink on December 21, 2010 at 8:19 pm") and a byline that opens
    on its date ("on 2012-10-11 at 7:50 am Herb Sutter") are bylines too: 4 more lines,
    and one more over the four samples with its day first ("on 26 Oct 2012 at 6:27
    am"). So is a line of a name and a time alone ("katie On Friday, November 2 at 1:16
    pm"): 5 more claims over the four samples, each such a line."""
    if _DATED_BYLINE.match(sentence_text.lstrip()) or _NAMED_TIMESTAMP.fullmatch(sentence_text):
        return True
    first = 1 if words[0].lower_ == "originally" else 0
    if len(words) < first + 2 or words[first].lower_ not in ("posted", "written"):
        return False
    verb = words[first]
    if verb.lower_ == "posted" and first == 0:
        shaped = words[1].lower_ in ("by", "on", "at")
    else:
        # "Written by hand, the 2012 letters are ..." states something: only a byline's
        # own participle heads its sentence.
        shaped = verb.dep_ == "ROOT"
    return shaped and any(character.isdigit() for character in sentence_text)


def _is_link_spam(sentence: Span, sentence_text: str) -> bool:
    """Advertising posted as a comment: links among a few keywords said over and over
    ("piroxicam cheap - buy piroxicam http://... buy piroxicam 20 mg", "XlpNah Moncler
    Jackets http://... Moncler vest http://... "). In 8,000 dragnet-comments-dev lines, 66
    claims had been stated from such pharmacy and clothing spam; of the 160 other
    sentences with a link in DEBAGREEMENT dev, subreddit-agreement, the saved pages and
    those lines, none holds 3 links or repeats a word so (one says "open" 3 times in 40
    words)."""
    if "http" not in sentence_text and "www." not in sentence_text:
        return False  # most sentences: one string test
    links = sum(token.like_url for token in sentence)
    if links == 0:
        return False
    if links >= _SPAM_LINKS:
        return True
    words = [t for t in sentence if t.is_alpha and not t.like_url]
    keywords = Counter(t.lower_ for t in words if len(t) > 2 and not t.is_stop)
    most = max(keywords.values(), default=0)
    return most >= _SPAM_REPEATS and most >= _SPAM_SHARE * len(words)


def _links_a_recent_post(sentence: Span, sentence_text: str) -> bool:
    """ "Jean recently posted..Pump-Up Songs": the line a blog's comment plugin (CommentLuv)
    adds under a comment, naming the commenter's latest post, or that post's title when
    the sentence before ends on "recently posted..". 61 lines of dragnet-comments-dev, from
    many blogs, have it."""
    if "posted" in sentence_text and _RECENT_POST.search(sentence_text):
        return True
    doc, at = sentence.doc, sentence.start - 1
    if at < 2 or len(sentence) > _LONGEST_POST_TITLE:
        return False
    before = doc[at]
    if before.is_space:
        at -= 1
        before = doc[at]
    if at < 2 or not before.text.startswith(".."):
        return False
    return doc[at - 1].lower_ == "posted" and doc[at - 2].lower_ == "recently"


def _has_too_few_words(sentence: Span, alphabetic_words: int) -> bool:
    """Whether the sentence has fewer words than ``lexicon.MIN_WORDS``, counting a
    contracted verb as the word it stands for
    (:func:`~argmap.claims.canonical.is_contracted_word`)."""
    contracted = sum(map(is_contracted_word, sentence))
    return alphabetic_words + contracted < lexicon.MIN_WORDS


def _first_words(sentence: Span, count: int) -> list[Token]:
    """The sentence's first ``count`` words (alphabetic, links not counted): the rules
    need no more, and long sentences need not be read to the end."""
    words: list[Token] = []
    for token in sentence:
        if token.is_alpha and not token.like_url:
            words.append(token)
            if len(words) == count:
                break
    return words


def _is_wish(root: Token) -> bool:
    """ "Have a nice day", "Enjoy your weekend": a wish, bidding the reader nothing."""
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "aux") for c in root.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.WISH_NOUNS for c in root.children)


#: Characters of a sentence's opening that hold its first words, where a formula of
#: sympathy is looked for (seven words of up to about ten letters).
_SYMPATHY_OPENING = 80
#: What follows "my thoughts" or "our prayers" in a formula of sympathy: "my thoughts
#: [and prayers]", "my thoughts [are with] you", "our prayers [go out] to you".
_SYMPATHY_SEQUELS = frozenset(
    {("and", "prayers"), ("are", "with"), ("is", "with"), ("go", "out"), ("goes", "out")}
)


def _wishes_well(words: list[Token]) -> bool:
    """ "I wish you the very best", "Wishing you luck", "Just wanted to wish you both well",
    "Sending you lots of love", "Get well soon", "Stay safe": a sentence that opens by
    wishing someone well (``words``: its first words). Read from the words, not the
    parse, which often takes "Sending ..." for a subject. "I wish you were here"
    wishes a state of affairs, which may be argued, and stays."""
    for at, word in enumerate(words):
        lemma = word.lemma_.lower()
        after = words[at + 1 : at + 5]
        if lemma == "wish" and after and after[0].lower_ in lexicon.WISHED_PEOPLE:
            return len(after) < 2 or after[1].pos_ not in ("AUX", "VERB")
        if lemma == "send" and any(w.lemma_.lower() in lexicon.SENT_WISHES for w in after):
            return True
        opens = at == 0 or word.doc[word.i - 1].is_punct  # "Rest well, get well soon."
        if opens and after[:1] and (word.lower_, after[0].lower_) in _WELL_WISHING_COMMANDS:
            return True  # "Get well soon"; "the plan will get well funded" stays
    return False


#: Commands that wish the reader well: "Get well soon", "Stay safe friend", "Be safe!" (all
#: 18 sentences opening "stay safe" or "be safe" in the shared datasets and pages are such
#: farewells).
_WELL_WISHING_COMMANDS = frozenset({("get", "well"), ("stay", "safe"), ("be", "safe")})


def _may_offer_sympathy(sentence_text: str) -> bool:
    """Whether the sentence's opening holds a word every formula of sympathy has ("my",
    "our", "pray"): a cheap test on its text before its words are read."""
    opening = sentence_text[:_SYMPATHY_OPENING].lower()
    return "my " in opening or "our " in opening or "pray" in opening


def _offers_sympathy(words: list[Token]) -> bool:
    """ "You are in my thoughts and prayers", "My thoughts are with you", "Our prayers go
    out to your family", "I'll be praying for you", "You have our prayers", "My
    condolences": a sentence that offers sympathy in one of English's set formulas
    (``words``: its first words). A dragnet-comments-dev thread of messages to a sick
    friend and another of a death had 17 such lines stated as claims, each read. "My
    thoughts on the budget: ..." and "my thoughts are that ..." stay."""
    lowered = [w.lower_ for w in words]
    for at, word in enumerate(words):
        lemma = word.lemma_.lower()
        if at and lowered[at - 1] in ("my", "our") and lemma in lexicon.SYMPATHY_NOUNS:
            if lemma in ("condolence", "sympathy"):
                return True
            before = lowered[at - 2] if at > 1 else ""
            if before in ("in", "have") or tuple(lowered[at + 1 : at + 3]) in _SYMPATHY_SEQUELS:
                return True
        if lemma == "pray" and lowered[at + 1 : at + 2] == ["for"]:
            prayed_for = lowered[at + 2 : at + 3]
            return bool(prayed_for) and prayed_for[0] in lexicon.WISHED_PEOPLE
    return False


def _is_code(sentence_text: str) -> bool:
    """A line of program code or a command, not prose: code signs, or more symbols than a
    sentence of prose has."""
    text = sentence_text.strip()
    if _DECLARATION.match(text) or _TRACEBACK_FRAME.match(text):
        return True
    enough = lexicon.MIN_CODE_SIGNS
    if len(_MAY_SIGN.findall(text)) >= enough and len(_CODE_SIGNS.findall(text)) >= enough:
        return True
    symbols = len(_SYMBOLS.findall(text))
    return symbols > lexicon.MAX_SYMBOL_SHARE * max(len(text), 1) and len(text) > 10


def _has_own_clause(root: Token) -> bool:
    """Whether a clause of the writer's own is coordinated with a report: one set against
    it by "but" or "yet" ("Critics say X, but they are wrong"), or one whose subject is
    the writer ("Biden claimed X and I'm still not seeing it"). After a plain "and" with
    another subject the report goes on ("They said X and they needed Y"): both such
    clauses in 6,000 DEBAGREEMENT dev comments did, and the 6 clauses this rule states
    there and on the saved pages are all the writer's."""
    for clause in (c for c in root.children if c.dep_ == "conj"):
        subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        contrast = any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet")
            for c in (*root.children, *clause.children)
        )
        if subject is not None and (contrast or subject.lower_ in lexicon.FIRST_PERSON):
            return True
    return False


def _without_reported(claims: list[CanonicalClaim], sentence: Span) -> list[CanonicalClaim]:
    """The claims of a sentence less the one that reports someone else's words ("critics
    say X" of "Critics say X, but they are wrong"): the writer's are the others."""
    root = sentence.root
    if not _is_reported(root):
        return claims
    return [c for c in claims if not c.clause[0] <= root.i < c.clause[1]]


#: Modals that prescribe what is said ("the notice should state X").
_PRESCRIBING_MODALS = frozenset({"should", "must"})
#: Subjects that "tell" the writer what the writer reasons, no source's words: "common
#: sense tells us X" (4 times in the shared datasets), "experience tells me X" (4),
#: "history tells us X" (2), "logic says X".
_OWN_REASONING = frozenset({"sense", "experience", "history", "logic", "reason"})
#: Modals of what may be said ("you could argue X", "nobody can say X").
_POSSIBILITY_MODALS = frozenset({"can", "could", "ca", "may", "might"})
#: Subjects of a report that is anyone's to make ("you could argue X").
_ANYONE = frozenset({"you", "one", "nobody", "anyone", "anybody", "everyone", "noone"})


def _is_reported(root: Token) -> bool:
    """Someone else's words, reported: "The article says that X", "He argues X". The claim
    is the source's, not the writer's (the writer's own "I say X" is an attribution, kept)."""
    if root.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in lexicon.FIRST_PERSON:
        return False
    if is_that_said(root, subject) or _says_what_may_be_said(root, subject):
        return False
    if _reasons(root, subject):
        return False
    return any(c.dep_ == "ccomp" for c in root.children)


def _reasons(verb: Token, subject: Token) -> bool:
    """The writer's own reasoning put as something that tells them: "common sense tells us
    X", "experience tells me X" (:data:`_OWN_REASONING`), "something tells me X", "that
    tells me X" (7 and 11 times in the shared datasets): an inference, no one's words."""
    if subject.lemma_.lower() in _OWN_REASONING:
        return True
    return (
        verb.lemma_.lower() == "tell"
        and subject.lower_ in ("something", "this", "that")
        and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in verb.children)
    )


def _says_what_may_be_said(verb: Token, subject: Token) -> bool:
    """A modal report with no one's words in it: what anyone may say ("you could argue
    X", "one could argue X", "nobody can say X", "it can be argued X"), the writer's own
    claim put mildly, or what should be said ("the notice should state X"), a
    prescription. "They would just say X" still reports someone, and "you'd probably say
    X" foresees the reader's words."""
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals:
        return False
    if any(m in _PRESCRIBING_MODALS for m in modals):
        return True
    if not any(m in _POSSIBILITY_MODALS for m in modals):
        return False  # "you'd probably say X" foresees the reader's words
    return subject.lower_ in _ANYONE or (subject.lower_ == "it" and subject.dep_ == "nsubjpass")


def _trimmed_bounds(sentence: Span) -> tuple[int, int]:
    """The sentence's character span without the spaces and line breaks around it, from
    its tokens: spaCy keeps whitespace in space tokens (a blanked code block is one), and
    ``Doc.text`` would rebuild the whole text from the tokens."""
    start, end = 0, len(sentence)
    while start < end and sentence[start].is_space:
        start += 1
    while end > start and sentence[end - 1].is_space:
        end -= 1
    if start == end:
        return sentence.start_char, sentence.start_char
    last = sentence[end - 1]
    return sentence[start].idx, last.idx + len(last.text)
