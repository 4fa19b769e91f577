"""Claims: what is not a claim, how claims are worded, and the role each plays.

Sentences were written for these tests or taken from public comment data; expected claims
were written by reading them. None comes from the bundled demo threads in ``corpora/``.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import argmap
from argmap.claims.canonical import MAX_CLAIM_WORDS, _subtree_indices, canonical_claims
from argmap.claims.detector import Detector
from argmap.claims.extract import assign_roles, premise_links
from argmap.model import CLAIM_ROLES, CLAIM_TYPES
from argmap.nlp import load_pipeline, parse_texts


def _worded(sentence: str) -> list[str]:
    """The canonical claims of one sentence, whatever the detector thinks of it."""
    doc = next(parse_texts([sentence], load_pipeline()))
    return [c.text for c in canonical_claims(doc[:])]


# -- not claims --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for reading!",
        "Hi all, hope you are well",
        "https://example.com/a/long/link",
        "What time does the meeting start tomorrow?",
        "Cheers, Ann",
        "for key, value in settings.items(): print(key)",
        "if user is None: # fall back to the default",
        "The article says that vaccines cause autism.",
        "My neighbour claims that the moon landing was staged.",
        "The cons are",
        "The real question is whether",
        "Posted on Monday, March 4, 2013 at 10:12 AM by Dana Smith",
        "Posted on Mar 04 2013 10:12 am - 2 hours ago",
        "Originally posted 10:12 AM ET 03.04 by Dana",
        "written by Dana Smith, March 4, 2013",
        "by Councils Should Publish Their Budgets — DanaSmith.com on December 21, 2010 at 8:19 pm.",
        "I wish you the very best with the surgery.",
        "Just wanted to wish you both well for tomorrow.",
        "Sending you lots of love from Lisbon.",
        "Hope you feel better soon.",
        "I really hope you are doing well with the new job.",
        "I really appreciate you taking the time to explain this.",
        "Any nasty headaches or bad fever?",
        "I'm so sorry for your loss.",
        "I'm so glad you are feeling better.",
        "Glad to hear the surgery went well.",
        "Looking forward to your next article!",
        "I'm really looking forward to the second part.",
        "Can't wait to try this with my own garden.",
        "I am so sorry to hear about your experience with the clinic.",
        "Get well soon and stay strong.",
        "Rest well, get well soon.",
        "Stay safe on your way home, friend.",
        "Be safe out there, friend!",
        "The whole team is in our thoughts.",
        "My thoughts and prayers are with everyone in the valley.",
        "We will be praying for you and the kids.",
        "My condolences to the whole family.",
        "Sending you happy and healthy vibes!",
        "I am sending you so many good happy vibes right now.",
        "I'll be sending good thoughts your way all day tomorrow.",
        "Keeping you and your family in my thoughts.",
        "Hoping for a speedy recovery.",
        "If you are interested, send your resume to jobs@example.com.",
        "Please check out our open positions at http://example.com/careers",
        "For more details, visit www.example.org/jobs and apply online.",
        "cheap garden gnomes - garden gnomes sale http://gnomes.example.com buy garden gnomes",
        "Gnome deals http://a.example.com/ gnome sale http://b.example.com/ gnomes http://c.example.com/",
        "You can find more information on our jobs site here: http://jobs.example.com",
        "If you're interested you can apply directly at https://example.com/jobs#android",
        "More information is available on our site: http://example.com",
        "There is more information about the team on our hiring page, at http://example.com/hiring",
        "The full JD is here: http://example.com/jobs#backend",
        "The question is, would the council even want a new stadium?",
        "So, my question is: what can the city do about the potholes?",
        "p.s. Is that a bit of grey in your beard?",
    ],
)
def test_texts_without_claims(text):
    assert argmap.find_claims(text) == []


@pytest.mark.parametrize(
    "signature",
    [
        "Dana recently posted..Ten Reasons Cast Iron Is Better",
        "Dana @ Small Kitchen Notes recently posted..\nTen Reasons Cast Iron Is Better",
        "Rachel (Two Healthy Plates) recently posted..",
    ],
)
def test_a_comment_plugins_recent_post_line_is_no_claim(signature):
    """The line a blog's comment plugin adds under a comment names the commenter's latest
    post; its title may be a sentence of its own."""
    text = f"A heavy pan holds its heat far better than a thin one.\n{signature}\n"
    assert [c.text for c in argmap.find_claims(text)] == [
        "a heavy pan holds its heat far better than a thin one"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I wish the council would fix the roads before winter.",
        "I wish you were here to see the vote.",
        "They send troops to the border every summer.",
        "The plan will get well funded by the council.",
        "Staying safe on these roads is a matter of luck.",
        "My thoughts on the budget: it is far too small.",
        "My thoughts are that the new tax is unfair.",
        "Fans should stop praying for a miracle from this coach.",
        # a command with no link, or a statement with one, may be argued
        "Send the council a clear message at the next election.",
        "The new rules, described at http://example.com/rules, will hurt small shops.",
        "Leave the __init__.py file empty unless you need it.",
        "Written by hand, the 2013 letters are far more personal than any email.",
    ],
)
def test_wishes_of_a_state_of_affairs_are_not_well_wishing(text):
    """Well-wishing formulas ("I wish you the best", "Sending love") claim nothing; a wish
    that something were so, and other uses of "send" and "get well", may be argued."""
    assert argmap.find_claims(text) != []


@pytest.mark.parametrize(
    "line",
    [
        "var total = new OrderTotal",
        "let squares numbers = numbers * numbers",
        "public class IntAndString",
        "public void AssertTotalsAreEqual(IOrderTotals actual, IOrderTotals expected)",
        "AssertHeadersAreEqual(genericType, original);",
    ],
)
def test_a_line_that_declares_or_calls_code_gives_no_claim(line):
    """Outside a code block a declaration or a call reads to the parser as a sentence."""
    before, after = "The totals were wrong after the upgrade.", "The old release was much better."
    text = f"{before}\n{line}\n{after}"
    claims = argmap.find_claims(text)
    assert [c.sentence for c in claims if line.split()[0] in c.sentence] == []
    assert len(claims) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Let them pay for their own roads.",
        "Public schools are failing the kids who need them most.",
        "public sector jobs (mostly teachers) are safer than most.",
    ],
)
def test_prose_that_opens_like_a_declaration_is_no_code(text):
    assert argmap.find_claims(text) != []


def test_a_fenced_code_block_gives_no_claim_and_stays_out_of_the_sentence_before_it():
    text = (
        "You should never parse HTML with a regular expression like this:\n"
        "```\nThe pattern below matches every tag in the page.\nre.findall(r'<[^>]+>', page)\n```\n"
        "A real parser handles nesting far better than any pattern."
    )
    claims = argmap.find_claims(text)
    assert all("pattern below" not in c.sentence and "```" not in c.sentence for c in claims)
    assert any(c.sentence.startswith("A real parser") for c in claims)
    assert any(c.sentence.endswith("like this:") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Do you think remote work is more productive?",
        "Do we know that the new vaccine works?",
        "Do I believe that the tax will pass, or will the senate block it?",
        "Did the study show that masks reduce transmission?",
        "Why doesn't the council purchase more buses for the route.",
        "How is this a risk to anyone.",
    ],
)
def test_a_question_that_asks_claims_nothing_it_embeds(text):
    """Also without its question mark: a wh-word with a finite auxiliary right after it
    asks, whatever the parser made of the rest ("purchase" read as a noun)."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I wonder whether prices will fall next year.",
        "I wonder if the new rule will help anyone at all.",
        "I wonder why people still defend this plan.",
        "I wonder what the council will decide next.",
        "I wonder how many of the new members actually voted.",
        "We'll see how many people still back the plan after the vote.",
    ],
)
def test_a_clause_the_writer_wonders_about_is_asked_not_claimed(text):
    """A wh-word of the clause's own phrase asks too ("how many of the members")."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I know exactly how you feel.",
        "I know just what the mayor is talking about.",
        "I can't believe how well the new clinic seems to be coping.",
    ],
)
def test_a_wh_clause_after_an_adverb_or_through_a_verb_it_takes_is_no_claim(text):
    """ "exactly how X", and "how well X seems to be Y", say how, not that: without the
    verb that takes them they read as fragments ("how you feel")."""
    assert _worded(text) == []


def test_a_clause_whose_subject_opens_with_a_wh_word_is_claimed():
    worded = _worded("I think what the mayor said makes sense.")
    assert worded == ["what the mayor said makes sense"]


@pytest.mark.parametrize(
    "text",
    [
        "Anyone tried the new bus line to the airport yet?",
        "Anybody have a good recipe for rye bread?",
        "Any tips on renewing a passport from abroad?",
        "Want to build tools that thousands of nurses use every day?",
        "Wait is this the same council that closed the library?",
        "Wait who is paying for the new stadium?",
    ],
)
def test_a_question_without_its_auxiliary_asks(text):
    """Chat drops "Does", "Are there", "Do you"; "Wait" does not make a question a claim."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What about the farmers who sold their land to the developers?",
        "Ok, but what about the tenants who already signed a lease.",
        "What do you mean, seems like nobody read the minutes?",
    ],
)
def test_what_about_and_what_do_you_mean_ask(text):
    """They put a case or the reader's words up for an answer; neither is the writer's."""
    assert _worded(text) == []


def test_the_readers_word_put_up_for_an_answer_is_no_verdict():
    assert argmap.find_claims("What do you mean, fake lol?") == []


@pytest.mark.parametrize(
    "text",
    [
        "Why do some people in this town have such a love for diesel but hate the others?",
        "Why is this account still active and not banned?",
    ],
)
def test_a_verb_joined_to_a_question_is_asked(text):
    """The question asks of both verbs; the second, with the question's subject, is no
    statement ("drivers obey the parking rules")."""
    assert _worded(text) == []


def test_a_clause_joined_to_a_question_with_its_own_subject_still_states():
    assert _worded("Why should they, after all, we are leaving and we shouldn't expect a deal.")


@pytest.mark.parametrize(
    "text",
    [
        "Or that the deficit could have been solved overnight as this council took office?",
        "That the mayor got money from his cousin who was paid by the developers?",
        "Unless there has been some research into the effectiveness of such schemes?",
    ],
)
def test_a_question_made_of_a_subordinate_clause_asks(text):
    """It asks whether that is what is meant, or the exception; it states nothing."""
    assert _worded(text) == []


def test_a_subordinate_question_with_a_wh_question_of_its_own_still_advises():
    assert _worded("If you have nothing to hide why not hand it off like a normal person?")


@pytest.mark.parametrize(
    "text",
    [
        "What makes you think he would.",
        "What happens if we attempt to import the module twice.",
        "Who cares about some random councillor.",
    ],
)
def test_who_or_what_as_the_subject_asks_without_its_question_mark(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What happened to the miners is a disgrace.",
        "Who ever thought burning wood could be classified as carbon neutral was a bit "
        "short sighted.",
    ],
)
def test_a_clause_opened_by_who_or_what_as_a_subject_still_states(text):
    assert _worded(text) != []


def test_a_denied_do_that_stands_for_a_verb_takes_its_not():
    assert _worded("I doubt many people do.") == ["many people do not"]
    assert _worded("I don't think he did it.") == ["he did not do it"]


def test_a_denial_written_with_a_slash_keeps_its_not():
    """ "can't/won't": beside the slash the contraction had been read as a noun, and the
    clause stated without its negation."""
    worded = _worded(
        "It's already too late to fix the bridge, the engineers all know this but "
        "can't/won't say anything."
    )
    said = [w for w in worded if "say anything" in w]
    assert said and all("n't" in w for w in said), worded


def test_no_claim_keeps_words_whose_not_was_cut_away():
    """The parser hung "not" on "take", and the claim ended on "... anything that hard"."""
    worded = _worded(
        "Just do what I do and say you lost it if they ask anything, then just take it off "
        "after you order, not that hard"
    )
    assert not any(w.endswith("that hard") and "not" not in w for w in worded), worded


@pytest.mark.parametrize("nowhere", ["nowhere", "no where"])
def test_shortening_never_drops_a_nowhere(nowhere):
    """Shortening had dropped "nowhere" as an optional adverb, and the claim said the
    council is near ready; written "no where", the tagger had read "no" as an interjection."""
    worded = _worded(
        f"The new council is simply {nowhere} near ready enough to take over the running of "
        "every school in the county by spring."
    )
    assert worded and all(nowhere in w for w in worded), worded


def test_a_claim_that_names_a_link_still_states():
    assert argmap.find_claims("GitHub has a good jobs board now: http://jobs.github.com")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The report is wrong about that: https://example.org/report",
            ["the report is wrong about that"],
        ),
        (
            "Kestrel - https://kestrel.example.com/ - makes software for small farms.",
            ["Kestrel makes software for small farms"],
        ),
        (
            "Acme https://acme.example.com/ is hiring engineers in Oslo.",
            ["Acme is hiring engineers in Oslo"],
        ),
        (
            "The tunnel would cost far less than a new bridge https://example.org/study.pdf",
            ["the tunnel would cost far less than a new bridge"],
        ),
        # a link the words lead to or that is their subject stays
        (
            "The full list of openings is https://example.org/jobs",
            ["the full list of openings is https://example.org/jobs"],
        ),
        (
            "https://example.org/jobs has the full list of openings.",
            ["https://example.org/jobs has the full list of openings"],
        ),
    ],
)
def test_a_link_cited_beside_the_claim_is_no_word_of_it(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "That's like jumping from a very high bridge, only to be told at the last moment "
            "(just before hitting the water) that you have a rope attached.",
            "that's like jumping from a very high bridge",
        ),
        (
            "It's on the agenda however I don't expect a lot of free time in the next months - "
            "in the meantime I'm happy to review patches from anyone.",
            "it's on the agenda",
        ),
    ],
)
def test_a_long_claim_keeps_the_phrase_its_copula_says(text, opening):
    """The phrase right after a copula with no complement is what it says: shortening had
    dropped it ("that's that you have a rope attached")."""
    [claim] = _worded(text)
    assert claim.startswith(opening), claim


def test_a_claim_of_twenty_written_words_is_not_shortened():
    """Contractions are part of their word: counted as tokens, "they're" and "you're" made
    this claim 23 words, and shortening dropped the "always" it turns on."""
    text = (
        "As long as they're buying what you're selling at the lowest price they can find, "
        "the client is always right."
    )
    [claim] = _worded(text)
    assert claim.endswith("the client is always right"), claim
    assert len(claim.split()) <= 20


def test_shortening_goes_on_past_a_preposition_it_emptied():
    """The parser hangs "proven" beside "until": dropping it alone left "... at least
    until", a fragment, and the claim was stated whole at 25 words."""
    [claim] = _worded(
        "I think that the 70-30 split, while not a strict law, is usually a good enough "
        "rule-of-thumb to work with, at least until proven false by survey data."
    )
    assert claim.endswith("rule-of-thumb to work with"), claim


def test_a_postscript_mark_is_no_word_of_its_claim():
    (claim,) = argmap.find_claims("PS: working software doesn't mean good code.")
    assert claim.text == "working software doesn't mean good code"


@pytest.mark.parametrize(
    "text",
    [
        "In 100 years will they tear down the statues of the men who built this town?",
        "With all the restrictions in place does it make it harder for the shops?",
    ],
)
def test_a_question_after_a_phrase_put_first_without_a_comma_asks(text):
    assert _worded(text) == []


def test_a_rhetorical_why_question_is_still_stated_as_what_it_asserts():
    assert _worded("Why would the council pay for a stadium nobody wants?") == [
        "the council would not pay for a stadium nobody wants"
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Even the teachers I know think the plan is awful.",
            "even the teachers I know think the plan is awful",
        ),
        (
            "Every developer I know would laugh at that idea.",
            "every developer I know would laugh at that idea",
        ),
        ("The plan, I think, is awful.", "the plan is awful"),
    ],
)
def test_a_relative_clause_without_who_stays_and_an_aside_goes(text, claim):
    """ "every developer [I know]" says whose developers; "every developer" says more."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    ["Have a great weekend!", "Enjoy your well deserved holiday!", "Have fun at the fair!"],
)
def test_a_command_to_have_a_good_time_is_a_wish(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Have a good lawyer read the contract first.",
        "Have fun paying for the new stadium for the next thirty years.",
        "Enjoy the good weather while it lasts.",
    ],
)
def test_a_command_to_have_something_more_stays(text):
    """A good thing that does something, a verb of its own (often mocking), or a clause
    of its own: more than a wish."""
    assert _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Do you really believe the new stadium will pay for itself?",
            "the new stadium will not pay for itself",
        ),
        (
            "Do you honestly think the council will listen to us this time?",
            "the council will not listen to us this time",
        ),
        (
            "Does anyone really think the tram will be finished this year?",
            "the tram will not be finished this year",
        ),
    ],
)
def test_a_question_doubting_the_readers_belief_denies_what_it_names(text, claim):
    """The writer claims the stadium will not pay for itself; "you do not really believe
    X" had made the reader's belief the claim."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("No, it does not.", []),
        ("It really isn't.", []),
        ("It still hasn't.", []),
        ("Maybe we should.", []),
        ("You do now!", []),
        ("They have before.", []),
        ("The new law will.", []),
        ("It is there.", ["it is there"]),
        (
            "This is just completely and totally wrong.",
            ["this is just completely and totally wrong"],
        ),
        ("They do not pay taxes.", ["they do not pay taxes"]),
    ],
)
def test_an_auxiliary_standing_for_a_phrase_said_before_is_no_claim(text, claims):
    """ "it does not" alone says nothing a reader could sign; "there" completes "is"."""
    assert _worded(text) == claims


def test_a_fronted_auxiliary_the_parser_hung_in_the_subject_is_moved_once():
    """The parser hangs "would" on "Irish", read as a verb inside the subject; restated,
    the claim had said "would" twice ("would Irish farmers would not sell ...")."""
    (claim,) = _worded("Why would Irish farmers sell to the rest of the EU?")
    assert claim.endswith("farmers would not sell to the rest of the EU")
    assert not claim.startswith("would")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Why would anyone believe such a dishonest mayor?",
            "no one would believe such a dishonest mayor",
        ),
        ("Why should anybody pay for the new stadium?", "nobody should pay for the new stadium"),
        ("Why would they pay for the new stadium?", "they would not pay for the new stadium"),
    ],
)
def test_a_rhetorical_why_with_anyone_denies_it_as_no_one(text, claim):
    """ "anyone would not believe him" is no English; the question asserts that no one would."""
    assert _worded(text) == [claim]


def test_a_doubting_question_that_no_not_can_deny_safely_keeps_its_restatement():
    """ "anyone will not pay" would say the opposite of "no one will pay"."""
    (claim,) = _worded("Do you seriously think anyone will pay for that?")
    assert claim.startswith("you do not seriously think")


def test_a_gerund_with_no_wish_in_it_is_no_courtesy():
    assert _worded("Thinking about it more, the council should have kept the library open.")
    assert _worded("I am sending the budget report to the whole council.")
    assert _worded("The mayor sends her best wishes to the council.")


def test_sympathy_with_a_claim_joined_to_it_goes_and_the_claim_stays():
    text = "I’m so sorry to hear that, but I have a good feeling it will be fine."
    found = argmap.find_claims(text)
    assert [c.text for c in found] == ["I have a good feeling it will be fine"]


def test_an_apology_before_but_still_states_what_follows():
    assert argmap.find_claims("Sorry, but you are extremely wrong.")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("If you ask me it's money well spent.", "it's money well spent"),
        ("Also, if I'm being completely honest, I feel sorry for Steve.", "I feel sorry for Steve"),
        ("If you ask me for money, I will say no.", "if you ask me for money, I will say no"),
        ("If I remember correctly, the vote was in May.", "the vote was in May"),
        ("We should help other countries, if that makes sense.", "we should help other countries"),
        ("If I understand it correctly, the tax should be higher.", "the tax should be higher"),
    ],
)
def test_a_condition_that_hedges_goes_and_one_that_conditions_stays(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("As far as I know, the tax should be higher.", "the tax should be higher"),
        ("The tax should be higher, as far as I can tell.", "the tax should be higher"),
        (
            "As far as I’m aware there is no plan for a third bridge.",
            "there is no plan for a third bridge",
        ),
        (
            "As far as taxes go, the rate should be higher.",
            "as far as taxes go, the rate should be higher",
        ),
    ],
)
def test_how_far_the_writer_knows_is_a_hedge_that_goes(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Of course, the council should raise the tax.", ["the council should raise the tax"]),
        ("Personally I wouldn't want a new stadium.", ["I wouldn't want a new stadium"]),
        ("She took the criticism personally.", ["she took the criticism personally"]),
    ],
)
def test_an_attribution_the_parser_reads_as_an_adverb_goes(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The thing is, the council should raise the tax.", ["the council should raise the tax"]),
        ("My point is that the council ignored the vote.", ["the council ignored the vote"]),
        ("The truth is, nobody reads the manual.", ["nobody reads the manual"]),
        (
            "The problem is that the council ignored the vote.",
            ["the problem is that the council ignored the vote"],
        ),
        (
            "The point is not that the council ignored the vote.",
            ["the point is not that the council ignored the vote"],
        ),
        ("Either way, the council should raise the tax.", ["the council should raise the tax"]),
        ("In any case, the council should raise the tax.", ["the council should raise the tax"]),
        ("What I'm saying is that the tram is too slow.", ["the tram is too slow"]),
        ("All I'm saying is that the tram is too slow.", ["the tram is too slow"]),
        ("What I am trying to say is that rents are too high.", ["rents are too high"]),
        ("What I mean is that rents are too high.", ["rents are too high"]),
        (
            "What she is saying is that rents are too high.",
            ["what she is saying is that rents are too high"],
        ),
        ("My guess is the tram will be late.", ["the tram will be late"]),
        ("My best guess is the tram will be late.", ["the tram will be late"]),
        ("My theory is the council never read the report.", ["the council never read the report"]),
        ("My conclusion is that the tram is too slow.", ["the tram is too slow"]),
        ("My general view is that rents are too high.", ["rents are too high"]),
        (
            "My doctor's opinion is that rents are too high.",
            ["my doctor's opinion is that rents are too high"],
        ),
        ("Our position is that rents are too high.", ["rents are too high"]),
        (
            "My view was that rents are too high.",
            ["my view was that rents are too high"],
        ),
        (
            "My hope is that the tram will be on time.",
            ["my hope is that the tram will be on time"],
        ),
    ],
)
def test_words_that_only_announce_or_link_the_claim_go(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("True, but the council ignored the vote.", ["the council ignored the vote"]),
        ("Agreed, the council should raise the tax.", ["the council should raise the tax"]),
        ("True love is rare in politics.", ["true love is rare in politics"]),
        (
            "Wrong, the night buses are full every weekend.",
            ["the night buses are full every weekend"],
        ),
        ("Incorrect, rents will rise even more.", ["rents will rise even more"]),
        ("The wrong bus came.", ["the wrong bus came"]),
    ],
)
def test_a_reply_s_one_word_verdict_is_no_part_of_its_claim(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("You did it again, Paulo.", ["you did it again"]),
        ("This is a thoughtful post, Maria.", ["this is a thoughtful post"]),
        ("That plan won't work, dude.", ["that plan won't work"]),
        ("The new library is really useful, thanks.", ["the new library is really useful"]),
        (
            "The council should meet in Paddington, London.",
            ["the council should meet in Paddington, London"],
        ),
        ("My doctor ordered more tests, MRI.", ["my doctor ordered more tests, MRI"]),
    ],
)
def test_a_name_the_sentence_ends_by_addressing_is_no_part_of_the_claim(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "opening", ["Secondly", "Lastly", "Additionally", "In addition", "By the way", "First off"]
)
def test_an_enumerator_or_additive_opening_is_no_part_of_the_claim(opening):
    assert _worded(f"{opening}, the council should raise the tax.") == [
        "the council should raise the tax"
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Those most opposed to the tax are the ones who need it most smh.",
            ["those most opposed to the tax are the ones who need it most"],
        ),
        (
            "FWIW, the dictionary seems to disagree with that reading of the word.",
            ["the dictionary seems to disagree with that reading of the word"],
        ),
    ],
)
def test_smh_and_fwiw_are_chat_asides_wherever_they_stand(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("As others said, the council should raise the tax.", ["the council should raise the tax"]),
        (
            "As I noted above, the council should raise the tax.",
            ["the council should raise the tax"],
        ),
        (
            "As he said the vote was rigged, the council should raise the tax.",
            ["as he said the vote was rigged, the council should raise the tax"],
        ),
        (
            "Like the other person said, you might want to look up the history of the town.",
            ["you might want to look up the history of the town"],
        ),
        (
            "As the article stated, the mayor is concerned more with how he looks.",
            ["the mayor is concerned more with how he looks"],
        ),
    ],
)
def test_a_clause_citing_who_said_it_before_is_no_part_of_the_claim(text, claims):
    assert _worded(text) == claims


def test_a_hedging_condition_alone_claims_nothing():
    assert _worded("If you don't mind me asking.") == []


def test_a_generic_anyone_or_a_denied_question_still_asserts():
    assert _worded("Anyone who read the report knew it was a lie?") != []
    assert _worded("Wait, aren't these the people who voted for the cuts?") != []


@pytest.mark.parametrize(
    "text",
    [
        "Would you guys hire a junior developer with no degree? :)",
        "Could the council fix the road before winter? 🙂",
        "Is the new update any faster than the old one? ;-)",
    ],
)
def test_a_smiley_after_the_question_mark_still_asks(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Prices are rising fast, why does nobody care?", "prices are rising fast"),
        ("Most of these tools are free - what's not to like?", "most of these tools are free"),
        ("Nobody thought this plan through, did they?", "nobody thought this plan through"),
    ],
)
def test_a_clause_set_off_before_a_question_is_stated(text, claim):
    """The writer states the clause, then asks; "Do you think prices are rising?" still
    asks its clause."""
    assert _worded(text) == [claim]
    assert _worded("Do you think prices are rising?") == []


@pytest.mark.parametrize(
    "text",
    [
        "If the tax is fair, why do the poor pay more?",
        "When prices rise, should the bank raise rates?",
        "If the plan works, then why are you worried?",
    ],
)
def test_a_question_after_its_condition_still_asks(text):
    """The condition put first does not make the question a statement; "If you pay, you
    get better service." stays one."""
    assert _worded(text) == []
    assert _worded("If you pay, you get better service.") == ["if you pay, you get better service"]


def test_a_negative_question_after_its_condition_asserts_under_it():
    text = "If the mayor is serious about traffic, isn't it time she funded the trams?"
    assert _worded(text) == [
        "if the mayor is serious about traffic, it is time she funded the trams"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Of course, who needs a working bus service?",
        "Without the subsidy, what could the farmers have grown?",
        "After ten years of promises, why does the council still wait?",
        "In that case, do we expect anything better from the board?",
        "On a side note – have you any plans for a workshop tour of Europe?",
        "Going back to the parking thing: do you think the council should charge for it?",
        "Or, to make it real, would you hire a plumber who wasn't licensed, and only trained "
        "by a video?",
    ],
)
def test_a_question_after_a_phrase_set_off_before_it_still_asks(text):
    """A phrase put first and set off by a comma, a colon or a dash opens the question as
    a condition does:
    the question is not stated word for word; "In that case, the board should resign,
    right?" has no question word after the phrase, asks for assent, and stays."""
    assert _worded(text) == []
    assert _worded("In that case, the board should resign, right?") == [
        "in that case, the board should resign"
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("They patented multitasking?", []),
        ("So the new tax will pay for the stadium?", []),
        ("The mayor is a corporate tool?", []),
        ("The tax is too high, right?", ["the tax is too high"]),
        ("You do realize that the stadium lost money?", ["the stadium lost money"]),
        (
            "Surely they would be better off with a smaller car?",
            ["surely they would be better off with a smaller car"],
        ),
        ("The tax is too high, isn't it?", ["the tax is too high"]),
        (
            "In theory this might be a good idea, though who would do the certifying?",
            ["in theory this might be a good idea"],
        ),
        (
            "Do you really believe the stadium will pay for itself?",
            ["the stadium will not pay for itself"],
        ),
    ],
)
def test_a_statement_put_as_a_question_asks_unless_it_asks_for_assent(text, claims):
    """ "They patented multitasking?" asks or doubts; stated, it credited the writer with
    what they question."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("So the council will cave and we get to keep the library?", []),
        ("The nurses caught the flu and were back at work in two days?", []),
        ("Because the city actually lowered fares and/or added buses?", []),
        ("The plan is fine but send people to prison for parking?", ["the plan is fine"]),
        (
            "Rents are rising even now and yet they want to cut housing?",
            ["rents are rising even now"],
        ),
        (
            "The board can easily sink a small firm like that and would that be fair?",
            ["the board can easily sink a small firm like that"],
        ),
    ],
)
def test_clauses_one_question_mark_closes_after_and_are_asked_together(text, claims):
    """ "X and Y?" in a statement's word order asks both; "X but Y?" and "X and yet Y?"
    grant X and ask Y; a later clause in a question's own word order asks only itself,
    as does one run on into the next sentence."""
    assert _worded(text) == claims
    run_on = "The levy is not going to pass and the council is silly Did you read the report?"
    assert "the levy is not going to pass" in _worded(run_on)


@pytest.mark.parametrize(
    "text",
    [
        "You think the new tram line will pay for itself?",
        "So you want lower taxes, but you don't want fewer services?",
        "And you believe the council will listen this time?",
        "You mean the survey was rigged from the start?",
        "Anyone else think the tram line should be cancelled?",
    ],
)
def test_a_question_putting_to_the_reader_what_they_think_claims_nothing(text):
    """In a statement's word order the question still asks, or doubts, what the reader
    thinks or wants ("Anyone else think" drops its "Does"); "You realize the survey
    closed, right?" asserts what the reader should realize, and "You think the plan
    works." states the writer's reading."""
    assert _worded(text) == []
    assert _worded("You realize the survey closed, right?") != []
    assert _worded("You think the plan works.") != []


def test_a_negative_question_after_a_phrase_set_off_before_it_asserts_the_positive():
    text = "By your own figures, doesn't that prove the scheme failed?"
    assert _worded(text) == ["by your own figures, that does prove the scheme failed"]
    after_and = "And by your own count, doesn't that prove the levy failed?"
    assert _worded(after_and) == ["by your own count, that does prove the levy failed"]


@pytest.mark.parametrize(
    "text",
    [
        "Can we stop calling every protest a riot.",
        "Am I the only one who still likes the old design.",
        "Will the new line come back in some form with time limits.",
        "Or am I missing something",
    ],
)
def test_an_auxiliary_before_its_subject_asks_whatever_the_final_mark(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Had they shown the benefits, the vote might have gone the other way.",
            "had they shown the benefits, the vote might have gone the other way",
        ),
        ("The UK is in a mess, and so is the EU.", "the UK is in a mess"),
    ],
)
def test_a_condition_or_a_so_is_opening_with_an_auxiliary_is_no_question(text, claim):
    assert claim in _worded(text), _worded(text)


@pytest.mark.parametrize(
    "text",
    [
        'Can we please not call the peaceful protests "riots"?',
        "Can we please not call the peaceful protests riots.",
    ],
)
def test_a_request_not_to_do_something_is_no_negative_inversion(text):
    """ "Can we not X?" asks for not doing X; "we can call them riots" would invert it.
    "Does he not realize X?" asserts the positive, as "Doesn't he realize X?" does."""
    assert not any("call" in claim for claim in _worded(text))
    assert _worded("Does he not realize the budget is huge?") == [
        "he does realize the budget is huge"
    ]


def test_a_wh_word_of_the_subject_does_not_make_a_question():
    assert _worded("I think what he said is true.") == ["what he said is true"]


def test_a_denying_attribution_denies_only_the_clause_it_introduces():
    """A clause spliced on before "I don't think X" is stated as written, once."""
    assert _worded("That is the problem, I do not think people care.") == [
        "people do not care",
        "that is the problem",
    ]
    assert _worded("Prices will rise, I think.") == ["prices will rise"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I can't believe nobody is talking about the budget cuts.", "nobody is talking about"),
        (
            "I still can't believe the council approved the new parking fees.",
            "the council approved the new parking fees",
        ),
        (
            "I don't believe the council approved the new parking fees.",
            "the council did not approve the new parking fees",
        ),
    ],
)
def test_cannot_believe_says_the_clause_and_do_not_believe_denies_it(text, claim):
    assert any(c.text.startswith(claim) for c in argmap.find_claims(text))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("We want someone who knows Python, and who doesn't need managing.", "who doesn't"),
        ("Our city cares about money and how the money can be taken from others.", "how the"),
        ("That's why people moved away, and why nobody comes back now.", "why nobody"),
    ],
)
def test_a_coordinated_wh_clause_is_no_claim_of_its_own(text, fragment):
    assert not any(c.startswith(fragment) for c in _worded(text)), _worded(text)


def test_a_coordinated_wh_question_still_asks_its_own():
    text = "Why are you so sure, and why would anyone believe such a person?"
    assert "no one would believe such a person" in _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I doubt that nothing will change.", "I doubt that nothing will change"),
        (
            "I don't think nobody cares about the bridge.",
            "I don't think nobody cares about the bridge",
        ),
    ],
)
def test_a_clause_negated_by_a_negative_word_is_not_denied_again(text, claim):
    """Denying "nothing will change" by adding "not" would read "nothing will not change":
    no safe rewrite, so the sentence stays as written."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Of course I could be wrong, but only time will tell.", ["only time will tell"]),
        ("I might be mistaken about the dates.", []),
        ("I may be wrong.", []),
        ("The figures could be wrong.", ["the figures could be wrong"]),
        ("I can prove you wrong.", ["I can prove you wrong"]),
        ("We may be wrong to trust the council.", ["we may be wrong to trust the council"]),
        ("Hate to say it, but the bridge is doomed.", ["the bridge is doomed"]),
        ("I hate to be that guy but the numbers don't add up.", ["the numbers don't add up"]),
        ("I don't want to sound rude, but the app is slow.", ["the app is slow"]),
        ("I'm not a doctor, but the clinic needs more nurses.", ["the clinic needs more nurses"]),
        ("I'm no expert on tax law.", []),
        ("The mayor is not an economist.", ["the mayor is not an economist"]),
        ("I don't know about you guys, but the tax is unfair.", ["the tax is unfair"]),
        ("I'm not sure either.", []),
        (
            "I don't know why the council raised the tax.",
            ["I don't know why the council raised the tax"],
        ),
    ],
)
def test_the_writers_hedge_or_preface_is_no_claim(text, claims):
    """ "I may be wrong", "Hate to say it, but X": the writer hedges or prefaces X."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("How to apply", []),
        ("- How to build a faster parser in Rust", []),
        ("Where to go next is the question.", ["where to go next is the question"]),
    ],
)
def test_a_bare_wh_infinitive_is_a_heading_not_a_claim(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Here are the results of the second survey:", []),
        ("So here is a link to the council's tram report.", []),
        ("Here's what the new tram will cost:", []),
        (
            "Here's the problem, the council never reads its own reports.",
            ["the council never reads its own reports"],
        ),
        (
            "Here in the valley, the tram is a waste of money.",
            ["here in the valley, the tram is a waste of money"],
        ),
        ("The real problem here is the budget.", ["the real problem here is the budget"]),
    ],
)
def test_a_copula_opened_by_here_presents_something_and_claims_nothing(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Running the survey again yields the following results:", []),
        ("After that, close the old account using this form:", []),
        ("The new timetable will look like this:", []),
        (
            "The tram is a waste of money, but I must stress two points:",
            ["the tram is a waste of money", "I must stress two points"],
        ),
        (
            "You can also pay by card, as shown in this leaflet:",
            ["you can also pay by card, as shown in this leaflet"],
        ),
        ("My view is this: the tram is a waste.", ["the tram is a waste"]),
    ],
)
def test_a_clause_pointing_at_the_lines_after_its_colon_claims_nothing(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The councillors - including the mayor herself - are ignoring the tram report.",
            "the councillors are ignoring the tram report",
        ),
        (
            "If you read the minutes--admittedly a chore--the council never voted on it.",
            "if you read the minutes the council never voted on it",
        ),
        (
            "The pro-tram and anti-tram camps agree on 10-15 stops.",
            "the pro-tram and anti-tram camps agree on 10-15 stops",
        ),
    ],
)
def test_an_aside_set_off_by_a_pair_of_dashes_is_dropped_like_brackets(text, claim):
    assert _worded(text) == [claim]


def test_dashes_that_join_on_a_clause_set_off_no_aside():
    claims = _worded(
        "They might not say - but their reason was to keep costs down - as they fear cuts."
    )
    assert "they might not say as they fear cuts" not in claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Many towns run their trams at a loss and that works quite well.",
            "that works quite well",
        ),
        ("Fares went up, that does not go both ways.", "that does not go both ways"),
    ],
)
def test_a_that_read_as_the_subject_stays_in_the_claim(text, claim):
    assert claim in _worded(text), _worded(text)


def test_shortening_keeps_the_clause_an_object_it_stands_for():
    """ "made it clear" says nothing without what "it" stands for."""
    text = (
        "The council's own report also made it clear that building the new tram line would "
        "cost far more than the old bus routes."
    )
    assert _worded(text) == [
        "the council's own report also made it clear that building the new tram line would "
        "cost far more than the old bus routes"
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The trams are not running right now, and the buses are late.",
            "the trams are not running right now",
        ),
        (
            "The council should fund the trams as well, and the buses need new drivers.",
            "the council should fund the trams as well",
        ),
    ],
)
def test_a_modified_marker_word_ending_a_clause_is_no_connective(text, claim):
    """ "now" and "well" are discourse markers alone; "right now" and "as well" are
    adverbs of the clause and stay whole."""
    assert claim in _worded(text)


def test_the_adverb_of_a_connective_goes_with_what_the_connective_joined():
    """Shedding the conjunct of "as well as" had left the claim ending on its first "as"."""
    claims = _worded(
        "Every time it shakes while charging, it is weakening the cable's connector as well"
        " as potentially damaging the power socket on the laptop."
    )
    assert claims == ["every time it shakes while charging, it is weakening the cable's connector"]


@pytest.mark.parametrize(
    "text",
    [
        "But, so is owning a small shop.",
        "As did most of the people who voted in the last election.",
        "You land as a resident and so does your husband.",
    ],
)
def test_so_or_as_before_an_inverted_auxiliary_states_no_claim_of_its_own(text):
    """ "so is X", "as did X" say X shares what was said before; their words alone had
    been stated ("is owning a small shop", "does your husband")."""
    assert not any(
        claim.split()[0] in ("is", "did", "does") or claim.endswith("does your husband")
        for claim in _worded(text)
    ), _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("So do it now if you have to.", "do it now if you have to"),
        ("So, might as well be nice to them.", "might as well be nice to them"),
    ],
)
def test_a_command_or_a_subjectless_modal_after_so_is_no_inversion(text, claim):
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "By the time it does start becoming a real problem, we will surely have the"
            " tools to fix it.",
            "we will surely have the tools to fix it",
        ),
        ("Any time government is involved with something, you expect delays.", "you expect delays"),
        (
            "The second law of motion is simple, as any student knows.",
            "the second law of motion is simple, as any student knows",
        ),
    ],
)
def test_a_time_clause_the_parser_hung_apart_is_no_claim_of_its_own(text, claim):
    """ "by the time X", "any time X" is a "when" clause of the verb after it."""
    assert _worded(text) == [claim]


def test_the_so_of_hope_so_ends_the_verbs_phrase():
    """ "so" stands for the clause hoped; dropped as a connective it left "I really hope"."""
    assert "I really hope so" in _worded("I really hope so, but I just don't see it happening.")


@pytest.mark.parametrize(
    "text",
    [
        "They probably think since their aunt got sick after the jab and stayed in bed for a"
        " week that the vaccine is to blame for all of it.",
        "This can be seen when you click on the little icon with a spinning green circle in"
        " the bottom corner of the screen.",
    ],
)
def test_a_verb_of_thinking_or_seeing_keeps_the_clause_it_reports(text):
    """Shortened to the verb alone ("they probably think", "this can be seen"), the claim
    reported nothing; the clause is stated as written instead."""
    claims = _worded(text)
    assert claims and all(len(claim.split()) > 4 for claim in claims), claims


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("All I'm saying is, which is apparently hard to grasp is,", "is"),
        (
            "Sound like local shops are going to be uncompetitive and big chains are going to"
            " take the whole market.",
            "going to be",
        ),
        ("Regardless of the deal, the EU is and always be our main export market.", "the EU is"),
        (
            "It ran smoothly when Carter was President and Congress had to go along with it.",
            "when Carter was",
        ),
    ],
)
def test_a_claim_does_not_end_on_a_copula_cut_off_from_its_complement(text, cut):
    """The parser gave the complement to the next clause, or the claim left it out: "the
    EU is" states nothing."""
    claims = _worded(text)
    assert not any(claim.endswith(cut) for claim in claims), claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Nobody knows what the real numbers are.", "nobody knows what the real numbers are"),
        ("They just think they are.", "they just think they are"),
        ("Most dont even know what sex is.", "most don't even know what sex is"),
    ],
)
def test_a_copula_that_ends_its_clause_as_written_stays(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "I don't think it's unreasonable for the newest SDK to “only” support 3 versions"
            " of Windows.",
            "support",
        ),
        (
            "The key to getting fair prices for readers and libraries is for librarians and the"
            " ALA to think of and treat publishers as the businesses they are.",
            "think",
        ),
    ],
)
def test_a_for_clause_keeps_its_verb(text, verb):
    """ "it's not unreasonable for the newest SDK" had lost what the SDK may do."""
    claims = _worded(text)
    assert claims and all(verb in claim.split() for claim in claims), claims


@pytest.mark.parametrize(
    ("text", "main_clause"),
    [
        (
            "If this study is done and shows what the authors expect, I'd be open to schools"
            " applying it if they were candid about doing so.",
            "I'd be open",
        ),
        (
            "Even if you don't click on the button, showing it requires your browser to send a"
            " request to their servers for the button itself.",
            "requires your browser",
        ),
    ],
)
def test_a_condition_keeps_the_clause_it_conditions(text, main_clause):
    """Shortened to the "if" clause the parser made the root, the claim said nothing."""
    claims = _worded(text)
    assert claims and all(main_clause in claim for claim in claims), claims


def test_a_condition_whose_main_clause_is_a_question_is_no_claim():
    """Both conditions of the question had been stated, the second with the question."""
    text = "If my wife is forced to take the shot and she dies from a clot, who is at fault?"
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "But they see other people wearing it correctly, what makes them so special?",
            "they see other people wearing it correctly",
        ),
        (
            "They watch everyone else doing it correctly, what makes them so different?",
            "they watch everyone else doing it correctly",
        ),
    ],
)
def test_a_who_or_what_question_after_a_comma_is_no_part_of_the_claim(text, claim):
    """The parser reads "what makes them so special" as a relative clause of "correctly"."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "If only it were that simple.",
        "If business want to get together and create a standard, fine.",
    ],
)
def test_a_wish_or_a_verdict_under_a_condition_stays(text):
    assert len(_worded(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "For step 3 you should just do:",
        "Refactoring exposes some of the framework's major limitations which include:",
    ],
)
def test_words_that_lead_to_a_colon_are_no_claim(text):
    """What the colon brings (code, a list) is what they say; alone they are cut short."""
    assert _worded(text) == []


def test_an_example_marker_before_a_colon_leaves_the_claim():
    assert _worded("You now have a small app that can be hosted on any cheap web server e.g.:") == [
        "you now have a small app that can be hosted on any cheap web server"
    ]


def test_a_clause_whole_before_a_colon_stays():
    """The object of "mentioned" is the noun it tells of."""
    assert _worded("It is a fair approximation of the thing you mentioned:") == [
        "it is a fair approximation of the thing you mentioned"
    ]


def test_an_aside_glued_to_the_word_before_it_goes_whole():
    """Half a bracket had stayed in the claim ("up and down the strip(before")."""
    assert _worded(
        "Kids would cruise up and down the strip(before they put a roof over it) in their old cars."
    ) == ["kids would cruise up and down the strip in their old cars"]


def test_there_are_cases_keeps_the_clause_that_says_which():
    """The "when" clause the parser hung on "are" had gone with the optional modifiers."""
    assert _worded(
        "There are occasions when a careful reporter does not publish what she knows, such as"
        " when a source could be harmed or a trial could collapse."
    ) == ["there are occasions when a careful reporter does not publish what she knows"]


def test_a_shortening_that_ends_on_a_modifier_of_a_dropped_noun_is_not_taken():
    """Shortened, the claim ended on a word whose noun it dropped; the clause is stated
    as written instead."""
    assert _worded(
        "We will pay you as such (equity + salary) but also expect you to take real product"
        " ownership and to help lead the whole development team."
    ) == [
        "we will pay you as such but also expect you to take real product ownership and to"
        " help lead the whole development team"
    ]


def test_a_shortening_that_drops_a_verb_nothing_joins_is_not_taken():
    """The parser read the verb of the clause inside the claim as a second verb of its
    own; shortened without it, the claim said something else."""
    assert _worded(
        "The city council still loves pretending all the problems that local drivers don't"
        " have are in our heads or just noise."
    ) == [
        "the city council still loves pretending all the problems that local drivers don't"
        " have are in our heads or just noise"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The more they push the bill the more the moderates dig in.",
        "The higher the fee, the lower the turnout.",
    ],
)
def test_a_the_more_the_more_sentence_is_one_claim(text):
    """Parsed apart, each half had been stated alone; a verbless pair stated nothing."""
    assert _worded(text) == [text[0].lower() + text[1:-1]]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The plan looks cheap but would it save any money in the end.", "the plan looks cheap"),
        ("The rules are strict but is there any point to them.", "the rules are strict"),
    ],
)
def test_a_question_asked_after_other_words_without_its_mark_is_no_claim(text, claim):
    """ "but would it save X", "but is there X": the auxiliary before its subject asks."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Accepting it doesn't mean silence, nor does it mean I must agree.",
            "it does not mean I must agree",
        ),
        (
            "However, were I able to, I would demand an explanation.",
            "were I able to, I would demand an explanation",
        ),
    ],
)
def test_an_inversion_after_nor_or_in_a_condition_is_no_question(text, claim):
    assert claim in _worded(text), _worded(text)


def test_doubting_whether_denies_as_doubting_that_does():
    assert _worded("I doubt whether the plan can succeed.") == ["the plan can not succeed"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I am skeptical that the new tram adds any real value.", "the new tram does not add"),
        ("We are doubtful the council will finish the bridge.", "the council will not finish"),
        ("I don't doubt that the council is right about the budget.", "the council is right"),
        ("I do not doubt the figures are flawed.", "the figures are flawed"),
        ("Not that the new tram is a bad idea.", "the new tram is not a bad idea"),
        ("Not that the council listens to anyone.", "the council does not listen"),
        ("Not that nobody warned them.", "not that nobody warned them"),
    ],
)
def test_doubt_and_not_that_deny_their_clause_and_doubt_denied_affirms_it(text, claim):
    assert any(c.startswith(claim) for c in _worded(text)), _worded(text)


def test_a_question_that_asserts_keeps_its_claims():
    assert sorted(_worded("Nuclear power is safe, so why would anyone fear it?")) == [
        "no one would fear it",
        "nuclear power is safe",
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Why wouldn't the council pay for it?", "the council would pay for it"),
        (
            "Isn't it unfair if the council doesn't pay them?",
            "it is unfair if the council doesn't pay them",
        ),
    ],
)
def test_a_negative_question_asserts_the_positive_and_only_its_own_negation_goes(text, claim):
    """ "Why wouldn't X?" says X would: the question's "n't" goes, and no "not" is added
    (not "would notn't"); a negation in a clause of its own ("if ... doesn't") stays."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Shouldn't the mayor have polled better than 9%?",
            "the mayor should have polled better than 9%",
        ),
        (
            "Why would anyone pay 20% more for the same ticket?",
            "no one would pay 20% more for the same ticket",
        ),
    ],
)
def test_a_question_put_as_a_statement_keeps_its_percent_sign(text, claim):
    """spaCy counts "%" as punctuation; dropped with the question's marks, "9%" read "9"."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The plan costs too much, nor is there any reason to rush it.", "there is not any"),
        ("They ignore our letters, nor do they care.", "they do not care"),
    ],
)
def test_a_clause_after_nor_is_stated_denied(text, claim):
    """ "nor do they care" read as written asks "do they care": it says they do not."""
    assert any(c.startswith(claim) for c in _worded(text)), _worded(text)


def test_a_not_the_parser_left_unlabelled_still_denies():
    """The parse of a saved page's "X gets called when A, not when B" hung "not" on the
    verb with the catch-all label ``dep``, an aside; dropped, the claim said "when A when
    B". The same parse is built here for a sentence of the same form."""
    nlp = load_pipeline()
    text = (
        "The timer gets started when the request itself is sent, not when the first byte is "
        "received."
    )
    parsed = next(parse_texts([text], nlp))
    verb = next(t.i for t in parsed if t.text == "started")
    hung_on_verb = {"not", "received"}
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        heads=[verb if t.text in hung_on_verb else t.head.i for t in parsed],
        deps=["dep" if t.text == "not" else t.dep_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        tags=[t.tag_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        sent_starts=[t.i == 0 for t in parsed],
    )
    assert [c.text for c in canonical_claims(doc[:])] == [text[0].lower() + text[1:-1]]


def test_a_clause_after_nor_without_its_own_subject_stays_with_the_first():
    """ "nor is the county" leaves out what it denies: borrowing the first clause's
    subject made "the city is the county", and alone it says nothing; it stays in the
    first clause's claim, as "neither X nor Y" does."""
    assert _worded("The city isn't going to build one, nor is the county.") == [
        "the city isn't going to build one, nor is the county"
    ]
    assert _worded("The council neither consults residents nor publishes its budget.") == [
        "the council neither consults residents nor publishes its budget"
    ]
    assert _worded("You neither win by telling the truth nor by lying.") == [
        "you neither win by telling the truth nor by lying"
    ]


def test_a_negative_question_asking_the_reader_to_agree_asserts_its_clause():
    assert _worded("Don't you think the price is far too high?") == ["the price is far too high"]


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("Did you never get a chance to reply?", "you did get"),
        ("Doesn't anyone test their code anymore?", "anyone does"),
        ("Didn't you read the article?", "you did read"),
        ("Haven't you heard of version control?", "you have heard"),
        ("Did ya not even read the article?", "ya did"),
        ("Aren't u glad you moved out?", "u are"),
        # misparsed as "Is banning": the verb's object is no subject to move the "is" after
        ("Isn't banning cars from the centre a good idea?", "cars is"),
    ],
)
def test_a_negative_question_with_no_safe_statement_is_not_garbled(text, lost):
    """Only the "n't"/"not" of the inverted auxiliary flips; "never" stays, and a
    question with "anyone" or "anymore" has no positive statement form. A negative
    question about the reader reproaches ("Didn't you read the article?" says the reader
    did not, or not well): "you did read the article" would invert it."""
    assert not any(lost in claim for claim in _worded(text))


def test_a_quoted_line_is_not_the_quoters_claim():
    text = "> Remote work ruins team culture.\nThat is wrong, remote teams can work very well."
    claims = argmap.find_claims(text)
    assert claims
    assert not any("ruins" in c.text for c in claims)
    assert all(c.span[0] > text.index("\n") for c in claims)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Memorising poems is the most important skill for a national leader. /s", []),
        ("Nobody saw this coming. The planners had only four years. ^(/s)", []),
        (
            "Brexit was a huge mistake for the country.\n"
            "They sponged off us long enough. The EU is evil. /s\n"
            "Europe is still our biggest market.",
            ["Brexit was a huge mistake for the country", "Europe is still our biggest market"],
        ),
        (
            "Real genius /s The plan to cut the flood budget is dangerous.",
            ["the plan to cut the flood budget is dangerous"],
        ),
    ],
)
def test_words_marked_as_jest_are_no_claims(text, kept):
    """Reddit's "/s" closes what the writer says in jest, from the start of its line."""
    assert [c.text for c in argmap.find_claims(text)] == kept


def test_a_sentence_about_the_sarcasm_mark_is_read_as_written():
    text = "Now the posts have /s in them as well as comments, so the forum is dying."
    claims = [c.text for c in argmap.find_claims(text)]
    assert any("the forum is dying" in claim for claim in claims), claims


def test_a_sentence_wholly_in_quotation_marks_is_not_a_claim():
    assert argmap.find_claims('"Taxes are theft."') == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Critics say the new bridge is unsafe, but they are wrong.", "critics are wrong"),
        (
            "The council claimed the park would open in May and we should not believe them.",
            "we should not believe them",
        ),
    ],
)
def test_a_report_is_not_the_writers_claim_but_the_writers_own_clause_is(text, own):
    claims = [c.text for c in argmap.find_claims(text)]
    assert any(own in c for c in claims), claims
    assert not any("unsafe" in c or "would open" in c for c in claims), claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "One could argue that the whole cabinet is proof of that.",
            ["one could argue that the whole cabinet is proof of that"],
        ),
        (
            "The notice should state that the debt was sold.",
            ["the notice should state that the debt was sold"],
        ),
        (
            "Common sense tells us that most people cannot pay their bills after a flood.",
            ["common sense tells us that most people cannot pay their bills after a flood"],
        ),
        (
            "Something tells me the new law is a mistake.",
            ["something tells me the new law is a mistake"],
        ),
        ("They would just say it was against company policy.", []),
        ('You\'d probably say "they only won because they had help."', []),
    ],
)
def test_what_anyone_may_say_or_should_say_is_the_writers_claim(text, claims):
    """ "You could argue X" and "it can be argued X" put X mildly, in no one's words;
    "the notice should state X" prescribes; common sense is the writer's reasoning. A
    report foreseen of someone ("they would just say X", "you'd probably say X") is still
    theirs."""
    assert [c.text for c in argmap.find_claims(text)] == claims


def test_a_report_that_goes_on_after_and_stays_the_reports():
    claims = argmap.find_claims("They said they had no choice and they needed the money.")
    assert claims == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ('The UK and the US have a "special relationship".', 'a "special relationship"'),
        ("The council's “deal” is no deal at all.", 'the council\'s "deal" is no deal at all'),
        ('The bridge is not being "closed for repairs".', 'not being "closed for repairs"'),
    ],
)
def test_scare_quotes_inside_a_claim_stay(text, claim):
    """Without its quotation marks a claim takes the writer's scare-quoted words at face
    value ("the UK and the US have a special relationship")."""
    assert any(claim in c for c in _worded(text)), _worded(text)


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
def test_every_sentence_of_a_quotation_is_the_quoted_writers(marks):
    """A quotation of several sentences: the ones after its first are quoted too."""
    opening, closing = marks
    text = (
        f"The mayor wrote {opening}The new bus lanes are a success. Every driver should "
        f"leave the car at home.{closing} I think the bus lanes are a failure."
    )
    claims = [c.text for c in argmap.find_claims(text)]
    assert claims and not any("driver" in c or "success" in c for c in claims), claims
    assert any("failure" in c for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Maybe I'm cold, but “moving abroad for a job takes several years of waiting” "
        "isn't wringing any tears from me.",
        'This is as useful as the people who say "but all the strikes happen in big cities".',
        'The question is no longer "should we build the bridge?", but "where should we build it?".',
    ],
)
def test_a_clause_made_only_of_quoted_words_is_not_the_quoters_claim(text):
    quoted = ("moving abroad", "but all the strikes", "all the strikes", "should we", "where")
    claims = [c.text for c in argmap.find_claims(text)]
    assert not any(c.startswith(quoted) for c in claims), claims


def test_quoted_words_inside_the_writers_own_clause_stay():
    text = 'The council is not "aggressive" enough about the new bus lanes.'
    claims = [c.text for c in argmap.find_claims(text)]
    assert any(c.startswith("the council is not") for c in claims), claims


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
def test_a_quotation_that_opens_its_sentence_is_quoted_from_its_first_sentence(marks):
    """A quotation of several sentences that opens a sentence of the message: its first
    sentence starts on the opening mark, and is as much the quoted writer's as the rest."""
    opening, closing = marks
    text = (
        f"{opening}Raising taxes on the rich will always destroy jobs in the long run. "
        f"Governments fund nothing useful.{closing} That is false, because roads exist."
    )
    claims = [c.text for c in argmap.find_claims(text)]
    assert not any("jobs" in c or "fund" in c for c in claims), claims
    assert any("false" in c for c in claims), claims


# -- wording -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "claim", "kind"),
    [
        ("Isn't remote work more productive?", "remote work is more productive", "question-claim"),
        (
            "Actually, the city should build more bike lanes.",
            "the city should build more bike lanes",
            "recommendation",
        ),
        (
            "I think electric cars will replace diesel trucks.",
            "electric cars will replace diesel trucks",
            "prediction",
        ),
        ("In my opinion, the new policy is terrible.", "the new policy is terrible", "evaluation"),
        (
            "In other words, the tax should be scrapped.",
            "the tax should be scrapped",
            "recommendation",
        ),
        ("Buses, on the other hand, run all night.", "buses run all night", "assertion"),
        (
            "Why would you hire a plumber who has never fixed a pipe?",
            "you would not hire a plumber who has never fixed a pipe",
            "question-claim",
        ),
    ],
)
def test_claims_are_worded_canonically(text, claim, kind):
    found = argmap.find_claims(text)
    assert [(c.text, c.type) for c in found] == [(claim, kind)]
    assert found[0].sentence == text and found[0].span == (0, len(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Rising rents are a problem every city must deal with.", "rising rents are a problem"),
        ("Tabs are the only thing worth arguing about.", "tabs are the only thing worth"),
    ],
)
def test_a_sentence_ending_on_a_stranded_preposition_is_no_fragment(text, claim):
    assert any(c.startswith(claim) for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("That's credit card crack in my opinion.", ["that's credit card crack"]),
        (
            "Her mom's dead, and her dad never cared much.",
            ["her mom's dead", "her dad never cared much"],
        ),
    ],
)
def test_an_is_tagged_as_a_possessive_still_heads_its_clause(text, claims):
    """The tagger may read the "'s" of "That's X" as a possessive; glued to its subject
    and heading the clause, it is "is", and the clause has its verb."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("We already have national ID's.", ["we already have national ID's"]),
        (
            "The new lists will cater to the large company's!",
            ["the new lists will cater to the large company's"],
        ),
        ("Be sure to listen in to the mayor's ...", []),
    ],
)
def test_a_sentence_ending_on_a_possessive_is_no_fragment(text, claims):
    """A plural written with an apostrophe or a possessive that names a shop ends the
    sentence as written; one an ellipsis trails off is cut short."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The thing is, starting with one of these is a",
        "The wisdom of the capitulation was equal to its",
        "Advertising would have been a fine model for funding websites, if it",
        "Most kids today are unaware of",
        "One needs to be conscious of",
    ],
)
def test_a_line_cut_before_its_last_word_states_nothing(text):
    """A text that stops on an article, a possessive, the subject of a new clause or the
    preposition of an adjective or noun was cut, however the parser tagged the word."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("That would be a Britain to be proud of!", ["that would be a Britain to be proud of"]),
        ("This is what we are afraid of", ["this is what we are afraid of"]),
        ("That's uncalled for", ["that's uncalled for"]),
        ("The pound has remained low ever since", ["the pound has remained low ever since"]),
        ("I like to use A", ["I like to use A"]),
        (
            "The Lib-Dems are going to make very minor gains, if any.",
            ["the Lib-Dems are going to make very minor gains, if any"],
        ),
    ],
)
def test_a_sentence_ending_on_a_word_that_may_end_it_is_whole(text, claims):
    """A preposition whose object comes before it, a particle, a capital "A" naming a
    thing and "if any" end a sentence as written."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Cheaper transit is something that both parties agree upon.",
        "A four-day week is the kind of reform that most workers would gladly vote for.",
    ],
)
def test_a_stranded_preposition_holding_its_relative_pronoun_is_no_fragment(text):
    """The parser hangs the relative "that" on the preposition it belongs to; the clause
    is still whole."""
    assert _worded(text) == [text.rstrip(".")[0].lower() + text.rstrip(".")[1:]]


def test_for_me_as_what_the_copula_says_is_kept():
    """ "For me" attributes a clause to its writer, unless it is the copula's complement."""
    assert _worded("The rest of the budget is for me.") == ["the rest of the budget is for me"]
    assert _worded("For me, the budget is too small.") == ["the budget is too small"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The new tax is a scam imo.", "the new tax is a scam"),
        ("The council can only delay the vote by a year, iirc.", "the council can only delay"),
        ("AFAIK, class sizes have not gotten smaller.", "class sizes have not gotten smaller"),
        ("The mayor will never fix the roads lol.", "the mayor will never fix the roads"),
        ("The leash gave it away hehe.", "the leash gave it away"),
        # at the sentence's end a hedge goes even when the parse hung words on it
        ("The whole controversy is stupid imho.", "the whole controversy is stupid"),
        # and so does one the parse made the object of the preposition before it
        ("The council will sell the depot at a discount lol.", "the council will sell the depot"),
        ("The bill will be struck down within a few weeks lmao.", "the bill will be struck"),
        # a hedge the parse made a word of the clause stays, or the clause would be cut
        ("He is afraid of the coaches he works with lol.", "he is afraid of the coaches"),
    ],
)
def test_chat_hedges_are_no_part_of_the_claim(text, claim):
    """ "imo", "iirc", "afaik", "lol" hedge or laugh wherever they stand."""
    worded = _worded(text)
    assert worded and worded[0].startswith(claim), worded
    if "works with" not in text:
        hedges = ("imo", "iirc", "afaik", "lol", "lmao")
        assert not any(h in worded[0].lower().split() for h in hedges)
        assert not {"hehe", "imho"} & set(worded[0].split())


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A four-hour commute is a dealbreaker for me.",
            "a four-hour commute is a dealbreaker for me",
        ),
        ("The new timetable is confusing for me.", "the new timetable is confusing for me"),
    ],
)
def test_for_me_after_a_noun_or_adjective_is_part_of_its_phrase(text, claim):
    """Dropped as the writer's attribution, "for me" had made the claim speak for all."""
    assert _worded(text) == [claim]


def test_for_me_or_to_me_that_a_verb_takes_is_kept():
    """Right after a verb, "for me" and "to me" are what it takes, not an attribution;
    after a verb of seeming, or set off by a comma, they attribute."""
    assert _worded("That plan would never work for me.") == ["that plan would never work for me"]
    assert _worded("The new layout makes no sense to me.") == [
        "the new layout makes no sense to me"
    ]
    assert _worded("It seems to me that the budget is too small.") == ["the budget is too small"]
    assert _worded("He seems to me to be lying about the budget.") == [
        "he seems to be lying about the budget"
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Voters should simply say no.", "voters should simply say no"),
        (
            "When the council asks for more money, we should say no.",
            "when the council asks for more money, we should say no",
        ),
    ],
)
def test_the_yes_or_no_a_verb_of_saying_takes_stays(text, claim):
    """The parser labels the "no" of "say no" an interjection; it is what is said."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Voters should go back to paper ballots, which are far harder to tamper with "
            "than any of the voting machines sold today.",
            "voters should go back to paper ballots",
        ),
        (
            "The city council, due to the growing influence of developer money, is moving "
            "away from rather than toward the kind of planning that keeps rents low for "
            "ordinary families.",
            "the city council, due to the growing influence of developer money, is moving "
            "away from rather than toward the kind of planning that keeps rents low for "
            "ordinary families",
        ),
    ],
)
def test_shortening_keeps_the_phrase_an_adverb_carries(text, claim):
    """ "Go back to X": the adverb and its phrase are what the verb says; dropped, the
    claim was "voters should go". Nor may shortening end a claim on "than"."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The council was badly divided, and this is a real problem for the city.",
            "this is a real problem for the city",
        ),
        (
            "Redis can handle a million writes a second, and this is not possible with any "
            "relational database.",
            "this is not possible with any relational database",
        ),
    ],
)
def test_a_joined_this_stands_for_the_statement_not_the_subject(text, claim):
    """ "X was divided, and this is a problem": "this" is the division, not X."""
    assert claim in _worded(text)


def test_a_relative_clause_saying_which_one_an_indefinite_noun_is_stays():
    """Shortening a long claim keeps the clause that says which "age" is meant: "we live
    in an age" says nothing."""
    text = (
        "We live in an age in which most people would rather scroll through short videos "
        "than read a single page of a book."
    )
    assert _worded(text) == [text.rstrip(".")[0].lower() + text.rstrip(".")[1:]]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("So far, the new bus lanes have cut commute times.", "so far, the new bus lanes"),
        ("So many drivers still ignore the speed limit on this road.", "so many drivers"),
        # with no verb the parse hangs "so" on the adjective that heads the sentence
        ("So glad to see the old bridge open again.", "so glad to see"),
        ("So sad that the old bridge is closed again.", "so sad that the old bridge"),
    ],
)
def test_an_opening_so_stays_when_it_modifies_the_next_word(text, claim):
    """ "So far" and "so many" are phrases; only a "so" that opens the sentence leaves."""
    assert any(c.startswith(claim) for c in _worded(text))


def test_a_long_clause_that_shortening_would_cut_to_a_fragment_is_kept_whole():
    """Dropping its last modifier would leave "... focused on things from": a garbled
    claim. The clause is kept as written instead, longer than the usual limit."""
    text = (
        "There are a number of different tools the platform teams at our company focused "
        "on things from tools engineers use daily to how we can better support customers."
    )
    assert _worded(text) == [text[0].lower() + text[1:-1]]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Which means the deal is dead.", "that means the deal is dead"),
        ("Which is why nobody trusts the council any more.", "that is why nobody trusts"),
    ],
)
def test_a_sentence_opening_with_which_is_stated_with_that(text, claim):
    """ "which means the deal is dead" reads as a fragment on its own; the writer's
    sentence goes on from the one before, as "that" would."""
    assert any(c.startswith(claim) for c in _worded(text)), _worded(text)


@pytest.mark.parametrize("text", ["Which option is better?", "Which input leads to failure."])
def test_an_asking_or_determining_which_stays(text):
    """A question that asks is no claim; "which input" picks a noun, it stands for none."""
    assert not any(c.startswith("that") for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The only reason the council keeps the old bus depot open is that nobody has "
            "found a buyer for the land yet.",
            "the only reason the council keeps the old bus depot open is",
        ),
        (
            "People who have never worked a single day in a hospital should stop telling "
            "nurses how to do their jobs properly.",
            "people who have never worked a single day in a hospital should",
        ),
        (
            "I think she is the one that tested positive for the virus last week after "
            "joining the big protest downtown without a mask.",
            "she is the one that tested positive",
        ),
        (
            "Honestly this is the time to drop the gloves and tell those councillors exactly "
            "what we think of their new parking plan.",
            "this is the time to drop the gloves",
        ),
        (
            "It has nothing to do with the trade talks except the quiet admission that being "
            "inside the union has its advantages.",
            "it has nothing to do with the trade talks",
        ),
        (
            "Luckily it looks like most of the big retailers are finally becoming aware of "
            "the problems with their delivery contracts in the north.",
            "luckily it looks like most of the big retailers",
        ),
        (
            "At several points during the hearing, the minister looked as though he was "
            "hoping that the floor would open up and swallow him.",
            "the minister looked as though he",  # the opening frame goes last
        ),
        (
            "In 2016 the senator mocked his rival as being a naive dreamer who thought he was "
            "going to change the whole country overnight.",
            "in 2016 the senator mocked his rival as being a naive dreamer",
        ),
        (
            "If the club signs him on those terms and he keeps missing training, they would "
            "be turning a promising season into a relegation fight.",
            "if the club signs him on those terms and he keeps missing training, they would "
            "be turning a promising season into",
        ),
        (
            "Anyone with even a basic knowledge of how the railways work in this country "
            "would have known that the new timetable was doomed.",
            "anyone with even a basic knowledge",
        ),
        (
            "In this new role on the platform team you will be responsible for helping us "
            "design the future of our payments service.",
            "in this new role on the platform team you will be responsible for helping",
        ),
    ],
)
def test_shortening_keeps_the_clause_that_says_which_a_noun_is(text, kept):
    """ "The only reason is that ...", "people should stop ...", "she is the one", "this
    is the time", "it has nothing", "anyone would have known": without the clause that
    restricts its subject, its copula's noun, an indefinite pronoun or (an infinitive) its
    object, the claim says something else, or nothing; "you will be responsible" says
    nothing without what for, "it looks" nothing without how, "he mocked his rival"
    nothing without as what, "turning a season" nothing without into what."""
    assert any(c.startswith(kept) for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "My whole view on this is based on the fact that the council ignored three "
            "separate flood warnings before the storm.",
            "my whole view on this is based on the fact that the council ignored",
        ),
        (
            "Most of the commentators on the news completely missed the point that the new "
            "rules only apply to companies with more than fifty staff.",
            "most of the commentators on the news completely missed the point that the new rules",
        ),
        (
            "A lot of voters in the north still cling to the belief that the factories will "
            "come back if the tariffs go up again.",
            "a lot of voters in the north still cling to the belief that the factories will",
        ),
    ],
)
def test_shortening_keeps_what_the_fact_or_idea_is(text, kept):
    """ "Based on the fact [that X]", "missed the point [that X]": the "that" clause is
    the noun's content wherever the noun stands, and "based on the fact" says nothing."""
    assert any(c.startswith(kept) for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "There is nothing better for me on a cold winter weekend than to spend an entire "
            "Sunday cooking slow food for the week.",
            "than to spend an entire Sunday cooking",
        ),
        (
            "If they simply did nothing at all, they would do more good for this country "
            "than the last government did in four whole years.",
            "they would do more good than the last government did",
        ),
        (
            "Those kinds of videos do more to convince me that there are real issues around "
            "online abuse than any of the campaign content.",
            "do more to convince me that there are real issues around online abuse than any",
        ),
    ],
)
def test_shortening_keeps_the_standard_of_a_comparison(text, kept):
    """A phrase that holds the "than" of the claim's comparison stays: "there is
    nothing better for me", "they would do more good", "those videos do more" compare
    with nothing."""
    assert any(kept in c for c in _worded(text)), _worded(text)


def test_a_comparison_keeps_its_comparing_word_with_its_than():
    """Keeping the "than" phrase does not keep it without the word it completes."""
    text = (
        "In my experience personal hygiene is more important than social skills, I care "
        "less about being offended than I do about getting sick."
    )
    assert "I care less about being offended than I do about getting sick" in _worded(text)


def test_shortening_may_drop_the_clause_of_a_kind_said_of_a_named_subject():
    """ "NowTrack is a small startup" says what NowTrack is without the clause."""
    text = (
        "NowTrack is a small startup that is taking the pain out of invoicing by making it "
        "easy for shops to bill customers online."
    )
    assert _worded(text) == ["NowTrack is a small startup"]


def test_shortening_drops_a_whether_clause_put_first_before_the_claims_own_words():
    """The claim holds whichever way the "whether" clause goes: too long, it drops that
    clause, not the relative clause that says what the writer cannot remember."""
    text = (
        "Whether it's the mayor closing the old depot, cutting the bus budget, selling the "
        "parks or raising every fee in sight, I can't remember the last time the city "
        "listened to anyone."
    )
    assert _worded(text) == ["I can't remember the last time the city listened to anyone"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Despite the council spending weeks on consultations about parking, cycle lanes "
            "and bus routes across the whole city, the new tram plan failed.",
            "the new tram plan failed",
        ),
        (
            "No matter how much the council wants you to think the budget is balanced, the "
            "city is not so rich that it can ignore its debts.",
            "the city is not so rich that it can ignore its debts",
        ),
        (
            "Even if every household in the valley signed up for the new recycling scheme "
            "tomorrow, the landfill would still be full within ten years.",
            "the landfill would still be full within ten years",
        ),
    ],
)
def test_shortening_drops_a_concession_put_first(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Because the company has spent years lobbying against every single climate "
            "regulation in the state legislature, its statement about going green by 2030 is "
            "just marketing.",
            "its statement about going green by 2030 is just marketing",
        ),
        (
            "Since the town has turned its back on the railway and is committed to building "
            "roads instead, we should just get on with it and stop arguing.",
            "we should just get on with it and stop arguing",
        ),
        (
            "As a member of the parish council for over twenty years, I can tell you the "
            "bridge repairs were never properly funded.",
            "I can tell you the bridge repairs were never properly funded",
        ),
    ],
)
def test_shortening_drops_a_ground_put_first(text, claim):
    """A reason or role put first goes before the claim's own modifiers: the claim is
    what follows it."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "Just because all of your friends in the village voted to close the library last "
        "year it doesn't mean that will be the result the next time around.",
        "As long as the council keeps its promises on the library, the pool and the buses "
        "in the old town, all will be well for the next few years.",
    ],
)
def test_shortening_keeps_a_just_because_or_a_condition_put_first(text):
    """ "Just because X" is what the claim denies; "as long as X" is its condition."""
    (claim,) = _worded(text)
    assert claim.split()[:2] in (["just", "because"], ["as", "long"])


def test_shortening_keeps_the_figure_a_verb_moves_something_to():
    text = (
        "The sudden spread of the new flu variant in the northern provinces of the country "
        "pushed the weekly average of hospital admissions to 5,300 as of Tuesday afternoon."
    )
    (claim,) = _worded(text)
    assert "admissions to 5,300" in claim


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Remote work is great for most teams in the company until the first big deadline "
            "of the year comes along and nobody answers.",
            "in the company until the first big deadline",
        ),
        (
            "The council will not be able to fix the old bridge this year unless the state "
            "sends the money it promised after the floods of last spring.",
            "this year unless the state sends the money",
        ),
    ],
)
def test_shortening_keeps_a_condition_the_claim_holds_only_under(text, kept):
    """Without its "until" or "unless" the claim says what the author denies ("remote
    work is great for most teams"); only the condition's own modifiers may go."""
    (claim,) = _worded(text)
    assert kept in claim


def test_shortening_keeps_the_phrase_of_an_adjective_the_parser_hung_on_its_copula():
    """ "I am ok [with X]" hangs "with X" on "am"; without it the claim is "I am ok"."""
    text = (
        "I am ok with closing the old library on Sundays in the winter if you're ok with "
        "closing the new pool on Mondays too."
    )
    (claim,) = _worded(text)
    assert claim.startswith("I am ok with closing the old library")
    assert "if you're ok with closing the new pool" in claim


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "She knows the extra money from the parking fees mostly goes to a small firm "
            "that was set up by the mayor's brother in the spring.",
            "mostly goes to a small firm",
        ),
        (
            "You are right, but you know the money goes to a company that bought half of "
            "the local papers in the county they thought could win the vote.",
            "the money goes to a company",
        ),
    ],
)
def test_shortening_keeps_the_phrase_the_verb_of_a_reported_clause_needs(text, kept):
    """The clause a verb takes keeps the phrase its own verb needs, as a main clause
    does: "she knows the money mostly goes" says nothing of where."""
    assert any(kept in claim for claim in _worded(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Raise the fares again and fewer people will take the bus.",
            "if you raise the fares again, fewer people will take the bus",
        ),
        (
            "Cut the library hours, and the students will study somewhere else.",
            "if you cut the library hours, the students will study somewhere else",
        ),
    ],
)
def test_a_command_joined_to_what_will_follow_is_its_condition(text, claim):
    """ "Do X and Y will happen" claims Y if X; it advises nothing."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Cut the bus service and the high street dies.",
            "if you cut the bus service, the high street dies",
        ),
        (
            "Add a second tax on top and it becomes a real burden.",
            "if you add a second tax on top, it becomes a real burden",
        ),
    ],
)
def test_a_command_joined_to_what_follows_in_the_present_is_its_condition(text, claim):
    """ "Do X and Y happens" says Y follows X, as the modal's "will" does."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "Still have a small scar on my knee, and sometimes it aches.",
        "Love the new park and it brings back good memories.",
    ],
)
def test_a_feeling_or_a_fact_of_the_writer_with_no_i_is_no_condition(text):
    """A base-form verb with the writer's "I" left out is no command to condition on."""
    assert not any(claim.startswith("if you") for claim in _worded(text))


def test_a_command_beside_a_wish_stays_a_command():
    assert _worded("Write to the council, and I hope the new road gets fixed.") == [
        "write to the council",
        "I hope the new road gets fixed",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Instead of fixing the roads first.",
        "Probably from sitting in traffic all day.",
        "Like asking the council to fix the roads.",
        "Of a plan that takes ten years to show results?",
    ],
)
def test_a_prepositional_phrase_alone_is_no_claim(text):
    """It completes another sentence; "only for the bus pass" asserts nothing."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text", ["To delete the old branch", "Just to confirm…", "Only to keep the bus route open."]
)
def test_an_infinitive_alone_is_no_claim(text):
    """A purpose, a heading or an answer that completes another sentence."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Best to take the second dose.", "best to take the second dose"),
        (
            "To see it unfold this rapidly is still shocking to me.",
            "to see it unfold this rapidly is still shocking to me",
        ),
    ],
)
def test_an_infinitive_after_a_word_of_its_own_or_as_a_subject_stays(text, claim):
    assert _worded(text) == [claim]


def test_a_clause_the_parser_hung_under_a_fronted_phrase_is_still_a_claim():
    assert _worded("With buses you have to plan ahead.") == ["with buses you have to plan ahead"]


def test_just_because_x_does_not_mean_y_keeps_its_just_because():
    """The parser hangs "because" on X's verb; without it the claim read "just a few loud
    people want something doesn't make it a good plan"."""
    text = "Just because a few loud people want something doesn't make it a good plan."
    assert _worded(text) == [
        "just because a few loud people want something doesn't make it a good plan"
    ]


def test_a_reason_given_alone_loses_its_just_with_its_because():
    assert _worded("Just because the mayor said so.") == ["the mayor said so"]


def test_a_just_because_after_its_verb_stays():
    text = "They moved away simply because the rent went up."
    assert _worded(text) == ["they moved away simply because the rent went up"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "If the fares go up again, I think fewer people will take the bus.",
            "if the fares go up again, fewer people will take the bus",
        ),
        (
            "When the roads are icy, I believe the buses should stay in the depot.",
            "when the roads are icy, the buses should stay in the depot",
        ),
    ],
)
def test_a_condition_put_before_an_attribution_stays_with_its_claim(text, claim):
    """The parse hangs the condition on "I think"; the claim lost it with the attribution."""
    assert _worded(text) == [claim]


def test_a_time_when_the_writer_came_to_think_so_is_no_condition():
    text = "When I read the report, I thought the plan was fine."
    assert _worded(text) == ["the plan was fine"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sorry, but you are wrong about the bus fares.", "you are wrong about the bus fares"),
        ("Sure, but the council has to pay for it.", "the council has to pay for it"),
    ],
)
def test_a_clause_joined_to_an_opening_interjection_is_the_claim_without_it(text, claim):
    assert _worded(text) == [claim]


def test_a_reason_denied_is_no_claim_and_the_reason_given_is():
    text = "Not because the council asked, but because the roads are dangerous."
    assert _worded(text) == ["the roads are dangerous"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "I suggest you read the actual report, the claim that masks spread covid is the "
            "silliest thing I've heard.",
            [
                "I suggest you read the actual report",
                "the claim that masks spread covid is the silliest thing I've heard",
            ],
        ),
        (
            "I suggest you spend ten minutes on the council's figures, the idea that the tram "
            "costs less is the oddest thing I've read.",
            [
                "I suggest you spend ten minutes on the council's figures",
                "the idea that the tram costs less is the oddest thing I've read",
            ],
        ),
        (
            "I won't go into the details, generally if you enjoy the outdoors, this is a great"
            " town to live in.",
            [
                "I won't go into the details",
                "generally if you enjoy the outdoors, this is a great town to live in",
            ],
        ),
    ],
)
def test_a_clause_spliced_after_a_whole_clause_is_apart_from_it(text, claims):
    """The parser hangs the second of two spliced sentences on the first one's verb, as
    its complement or as an adverbial clause with no subordinator."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The tram is only a stopgap right?", ["the tram is only a stopgap"]),
        ("Solar panels aren't that efficient right?", ["solar panels aren't that efficient"]),
        ("Is that right?", []),
    ],
)
def test_a_right_that_tags_a_question_goes(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Give it a year, the new bus lanes will be full every morning.",
            ["the new bus lanes will be full every morning", "give it a year"],
        ),
        (
            "Read the report, the council never asked the residents.",
            ["the council never asked the residents", "read the report"],
        ),
        (
            "Don't get me wrong, the new library is a fine building.",
            ["the new library is a fine building"],
        ),
    ],
)
def test_a_command_spliced_before_a_clause_is_apart_from_it(text, claims):
    """Two sentences spliced with a comma; a command that only frames the claim after it
    ("Don't get me wrong") is none."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "I have to say that the new bus lanes are not slowing anyone down.",
            ["the new bus lanes are not slowing anyone down"],
        ),
        ("I would have to say the bridge is too expensive.", ["the bridge is too expensive"]),
        (
            "They would have to say that the law is fair.",
            ["they would have to say that the law is fair"],
        ),
        (
            "I don't have to say that the bridge is too expensive.",
            ["I don't have to say that the bridge is too expensive"],
        ),
    ],
)
def test_i_have_to_say_x_claims_x_as_i_must_say_x_does(text, claims):
    """The writer's "have to say" is "must say": what is said is the claim, unless
    someone else must say it or the writer need not."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The new gowns don't make anyone look their best I'd say.",
            ["the new gowns don't make anyone look their best"],
        ),
        ("The new rule does not hurt I guess.", ["the new rule does not hurt"]),
        ("I wish I could agree.", ["I wish I could agree"]),
        ("This is how I feel.", ["this is how I feel"]),
    ],
)
def test_an_attribution_tacked_on_without_a_comma_goes(text, claims):
    """ "X I guess" is "X, I guess": the parser hangs the attribution on the last noun
    as a relative clause, and it goes. A clause the writer's verb takes stays."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("It seems to me that the council is wasting money.", ["the council is wasting money"]),
        ("It looks to me like the council is wasting money.", ["the council is wasting money"]),
        (
            "If they win, it seems to me that the council will collapse.",
            ["if they win, the council will collapse"],
        ),
        (
            "It seems that the council is wasting money.",
            ["it seems that the council is wasting money"],
        ),
    ],
)
def test_how_things_seem_to_the_writer_claims_what_seems(text, claims):
    """ "It seems to me that X" attributes X to the writer as "I think X" does; a
    condition put before it stays with X. "It seems that X", to no one, stays whole."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("I'm beginning to believe the polls are wrong.", ["the polls are wrong"]),
        (
            "I'd be willing to bet most of the accounts are run from abroad.",
            ["most of the accounts are run from abroad"],
        ),
        (
            "I'm not willing to bet the polls are wrong.",
            ["I'm not willing to bet the polls are wrong"],
        ),
        (
            "I'm starting to worry the polls are wrong.",
            ["I'm starting to worry the polls are wrong"],
        ),
    ],
)
def test_a_dawning_belief_claims_what_is_believed(text, claims):
    """ "I'm beginning to believe X" and "I'm willing to bet X" put X forward as "I believe
    X" and "I bet X" do; a refused bet or a worry (no verb of belief) is stated whole."""
    assert _worded(text) == claims


def test_an_attribution_the_parser_gave_a_noun_object_is_stated_whole():
    """ "I found [your report] to be spot on": alone, the clause read "to be spot on"."""
    text = "I found your report on the bus lanes to be spot on."
    assert _worded(text) == ["I found your report on the bus lanes to be spot on"]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "I feel like the council has some blinders on here.",
            ["the council has some blinders on here"],
        ),
        ("I feel like a fool.", ["I feel like a fool"]),
    ],
)
def test_i_feel_like_x_claims_x_as_i_feel_that_x_does(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Im sure the vaccine works.", ["the vaccine works"]),
        ("Fairly sure the consumer doesn't want it.", ["the consumer doesn't want it"]),
        ("Pretty sure the council can pick up the slack.", ["the council can pick up the slack"]),
        ("Sure there are other games.", ["there are other games"]),
        ("Not sure the council will pay.", ["not sure the council will pay"]),
        ("It sure feels like a scam.", ["it sure feels like a scam"]),
    ],
)
def test_sure_with_its_i_m_left_out_or_misspelt_attributes_as_i_m_sure_does(text, claims):
    """ "Im" had no lemma "be", and a "pretty sure" with no "I'm" was kept as a word of
    the claim; a "not sure" still withholds judgement."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Not to mention that the test has been recalled.", ["the test has been recalled"]),
        ("Not to mention, the test has been recalled.", ["the test has been recalled"]),
        ("Not to mention the long term effects.", ["not to mention the long term effects"]),
    ],
)
def test_not_to_mention_x_claims_x(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The council can't even fix the roads in town, let alone the bridges.",
            ["the council can't even fix the roads in town"],
        ),
        (
            "The chance of reinfection is minuscule, let alone after being vaccinated.",
            ["the chance of reinfection is minuscule"],
        ),
    ],
)
def test_let_alone_and_what_it_adds_are_no_part_of_the_claim(text, claims):
    """Kept, claims ended on a bare "let alone" or were one of their own."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Might as well apply and see!", ["might as well apply and see"]),
        ("So, might as well go back to paper ballots.", ["might as well go back to paper ballots"]),
    ],
)
def test_the_well_of_as_well_is_no_discourse_marker(text, claims):
    assert _worded(text) == claims


def test_shortening_may_drop_what_a_comma_sets_off_at_the_end_however_deep_it_hangs():
    """ "which they are" hangs on "inflation", inside the "as long as" clause: no modifier
    of the verb or of its objects, it had kept the claim at 27 words."""
    text = (
        "It is profitable for the country to take on a lot of new debt as long as the "
        "interest rates are below the rate of inflation, which they are."
    )
    assert _worded(text) == [
        "it is profitable for the country to take on a lot of new debt as long as the "
        "interest rates are below the rate of inflation"
    ]


def test_shortening_may_drop_a_clause_set_off_by_commas_from_its_subject():
    text = (
        "Palm Springs, where the mayor ran unopposed in the last two elections, is not "
        "likely to vote for a new tax on hotels this year."
    )
    assert _worded(text) == ["Palm Springs is not likely to vote for a new tax on hotels this year"]


def test_shortening_never_cuts_inside_a_hyphenated_word():
    """The tokenizer splits "re-run" at its hyphen; cut there the claim read "I will re"."""
    text = (
        "I will re-run the whole test suite with the new compiler flags and report the "
        "numbers when I get home tonight."
    )
    assert _worded(text) == [text[:-1]]


def test_shortening_never_leaves_a_claim_without_its_verbs():
    """The parse reads "copy" as the sentence's root and its verbs as modifiers of it;
    dropping them left the noun phrase "pretty much a copy of another failed government
    scheme". The clause is kept as written instead."""
    text = (
        "Pretty much a copy of another failed government scheme to cut waiting lists by "
        "hiring consultants instead of nurses and doctors in the north."
    )
    assert _worded(text) == [text[0].lower() + text[1:-1]]


@pytest.mark.parametrize(
    "text",
    [
        "Just one more peer reviewed study about the health risks of sugary drinks for children.",
        "The rising cost of housing for young families in every major city.",
    ],
)
def test_a_verb_form_that_only_describes_a_noun_makes_no_claim(text):
    """ "peer reviewed study", "rising cost": a participle before a noun is no predicate,
    and a noun phrase alone states nothing one could agree or disagree with."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Asking the city to cut its bus routes in half during the busiest season of the year "
        "is like asking a hospital to close its emergency room.",
        "The only way the council can fix the housing shortage in this town within the next "
        "ten years is by building much denser housing near transit.",
    ],
)
def test_a_long_clause_keeps_the_only_complement_of_its_copula(text):
    """Shortening drops the last modifiers first; where the last is what the copula says
    ("is like ...", "is by ..."), dropping it would leave "... is": the clause stays whole."""
    assert _worded(text) == [text[0].lower() + text[1:-1]]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Don't store passwords in plain text.", "don't store passwords in plain text"),
        ("Do not rewrite a working parser in a weekend.", "do not rewrite a working parser"),
    ],
)
def test_a_negative_command_is_no_question(text, claim):
    """An opening "don't" with its verb right after it commands; read as a question
    ("Don't you ...?"), it was inverted into nonsense that lost the negation."""
    assert any(c.startswith(claim) for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Hey Sam, we just confirmed that the release is delayed.", "we just confirmed"),
        ("@sam that's pretty much correct.", "that's pretty much correct"),
        ("@sam, indeed you won't see the deleted branch.", "you won't see the deleted branch"),
        ("Lol no, that's not how compound interest works.", "that's not how"),
        ("Tbh the old editor was faster.", "the old editor was faster"),
        ("IMO the real problem is the license.", "the real problem is the license"),
        (
            "2. Recognised asylum seekers will have more freedom to travel than citizens.",
            "recognised asylum seekers will have",
        ),
        ("r/politics is a liberal madhouse.", "r/politics is a liberal madhouse"),
        ("Martha, the new bridge will never pay for itself.", "the new bridge will never"),
        ("Nah, the council will raise the rent again.", "the council will raise the rent"),
        ("And Martha, you don't need that loan.", "you don't need that loan"),
        ("Oh Priya, you were right about the bridge.", "you were right about the bridge"),
        ("Agreed, remaining open to it seems to bring more luck.", "remaining open to it seems"),
        ("Na, with those levels he would be dead either way.", "with those levels he would"),
        # an interjection the parser takes for a second subject of the verb
        ("Bullshit, the levy is not a tax on the poor.", "the levy is not a tax on the poor"),
        # the parser may hang a greeting on the name or tag it a name
        ("Hi Priya, I do take issue with the new parking fees.", "I do take issue"),
        ("Hello Marcus, the new parking fees are a mistake.", "the new parking fees are"),
    ],
)
def test_greetings_addressees_interjections_and_list_numbers_are_no_part_of_the_claim(text, claim):
    assert any(c.startswith(claim) for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Python, unlike Java, is dynamically typed.", "Python, unlike Java, is"),
        ("Sarah, my sister, thinks the tax is unfair.", "Sarah, my sister, thinks"),
        ("Technically, the bill would be a tax on savers.", "Technically, the bill would"),
        (
            "Interesting, isn't it, that the council never asked the tenants.",
            "interesting, isn't it",
        ),
    ],
)
def test_a_name_that_is_the_subject_or_a_qualifying_adverb_stays(text, claim):
    """Only a name that addresses someone goes: one that is the subject, heads a phrase,
    or an adverb the tagger reads as a name is part of the claim."""
    assert any(c.startswith(claim) for c in _worded(text)), _worded(text)


def test_a_claim_does_not_end_on_the_connective_of_a_part_stated_apart():
    """From a Drupal blog comment (a claim dev set page): "so" led on to "don't use it"."""
    text = (
        "This was the most enlightening piece on Facebook I have seen of late.\n"
        "Hate their format, so don't use it."
    )
    assert not any(c.text.endswith(" so") for c in argmap.find_claims(text))


def test_words_stay_in_the_order_written_where_arcs_cross():
    """The parse hangs "why" on "be", so the tree order of the clause is not word order."""
    assert _worded("That's why people want to be kind to strangers.") == [
        "that's why people want to be kind to strangers"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "That's why people want to be kind to strangers.",
        "What do you think this law will change, and who will pay for it?",
        "It is a risk nobody wants to take, and I doubt the board, which met twice, will agree.",
    ],
)
def test_a_subtree_read_from_the_heads_is_spacys_subtree_in_word_order(text):
    doc = next(parse_texts([text], load_pipeline()))
    for token in doc:
        assert _subtree_indices(token) == sorted(t.i for t in token.subtree), token.text


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "If the city raises the fare, fewer people will ride the bus.",
            "if the city raises the fare, fewer people will ride the bus",
        ),
        (
            "Without better data, the model cannot be trusted.",
            "without better data, the model cannot be trusted",
        ),
    ],
)
def test_a_comma_between_kept_words_stays(text, claim):
    assert _worded(text) == [claim]


def test_a_conceding_clause_goes_like_a_discourse_marker():
    """ "That being said" links the claim to the talk before it, as "however" does."""
    texts = [
        "That being said, the council should publish the full report.",
        "Having said that, the new route is still faster than the old one.",
    ]
    assert [claim for text in texts for claim in _worded(text)] == [
        "the council should publish the full report",
        "the new route is still faster than the old one",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "To be fair, the new route is faster than the old one.",
        "To be honest the new route is faster than the old one.",
        "The new route is faster than the old one, to be honest.",
        "To put it mildly, the new route is faster than the old one.",
        "To my knowledge, the new route is faster than the old one.",
    ],
)
def test_a_hedging_infinitive_goes_like_an_attribution(text):
    """ "To be fair" says how the writer puts the claim, as "in my opinion" does."""
    assert _worded(text) == ["the new route is faster than the old one"]


def test_an_infinitive_the_verb_takes_is_no_hedge():
    assert _worded("The new mayor seems to be honest.") == ["the new mayor seems to be honest"]


def test_a_hedging_infinitive_closing_the_sentence_goes_without_its_comma():
    text = "Drivers will just have to get used to it to be honest."
    assert _worded(text) == ["drivers will just have to get used to it"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("It is important to be clear.", "it is important to be clear"),
        (
            "No councillor in that position is going to be honest.",
            "no councillor in that position is going to be honest",
        ),
    ],
)
def test_an_infinitive_after_the_word_that_takes_it_is_no_hedge(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Not only is there a queue at every stop, the buses run late.",
            "there is a queue at every stop",
        ),
        ("Not only are the buses late, they are dirty.", "the buses are late"),
        ("Not only do they raise fares, they cut routes.", "they do raise fares"),
        ("Not only can't they pay, they won't.", "they can't pay"),
    ],
)
def test_a_clause_inverted_after_not_only_is_stated_in_statement_order(text, claim):
    """ "Not only" fronts the auxiliary as a question does; kept so, the claim read as one."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry you are dealing with this.",
        "I'm so sorry this is happening to you.",
        "I am sorry that you have had to go through this.",
        "Sorry this happened to you as well.",
    ],
)
def test_sympathy_for_what_the_reader_goes_through_is_no_claim(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Sorry I don't buy this argument.", "I don't buy this argument"),
        ("Sorry, but you are wrong about the dates.", "you are wrong about the dates"),
        ("Sorry about that, you are wrong about the dates.", "you are wrong about the dates"),
        ("I'm sorry that the council closed the library.", "the council closed the library"),
    ],
)
def test_a_claim_after_an_apology_stays(text, claim):
    assert any(claim in worded for worded in _worded(text))


def test_a_comma_next_to_a_dropped_aside_goes():
    """The attribution goes, and the commas that set it off with it."""
    assert _worded("Nuclear power is, in my opinion, far safer than coal.") == [
        "nuclear power is far safer than coal"
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "If the council cuts the budget, then the libraries will close.",
            "if the council cuts the budget, the libraries will close",
        ),
        (
            "Because the rent keeps rising, so young people leave the city.",
            "because the rent keeps rising, young people leave the city",
        ),
        (
            "Once the deal is signed, then the border checks can end.",
            "once the deal is signed, the border checks can end",
        ),
    ],
)
def test_the_comma_that_closes_a_subordinate_clause_stays_when_the_marker_after_it_goes(
    text, claim
):
    """Without it the two clauses run on as one: "if the council cuts the budget the
    libraries will close"."""
    assert _worded(text) == [claim]


def test_shortening_keeps_a_preposition_whose_clause_the_parser_hung_elsewhere():
    """ "like" has no object of its own here: dropped alone it left "it's not the council
    is going to listen ..."."""
    text = (
        "It's not like the council is going to listen to anyone who lives on this street, "
        "whatever they promised in their leaflets last spring."
    )
    assert all(c.startswith("it's not like the council") for c in _worded(text))
    assert _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The new tax is (for now) the main source of revenue for the town.",
            "the new tax is the main source of revenue for the town",
        ),
        ("Parliament wants (and needs) another extension.", "Parliament wants another extension"),
        (
            "(The council has already said it will not close the library.)",
            "the council has already said it will not close the library",
        ),
        (
            "You should (not) trust the official figures.",
            "you should not trust the official figures",
        ),
    ],
)
def test_words_in_brackets_hung_on_the_verb_stay_out_of_the_claim(text, claim):
    """The parser hangs the opening bracket on the verb, where it was dropped as an aside
    and its words stayed ("is for now the main source"). Brackets around the clause itself
    lose only their marks, and a bracketed "not" still denies."""
    assert _worded(text) == [claim]


def test_a_condition_stays_in_the_claim():
    """ "Not after X" holds X under a condition: dropping "after" would deny X."""
    assert not any(
        c.startswith("not the new contract")
        for c in map(str.lower, _worded("Not after the new contract gets signed."))
    )
    assert any(
        c.startswith("if ")
        for c in _worded(
            "If the consumer disputes the debt then the collector should be required to prove it."
        )
    )


def test_a_coordinated_claim_is_split_and_borrows_its_subject():
    assert _worded("Nuclear power is safe, but it is expensive to build.") == [
        "nuclear power is safe",
        "nuclear power is expensive to build",
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The council could have fixed the road, but didn't.",
            "the council could have fixed the road, but didn't",
        ),
        (
            "Individual engineers are able to make an impact, and do.",
            "individual engineers are able to make an impact, and do",
        ),
    ],
)
def test_an_auxiliary_standing_for_the_verb_before_it_stays_with_it(text, claim):
    """Split off, "but didn't" read "the council didn't", which says nothing, and the
    claim before it lost the contrast that carries its meaning."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The new tax is hurting small shops, but the council is ignoring their complaints.",
            ["the new tax is hurting small shops", "the council is ignoring their complaints"],
        ),
        (
            "Rents are rising fast and the city is doing nothing about it.",
            ["rents are rising fast", "the city is doing nothing about it"],
        ),
        ("Remote work is fun and relaxing.", ["remote work is fun and relaxing"]),
    ],
)
def test_a_progressive_clause_is_a_claim_of_its_own_and_a_bare_gerund_is_not(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Anyone who has followed the long saga of the city budget this year knows that the "
            "new bridge over the river is behind schedule again.",
            "is behind schedule again",
        ),
        (
            "Everyone who watched the hearing on television last night could see that the lying "
            "officials who broke the rules are at it again.",
            "are at it again",
        ),
    ],
)
def test_shortening_keeps_what_a_copula_says(text, kept):
    """A prepositional phrase after a copula with no other complement is what it says."""
    assert any(claim.endswith(kept) for claim in _worded(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("No matter what they promise, the rent keeps rising.", "no matter what they promise"),
        ("No more excuses will fix the bus timetable.", "no more excuses will fix"),
        ("No, the bus timetable is not fixed.", "the bus timetable is not fixed"),
    ],
)
def test_an_opening_no_stays_when_it_belongs_to_the_next_word(text, claim):
    assert any(c.startswith(claim) for c in _worded(text))


def test_even_if_stays_even_if():
    """ "Even if X, Y" concedes X; "if X, Y" would make Y depend on it."""
    assert _worded("Even if they apologize, that is not good enough.") == [
        "even if they apologize, that is not good enough"
    ]


def test_list_labels_and_stray_brackets_leave_the_claim():
    text = (
        "Most people can agree that 1) adults need to run the country, and 2) a good "
        "opposition party is healthy."
    )
    (claim,) = _worded(text)
    assert ")" not in claim
    assert "that adults need to run the country, and a good opposition party" in claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Calling sorted(items) twice in a loop is wasteful.", "sorted(items)"),
        ("The first paper[1] is still the clearest introduction to the field.", "paper[1]"),
    ],
)
def test_a_bracket_opened_inside_a_word_is_closed_as_written(text, claim):
    assert any(claim in worded for worded in _worded(text))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The plan is cheap, but it is important to test it first.",
            "it is important to test it first",
        ),
        ("The bridge is old, but it seems that nobody cares.", "it seems that nobody cares"),
        ("The council was slow, and it all depends on the budget now.", "it all depends"),
        ("Nuclear power is safe, but it is expensive to build.", "nuclear power is expensive"),
    ],
)
def test_an_it_that_stands_for_nothing_borrows_no_subject(text, second):
    """ "It" announcing a clause or summing up the situation is not the first clause's
    subject; "it is expensive to build", whose infinitive lacks its object, is."""
    assert _worded(text)[1].startswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "The city should fix the roads and build more bike lanes.",
        "Our local MP will not lose any sleep over it, or help anyone.",
        "Their homes are rented or occupied by now.",
        "Many folk dances are still performed, taught, and competed in at festivals.",
    ],
)
def test_a_verb_sharing_the_first_ones_auxiliary_stays_with_it(text):
    """Stated apart, "build more bike lanes" would read as a command, "help anyone"
    would lose the "will not" it stands under, and "competed in", which the tagger reads
    as a past tense, its passive "are"."""
    assert _worded(text) == [text[0].lower() + text[1:-1]]


def test_a_conjunction_goes_only_with_the_clause_it_opens():
    """The "but" before a clause stated apart goes; the "and" inside the first stays."""
    text = "It was never cheap and still isn't, but the council defends it every year."
    assert _worded(text) == [
        "it was never cheap and still isn't",
        "the council defends it every year",
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Rents rose sharply, while wages stayed flat.",
            ["rents rose sharply", "wages stayed flat"],
        ),
        (
            "The plan saves money while keeping every school open.",
            ["the plan saves money while keeping every school open"],
        ),
        (
            "You can learn a lot while doing the exercises.",
            ["you can learn a lot while doing the exercises"],
        ),
    ],
)
def test_only_a_contrastive_clause_with_a_subject_is_a_claim_of_its_own(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("APIs change too often for small teams to keep up.", "APIs change"),
        ("TikTok was built to keep people scrolling for hours.", "TikTok was"),
        ("Remote teams ship faster than office teams.", "remote teams"),
        ("I know North American paper sizes are different.", "North American"),
        ("Pfizer is a lower dose than Moderna, and Pfizer is cheaper.", "Pfizer is"),
        ("Kushner is buying in, but Trump for some reason has few stocks.", "Trump for"),
        ("Pure C can be simple, but C is the worst of both worlds.", "pure C"),
        ("Dear Sir, You are the exception to the rule.", "you are"),
    ],
)
def test_a_claim_keeps_the_capitals_of_an_acronym_or_name_it_opens_with(text, start):
    """A word the message writes with a capital after another word is a name, whatever
    the tagger took it for; a pronoun so written opens a run-on sentence and is lowered."""
    assert any(claim.startswith(start) for claim in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Disclaimer: My team is working on a tool that saves energy.",
            "my team is working on a tool that saves energy",
        ),
        (
            "Another example: there are towns where every bus runs late.",
            "there are towns where every bus runs late",
        ),
        ("Friendly reminder: It won't be over on New Year's Day.", "it won't be over"),
    ],
)
def test_a_label_before_a_colon_is_no_word_of_the_claim(text, claim):
    assert any(c.text.startswith(claim) for c in argmap.find_claims(text))


def test_a_clause_whose_subject_hangs_on_its_auxiliary_borrows_none():
    """The parser hangs "he" on "is", not on "organized"; the clause has its subject."""
    text = "The new manager is rude, and rather vain, but he isn't organized enough to run it."
    assert "he isn't organized enough to run it" in _worded(text), _worded(text)


def test_a_pronoun_borrows_no_subject_past_another_clauses_subject():
    """The councillors are as likely to lose as the voters: the pronoun stays."""
    text = "Voters love the tram and if the councillors cut it they will lose the election."
    assert "if the councillors cut it they will lose the election" in _worded(text)


def test_a_pronoun_borrows_no_subject_past_a_noun_another_clause_acts_on():
    """The ibuprofen helps, not the back: the pronoun stays as written."""
    worded = _worded("My back was sore and I started taking ibuprofen and it's helping a lot.")
    assert worded[-1] == "it's helping a lot", worded
    # the noun of the lent subject's own phrase is no other candidate
    worded = _worded(
        "Parents who use buses can plan their day, and if timetables are kept they can also "
        "reach work on time."
    )
    assert "parents who use buses can also reach work on time" in worded[-1], worded


def test_a_relative_clause_with_no_that_hung_as_a_conjunct_is_no_claim():
    """ "the time pressure [it presents to teachers]": the parser hangs the relative clause
    on the main verb, and stated apart it read "email presents to teachers and parents"."""
    assert _worded(
        "Email doesn't begin to describe the time pressure (and opportunity) it presents to "
        "teachers and parents."
    ) == ["email doesn't begin to describe the time pressure it presents to teachers and parents"]


def test_a_verb_joined_by_no_conjunction_or_mark_borrows_no_subject():
    """The parser reads "is" as a conjunct of "need"; stated apart it read "all commuters
    is register ..."."""
    assert _worded("All commuters need to do is register with a national travel card.") == [
        "all commuters need to do is register with a national travel card"
    ]


def test_a_borrowed_subject_loses_the_capital_of_the_sentence_start():
    assert _worded("Dogs are loyal, and when they are trained they can guard a house.") == [
        "dogs are loyal",
        "when they are trained dogs can guard a house",
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Teachers, nurses and doctors are underpaid and deserve a raise.",
            "teachers, nurses and doctors deserve a raise",
        ),
        (
            "Cats, dogs and rabbits are popular pets, but they need care.",
            "cats, dogs and rabbits need care",
        ),
        (
            "The so-called experts were wrong and should apologise.",
            "the so-called experts should apologise",
        ),
        (
            'The "experts" were wrong and should apologise.',
            'the "experts" should apologise',
        ),
        ("The EU (and the UK) is big and has power.", "the EU has power"),
    ],
)
def test_a_borrowed_subject_keeps_its_own_punctuation(text, claim):
    """List commas, marks inside a word and paired quotation marks belong to the subject
    (without them: "teachers nurses and doctors", "so -called"); its bracketed words go,
    as they do from the first clause."""
    assert claim in _worded(text), _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The new update came out yesterday. It is garbage.", "the new update is garbage"),
        ("Collectors must stop calling when asked. They do not stop.", "collectors do not stop"),
        ("The plan failed. It's far too expensive.", "the plan is far too expensive"),
        (
            "The new law passed. It's been a disaster for farmers.",
            "the new law has been a disaster for farmers",
        ),
        (
            "The new law passed. It's got nothing to do with farmers.",
            "the new law has got nothing to do with farmers",
        ),
        (
            "The new tariff will backfire. It's already hurt farmers.",
            "the new tariff has already hurt farmers",
        ),
        ("The plan failed. It's hated by everyone.", "the plan is hated by everyone"),
        ("The new tariff will backfire. It'll hurt farmers.", "the new tariff will hurt farmers"),
    ],
)
def test_a_subject_pronoun_is_resolved_when_the_sentence_before_makes_it_clear(text, claim):
    assert argmap.find_claims(text)[-1].text == claim


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The council should raise the the tax.", ["the council should raise the tax"]),
        ("The new tax is very very unfair.", ["the new tax is very very unfair"]),
        (
            "Voters chose to not not trust the council.",
            ["voters chose to not not trust the council"],
        ),
        (
            "Masks don't stop you getting it it only lessens the symptoms.",
            ["masks don't stop you getting it", "it only lessens the symptoms"],
        ),
    ],
)
def test_a_function_word_typed_twice_is_written_once(text, claims):
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("I doubt its a fair tax.", ["it's not a fair tax"]),
        (
            "The council wont listen to the residents.",
            ["the council won't listen to the residents"],
        ),
        ("Its been a disaster for the farmers.", ["it's been a disaster for the farmers"]),
    ],
)
def test_a_contraction_written_without_its_apostrophe_is_read_and_written_with_it(text, claims):
    """ "its" for "it's" had left the clause without a verb ("I doubt its a fair tax" was
    no claim); the claim writes the apostrophe back."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # two nouns it could stand for
        ("The update broke my laptop. It is garbage.", "it is garbage"),
        # an "it" that tells the time stands for nothing
        ("The new medicine works well. It's been 7 days now.", "it's been 7 days now"),
        ("The council could have acted. It's a bit late now.", "it's a bit late now"),
        # an "it" saying what the situation comes down to stands for nothing
        (
            "The new parking fee was stupid. It's only a matter of time before the shops close.",
            "it's only a matter of time before the shops close",
        ),
        # an "it" that announces a clause stands for nothing
        (
            "The plan failed. It is clear that nobody tested it.",
            "it is clear that nobody tested it",
        ),
        ("The plan failed. It sounds like nobody tested the code.", None),
        # the sentence before has a pronoun of its own
        ("A harness keeps the cat safe if it fits. It should be snug.", "it should be snug"),
        # "it" never stands for a person the sentence before calls "he" or "she"
        ("Tom sold his shares last week. It was a mistake.", "it was a mistake"),
        # nor for a noun quantified by "no", nor does "it all" stand for a noun
        ("No extra sugar is needed. It is light and fluffy.", "it is light and fluffy"),
        (
            "The old council was slow. It all depends on the budget now.",
            "it all depends on the budget now",
        ),
        # an "it" judging what happens when or if something does may mean the situation
        (
            "The new parking fee hurts small shops. It is even worse when the weather is bad.",
            "it is even worse when the weather is bad",
        ),
        # "none" names nothing a later "it" could mean
        (
            "None of the drivers slowed down. It is worse when the road is wet.",
            "it is worse when the road is wet",
        ),
    ],
)
def test_a_subject_pronoun_stays_when_what_it_stands_for_is_unclear(text, claim):
    texts = [c.text for c in argmap.find_claims(text)]
    stood_for = (
        "the plan",
        "the update",
        "a harness",
        "Tom",
        "no extra sugar",
        "the old council",
        "the new parking fee",
        "none of",
    )
    assert not any(t.startswith(stood_for) for t in texts[1:])
    if claim is not None:
        assert claim in texts


def test_a_shared_object_is_not_split_into_fragments():
    assert _worded("We should fund and expand public libraries.") == [
        "we should fund and expand public libraries"
    ]


def test_a_phrasal_verb_is_not_a_fragment():
    assert _worded("In a stable democracy this isn't too hard to figure out.") == [
        "in a stable democracy this isn't too hard to figure out"
    ]


def test_a_long_clause_loses_its_modifiers_not_its_point():
    text = (
        "The proposed rule, which was drafted after years of consultation with consumer "
        "groups, lenders and state regulators across the country, would finally stop "
        "abusive collection calls at night."
    )
    [claim] = argmap.find_claims(text)
    assert len(claim.text.split()) <= MAX_CLAIM_WORDS
    assert claim.text.startswith("the proposed rule would")
    assert "stop abusive collection calls" in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "If you have the old series and you still do not like the other brand (and its driver "
        "issues), sure go for it but even then always better to see what the next launch will "
        "bring and how it changes prices.",
        "If the budget is tight and you really do not need the extra speed (or the new "
        "features), sure buy the old one but even so always better to wait for what the next "
        "release brings and how it moves the price.",
    ],
)
def test_a_shortened_clause_does_not_end_on_the_but_of_a_dropped_part(text):
    texts = [c.text for c in argmap.find_claims(text)]
    assert texts
    assert not any(t.split()[-1] in ("but", "and", "or") for t in texts), texts


def test_every_claim_is_well_formed():
    text = (
        "Public transport should be free. Because cars pollute the air, fewer cars mean "
        "cleaner cities. I took the bus yesterday. Do you agree?"
    )
    claims = argmap.find_claims(text)
    ids = [c.id for c in claims]
    assert claims and len(ids) == len(set(ids))
    for claim in claims:
        assert claim.type in CLAIM_TYPES
        assert claim.role in CLAIM_ROLES
        assert text[claim.span[0] : claim.span[1]] == claim.sentence == claim.sentence.strip()
        assert claim.text and claim.text == claim.text.strip()


# -- roles -------------------------------------------------------------------------------
def test_a_reason_is_a_premise_of_the_main_claim():
    claims = argmap.find_claims(
        "Collectors should not call consumers at work. For example, many employers "
        "fire workers who take personal calls."
    )
    assert [(c.text, c.role) for c in claims] == [
        ("collectors should not call consumers at work", "main"),
        ("many employers fire workers who take personal calls", "premise"),
    ]
    [link] = premise_links(claims)
    assert (link.source, link.target, link.kind) == (claims[1].id, claims[0].id, "support")


def test_roles_follow_the_judgement_scores():
    judgement = Detector({}, threshold=0.5)
    # two judgements, a reason, a fact given as no reason
    roles = assign_roles([(0.9, False), (0.6, False), (0.3, True), (0.2, False)], judgement)
    assert roles == ["main", "premise", "premise", "aside"]


def test_a_message_of_facts_puts_its_strongest_claim_forward():
    """No judgement: the strongest claim that is no reason is main, and the reason now has
    a main claim to be a premise of; the rest stay asides."""
    judgement = Detector({}, threshold=0.5)
    roles = assign_roles([(0.4, True), (0.1, False), (0.3, False)], judgement)
    assert roles == ["premise", "aside", "main"]


def test_a_messages_first_claim_is_main_unless_it_opens_as_a_reason():
    """Writers put what they argue for first: the opening claim is main beside the
    strongest judgement; an opening reason stays a premise."""
    judgement = Detector({}, threshold=0.5)
    assert assign_roles([(0.2, False), (0.9, False), (0.6, False)], judgement) == [
        "main",
        "main",
        "premise",
    ]
    assert assign_roles([(0.7, True), (0.9, False), (0.6, False)], judgement) == [
        "premise",
        "main",
        "premise",
    ]


def test_a_message_of_reasons_only_puts_its_strongest_forward():
    judgement = Detector({}, threshold=0.5)
    assert assign_roles([(0.2, True), (0.4, True)], judgement) == ["premise", "main"]


def test_main_claims_grow_slowly_with_the_candidates():
    judgement = Detector({}, threshold=0.5)
    for count, wanted in ((1, 1), (4, 1), (5, 2), (10, 3), (40, 3)):
        roles = assign_roles([(0.9, False)] * count, judgement)
        assert roles.count("main") == wanted


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The treaty won't be signed while the current minister is in office.",
            ["the treaty won't be signed while the current minister is in office"],
        ),
        (
            "Rents keep rising, while wages have not moved in years.",
            ["rents keep rising", "wages have not moved in years"],
        ),
    ],
)
def test_a_while_clause_with_no_comma_says_when_and_stays_with_its_claim(text, claims):
    """Stated apart, "the treaty won't be signed" would lose its condition; after a comma,
    "while" contrasts and each side is a claim."""
    assert sorted(_worded(text)) == sorted(claims)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Three weeks isn't enough time to sort *one* of those issues.", "sort one of those"),
        ("As long as the wall stands, **nothing** will change.", "stands, nothing will change"),
        ("The WS-* stack is complex enough to keep small vendors out.", "the WS-* stack"),
    ],
)
def test_markdown_emphasis_leaves_the_claim_and_a_lone_asterisk_stays(text, claim):
    (found,) = _worded(text)
    assert claim in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The new mayor benefited from a local press that was invested in promoting him and "
            "from several rivals who all dropped out of the race early.",
            "the new mayor benefited from a local press",
        ),
        (
            "Any kind of careful thinking about that question leads to the conclusion that the "
            "plan was never going to work out well for anyone.",
            "any kind of careful thinking about that question leads to the conclusion",
        ),
        (
            "If the bill passes the town will be like having a ghost town at the far end of the "
            "valley by the frozen river in the middle of winter.",
            "the town will be like having a ghost town",
        ),
    ],
)
def test_shortening_keeps_the_phrase_a_verb_needs(text, kept):
    """A verb with no object keeps its first prepositional phrase, and a copula is not
    completed by a condition put before it: "the new mayor benefited" and "if the bill
    passes the town will be" say nothing."""
    (claim,) = _worded(text)
    assert kept in claim


def test_a_base_form_verb_coordinated_with_a_present_one_shares_its_subject():
    """The tagger reads the second verb of "shops ignore X and focus on Y" as a base form;
    stated without the subject it shares, it read as a command."""
    claims = _worded("Most small shops ignore online reviews and focus on their regular customers.")
    assert "most small shops focus on their regular customers" in claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Fixing the bridge was urgent. It is very important for the richer towns in the "
            "region to invest in rail and bus links, making the commute cheaper for everyone.",
            "it is very important for the richer towns in the region to invest in rail",
        ),
        (
            "Care is needed. It's way easier for you to rename a module within your package "
            "than it is to get the standard library changed.",
            "it's way easier for you to rename a module",
        ),
    ],
)
def test_an_it_that_announces_a_for_to_clause_keeps_it_and_stands_for_nothing(text, claim):
    """ "It is important for X to Y": the "it" announces "for X to Y", which is the claim's
    content; it is no pronoun for the noun before, and shortening keeps the clause."""
    assert any(c.text.startswith(claim) for c in argmap.find_claims(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Brexit is a disaster, and it is vital to be clear about who caused it.",
            "it is vital to be clear about who caused it",
        ),
        (
            "The greatest threat is demographic change and it's inevitable for there to be "
            "a nationalist majority.",
            "it's inevitable for there to be a nationalist majority",
        ),
    ],
)
def test_an_it_announcing_a_filled_infinitive_borrows_no_subject(text, claim):
    """ "X is Y, and it is vital to be clear": the infinitive has its complement, so the
    "it" announces it and stands for nothing; "X is vital to be clear" would misread it as
    the first clause's subject (as "X is cheap, but it's slow" rightly reads it)."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ('And, "lock her / him up" is their answer to "make it stop!".', []),
        ("@maria is exactly right about the bus timetable.", ["@maria is exactly right"]),
        (
            "Three months without work is a fair-sized gap on a resume.",
            ["three months without work is a fair-sized gap on a resume"],
        ),
    ],
)
def test_a_claim_opening_on_a_copula_without_its_subject_is_no_claim(text, claims):
    """The parser may take a quoted subject for a clause of its own: "is their version of
    X" says nothing about anything. A subject it did not label ("three months without
    work") still stands before the verb, and an @name subject is kept."""
    found = [c.text for c in argmap.find_claims(text)]
    assert [f[: len(c)] for f, c in zip(found, claims, strict=False)] == claims
    assert len(found) == len(claims)


@pytest.mark.parametrize(
    ("text", "garbled"),
    [  # DEBAGREEMENT dev comments
        (
            "I believe he will be prosecuted after he leaves office and his silly little self "
            "pardon isn't going to help.",
            "isn't going to help",
        ),
        (
            "I realize this sounds like it belongs on r/choosingbeggars, but really, the "
            "conditions our doctors/nurses/first responders/etc. are braving is woefully "
            "underreported.",
            "is woefully underreported",
        ),
    ],
)
def test_a_clause_whose_subject_the_parser_hung_elsewhere_is_not_stated_bare(text, garbled):
    """The parser hung the subject elsewhere; the clause alone says nothing about anything.
    The sentence as written is stated where it is short enough."""
    assert garbled not in _worded(text)


def test_a_sentence_that_leaves_its_subject_out_is_stated():
    assert _worded("Must be where all the liberal arts degrees went.") == [
        "must be where all the liberal arts degrees went"
    ]


def test_a_bracket_closed_on_the_main_clause_hides_only_what_it_encloses():
    """The parser may hang "(" on a word inside the clause and ")" on its verb; the words
    after the brackets are still the claim's ("..., this works")."""
    text = (
        "If you need a client-side parser (as I did for my wp-Markdown WordPress plugin), "
        "this works."
    )
    assert _worded(text) == ["if you need a client-side parser, this works"]


def test_really_inside_a_clause_of_a_question_makes_it_no_denial():
    """ "Do you really think X?" denies X; a "really" inside an if-clause of the question
    does not make "Do you think X?" a denial."""
    text = (
        "Do you think it would be possible for towns to shift from coal to the solar grid "
        "(or a cheaper one) if we really jumped on the bandwagon?"
    )
    assert not any(c.startswith("you do not think") for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The mayor could veto the bill like many mayors in the past have.",
            "the mayor could veto the bill like many mayors in the past have",
        ),
        (
            "The spoon-feeding is unnecessary and sorta undermines the point in the first place.",
            "the spoon-feeding is unnecessary and sorta undermines the point in the first place",
        ),
    ],
)
def test_a_clause_cut_before_its_verb_is_stated_as_written(text, claim):
    found = _worded(text)
    assert claim in found
    assert not any(c.endswith(("in the past", "sorta")) for c in found)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "I find it strange that the council never published the budget.",
            "it is strange that the council never published the budget",
        ),
        ("I find these parking rules unfair to renters.", "these parking rules are unfair"),
        (
            "I found it hard to believe that the bridge would open on time.",
            "it was hard to believe that the bridge would open on time",
        ),
        ("I find the new timetable to be a real improvement.", "the new timetable is a real"),
        ("I believe it to be the best stop on the line.", "it is the best stop"),
        # a participle that says how the object is, an object pronoun, a passive "to be"
        ("I find this new argument convincing.", "this new argument is convincing"),
        ("I find them annoying on a Monday morning.", "they are annoying"),
        ("I believe the new levy to be flawed from the start.", "the new levy is flawed"),
    ],
)
def test_a_verbless_clause_i_find_gets_its_copula(text, claim):
    assert any(c.startswith(claim) for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "There is a very real chance that the support for the new stadium will evaporate "
            "as soon as the council publishes the bill.",
            "a very real chance that the support for the new stadium will evaporate",
        ),
        (
            "There are plenty of people in this town who have never once taken the bus to "
            "work in their entire lives.",
            "plenty of people in this town who have never once taken the bus",
        ),
        (
            "Most of the anger you read about online is stirred up by a handful of accounts "
            "that post the same outrage every single day.",
            "most of the anger",
        ),
        (
            "The new library has a lot of rooms that students can book for group work, as "
            "well as a quiet floor for reading and a cafe.",
            "a lot of rooms",
        ),
        (
            "The decision was made much easier by the leaked report on the hospital's "
            "finances and by the minister admitting that he had lied.",
            "by the leaked report",
        ),
        (
            "A candidate who never once campaigned in person and stayed at home giving short "
            "video calls all summer got more votes than any candidate in history.",
            "more votes than any candidate in history",
        ),
        (
            "Making sure that every school in the county has enough teachers for every "
            "single class this year is the main duty of the regional education board.",
            "the main duty of the regional education board",
        ),
    ],
)
def test_shortening_keeps_the_words_a_claim_says_nothing_without(text, kept):
    """Cut to "there is a very real chance", "there are plenty", "most is stirred up",
    "has a lot" (a word that says how much, without its "of"), "is the main duty" (a
    noun without its "of"), "got more votes" (a comparison without its "than") or "it was
    made easier" (a passive without its agent), the claim says nothing or something else."""
    assert any(kept in c for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "It would be funny if the city added a parking fee for every single bicycle "
            "that is left outside the new library in the centre of town.",
            "it would be funny if the city added a parking fee",
        ),
        (
            "It is interesting that in the last survey most of the people who answered "
            "were complaining about the cost of living in the northern part of the city.",
            "it is interesting that in the last survey most of the people",
        ),
    ],
)
def test_shortening_keeps_the_clause_an_it_stands_for(text, kept):
    assert any(c.startswith(kept) for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Well there's proof of plenty of empty offices sooo", "proof of plenty of empty offices"),
        ("I'm sick of this whole league man ffs", "sick of this whole league man"),
        ("The old bridge is hardly the safest route in town is it.", "the safest route in town"),
    ],
)
def test_a_trailing_word_taken_for_a_verb_stays_out_of_the_claim(text, claim):
    found = _worded(text)
    assert any(c.endswith(claim) for c in found), found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("You are working at-will in most states.", "working at-will in most states"),
        ("It works fine for me – no crashes at all.", "it works fine for me – no crashes at all"),
        (
            "The new fares are fair — cheaper than last year, in fact.",
            "fair — cheaper than last year",
        ),
    ],
)
def test_a_dash_or_hyphen_between_kept_words_stays(text, claim):
    """Without the writer's separator two parts run on as one ("fine for me no crashes")
    and a hyphenated word falls apart ("at will")."""
    assert any(claim in c for c in _worded(text)), _worded(text)


def test_a_hope_appreciation_or_sorry_that_is_no_formula_stays():
    """Hoping for a state of affairs, valuing something, or regretting a fact may be
    argued."""
    hope = "I hope the economy gets better soon"
    assert _worded(f"{hope}.") == [hope]
    assert _worded("We appreciate local democracy here.") == ["we appreciate local democracy here"]
    assert _worded("I'm sorry that the council wasted our money.") == [
        "I'm sorry that the council wasted our money"
    ]
    assert _worded("I'm not sorry at all.") == ["I'm not sorry at all"]
    assert _worded("I'm glad the council finally dropped the plan.") == [
        "I'm glad the council finally dropped the plan"
    ]


def test_eagerness_for_what_others_do_or_a_denied_one_stays():
    """ "Can't wait for X to" wishes something on others, often in mockery; a denied
    eagerness says something the reader may dispute."""
    assert _worded("Can't wait for the mayor to resign.") == ["can't wait for the mayor to resign"]
    assert _worded("I don't look forward to another winter of strikes.") == [
        "I don't look forward to another winter of strikes"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One thing we always need to ask a builder, prior to signing a contract, is when is "
        "their deadline for the job.",
        "Your loop should rather be\nfor row in rows: print(row)",
        "The flu is really but the danger isn't, it's overblown.",
    ],
)
def test_no_claim_ends_on_a_be_cut_from_its_complement(text):
    """The parser hung what the subject "is" elsewhere; "X is" alone says nothing."""
    worded = _worded(text)
    assert not any(w.split()[-1] in ("is", "be") for w in worded), worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Prices will be higher than they currently are.", "than they currently are"),
        ("I can't say what my point is.", "what my point is"),
    ],
)
def test_a_be_that_ends_as_written_stays(text, claim):
    assert any(w.endswith(claim) for w in _worded(text)), _worded(text)


def test_shortening_never_leaves_a_verb_without_its_subject():
    """The parser hung "cases" on a modifier that shortening drops; "are rising" must not
    read as the predicate of what precedes it. The clause is stated as written instead."""
    worded = _worded(
        "It may be that people have been stuck at home for so long that they have finally "
        "left the house and cases are rising again bc it is colder outside."
    )
    assert worded and "inside are" not in worded[0] and "home are" not in worded[0], worded
    assert "cases are rising" in worded[0], worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Keep in mind that the library closes at noon on Fridays.", "the library closes"),
        ("Remember that most of the budget goes to pensions.", "most of the budget goes"),
        ("Just note the bridge was built before the war.", "the bridge was built"),
        ("Don't forget that the river rises every spring.", "the river rises"),
    ],
)
def test_a_reminder_puts_forward_what_it_reminds_of(text, claim):
    """ "Remember that X", "Keep in mind X", "Don't forget X": the writer puts X forward;
    "don't" denies the forgetting, not X."""
    worded = _worded(text)
    assert len(worded) == 1 and worded[0].startswith(claim), worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Guess what, the council raised the rates again.", "the council raised the rates again"),
        ("No and guess what: the bridge is still closed.", "the bridge is still closed"),
        ("Guess what - the ferry runs hourly now.", "the ferry runs hourly now"),
    ],
)
def test_guess_what_announces_the_claim(text, claim):
    """ "Guess what, X" puts X forward; the command is no part of it."""
    assert _worded(text) == [claim]


def test_guess_what_that_asks_stays_a_question():
    assert all(w.startswith("guess what") for w in _worded("Guess what he said about the mayor."))


def test_a_reminder_of_a_question_or_a_thing_stays_as_written():
    assert _worded("Don't forget your umbrella and your keys.")[0].startswith("don't forget")
    assert _worded("Note how quickly the prices went up after the merger.")[0].startswith(
        "note how"
    )


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "You do realize that the council spent the whole budget.",
            ["the council spent the whole budget"],
        ),
        ("You know the ferry runs hourly, right?", ["the ferry runs hourly"]),
        (
            "You do know that the council spent the whole budget don't you?",
            ["the council spent the whole budget"],
        ),
        (
            "You don't know that the ferry runs hourly.",
            ["you don't know that the ferry runs hourly"],
        ),
        (
            "You should know that the ferry runs hourly.",
            ["you should know that the ferry runs hourly"],
        ),
        (
            "You know how the council spent the whole budget.",
            ["you know how the council spent the whole budget"],
        ),
    ],
)
def test_what_the_reader_is_said_to_know_is_the_claim(text, claims):
    """ "You do realize that X": "know" and "realize" presume X, which the writer puts
    forward; denied, hedged or asked about, the sentence stays as written."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "text", ["Well written and clear, without any spoilers.", "Well done to the whole crew."]
)
def test_the_well_of_well_done_is_kept(text):
    """Before a participle, "well" belongs to the phrase: "written and clear" alone misleads."""
    worded = _worded(text)
    assert worded and worded[0].startswith("well "), worded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E.g. trains and trams are cheaper than cars.", "trains and trams are cheaper than cars"),
        ("i.e., the fee is part of the ticket price.", "the fee is part of the ticket price"),
    ],
)
def test_an_example_or_restatement_mark_is_no_word_of_the_claim(text, expected):
    assert _worded(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clearly that religion doesn't have roots in the south.",
            "that religion doesn't have roots in the south",
        ),
        (
            "However, that shirt is really stupid because it reads wrong.",
            "that shirt is really stupid because it reads wrong",
        ),
        (
            "Or that farmers pay more in taxes than they get back.",
            "farmers pay more in taxes than they get back",
        ),
    ],
)
def test_a_that_before_a_bare_singular_subject_is_its_determiner(text, expected):
    """The parser may read "that" as a main clause's complementiser; before a singular
    noun with no determiner it is the noun's own, and a complementiser before a plural
    still goes."""
    assert _worded(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria - you are right about the schedule.", "you are right about the schedule"),
        (
            "Durability – If the case cracks, the warranty covers it.",
            "if the case cracks, the warranty covers it",
        ),
        ("Ken - the vote count is still open.", "the vote count is still open"),
        (
            "The EU - Canada deal took seven years to sign.",
            "the EU - Canada deal took seven years to sign",
        ),
    ],
)
def test_a_label_set_off_by_a_dash_is_no_word_of_the_claim(text, expected):
    """A list item's name or the person answered goes before a dash; a dash joining two
    names of one phrase ("The EU - Canada deal") stays."""
    assert _worded(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Small tip: to clean the filter it is best to use warm water.",
            ["to clean the filter it is best to use warm water"],
        ),
        (
            "Quick tip: to save power it is better to dim the screen.",
            ["to save power it is better to dim the screen"],
        ),
        (
            "Evidence: the spike in rectangles that have a wide aspect ratio.",
            ["evidence: the spike in rectangles that have a wide aspect ratio"],
        ),
    ],
)
def test_a_label_before_a_colon_is_no_word_of_the_clause_after_it(text, expected):
    """The parser may make the label the clause's subject ("Tip" of "is best"); a phrase
    after the colon whose only verb is a relative clause's is no clause of its own."""
    assert _worded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I feel like, much as we hate it, the tax will have to rise.",
            "I feel like, much as we hate it, the tax will have to rise",
        ),
        (
            "It seems like (after the vote) there's a real chance to fix the law.",
            "it seems like there's a real chance to fix the law",
        ),
    ],
)
def test_the_like_after_a_seeming_verb_is_kept(text, expected):
    """The "like" of "I feel like X" opens what seems: "I feel much as ..." reads wrong."""
    assert _worded(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "To reset the router to its factory settings:",
        "If you want to join the reading group next month, you will:",
        "The duties of the new assistant librarian include:",
    ],
)
def test_a_clause_that_introduces_a_list_is_no_claim(text):
    """Its complement is the list after the colon."""
    assert _worded(text) == []


def test_a_complete_clause_before_a_colon_stays():
    assert _worded("Honestly, the new plan works:") == ["the new plan works"]


def test_a_subject_that_disagrees_in_number_is_not_borrowed():
    """The parser reads "covid" as an adjective; "is" must not take "lockdowns"."""
    worded = _worded("Lockdowns are simply pointless and covid is just a bad cold.")
    assert "lockdowns is just a bad cold" not in worded, worded
    assert _worded("The rules are clear and were written years ago.") == [
        "the rules are clear",
        "the rules were written years ago",
    ]
    # Joined subjects are plural; an amount takes the number of what it counts.
    assert _worded("Fevers and headaches are rare side effects, and are usually mild.") == [
        "fevers and headaches are rare side effects",
        "fevers and headaches are usually mild",
    ]
    worded = _worded("The majority of people I know have had two doses and don't regret it.")
    assert "the majority of people don't regret it" in worded, worded


def test_a_subject_read_as_a_second_verb_is_not_replaced_by_the_first():
    """The parser joins "COVID" to the first verb; "is" must not take "flu", which would
    say "flu is more contagious", the writer's point reversed."""
    worded = _worded("Flu isnt as contagious and COVID is more contagious hmmmm")
    assert not any(claim.startswith("flu is more") for claim in worded), worded
    assert _worded("The rules are clear and were written years ago.") == [
        "the rules are clear",
        "the rules were written years ago",
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "If you wish to argue for stricter gun control, then by all means do so, but "
            "don't pretend that the 2nd amendment supports you.",
            ["if you wish to argue for stricter gun control, by all means do so"],
        ),
        ("They tried to get more senators to do so.", ["they tried to get more senators to do so"]),
    ],
)
def test_the_so_of_do_so_ends_its_phrase(text, claims):
    """ "Do so" stands for a verb's phrase; without its "so" the claim ends on "do"."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("We would see that reflected in the study.", ["we would see that reflected in the study"]),
        (
            "I see those issues being the stumbling blocks.",
            ["I see those issues being the stumbling blocks"],
        ),
        ("I think her being pretty adds to the threat.", ["her being pretty adds to the threat"]),
    ],
)
def test_what_is_seen_with_no_finite_verb_is_no_clause_of_its_own(text, claims):
    """A participle with a subject ("that reflected in the study") is what the writer
    would see, not a claim alone; a gerund subject before a finite verb heads none."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Given his status, prosecutors need/want to get this absolutely right.",
            "given his status, prosecutors need/want to get this absolutely right",
        ),
        ("Every President is/was a Freemason.", "every President is/was a Freemason"),
        ("It won't parse/integrate DTDs.", "it won't parse/integrate DTDs"),
        # a second verb the parser read as a clause of its own
        (
            "The larger team produces an easy to use REST API for clients to "
            "interface/integrate with.",
            "the larger team produces an easy to use REST API for clients to "
            "interface/integrate with",
        ),
    ],
)
def test_a_slash_between_two_words_stays(text, claim):
    """ "need/want" joins two words as "or" would; without its slash the claim ran them
    together ("prosecutors need want to ...")."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "But the continued policy of playing the EU as the bad guy is what got the UK "
            "into the mess.",
            "the continued policy of playing the EU as the bad guy is what got the UK "
            "into the mess",
        ),
        (
            "Presumably it doesn't because more people drew horizontal rectangles.",
            "presumably it doesn't because more people drew horizontal rectangles",
        ),
    ],
)
def test_a_subordinator_inside_the_subject_is_a_word_of_it(text, claim):
    """The parser made "as" ("because") the clause's subordinator though it stands after
    the subject begins; dropped as one, the claim read "playing the EU the bad guy"."""
    assert _worded(text) == [claim]


def test_a_chat_because_does_not_end_a_claim():
    """ "bc" leads on to a reason, whatever the parser took it for; "600 BC" is a year."""
    for sentence in (
        "My guess: cases are going up bc it is colder and people are doing indoor activities.",
        "Theory: vaccinated people are more likely to see a doctor if they are sick bc they "
        "believe the virus is real and want to protect others.",
    ):
        worded = _worded(sentence)
        assert worded and not any(claim.endswith("bc") for claim in worded), worded
    worded = _worded("The town was founded around 600 BC, and it grew quickly after that.")
    assert worded and worded[0].endswith("600 BC"), worded


def test_a_percent_sign_survives_shortening():
    """spaCy counts "%" as punctuation; dropping a modifier next to it must not drop it."""
    worded = _worded(
        "The government still hasn't admitted that the currency has lost 15% since the "
        "referendum and that wages are not what they used to be."
    )
    assert worded and "lost 15%" in worded[0], worded


def test_a_negation_the_parse_hangs_elsewhere_is_not_cut_off():
    """ "n't" hung on "since": the clause kept "ca" without it; the sentence stays whole."""
    worded = _worded("You can't since all data in that registry is unverified data.")
    assert worded == ["you can't since all data in that registry is unverified data"]


def test_a_hope_for_someone_goes_but_a_clause_joined_to_it_stays():
    """The well-wishing hope goes, with what it hopes for; "but X" after it is a claim."""
    assert _worded("I hope you feel better soon, but masks are still a must in hospitals.") == [
        "masks are still a must in hospitals"
    ]
    assert _worded("I hope you and the kids are doing well after the storm.") == []


@pytest.mark.parametrize(
    "text",
    [
        "I hope you are resting today, and the fever breaks by the weekend.",
        "Hoping the swelling stays down and you recover quickly.",
        "Hoping your surgery goes well and that the doctor finds the cause.",
    ],
)
def test_what_is_joined_by_and_to_a_good_hope_is_hoped_too(text):
    """The parser hangs the second clause on the hope, or reads "Hoping" as the
    subject of the first: either way the clause after "and" is hoped for, not claimed."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I hope you come back stronger.",
        "Hope you enjoy the new camera.",
        "I hope your sense of humour will be left intact.",
        "I hope you can post a video of the parade.",
    ],
)
def test_what_the_writer_hopes_the_reader_does_or_gets_is_a_wish(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I love that you shared the recipe.",
        "Love how you turned a search for a tiny office into a quest.",
        "I adore the way you make sense of the senseless.",
        "I love the way your whole table looks.",
        "Love your garden!",
        "I love the video!",
        "Love your mother's garden!",
        "I love the garden you planted last spring.",
    ],
)
def test_loving_what_the_reader_did_is_a_compliment(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Best wishes for a quick recovery.",
        "Happy thoughts going your way.",
        "Hugs, and good thoughts coming your way!",
    ],
)
def test_good_wishes_named_without_a_verb_are_no_claim(text):
    assert _worded(text) == []


def test_something_else_coming_the_readers_way_stays():
    assert _worded("Snow coming your way this weekend.")


@pytest.mark.parametrize(
    "text",
    [
        "I love that you can dump practically anything in a frittata.",
        "I love that the council fixed the roads.",
        "I love the new bus timetable.",
    ],
)
def test_loving_what_anyone_can_do_or_what_others_did_stays(text):
    assert _worded(text) != []


def test_a_clause_before_a_hope_for_the_reader_stays():
    """ "You are X, I hope Y": the parse hangs the first clause on "hope"."""
    worded = _worded("You are an awesome person, I hope that one day the council hears you.")
    assert "you are an awesome person" in worded


def test_a_wish_for_someone_inside_a_sentence_is_no_claim():
    """ "..., and I wish you well": a wish wherever its clause stands; a wished state of
    affairs stays."""
    assert _worded("The council is useless and I really do wish you the best.") == [
        "the council is useless"
    ]
    assert _worded("I wish you had to pass a test before voting.") == [
        "I wish you had to pass a test before voting"
    ]


def test_a_condition_joined_to_a_clause_is_no_claim_of_its_own():
    """ "..., but if X?": the parser joins the condition as a clause of its own, with its
    "if"; alone it claims nothing."""
    text = "I don't care what anyone is addicted to, but if your addiction is harming my health?"
    assert _worded(text) == ["I don't care what anyone is addicted to"]


@pytest.mark.parametrize(
    "text",
    [
        "Unless you live there.",
        "If it feels right for you.",
        "Until they happen.",
        "Even if the policy were fair.",
        "Only if the council agrees.",
        "Especially if the bus is late again.",
        "Maybe if you are over seventy....",
        "And if they do…",
        "As if the council would ever listen to us.",
        "As though they deserved it or something.",
    ],
)
def test_a_sentence_that_is_only_a_condition_makes_no_claim(text):
    """A condition or a time said alone belongs to another sentence's claim, or to none."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If I could buy one I would.",
        "If you want realism, stick to the old films.",
        "When you get a vaccine you get none of that.",
        "Once in a while I say yes.",
        "Even when on holiday she manages to answer every email.",
    ],
)
def test_a_condition_with_its_main_clause_stays_a_claim(text):
    """The parser may hang the main clause under the condition; the claim stays."""
    assert len(_worded(text)) == 1


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("They treated the staff well, and everyone knew it.", "they treated the staff well"),
        ("He will run again, and this time he will win.", "he will run again"),
        ("The risks seem more real now, and the data agree.", "the risks seem more real now"),
    ],
)
def test_an_adverb_of_the_verb_before_a_comma_stays(text, claim):
    """ "well", "again", "now" after their verb end its phrase; they lead on to nothing."""
    assert claim in _worded(text)


def test_a_question_mark_followed_by_a_full_stop_still_asks():
    """ "?." is a slip of the keys: the sentence still asks."""
    assert _worded("So the plan is dead or is it coming back?.") == ["the plan is dead"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("This diet is definitely not for me.", "this diet is definitely not for me"),
        ("The city is not for everyone.", "the city is not for everyone"),
    ],
)
def test_for_me_as_the_copulas_complement_stays(text, claim):
    """ "X is not for me" says X does not suit the writer: "for me" is what the copula
    says, not an attribution, even after an adverb."""
    assert _worded(text) == [claim]


def test_a_long_claim_does_not_end_on_a_contrasting_not():
    """Shortening drops what "not" contrasts; the "not" goes with it."""
    claims = _worded(
        "This small study of ten people looks only at the antibody response, not T-cell"
        " immunity, which has repeatedly been shown to be the vaccine's strong point."
    )
    assert claims == ["this small study of ten people looks only at the antibody response"]


def test_a_connective_after_the_verb_still_leads_on():
    """ "so" and "hence" lead on to the clause after them, which is stated apart."""
    assert "you need to eat" in _worded("You need to eat so the farmer provides.")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The plan never worked what are you talking about?", ["the plan never worked"]),
        (
            "The council keeps inventing figures, where are they getting them from?",
            ["the council keeps inventing figures"],
        ),
        (
            "Everyone should read the contract before they sign it or what are the risks"
            " they are taking on.",
            ["everyone should read the contract before they sign it"],
        ),
        ("Every single day why do you keep arguing with them?", []),
        ("In that case what are the chances of a deal?", []),
        ("If the roles were reversed what would they be complaining about.", []),
        ("Broadly speaking, in what ways do print habits carry over to the web?", []),
        ("For one, how much control does the owner of the site want over it?", []),
        ("The bill passed, how long do we have to wait now?", ["the bill passed"]),
        (
            "The city can't get an extension now, why are people still repeating this, the"
            " deadline was two days ago.",
            ["the deadline was two days ago", "the city can't get an extension now"],
        ),
        ("How the fuck could you think leaving the union would somehow help the climate.", []),
        ("How useful is it to finally win the argument after the vote.", []),
    ],
)
def test_a_question_in_its_own_word_order_is_asked_wherever_it_stands(text, claims):
    """A wh-word and an auxiliary before the subject ask, after other words too: the
    question is no claim and no part of the claim before it."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "If they worked why would we need booster shots.",
            ["if they worked we would not need booster shots"],
        ),
        (
            "People repeat the same mistakes - why would you trust them?",
            ["people repeat the same mistakes", "you would not trust them"],
        ),
        (
            "Many people shrug and say, what is the fuss?",
            ["many people shrug and say, what is the fuss"],
        ),
    ],
)
def test_a_question_inside_a_sentence_keeps_what_it_asserts(text, claims):
    """A rhetorical question is restated wherever it stands; what a verb of saying
    reports stays with it."""
    assert sorted(_worded(text)) == sorted(claims)


@pytest.mark.parametrize(
    "text",
    [
        "What if that was a set up by the council?",
        "What if waiting longer makes the side effects worse?",
        "But what if raising the tax drove the shops away?",
        "So what if the mayor is rich?",
        "What if the data is wrong, and the trend is only noise?",
    ],
)
def test_a_what_if_question_is_no_claim(text):
    """ "What if X?" puts X up to be weighed; stated, it read as a bare "if X"."""
    assert _worded(text) == []


def test_a_statement_before_a_what_if_question_stays():
    """Only the question is asked: the clause stated before it stays a claim."""
    assert _worded("The budget is already stretched. What if costs rise?") == [
        "the budget is already stretched"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Maybe a silly question, but do you have any reliable source for those numbers.",
        "It was working fine last week, do you really think the update had nothing to do with it",
    ],
)
def test_a_clause_that_asks_after_a_comma_is_no_claim(text):
    """ "..., but do you have X." asks by its word order, whatever its final mark."""
    assert not any(c.startswith(("do you", "you do")) for c in _worded(text)), _worded(text)


def test_an_inversion_after_only_then_still_states():
    """ "And only then, do you have X" inverts a statement, not a question."""
    text = "Check the level twice and only then, do you have a diagnosis."
    assert any("you have a diagnosis" in c for c in _worded(text)), _worded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quick question, what share of the council staff are actually local?",
        "Just a clarification, does it mean that I should renew the permit every year?",
    ],
)
def test_a_question_after_a_label_is_no_claim(text):
    """ "Quick question, what ...?": the label before the comma hides the question from
    the rules that read the root's clause; the question is not stated as a claim."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Renaming a branch on the server",
        "Setting up the test database\nThe database is created by the fixture.",
        "Building data pipelines for our reporting team",
    ],
)
def test_a_gerund_heading_is_no_claim(text):
    """A line that is one gerund phrase with no closing mark heads a section or lists a
    duty; a following sentence is read on its own."""
    assert [c for c in _worded(text) if c.startswith(("renaming", "setting", "building"))] == []


def test_a_noun_phrase_listed_on_its_own_line_is_no_claim():
    """Requirements of a job ad, one per line: they assert nothing; the sentence after
    them is still read."""
    text = (
        "We are hiring two engineers.\nRequirements:\nAttention to detail\n"
        "Experience with large SQL databases\nThe commute here is far too long for most people."
    )
    claims = [c.text.lower() for c in argmap.find_claims(text)]
    assert "attention to detail" not in claims
    assert "experience with large sql databases" not in claims
    assert "the commute here is far too long for most people" in claims


@pytest.mark.parametrize(
    "text",
    ["Cutting the bus routes and raising the fares.", "either cutting the bus routes or the fares"],
)
def test_a_gerund_answer_with_a_full_stop_or_cut_from_a_sentence_stays(text):
    assert _worded(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The question is how much the new tunnel would really save.",
        "The real question is whether the council can pay for it.",
        "One thing I wonder about is how many riders the tram will carry.",
    ],
)
def test_a_copula_that_names_a_question_asks_it(text):
    """ "The question is how X": no "?" and no wish to know, yet only a question is put."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Closing the branch libraries?",
        "Raising the parking fees for residents?",
        "So your sharing charts made by the developer?",
        "Bored of cooking the same dinners and actually want to learn something new?",
    ],
)
def test_a_question_that_is_a_fragment_asks(text):
    """No subject and no finite verb: an option or an offer put up for an answer."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    ["Isn't the bypass a waste of money?", "Then don't buy a car?"],
)
def test_a_negative_question_or_a_command_in_a_question_mark_stays(text):
    assert _worded(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to send the council your own figures.",
        "Please feel free to message me about the rota.",
        "If the times don't suit you, feel free to swap shifts with Dana.",
    ],
)
def test_an_invitation_puts_nothing_forward(text):
    """ "Feel free to X" invites or permits; nobody could agree or disagree."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    ["by riverbank on Tuesday July 24, @02:52PM", "+1 for the quiet carriage on trains."],
)
def test_a_byline_or_a_vote_the_tagger_gave_a_verb_states_nothing(text):
    """ "@09:15AM" and "+1" were tagged as verbs, and the line read as a command."""
    assert _worded(text) == []


def test_a_denied_question_says_what_is_not_at_issue():
    text = "The question is not whether the city can afford the tunnel."
    assert _worded(text) == ["the question is not whether the city can afford the tunnel"]


def test_a_question_mark_followed_by_an_exclamation_mark_still_asks():
    """ "?!" is split into "?" and "!": the question is no claim, as with "?" alone."""
    assert _worded("Who would vote for a party without a single costed policy?!") == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm curious if the new bridge will open on time.",
        "Would be curious if that's a lasting change or a blip.",
        "Wondering whether the tram line ever reached the harbour.",
        "I'd like to know what the council spent the grant on.",
        "I really want to know who signed off on the contract.",
        "I'd be interested to know why the vote was delayed.",
        "Just curious about where the money went?",
        "I'm curious as to how the survey picked its towns.",
        "If the plan suits you, we'd love to hear from you.",
    ],
)
def test_a_wish_to_know_asks(text):
    """ "I'm curious if X", "I'd like to know what X": the writer asks X, claims nothing."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Most voters want to know if the council listens.",
        "If you want to know what the plan costs, read the budget.",
        "I want to know that my taxes pay for the schools.",
    ],
)
def test_someone_elses_wish_to_know_or_a_known_fact_stays(text):
    """Only the writer's own wish to know asks; others' is said of them, and "know that
    X" puts X forward."""
    assert _worded(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "But it was built on figures from a ministry whose own interest is to hide the losses.",
        "Who else was going to sing back up that was better at it than a cardboard cut-out?",
    ],
)
def test_a_relative_clause_read_as_a_second_clause_is_no_claim(text):
    """The parser may hang "whose X is Y" or "that was Y" on the main verb as a second
    clause; stated alone it would be a fragment about nothing."""
    worded = _worded(text)
    assert not any(c.startswith(("whose", "that was")) for c in worded), worded


def test_a_joined_that_is_a_demonstrative_and_stays():
    """ "X, and that works well": "that" after "and" stands for what came before."""
    worded = _worded("Many towns run their own buses and that works quite well.")
    assert any("that works quite well" in c for c in worded), worded


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Isn't the real problem that nobody reads the contract?",
            "the real problem is that nobody reads the contract",
        ),
        (
            "Isn't one of the reasons for the strike that the pay is too low?",
            "one of the reasons for the strike is that the pay is too low",
        ),
    ],
)
def test_a_question_of_one_phrase_puts_its_copula_before_the_that_clause(text, statement):
    """ "Isn't X that Y?" read as one phrase after "is": the statement is "X is that Y",
    not "X that Y is"."""
    assert _worded(text) == [statement]


def test_a_question_of_one_phrase_with_no_clause_states_nothing():
    """With no clause, participle or phrase on its noun there is no telling where the
    copula goes."""
    assert _worded("Isn't one of the reasons for the strike?") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Should the pump fail again, the landlord is liable for the repairs.",
            "should the pump fail again, the landlord is liable for the repairs",
        ),
        (
            "The lake would have frozen over, had it not been for the warm spring.",
            "the lake would have frozen over",
        ),
    ],
)
def test_an_inverted_condition_is_no_claim_of_its_own(text, claim):
    """ "Should X, Y" and "Y, had it not been for X": the inverted clause is a condition
    of the other, never a claim alone."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "Just bought the kit, and had it delivered to my office.",
        "Had it happen to me after the second dose.",
    ],
)
def test_a_had_that_opens_no_condition_stays(text):
    """ "had it delivered", "Had it happen": a causative "had", not a condition."""
    assert any("had it" in c for c in _worded(text)), _worded(text)


def test_a_clause_after_what_others_say_goes_on_with_their_words():
    """ "the people saying X and Y": Y is theirs too, never the writer's own claim."""
    worded = _worded(
        "I do not agree with the people saying it is perfectly safe and you should just "
        "take it without thinking."
    )
    assert "you should just take it without thinking" not in worded, worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Some people say the tram is too slow, but most cannot afford a car.",
            "most cannot afford a car",
        ),
        (
            "You said the shop was closed and I said the door was open.",
            "the door was open",
        ),
    ],
)
def test_the_writer_takes_back_the_word_after_a_report(text, claim):
    """After "but", or with the writer as its subject, the clause is the writer's."""
    assert claim in _worded(text), _worded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council never consults residents or publishes its budget.",
        "The landlord was not told about the leak, or if he was, did nothing.",
    ],
)
def test_a_negation_covers_a_verb_joined_by_or(text):
    """ "never X or Y" denies Y too: Y is never stated alone as if affirmed."""
    worded = _worded(text)
    assert "the council publishes its budget" not in worded, worded
    denials = ("never", "not", "nothing")
    assert all(any(word in claim for word in denials) for claim in worded), worded


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be ruled by a board I cannot elect.",
        "I hate to be that person, because the fees are simply too high.",
        "I don't want to break the rules of the forum.",
    ],
)
def test_reluctance_that_says_something_stays(text):
    """A wish not to be ruled, a reason given, or a rule not to break: no preface."""
    assert _worded(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Rest in peace to everyone the storm took.",
        "Rest In Peace, old friend.",
        "It was great to meet you at the workshop.",
        "Nice to meet you too.",
    ],
)
def test_a_condolence_or_greeting_is_no_claim(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    "text",
    ["You are not alone in this.", "You will get through this.", "Hang in there, friend."],
)
def test_encouragement_is_no_claim(text):
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "You are not alone in thinking the fare rise is unfair.",
            "you are not alone in thinking the fare rise is unfair",
        ),
        (
            "You will get through this exam if you revise.",
            "you will get through this exam if you revise",
        ),
    ],
)
def test_encouraging_words_that_say_more_stay(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text", ["The rest of the plan is fine.", "It was nice to see the council finally act."]
)
def test_rest_and_meeting_words_that_state_something_stay(text):
    assert _worded(text) != []


def test_only_if_after_but_stays_with_its_claim():
    """ "X, but only if Y" holds X only under Y: one claim, never a bare "only if Y"."""
    assert _worded("The bank can seize that money, but only if you owe the bank itself.") == [
        "the bank can seize that money, but only if you owe the bank itself"
    ]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            'Isn\'t the characterization of bankers as "fat cats" rooted in envy?',
            "the characterization of bankers as fat cats is rooted in envy",
        ),
        (
            "Isn't the five minute rule from the official guidelines?",
            "the five minute rule is from the official guidelines",
        ),
    ],
)
def test_a_question_of_one_phrase_puts_its_copula_before_a_participle_or_phrase(text, statement):
    """With no "that" clause, the copula goes before the participle or phrase that says
    what the noun is ("X rooted in Y" → "X is rooted in Y")."""
    assert _worded(text) == [statement]


def test_a_wish_to_know_given_as_a_reason_stays():
    """ "because I want to know what X": a reason, put forward."""
    assert _worded("Because I want to know what older voters think.") != []


@pytest.mark.parametrize(
    ("text", "ending"),
    [
        (
            "It is prohibited to collect, store, analyze, or sell the contents of the "
            "messages of any resident anywhere in the country without a properly granted "
            "warrant.",
            "without a properly granted warrant",
        ),
        (
            "The committee was created to try to come up with ideas around stopping the "
            "closure of the library by making good and logically sound arguments.",
            "by making good and logically sound arguments",
        ),
    ],
)
def test_a_long_claim_keeps_the_infinitive_its_verb_takes(text, ending):
    """ "It is prohibited [to collect ...]": cut to "it is prohibited", a long claim said
    something else; the infinitive right after a verb with no object is what it takes."""
    worded = _worded(text)
    assert len(worded) == 1 and worded[0].endswith(ending), worded


@pytest.mark.parametrize(
    ("text", "infinitive"),
    [
        (
            "It would be absolutely insane for any country - from the most powerful to the "
            "least - to agree to a rollover deal with a partner that is newly isolated.",
            "to agree to a rollover deal",
        ),
        (
            "Make it a good habit to pause the machine before you pack up and go.",
            "to pause the machine",
        ),
    ],
)
def test_an_infinitive_that_it_stands_for_stays(text, infinitive):
    """ "It would be insane [to agree to X]", "Make it a habit [to pause]": the claim is
    about the infinitive "it" stands for; without it the claim says nothing."""
    worded = _worded(text)
    assert any(infinitive in c for c in worded), worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Either the council raises taxes or it cuts the library budget.",
            "either the council raises taxes or it cuts the library budget",
        ),
        (
            "The landlord either ignored the letter or he never received it.",
            "the landlord either ignored the letter or he never received it",
        ),
        ("Their figures were wrong or never checked.", "their figures were wrong or never checked"),
    ],
)
def test_alternatives_joined_by_or_are_one_claim(text, claim):
    """ "Either X or Y" puts forward that one of them holds: stated apart, each would be
    a claim the writer never made ("he never received it")."""
    assert _worded(text) == [claim]


def test_a_long_claim_keeps_both_alternatives():
    """Shortening may drop an alternative's modifiers, never the alternative or the "or"
    that joins it, wherever the parse hung that "or"."""
    worded = _worded(
        "So either the county pays for the new bridge over the river next spring or the "
        "town borrows the money from the state at a high rate of interest."
    )
    assert len(worded) == 1, worded
    assert worded[0].startswith("either the county pays"), worded
    assert "or the town borrows the money" in worded[0], worded


def test_alternatives_in_a_question_are_read_as_a_question():
    """ "Is X or is it Y?" asks which: it is no claim that one of them holds."""
    assert not any(" or " in c for c in _worded("Is the council broke or is it just hiding it?"))


def test_either_without_an_or_is_dropped():
    """An "either" whose "or" never comes (a message cut short) opens nothing."""
    assert _worded("Either the contractor lied about the cost.") == [
        "the contractor lied about the cost"
    ]


def test_neither_before_a_question_word_order_stays():
    """ "Neither did the mayor pay" without its "neither" reads as a question."""
    assert _worded("Neither did he pay nor did he apologise.")[0].startswith("neither did he pay")


def test_a_shortened_claim_keeps_its_closing_percent_sign():
    """ "%" ends a number, not a sentence: "raise the levy to 35" said something else."""
    worded = _worded(
        "The district should raise the levy to 35% if the county does not fund a minimum "
        "of full-time teaching staff with decent pay and benefits."
    )
    (claim,) = worded
    assert "raise the levy to 35% if the county" in claim


def test_for_me_after_a_clause_hung_on_the_copula_stays():
    """A clause put before the copula ("the winter rota is fine, ...") is another claim
    the parse hung on it, not the copula's complement: "is still for me" keeps "for me"
    rather than ending on a bare "is"."""
    worded = _worded(
        "The winter rota is fine, the summer rota is still for me -- weekends are my problem!"
    )
    assert "the summer rota is still for me" in worded, worded


def test_a_long_claim_keeps_the_phrase_between_its_verb_and_its_clause():
    """ "You have to keep [in mind] that X": shortening had dropped "in mind", and the
    claim read "you have to keep that X"."""
    worded = _worded(
        "Well you have to keep in mind that if a tenant never complains at all, it is "
        "unlikely the council will come to the estate and talk about it."
    )
    assert len(worded) == 1 and "you have to keep in mind that" in worded[0], worded


def test_a_claim_with_one_link_stays():
    """A link in a claim is no spam: only repeated keywords around links, or a run of
    links, are."""
    assert argmap.find_claims(
        "The council's own audit shows the open data portal is broken: http://example.org/audit"
    ), "a claim with one link was taken for spam"


def test_a_condition_stays_with_the_clauses_it_conditions():
    """ "If X, Y, Z, and so much more": the parse may hang "if X Y" under Z as a clause
    before it; stated apart, Z lost its condition and "if X Y" read as a claim."""
    assert _worded(
        "If everyone paid the levy the pool would be open, the library would stay open, "
        "and so much more."
    ) == [
        "if everyone paid the levy the pool would be open, the library would stay open, "
        "and so much more"
    ]


def test_a_conditional_before_an_attribution_is_its_own_claim():
    """Before "I don't think X", the conditional is the writer's own claim, condition kept."""
    worded = _worded(
        "If the levy rose, I would pay it (to be clear, I don't think it will rise, but some "
        "people think it will)."
    )
    assert "if the levy rose, I would pay it" in worded, worded


def test_an_attributed_infinitive_is_stated_as_written():
    """ "I don't expect the council to pay" is no "the council to not pay": an infinitive
    with its own subject is no clause the attribution yields alone."""
    assert _worded("I don't expect the council to pay.") == ["I don't expect the council to pay"]
    assert _worded("We expect you to take ownership of the budget.") == [
        "we expect you to take ownership of the budget"
    ]


def test_in_reality_that_a_verb_takes_stays():
    """ "The plan was not based in reality" is no "the plan was not based": after a verb,
    with no comma, "in reality" is what the verb takes, not the writer's aside."""
    assert _worded("The council's plan was not based in reality.") == [
        "the council's plan was not based in reality"
    ]
    assert _worded("In reality, the plan was cheap.") == ["the plan was cheap"]


@pytest.mark.parametrize(
    "text",
    [
        "To what extent does the levy limit the library budget?",
        "For how many years now has the council been the last holdout?",
        "On what planet did I suggest closing the library?",
    ],
)
def test_a_question_opened_by_a_preposition_and_a_wh_word_asks(text):
    """ "To what extent does X ...?": the wh-word's phrase opens with a preposition, and
    the auxiliary after it stands before its subject; the question is not stated."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("That's unfair.", "that's unfair"),
        ("It's pointless.", "it's pointless"),
        ("The fares keep rising, and it's outrageous.", "it's outrageous"),
        ("I looked at the new bus map and its useless.", "it's useless"),
    ],
)
def test_a_contracted_verb_counts_as_a_word_of_a_short_claim(text, claim):
    """ "That's unfair." is the three words of "That is unfair.", a claim in CDCP."""
    assert claim in [c.text for c in argmap.find_claims(text)]


@pytest.mark.parametrize("text", ["That's it.", "It's me.", "I'm tired.", "Maybe it's."])
def test_a_contraction_before_a_pronoun_after_i_or_with_nothing_said_stays_short(text):
    """An identification, the writer's own state and a clause cut short state nothing."""
    assert argmap.find_claims(text) == []


def test_that_said_opens_the_writers_claim_not_a_report():
    """The parser reads "That said" as a subject and a verb reporting what follows."""
    claims = argmap.find_claims("That said, the new bridge is far too expensive.")
    assert [c.text for c in claims] == ["the new bridge is far too expensive"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The voters look outside and see trees.", "the voters see trees"),
        (
            "The critics open the report and see the flaws in its numbers.",
            "the critics see the flaws in its numbers",
        ),
    ],
)
def test_a_coordinated_see_with_its_object_is_the_verb_not_a_marker(text, claim):
    """ "See," opens a sentence as a discourse marker; "and see trees" is a verb, and
    dropping it had left "the voters trees"."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Besides a small budget cut, nothing has been done about the buses.",
            ["besides a small budget cut, nothing has been done about the buses"],
        ),
        (
            "Besides, nothing has been done about the buses.",
            ["nothing has been done about the buses"],
        ),
    ],
)
def test_a_marker_word_with_its_object_is_a_preposition_of_the_claim(text, claims):
    """Dropped as a marker, "Besides" had left the claim opening on its object."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Do you let your babies, or toddlers crawl around pools unattended?",
        "Did you read the article or you just totally miss the point?",
        "Should he call you every time his hours change and he naturally wants an update?",
    ],
)
def test_a_clause_joined_to_a_yes_no_question_is_asked_with_it(text):
    """The question mark asks of the clause it closes as of the question before it."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Why has no one succeeded with renewables, and France has succeeded with nuclear?",
            "France has succeeded with nuclear",
        ),
        (
            "Don't you love how they hide it and they're so caught up in the hype?",
            "they're so caught up in the hype",
        ),
    ],
)
def test_a_clause_joined_to_a_wh_or_denied_question_is_still_stated(text, claim):
    """ "Why has no one done X, and Y has?" and "Don't you love how X and Y?" assert
    what they join."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The memory only makes me a little ashamed, but mostly…",
            "the memory only makes me a little ashamed",
        ),
        (
            "Real science is not the pursuit of the scientific method, but rather a cult like"
            " belief in the narrative handed to you by your leaders.",
            "real science is not the pursuit of the scientific method",
        ),
        (
            "Yeah and lefties normally hate it yet they want to leave the EU.",
            "lefties normally hate it",
        ),
        (
            "One consequence is that one could induce being sick in oneself if one tries and/or"
            " is pressured or affirmed into it.",
            "one consequence is that one could induce being sick in oneself if one tries",
        ),
    ],
)
def test_a_conjunction_cut_from_its_conjunct_leaves_the_claim(text, claim):
    """What a conjunction leaves at a claim's end, its conjunct parsed elsewhere, goes."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Large trees have come down every 100 yards or so.", "or so"),
        ("All the other countries have to switch sooner or later.", "sooner or later"),
        ("She knows her policy in and out.", "in and out"),
        ("You ship fast and often.", "fast and often"),
        ("Consumer credit is recognized in all 50 states and internationally.", "internationally"),
    ],
)
def test_a_conjunct_of_its_own_kind_stays(text, claim):
    """ "sooner or [later]": the adverb after the conjunction is its conjunct."""
    assert any(claim in worded for worded in _worded(text))


def test_a_one_line_message_opened_by_a_quote_goes_on_with_the_reply():
    """Where a message's line breaks were lost, the ">" quotes the sentence it opens,
    and the reply after it is the writer's."""
    text = (
        "> No wealthy country applies to join the EU. You cannot imagine the UK going back"
        " to the economic mess it was in before it joined."
    )
    claims = [c.text for c in argmap.find_claims(text)]
    assert not any("wealthy" in claim for claim in claims)
    assert any("you cannot imagine" in claim for claim in claims), claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("See how far you get.", "see how far you get"),
        ("See if the council cares about the buses.", "see if the council cares about the buses"),
    ],
)
def test_a_see_that_asks_the_reader_to_find_out_is_a_command_not_a_marker(text, claim):
    """ "See how far you get" is a command; dropped as the marker "See,", it left a
    fragment ("how far you get")."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "cottage bound On Thursday, November 1 at 4:24 pm",
        "Kiss and Make-upOctober 22, 2012 10:46 AM",
        "on 26 Oct 2012 at 6:27 am Not the golden ratio",
    ],
)
def test_a_commenters_name_and_time_alone_are_a_byline(text):
    """A blog's byline left in a comment's text: a name (or post title) and a time."""
    assert argmap.find_claims(text) == []


def test_a_sentence_that_ends_on_a_time_is_no_byline():
    claims = argmap.find_claims("The final episode will be aired again on November 24 at 10:30 pm.")
    assert [c.text for c in claims] == [
        "the final episode will be aired again on November 24 at 10:30 pm"
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Dude you want this person to lose their job.", "you want this person to lose their job"),
        (
            "Okay child, I'm not going to waste my time arguing with you.",
            "I'm not going to waste my time arguing with you",
        ),
        ("Guys, the old driver works with the new SDK.", "the old driver works with the new SDK"),
        ("Man is a social animal.", "man is a social animal"),
        ("Folks who vote early get a free sticker.", "folks who vote early get a free sticker"),
    ],
)
def test_a_word_that_addresses_the_reader_does_not_open_the_claim(text, claim):
    """ "Dude," "Guys," "Okay child," address the reader, as a name does."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Most commuters never check the timetable changes posted at the station each"
            " month so they will miss the last train home on Sundays.",
            {
                "most commuters never check the timetable changes posted at the station each month",
                "they will miss the last train home on Sundays",
            },
        ),
        (
            "The council spent the whole repair budget on the new car park behind the"
            " library so the potholes on the high street are still there.",
            {
                "the council spent the whole repair budget on the new car park behind the library",
                "the potholes on the high street are still there",
            },
        ),
    ],
)
def test_a_long_sentence_splits_at_so_into_its_ground_and_its_result(text, claims):
    """Too long for one claim, "X so Y" had lost its result Y, the writer's conclusion."""
    assert set(_worded(text)) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The town is small so the bus stops at every house.",
        "Most libraries in the county now open late on Thursdays and Fridays during the exam"
        " season so that students have a quiet place to work.",
        "Every branch of the bank now provides its customers with a free wireless access"
        " point in the waiting area so they can work while they wait.",
        "The owners changed the rules about parking in the yard behind the shop just so they"
        " don't have to pay for the extra spaces.",
    ],
)
def test_a_short_so_or_a_purpose_stays_in_one_claim(text):
    """A short "X so Y" reads whole; "so that", "just so" and "so X can" give a purpose,
    which is no claim of its own."""
    assert len(_worded(text)) == 1, _worded(text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The government should raise the tax on fuel for the large trucks this year"
            " because the roads are being damaged by heavy loads every day.",
            {
                "the government should raise the tax on fuel for the large trucks this year",
                "the roads are being damaged by heavy loads every day",
            },
        ),
        (
            "Most small shops in the old town are right to stop taking cards at the till,"
            " cuz the bank fees are far too high for them.",
            {
                "most small shops in the old town are right to stop taking cards at the till",
                "the bank fees are far too high for them",
            },
        ),
    ],
)
def test_a_long_sentence_states_its_reason_as_a_premise(text, claims):
    """Too long for one claim, "X because Y" had lost its reason Y, the writer's ground."""
    assert set(_worded(text)) == claims
    [main, reason] = sorted(claims, key=len, reverse=True)
    roles = {c.text: c.role for c in argmap.find_claims(text)}
    assert (roles[main], roles[reason]) == ("main", "premise")


@pytest.mark.parametrize(
    "text",
    [
        "Taxes on fuel should rise because the roads are damaged.",
        "The reason the council closed the old swimming pool in the park is not because it"
        " cost too much but because nobody swam there.",
        "It is mostly because the trains in the north of the country were late almost every"
        " single morning for a year.",
        "Are you really saying that the whole committee should resign tomorrow morning"
        " because the chair forgot to send the minutes?",
        "The owners of the old mill on the river closed it down last spring just because"
        " the rent went up.",
    ],
)
def test_a_short_denied_questioned_or_copular_reason_stays_in_its_claim(text):
    """A short "X because Y" reads whole, and a reason that is itself the claim ("the
    reason is not because Y but because Z", "it is because Y"), is asked or restricted
    ("just because") is never stated alone."""
    assert len(_worded(text)) <= 1, _worded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Like the one where the mayor tells the council to close the pool.",
        "Like saying the bridge is safe after painting over the cracks.",
        "Kind of like the rumour elsewhere yesterday that a neighbour had to pay a big fine.",
    ],
)
def test_a_comparison_opened_by_like_with_no_clause_of_its_own_is_no_claim(text):
    """ "Like X" whose subjects all stand in X, what it compares with, completes another
    sentence, as a prepositional phrase alone does."""
    assert _worded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Like many others, you're creating a straw man here.",
            "like many others, you're creating a straw man here",
        ),
        ("With cats you have to go slow.", "with cats you have to go slow"),
        ("In many ways we operate like a startup.", "in many ways we operate like a startup"),
    ],
)
def test_a_clause_hung_under_a_fronted_phrase_stays(text, claim):
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Come on my dude, the council is lying about the budget.",
            ["the council is lying about the budget"],
        ),
        ("C'mon man, the new tax is far too high.", ["the new tax is far too high"]),
        ("Come on Sarah!", []),
        ("Come on over and see the new garden.", ["come on over and see the new garden"]),
    ],
)
def test_come_on_urges_the_reader_and_claims_nothing(text, claims):
    """ "Come on," before a claim goes, as a form of address does; alone it is no claim."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Not trying to be harsh, but the new tax is a scam.", ["the new tax is a scam"]),
        ("I'm not trying to sound rude but the bus is always late.", ["the bus is always late"]),
        ("They are not trying to be fair.", ["they are not trying to be fair"]),
    ],
)
def test_a_disclaimer_of_tone_is_no_claim(text, claims):
    """The writer's "not trying to be harsh" puts nothing forward; another's stays."""
    assert _worded(text) == claims


def test_i_dont_necessarily_think_withholds_rather_than_denies():
    """The writer does not claim the plan fails; the sentence is stated as written."""
    assert _worded("I don't necessarily think the plan fails.") == [
        "I don't necessarily think the plan fails"
    ]


def test_a_claim_too_long_drops_the_phrase_that_frames_it_last():
    """After its later modifiers, a long claim loses the phrase set off before it."""
    worded = _worded(
        "At several points during the long debate, the minister looked as though he was"
        " hoping that the floor would open up and swallow him."
    )
    assert worded == [
        "the minister looked as though he was hoping that the floor would open up and swallow him"
    ]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "According to the report from the council, the people who rely on the buses to get"
            " to work every day have been let down by the company that runs them.",
            "according to the report from the council",
        ),
        (
            "As long as the trains are run by a private company that answers to no one,"
            " nothing about the timetable or the fares will ever change.",
            "as long as",
        ),
        (
            "In the towns and the villages, the buses that used to run every hour have been"
            " cut to two a day without any warning to the people who rely on them.",
            "in the towns and the villages",
        ),
    ],
)
def test_an_opening_that_says_whose_claim_a_condition_or_a_subject_stays(text, opening):
    """An attribution, a condition, and a phrase that may hold the subject are no frame."""
    worded = _worded(text)
    assert worded and worded[0].startswith(opening), worded


def test_a_framing_phrase_is_dropped_whole_or_not_at_all():
    """ "With that in mind": the parser hangs "in mind" on the verb; dropped alone, it had
    left "with that" before the clause."""
    worded = _worded(
        "With that in mind, the council has published a list of the twenty busy roads that"
        " will be closed for repairs during the long summer holidays."
    )
    assert worded and not worded[0].startswith("with that the"), worded


def test_a_modifier_after_a_clause_stated_on_its_own_leaves_the_first_claim():
    """The parser hung "ever did" on the first verb, past the clause joined by "and";
    the first claim had read "the bridge will be finished within two years ever did"."""
    assert (
        _worded(
            "The new bridge will be finished within two years and will carry more traffic than"
            " the old tunnel ever did."
        )[0]
        == "the new bridge will be finished within two years"
    )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("True and the council never even read the report.", "the council never even read"),
        ("True but the fares went up again this year.", "the fares went up again this year"),
    ],
)
def test_an_answer_word_the_parser_made_the_head_is_no_word_of_the_claim(text, claim):
    """ "True and X": the parser made "True" the sentence's head and X its conjunct."""
    worded = _worded(text)
    assert worded and worded[0].startswith(claim), worded


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "She has done good work on housing over the last ten years but is against most"
            " of her own party on the new transport plan.",
            "she is against most of her own party on the new transport plan",
        ),
        (
            "They fear spending money on repairs now, but don't seem to realize that the"
            " whole roof will need replacing within a couple of years.",
            "they don't seem to realize that the whole roof will need replacing within a"
            " couple of years",
        ),
    ],
)
def test_a_long_sentence_lends_its_pronoun_to_a_second_verb(text, claim):
    """Too long for one claim, "he X and Y" had lost Y to shortening; Y now takes "he"."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "I went back to the library in the spring and watched some of the old council"
            " debates with a couple of friends from the night class.",
            "I watched",
        ),
        (
            "We do a lot of database work for the shops here, but if you are a good"
            " programmer with other server experience, feel free to contact us.",
            "we if",
        ),
    ],
)
def test_a_pronoun_is_lent_only_to_a_second_verb_that_can_take_it(text, wrong):
    """ "I" lends nothing (a writer's doings), and a verb the parser joined across other
    words ("but [if ...], feel free") is no second verb of the first subject."""
    assert not any(c.startswith(wrong) for c in _worded(text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Assuming the council actually has the money this year.", []),
        ("Provided that the trains run on time.", []),
        ("Considering that the council already owns the land?", []),
        (
            "The new line could carry twice as many people as the old one...provided that"
            " the trains run on time.",
            [
                "the new line could carry twice as many people as the old one provided that"
                " the trains run on time"
            ],
        ),
        (
            "Given the cost of the tunnel, the council should build the bridge instead.",
            ["given the cost of the tunnel, the council should build the bridge instead"],
        ),
    ],
)
def test_a_supposition_alone_states_no_claim(text, claims):
    """ "Assuming X." and "... provided that X" are conditions said of another claim."""
    assert _worded(text) == claims


def test_a_denial_does_not_reach_a_clause_spliced_on_after_a_dash():
    """ "I don't think X - Y": the writer denies X, not Y."""
    claims = _worded(
        "I don't think I pose a risk to anyone as my household is small and careful -"
        " everyone except my brother has been vaccinated so our chances of spreading it are"
        " low."
    )
    assert (
        "everyone except my brother has been vaccinated so our chances of spreading it are low"
        in claims
    )
    assert not any("has not been vaccinated" in c for c in claims)


def test_an_attribution_before_a_semicolon_keeps_its_clause():
    """ "I don't believe X; Y" is two sentences: X, denied, is a claim too."""
    claims = _worded(
        "I don't believe the tax will raise much money; most of the shops it targets have"
        " already closed."
    )
    assert set(claims) == {
        "the tax will not raise much money",
        "most of the shops it targets have already closed",
    }


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The new stadium plan sucks man", ["the new stadium plan sucks"]),
        ("That is the fate of man.", ["that is the fate of man"]),
        ("Every team needs a good man.", ["every team needs a good man"]),
    ],
)
def test_a_bare_form_of_address_at_the_end_goes(text, claims):
    """ "... sucks man" speaks to the reader; "the fate of man" and "a good man" name."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "This is a great recipe for beginners, thanks for sharing it.",
            ["this is a great recipe for beginners"],
        ),
        (
            "The second edition reads much better…Thank you",
            ["the second edition reads much better"],
        ),
        (
            "Thousands of people are now out of work thanks to the shutdowns.",
            ["thousands of people are now out of work thanks to the shutdowns"],
        ),
    ],
)
def test_a_thanks_after_the_claim_goes(text, claims):
    """A thanks tacked on after the claim is a courtesy; "thanks to X" gives a cause."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Martin Luther King Jr. clearly wanted and advocated a whole different kind of "
            "society.",
            [
                "Martin Luther King Jr. clearly wanted and advocated a whole different kind "
                "of society"
            ],
        ),
        (
            "Vaccinated people also catch and spread covid though.",
            ["vaccinated people also catch and spread covid"],
        ),
        (
            "The Internet, in the form you and I are using, has always been commercialized.",
            ["the Internet, in the form you and I are using, has always been commercialized"],
        ),
    ],
)
def test_verbs_that_share_an_object_after_an_adverb_stay_one_claim(text, claims):
    """An adverb before the first verb completes nothing: "wanted and advocated X" shares
    X (from DEBAGREEMENT dev, subreddit-agreement and a dragnet comment; each had given a
    bare "clearly wanted")."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "belief"),
    [
        ("I thought the UK held all the cards.", "the UK held all the cards"),
        ("I thought the plexy glass would be fine", "the plexy glass would be fine"),
        ("Oh sorry, i thought this was a community who doesnt wear masks.", "community"),
        (
            "At first I thought you had just averaged all the width/height ratios.",
            "averaged",
        ),
        (
            "I thought Berlin was unimpressive and underwhelming, but clearly I needed to "
            "go to the schloss!",
            "Berlin",
        ),
    ],
)
def test_a_belief_the_writer_held_then_is_reported_not_claimed(text, belief):
    """ "I thought X" reports what the writer expected or took for granted then, mostly
    given up or meant in irony (DEBAGREEMENT dev, subreddit-agreement, dragnet comments):
    X is not their claim now."""
    assert not [c for c in _worded(text) if belief in c]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I think the UK holds all the cards.", "the UK holds all the cards"),
        ("I thought the analysis was interesting.", "the analysis was interesting"),
        (
            "I was thinking that a tall skinny rectangle should be considered different.",
            "a tall skinny rectangle should be considered different",
        ),
        (
            "I did think maybe they could be demolished, but when you are arguing with "
            "people who think Farage should receive an honour, you are up against serious "
            "delusions.",
            "when you are arguing with people who think Farage should receive an honour, "
            "you are up against serious delusions",
        ),
    ],
)
def test_a_belief_held_now_or_a_judgement_of_what_was_met_stays(text, claim):
    """A present belief, a past judgement with no contrast after it, a thought being
    turned over, and what follows "but" are the writer's claims."""
    assert claim in _worded(text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The fact is, masks spread it, because hardly anyone uses them correctly.",
            ["masks spread it, because hardly anyone uses them correctly"],
        ),
        (
            "The fact of the matter is, guns are part of the gaming culture.",
            ["guns are part of the gaming culture"],
        ),
        ("The fact that prices rose is bad.", ["the fact that prices rose is bad"]),
        (
            'The fact the most reasonable answer to that is "only some" is concerning.',
            ['the fact the most reasonable answer to that is "only some" is concerning'],
        ),
    ],
)
def test_the_bare_fact_frames_the_clause_after_it(text, claims):
    """ "The fact is, X" vouches for X, as "The truth is, X" does (subreddit-agreement,
    dragnet and DEBAGREEMENT dev comments); a fact with a clause of its own is what the
    sentence is about and stays."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "However many people turn up, it will be less than 17.4m.",
            ["however many people turn up, it will be less than 17.4m"],
        ),
        ("However, many people turn up late.", ["many people turn up late"]),
    ],
)
def test_however_of_degree_is_no_connective(text, claims):
    """ "However many people turn up" means no matter how many (DEBAGREEMENT dev): dropped
    as a connective, it had left "many people turn up", which the writer never said."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Note that -D forces the deletion.", ["-D forces the deletion"]),
        (
            "-Contribute to product design and implementation discussions.",
            ["Contribute to product design and implementation discussions"],
        ),
    ],
)
def test_a_command_line_option_keeps_its_hyphen(text, claims):
    """ "-D" is the option's name (Stack Overflow on deleting git branches); a bullet
    written against its word (a Hacker News job post) is no part of the claim."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Just wanted to add that the covid vax most likely didn't save you a trip to the "
            "hospital.",
            ["the covid vax most likely didn't save you a trip to the hospital"],
        ),
        ("I'd like to point out that the vote was close.", ["the vote was close"]),
        ("I don't want to say that it failed.", ["I don't want to say that it failed"]),
    ],
)
def test_what_the_writer_wants_to_add_is_the_claim(text, claims):
    """ "I want to add that X", "Just wanted to add that X" (subreddit-agreement) put X
    forward as "I have to say X" does; declined ("I don't want to say X"), they do not."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "I will call my doctor as soon as they open in about an hour.",
        "I'm going to buy this book.",
        "I'll let you know what I thought after watching the movie",
        "I'll keep you updated on that if it can help.",
    ],
)
def test_the_writers_plan_is_no_claim(text):
    """What the writer will do (subreddit-agreement, dragnet and saved-page comments) is
    no claim anyone could dispute; the claim dev set lists such sentences as not-claims."""
    assert not argmap.find_claims(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I will never understand people who walk their cats on a leash.", "understand"),
        ("I will be amazed if the bridge is built at all.", "amazed"),
        ("I will never take the jab.", "take the jab"),
        ("What a mess - I'll stick to the standard approach!", "stick to the standard"),
        (
            "I'm going to warn you that correcting these people will not change their minds.",
            "will not change their minds",
        ),
    ],
)
def test_a_future_that_judges_chooses_or_puts_a_clause_forward_stays(text, words):
    """A judgement in the future ("I will never understand X"), a choice among what the
    thread weighs ("I will never take the jab", "I'll stick to a native approach"; the
    claim annotations count a preference answering the thread as a claim) or a clause the
    plan puts forward ("I'm going to warn you that X") is still the writer's claim."""
    assert any(words in c.text for c in argmap.find_claims(text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "I should've waited to get vaccinated :( Pressure is constant in my head.",
            ["I should've waited to get vaccinated", "pressure is constant in my head"],
        ),
        ("Bad stuff happens and it sucks ;) ", ["bad stuff happens and it sucks"]),
        ("The creator's name is on the image (:", ["the creator's name is on the image"]),
        ("David Johnson is so edible 🤪🤪", ["David Johnson is so edible"]),
        ("The probability of a tie is 0.0", ["the probability of a tie is 0.0"]),
    ],
)
def test_a_face_at_the_end_is_no_word_of_the_claim(text, claims):
    """A face or emoji ends many a comment (subreddit-agreement, the dragnet lines); it
    says how the writer feels, and "(:" had left its bracket at the claim's end. A
    number spaCy also lists as a face stays."""
    assert _worded(text) == claims


def test_a_python_traceback_frame_is_no_claim():
    """A traceback pasted as text (Stack Overflow, a Python tutorial's comments): each
    frame line had become a claim ('file "foo.py", line 19, in <module>')."""
    text = (
        "Running it gives this error.\n"
        "Traceback (most recent call last):\n"
        'File "foo.py", line 19, in <module>\n'
        "main()\n"
        'File "foo.py", line 17, in main\n'
        "IndexError: list index out of range"
    )
    assert not any("line 1" in claim.text for claim in argmap.find_claims(text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("That's not really true though.", ["that's not really true"]),
        ("Being tolerant of flaws is good, though.", ["being tolerant of flaws is good"]),
        ("It rained, though not much.", ["it rained, though not much"]),
        ("Even though it rained, the match went ahead.", ["the match went ahead"]),
    ],
)
def test_a_closing_though_is_no_word_of_the_claim(text, claims):
    """A "though" that ends the sentence sets it against what came before, as an opening
    "however" does (114 claims of the four samples ended on one); one that opens a
    phrase or a clause of the sentence stays with it."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Though, the cops weren't wrong to leave.", "the cops weren't wrong to leave"),
        ("Meanwhile, the fishing industry is going under.", "the fishing industry is going under"),
        ("Nevertheless, the plan is sound.", "the plan is sound"),
        ("Admittedly, the plan is expensive.", "the plan is expensive"),
        ("Regardless of the cost, the plan is sound.", "regardless of the cost, the plan is sound"),
    ],
)
def test_an_opening_concessive_link_is_no_word_of_the_claim(text, claim):
    """ "Though,", "Meanwhile,", "Nevertheless," and "Admittedly," link the sentence to
    the talk as "However," does; "regardless of X" is a phrase of the clause."""
    assert _worded(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The Tories \\\\*did\\\\* have the majority and *could* have passed the deal.",
            ["the Tories did have the majority", "the Tories could have passed the deal"],
        ),
        (
            "The vote happens around June \\\\~ September.",
            ["the vote happens around June ~ September"],
        ),
        ("Use \\s+ instead of \\s in the pattern.", ["use \\s+ instead of \\s in the pattern"]),
    ],
)
def test_a_markdown_escape_written_with_two_backslashes_is_read_as_its_mark(text, claims):
    """DEBAGREEMENT's text escapes Markdown marks with two backslashes ("\\\\*did\\\\*",
    "June \\\\~ September"); the reader saw the mark, or the emphasis, alone. A single
    backslash is a regular expression's and stays."""
    assert _worded(text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("You must not know many bikers lol", ["you must not know many bikers"]),
        ("There are numerous issues with this IMO.", ["there are numerous issues with this"]),
        ("The mods are asleep again smh", ["the mods are asleep again"]),
        (
            "It is only the beginning of a UI anyway though.",
            ["it is only the beginning of a UI anyway"],
        ),
    ],
)
def test_a_closing_laugh_or_chat_hedge_is_no_word_of_the_claim(text, claims):
    """The parser may read a closing "lol" as an object, which kept it in the claim
    (subreddit-agreement, DEBAGREEMENT dev); it is dropped wherever else it stands. The
    marker before it, or before a closing "though", leads on to nothing and stays."""
    assert _worded(text) == claims
