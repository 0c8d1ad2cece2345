"""Content the end-to-end tests need on top of the demo content, added the way an editor would
(a document in the library, linked from the pages and published): a data sheet to download from
every case study about recycled fibres, in every language.

Run inside the server's database by the e2e session: `manage.py shell --command
"from tests.e2e.content import prepare; prepare()"`. Idempotent.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

DOCUMENT_TITLE = "Recycled cotton yarn: data sheet"
DOCUMENT_NAME = "recycled-cotton-yarn-data-sheet.pdf"
TOPIC = "recycled-fibres"


def data_sheet_pdf():
    """A small, valid one-page PDF (hand-written objects, correct cross-reference offsets)."""
    text = "Recycled cotton yarn from cutting waste: 30 % recycled content, Nm 20/1, GRS certified."
    stream = f"BT /F1 11 Tf 40 780 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def prepare():
    from practices.models import CaseStudyPage, PracticePageDocument

    Document = get_document_model()
    document = Document.objects.filter(title=DOCUMENT_TITLE).first()
    if document is None:
        document = Document(title=DOCUMENT_TITLE)
        document.file.save(DOCUMENT_NAME, ContentFile(data_sheet_pdf()), save=False)
        document._set_document_file_metadata()
        document.save()
    pages = CaseStudyPage.objects.live().filter(topics__slug=TOPIC).distinct()
    for page in pages:
        if page.downloads.filter(document=document).exists():
            continue
        PracticePageDocument.objects.create(
            page=page, document=document, locale_id=page.locale_id, sort_order=99
        )
        page = CaseStudyPage.objects.get(pk=page.pk)
        page.save_revision().publish()
    print(f"e2e content: data sheet on {pages.count()} case studies about {TOPIC}")
