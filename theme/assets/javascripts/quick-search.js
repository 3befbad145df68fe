// The quick search tier (site_builder/search/quick_index.py writes its files): answers
// queries with a word found on many pages, which Pagefind takes seconds on. Words are
// split, composed and folded as site_builder/search/tokens.py does (keep in step).
(function () {
  "use strict";
  const TONE_PLACE = /(?<!q)(o(?=[ae])|u(?=y))([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{N}_\u0300-\u036f])/gu;
  const TOKEN = /[0-9]+(?:\.[0-9]+)+|[\p{L}\p{N}]+/gu;
  const ACCENTED_OCR_WEIGHT = 0.8; // an accented word found unaccented (OCR text) ranks after exact matches
  const TITLE_BONUS = 150; // about one word's best score: pages titled with the query's words first

  function canonical(text) {
    return text.toLowerCase().normalize("NFD").replace(TONE_PLACE, "$1$3$2").normalize("NFC");
  }
  function tokens(text) {
    return canonical(text).match(TOKEN) || [];
  }
  function fold(word) {
    return word.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  }
  function bucketOf(word, buckets) {
    let value = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(word)) value = Math.imul(value ^ byte, 0x01000193) >>> 0;
    return value & (buckets - 1);
  }

  // One stored spelling of a word: in the base part every page it is on with a score
  // ("p"), or, for a frequent word, a bitmap of its pages, its best pages' scores and a
  // typical score; then the newest pages with it, each with its score ([page, score, ...]).
  class Postings {
    constructor(entry, weight, recent) {
      this.weight = weight;
      this.scores = new Map();
      const pairs = (entry.p || entry.h || []).concat(recent); // a filter value has its bitmap only
      for (let i = 0; i < pairs.length; i += 2) this.scores.set(pairs[i], pairs[i + 1]);
      this.bits = entry.b ? Uint8Array.from(atob(entry.b), (c) => c.charCodeAt(0)) : null;
      this.rest = entry.r || 0;
      this.recent = recent.filter((_, i) => i % 2 === 0);
      this.size = this.bits ? this.bits.reduce((n, byte) => n + popcount(byte), 0) + this.recent.length : this.scores.size;
    }
    has(doc) {
      return this.scores.has(doc) || (this.bits !== null && (this.bits[doc >> 3] >> (doc & 7)) & 1) === 1;
    }
    score(doc) {
      return this.weight * (this.scores.get(doc) ?? this.rest);
    }
    *docs() {
      if (!this.bits) { yield* this.scores.keys(); return; }
      for (let doc = 0; doc < this.bits.length * 8; doc++) if ((this.bits[doc >> 3] >> (doc & 7)) & 1) yield doc;
      yield* this.recent;
    }
  }
  function popcount(byte) {
    let n = 0;
    for (; byte; byte &= byte - 1) n++;
    return n;
  }

  // A query word: the spellings it matches (exact, unaccented, OCR), best score wins.
  class Word {
    constructor(spellings, titles) { this.spellings = spellings; this.titles = titles; }
    inTitle(doc) { return this.titles.some((t) => t.has(doc)); }
    get size() { return this.spellings.reduce((n, s) => n + s.size, 0); }
    has(doc) { return this.spellings.some((s) => s.has(doc)); }
    score(doc) {
      // The exact spelling's score when the page has it; an unaccented (OCR) one's only if not.
      const having = this.spellings.filter((s) => s.has(doc));
      return having[0].score(doc) + (this.inTitle(doc) ? TITLE_BONUS : 0);
    }
  }

  class QuickSearch {
    constructor(base) {
      this.base = base;
      this.root = base + "tim-kiem-nhanh/";
      this.files = new Map();
      this.manifest = null;
    }
    // The newest pages' files change with every new item, the others only once per block.
    fetchJson(name, recent) {
      if (!this.files.has(name)) {
        const version = this.manifest ? (recent ? this.manifest.recent_id : this.manifest.id) : "";
        const url = new URL(this.root + name + "?v=" + version, document.baseURI);
        this.files.set(name, fetch(url).then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); }));
      }
      return this.files.get(name);
    }
    async prepare() {
      if (!this.manifest) {
        const url = new URL(this.root + "manifest.json", document.baseURI);
        this.manifest = await (await fetch(url, { cache: "no-cache" })).json();
        this.frequent = new Set(this.manifest.frequent);
      }
      return this.manifest;
    }
    // True when the query has a word on many pages: this tier answers it.
    handles(query) {
      return this.manifest.answers_all || tokens(query).some((w) => this.frequent.has(fold(w)));
    }
    filterOptions(name) {
      return this.manifest.filters[name] || [];
    }
    // The word files of both parts for one unaccented word: base, newest pages.
    async buckets(plain, newestOnly) {
      const m = this.manifest;
      const empty = Promise.resolve({});
      return Promise.all([
        m.buckets && !newestOnly ? this.fetchJson("t/" + bucketOf(plain, m.buckets) + ".json", false) : empty,
        m.recent_buckets ? this.fetchJson("r/" + bucketOf(plain, m.recent_buckets) + ".json", true) : empty,
      ]);
    }
    async word(token, newestOnly) {
      const plain = fold(token);
      const [base, recent] = await this.buckets(plain, newestOnly);
      const postings = (key, weight) =>
        base[key] || recent[key] ? new Postings(base[key] || {}, weight, recent[key] || []) : null;
      const spellings = token !== plain
        ? [postings(token, 1), postings(plain, ACCENTED_OCR_WEIGHT)]
        : [postings(token, 1), postings("~" + token, 1)];
      // Titles are stored as written: an accented word matches itself and its unaccented
      // form; an unaccented one every spelling that folds to it.
      const titles = [...new Set(Object.keys(base).concat(Object.keys(recent)))]
        .filter((key) => key[0] === "^" && (token !== plain ? key === "^" + token || key === "^" + plain : fold(key.slice(1)) === plain))
        .map((key) => postings(key, 0));
      return new Word(spellings.filter(Boolean), titles);
    }
    async filter(name, value) {
      const option = this.filterOptions(name).find(([v]) => v === value);
      if (!option) return null;
      const [, file, , recent] = option;
      const bitmap = file >= 0 ? await this.fetchJson("loc/" + file + ".json", false) : {};
      return new Postings(bitmap, 0, recent.flatMap((doc) => [doc, 0]));
    }
    // filters: [[name, value]]. Returns every match's count and the best `count` pages,
    // each with its score. from: only pages numbered from it (the newest: newest()).
    async search(query, filters, count, from = 0) {
      const words = await Promise.all([...new Set(tokens(query))].map((t) => this.word(t, from > 0)));
      const limits = await Promise.all(filters.map(([name, value]) => this.filter(name, value)));
      if (!words.length || words.some((w) => !w.spellings.length) || limits.includes(null)) return { total: 0, items: [] };
      words.sort((a, b) => a.size - b.size);
      const found = [];
      for (const spelling of words[0].spellings) {
        for (const doc of spelling.docs()) {
          if (doc >= from && words.every((w) => w.has(doc)) && limits.every((l) => l.has(doc))) found.push(doc);
        }
      }
      const scored = [...new Set(found)].map((doc) => [doc, words.reduce((sum, w) => sum + w.score(doc), 0)]);
      scored.sort((a, b) => b[1] - a[1] || b[0] - a[0]); // equal scores: the newer page
      const best = scored.slice(0, count);
      return { total: scored.length, items: await Promise.all(best.map(async ([doc, score]) => ({ ...await this.card(doc), score }))) };
    }
    // Every match among the pages Pagefind does not index (the newest, segments.py), best first.
    async newest(query) {
      const m = this.manifest;
      if (!m.pagefind_pages || m.pagefind_pages >= m.pages) return { total: 0, items: [] };
      return this.search(query, [], m.pages, m.pagefind_pages);
    }
    async card(doc) {
      const per = this.manifest.docs_per_file;
      const file = Math.floor(doc / per);
      const [url, title, type, date, lead, field, agency] = (await this.fetchJson("d/" + file + ".json", file * per >= this.manifest.base))[doc % per];
      // Stored relative to the site's root; the same absolute path as Pagefind's results.
      return { url: new URL(this.base + url, document.baseURI).pathname, title, type, date, lead, field, agency };
    }
  }

  // The lead with the query's words marked, as DOM nodes (no HTML from the index is parsed).
  function highlighted(text, query) {
    const wanted = tokens(query).map((w) => [w, fold(w)]);
    const matches = (word) => {
      const c = canonical(word);
      return wanted.some(([w, plain]) => (w !== plain ? c === w || c === plain : fold(c) === plain));
    };
    const nodes = [];
    let last = 0;
    for (const match of text.matchAll(TOKEN)) { // the words as written, to mark them in place
      if (!matches(match[0])) continue;
      nodes.push(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement("mark");
      mark.textContent = match[0];
      nodes.push(mark);
      last = match.index + match[0].length;
    }
    nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  }

  // The stretch of a page's text with the most of the query's words (at most `size`
  // words, as Pagefind's excerpts), their matches marked; null when none is in it.
  function passage(text, query, size = 24) {
    const wanted = tokens(query).map((w) => [w, fold(w)]);
    const words = [...text.matchAll(TOKEN)];
    const which = words.map((match) => {
      const c = canonical(match[0]);
      return wanted.findIndex(([w, plain]) => (w !== plain ? c === w || c === plain : fold(c) === plain));
    });
    let best = -1;
    let bestCount = 0;
    for (let start = 0; start < words.length; start++) {
      if (which[start] < 0) continue; // a window worth showing starts at a match
      const found = new Set(which.slice(start, start + size).filter((i) => i >= 0));
      if (found.size > bestCount) [best, bestCount] = [start, found.size];
      if (bestCount === wanted.length) break;
    }
    if (best < 0) return null;
    const from = Math.max(0, best - 4); // a few words of what leads to the match
    const to = Math.min(words.length, from + size) - 1;
    const start = words[from].index;
    const end = words[to].index + words[to][0].length;
    return [
      ...(from > 0 ? [document.createTextNode("… ")] : []),
      ...highlighted(text.slice(start, end), query),
      ...(end < text.length ? [document.createTextNode(" …")] : []),
    ];
  }

  window.PortalQuickSearch = { QuickSearch, highlighted, passage, tokens, fold, bucketOf };
})();
