"""The quick tier's postings: for every word, the pages it is on and how often, in page
order. Made from the records in one plain loop (`postings_of`); kept between builds as
`FlatPostings`, which a build changes for a few edited pages (`with_pages`) to what
`postings_of` would give for the edited records."""

from __future__ import annotations

import pickle
import struct
import sys
from array import array
from bisect import bisect_left
from itertools import accumulate

from site_builder.search.tokens import folded, tokens


class Postings:
    """One word's pages and weighted counts, in page order, as machine arrays: at 10,000
    pages there are about three million (word, page) pairs."""

    __slots__ = ("docs", "counts")

    def __init__(self) -> None:
        self.docs = array("I")
        self.counts = array("I")

    def add(self, doc: int, count: int) -> None:
        if self.docs and self.docs[-1] == doc:  # "hòa" and "hoà" in one page, both folded to "hoa"
            self.counts[-1] += count
        else:
            self.docs.append(doc)
            self.counts.append(count)


def postings_of(records: list, first: int = 0) -> dict[str, Postings]:
    """written word -> its pages (numbered from `first`); plus "~" + unaccented form for
    accented words, and "^" + written word for the pages with the word in their title.
    About three million (word, page) pairs at 10,000 pages: the loop stays plain (no call
    per pair), and a page's written words are distinct, so only "~" forms need merging."""
    postings: dict[str, Postings] = {}
    plain_of: dict[str, str] = {}  # written word -> "~" + its unaccented form, or "" when it has no accent
    for doc, record in enumerate(records, start=first):
        for word in dict.fromkeys(tokens(record.title)):
            _posting(postings, "^" + word).add(doc, 1)
        for word, count in record.word_counts():
            found = postings.get(word)
            if found is None:
                found = postings[word] = Postings()
            found.docs.append(doc)
            found.counts.append(count)
            plain = plain_of.get(word)
            if plain is None:
                folded_word = folded(word)
                plain = plain_of[word] = "" if folded_word == word else "~" + folded_word
            if plain:  # "hòa" and "hoà" in one page are one "~hoa"
                found = postings.get(plain)
                if found is None:
                    found = postings[plain] = Postings()
                elif found.docs[-1] == doc:
                    found.counts[-1] += count
                    continue
                found.docs.append(doc)
                found.counts.append(count)
    return postings


def _posting(postings: dict[str, Postings], word: str) -> Postings:
    found = postings.get(word)
    if found is None:
        found = postings[word] = Postings()
    return found


class FlatPostings:
    """Every word's postings in three machine arrays, as the base cache keeps them: read
    straight into the arrays (a pickled dict of arrays took twice their size to load, the
    pickled bytes beside the arrays). Word i's pages are docs[starts[i]:starts[i + 1]],
    unless `replaced` (by `with_pages`) holds the word: its new postings, or None."""

    def __init__(self, words: list[str], starts: array, docs: array, counts: array,
                 replaced: dict[str, Postings | None] | None = None) -> None:
        self.kept_words, self.starts, self.docs, self.counts = words, starts, docs, counts
        self.replaced = replaced or {}
        self._index: dict[str, int] | None = None  # word -> its number in kept_words, once asked for

    @property
    def words(self) -> list[str]:
        return [word for word, _, _ in self.items()]

    def items(self):
        """(word, its pages, their counts) as bytes, the arrays shared (memoryview), not copied."""
        docs, counts = memoryview(self.docs).cast("B"), memoryview(self.counts).cast("B")
        size = self.docs.itemsize
        for i, word in enumerate(self.kept_words):
            if word not in self.replaced:
                low, high = self.starts[i] * size, self.starts[i + 1] * size
                yield word, docs[low:high], counts[low:high]
        for word, found in self.replaced.items():
            if found is not None:
                yield word, memoryview(found.docs).cast("B"), memoryview(found.counts).cast("B")

    def postings(self) -> dict[str, Postings]:
        made = {}
        for word, docs, counts in self.items():
            found = made[word] = Postings()
            found.docs.frombytes(docs)
            found.counts.frombytes(counts)
        return made

    def kept(self, word: str) -> Postings | None:
        """The word's postings as kept, before `with_pages` (copied out); None for a new word."""
        if self._index is None:
            self._index = {word: i for i, word in enumerate(self.kept_words)}
        i = self._index.get(word)
        return None if i is None else self._postings(i)

    def _postings(self, i: int) -> Postings:
        """Kept word i's postings, copied out (array slices)."""
        found = Postings()
        found.docs, found.counts = self.docs[self.starts[i]:self.starts[i + 1]], \
            self.counts[self.starts[i]:self.starts[i + 1]]
        return found

    def with_pages(self, records: dict[int, object]) -> FlatPostings:
        """These postings with records' pages (page number -> its new record) changed:
        what `postings_of` gives for the edited records, since a page's entries depend on
        its own record alone. The arrays are shared; `replaced` holds every word the
        edited pages had or have. Each page's old entries are found by looking it up in
        every word (bisection)."""
        if self.replaced:
            raise ValueError("postings already changed: keep them, then read them back")
        changed: dict[str, Postings | None] = {}
        for i, word in enumerate(self.kept_words):
            low, high = self.starts[i], self.starts[i + 1]
            if any(_position(self.docs, doc, low, high) is not None for doc in records):
                found = changed[word] = self._postings(i)
                for doc in records:
                    at = _position(found.docs, doc, 0, len(found.docs))
                    if at is not None:
                        del found.docs[at], found.counts[at]
        if self._index is None:
            self._index = {word: i for i, word in enumerate(self.kept_words)}
        index = self._index
        for doc, record in records.items():
            for word, new in postings_of([record], first=doc).items():
                found = changed.get(word)
                if found is None:
                    i = index.get(word)
                    found = changed[word] = Postings() if i is None else self._postings(i)
                at = bisect_left(found.docs, doc)
                found.docs.insert(at, doc)
                found.counts.insert(at, new.counts[0])
        replaced = {word: found if found.docs else None for word, found in changed.items()}
        changed_postings = FlatPostings(self.kept_words, self.starts, self.docs, self.counts, replaced)
        changed_postings._index = index
        return changed_postings


def _position(docs, doc: int, low: int, high: int) -> int | None:
    """Where doc is in docs[low:high] (sorted), or None."""
    at = bisect_left(docs, doc, low, high)
    return at if at < high and docs[at] == doc else None


_HEADER = struct.Struct("<Q")  # the pickled header's length
_LARGEST_HEADER = 1 << 26  # words, sizes and digests: a few MB at 10,000 pages


def dump_postings(postings, header: object, file) -> None:
    """postings (a dict of Postings or FlatPostings) after a pickled header of the caller's."""
    items = [(word, memoryview(found.docs).cast("B"), memoryview(found.counts).cast("B"))
             for word, found in postings.items()] if isinstance(postings, dict) else list(postings.items())
    meta = pickle.dumps((header, sys.byteorder, array("I").itemsize, [word for word, _, _ in items],
                         [len(docs) // array("I").itemsize for _, docs, _ in items]), protocol=pickle.HIGHEST_PROTOCOL)
    file.write(_HEADER.pack(len(meta)) + meta)
    for _, docs, _ in items:
        file.write(docs)  # no copy: each array's own buffer
    for _, _, counts in items:
        file.write(counts)


def load_postings(file) -> tuple[object, FlatPostings]:
    """(header, postings) as dump_postings wrote them; EOFError or ValueError when they
    cannot be read (cut short, not postings, from a machine of another byte order)."""
    size = _HEADER.unpack(file.read(_HEADER.size))[0]
    if size > _LARGEST_HEADER:
        raise ValueError("not postings")  # a damaged file: not a read of gigabytes
    meta = file.read(size)
    header, byteorder, itemsize, words, sizes = pickle.loads(meta)
    if byteorder != sys.byteorder or itemsize != array("I").itemsize:
        raise ValueError("postings from another kind of machine")
    docs, counts = array("I"), array("I")
    docs.fromfile(file, sum(sizes))
    counts.fromfile(file, sum(sizes))
    return header, FlatPostings(words, array("L", [0]) + array("L", accumulate(sizes)), docs, counts)
