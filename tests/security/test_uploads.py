"""Uploads through the Wagtail admin: size, type and content checked, file names cleaned."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from clothhub.uploads import clean_filename

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def upload_document(client, name, content, title="Repair guide"):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def upload_image(client, name, content, title="Repair workshop"):
    return client.post(
        "/admin/images/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_real_pdf_is_accepted_with_a_clean_file_name(admin_client):
    response = upload_document(admin_client, "../Évaluation finale (v2).PDF", PDF)
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name == "documents/evaluation-finale-v2.pdf"


@pytest.mark.parametrize(
    "name, content",
    [
        ("page.html", HTML),
        ("drawing.svg", SVG),
        ("report.pdf", HTML),  # markup behind an allowed extension
        ("data.csv", b"name,notes\nAna,<script>alert(1)</script>\n"),
        ("notes.txt", SVG),
        ("slides.pptx", b"this is not a zip archive"),
        ("report.pdf", b"just text pretending to be a PDF"),
        ("tool.exe", b"MZ\x90\x00"),
    ],
)
def test_markup_mismatched_and_unlisted_documents_are_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200  # the form again, with an error
    assert response.context["form"].errors["file"]
    assert not Document.objects.exists()


def test_markup_is_refused_by_the_multiple_uploader_too(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("minutes.txt", HTML), "collection": 1},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()


def test_oversized_documents_are_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(admin_client, "big.pdf", PDF + b"0" * 2048)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Document.objects.exists()


def test_a_png_is_accepted_with_a_clean_file_name(admin_client):
    response = upload_image(admin_client, "Atelier de réparation #1.PNG", png_bytes())
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.file.name == "original_images/atelier-de-reparation-1.png"


@pytest.mark.parametrize(
    "name, content", [("logo.svg", SVG), ("logo.png", SVG), ("page.png", HTML)]
)
def test_svg_and_disguised_images_are_refused(admin_client, name, content):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("évaluation.html.pdf", "evaluation-html.pdf"),
        (".htaccess", "htaccess"),
        ("Отчёт за 2025.docx", "otchet-za-2025.docx"),
        ("a" * 300 + ".pdf", "a" * 76 + ".pdf"),
        ("<script>.pdf", "script.pdf"),
        ("   .pdf", "pdf"),
        ("***", "file"),
    ],
)
def test_file_names_are_reduced_to_safe_ascii(raw, clean):
    assert clean_filename(raw) == clean
