"""The fuzz suite as it runs in CI: bounded examples, fixed seed, no deadline (a slow shared
machine must not make it flaky; hangs are caught by the per-input time budget instead).

``bench/fuzz.py --minutes N`` runs the same checks for as long as asked.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz import properties, strategies

CI = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@CI
@given(strategies.any_input)
def test_any_input_gives_threads_or_one_error_line(case):
    properties.check_read_bytes(*case)


@CI
@given(st.sampled_from(strategies.SUFFIXES), strategies.html_documents)
def test_broken_pages_give_threads_or_one_error_line(suffix, page):
    properties.check_read_bytes(suffix, page.encode("utf-8", "surrogatepass"))


@CI
@given(strategies.json_exports)
def test_broken_exports_give_threads_or_one_error_line(export):
    properties.check_read_bytes(".json", export.encode("utf-8", "surrogatepass"))


@CI
@given(strategies.encoded_markup)
def test_every_encoding_decodes_or_gives_one_error_line(data):
    properties.check_decode(data)
    properties.check_read_bytes(".html", data)


@settings(CI, max_examples=300)
@given(strategies.binary_junk)
def test_junk_bytes_decode_or_give_one_error_line(data):
    properties.check_decode(data)


@settings(CI, max_examples=300)
@given(strategies.raw_threads)
def test_any_raw_thread_builds_into_a_tree(raw):
    properties.check_build_thread(raw)


@settings(CI, max_examples=300)
@given(strategies.date_strings)
def test_any_date_is_read_or_kept_as_text(value):
    properties.check_parse_date(value)


@settings(CI, max_examples=300)
@given(strategies.texts)
def test_any_title_gives_a_safe_slug(title):
    properties.check_slug(title)


#: Pages up to this size take part in the CI run (19 of the 44 shared pages); each example
#: is parsed once per adapter, so larger pages are left to ``bench/fuzz.py``.
CI_PAGE_BYTES = 160_000


@pytest.mark.shared
@settings(CI, max_examples=10)
@given(data=st.data())
def test_damaged_real_pages_give_threads_or_one_error_line(shared_dir, data):
    """Real saved pages, cut short, with a slice removed or repeated: what a failed save or a
    bad copy leaves."""
    pages = sorted(
        p
        for p in (shared_dir / "pages").rglob("*")
        if p.is_file() and p.suffix and p.stat().st_size <= CI_PAGE_BYTES
    )
    page = data.draw(st.sampled_from(pages), label="page")
    original = page.read_bytes()
    start = data.draw(st.integers(0, len(original)), label="start")
    end = data.draw(st.integers(start, len(original)), label="end")
    damage = data.draw(st.sampled_from(["truncate", "cut", "repeat"]), label="damage")
    damaged = {
        "truncate": original[:start],
        "cut": original[:start] + original[end:],
        "repeat": original[:end] + original[start:end] + original[end:],
    }[damage]
    properties.check_read_bytes(page.suffix, damaged)
