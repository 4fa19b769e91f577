"""Every word list and threshold the claim stage uses, in one place.

Each rule is justified by labelled data beyond the bundled demo threads and the saved
pages, or by the definition of a claim itself (a proposition the writer puts forward that
someone could agree or disagree with). Counts quoted as "argues data" are over the 8,206
sentences the ``argues`` detector is trained on (``bench/claims_data.argues_rows``:
cmv-ampersand-pairs claimtrain, cmv-ampersand-threads, web-discourse-toulmin train+dev,
persuasive-essays-aaec, arg-microtexts). The detectors' weights and thresholds live in
``data/detector.json``, made by ``bench/train_claims.py`` (see ``docs/claims.md``).
"""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS_WORDS",
    "ATTRIBUTION_ADJECTIVES",
    "ATTRIBUTION_NOUNS",
    "ATTRIBUTION_PHRASES",
    "ATTRIBUTION_VERBS",
    "CHAT_BECAUSE",
    "CHAT_HEDGES",
    "CHOOSING_VERBS",
    "CLAIMING_FUTURES",
    "COGNITION_VERBS",
    "CONCEDING_CLAUSES",
    "CONDITION_MARKS",
    "CONTRAST_MARKS",
    "CONTRIBUTION_NOUNS",
    "DENIABLE_ATTRIBUTIONS",
    "DISCLAIMED_ROLES",
    "DISCOURSE_MARKERS",
    "DOUBTING_ADJECTIVES",
    "EVALUATIVE_WORDS",
    "FIRST_PERSON",
    "FRAMING_COMMANDS",
    "GREETINGS",
    "HEDGING_CONDITIONS",
    "HEDGING_EXTENTS",
    "HEDGING_INFINITIVES",
    "HEDGING_MODALS",
    "HEDGING_WORDS",
    "INFORMATION_NOUNS",
    "LIGHT_VERB_HOSTS",
    "MAIN_CLAIM_STEP",
    "MAX_MAIN_CLAIMS",
    "MAX_SIGNOFF_WORDS",
    "MAX_SYMBOL_SHARE",
    "MIN_CODE_SIGNS",
    "MIN_WORDS",
    "PAST_BELIEF_VERBS",
    "POINTING_VERBS",
    "POLARITY_WORDS",
    "PREDICTION_MODALS",
    "REASON_OPENERS",
    "RECOMMENDATION_MODALS",
    "RECOMMENDATION_VERBS",
    "REMINDING_VERBS",
    "REPLY_VERDICT_NOUNS",
    "REPORTING_VERBS",
    "RHETORICAL_ADVERBS",
    "RHETORICAL_WH_MODALS",
    "SECOND_PERSON",
    "THANKS",
    "VERDICT_WORDS",
    "WELL_BEING",
    "WISHED_PEOPLE",
    "WISH_ADJECTIVES",
    "WISH_NOUNS",
]

# -- what is not a claim -----------------------------------------------------------------
#: Sentences with fewer alphabetic words than this (links and numbers not counted; a
#: contracted verb counts, see ``canonical.is_contracted_word``) are never claims: "Huh?",
#: "Really though.", a bare link. In the argues data 308 of the 406 sentences this short
#: are labelled neither claim nor premise.
MIN_WORDS = 3
#: A sentence that opens with one of these and has at most this many words is a greeting or
#: sign-off ("Hi all", "Cheers, Ann", "Kind regards"); by definition no proposition. In
#: the argues data the rule fires on no claim or premise.
MAX_SIGNOFF_WORDS = 6
GREETINGS = frozenset({"hi", "hello", "hey", "dear", "cheers", "regards", "greetings", "bye"})
#: Common nouns a sentence opens or ends with to address the reader ("Dude, you want this
#: person to die", "mate it's nothing personal", "Kid, you've only just scratched the
#: surface", "Guys, the XP stuff works", "you're amazing, lady"): over DEBAGREEMENT dev,
#: subreddit-agreement, the saved pages and 8,000 dragnet lines, 13 claims opened with
#: one (dude 4, mate 2, man 2, bro, child, kid, guys, boy) and 7 ended on one after a
#: comma (dude 2, lady, friend, fellas, OP, sir); buddy, pal and folks address readers
#: the same way.
ADDRESS_WORDS = frozenset(
    {
        "dude",
        "bro",
        "mate",
        "man",
        "child",
        "kid",
        "guys",
        "boy",
        "buddy",
        "pal",
        "folks",
        "lady",
        "friend",
        "fellas",
        "op",
        "sir",
    }
)
#: Lemmas that make a sentence thanks when they head it or open it ("Thanks for your
#: replies", "Congrats on your degree"): 16 of the 20 such sentences of the argues data are
#: labelled neither claim nor premise.
THANKS = frozenset({"thank", "thanks", "thx", "kudos", "congrats", "congratulations"})
#: Nouns of greetings, wishes and sign-offs: "Good morning", "Good luck", "Have a great
#: weekend", "Best regards" judge nothing and put nothing forward (closed class of English
#: formulas).
WISH_NOUNS = frozenset(
    {"luck", "morning", "afternoon", "evening", "night", "day", "weekend", "holiday",
     "holidays", "year", "birthday", "trip", "time", "regard", "regards", "wish", "wishes",
     "dream", "dreams"}
)  # fmt: skip
#: What a well-wisher sends ("Sending you lots of love", "Sending positive thoughts your
#: way", "Sending hugs"): with "send" and no other object, a formula that wishes the
#: reader well (closed class of English formulas). A dragnet-comments-dev thread of
#: get-well messages had 47 well-wishing lines stated as claims ("wishing you a speedy
#: recovery", "sending good vibes your way"), each read.
SENT_WISHES = frozenset(
    {"love", "thought", "wish", "hug", "vibe", "prayer", "luck", "strength", "energy"}
)
#: Words of a hope or gladness that wishes someone well ("Hope you feel better soon", "I
#: hope you are doing well", "I hope you have a speedy recovery", "Glad to hear the
#: surgery went well"): of the 36 claims opening on "hope" with one of them and "you" or
#: "your" in their first words, among the claims of subreddit-agreement, 8,713
#: dragnet-comments-dev lines and the saved pages, every one wished someone well.
WELL_BEING = frozenset(
    {"better", "best", "well", "recovery", "recover", "fine", "ok", "okay", "great", "good",
     "soon", "speedy"}
)  # fmt: skip
#: Verbs of coming to know: "I hope you realize X" hopes the reader sees what the writer
#: claims, where "I hope you come back stronger" only wishes the reader well.
COGNITION_VERBS = frozenset(
    {"realize", "realise", "understand", "know", "see", "learn", "remember", "recognize",
     "recognise", "notice", "consider", "read", "think", "accept", "admit"}
)  # fmt: skip
#: Verbs of the writer's preface to a blunt claim: "Hate to say it, but X", "I hate to
#: break it to you", "I don't want to sound rude, but X", "I hate to be that guy". Over
#: DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,713 dragnet lines 14
#: claims opened "hate to" or "don't want to" with a verb; 9 were such prefaces, each
#: a message's main claim in place of the claim it prefaced.
PREFACE_VERBS = frozenset(
    {"say", "tell", "break", "disappoint", "sound", "admit", "burst", "rain", "point"}
)
#: Nouns of "I hate to be that guy": the writer as the one who says the unwelcome thing.
PREFACE_ROLES = frozenset({"guy", "person", "one", "girl", "bearer"})
#: Words of the writer's wish to know: "I'm curious if X", "Wondering whether X", "I'd like
#: to know what X", "I want to find out how X" ask X (:func:`~argmap.claims.canonical`'s
#: ``_asks_to_know``). Over DEBAGREEMENT dev, subreddit-agreement, the saved pages and
#: 8,713 dragnet lines 67 claims asked so, each read (``docs/claims.md``). In the
#: labelled argument data the 4 sentences of "curious if" or "curious as to" are no
#: claims ("Was just curious if there had been any research").
CURIOSITY_WORDS = frozenset({"curious", "wonder"})
#: Words of wanting that take a verb of coming to know ("I want to know", "I'd love to
#: hear", "I'd be interested to know").
WANTING_VERBS = frozenset({"want", "like", "love", "interested"})
#: Verbs of coming to know that a wish to know takes ("know", "hear", "learn", "find out").
LEARNING_VERBS = frozenset({"know", "hear", "learn", "find"})
#: Nouns of the formulas that offer sympathy: "you are in my thoughts and prayers", "my
#: condolences", "our sympathy goes out to ..." after "my" or "our" (closed class of
#: English formulas; 17 lines of dragnet-comments-dev's get-well and memorial threads).
SYMPATHY_NOUNS = frozenset({"thought", "prayer", "condolence", "sympathy"})
#: Adjectives of wishing formulas: "Happy coding!", "Merry Christmas" wish the reader
#: something, whatever the noun (closed class of English formulas).
WISH_ADJECTIVES = frozenset({"happy", "merry"})
#: Nouns for a turn in the conversation: "Good point!", "Great answer", "Nice catch"
#: judge the message they answer, which a saved page does not always say (flat comment
#: lists), so they are the reply's stance to it, never a claim of its own (closed class).
REPLY_VERDICT_NOUNS = frozenset(
    {"point", "question", "comment", "answer", "reply", "response", "catch", "call",
     "remark", "observation"}
)  # fmt: skip
#: Nouns for what someone wrote or proposed: "Great article!", "Terrible advice." judge
#: what the message answers. Answering the post, that is the thread's subject, and the
#: verdict is a claim; answering a comment, it is the reply's stance to that comment.
CONTRIBUTION_NOUNS = frozenset(
    {"article", "post", "piece", "list", "read", "write", "writeup", "summary", "guide",
     "tutorial", "explanation", "idea", "advice", "suggestion", "argument", "take", "job",
     "work", "video", "blog", "story"}
)  # fmt: skip

# -- what is stripped from a claim's words -----------------------------------------------
#: Subordinators of condition and time: a clause they open is asserted only under them
#: ("after Williams gets paid", "if the debt is disputed"), so a claim keeps them
#: (closed class of English conjunctions).
CONDITION_MARKS = frozenset(
    {"if", "unless", "until", "till", "after", "before", "when", "whenever", "once"}
)

#: Adjectives that, as "I am <word> that X", doubt X as "I doubt X" does, so the claim is X
#: denied ("I am skeptical that they add any value" → "they do not add any value"). Across
#: the shared datasets each use with a clause denies it ("we are all skeptical that the
#: administration is in any meaningful way aggressive", "I'm doubtful any Democrat
#: president will hold back", "I'm unconvinced the people ... aren't sociopaths").
DOUBTING_ADJECTIVES = frozenset({"skeptical", "sceptical", "doubtful", "dubious", "unconvinced"})
#: Verbs that, with a first-person subject and a clause complement, only attribute the
#: claim to its writer ("I think", "I am quite sure that", "I admit it"). Every entry
#: here and in the two lists below occurs as "I/we <word>" in claimtrain, CDCP or the
#: web-discourse comments (think 197, believe 81, know 79, see 42, agree 35, feel 28 ...);
#: words that never do there were removed ("argue" occurs as "I'm arguing" / "I would
#: argue" in claimtrain and CDCP). "Hope" and "suggest" are no attributions: "I hope X"
#: wishes X and "I suggest X" recommends it, so X alone would lose that; CDCP labels all
#: 13 of its "I hope ..." / "I suggest ..." propositions, whole, a value or a policy.
ATTRIBUTION_VERBS = frozenset(
    {
        "think",
        "believe",
        "guess",
        "feel",
        "suppose",
        "know",
        "say",
        "admit",
        "suspect",
        "assume",
        "bet",
        "argue",
        "claim",
        "mean",
        "agree",
        "doubt",
        "find",
        "realize",
        "expect",
        "wonder",
        "see",
    }
)
#: Beliefs a writer says they held ("I thought X", "I assumed X"): in the simple past they
#: report what the writer expected or took for granted then. Over DEBAGREEMENT dev,
#: subreddit-agreement, the saved pages and 8,000 dragnet lines, 8 of the 47 claims so
#: introduced (judgements aside) were still the writer's; the rest were beliefs given up,
#: irony, failed expectations or fragments ("I thought this sub was for anti maskers", "I
#: thought the plexy glass would be fine", "At first I thought you had averaged X").
PAST_BELIEF_VERBS = frozenset({"think", "believe", "guess", "suppose", "assume", "expect"})
#: Verbs of choosing among what a thread weighs: "I'll stick to a native approach", "I'll
#: be using this", "I will never take the jab", "I'll be voting for X" answer the
#: thread's question with the writer's side, a preference the claim annotations count
#: as a claim. Chosen on the key-point dev set, whose Stack Overflow thread lost a listed
#: point when such answers went.
CHOOSING_VERBS = frozenset(
    {"use", "stick", "choose", "pick", "prefer", "switch", "vote", "support", "wear"}
    | {"take", "get", "avoid", "boycott", "refuse"}
)
#: Verbs whose future with "I" still puts something forward ("I will never understand
#: people who X", "I will be amazed if X", "I will concede that X", "I'm gonna go with
#: X"); with any other verb "I will ..." tells the writer's plan. From 45 such claims
#: drawn from DEBAGREEMENT dev, subreddit-agreement, the saved pages and 8,000 dragnet
#: lines, each read.
CLAIMING_FUTURES = frozenset(
    {"be", "understand", "concede", "admit", "add", "say", "agree", "argue", "bet", "go"}
    | {"answer", "believe", "think", "know", "guarantee"}
    | CHOOSING_VERBS
)
#: Commands that remind the reader of a clause ("Remember that X", "Note that X", "Keep in
#: mind X", "Don't forget X"): the writer puts X forward. Opening claims over DEBAGREEMENT
#: dev, subreddit-agreement, the saved pages and the dragnet lines: remember 28, "don't
#: forget" 21, note 20, "keep in mind" 9, notice 5, "bear in mind" 1 ("keep" and "bear"
#: count only with "in mind", "forget" only denied).
REMINDING_VERBS = frozenset({"remember", "note", "notice", "forget", "keep", "bear"})
ATTRIBUTION_ADJECTIVES = frozenset(
    {"certain", "sure", "convinced", "aware", "afraid", *DOUBTING_ADJECTIVES}
)
ATTRIBUTION_NOUNS = frozenset({"opinion", "view"})
#: Prepositional attributions and connectives dropped wherever they stand ("In my
#: opinion, ...", "For example, ..."); each occurs in claimtrain, CDCP or the web-discourse
#: comments (to me 60, of course 37, for example 34, for me 28 ...), and the connectives
#: that link a claim to the one before in the labelled claim sets (in conclusion 28, on
#: the other hand 26, in other words 11, in short 11, in sum 5) and that open sentences
#: of the shared labelled sets (either way 40, in any case 13, in addition 18, first off
#: 7, by the way 4; "at the end of the day", 19, is left out: as often it says when,
#: "felt run down at the end of the day").
ATTRIBUTION_PHRASES = (
    "in my opinion",
    "in my view",
    "in my experience",
    "imo",
    "imho",
    "to me",
    "for me",
    "personally",
    "in reality",
    "of course",
    "in fact",
    "for example",
    "for instance",
    "to my mind",
    "to my knowledge",
    "to my understanding",
    "in other words",
    "in short",
    "in sum",
    "in conclusion",
    "on the other hand",
    "either way",
    "in any case",
    "in addition",
    "first off",
    "by the way",
)
#: Infinitives that say how the writer puts what follows ("To be fair, X", "X is, to be
#: honest, Y", "To put it mildly, X"), which the claim drops as it drops "in my opinion".
#: In the labelled sets of ``../shared/datasets``: "to be honest" 58, "to be fair" 56,
#: "to be clear" 14, "to tell the truth" 7, "to put it mildly" 5, "to be specific" 4, "to
#: be accurate" 3, "to be exact" 2, "to put it differently" 2. ("To be sure" is left
#: out: as often as not it is "to be sure that X".) "Not to mention" adds what follows to
#: what came before, and opens 28 sentences of the labelled sets ("Not to mention [that]
#: most of the stories ... may not be legitimate", "Not to mention, I know ...").
HEDGING_INFINITIVES = frozenset(
    {
        "to be fair",
        "to be honest",
        "to be clear",
        "to be frank",
        "to be specific",
        "to be accurate",
        "to be exact",
        "to be precise",
        "to be perfectly honest",
        "to be completely honest",
        "to be brutally honest",
        "to be totally honest",
        "to be more precise",
        "to be more accurate",
        "to be more specific",
        "to tell the truth",
        "to tell you the truth",
        "to put it mildly",
        "to put it simply",
        "to put it bluntly",
        "to put it differently",
        "to put it another way",
        "not to mention",
    }
)
#: Reddit's sarcasm mark ("/s", "^(/s)", "/sarcasm") closing what the writer says in
#: jest: written after the words, at the end of a line or before the next sentence
#: ("... long enough. /s", "Real genius /s Would you ..."), not in a sentence about it
#: ("posts have /s in them"). In ``debagreement-sample/dev.csv`` 37 of the 8,397 comments
#: hold it. Read, 36 close a jest of the writer's with it (the other tells a quoted writer
#: "You drop this?: /s"), and in 35 every word of the writer's before the mark is in jest.
SARCASM_MARK = re.compile(
    r"(?:^|(?<=\s))\^?\(?/s(?:arcasm)?\)?(?=[ \t]*$|\s+[A-Z(>])", re.MULTILINE
)
#: Clauses that concede and move on ("That being said, X", "Having said that, X"): they
#: link X to the talk before it, as "however" does, and say nothing of their own. In the
#: CMV, CDCP, web-discourse and DEBAGREEMENT texts: "that being said" 24, "that said" 22,
#: "having said that" 3, "with that said" 2, "all that said" 1.
CONCEDING_CLAUSES = frozenset(
    {"that being said", "that said", "having said that", "with that said", "all that said"}
)
#: Conditions that hedge how the writer puts a claim, not when it holds ("X, if you ask
#: me", "If I remember correctly, X"): they are dropped as "in my opinion" is. In the
#: DEBAGREEMENT, subreddit-agreement, dragnet, CMV, CDCP and web-discourse texts: "if you
#: ask me" 25, "if I remember correctly" 7, "if I'm not mistaken" 3, "if memory serves"
#: 3, "if I'm being honest" 2, "if I'm honest" 1, "if that makes (any) sense" 5, "if you
#: don't mind me (my) asking" 5.
HEDGING_CONDITIONS = frozenset(
    {"if you ask me", "if i remember correctly", "if i recall correctly", "if i'm not mistaken",
     "if memory serves", "if memory serves me", "if i'm being honest", "if i'm honest",
     "if that makes sense", "if that makes any sense", "if you don't mind me asking",
     "if you don't mind my asking", "if i understand correctly", "if i understand it correctly",
     "if i understand this correctly", "if i understood correctly"}
)  # fmt: skip
#: How far the writer's knowledge reaches ("As far as I know, X", "X, as far as I can
#: tell"): a hedge on X, dropped as "if I remember correctly" is. In the shared labelled
#: sets: "as far as I know" 26, "I'm aware" 18, "I can tell" 8, "I understand" 5 (and "if
#: I understand (it, this) correctly" 6 for the conditions above). "As far as I can see"
#: (2) is left out: it also measures a distance ("the road goes as far as I can see").
HEDGING_EXTENTS = frozenset(
    {"as far as i know", "as far as i can tell", "as far as i understand",
     "as far as i understand it", "as far as i'm aware", "as far as i am aware"}
)  # fmt: skip
#: Commands that frame the claim spliced after them, not a claim of their own ("Don't get
#: me wrong, X", "Let's face it, X"). Over DEBAGREEMENT dev, subreddit-agreement, the saved
#: pages and 8,000 dragnet lines they open 14 sentences before a comma or dash ("don't get
#: me wrong" 4, "let's face it" 2, "mark my words" 1, "let's be real" 1 among them), each
#: spliced to the claim it frames; the others the list names are their common variants.
#: "Guess what, X" announces X the same way (4 claims of those samples opened so).
FRAMING_COMMANDS = frozenset(
    {"don't get me wrong", "let's face it", "face it", "mark my words", "let's be real",
     "let's be honest", "trust me", "believe me", "guess what"}
)  # fmt: skip
#: A reply's one-word verdict on what it answers, set off before its own claim ("True,
#: but X", "Agreed, X", "Granted, X", "Wrong, X"): it agrees, concedes or rejects, and
#: is no part of X. They open sentences of the shared labelled sets (agreed 29, true 9,
#: granted 9, absolutely 3, correct 1; before a comma and a clause in the DEBAGREEMENT
#: and subreddit-agreement comments, incorrect 3, wrong 3).
VERDICT_WORDS = frozenset(
    {"agreed", "true", "granted", "absolutely", "correct", "wrong", "incorrect"}
)
#: Chat spellings of "because". Before a subject or determiner in the subreddit-agreement,
#: DEBAGREEMENT dev and dragnet comments: "bc" 23, "cuz" 15, "coz" 3, "bcuz" 2 ("cause"
#: is left out: it is as often the noun; spaCy splits "b/c", 10, into three tokens).
CHAT_BECAUSE = frozenset({"bc", "cuz", "coz", "bcuz"})
#: Sentence adverbs and interjections that link to the talk, not to the proposition; each
#: opens sentences of claimtrain, CDCP or the web-discourse comments (and 328, but 227,
#: so 148, however 57, no 49 ...).
DISCOURSE_MARKERS = frozenset(
    {
        "actually",
        "indeed",
        "so",
        "well",
        "now",
        "see",
        "seriously",
        "basically",
        "anyway",
        "honestly",
        "frankly",
        "also",
        "then",
        "yes",
        "no",
        "yeah",
        "ok",
        "okay",
        "still",
        "however",
        "therefore",
        "thus",
        "hence",
        "furthermore",
        "moreover",
        "besides",
        "and",
        "but",
        "or",
        "exactly",
        "clearly",
        "obviously",
        "really",
        "especially",
        "unfortunately",
        "first",
        "second",
        "finally",
        # enumerators and an additive that open sentences of the shared labelled sets
        # (additionally 41, secondly 18, lastly 13, firstly 10)
        "firstly",
        "secondly",
        "lastly",
        "additionally",
        "again",
        # concessive and contrastive links before a comma, as "however" is ("Though, the
        # cops weren't wrong"), opening sentences of the shared labelled sets (meanwhile
        # 8, nevertheless 6, admittedly 5, though 4, nonetheless 2); "regardless" is left
        # out: it is mostly "regardless of X", a phrase of the clause
        "meanwhile",
        "nevertheless",
        "admittedly",
        "though",
        "nonetheless",
        # Reddit's interjections and attributions, in the replies of debagreement-sample
        # dev and subreddit-agreement (lol 75, haha 14, lmao 14, tbh 9, imo 8, imho 3), and
        # as sentence openers of their messages (yep 41, wow 38, nope 28, nah 26, yea 25,
        # yup 24, ugh 11, btw 9, fyi 6, meh 4); the hedges "as far as I know" and "if I
        # recall correctly" in the same messages (iirc 8, afaik 5); the longer laughs of
        # all their messages (hahaha 9, hahahaha 5, lmfao 4, hehe 2, lolol 2)
        "lol",
        "haha",
        "lmao",
        "hahaha",
        "hahahaha",
        "lmfao",
        "hehe",
        "lolol",
        "tbh",
        "imo",
        "imho",
        "yep",
        "wow",
        "nope",
        "nah",
        "yea",
        "yup",
        "ugh",
        "btw",
        "fyi",
        "meh",
        "iirc",
        "afaik",
        # asides of the shared labelled sets' Reddit messages (smh 22, fwiw 10)
        "smh",
        "fwiw",
    }
)
#: Words that open a sentence with a comma after them to apologise or demur before the
#: claim ("Sorry, both of those activities are prohibited", "Na, X"), as a verdict word
#: does (:data:`VERDICT_WORDS`): with the comma they are no part of it. In the messages of
#: debagreement-sample dev and subreddit-agreement they open sentences so 13 and 3 times.
#: Without the comma they may begin the claim's own words ("Sorry to hear that").
COMMA_OPENERS = frozenset({"sorry", "na"})
#: Chat abbreviations that hedge or laugh and never carry a clause's content, dropped
#: wherever they stand ("the tax is a scam imo", "it was 2012, iirc"); each is in
#: :data:`DISCOURSE_MARKERS` with its counts. "btw" is left out: it is also written for
#: "between" ("no conflict btw REST and JSON").
CHAT_HEDGES = frozenset(
    {"lol", "haha", "lmao", "hahaha", "hahahaha", "lmfao", "hehe", "lolol", "tbh", "imo",
     "imho", "iirc", "afaik", "smh", "fwiw"}
)  # fmt: skip
#: Verbs of a command that sends the reader to a link or an address ("Send your CV to
#: jobs@x.com", "See all the positions here: http://...", "Have a look at http://...",
#: "buy X - http://..."): every such command among the claims of the saved pages' job
#: threads and dragnet-comments-dev's spam and blog comments has one of them.
#: What a clause of being points the reader to in a sentence with a link ("More
#: information is available on our site: http://...", "The full JD is here: http://...");
#: each heads such a clause among the claims of the saved pages' job threads.
INFORMATION_NOUNS = frozenset(
    {"information", "info", "detail", "description", "jd", "listing", "posting"}
)
POINTING_VERBS = frozenset(
    {"see", "check", "visit", "go", "email", "e-mail", "mail", "send", "contact", "read",
     "click", "apply", "join", "find", "learn", "look", "shoot", "drop", "ping", "write",
     "download", "refer", "submit", "reach", "head", "have", "take", "buy", "order", "try",
     "let"}
)  # fmt: skip
#: Subordinators of a concessive or contrastive clause that is a claim of its own ("While
#: rents rose, wages fell"): while 92, though 70, although 26, whereas 5 in the same data.
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
#: "needs to have X" says "needs X": the host verb keeps the object of a light ``have``
#: ("need to have" occurs in claimtrain and CDCP; "want/require to have" do not).
LIGHT_VERB_HOSTS = frozenset({"need"})

#: A question in a statement's word order that puts to the reader what they think, want
#: or mean ("You think the plan works?", "So you want lower taxes?") asks or doubts it: the
#: writer does not claim it. Factive "know", "realize" and "see" are not here: "You realize
#: X, right?" asserts X. Over 6,000 DEBAGREEMENT dev comments, the saved pages and 5,000
#: dragnet-comments-dev lines, such questions had been stated as claims 37 times (30, 1
#: and 6), each read; none was the writer's claim ("you think Reddit has nothing to do
#: with politics", "Obama ended war" from "You mean like Obama ended war?", "anyone else
#: think Sanders is using her"). The labelled sets hold six, split: three are labelled no
#: argument, three argue ("You think things don't get out of hand?"), but by implying the
#: opposite of the words, which stated as they are credit the writer with what they doubt.
READER_QUESTION_VERBS = frozenset(
    {"think", "believe", "feel", "suppose", "expect", "guess"}
    | {"want", "wanna", "mean", "say", "like"}
)

#: Negated, these attributions deny the clause they introduce ("I don't think X" says X
#: is not so); other negated attributions ("I'm not sure X", "I don't know if X") only
#: withhold judgement, so their sentence is kept as written. "I doubt X" denies X too.
DENIABLE_ATTRIBUTIONS = frozenset(
    {"think", "believe", "feel", "suppose", "expect", "guess", "doubt"}
)
#: Words that only make sense under a negation ("I doubt anyone reads this", "I doubt any
#: student could"): in a subject, adding "not" to the clause would garble it, so such a
#: sentence is kept as written; a negative question with one ("Doesn't anyone test their
#: code anymore?") has no safe statement form and is read as asking.
POLARITY_WORDS = frozenset({"anyone", "anybody", "anything", "any", "ever", "either", "anymore"})
#: Verbs that report what someone else said ("The article says that X", "He argues X"):
#: with a subject that is not the writer and a clause complement, the words are the
#: source's, never the writer's claim.
REPORTING_VERBS = frozenset(
    {"say", "claim", "argue", "state", "write", "tell", "insist", "assert", "report",
     "announce", "mention", "allege", "contend", "maintain"}
)  # fmt: skip
#: Two code signs (``==``, ``{``, ``;``, ``f()``, ``a.b(``, ``__x__``, ``x=y`` ...) make a
#: sentence a line of code; so does a share of symbols above this (prose has about 5%).
MIN_CODE_SIGNS = 2
MAX_SYMBOL_SHARE = 0.2

# -- roles -------------------------------------------------------------------------------
#: A sentence opening with one of these gives a reason or evidence for a claim made before
#: it. In cdcp-train, of the propositions opening with "because" 89 of 93 are the source
#: of a support link, "since" 28 of 30, "for example" 5 of 11.
REASON_OPENERS = ("because", "since", "for example")
#: A message has one main claim, one more for every this many candidate judgements, and
#: never more than ``MAX_MAIN_CLAIMS``.
MAIN_CLAIM_STEP = 5
MAX_MAIN_CLAIMS = 3

# -- questions that assert ---------------------------------------------------------------
#: "Does the phrase really make sense?" asserts that it does not (really 23, even 8 in
#: questions of claimtrain, CDCP and the web-discourse comments).
RHETORICAL_ADVERBS = frozenset({"really", "honestly", "seriously", "even"})
#: "Why would you hire a plumber who never fixed a pipe?" asserts "you would not hire
#: a plumber ...".
RHETORICAL_WH_MODALS = frozenset({"would", "should", "could"})

# -- claim types -------------------------------------------------------------------------
#: English modal verbs and verbs of obligation, by the claim type they mark (closed word
#: classes of the grammar, not read off any thread).
PREDICTION_MODALS = frozenset({"will", "'ll", "’ll", "wo", "shall"})
RECOMMENDATION_MODALS = frozenset({"should", "must", "ought", "need", "have"})
RECOMMENDATION_VERBS = frozenset({"need", "require", "ought", "recommend", "suggest"})
#: Adjectives and nouns that make a copular sentence an evaluation ("X is great"); every
#: entry occurs in claimtrain, CDCP or the web-discourse comments.
EVALUATIVE_WORDS = frozenset(
    {
        "good",
        "great",
        "bad",
        "best",
        "worst",
        "better",
        "worse",
        "important",
        "wrong",
        "right",
        "correct",
        "incorrect",
        "true",
        "false",
        "stupid",
        "dumb",
        "smart",
        "useful",
        "useless",
        "helpful",
        "harmful",
        "fair",
        "unfair",
        "easy",
        "hard",
        "difficult",
        "impossible",
        "possible",
        "necessary",
        "valuable",
        "worth",
        "fun",
        "boring",
        "nice",
        "terrible",
        "awful",
        "excellent",
        "wonderful",
        "amazing",
        "ridiculous",
        "silly",
        "effective",
        "ineffective",
        "dangerous",
        "safe",
        "unsafe",
        "moral",
        "immoral",
        "ethical",
        "unethical",
        "reasonable",
        "unreasonable",
        "fine",
        "ok",
        "okay",
        "positive",
        "negative",
        "strange",
        "weird",
        "problem",
        "mistake",
        "waste",
        "benefit",
        "advantage",
        "disadvantage",
    }
)
#: The writer's own words for themself (closed class; "'s" is the "us" of "let's").
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "'s", "’s"})
#: The words for the reader (closed class, with chat's "u", "ur" and "ya").
SECOND_PERSON = frozenset({"you", "your", "yours", "u", "ur", "ya", "y'all", "yourself"})
#: Whom a writer wishes well, prays for or hopes well for ("I wish you the best", "praying
#: for your family", "wish them well").
WISHED_PEOPLE = SECOND_PERSON | {"him", "her", "them", "us", "everyone"}
#: "I could be wrong", "I might be mistaken": the writer hedges what they say, and puts
#: nothing forward, so such a clause is no claim. The shared datasets hold 19 ("I could
#: be wrong" 8, "I might be wrong" 7, "I may be wrong" 4);
#: over 6,000 DEBAGREEMENT dev comments and the saved pages each of the 5 such clauses
#: argmap stated was a message's main claim.
HEDGING_MODALS = frozenset({"could", "may", "might", "can"})
HEDGING_WORDS = frozenset({"wrong", "mistaken"})
#: "I'm not a doctor, but X", "I'm no expert on this": the writer disclaims authority for
#: what they say, and puts nothing forward. DEBAGREEMENT dev, subreddit-agreement and the
#: dragnet comments hold 19 such first-person disclaimers (expert 8, doctor 7, scientist
#: 3, economist 1). Over the four samples 5 such claims went, 4 of them a message's main
#: claim. Said of someone else ("Greta is not a scientist") it is a claim.
DISCLAIMED_ROLES = frozenset({"expert", "doctor", "scientist", "economist"})
