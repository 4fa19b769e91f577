"""Which language each message and thread is written in, and what argmap can read of it.

argmap's claim detector and stance model learnt from English, and its default spaCy pipeline
is English, so a message is only given claims and stance links when a pipeline for its
language is loaded (see :mod:`argmap.analysis`). This module names the language.

The identifier is py3langid (a maintained fork of langid.py: a naive Bayes model over byte
n-grams, 140 languages, shipped inside the package). On 269 hand-labelled comments of 5 to 120
words from the shared pages it names 97.8 % right as it is, 99.3 % once Cantonese and Wu are
counted as Chinese, at about 0.3 ms a message; lingua-language-detector reaches 99.3 % too but
at 2.8 ms a message, 30 s to load and 1.4 GB of memory per process (its low-accuracy mode:
98.1 %, 1.2 ms). See ``bench/eval_language.py`` and BENCHMARKS.md.

A message's own answer is kept when the identifier is sure of it; a message too short to
tell ("+1", "lol"), with no words at all (a bare link), or on which the identifier is unsure,
takes its thread's language: most comments are written in the language of the thread they
sit in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from argmap.model import ArgumentMap, Message, Thread

__all__ = [
    "ENGLISH",
    "MIN_WORDS",
    "SURE",
    "THREAD_ODDS",
    "count_words",
    "coverage_note",
    "identify",
    "language_name",
    "message_languages",
    "name_languages",
    "notes_by_thread",
    "read_languages",
    "thread_language",
    "thread_notes",
]

ENGLISH = "en"
#: Fewer words than this and a message's own answer is not trusted: identifiers are
#: unreliable on a few words (langid.py's and lingua's authors both say so), and a two-word
#: reply is far more likely in its thread's language than in the one its letters suggest.
MIN_WORDS = 5
#: The identifier's probability (normalised over its 140 languages) below which a message
#: takes its thread's language: less sure than an even bet.
SURE = 0.5
#: How many times likelier than its thread's language a message's own language must be to
#: keep it. Comments are nearly always in their thread's language (263 of the 269 labelled
#: comments in bench/annotations/languages.jsonl are in their page's main language), so the
#: thread's language is a strong prior; 4 is the odds of a prior of 80 %, well short of that.
THREAD_ODDS = 4.0
#: py3langid's label for text with no linguistic content (links, numbers, symbols).
NO_LANGUAGE = "zxx"
#: Varieties py3langid tells apart that ISO 639-3 files under one macrolanguage, and that one
#: spaCy pipeline reads: written Cantonese and Wu are Chinese characters (a Chinese pipeline
#: segments them), Egyptian and Moroccan Arabic are Arabic, and so on.
MACROLANGUAGES = {
    "yue": "zh",
    "wuu": "zh",
    "arz": "ar",
    "ary": "ar",
    "uzs": "uz",
    "gug": "gn",
}
#: English names of the languages spaCy ships trained pipelines for, and a few more that
#: comments are often written in; other languages are named by their code.
NAMES = {
    "ar": "Arabic",
    "ca": "Catalan",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "lt": "Lithuanian",
    "mk": "Macedonian",
    "nb": "Norwegian Bokmål",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sl": "Slovenian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
#: A word for :data:`MIN_WORDS`: a run of letters, or one Han or kana character (Chinese and
#: Japanese are written without spaces; one character is near enough one word for a bar).
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]+")
#: Characters of a message the identifier reads: enough to decide, bounded for long posts.
_SAMPLE = 2_000


class _Languaged(Protocol):
    """A thread or message: anything with a ``language``."""

    language: str | None


def count_words(text: str) -> int:
    """Words in ``text``: runs of letters, each Han or kana character one word.

    >>> count_words("It works, thanks!"), count_words("露營兼賞楓")
    (3, 5)
    """
    return len(_WORD.findall(text))


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """The language ``text`` is most likely in (ISO 639-1 where there is one) and the
    identifier's probability for it; ``(None, p)`` for text with no linguistic content.

    >>> identify("Das ist nicht schlecht, und ich bin auch dabei.")[0]
    'de'
    """
    language, probability = _scores(text).most_common(1)[0]
    return (None if language == NO_LANGUAGE else language), probability


def _scores(text: str) -> Counter[str]:
    """The identifier's probability of each language for ``text``, macrolanguages joined."""
    scores: Counter[str] = Counter()
    for label, probability in _identifier().rank(text[:_SAMPLE]):
        scores[MACROLANGUAGES.get(label, label)] += float(probability)
    return scores


#: Messages whose reading is remembered. A thread's texts are identified when it is read
#: (its language) and again when it is analysed (each message's), in the same process: the
#: identifier costs about a millisecond a message, the memo a dictionary lookup.
REMEMBERED_MESSAGES = 1 << 16


@lru_cache(maxsize=REMEMBERED_MESSAGES)
def _own_language(text: str) -> tuple[str | None, Counter[str]]:
    """The message's language when it can be told from the message alone (else ``None``),
    with the identifier's scores (empty for a message too short to read). The result is
    shared by every caller with the same text: read it, never change it."""
    if count_words(text) < MIN_WORDS:
        return None, Counter()
    scores = _scores(text)
    language, probability = scores.most_common(1)[0]
    if language == NO_LANGUAGE or probability < SURE:
        return None, scores
    return language, scores


def _dominant(languages: Iterable[str | None], weights: Iterable[int]) -> str | None:
    """The language most words are written in, ``None`` when no language is known."""
    totals: Counter[str] = Counter()
    for language, weight in zip(languages, weights, strict=True):
        if language is not None:
            totals[language] += weight
    return totals.most_common(1)[0][0] if totals else None


def _primary_tag(declared: str | None) -> str | None:
    """``"de"`` from a page's ``lang`` such as ``"de-CH"``; ``None`` for none."""
    if not declared or not declared.strip():
        return None
    return declared.strip().replace("_", "-").split("-")[0].lower()


def message_languages(
    texts: Sequence[str], declared: str | None = None
) -> tuple[list[str | None], str | None]:
    """The language of each message of one thread, and the thread's language.

    The thread's language is the one most of its words are written in (among messages that
    can be told alone), else ``declared`` (the page's ``lang``). A message that cannot be
    told alone takes the thread's language, and so does one whose own language is less than
    :data:`THREAD_ODDS` times as likely as the thread's: a Russian comment the identifier
    gives 53 % Bulgarian and 47 % Russian stays Russian in a Russian thread.

    >>> message_languages(["Ich glaube nicht, dass das so stimmt.", "lol"], "en-US")
    (['de', 'de'], 'de')
    """
    readings = [_own_language(text) for text in texts]
    own = [language for language, _scores in readings]
    thread = _dominant(own, (count_words(text) for text in texts)) or _primary_tag(declared)
    languages = []
    for language, scores in readings:
        if language is None or (
            thread is not None and scores[language] < THREAD_ODDS * scores[thread]
        ):
            language = thread
        languages.append(language)
    return languages, thread


def thread_language(texts: Iterable[str], declared: str | None = None) -> str | None:
    """The language a thread's people wrote in, as a lower-case primary tag ("de", "zh");
    the page's declared ``lang`` when the messages do not tell.

    >>> thread_language(["OK"], "en-US")
    'en'
    """
    return message_languages(list(texts), declared)[1]


def language_name(code: str | None) -> str:
    """``"German"`` for ``"de"``; the code itself for languages not in :data:`NAMES`."""
    if code is None:
        return "unknown language"
    return NAMES.get(code, f"'{code}'")


def coverage_note(
    thread: _Languaged, messages: Sequence[_Languaged], pipelines: Collection[str]
) -> str | None:
    """What argmap could not read of a thread, in one line for the map, the report and
    ``argmap inspect``; ``None`` when every message was analysed in full.

    ``pipelines`` are the languages a spaCy pipeline was loaded for. Messages in other
    languages keep their text, author, time and replies but get no claims and no stance
    links; messages in a loaded language other than English get claims from the parse but
    no learned claim detector and no stance links (both are English-trained).

    >>> from types import SimpleNamespace as M
    >>> coverage_note(M(language="de"), [M(language="de")], {"en"})
    'German thread: conversation only; install a German spaCy pipeline and pass `--model de=NAME` for claims'
    """  # noqa: E501
    counts = Counter(m.language for m in messages if m.language is not None)
    unread = {code: n for code, n in counts.items() if code not in pipelines}
    parsed_only = {code: n for code, n in counts.items() if code in pipelines and code != ENGLISH}
    if not unread and not parsed_only:
        return None
    parts = []
    whole = len(counts) == 1
    for code, number in sorted(unread.items(), key=lambda item: -item[1]):
        name = language_name(code)
        advice = f"install a {name} spaCy pipeline and pass `--model {code}=NAME` for claims"
        if whole:
            parts.append(f"{name} thread: conversation only; {advice}")
        else:
            parts.append(
                f"{number} of {len(messages)} messages in {name}: conversation only; {advice}"
            )
    for code, number in sorted(parsed_only.items(), key=lambda item: -item[1]):
        name = language_name(code)
        scope = f"{name} thread" if whole else f"{number} of {len(messages)} messages in {name}"
        parts.append(
            f"{scope}: claims from the {name} parse only; no agree/rebut links (the claim "
            "detector and stance model read English only)"
        )
    if not whole and thread.language is not None:
        parts.insert(0, f"Mixed thread, mostly {language_name(thread.language)}")
    return "; ".join(parts) if whole else ". ".join(parts)


def read_languages(amap: ArgumentMap) -> set[str]:
    """The languages a map's analysis had a pipeline for, as far as the map shows: English
    always, and every language some message of the map has claims in. (A map does not
    record the pipelines it was made with, and a language whose pipeline found no claim
    anywhere in the map is indistinguishable from one that had none.)"""
    claimed = {claim.message for claim in amap.claims}
    return {ENGLISH} | {m.language for m in amap.messages if m.id in claimed and m.language}


def thread_notes(amap: ArgumentMap) -> dict[str, str]:
    """The :func:`coverage_note` of every thread of a mapped ``amap`` that has one, by
    thread id: what the map page and ``argmap report`` show about what was not read."""
    return notes_by_thread(amap.threads, amap.messages, read_languages(amap))


def notes_by_thread(
    threads: Iterable[Thread], messages: Iterable[Message], pipelines: Collection[str]
) -> dict[str, str]:
    """The :func:`coverage_note` of each thread that has one, by thread id, given the
    languages ``pipelines`` can read (``argmap inspect`` passes those of ``--model``)."""
    by_thread: dict[str, list[Message]] = {}
    for message in messages:
        by_thread.setdefault(message.thread, []).append(message)
    notes = {}
    for thread in threads:
        note = coverage_note(thread, by_thread.get(thread.id, []), pipelines)
        if note is not None:
            notes[thread.id] = note
    return notes


def name_languages(
    threads: Iterable[Thread], messages: Iterable[Message]
) -> tuple[list[Thread], list[Message]]:
    """``threads`` and ``messages`` with their ``language`` set, as the analysis sets it:
    for tools that read threads without analysing them (``argmap inspect``)."""
    by_thread: dict[str, list[Message]] = {}
    for message in messages:
        by_thread.setdefault(message.thread, []).append(message)
    named_threads, named_messages = [], []
    for thread in threads:
        own = by_thread.get(thread.id, [])
        languages, main = message_languages([m.text for m in own], thread.language)
        named_threads.append(replace(thread, language=main))
        named_messages += [
            replace(message, language=code) for message, code in zip(own, languages, strict=True)
        ]
    return named_threads, named_messages
