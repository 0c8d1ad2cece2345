"""The anonymous page cache: hits, headers for a CDN, and purges the moment content changes."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from home.models import HomePageFeaturedPage
from tests.conftest import publish, translate
from tests.factories.home import StandardPageFactory
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page, shared_cache):
    about = publish(StandardPageFactory(parent=home_page, title="About the alliance", slug="about"))
    index = publish(PracticesIndexPageFactory(parent=home_page))
    return {"home": home_page, "about": about, "index": index}


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code in (200, 304), (url, response.status_code)
    return response


def test_second_anonymous_visit_is_a_hit_with_cdn_headers(client, site):
    first = get(client, "/en/")
    second = get(client, "/en/")
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    for response in (first, second):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "s-maxage=60" in cache_control
        # Browsers revalidate every time (a 304 thanks to the ETag): changes show at once.
        assert "max-age=0" in cache_control and "must-revalidate" in cache_control
        assert "Cookie" in response["Vary"]
        assert response["ETag"] == first["ETag"]
        assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_revalidation_with_the_etag_gets_304(client, site):
    etag = get(client, "/en/about/")["ETag"]
    response = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_a_hit_runs_no_sql_query(client, site, django_assert_num_queries):
    get(client, "/en/about/")
    with django_assert_num_queries(0):
        assert get(client, "/en/about/")["X-Cache"] == "hit"


def test_a_new_page_appears_at_once_on_the_index_and_the_home_page(client, site):
    assert "Denim repair line" not in get(client, "/en/practices/").content.decode()
    get(client, "/en/")
    page = CaseStudyPageFactory(parent=site["index"], title="Denim repair line", live=False)
    publish(page)
    index = get(client, "/en/practices/")
    home = get(client, "/en/")
    assert index["X-Cache"] == "miss" and "Denim repair line" in index.content.decode()
    assert home["X-Cache"] == "miss" and "Denim repair line" in home.content.decode()


def test_an_unpublished_page_disappears_at_once_from_its_page_and_listings(client, site):
    page = publish(CaseStudyPageFactory(parent=site["index"], title="Rental of workwear"))
    assert get(client, page.url).status_code == 200
    assert "Rental of workwear" in get(client, "/en/practices/").content.decode()
    page.unpublish()
    assert client.get(page.url).status_code == 404
    assert "Rental of workwear" not in get(client, "/en/practices/").content.decode()


def test_a_page_in_the_menu_appears_on_every_page_of_its_language(client, site):
    get(client, "/en/about/")
    StandardPageFactory(parent=site["home"], title="Funding calls", show_in_menus=True, live=False)
    from home.models import StandardPage

    publish(StandardPage.objects.get(title="Funding calls"))
    assert "Funding calls" in get(client, "/en/about/").content.decode()


def test_saving_a_draft_purges_nothing(client, site):
    get(client, "/en/about/")
    about = site["about"]
    about.title = "About us (draft)"
    about.save_revision()
    response = get(client, "/en/about/")
    assert response["X-Cache"] == "hit"
    assert "About us (draft)" not in response.content.decode()


def test_a_change_in_one_language_leaves_other_languages_cached(client, site, translated_homes):
    french_index = translate(site["index"], "fr", title="Pratiques")
    get(client, french_index.url)
    get(client, "/en/about/")
    spanish = translate(site["about"], "es", title="Sobre la alianza")
    assert spanish.live
    # The French practices index neither lists nor links to this page: still a hit.
    assert get(client, french_index.url)["X-Cache"] == "hit"
    # The English version of the page lists the new Spanish translation in its switcher.
    english = get(client, "/en/about/")
    assert english["X-Cache"] == "miss"
    assert spanish.url in english.content.decode()


def test_a_featured_page_change_purges_the_pages_that_feature_it(client, site):
    case = publish(CaseStudyPageFactory(parent=site["index"], title="Take-back scheme"))
    home = site["home"]
    HomePageFeaturedPage.objects.create(home_page=home, page=case)
    publish(home)
    assert "Take-back scheme" in get(client, "/en/").content.decode()
    case.title = "Take-back scheme for uniforms"
    publish(case)
    assert "Take-back scheme for uniforms" in get(client, "/en/").content.decode()


def test_a_moved_page_is_purged_at_its_old_and_new_places(client, site):
    page = publish(StandardPageFactory(parent=site["about"], title="Partners", slug="partners"))
    assert get(client, "/en/about/partners/").status_code == 200
    page.move(site["home"], pos="last-child")
    old = client.get("/en/about/partners/")
    assert old.status_code in (301, 404)  # Wagtail may leave a redirect; never the stale page
    assert get(client, "/en/partners/").status_code == 200


def test_private_pages_are_never_cached(client, site):
    secret = publish(StandardPageFactory(parent=site["home"], title="Board minutes"))
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    first = client.get(secret.url)
    assert "Board minutes" not in first.content.decode() or first.status_code != 200
    restriction = PageViewRestriction.objects.get(page=secret)
    client.post(
        f"/en/_util/authenticate_with_password/{restriction.id}/{secret.id}/",
        {"password": "s3cret", "return_url": secret.url},
    )
    assert "Board minutes" in client.get(secret.url).content.decode()
    # Another visitor without the password never gets the page from the cache.
    other = client_class_fresh(client)
    response = other.get(secret.url)
    assert response.get("X-Cache") != "hit"
    assert "Board minutes</h1>" not in response.content.decode()


def client_class_fresh(client):
    return type(client)()


def test_signed_in_users_always_get_a_fresh_private_page(client, site):
    get(client, "/en/about/")
    assert get(client, "/en/about/")["X-Cache"] == "hit"
    user = get_user_model().objects.create_user("ana@example.com", "ana@example.com", "pw-x")
    client.force_login(user)
    response = get(client, "/en/about/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_responses_that_set_cookies_are_not_cached(client, site):
    for _ in range(2):
        response = client.get("/en/accounts/login/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")


def test_the_cache_can_be_switched_off(client, site, settings):
    settings.CLOTHHUB_CACHE = {**settings.CLOTHHUB_CACHE, "PAGES": False}
    get(client, "/en/")
    assert "X-Cache" not in get(client, "/en/")
