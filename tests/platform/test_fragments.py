"""Fragment caches of detail pages (clothhub.cache.fragments) and the per-process memo of site data
(clothhub.cache.memo): pages rendered without the page cache stay right after every kind of change,
and cost fewer queries when nothing changed."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from clothhub.cache import invalidation, memo
from tests.conftest import publish, translate
from tests.factories.home import StandardPageFactory
from tests.factories.practices import (
    CaseStudyPageFactory,
    GuidePageFactory,
    PracticesIndexPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page, shared_cache, settings):
    """The page cache off (every request renders), fragments and memo on, as after a purge."""
    settings.CLOTHHUB_CACHE = {**settings.CLOTHHUB_CACHE, "PAGES": False}
    memo.clear_process()
    index = publish(PracticesIndexPageFactory(parent=home_page))
    topic = TopicFactory(name="Repair services", slug="repair")
    case = CaseStudyPageFactory(parent=index, title="Denim repair line", topics=[topic])
    other = CaseStudyPageFactory(parent=index, title="Jeans take-back", topics=[topic])
    return {
        "home": home_page,
        "index": index,
        "topic": topic,
        "case": publish(case),
        "other": publish(other),
    }


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode(), len(queries)


def test_a_second_rendering_reuses_the_fragments_and_the_memo(client, site):
    first, cold = render(client, site["case"].url)
    second, warm = render(client, site["case"].url)
    assert second == first
    assert "Denim repair line" in second and "Jeans take-back" in second  # related practices
    assert warm <= 6 < cold


def test_the_page_shows_its_new_content_as_soon_as_it_is_published(client, site):
    render(client, site["case"].url)
    case = site["case"]
    case.challenge = "<p>Returned jeans went to landfill: 9 tonnes a year.</p>"
    case.save_revision()
    html, _ = render(client, case.url)
    assert "9 tonnes" not in html  # a draft never shows
    publish(case)
    html, _ = render(client, case.url)
    assert "9 tonnes" in html


def test_related_practices_follow_other_pages_being_published_and_unpublished(client, site):
    render(client, site["case"].url)
    publish(
        CaseStudyPageFactory(
            parent=site["index"], title="Repair cafés in Aarhus", topics=[site["topic"]]
        )
    )
    html, _ = render(client, site["case"].url)
    assert "Repair cafés in Aarhus" in html
    other = site["other"]
    other.unpublish()
    html, _ = render(client, site["case"].url)
    assert "Jeans take-back" not in html


def test_a_vocabulary_label_change_shows_on_cached_pages(client, site):
    html, _ = render(client, site["case"].url)
    assert "Repair services" in html
    topic = site["topic"]
    topic.name = "Repair and alteration services"
    topic.save()
    html, _ = render(client, site["case"].url)
    assert "Repair and alteration services" in html


def test_a_new_translation_is_listed_on_the_original_at_once(client, site, translated_homes):
    render(client, site["case"].url)
    spanish_index = translate(site["index"], "es", title="Prácticas", slug="practicas")
    assert spanish_index.live
    spanish = translate(site["case"], "es", title="Línea de reparación de vaqueros")
    html, _ = render(client, site["case"].url)
    assert spanish.url in html


def test_signed_in_readers_get_the_same_content_and_no_one_elses_form_token(client, site):
    anonymous, _ = render(client, site["case"].url)
    user = get_user_model().objects.create_user("ana@example.com", "ana@example.com", "pw-x")
    client.force_login(user)
    signed_in, _ = render(client, site["case"].url)
    assert "Denim repair line" in signed_in
    assert "csrfmiddlewaretoken" not in anonymous


def test_previews_never_come_from_or_go_to_the_fragment_cache(admin_client, site):
    case = site["case"]
    render(admin_client, case.url)
    case.challenge = "<p>Preview-only figures: 12 tonnes.</p>"
    case.save_revision()
    preview = case.get_latest_revision_as_object().make_preview_request()
    assert preview.status_code == 200
    assert "12 tonnes" in preview.render().content.decode()
    html, _ = render(admin_client, case.url)
    assert "12 tonnes" not in html


def test_a_guide_lists_a_case_study_published_later_in_its_language(client, site):
    guide = publish(GuidePageFactory(parent=site["index"], title="Start a repair service"))
    from practices.models import GuideRelatedCaseStudy

    draft = CaseStudyPageFactory(parent=site["index"], title="Alterations on demand", live=False)
    GuideRelatedCaseStudy.objects.create(page=guide, case_study=draft)
    guide = publish(guide)
    html, _ = render(client, guide.url)
    assert "Alterations on demand" not in html
    publish(draft)
    html, _ = render(client, guide.url)
    assert "Alterations on demand" in html


def test_fragments_can_be_switched_off(client, site, settings):
    settings.CLOTHHUB_CACHE = {**settings.CLOTHHUB_CACHE, "FRAGMENTS": False}
    _, first = render(client, site["case"].url)
    _, second = render(client, site["case"].url)
    assert second > 6


# --- the memo ----------------------------------------------------------------------------------


def test_a_new_menu_page_appears_on_every_page_at_once(client, site):
    render(client, site["case"].url)
    StandardPageFactory(parent=site["home"], title="Funding calls", show_in_menus=True)
    html, _ = render(client, site["case"].url)
    assert "Funding calls" in html


def test_a_page_made_private_is_refused_at_once_and_leaves_related_lists(client, site):
    render(client, site["case"].url)
    render(client, site["other"].url)
    PageViewRestriction.objects.create(
        page=site["other"], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get(site["other"].url)
    assert "Jeans take-back</h1>" not in response.content.decode()
    html, _ = render(client, site["case"].url)
    assert "Jeans take-back" not in html
    PageViewRestriction.objects.all().delete()
    html, _ = render(client, site["other"].url)
    assert "Jeans take-back</h1>" in html


def test_a_restriction_on_a_section_covers_pages_below_it(client, site):
    render(client, site["case"].url)
    PageViewRestriction.objects.create(
        page=site["index"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(site["case"].url)
    assert response.status_code == 302  # to the sign-in page, never the cached content
    assert "/login" in response["Location"]


def test_a_moved_section_keeps_its_restriction(client, site):
    section = publish(StandardPageFactory(parent=site["home"], title="Members", slug="members"))
    inner = publish(StandardPageFactory(parent=section, title="Board minutes", slug="minutes"))
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(inner.url).status_code == 302
    target = publish(StandardPageFactory(parent=site["home"], title="Archive", slug="archive"))
    section.refresh_from_db()
    section.move(target, pos="last-child")
    inner.refresh_from_db()
    response = client.get(inner.url)
    assert response.status_code == 302


def test_the_fast_route_leaves_draft_pages_and_feeds_to_wagtail(client, site):
    draft = CaseStudyPageFactory(parent=site["index"], title="Unpublished", live=False)
    assert client.get(draft.url or "/en/practices/" + draft.slug + "/").status_code == 404
    feed = client.get(site["index"].url + "feed/")
    assert feed.status_code == 200
    assert "Denim repair line" in feed.content.decode()


def test_a_translation_shows_it_is_out_of_date_once_the_original_changes(
    client, site, translated_homes
):
    translate(site["index"], "es", title="Prácticas", slug="practicas")
    spanish = translate(site["case"], "es", title="Línea de reparación de vaqueros")
    html, _ = render(client, spanish.url)
    assert 'data-translation-status="outdated"' not in html
    case = site["case"]
    case.results = "<p>52 % of returns repaired and resold.</p>"
    publish(case)
    html, _ = render(client, spanish.url)
    assert 'data-translation-status="outdated"' in html


def test_the_memo_reads_the_generation_again_outside_requests(shared_cache):
    memo.clear_process()
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert memo.memoize("test-value", None, compute) == 1
    assert memo.memoize("test-value", None, compute) == 1
    invalidation.purge({"memo"})
    assert memo.memoize("test-value", None, compute) == 2


def test_the_memo_is_off_without_a_shared_cache(settings):
    settings.CACHES = {"default": settings.CACHES["default"]}
    assert "shared" not in settings.CACHES
    calls = []
    memo.memoize("test-off", None, lambda: calls.append(1))
    memo.memoize("test-off", None, lambda: calls.append(1))
    assert len(calls) == 2
