"""Languages: naming them, mapping only what a pipeline reads, and saying what was left out."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from argmap.errors import UsageError
from argmap.language import coverage_note, identify, message_languages, thread_language
from argmap.model import Message, Thread
from argmap.nlp import model_choice_text, parse_model_choice

STANCE_KINDS = {"agree", "rebut", "support", "attack", "restate"}


def message(number: int, text: str, parent: int | None = 0, thread: str = "t1") -> Message:
    return Message(
        id=f"{thread}/m{number}",
        thread=thread,
        kind="post" if number == 0 else "comment",
        author=f"someone{number}",
        time="2024-05-01T10:00:00",
        parent=None if number == 0 or parent is None else f"{thread}/m{parent}",
        text=text,
    )


# -- identification -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council should publish the budget before the vote, not after it.", "en"),
        ("Der Stadtrat sollte den Haushalt vor der Abstimmung veröffentlichen.", "de"),
        ("Городской совет должен опубликовать бюджет до голосования.", "ru"),
        ("市議會應該在投票之前公布預算，而不是之後。", "zh"),
        ("我哋今日去咗街市買餸，啲菜好新鮮。", "zh"),  # written Cantonese counts as Chinese
    ],
)
def test_identify_names_the_language_of_a_sentence(text, language):
    assert identify(text)[0] == language


def test_text_with_no_words_has_no_language():
    assert identify("https://example.org/a/b?c=1 12:30 ++ ###")[0] is None


def test_short_and_wordless_messages_take_the_language_of_their_thread():
    texts = [
        "Ich glaube nicht, dass die neue Regel irgendetwas am Problem ändert.",
        "Genau so sehe ich das auch, die Regel ist reine Symbolpolitik.",
        "ok",
        "https://example.org/regel",
    ]
    languages, thread = message_languages(texts, "en-US")
    assert thread == "de"
    assert languages == ["de", "de", "de", "de"]


def test_a_thread_nobody_can_tell_keeps_the_page_language():
    assert thread_language(["+1", "lol"], "ru-RU") == "ru"
    assert thread_language(["+1"], None) is None


def test_a_mixed_thread_keeps_each_message_its_own_language():
    texts = [
        "Why does the book say the passive needs werden here and not sein?",
        "Weil es um den Vorgang geht und nicht um den Zustand danach.",
        "Thanks, that makes the difference between the two much clearer to me.",
    ]
    languages, thread = message_languages(texts)
    assert languages == ["en", "de", "en"]
    assert thread == "en"


# -- the note -------------------------------------------------------------------------------


def test_a_whole_thread_without_a_pipeline_is_conversation_only():
    thread = SimpleNamespace(language="de")
    messages = [SimpleNamespace(language="de")] * 3
    assert coverage_note(thread, messages, {"en"}) == (
        "German thread: conversation only; install a German spaCy pipeline and pass "
        "`--model de=NAME` for claims"
    )


def test_an_english_thread_has_no_note():
    thread = SimpleNamespace(language="en")
    assert coverage_note(thread, [SimpleNamespace(language="en")] * 2, {"en"}) is None


def test_a_mixed_thread_counts_the_messages_left_as_conversation():
    thread = SimpleNamespace(language="en")
    languages = ["en", "de", "en", "de", "en"]
    note = coverage_note(thread, [SimpleNamespace(language=code) for code in languages], {"en"})
    assert note is not None
    assert note.startswith("Mixed thread, mostly English")
    assert "2 of 5 messages in German: conversation only" in note
    assert "`--model de=NAME`" in note


def test_a_loaded_pipeline_other_than_english_says_what_it_does_not_run():
    thread = SimpleNamespace(language="ru")
    note = coverage_note(thread, [SimpleNamespace(language="ru")], {"en", "ru"})
    assert note is not None
    assert note.startswith("Russian thread: claims from the Russian parse only")
    assert "stance model" in note


# -- --model LANG=NAME ----------------------------------------------------------------------


def test_model_choice_pairs_languages_with_pipelines():
    assert parse_model_choice(["de=de_core_news_sm", "ru=ru_core_news_md"]) == {
        "de": "de_core_news_sm",
        "ru": "ru_core_news_md",
    }
    assert parse_model_choice("en_core_web_md") == {"en": "en_core_web_md"}
    assert parse_model_choice("DE=/models/german, en=en_core_web_sm") == {
        "de": "/models/german",
        "en": "en_core_web_sm",
    }
    assert parse_model_choice(None) == {}


@pytest.mark.parametrize("value", ["de=", "=de_core_news_sm", "german-language=x"])
def test_a_malformed_model_choice_is_a_usage_error(value):
    with pytest.raises(UsageError):
        parse_model_choice([value])


def test_a_language_named_twice_is_a_usage_error():
    with pytest.raises(UsageError, match="two pipelines"):
        parse_model_choice(["de=a", "de=b"])


def test_a_model_choice_survives_its_one_string_form():
    choice = {"de": "de_core_news_sm", "en": "en_core_web_sm", "zh": "zh_core_web_sm"}
    assert parse_model_choice(model_choice_text(choice)) == choice
    assert model_choice_text({}) is None


# -- the analysis -----------------------------------------------------------------------------

GERMAN_THREAD = [
    "Die Stadt sollte die Parkgebühren in der Innenstadt verdoppeln, damit mehr Leute den Bus "
    "nehmen.",
    "Das halte ich für falsch, weil die Busse am Abend kaum fahren und viele keine Wahl haben.",
    "Ich stimme dir zu, zuerst muss der Nahverkehr besser werden, dann kann man die Gebühren "
    "erhöhen.",
]
MIXED_THREAD = [
    "The city should double parking fees downtown so that more people take the bus.",
    "That is wrong, because the buses barely run in the evening and many people have no choice.",
    "Das halte ich für falsch, weil die Busse am Abend kaum fahren und viele keine Wahl haben.",
    "I agree with you, the buses have to get better first and then the fees can go up.",
]


def analyse(
    texts: list[str],
    model: str | None = None,
    parents: list[int] | None = None,
    thread: str = "t1",
):
    from argmap.analysis import analyse_thread

    parents = parents or [0] * len(texts)
    messages = [message(i, text, parents[i], thread) for i, text in enumerate(texts)]
    debate = Thread(thread, "test.html", "test", "Parking fees")
    return analyse_thread(debate, messages, model=model)


def test_a_german_thread_keeps_its_conversation_and_gets_no_claims_or_stances():
    analysis = analyse(GERMAN_THREAD, parents=[0, 0, 1])
    assert analysis.thread.language == "de"
    assert [m.language for m in analysis.messages] == ["de", "de", "de"]
    assert [m.text for m in analysis.messages] == GERMAN_THREAD
    assert analysis.claims == ()
    assert analysis.features == ()
    assert sorted((r.source, r.target, r.kind) for r in analysis.relations) == [
        ("t1/m1", "t1/m0", "reply"),
        ("t1/m2", "t1/m1", "reply"),
    ]


def test_a_mixed_thread_maps_its_english_messages_and_never_links_across_languages():
    analysis = analyse(MIXED_THREAD, parents=[0, 0, 0, 2])
    languages = {m.id: m.language for m in analysis.messages}
    assert list(languages.values()) == ["en", "en", "de", "en"]
    claimed = {c.message for c in analysis.claims}
    assert "t1/m2" not in claimed
    assert claimed & {"t1/m0", "t1/m1", "t1/m3"}
    replies = {(r.source, r.target) for r in analysis.relations if r.kind == "reply"}
    assert replies == {("t1/m1", "t1/m0"), ("t1/m2", "t1/m0"), ("t1/m3", "t1/m2")}
    for relation in analysis.relations:
        if relation.kind in STANCE_KINDS:
            ends = (relation.source.split("/c")[0], relation.target.split("/c")[0])
            assert languages[ends[0]] == languages[ends[1]] == "en", relation


@pytest.fixture(scope="module")
def blank_german(tmp_path_factory) -> str:
    """A German pipeline that only splits sentences: spaCy's blank German plus a
    sentencizer, saved to disk so it is named as a user would name an installed one."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    folder = tmp_path_factory.mktemp("pipelines") / "de_blank"
    nlp.to_disk(folder)
    return str(folder)


def test_a_named_german_pipeline_gives_sentence_claims_and_no_stances(blank_german):
    analysis = analyse(GERMAN_THREAD, model=f"de={blank_german}", parents=[0, 0, 1])
    by_message = {}
    for claim in analysis.claims:
        by_message.setdefault(claim.message, []).append(claim)
    # Each message is one declarative sentence of well over four words.
    assert sorted(by_message) == ["t1/m0", "t1/m1", "t1/m2"]
    for number, text in enumerate(GERMAN_THREAD):
        (claim,) = by_message[f"t1/m{number}"]
        assert claim.sentence == text
        assert text[claim.span[0] : claim.span[1]] == text
        assert claim.type == "assertion"
    assert {r.kind for r in analysis.relations} == {"reply"}
    assert analysis.features == ()


def test_a_named_pipeline_skips_questions_and_greetings(blank_german):
    texts = [
        "Warum fahren die Busse am Abend so selten? Liebe Grüße! "
        "Der Fahrplan wurde letztes Jahr ohne jede Begründung gekürzt.",
    ]
    analysis = analyse(texts, model=f"de={blank_german}")
    assert [c.text for c in analysis.claims] == [
        "Der Fahrplan wurde letztes Jahr ohne jede Begründung gekürzt."
    ]


# -- the shared pages -----------------------------------------------------------------------

PAGES = {
    "german": ("xenforo/xf-katzen-forum-pepe-de.html", "de"),
    "russian": ("wordpress/wp-dataworld-payeer-ru.html", "ru"),
    "chinese": ("pixnet/pixnet-campground-maple-zh-tw.html", "zh"),
}


def map_page(shared_dir, page: str):
    import argmap

    return argmap.map_files([shared_dir / "pages" / page])


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_non_english_page_maps_as_conversation_only(shared_dir, name):
    from argmap.graph.report import render_report
    from argmap.language import language_name

    page, code = PAGES[name]
    amap = map_page(shared_dir, page)
    assert [t.language for t in amap.threads] == [code]
    assert amap.messages and all(m.language == code for m in amap.messages)
    assert amap.claims == ()
    assert {r.kind for r in amap.relations} <= {"reply"}
    assert any(r.kind == "reply" for r in amap.relations)
    note = (
        f"{language_name(code)} thread: conversation only; install a {language_name(code)} "
        f"spaCy pipeline and pass `--model {code}=NAME` for claims"
    )
    assert note in render_report(amap)
    assert note in page_data_text(amap)
    assert note in inspect_notes(shared_dir, page)


def inspect_notes(shared_dir, page: str) -> str:
    """The notes ``argmap inspect`` shows: threads read, not analysed, with the default
    pipelines."""
    from argmap.ingest import read_file
    from argmap.ingest.base import build_thread
    from argmap.language import name_languages, notes_by_thread
    from argmap.nlp import pipeline_languages

    _reader, raw_threads = read_file(shared_dir / "pages" / page)
    threads, messages = [], []
    for number, raw in enumerate(raw_threads, start=1):
        thread, own = build_thread(raw, f"t{number}", page)
        threads.append(thread)
        messages += own
    threads, messages = name_languages(threads, messages)
    return "\n".join(notes_by_thread(threads, messages, pipeline_languages(None)).values())


@pytest.mark.shared
def test_the_mixed_stack_exchange_page_maps_its_english_messages_only(shared_dir):
    from argmap.graph.report import render_report

    amap = map_page(shared_dir, "stackexchange/german-se-wurde-vs-war.html")
    (thread,) = amap.threads
    assert thread.language == "en"
    languages = {m.id: m.language for m in amap.messages}
    assert set(languages.values()) == {"en", "de"}
    german = {m for m, code in languages.items() if code == "de"}

    def language_of(opening: str) -> str | None:
        (found,) = [m.language for m in amap.messages if m.text.startswith(opening)]
        return found

    # Read on the page: the question is English; two comments answer it wholly in German.
    assert language_of("How does one know when to use wurde vs war") == "en"
    assert language_of("werden ist in diesem Zusammenhang nicht") == "de"
    assert language_of("Ich denke, man sollte schon erwähnen") == "de"
    assert not {c.message for c in amap.claims} & german
    assert {c.message for c in amap.claims} - german
    claim_message = {c.id: c.message for c in amap.claims}
    for relation in amap.relations:
        if relation.kind == "reply":
            continue
        ends = [claim_message.get(end, end) for end in (relation.source, relation.target)]
        assert not set(ends) & german, relation
    note = f"{len(german)} of {len(amap.messages)} messages in German: conversation only"
    assert note in render_report(amap)
    assert note in page_data_text(amap)
    assert note in inspect_notes(shared_dir, "stackexchange/german-se-wurde-vs-war.html")


def page_data_text(amap) -> str:
    import json

    from argmap.render.page_data import build_page_data

    data = build_page_data(amap, "map")
    return json.dumps([data["languageNotes"], data["records"]], ensure_ascii=False)


def test_the_environment_names_pipelines_as_the_option_does(blank_german, monkeypatch):
    from argmap.nlp import load_pipelines

    monkeypatch.setenv("ARGMAP_MODEL", f"de={blank_german}")
    pipelines = load_pipelines(None)
    assert sorted(pipelines) == ["de", "en"]
    assert pipelines["de"].lang == "de"
    assert pipelines["en"].lang == "en"


def test_claims_of_a_parsed_language_are_never_linked_to_english_claims(blank_german):
    from argmap.analysis import join_threads

    german = analyse(GERMAN_THREAD, model=f"de={blank_german}", parents=[0, 0, 1])
    # The same debate in English: its claims are what German claims would be linked to.
    english = analyse([MIXED_THREAD[i] for i in (0, 1, 3)], parents=[0, 0, 1], thread="t2")
    assert german.claims and english.claims and english.features
    amap = join_threads([german, english], link_threads=True)
    german_claims = {c.id for c in german.claims}
    for relation in amap.relations:
        if relation.kind != "reply":
            assert not {relation.source, relation.target} & german_claims, relation
    for point in amap.points:
        assert not set(point.members) & german_claims, point
