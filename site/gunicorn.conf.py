"""Gunicorn settings for CLOTH Hub: `gunicorn -c site/gunicorn.conf.py clothhub.wsgi`.

Why gunicorn: CLOTH Hub is a WSGI application whose views are all synchronous (Django ORM,
Wagtail page rendering). Under an ASGI server (uvicorn) every such view would run in a thread pool
behind an event loop, adding a hop per request for nothing. Gunicorn's pre-fork model runs one
process per core with no shared state but the database and the caches, restarts workers that
hang (timeout) or grow (max_requests), and is what Wagtail and Django deployments commonly use.

Worker class: `gthread` (one process per core, a few threads each). Threads overlap the time a
request waits on PostgreSQL or Redis and keep HTTP keep-alive connections open, which plain `sync`
workers cannot; the GIL still limits each process to one core of Python work, so the process
count follows the cores. Put a buffering proxy or load balancer in front for slow clients.
Every value can be overridden with the environment (WEB_CONCURRENCY, GUNICORN_THREADS, BIND...).
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", 4))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Restart each worker after a number of requests (with jitter, so they do not restart together):
# a bound on memory growth.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = max_requests // 10
# Load the application once in the arbiter: workers share its memory pages and start fast.
preload_app = True
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "clothhub"


def post_fork(server, worker):
    """Never share a database connection opened while the application was preloaded."""
    from django.db import connections

    connections.close_all()
