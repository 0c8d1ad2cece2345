"""Fixtures of the platform tests (page cache, task queue, storage, production profile)."""

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection

REPO = Path(settings.BASE_DIR)


@pytest.fixture
def shared_cache():
    """The "shared" cache (tag generations), as every test has it: emptied before each test."""
    return caches["shared"]


def copy_database(path):
    """The test database (SQLite in memory) copied into the file ``path``, in WAL mode, so that
    a server or worker process can use it. Call it from a transactional test."""
    target = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    return path


@contextmanager
def write_lock(path, release_after=None):
    """Hold SQLite's write lock on ``path`` (BEGIN IMMEDIATE) from a connection of our own, as
    a long import, index rebuild or backup does; released on exit or after ``release_after`` s."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    timer = None
    if release_after is not None:
        timer = threading.Timer(release_after, holder.execute, ["ROLLBACK"])
        timer.start()
    try:
        yield
    finally:
        if timer:
            timer.join()
        else:
            holder.execute("ROLLBACK")
        holder.close()
