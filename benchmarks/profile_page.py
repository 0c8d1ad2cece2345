"""Where the time of one uncached page goes: a single process, the production settings, the page
cache off, the benchmark database prepared by `benchmarks/run.py`.

Prints the mean time per request, the SQL queries of one request (count and time), and the
functions that take the most time (cProfile), so that a change can be measured before and after.

    python benchmarks/profile_page.py /en/practices/some-section/some-case-study/
    python benchmarks/profile_page.py /en/ --requests 200 --top 40 --sort tottime
    python benchmarks/profile_page.py /en/ --sql      # also list the queries of one request
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

import run  # benchmarks/run.py, beside this script

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--sql", action="store_true", help="print the queries of one request")
    run.add_service_arguments(parser)
    args = parser.parse_args()

    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "clothhub.settings.production",
            "DATABASE_URL": args.database_url,
            "REDIS_URL": args.redis_url,
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "localhost",
            "LOCAL_HTTP": "1",
            "PAGE_CACHE": "0",
            "STATIC_ROOT": str(ROOT / "benchmarks" / "results" / "work" / "static"),
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    for _ in range(5):  # lazy imports, template loading, warm caches
        response = client.get(args.path)
    if response.status_code != 200:
        sys.exit(f"{args.path} answered {response.status_code}")

    with CaptureQueriesContext(connection) as queries:
        client.get(args.path)
    sql_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    print(f"{args.path}: {len(response.content):,} bytes")
    print(f"SQL per request: {len(queries)} queries, {sql_ms:.1f} ms")
    if args.sql:
        for query in queries.captured_queries:
            print(f"  {float(query['time']) * 1000:6.2f} ms  {query['sql'][:300]}")
    reset_queries()

    started = time.perf_counter()
    for _ in range(args.requests):
        client.get(args.path)
    elapsed = time.perf_counter() - started
    print(
        f"{args.requests} requests: {elapsed / args.requests * 1000:.1f} ms per request "
        f"({args.requests / elapsed:.0f} req/s in one process, without profiling)"
    )

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.requests):
        client.get(args.path)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
