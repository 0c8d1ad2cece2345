"""Backup and restore of the database and the media files, for SQLite and PostgreSQL alike.

A backup is one ``.tar.gz`` archive:

- ``manifest.json``: format and version, when and from which database it was made, the applied
  migrations, the media files with their sizes;
- ``database.json``: every table as ``dumpdata`` writes it, with natural keys for content types
  and permissions (which ``migrate`` recreates with other ids), without sessions;
- ``permissions.json``: the permissions, by natural key only (``migrate`` recreates most of them
  with other ids; data migrations add others);
- ``media/...``: every file of the default storage (uploads, documents, renditions), whether it
  is the local folder or an S3 bucket.

Restoring checks the whole archive first (a tar file, with a manifest of this format, safe member
names, every listed file present, readable JSON, no migration this code does not know) and
refuses to overwrite a database that holds content (users, pages, images or documents) unless
``force`` is given. It then empties the database (content types and permissions keep their ids)
and loads the archive in one transaction, and
writes the media files inside it: if anything fails, the database is rolled back and the files
written so far are removed. Afterwards the search index is rebuilt and the caches are cleared.

``dumpdata`` keeps the archive independent of the database engine (a SQLite backup restores into
PostgreSQL). For very large databases, PostgreSQL's own ``pg_dump`` is faster; this command is
what a small alliance site needs, with nothing to install.
"""

import io
import json
import os
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

FORMAT = "clothhub-backup"
VERSION = 1
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]  # content types: rebuilt by migrate


def _excluded():
    """What ``dumpdata`` leaves out: ``EXCLUDED``, and every model without a table of its own
    that migrate creates (unmanaged models, e.g. a permission holder, and proxy models): their
    rows, if any, live elsewhere or nowhere, and reading them may fail (no such table)."""
    return EXCLUDED + [
        model._meta.label
        for model in apps.get_models()
        if not model._meta.managed or model._meta.proxy
    ]


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why, for the operator."""


def _storage_files(storage, folder=""):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from _storage_files(storage, f"{folder}/{directory}" if folder else directory)


def _applied_migrations():
    loader = MigrationLoader(connections[DEFAULT_DB_ALIAS])
    applied = sorted(f"{app}.{name}" for app, name in loader.applied_migrations)
    known = {f"{app}.{name}" for app, name in loader.disk_migrations}
    return applied, known


def create_backup(path):
    """Write the backup archive to ``path`` (through a temporary file: never half an archive)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    storage = default_storage
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database.json"
        call_command(
            "dumpdata",
            natural_foreign=True,
            exclude=_excluded(),
            output=str(dump),
            verbosity=0,
        )
        # Permissions by natural key only: migrate recreates most of them with other ids, and
        # the others (created by data migrations) are added.
        permissions = Path(work) / "permissions.json"
        call_command(
            "dumpdata",
            "auth.permission",
            natural_foreign=True,
            natural_primary=True,
            output=str(permissions),
            verbosity=0,
        )
        media = []
        for name in sorted(_storage_files(storage)):
            media.append({"name": name, "size": storage.size(name)})
        applied, _known = _applied_migrations()
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": timezone.now().isoformat(),
            "database_vendor": connections[DEFAULT_DB_ALIAS].vendor,
            "migrations": applied,
            "media": media,
        }
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(dump, arcname="database.json")
            archive.add(permissions, arcname="permissions.json")
            for entry in media:
                with storage.open(entry["name"], "rb") as handle:
                    _add_bytes(archive, f"media/{entry['name']}", handle.read())
        os.replace(partial, path)
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def _safe_name(name):
    parts = PurePosixPath(name).parts
    return bool(parts) and not PurePosixPath(name).is_absolute() and ".." not in parts


def read_archive(path):
    """The manifest, the database dump (text) and {media name: bytes} of a valid archive, or a
    BackupError naming what is wrong with it."""
    try:
        archive = tarfile.open(path, "r:gz")
    except FileNotFoundError:
        raise BackupError(f"There is no file {path}.") from None
    except (tarfile.TarError, OSError, EOFError):
        raise BackupError(f"{path} is not a CLOTH Hub backup (not a .tar.gz archive).") from None
    with archive:
        try:
            members = {member.name: member for member in archive.getmembers()}
        except (tarfile.TarError, OSError, EOFError):
            raise BackupError(
                f"{path} is damaged: the archive cannot be read to its end."
            ) from None
        for name, member in members.items():
            if not member.isfile() or not _safe_name(name):
                raise BackupError(f"{path} holds an entry that is not allowed: {name!r}.")

        def read(name):
            member = members.get(name)
            if member is None:
                raise BackupError(f"{path} is not a complete backup: {name} is missing.")
            return archive.extractfile(member).read()

        try:
            manifest = json.loads(read("manifest.json"))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(f"{path} has an unreadable manifest.json.") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(f"{path} is not a CLOTH Hub backup.")
        if manifest.get("version") != VERSION:
            raise BackupError(
                f"{path} is a backup of format version {manifest.get('version')}; "
                f"this version of CLOTH Hub reads version {VERSION}."
            )
        dumps = {}
        for name in ("permissions.json", "database.json"):
            try:
                dumps[name] = read(name).decode("utf-8")
                records = json.loads(dumps[name])
            except (ValueError, UnicodeDecodeError):
                raise BackupError(f"{path} has a damaged {name} (not valid JSON).") from None
            if not isinstance(records, list):
                raise BackupError(f"{path} has a damaged {name} (not a list of records).")
        media = {}
        for entry in manifest.get("media", []):
            data = read(f"media/{entry['name']}")
            if len(data) != entry["size"]:
                raise BackupError(f"{path} is damaged: media/{entry['name']} is incomplete.")
            media[entry["name"]] = data
    return manifest, dumps, media


def database_has_content():
    """Users, pages (beyond the two that Wagtail's migrations create), images or documents."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return (
        get_user_model().objects.exists()
        or Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists()
        or get_image_model().objects.exists()
        or get_document_model().objects.exists()
    )


def restore_backup(path, *, force=False, reindex=True, log=lambda message: None):
    manifest, dumps, media = read_archive(path)
    call_command("migrate", interactive=False, verbosity=0)
    applied, known = _applied_migrations()
    unknown = sorted(set(manifest.get("migrations", [])) - known)
    if unknown:
        raise BackupError(
            "This backup was made by a newer version of CLOTH Hub (migrations unknown here: "
            + ", ".join(unknown[:5])
            + "). Restore it with that version."
        )
    if database_has_content() and not force:
        raise BackupError(
            "The database is not empty (it has users, pages, images or documents): restoring "
            "would replace them. Use --force to replace them, or restore into a new database."
        )
    storage = default_storage
    written = []
    with tempfile.TemporaryDirectory() as work:
        for name, text in dumps.items():
            (Path(work) / name).write_text(text, encoding="utf-8")
        try:
            with transaction.atomic():
                empty_database()
                for name in ("permissions.json", "database.json"):
                    call_command("loaddata", str(Path(work) / name), verbosity=0)
                for name, data in media.items():
                    if storage.exists(name):
                        with storage.open(name, "rb") as current:
                            if current.read() == data:
                                continue
                        storage.delete(name)  # --force over a different file of that name
                    saved = storage.save(name, ContentFile(data))
                    written.append(saved)
                    if saved != name:
                        raise BackupError(f"The media file {name} could not be written as such.")
        except BackupError:
            _remove(storage, written)
            raise
        except Exception as error:
            _remove(storage, written)
            raise BackupError(
                f"The backup could not be restored ({type(error).__name__}: {error}); "
                "the database was left as it was."
            ) from error
    log(f"Restored the database and {len(media)} media files from {path}.")
    for alias in settings.CACHES:
        try:
            caches[alias].clear()
        except Exception as error:  # a cache that cannot be cleared expires on its own
            log(f"The cache {alias!r} could not be cleared: {error}")
    if reindex and apps.is_installed("search"):
        try:
            call_command("rebuild_search_index", verbosity=0, stdout=io.StringIO())
        except ImproperlyConfigured as error:
            log(f"The search index was not rebuilt: {error}")
    return manifest


def empty_database():
    """Delete every row but the content types and permissions, which keep their ids (the dump
    refers to them by natural key; permissions missing here are added from the archive)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style

    connection = connections[DEFAULT_DB_ALIAS]
    keep = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in keep
    ]
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=True
    )
    connection.ops.execute_sql_flush(statements)


def _remove(storage, names):
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            pass
