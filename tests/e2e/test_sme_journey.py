"""An SME owner in Catalonia looks for recycled-fibre practices in Spanish, narrows the results
to a topic, reads a case study and downloads its data sheet."""

import pytest

from tests.e2e.content import DOCUMENT_TITLE

pytestmark = pytest.mark.e2e


def test_an_sme_searches_in_spanish_filters_by_topic_and_downloads_a_resource(page):
    p = page.page
    page.goto("/es/")
    assert p.locator("html").get_attribute("lang") == "es"

    # The search box in the header.
    p.get_by_role("search", name="Búsqueda en el sitio").get_by_label("Buscar en el hub").fill(
        "reciclado"
    )
    p.keyboard.press("Enter")
    p.wait_for_url("**/es/search/?q=reciclado*")
    results = p.locator(".search-result__title a")
    assert results.count() > 0

    # Narrow to one topic with the facet links.
    p.locator(".search-facets").get_by_role("link", name="Fibras recicladas").click()
    p.wait_for_url("**topic=recycled-fibres*")
    assert "topic=recycled-fibres" in page.path()
    p.locator(".search-facets").get_by_role("link", name="Caso práctico").click()
    p.wait_for_url("**type=case-study*")
    first = p.locator(".search-result__title a").first
    title = first.inner_text()
    first.click()
    p.wait_for_load_state()
    assert page.path().startswith("/es/practicas/")
    assert p.get_by_role("heading", level=1).inner_text().strip() == title.strip()

    # The data sheet.
    link = p.get_by_role("link", name=DOCUMENT_TITLE)
    with p.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    page.assert_no_console_errors()
