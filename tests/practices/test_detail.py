"""Case study and guide pages as a reader sees them: metadata, figures, media, links."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from practices.models import CaseStudyGalleryImage, GuideRelatedCaseStudy, PracticePageDocument
from tests.conftest import translate
from tests.factories.practices import (
    CaseStudyMetricFactory,
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_study(index_page, vocab):
    page = CaseStudyPageFactory(
        parent=index_page,
        title="QR-coded jeans that ask to be repaired",
        slug="qr-jeans",
        country="DK",
        region="Capital Region of Denmark",
        year=2024,
        topics=[vocab["topics"]["repair-and-care"]],
        stages=[vocab["stages"]["end-of-life"]],
        organisations=[vocab["orgs"]["dk-sme"]],
        tags=["denim", "qr code"],
        sdgs=[8, 12],
        contact_name="Jonas Berg",
        contact_role="Head of after-sales",
        contact_email="jonas.berg@repairloop.example",
        author="Mette Holm",
        original_language="da",
        review_owner="Lifestyle & Design Cluster",
    )
    CaseStudyMetricFactory(
        page=page,
        label="Share of returned jeans repaired",
        value=38,
        unit="%",
        baseline="2022–2024",
    )
    CaseStudyMetricFactory(
        page=page, label="Denim kept in use", value="2.5000", unit="t", baseline=""
    )
    return page


def test_case_study_shows_its_metadata_sections_and_review(client, case_study):
    response = client.get("/en/practices/qr-jeans/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>QR-coded jeans that ask to be repaired</h1>" in html
    for section in ("Challenge", "Solution", "Results", "Lessons learned", "How to replicate"):
        assert f">{section}</h2>" in html
    assert "Nordic Loop ApS" in html and "SME · Small (10 to 49 people)" in html
    assert "Denmark, Capital Region of Denmark" in html
    assert 'href="/en/practices/?topic=repair-and-care">Repair and care</a>' in html
    assert 'href="/en/practices/?stage=end-of-life">End of life</a>' in html
    assert 'href="/en/practices/?tag=qr-code">qr code</a>' in html
    assert "SDG 12: Responsible consumption and production" in html
    assert "mailto:jonas.berg@repairloop.example" in html
    # Provenance and review, shown to readers.
    assert "<dd>Mette Holm</dd>" in html
    assert "<dt>Original language</dt><dd>Dansk</dd>" in html
    assert (
        '<time datetime="2025-09-01">Sept. 1, 2025</time> — by Lifestyle &amp; Design Cluster'
        in html
    )
    # Breadcrumb back to the listing.
    assert '<nav class="breadcrumb"' in html and '<a href="/en/practices/">Practices</a>' in html


def test_case_study_shows_impact_metrics_with_units_and_baselines(client, case_study):
    html = client.get("/en/practices/qr-jeans/").content.decode()
    assert '<span class="metric__value">38&nbsp;%</span>' in html
    assert "Share of returned jeans repaired" in html
    assert '<span class="metric__baseline">2022–2024</span>' in html
    assert '<span class="metric__value">2.5 t</span>' in html


def test_case_study_shows_images_with_alt_text_and_credit_and_downloads(client, case_study):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Repair bench", file=get_test_image_file())
    CaseStudyGalleryImage.objects.create(
        page=case_study,
        image=image,
        alt_text="A tailor replaces the zip of a pair of jeans",
        credit="Mette Holm",
        locale=case_study.locale,
    )
    document = Document.objects.create(title="Repair price list")
    document.file.save("prices.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    PracticePageDocument.objects.create(
        page=case_study,
        document=document,
        description="Fixed prices of the 12 standard repairs.",
        locale=case_study.locale,
    )
    html = client.get("/en/practices/qr-jeans/").content.decode()
    assert 'alt="A tailor replaces the zip of a pair of jeans"' in html
    assert '<span class="figure__credit">© Mette Holm</span>' in html
    assert f'href="{document.url}" download>Repair price list</a>' in html
    assert "Fixed prices of the 12 standard repairs." in html


def test_related_practices_share_topics_or_tags_and_exclude_drafts(
    client, case_study, vocab, index_page
):
    CaseStudyPageFactory(
        parent=index_page, title="Shares a topic", topics=[vocab["topics"]["repair-and-care"]]
    )
    CaseStudyPageFactory(parent=index_page, title="Shares a tag", tags=["denim"])
    CaseStudyPageFactory(parent=index_page, title="Shares nothing", tags=["wool"])
    CaseStudyPageFactory(parent=index_page, title="Draft sharing", tags=["denim"], live=False)
    private = CaseStudyPageFactory(parent=index_page, title="Private sharing", tags=["denim"])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = client.get("/en/practices/qr-jeans/").content.decode()
    related = html[html.index('id="related-title"') :]
    assert "Shares a topic" in related and "Shares a tag" in related
    assert "Shares nothing" not in related
    assert "Draft sharing" not in related and "Private sharing" not in related


def test_also_available_in_lists_live_translations_only(client, translated_homes, vocab):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    translate(index, "es", title="Prácticas", slug="practicas")
    translate(index, "fr", title="Pratiques", slug="pratiques")
    cs = CaseStudyPageFactory(parent=index, title="Recycled denim", slug="recycled-denim")
    translate(cs, "es", title="Vaqueros reciclados", slug="vaqueros-reciclados")
    cs.copy_for_translation(translated_homes["fr"].locale)  # a draft translation
    html = client.get("/en/practices/recycled-denim/").content.decode()
    section = html[html.index('id="translations-title"') :]
    assert (
        'href="/es/practicas/vaqueros-reciclados/" lang="es" hreflang="es">Español</a>' in section
    )
    assert "Français" not in section.split("</section>")[0]


def test_detail_page_query_count_is_bounded(
    client, case_study, vocab, index_page, django_assert_max_num_queries
):
    for n in range(10):
        CaseStudyPageFactory(parent=index_page, title=f"Related {n}", tags=["denim"])
    client.get("/en/practices/qr-jeans/")
    with django_assert_max_num_queries(45):
        assert client.get("/en/practices/qr-jeans/").status_code == 200


def test_guide_shows_steps_checklist_audience_and_related_case_studies(
    client, case_study, index_page
):
    guide = GuidePageFactory(
        parent=index_page,
        title="Start a repair service",
        slug="start-a-repair-service",
        time_to_implement="3 to 6 months",
    )
    GuideRelatedCaseStudy.objects.create(page=guide, case_study=case_study)
    draft = CaseStudyPageFactory(parent=index_page, title="Unpublished case", live=False)
    GuideRelatedCaseStudy.objects.create(page=guide, case_study=draft, sort_order=1)
    html = client.get("/en/practices/start-a-repair-service/").content.decode()
    assert '<ol class="guide-steps">' in html
    assert html.index("Map the repairs you already do") < html.index("Price the repairs")
    assert "<li>Repair prices are published</li>" in html
    assert "<dt>For</dt><dd>SME owners and managers</dd>" in html
    assert "<dt>Difficulty</dt><dd>Beginner</dd>" in html
    assert "<dt>Time to implement</dt><dd>3 to 6 months</dd>" in html
    assert 'href="/en/practices/qr-jeans/">QR-coded jeans that ask to be repaired</a>' in html
    assert "Unpublished case" not in html


def test_guide_links_related_case_studies_in_the_reader_language(client, translated_homes, vocab):
    index = PracticesIndexPageFactory(parent=translated_homes["en"])
    translate(index, "es", title="Prácticas", slug="practicas")
    cs = CaseStudyPageFactory(parent=index, title="Recycled denim", slug="recycled-denim")
    translate(cs, "es", title="Vaqueros reciclados", slug="vaqueros-reciclados")
    guide = GuidePageFactory(parent=index, title="Guide", slug="guide")
    GuideRelatedCaseStudy.objects.create(page=guide, case_study=cs)
    guide.refresh_from_db()
    translate(guide, "es", title="Guía", slug="guia")
    html = client.get("/es/practicas/guia/").content.decode()
    assert 'href="/es/practicas/vaqueros-reciclados/">Vaqueros reciclados</a>' in html


def test_draft_and_private_case_studies_are_not_served(client, index_page, vocab):
    CaseStudyPageFactory(parent=index_page, title="Draft", slug="draft", live=False)
    assert client.get("/en/practices/draft/").status_code == 404
    private = CaseStudyPageFactory(
        parent=index_page, title="Private", slug="private", summary="Secret figures of a partner."
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    response = client.get("/en/practices/private/")
    assert "Secret figures of a partner." not in response.content.decode()
