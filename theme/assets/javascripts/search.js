// Search page. A query with a word found on many pages is answered by the quick tier
// (quick-search.js); any other by Pagefind, with the d/đ folding Vietnamese needs. Pagefind folds tone and
// vowel marks ("dang ky" finds "đăng ký" apart from the d), not đ to d; each query is
// run in every d/đ spelling (at most 16) and the results merged, best score first.
// Pagefind indexes all but the newest pages (site_builder/search/segments.py): their
// matches come from the quick tier, which holds every word of theirs.
(function () {
  "use strict";
  const form = document.querySelector("[data-portal-search]");
  if (!form) return;
  const input = form.querySelector("input[type=search]");
  const status = document.querySelector("[data-portal-search-status]");
  const list = document.querySelector("[data-portal-search-results]");
  const base = form.getAttribute("data-base");
  const filters = [...document.querySelectorAll("[data-portal-filter]")];
  const SHOWN = 20; // results per step of "Xem thêm"
  const more = document.querySelector("[data-portal-search-more]");
  let wanted = SHOWN; // results shown now
  const FILTERED_POOL = 200; // results whose metadata is fetched once a filter is chosen
  let pagefind = null;
  let lastResults = []; // every merged result, best first
  let lastItems = []; // the data of those fetched so far
  let lastQuery = "";
  let quickMode = false; // the last query went to the quick tier
  const quick = new window.PortalQuickSearch.QuickSearch(base);
  const numbers = new Intl.NumberFormat("vi");

  function variants(query) {
    const text = query.normalize("NFC");
    const positions = [];
    for (let i = 0; i < text.length && positions.length < 4; i++) {
      if ("dDđĐ".includes(text[i])) positions.push(i);
    }
    const out = [];
    for (let mask = 0; mask < 1 << positions.length; mask++) {
      const chars = text.split("");
      positions.forEach((p, bit) => {
        const upper = chars[p] === "D" || chars[p] === "Đ";
        const stroke = (mask >> bit) & 1;
        chars[p] = stroke ? (upper ? "Đ" : "đ") : (upper ? "D" : "d");
      });
      out.push(chars.join(""));
    }
    return out;
  }

  function clean(query) {
    // "271/QĐ-UBND", "271 QĐ UBND" and "271/QD-UBND" all become the words Pagefind indexed.
    return query.normalize("NFC").replace(/[\/\-]/g, " ").replace(/\s+/g, " ").trim();
  }

  async function quickAnswers(query) {
    try {
      await quick.prepare();
    } catch (error) {
      return false; // no quick index (an older build): Pagefind answers everything
    }
    return quick.handles(query);
  }

  async function search(query) {
    if (!pagefind) {
      // Resolved against the page, not this script's own location.
      pagefind = await import(new URL(base + "pagefind/pagefind.js", document.baseURI).href);
      await pagefind.options({ excerptLength: 24 });
    }
    const best = new Map();
    const [newest, ...searches] = await Promise.all([newestPages(query), ...variants(clean(query)).map((q) => pagefind.search(q))]);
    for (const found of searches) {
      for (const result of found.results) {
        const seen = best.get(result.id);
        if (!seen || seen.score < result.score) best.set(result.id, result);
      }
    }
    const results = [...best.values()];
    // The newest pages' matches ranked among Pagefind's: the best of each on a par.
    const top = results.reduce((most, r) => Math.max(most, r.score), 0) || 1;
    const topNewest = newest.length ? newest[0].score : 1;
    for (const item of newest) {
      results.push({ score: (top * item.score) / topNewest, data: async () => ({
        url: item.url, meta: { title: item.title, type: item.type, date: item.date, field: item.field, agency: item.agency },
        excerptNodes: window.PortalQuickSearch.highlighted(item.lead, query),
      }) });
    }
    return results.sort((a, b) => b.score - a.score);
  }

  async function newestPages(query) {
    if (!quick.manifest) return []; // no quick index (an older build): Pagefind indexed every page
    return (await quick.newest(query)).items;
  }

  // The values a result has for a filter: its type, its year, its fields and agencies
  // (several joined by "; " in the page's metadata).
  function valuesOf(item, name) {
    if (name === "year") {
      const match = /(\d{4})$/.exec(item.meta.date || "");
      return match ? [match[1]] : [];
    }
    return (item.meta[name] || "").split("; ").filter(Boolean);
  }

  const collator = new Intl.Collator("vi");

  function fillFilter(select, items) {
    const chosen = select.value;
    const values = [...new Set(items.flatMap((item) => valuesOf(item, select.dataset.portalFilter)))];
    select.replaceChildren(new Option("Tất cả", ""));
    for (const value of values.sort(collator.compare)) select.append(new Option(value, value));
    select.value = values.includes(chosen) ? chosen : "";
  }

  async function load(count) {
    const wanted = lastResults.slice(lastItems.length, count);
    lastItems = lastItems.concat(await Promise.all(wanted.map((r) => r.data())));
  }

  function chosenFilters() {
    return filters.filter((select) => select.value).map((select) => [select.dataset.portalFilter, select.value]);
  }

  // The quick tier filters every match exactly, with the site's own lists of values.
  async function runQuick(query) {
    quickMode = true;
    for (const select of filters) {
      const chosen = select.value;
      const values = quick.filterOptions(select.dataset.portalFilter).map(([value]) => value);
      select.replaceChildren(new Option("Tất cả", ""), ...values.map((value) => new Option(value, value)));
      select.value = values.includes(chosen) ? chosen : "";
    }
    const found = await quick.search(query, chosenFilters(), wanted);
    render(found.items.map((item) => ({
      url: item.url, title: item.title, kicker: [item.type, item.date],
      excerpt: window.PortalQuickSearch.highlighted(item.lead, query),
    })), query, found.total, "nhanh");
    if (quick.manifest.answers_all) await showPassages(query);
  }

  function marked(nodes) {
    const fold = window.PortalQuickSearch.fold;
    return new Set(nodes.filter((n) => n.nodeName === "MARK").map((n) => fold(n.textContent.toLowerCase()))).size;
  }

  // Without Pagefind each entry page has its text beside it (site_builder/search/page_texts.py):
  // a result's description gives way to the passage around its match, as Pagefind's excerpt would.
  async function showPassages(query) {
    await Promise.all([...list.querySelectorAll(".portal-list__item")].map(async (li) => {
      const url = li.querySelector("a").getAttribute("href");
      const textUrl = url.endsWith("/") ? url + "noi-dung.txt" : url.replace(/\.html$/, "") + ".noi-dung.txt";
      try {
        const response = await fetch(textUrl);
        if (!response.ok) return;
        const nodes = window.PortalQuickSearch.passage(await response.text(), query);
        const summary = li.querySelector(".portal-list__summary");
        // Only a passage with more of the query's words than the description has.
        if (nodes && li.isConnected && marked(nodes) > marked([...summary.childNodes])) summary.replaceChildren(...nodes);
      } catch (error) {
        // the description stays
      }
    }));
  }

  async function applyFilters() {
    if (quickMode) {
      status.textContent = "Đang lọc…";
      await runQuick(lastQuery);
      return;
    }
    const chosen = filters.filter((select) => select.value);
    status.textContent = "Đang lọc…";
    // Filtering the first results alone would hide matches: a pool of the best is filtered.
    await load(chosen.length ? Math.max(FILTERED_POOL, wanted) : wanted);
    const matching = lastItems.filter((item) =>
      chosen.every((select) => valuesOf(item, select.dataset.portalFilter).includes(select.value)));
    const total = chosen.length ? matching.length : lastResults.length;
    render(matching.slice(0, wanted).map((item) => ({
      url: item.url, title: item.meta.title, kicker: [item.meta.type, item.meta.date],
      excerpt: item.excerptNodes, excerptHtml: item.excerpt,
    })), lastQuery, total, "pagefind");
  }

  // items: {url, title, kicker: [type, date], excerpt (nodes) or excerptHtml}; total when more matched than shown.
  function render(items, query, total, engine) {
    list.replaceChildren();
    list.dataset.engine = engine;
    more.hidden = !(total > items.length);
    if (!items.length) status.textContent = `Không tìm thấy kết quả cho “${query}”.`;
    else if (total && total > items.length) status.textContent = `${items.length} trong ${numbers.format(total)} kết quả cho “${query}”, phù hợp nhất trước.`;
    else status.textContent = `${items.length} kết quả cho “${query}”.`;
    for (const item of items) {
      const li = document.createElement("li");
      li.className = "portal-list__item";
      const kicker = document.createElement("p");
      kicker.className = "portal-list__kicker";
      kicker.textContent = item.kicker.filter(Boolean).join(" · ");
      const heading = document.createElement("h2");
      heading.className = "portal-list__title";
      const link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.title || item.url;
      heading.append(link);
      const excerpt = document.createElement("p");
      excerpt.className = "portal-list__summary";
      if (item.excerpt) excerpt.append(...item.excerpt);
      else excerpt.innerHTML = item.excerptHtml; // Pagefind escapes the text and adds only <mark>
      li.append(kicker, heading, excerpt);
      list.append(li);
    }
  }

  async function run(query) {
    if (!query.trim()) return;
    status.textContent = "Đang tìm…";
    wanted = SHOWN;
    try {
      lastQuery = query;
      if (await quickAnswers(query)) {
        await runQuick(query);
        return;
      }
      quickMode = false;
      lastResults = await search(query);
      lastItems = [];
      await load(wanted);
      for (const select of filters) fillFilter(select, lastItems);
      await applyFilters();
    } catch (error) {
      status.textContent = "Không tải được bộ tìm kiếm; hãy thử lại sau.";
    }
  }

  for (const select of filters) select.addEventListener("change", () => { wanted = SHOWN; applyFilters(); });
  more.addEventListener("click", () => {
    wanted += SHOWN;
    status.textContent = "Đang tải thêm…";
    applyFilters();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    run(query);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
