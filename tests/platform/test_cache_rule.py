"""The one cache rule (clothhub.cache): purges at the change and again on commit, no window for a
copy read before the commit, nothing patched in Wagtail, bounded page-cache keys, cache faults
survived and the CDN purged of the same tags."""

import http.server
import threading

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import QueryDict
from django.test import RequestFactory
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from clothhub.cache import memo, pages, store
from clothhub.cache.backends import FaultTolerantMixin
from home import views as home_views
from tests.conftest import publish
from tests.factories.home import StandardPageFactory
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    about = publish(StandardPageFactory(parent=home_page, title="About the alliance", slug="about"))
    index = publish(PracticesIndexPageFactory(parent=home_page))
    case = publish(CaseStudyPageFactory(parent=index, title="Denim repair line"))
    return {"home": home_page, "about": about, "index": index, "case": case}


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def stored_entry(url):
    request = RequestFactory().get(url)
    key = pages._cache_key(request, QueryDict())
    return key, caches[store.PAGES].get(key)


# --- no window between the change and the commit ---------------------------------------------


def test_a_copy_cached_before_the_commit_is_dropped_when_the_change_commits(
    client, site, django_capture_on_commit_callbacks
):
    url = site["about"].url
    get(client, url)
    assert get(client, url)["X-Cache"] == "hit"  # positive control: public, cached
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        PageViewRestriction.objects.create(page=site["about"], restriction_type="login")
        # Another process reads the page before the commit (still public for it) and stores
        # its copy under the generations it reads now — already the purged ones.
        key, entry = stored_entry(url)
        entry.generations = store.current_generations(list(entry.generations))
        caches[store.PAGES].set(key, entry, 600)
        assert client.get(url)["X-Cache"] == "hit"  # that stale copy would be served ...
    assert callbacks  # ... until the commit, whose purge drops it
    response = client.get(url)
    assert response.status_code == 302 and "X-Cache" not in response


def test_the_memo_drops_a_value_read_before_the_commit(site, django_capture_on_commit_callbacks):
    from home.templatetags.navigation_tags import main_menu

    request = RequestFactory().get("/en/")
    request.user = None
    with translation.override("en"):
        site["about"].show_in_menus = True
        publish(site["about"])
        menu = main_menu({"request": request})["entries"]
        assert site["about"].pk in [item.pk for item, _ in menu]  # positive control
        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(page=site["about"], restriction_type="login")
            # Another process memoizes the menu it still reads (the page public) before the commit.
            memo._store[("main-menu", site["home"].pk)] = (memo.generation(), [site["about"]])
        entries = main_menu({"request": RequestFactory().get("/en/")})["entries"]
    assert site["about"].pk not in [item.pk for item, _ in entries]


# --- nothing patches Wagtail, private APIs pinned ----------------------------------------------


def test_privacy_lookups_are_wagtails_own():
    assert Page.get_view_restrictions.__module__ == "wagtail.models.pages"
    assert PageQuerySet.private_q.__module__ == "wagtail.query"
    assert "get_for_language" not in vars(Locale.objects)


def comparable(route):
    """A route result with its page as an id and bound views as their functions."""
    if route is None:
        return None
    page, args, kwargs = route
    args = [getattr(arg, "__func__", arg) for arg in (args[0], *args[1:])] if args else args
    return page.pk, repr(args), kwargs


@pytest.mark.parametrize(
    "path",
    [
        "about/",
        "practices/",
        "practices/denim-repair-line/",
        "practices/feed/",
        "missing/",
        "about/x/",
    ],
)
def test_the_two_query_routing_gives_wagtails_own_route(site, path):
    """home.views fills Wagtail's private ``request._wagtail_route_for_request``: the result must be
    what Wagtail's own ``Page.route_for_request`` finds, and Wagtail must read it from there."""
    site["case"].slug = "denim-repair-line"
    publish(site["case"])
    factory = RequestFactory()
    with translation.override("en"):
        ours = factory.get(f"/en/{path}")
        home_views._route_by_url_path(ours, path)
        wagtails = factory.get(f"/en/{path}")
        expected = Page.route_for_request(wagtails, path)
        if hasattr(ours, "_wagtail_route_for_request"):
            got = ours._wagtail_route_for_request
            assert comparable(got) == comparable(expected)
            assert Page.route_for_request(ours, path) is got  # Wagtail reads the attribute
        else:
            assert path in ("missing/", "about/x/", "practices/denim-repair-line/") or expected
    pinned = factory.get("/en/about/")
    pinned._wagtail_route_for_request = sentinel = (site["about"], [], {})
    assert Page.route_for_request(pinned, "anything/") is sentinel
    assert Site.find_for_request(factory.get("/en/")).root_page_id == site["home"].pk


# --- page-cache keys -------------------------------------------------------------------------


def test_unknown_parameters_create_no_entry_and_never_reach_the_view(client, site):
    url = site["about"].url
    first = get(client, url)
    junk = get(client, f"{url}?utm_source=x&nonce=1234")
    assert junk["X-Cache"] == "hit" and junk.content == first.content
    for i in range(5):
        get(client, f"{url}?junk{i}={i}")
    assert len(caches[store.PAGES]._cache) == 1


def test_parameters_a_view_reads_are_normalised(client, site):
    from tests.factories.practices import TopicFactory

    TopicFactory(slug="a", name="Alterations")
    TopicFactory(slug="b", name="Buttons")
    url = site["index"].url
    first = get(client, f"{url}?topic=b&topic=a&utm=1")
    second = get(client, f"{url}?topic=a&topic=b")
    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit"


def test_too_many_values_are_served_but_not_stored(client, site):
    url = site["about"].url + "?" + "&".join(f"page={i}" for i in range(pages.MAX_VALUES + 1))
    get(client, url)
    assert "X-Cache" not in get(client, url)
    assert len(caches[store.PAGES]._cache) == 0


def test_another_views_parameter_is_not_stored_for_a_page(client, site):
    get(client, site["about"].url + "?scope=all")  # search's parameter, not a page's
    assert len(caches[store.PAGES]._cache) == 0


def test_every_parameter_the_filter_forms_read_is_in_the_key():
    from alliance.forms import DirectoryFilterForm, ExchangeFilterForm
    from practices.filters import PracticeFilterForm
    from search.forms import SearchForm

    views = store.config()["VIEWS"]
    for form in (PracticeFilterForm, DirectoryFilterForm, ExchangeFilterForm):
        assert set(form.base_fields) <= set(views["wagtail_serve"]["parameters"]), form
    assert set(SearchForm().fields) <= set(views["search:search"]["parameters"])


def test_pages_live_in_their_own_alias(client, site):
    get(client, site["about"].url)
    assert len(caches[store.PAGES]._cache) == 1
    assert all(not key.endswith(pages._PREFIX) for key in caches[store.GENERATIONS]._cache)
    caches[store.PAGES].clear()  # culling every page ...
    assert caches[store.GENERATIONS]._cache  # ... drops no generation


# --- cache faults ------------------------------------------------------------------------------


class _Unreachable(LocMemCache):
    def _fail(self, *args, **kwargs):
        raise ConnectionError("cache server unreachable")

    get = set = add = get_many = set_many = delete = delete_many = touch = has_key = _fail


class _DiskFull(LocMemCache):
    def _fail(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    set = add = set_many = touch = _fail


class BrokenCache(FaultTolerantMixin, _Unreachable):
    """Redis down: every call fails (under the production profile's backends)."""


class FullDiskCache(FaultTolerantMixin, _DiskFull):
    """A full disk under the cache folder: reads and deletes work, writes fail."""


def _cache_settings(settings, backend):
    settings.CACHES = {
        alias: {"BACKEND": f"tests.platform.test_cache_rule.{backend}", "LOCATION": alias}
        for alias in ("default", "shared", "pages")
    }


@pytest.mark.parametrize("backend", ["BrokenCache", "FullDiskCache"])
def test_every_page_is_served_uncached_when_the_cache_fails(client, site, settings, backend):
    _cache_settings(settings, backend)
    for url in ("/en/", site["about"].url, site["index"].url, site["case"].url, "/en/search/?q=x"):
        for _ in range(2):
            assert get(client, url).get("X-Cache") != "hit"  # rendered every time
    assert "Denim repair line" in get(client, site["case"].url).content.decode()
    site["about"].title = "About us"
    publish(site["about"])  # a purge that cannot be written is no error either
    assert "About us" in get(client, site["about"].url).content.decode()


def test_a_page_made_private_while_the_disk_is_full_is_not_served_from_the_cache(
    client, site, settings
):
    url = site["about"].url
    get(client, url)
    assert get(client, url)["X-Cache"] == "hit"
    _cache_settings(settings, "FullDiskCache")  # the same stores, now unwritable
    assert get(client, url)["X-Cache"] == "hit"
    PageViewRestriction.objects.create(page=site["about"], restriction_type="login")
    response = client.get(url)
    assert response.status_code == 302 and "X-Cache" not in response


# --- the CDN -----------------------------------------------------------------------------------

PURGED = []


class RecordingBackend(BaseBackend):
    def purge_tags(self, tags):
        PURGED.append(("tags", set(tags)))


class UrlBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(("url", url))


def test_public_responses_carry_their_tags_and_stale_if_error(client, site):
    response = get(client, site["about"].url)
    assert "stale-if-error=86400" in response["Cache-Control"]
    tag = f"page:{site['about'].translation_key}"
    assert tag in response["Surrogate-Key"].split() and tag in response["Cache-Tag"].split(",")
    assert "locale:en" in response["Surrogate-Key"].split()


def test_the_cdn_is_purged_of_the_same_tags_after_the_commit(
    site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "tags": {"BACKEND": "tests.platform.test_cache_rule.RecordingBackend"},
        "urls": {"BACKEND": "tests.platform.test_cache_rule.UrlBackend"},
    }
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        site["about"].title = "About us"
        publish(site["about"])
    assert PURGED == []  # nothing before the commit
    for callback in callbacks:
        callback()
    tags = set().union(*(t for kind, t in PURGED if kind == "tags"))
    assert {f"page:{site['about'].translation_key}", "locale:en"} <= tags
    assert ("url", site["about"].full_url) in PURGED


def test_the_http_backend_sends_one_purge_with_the_surrogate_keys():
    from clothhub.cache.cdn import TagHTTPBackend

    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append((self.command, self.headers["Surrogate-Key"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    backend = TagHTTPBackend({"LOCATION": f"http://127.0.0.1:{server.server_port}"})
    backend.purge_tags({"page:abc", "locale:en"})
    thread.join(5)
    server.server_close()
    assert received == [("PURGE", "locale:en page:abc")]
