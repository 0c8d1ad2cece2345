#!/usr/bin/env python
"""Relevance benchmark: the judged needs of needs.json through the real search service, for every
engine available, next to a plain BM25 baseline over the same search documents, in one run.

    .venv/bin/python benchmarks/relevance/run.py                       # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clothhub .venv/bin/python benchmarks/relevance/run.py
    ELASTICSEARCH_URL=http://127.0.0.1:9200 ...                         # adds Elasticsearch
    ... run.py --details                                                # also one line per need
    ... run.py --reuse                                                  # keep the loaded database

What it does (see README.md in this folder):
- uses its OWN database: with a PostgreSQL DATABASE_URL the database name is replaced by
  ``clothhub_relevance`` (dropped and created again); on SQLite a new file
  benchmarks/results/relevance.sqlite3. ``--reuse`` keeps that database when it exists and only
  rebuilds the search documents from its pages (quicker while tuning an engine or a builder; run
  without it after the demo data changed);
- migrates it and loads the demo content as ``make setup`` does (``load_demo_content``, with
  per-page indexing off and one index rebuild at the end);
- for each engine that can run here (the database's own; Elasticsearch when ``ELASTICSEARCH_URL``
  is set) fills the engine and asks ``search.service.search`` (the search page's entry) each
  need's query with the need's language and scope (``language``: that language only; ``all``),
  first results page of 10; promoted results count, in front, as the page shows them;
- scores the same needs with BM25 over the same documents (``bm25.py``): title, summary, keywords
  and body, lower-cased, no stemming, the same language scope;
- prints nDCG@10, MRR@10, recall@10, the zero-result rate and the rate of needs whose first
  result is relevant (overall, and among the needs with any result), overall, per language and
  per kind, one table per engine, as Markdown, and which of issue 12's aims each engine meets;
  writes every ranking and score to
  benchmarks/results/relevance_<database>.json.
"""

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

from benchmarks.relevance import metrics  # noqa: E402
from benchmarks.relevance.bm25 import BM25  # noqa: E402

NEEDS_FILE = HERE / "needs.json"
LANGUAGES = ("en", "es", "ca", "fr", "da", "bg", "ro")
KINDS = (
    "keyword",
    "question",
    "synonym",
    "typo",
    "inflection",
    "accents",
    "cross-language",
    "known-item",
)
BASELINE = "bm25"
DB_NAME = "clothhub_relevance"


def load_needs(path: Path = NEEDS_FILE) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)["needs"]


def setup_database(url: str | None, reuse: bool) -> tuple[str, bool]:
    """The benchmark's own database URL, and whether it must be (re)loaded."""
    if url and url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _sep, _name = url.rpartition("/")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]
            ).fetchone()
            if not (reuse and exists):
                conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME}")
                conn.execute(f"CREATE DATABASE {DB_NAME}")
        return f"{base}/{DB_NAME}", not (reuse and exists)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "relevance.sqlite3"
    if reuse and path.exists():
        return f"sqlite:///{path}", False
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}", True


def load_demo(settings) -> None:
    from django.core.management import call_command

    # Per-page indexing (ours and Wagtail's own) off while loading: one rebuild at the end, as
    # load_demo_content does (several times faster than indexing every publish).
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    settings.SEARCH_AUTO_UPDATE = False
    with open(os.devnull, "w") as devnull:
        call_command("load_demo_content", stdout=devnull)


def run_engine(name: str, needs: list[dict]) -> dict[str, list[str]]:
    """Each need's first results page from the search service with engine ``name``."""
    from django.conf import settings
    from django.utils import translation

    from search import service
    from search.engines import get_engine
    from search.models import SearchDocument

    settings.SEARCH_ENGINE = name
    engine = get_engine(name)
    engine.ensure_schema()
    docs = SearchDocument.objects.order_by("page_id")
    engine.rebuild(docs.iterator(chunk_size=500), docs.count())
    rankings = {}
    for need in needs:
        with translation.override(need["language"]):
            found = service.search(
                need["query"],
                language=need["language"],
                scope=need["scope"],
                page_size=metrics.K,
                record=False,
            )
        rankings[need["id"]] = [r.url for r in [*found.promoted, *found.results]][: metrics.K]
    return rankings


def run_baseline(needs: list[dict]) -> dict[str, list[str]]:
    """Each need's top 10 from BM25 over the same documents and scope."""
    from search.models import SearchDocument

    docs = [
        (doc.url, doc.language, " ".join([doc.title, doc.summary, doc.keywords, doc.body]))
        for doc in SearchDocument.objects.order_by("page_id")
    ]
    indexes = {
        language: BM25((url, text) for url, lang, text in docs if lang == language)
        for language in LANGUAGES
    }
    indexes["all"] = BM25((url, text) for url, _lang, text in docs)
    return {
        need["id"]: indexes[need["language"] if need["scope"] == "language" else "all"].search(
            need["query"], metrics.K
        )
        for need in needs
    }


def evaluate(needs: list[dict], rankings: dict[str, list[str]]) -> dict:
    """Per-need scores and their means: overall, per language, per kind."""
    per_need = {
        need["id"]: metrics.score(rankings.get(need["id"], []), need["judgments"]) for need in needs
    }
    groups: dict[str, list] = defaultdict(list)
    for need in needs:
        scores = per_need[need["id"]]
        for group in ("all", f"language:{need['language']}", f"kind:{need['kind']}"):
            groups[group].append(scores)
    summary = {}
    for group, scores in groups.items():
        means = metrics.mean(scores)
        answered = [s for s in scores if not s["zero_results"]]
        means["first_relevant_answered"] = (
            sum(s["first_relevant"] for s in answered) / len(answered) if answered else 0.0
        )
        means["needs"] = len(scores)
        summary[group] = means
    return {"per_need": per_need, "summary": summary}


HEADER = (
    "| {0} | needs | nDCG@10 | MRR@10 | recall@10 | zero results | first relevant "
    "| first relevant (answered) |\n|---|---:|---:|---:|---:|---:|---:|---:|"
)


def row(label: str, m: dict) -> str:
    return (
        f"| {label} | {m['needs']} | {m['ndcg']:.3f} | {m['mrr']:.3f} | {m['recall']:.3f} "
        f"| {100 * m['zero_results']:.1f} % | {100 * m['first_relevant']:.1f} % "
        f"| {100 * m['first_relevant_answered']:.1f} % |"
    )


def report(results: dict[str, dict], database: str) -> str:
    lines = [f"## Relevance on {database}", "", "### Overall", "", HEADER.format("engine")]
    for name, result in results.items():
        lines.append(row(name, result["summary"]["all"]))
    lines += ["", "### nDCG@10 per kind and language", ""]
    groups = [f"kind:{k}" for k in KINDS] + [f"language:{lang}" for lang in LANGUAGES]
    names = list(results)
    lines.append("| group | needs | " + " | ".join(names) + " |")
    lines.append("|---|---:|" + "---:|" * len(names))
    for group in groups:
        first = results[names[0]]["summary"].get(group)
        if not first:
            continue
        cells = " | ".join(f"{results[n]['summary'][group]['ndcg']:.3f}" for n in names)
        lines.append(f"| {group.split(':', 1)[1]} | {first['needs']} | {cells} |")
    for name, result in results.items():
        lines += ["", f"### {name}", "", HEADER.format("group")]
        for group in ["all", *groups]:
            if group in result["summary"]:
                label = group.split(":", 1)[-1] if group != "all" else "**all**"
                lines.append(row(label, result["summary"][group]))
    return "\n".join(lines)


def aims(results: dict[str, dict]) -> str:
    """Issue 12's aims, met or not, for each engine against the baseline of the same run."""
    base = results[BASELINE]["summary"]
    lines = ["", "### Aims of issue 12", ""]
    lines.append("| aim | " + " | ".join(n for n in results if n != BASELINE) + " |")
    lines.append("|---|" + "---:|" * (len(results) - 1))
    checks = [
        ("nDCG@10 ≥ 0.85", lambda m: m["all"]["ndcg"], lambda v: v >= 0.85, "{:.3f}"),
        (
            f"nDCG@10 above BM25 ({base['all']['ndcg']:.3f})",
            lambda m: m["all"]["ndcg"],
            lambda v: v > base["all"]["ndcg"],
            "{:.3f}",
        ),
        (
            f"kinds above BM25 (most of {len(KINDS)})",
            lambda m: sum(m[f"kind:{k}"]["ndcg"] > base[f"kind:{k}"]["ndcg"] for k in KINDS),
            lambda v: v > len(KINDS) / 2,
            "{}",
        ),
        (
            "zero results < 5 %",
            lambda m: 100 * m["all"]["zero_results"],
            lambda v: v < 5,
            "{:.1f} %",
        ),
        (
            "cross-language nDCG ≥ 0.5",
            lambda m: m["kind:cross-language"]["ndcg"],
            lambda v: v >= 0.5,
            "{:.3f}",
        ),
        ("typo nDCG ≥ 0.8", lambda m: m["kind:typo"]["ndcg"], lambda v: v >= 0.8, "{:.3f}"),
        ("accents nDCG ≥ 0.8", lambda m: m["kind:accents"]["ndcg"], lambda v: v >= 0.8, "{:.3f}"),
        (
            "first result relevant ≥ 95 %",
            lambda m: 100 * m["all"]["first_relevant"],
            lambda v: v >= 95,
            "{:.1f} %",
        ),
    ]
    for label, value, met, fmt in checks:
        cells = []
        for name, result in results.items():
            if name == BASELINE:
                continue
            v = value(result["summary"])
            cells.append(fmt.format(v) + (" ✓" if met(v) else " ✗"))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def details(needs: list[dict], results: dict[str, dict], rankings: dict[str, dict]) -> str:
    names = list(results)
    lines = ["", "### Per need (nDCG@10; first result of each engine)", ""]
    for need in needs:
        scores = " ".join(f"{n}={results[n]['per_need'][need['id']]['ndcg']:.2f}" for n in names)
        lines.append(
            f"- {need['id']} [{need['kind']}, {need['scope']}] {need['query']!r}: {scores}"
        )
        for n in names:
            top = rankings[n][need["id"]][:3]
            marks = [f"{need['judgments'].get(url, 0)}:{url}" for url in top]
            lines.append(f"    {n}: {', '.join(marks) if marks else '(nothing)'}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--needs", type=Path, default=NEEDS_FILE, help="judgment file (JSON)")
    parser.add_argument("--details", action="store_true", help="print one line per need")
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded database")
    args = parser.parse_args()

    url, fresh = setup_database(os.environ.get("DATABASE_URL"), args.reuse)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clothhub.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from search.engines import available_engines

    needs = load_needs(args.needs)
    database = f"{connection.vendor} ({settings.DATABASES['default']['NAME']})"
    print(f"Database: {database}; {len(needs)} needs", file=sys.stderr)
    call_command("migrate", verbosity=0)
    if fresh:
        print("Loading the demo content…", file=sys.stderr)
        load_demo(settings)
    else:
        # The pages are kept; their documents are built again, so that a changed builder counts.
        with open(os.devnull, "w") as devnull:
            call_command("rebuild_search_index", stdout=devnull)
    rankings: dict[str, dict] = {}
    for name, reason in available_engines().items():
        if reason:
            print(f"{name}: skipped ({reason})", file=sys.stderr)
            continue
        print(f"{name}: searching…", file=sys.stderr)
        rankings[name] = run_engine(name, needs)
    rankings[BASELINE] = run_baseline(needs)
    results = {name: evaluate(needs, ranking) for name, ranking in rankings.items()}

    print(report(results, connection.vendor))
    if len(results) > 1:
        print(aims(results))
    if args.details:
        print(details(needs, results, rankings))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"relevance_{connection.vendor}.json"
    with open(out, "w", encoding="utf-8") as f:
        json.dump(
            {"database": database, "rankings": rankings, "results": results},
            f,
            ensure_ascii=False,
            indent=1,
        )
    print(f"\nWritten: {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
