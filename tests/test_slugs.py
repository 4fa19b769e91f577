"""File names from page titles: safe, portable, short, unique, never an input's name."""

from __future__ import annotations

import os

import pytest

from argmap.errors import OutputError
from argmap.slugs import MAX_SLUG_LENGTH, output_slugs, slugify, unique_slugs


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("..", "thread"),
        ("", "thread"),
        ("   ", "thread"),
        ("CON", "con-thread"),
        ("nul", "nul-thread"),
        ("Com1", "com1-thread"),
        ("LPT9", "lpt9-thread"),
        ("com¹", "com1-thread"),  # NFKD makes the superscript a digit, as Windows would
        ("index", "index-thread"),
        ("All Threads", "all-threads-thread"),
        ("Ça va? Grüße!", "ca-va-grusse"),
        ("日本語 🙂", "ri-ben-yu"),  # CJK is transliterated, not dropped
        ("Спор о вакцинах", "spor-o-vaktsinakh"),
        ("Ψυχή και λόγος", "psukhe-kai-logos"),
        ("a\x00b\nc", "a-b-c"),
        ("https://example.com/t/123?page=2#c5", "https-example-com-t-123-page-2-c5"),
    ],
)
def test_a_title_becomes_a_safe_slug(title, slug):
    assert slugify(title) == slug


def test_a_long_title_is_capped_without_a_trailing_dash():
    slug = slugify("word " * 100)
    assert len(slug) <= MAX_SLUG_LENGTH and not slug.endswith("-")


def test_colliding_titles_get_numbers():
    assert unique_slugs(["A", "a", "A!", "a-2"]) == ["a", "a-2", "a-3", "a-2-2"]


def test_a_slug_whose_file_is_an_input_is_renamed(tmp_path):
    page = tmp_path / "thread.html"
    page.write_text("<html></html>")
    assert output_slugs(["Thread", "Other"], tmp_path, [page]) == ["thread-2", "other"]


def test_an_input_reached_through_another_name_is_still_protected(tmp_path):
    real = tmp_path / "saved" / "page.json"
    real.parent.mkdir()
    real.write_text("{}")
    out = tmp_path / "out"
    out.mkdir()
    os.link(real, out / "page.json")  # same file under the output folder
    relative = os.path.relpath(real)
    assert output_slugs(["Page"], out, [relative]) == ["page-2"]


def test_an_input_named_like_the_index_is_refused(tmp_path):
    index = tmp_path / "index.html"
    index.write_text("<html></html>")
    with pytest.raises(OutputError, match=r"index\.html: is an input and would be overwritten"):
        output_slugs(["x"], tmp_path, [index])


def test_inputs_that_do_not_exist_or_are_not_paths_are_ignored(tmp_path):
    assert output_slugs(["A"], tmp_path, ["no/such/file", "pets", "\x00"]) == ["a"]
