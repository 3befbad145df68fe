"""`python -m site_builder.bench [--pages N]`: the scale benchmark (`make bench`).

In one run on one generated corpus: plain Material's full build (the baseline), our
full build with empty caches, our rebuild after one page is edited (caches warm), the
files that change when one news item is added, and the dev server's save-to-served
time. Prints a table with ratios against the baseline and writes it as JSON and
Markdown beside the corpus."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from site_builder.bench.corpus import generate
from site_builder.bench.measure import (
    Run,
    changed_files,
    digests,
    run_measured,
    tree_stats,
)
from site_builder.bench.serve import time_save_to_served
from site_builder.bench.set_aside import SetAside
from site_builder.search.quick_index import FOLDER
from site_builder.search.segments import PAGEFIND_BUNDLE

NOW = "2026-11-22T09:00:00+07:00"
ADDED_NEWS = """---
guid: "urn:uuid:4f0c3c1e-8d7a-4a53-9b1e-000000000001"
title: "Tin mới thêm để đếm số tệp thay đổi"
published: "2026-11-21 10:00"
summary: "Một tin mới: bao nhiêu tệp của trang phải triển khai lại."
topics: ["cai-cach-hanh-chinh"]
agency: "so-noi-vu-khanh-hoa"
---

Sở Nội vụ tổ chức hội nghị sơ kết công tác cải cách hành chính.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m site_builder.bench")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=Path(".bench"))
    parser.add_argument("--no-serve", action="store_true", help="skip the dev-server measurement")
    parser.add_argument("--no-search", action="store_true", help="skip the search measurements (Chromium)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rebuilds measured per edit; the median is reported (builds vary by seconds here)")
    parser.add_argument("--no-pagefind", action="store_true",
                        help="skip the builds with Pagefind (`pagefind: true`, answering rare words' queries)")
    args = parser.parse_args(argv)
    repository = Path(__file__).resolve().parents[2]
    corpus = generate(args.folder.resolve() / f"corpus-{args.pages}", args.pages, repository)
    print(f"Corpus: {corpus.shape} in {corpus.root}", flush=True)
    aside = SetAside(args.folder.resolve() / "set-aside")
    aside.empty()  # what an interrupted run left
    try:
        results = _measure(args, corpus, aside)
    finally:
        aside.empty()
    _report(results, corpus.root)
    return 0


def _measure(args: argparse.Namespace, corpus, aside: SetAside) -> dict:
    env = {**os.environ, "PORTAL_NOW": NOW, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [sys.executable, "-m", "mkdocs"]
    results: dict = {"pages": args.pages, "entries": corpus.shape.entries, "cores": os.cpu_count()}

    # Full builds in pairs, Material's then ours from empty caches, three times, taking turns with
    # the rebuilds: this machine's speed drifts by up to 40 % within minutes, and one build in a fast
    # or slow moment moved every ratio. The ratios are of the medians.
    material_runs: list[dict] = []
    full_runs: list[dict] = []
    site = corpus.root / "site"

    def full_builds() -> None:
        material_runs.append(_material_build(mkdocs, corpus, env, aside))
        _clean_ours(corpus.root, aside)
        full_runs.append(_build(mkdocs, corpus.root, env, site))

    full_builds()
    before = digests(site)
    news = sorted((corpus.content / "news").glob("*.md"))
    results["ours_rebuild"] = _rebuild_after_edit(mkdocs, corpus.root, env, news[len(news) // 2], args.repeat,
                                                  before)
    full_builds()
    # The newest news item: among the newest pages, which the search index's base leaves out (`segments.py`).
    results["ours_rebuild_newest"] = _rebuild_after_edit(mkdocs, corpus.root, env, news[-1], args.repeat, before)
    full_builds()
    results["material_full"], results["ours_full"] = _median_run(material_runs), _median_run(full_runs)
    results["ours_full"]["differing_files"] = len(changed_files(before, digests(site)))  # same content, same bytes
    results["changed_by_one_news_item"] = _count_changes(mkdocs, corpus, env, before)
    if not args.no_search:
        results["search"] = _search(corpus)
    if not args.no_serve:
        timing = time_save_to_served(corpus.root, mkdocs, env, news[-1])
        results["serve"] = asdict(timing)
    if not args.no_pagefind:
        results["pagefind_full"], results["pagefind_rebuild"] = _variant(
            mkdocs, corpus, env, news, "pagefind", "pagefind: true", args.repeat, aside)
    return results


def _search(corpus) -> dict:
    from site_builder.bench import search

    site, material = corpus.root / "site", corpus.baseline_config.parent / "site"
    found = {"pagefind_index": search.pagefind_indexing(site), "material_index": search.material_index(material),
             "quick_index": search.quick_index(site)}
    print(f"  search index: {found}", flush=True)
    if not Path(search.CHROMIUM).exists():
        print(f"  no {search.CHROMIUM}: search queries not measured", flush=True)
        return found
    queries = search.queries_for(corpus.content)
    found["queries"] = search.portal_queries(site, queries) + search.material_queries(material, queries[:1] + queries[3:4])
    return found


def _clean_ours(root: Path, aside: SetAside) -> None:
    for name in (".cache", "site", ".site.staging", ".site.previous"):
        aside.move(root / name)


def _build(mkdocs: list[str], cwd: Path, env: dict, site: Path, strict: bool = True) -> dict:
    command = [*mkdocs, "build", "-q"] + (["--strict"] if strict else [])
    run: Run = run_measured(command, cwd, env)
    if run.returncode != 0:
        raise SystemExit(f"build failed in {cwd}:\n{run.output[-3000:]}")
    stats = tree_stats(site)
    print(f"  {cwd.name}: {run.seconds:.1f} s, {run.peak_mb:.0f} MB peak, {stats.files} files, "
          f"{stats.bytes / 1e6:.0f} MB (memory sampling: {run.sampler_seconds:.2f} s of CPU)", flush=True)
    return {"seconds": round(run.seconds, 2), "peak_mb": round(run.peak_mb), "files": stats.files,
            "mb": round(stats.bytes / 1e6, 1), "sampler_cpu_seconds": round(run.sampler_seconds, 2)}


def _material_build(mkdocs: list[str], corpus, env: dict, aside: SetAside) -> dict:
    """Plain Material's full build of the corpus' Markdown (its site made anew)."""
    site = corpus.baseline_config.parent / "site"
    aside.move(site)
    return _build(mkdocs, corpus.baseline_config.parent, env, site, strict=False)


def _median_run(runs: list[dict]) -> dict:
    """The median run (by time), with every run's seconds in order."""
    median = sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]
    return {**median, "runs": [run["seconds"] for run in runs]}


def _rebuild_after_edit(mkdocs: list[str], root: Path, env: dict, edited: Path, repeat: int = 1,
                        before: dict[str, str] | None = None) -> dict:
    """Rebuilds with warm caches after one news item's body changed, each followed by the
    item restored and built back; the median run (by time), with every run's seconds, and
    (given the site's digests before) the files the first run changed."""
    runs = [_one_rebuild_after_edit(mkdocs, root, env, edited, before if n == 0 else None)
            for n in range(max(1, repeat))]
    return {**_median_run(runs), "changed": runs[0].get("changed")}


def _one_rebuild_after_edit(mkdocs: list[str], root: Path, env: dict, edited: Path,
                            before: dict[str, str] | None = None) -> dict:
    original = edited.read_text(encoding="utf-8")
    try:
        edited.write_text(original.rstrip() + "\n\nĐoạn văn thêm khi đo thời gian dựng lại.\n", encoding="utf-8")
        result = _build(mkdocs, root, env, root / "site")
        if before is not None:  # a deploy copies what changed
            result["changed"] = _changes(changed_files(before, digests(root / "site")))
    finally:
        edited.write_text(original, encoding="utf-8")
    _build(mkdocs, root, env, root / "site")  # back to the corpus as generated
    return result


def _variant(mkdocs: list[str], corpus, env: dict, news: list[Path], name: str, option: str,
             repeat: int, aside: SetAside) -> tuple[dict, dict]:
    """The same builds with one more plugin option (`pagefind: true`: what Pagefind
    costs, for the choice of engine), from a sibling folder reading the same content,
    so the main site stays."""
    root = corpus.root.parent / f"{corpus.root.name}-{name}"
    _clean_ours(root, aside)
    root.mkdir(exist_ok=True)
    config = (corpus.root / "mkdocs.yml").read_text(encoding="utf-8")
    content = f"../{corpus.root.name}/content"
    (root / "mkdocs.yml").write_text(config.replace("docs_dir: content\n", f"docs_dir: {content}\n").replace(
        "  - portal:\n", f"  - portal:\n      {option}\n      content_dir: {content}\n"), encoding="utf-8")
    full = _build(mkdocs, root, env, root / "site")
    rebuild = _rebuild_after_edit(mkdocs, root, env, news[len(news) // 2], repeat)
    return full, rebuild


def _count_changes(mkdocs: list[str], corpus, env: dict, before: dict[str, str]) -> dict:
    added = corpus.content / "news" / "2026-11-21-tin-moi-them-de-dem-so-tep.md"
    added.write_text(ADDED_NEWS, encoding="utf-8")
    try:
        run = _build(mkdocs, corpus.root, env, corpus.root / "site")
        changed = changed_files(before, digests(corpus.root / "site"))
    finally:
        added.unlink()
    (corpus.root / "changed-files.txt").write_text("\n".join(changed) + "\n", encoding="utf-8")
    return {**_changes(changed), "seconds": run["seconds"], "peak_mb": run["peak_mb"]}


def _changes(changed: list[str]) -> dict:
    search = [path for path in changed if path.startswith((f"{PAGEFIND_BUNDLE}/", f"{FOLDER}/"))]
    return {"total": len(changed), "search_index": len(search), "other": len(changed) - len(search)}


def _report(results: dict, root: Path) -> None:
    material = results["material_full"]["seconds"]
    full, rebuild = results["ours_full"], results["ours_rebuild"]
    results["ratios"] = {"full_vs_material": round(full["seconds"] / material, 2),
                         "rebuild_vs_material_full": round(rebuild["seconds"] / material, 2),
                         "rebuild_newest_vs_material_full": round(results["ours_rebuild_newest"]["seconds"] / material,
                                                                  2),
                         "full_vs_material_pairs": [round(ours / theirs, 2) for ours, theirs in
                                                    zip(full["runs"], results["material_full"]["runs"])]}
    (root / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = [("Plain Material (items out of nav, lunr search), full build (each right before one of ours)",
             results["material_full"]),
            ("Portal, full build, empty caches", full),
            ("Portal, rebuild after one page edited (an older news item, in the search index's base)", rebuild),
            ("Portal, rebuild after the newest news item edited (not in the search index's base)",
             results["ours_rebuild_newest"])]
    if "pagefind_full" in results:
        rows += [("Portal with Pagefind (`pagefind: true`: rare words), full build, empty caches",
                  results["pagefind_full"]),
                 ("Portal with Pagefind, rebuild after one page edited (an older news item, in Pagefind's base)",
                  results["pagefind_rebuild"])]
    lines = [f"Benchmark: {results['pages']} pages ({results['entries']} entries), {results['cores']} cores", "",
             "| build | seconds | peak memory | files | output |", "|---|---|---|---|---|"]
    lines += [f"| {name}{_runs(r)} | {r['seconds']:.1f} | {r['peak_mb']} MB | {r['files']} | {r['mb']:.0f} MB |"
              for name, r in rows]
    ratios, changed = results["ratios"], results["changed_by_one_news_item"]
    pairs = ", ".join(f"{ratio}x" for ratio in ratios["full_vs_material_pairs"])
    lines += ["", f"- full build / Material: {ratios['full_vs_material']}x, the medians (target 1.0x); "
              f"pair by pair {pairs}; files differing between our full builds: {full['differing_files']}",
              f"- rebuild / Material full build: {ratios['rebuild_vs_material_full']}x (target 0.15x); "
              f"after editing the newest item {ratios['rebuild_newest_vs_material_full']}x",
              f"- files changed by adding one news item: {changed['total']} "
              f"({changed['other']} pages, feeds and images; {changed['search_index']} search index); "
              f"that build {changed['seconds']:.1f} s, {changed['peak_mb']} MB peak"]
    for name, key in (("an older news item", "ours_rebuild"), ("the newest news item", "ours_rebuild_newest")):
        edit = results[key].get("changed")
        if edit:
            lines.append(f"- files changed by editing {name}: {edit['total']} ({edit['other']} pages, feeds and "
                         f"images; {edit['search_index']} search index)")
    if "serve" in results:
        serve = results["serve"]
        lines += [f"- dev server: first build {serve['first_build_seconds']:.1f} s; save to served "
                  f"{serve['page_seconds']:.1f} s (page), {serve['listing_seconds']:.1f} s (listing) (target 2 s)"]
    if "search" in results:
        lines += _search_lines(results["search"])
    text = "\n".join(lines) + "\n"
    (root / "results.md").write_text(text, encoding="utf-8")
    print("\n" + text)


def _runs(result: dict) -> str:
    runs = result.get("runs", [])
    return f" (median of {len(runs)}: {', '.join(f'{r:.1f}' for r in runs)} s)" if len(runs) > 1 else ""


def _search_lines(found: dict) -> list[str]:
    index, material, quick = found["pagefind_index"], found["material_index"], found["quick_index"]
    lines = ["", f"Search index: Pagefind {index['index_mb']} MB in {index['index_files']} files, built in "
             f"{index['seconds']} s ({index['peak_mb']} MB peak); the quick tier {quick['index_mb']} MB in "
             f"{quick['index_files']} files ({quick['frequent_words']} frequent words answered by it); "
             f"Material's lunr index {material['raw_mb']} MB ({material['gzip_mb']} MB gzip), fetched whole "
             "before the first answer."]
    if "queries" in found:
        lines += ["", "| engine | query | kind | transferred (KB) | time to results (ms) | results |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {q['engine']} | {q['query']} | {q['kind']} | {q['kb']} | {q['ms']} | {q['results_shown']} |"
                  for q in found["queries"]]
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
