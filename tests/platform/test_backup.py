"""`manage.py backup` and `manage.py restore`: a populated site, backed up and restored into an
empty database, has its pages, media files and users back; bad archives and non-empty databases
are refused with a clear message, and change nothing."""

import io
import json
import tarfile

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from clothhub.backup import empty_database
from tests.conftest import publish
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory

# Restoring runs migrate and its own transaction, as on a server: not inside a test transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "long-enough-pass-2026"


@pytest.fixture
def populated(home_page):
    index = publish(PracticesIndexPageFactory(parent=home_page, title="Practices"))
    practice = publish(CaseStudyPageFactory(parent=index, title="Mending denim at scale"))
    image = wagtail_factories.ImageFactory(title="Loom")
    document = get_document_model().objects.create(
        title="Dye table", file=ContentFile(b"fibre,share\ncotton,40\n", name="dye-table.csv")
    )
    get_user_model().objects.create_user(
        username="ana@example.com", email="ana@example.com", password=PASSWORD
    )
    return {"practice": practice, "image": image, "document": document}


def empty_everything():
    """A new server: an empty database (no Wagtail pages either: only the content types and
    permissions that migrate creates) and no media files."""
    empty_database()
    for name in list(walk(default_storage)):
        default_storage.delete(name)
    assert not Page.objects.exists()


def walk(storage, folder=""):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from walk(storage, f"{folder}/{directory}" if folder else directory)


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


def test_a_backup_restored_into_an_empty_database_brings_back_pages_media_and_users(
    populated, tmp_path, client
):
    practice, image, document = populated["practice"], populated["image"], populated["document"]
    image_bytes = default_storage.open(image.file.name).read()
    archive = tmp_path / "site.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())

    empty_everything()

    assert "Restore complete." in restore(archive)

    response = client.get(practice.url)
    assert response.status_code == 200
    assert "Mending denim at scale" in response.content.decode()
    restored_image = get_image_model().objects.get(title="Loom")
    assert default_storage.open(restored_image.file.name).read() == image_bytes
    restored_document = get_document_model().objects.get(title="Dye table")
    assert default_storage.open(restored_document.file.name).read() == (b"fibre,share\ncotton,40\n")
    assert get_user_model().objects.get(username="ana@example.com").check_password(PASSWORD)
    assert restored_document.pk == document.pk and restored_image.pk == image.pk


def test_a_database_with_content_is_not_overwritten_without_force(populated, tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    populated["practice"].title = "Changed after the backup"
    publish(populated["practice"])

    with pytest.raises(CommandError, match="not empty"):
        restore(archive)
    assert Page.objects.filter(title="Changed after the backup").exists()

    restore(archive, force=True)
    assert not Page.objects.filter(title="Changed after the backup").exists()
    assert Page.objects.filter(title="Mending denim at scale").exists()


def rewrite(archive, target, change):
    """A copy of ``archive`` whose members pass through ``change(name, data)``."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            if data is None:
                continue
            info = tarfile.TarInfo(member.name)
            info.size = len(data)
            copy.addfile(info, io.BytesIO(data))
    return target


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("not an archive", "not a CLOTH Hub backup"),
        ("no manifest", "manifest.json is missing"),
        ("bad json", "damaged database.json"),
        ("missing media", "is missing"),
        ("bad record", "could not be restored"),
    ],
)
def test_a_bad_archive_is_refused_and_the_database_is_left_as_it_was(
    populated, tmp_path, damage, message
):
    good = tmp_path / "good.tar.gz"
    call_command("backup", output=str(good), stdout=io.StringIO())
    bad = tmp_path / "bad.tar.gz"
    if damage == "not an archive":
        bad.write_bytes(b"this is a spreadsheet, not a backup")
    elif damage == "no manifest":
        rewrite(good, bad, lambda name, data: None if name == "manifest.json" else data)
    elif damage == "bad json":
        rewrite(good, bad, lambda name, data: data[:-20] if name == "database.json" else data)
    elif damage == "missing media":
        rewrite(good, bad, lambda name, data: None if name.startswith("media/") else data)
    else:  # a record pointing at a page that does not exist: loading fails half-way

        def break_a_record(name, data):
            if name != "database.json":
                return data
            records = json.loads(data)
            for record in records:
                if record["model"] == "wagtailcore.site":
                    record["fields"]["root_page"] = 999_999
            return json.dumps(records).encode()

        rewrite(good, bad, break_a_record)
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match=message):
        restore(bad, force=True)

    assert Page.objects.count() == pages_before
    assert Page.objects.filter(title="Mending denim at scale").exists()
    assert get_user_model().objects.filter(username="ana@example.com").exists()


def test_an_archive_with_a_path_outside_the_media_folder_is_refused(populated, tmp_path):
    good = tmp_path / "good.tar.gz"
    call_command("backup", output=str(good), stdout=io.StringIO())
    bad = tmp_path / "bad.tar.gz"
    with tarfile.open(good) as source, tarfile.open(bad, "w:gz") as copy:
        for member in source.getmembers():
            copy.addfile(member, source.extractfile(member))
        info = tarfile.TarInfo("media/../../etc/cron.d/evil")
        info.size = 1
        copy.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(CommandError, match="not allowed"):
        restore(bad, force=True)
