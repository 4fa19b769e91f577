"""The bundled seed threads, end to end, against what a reader of them sees."""


def test_the_social_business_thread_is_a_post_and_four_comments(social_business):
    kinds = [m.kind for m in social_business.messages]
    assert kinds == ["post", "comment", "comment", "comment", "comment"]
    post, john, agree, walter, last = social_business.messages
    assert post.text.startswith("Last month, my South African colleague")
    assert post.text.endswith("initially published in Dutch on JochemKoole.nl.")
    assert john.author == "John"
    assert john.text.startswith("Let’s start with the word strategist.")
    assert agree.text.startswith("I agree with John.")
    assert walter.author == "Walter @adamson"
    assert walter.text.startswith("I think both Jochem, John and Mark are all correct!")
    assert last.text.endswith("Big difference.")
    assert all(m.parent == post.id for m in (john, agree, walter, last))


def test_signatures_and_page_furniture_are_not_text(seed_map):
    texts = "\n".join(m.text for m in seed_map.messages)
    for furniture in ("Share This", "Popularity: 58%", "posted in Uncategorized", "\nJohn\n"):
        assert furniture not in texts


def test_the_strategist_post_has_its_title_author_and_no_comments(seed_map):
    thread = next(t for t in seed_map.threads if "not-a-social" in t.source)
    part = seed_map.for_thread(thread.id)
    assert thread.title == 'Why I’m not a "Social Media Strategist"…'
    assert [m.kind for m in part.messages] == ["post"]
    assert part.messages[0].author == "sean"
    assert part.messages[0].text.endswith("What would you call it?")


def test_i_agree_with_john_agrees_with_johns_comment(social_business):
    john = next(m for m in social_business.messages if m.author == "John")
    agree = next(m for m in social_business.messages if m.text.startswith("I agree with John"))
    relations = {(r.source, r.target, r.kind) for r in social_business.relations}
    assert (agree.id, john.id, "agree") in relations


def test_every_claim_points_at_its_words(seed_map):
    assert seed_map.claims
    for claim in seed_map.claims:
        text = seed_map.message(claim.message).text
        start, end = claim.span
        assert text[start:end] == claim.sentence
