"""Upload checks for Wagtail images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE point here, so the single upload, the multiple uploader and the
chooser's upload tab all use them).

- Size and extension limits are Wagtail's own settings (WAGTAILIMAGES_MAX_UPLOAD_SIZE,
  WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_EXTENSIONS, WAGTAILDOCS_EXTENSIONS): SVG and HTML
  are not in the lists, and Wagtail checks that an image's content matches its extension.
- Documents are also checked by content: markup (HTML, SVG, XML, scripts) is refused whatever the
  file is called, and PDF and Office/OpenDocument/ZIP files must start with their signature.
- Every file name is cleaned: ASCII letters and digits only, one extension, at most 80 characters.
"""

import os
import re

from anyascii import anyascii
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

MAX_FILENAME_LENGTH = 80
_SNIFF_BYTES = 64 * 1024
_MARKUP = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<svg",
    b"<?xml",
    b"<script",
    b"<iframe",
    b"<object",
    b"<embed",
    b"<meta",
    b"<style",
    b"<img",
    b"<a ",
    b"<!--",
)
_DANGEROUS_ANYWHERE = (b"<script", b"<svg", b"<html", b"<iframe", b"javascript:")
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "pptx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "ods": (b"PK\x03\x04",),
    "odp": (b"PK\x03\x04",),
    "zip": (b"PK\x03\x04", b"PK\x05\x06"),
}
_TEXT_EXTENSIONS = {"txt", "csv"}


def clean_filename(name, max_length=MAX_FILENAME_LENGTH):
    """'../Évaluation finale (v2).PDF' → 'evaluation-finale-v2.pdf'; never empty, never a path."""
    base = os.path.basename(str(name).replace("\\", "/")).strip()
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem:
        stem, extension = base, ""
    extension = re.sub(r"[^a-z0-9]", "", anyascii(extension).lower())[:10]
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(stem).lower()).strip("-") or "file"
    room = max_length - (len(extension) + 1 if extension else 0)
    slug = slug[:room].rstrip("-") or "file"
    return f"{slug}.{extension}" if extension else slug


def _head(uploaded):
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(_SNIFF_BYTES)
    uploaded.seek(position)
    return head if isinstance(head, bytes) else head.encode()


def check_document_content(uploaded):
    """Raise ValidationError when the file's content is markup or does not match its type."""
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    head = _head(uploaded)
    start = head.lstrip(b"\xef\xbb\xbf\xfe\xff\x00 \t\r\n").lower()
    if start.startswith(_MARKUP) or (
        extension in _TEXT_EXTENSIONS
        and any(marker in head.lower() for marker in _DANGEROUS_ANYWHERE)
    ):
        raise forms.ValidationError(
            _(
                "Web pages, SVG and XML files cannot be uploaded: upload a PDF or an office document."
            ),
            code="markup_upload",
        )
    signatures = _SIGNATURES.get(extension)
    if signatures and not any(sig in head[:1024] for sig in signatures):
        raise forms.ValidationError(
            _("This file is not a real .%(extension)s file: its content does not match its name."),
            code="content_mismatch",
            params={"extension": extension},
        )


class CleanFileNameMixin:
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "size") and "file" in self.changed_data:
            self.check_content(uploaded)
            uploaded.name = clean_filename(uploaded.name)
        return uploaded

    def check_content(self, uploaded):
        pass


class DocumentForm(CleanFileNameMixin, BaseDocumentForm):
    def check_content(self, uploaded):
        check_document_content(uploaded)


class ImageForm(CleanFileNameMixin, BaseImageForm):
    pass
