"""Kept postings changed for edited pages are the postings made from the edited
records: same words, same pages, same counts; and they are read back as written."""

from __future__ import annotations

import io
import random

import pytest

from site_builder.search.postings import (
    FlatPostings,
    dump_postings,
    load_postings,
    postings_of,
)
from site_builder.search.quick_record import SearchRecord

WORDS = ["hành", "chính", "hoà", "hòa", "hoa", "cải", "cách", "thủ", "tục", "mã", "dân", "số", "đề", "án"]


def random_record(rng: random.Random, number: int) -> SearchRecord:
    terms = {word: rng.randint(1, 9) for word in rng.sample(WORDS, rng.randint(0, len(WORDS)))}
    title = " ".join(rng.sample(WORDS, rng.randint(0, 4)))
    return SearchRecord(url=f"tin/{number}/", title=title, type="Tin tức", date="01/01/2024", lead="",
                        terms=terms, length=sum(terms.values()))


def as_lists(postings) -> dict:
    return {word: (list(found.docs), list(found.counts)) for word, found in postings.items()}


def kept(postings, header=None) -> FlatPostings:
    file = io.BytesIO()
    dump_postings(postings, header, file)
    file.seek(0)
    return load_postings(file)[1]


def test_kept_postings_with_edited_pages_are_the_postings_of_the_edited_records():
    rng = random.Random(7)
    records = [random_record(rng, n) for n in range(60)]
    flat = kept(postings_of(records))
    for _ in range(200):
        edited = {doc: random_record(rng, doc) for doc in rng.sample(range(60), rng.randint(1, 4))}
        before = as_lists(postings_of(records))
        records = [edited.get(doc, record) for doc, record in enumerate(records)]
        after = as_lists(postings_of(records))
        flat = flat.with_pages(edited)
        changed = flat.replaced
        assert as_lists(flat.postings()) == after and sorted(flat.words) == sorted(after)
        on_edited = {word for postings_then in (before, after) for word, (docs, _) in postings_then.items()
                     if set(docs) & edited.keys()}
        assert changed.keys() == on_edited  # every word an edited page had or has, and no other
        assert {word: found and (list(found.docs), list(found.counts)) for word, found in changed.items()} == \
            {word: after.get(word) for word in on_edited}  # None: the word is on no page now
        flat = kept(flat)  # and as the next build reads it


def test_a_word_on_no_page_is_dropped_and_a_new_word_added():
    records = [SearchRecord(url="a/", title="", type="", date="", lead="", terms={"cũ": 2}, length=2)]
    flat = kept(postings_of(records)).with_pages(
        {0: SearchRecord(url="a/", title="", type="", date="", lead="", terms={"mới": 3}, length=3)})
    assert as_lists(flat.postings()) == {"mới": ([0], [3]), "~moi": ([0], [3])}
    assert flat.replaced["cũ"] is None and flat.replaced["~cu"] is None
    assert as_lists(kept(flat).postings()) == as_lists(flat.postings())


def test_postings_are_read_back_with_their_header():
    postings = postings_of([random_record(random.Random(1), n) for n in range(20)])
    file = io.BytesIO()
    dump_postings(postings, ("khoá", [1, 2]), file)
    file.seek(0)
    header, flat = load_postings(file)
    assert header == ("khoá", [1, 2]) and as_lists(flat.postings()) == as_lists(postings)


def test_cut_short_postings_are_not_read():
    file = io.BytesIO()
    dump_postings(postings_of([random_record(random.Random(2), n) for n in range(20)]), None, file)
    for cut in (5, 8):  # within an entry, or whole entries short
        with pytest.raises((EOFError, ValueError)):
            load_postings(io.BytesIO(file.getvalue()[:-cut]))
