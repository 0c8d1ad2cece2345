"""A page that may no longer be shown leaves search on the next request, whatever the task queue
and the caches do: its documents are removed when the change commits, in the same process, and
the search service drops at query time any hit whose page is not live and public.

Every path is run three ways: tasks run at once (development), the worker stopped (tasks queued
and never run), and the worker stopped with every production cache layer on (a shared cache:
page cache, fragment caches and the per-process memo)."""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from practices.models import CaseStudyPage
from search import service
from search.engines import Hit
from search.models import SearchDocument
from tests.conftest import publish, translate
from tests.practices.test_import import SAMPLES, practices_index, vocabulary  # noqa: F401
from tests.practices.test_import import run as run_import
from tests.search.conftest import make_page

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
MODES = ["tasks-immediate", "worker-stopped", "worker-stopped-caches-on"]


def _mode(request, settings):
    if request.param == "worker-stopped-caches-on":
        settings.CACHES = {
            **settings.CACHES,
            "shared": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": f"privacy-{uuid.uuid4().hex}",
            },
        }
        caches["shared"].clear()

    def stop_worker():
        if request.param != "tasks-immediate":
            settings.TASKS = DUMMY_TASKS

    return stop_worker


@pytest.fixture(params=MODES)
def mode(request, settings):
    """Returns ``stop_worker()``: call it once the test's pages are indexed."""
    return _mode(request, settings)


@pytest.fixture(params=MODES[1:])
def stopped(request, settings):
    """``mode`` without the immediate tasks (there a privacy change reindexes at once)."""
    return _mode(request, settings)


def api_titles(client, q, lang="en"):
    data = client.get("/api/search/", {"q": q, "lang": lang}).json()
    return [r["title"] for r in data["promoted"] + data["results"]]


def page_html(client, q, lang="en"):
    response = client.get(f"/{lang}/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def shown(client, page, q, lang="en"):
    """Whether ``page`` is in the search API's answer (its title) and on the search page (a link
    to its URL); both must agree."""
    in_api = page.title in api_titles(client, q, lang)
    in_page = f'href="{page.url}"' in page_html(client, q, lang)
    assert in_api == in_page, (in_api, in_page)
    return in_api


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a change and commit it (the test's transaction stands in for the request's)."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


def restrict(page, kind):
    if kind == "password":
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    if kind == "login":
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name=f"Partners {uuid.uuid4().hex[:6]}")])
    return restriction


# Made private ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["password", "login", "groups"])
@pytest.mark.parametrize("on", ["page", "ancestor"])
def test_a_page_made_private_leaves_search_on_the_next_request(
    client, home_page, mode, commit, kind, on
):
    section = make_page(home_page, "Partner area")
    page = make_page(section, "Organic cotton price benchmark", "Prices per kilo.")
    other = make_page(home_page, "Organic cotton sourcing guide", "Public guide.")
    assert shown(client, page, "cotton")  # positive control: public, it is found
    mode()

    commit(lambda: restrict(page if on == "page" else section, kind))

    assert not shown(client, page, "cotton")
    assert not SearchDocument.objects.filter(page=page).exists()  # removed on commit, no task
    assert shown(client, other, "cotton")  # the public page next to it stays


def test_removing_the_restriction_puts_the_pages_back(client, home_page, commit, settings):
    section = make_page(home_page, "Partner area")
    page = make_page(section, "Hemp yarn suppliers", "A list of suppliers.")
    restriction = restrict(section, "login")
    assert not shown(client, page, "hemp")
    commit(restriction.delete)
    assert shown(client, page, "hemp")


def test_removing_one_of_two_restrictions_keeps_the_page_out(client, home_page, commit):
    section = make_page(home_page, "Partner area")
    page = make_page(section, "Hemp yarn suppliers", "A list of suppliers.")
    restrict(section, "login")
    password = restrict(page, "password")
    commit(password.delete)
    assert not shown(client, page, "hemp")


# Unpublished, deleted, moved -------------------------------------------------------------------
def test_an_unpublished_page_and_the_pages_below_it_leave_search(client, home_page, mode, commit):
    section = make_page(home_page, "Denim lab", "Where denim is tested.")
    child = make_page(section, "Denim wash without water", "Ozone washing.")
    assert shown(client, section, "denim") and shown(client, child, "denim")
    mode()

    commit(section.unpublish)

    assert not shown(client, section, "denim")
    assert not shown(client, child, "denim")
    assert not SearchDocument.objects.filter(page__in=[section, child]).exists()


def test_a_deleted_page_leaves_search_and_the_engine(client, home_page, mode, commit):
    section = make_page(home_page, "Wool section")
    child = make_page(section, "Wool felting offcuts", "Felt from offcuts.")
    assert shown(client, child, "felting")
    mode()

    commit(section.delete)

    assert not shown(client, child, "felting")
    assert not SearchDocument.objects.exists()


def test_moving_a_page_into_and_out_of_a_private_section(client, home_page, mode, commit):
    private = make_page(home_page, "Internal")
    restrict(private, "login")
    page = make_page(home_page, "Rental subscription pilot", "Renting workwear.")
    assert shown(client, page, "rental")
    mode()

    commit(lambda: page.move(private, pos="last-child"))
    assert not shown(client, page, "rental")
    assert not SearchDocument.objects.filter(page=page).exists()

    # Moving it out again re-adds it (a queued task: at once when tasks run immediately).
    page.refresh_from_db()
    commit(lambda: page.move(home_page, pos="last-child"))
    page.refresh_from_db()
    found_again = shown(client, page, "rental")
    assert found_again == (SearchDocument.objects.filter(page=page).exists())


# The query-time guard --------------------------------------------------------------------------
@pytest.mark.parametrize("change", ["unpublish", "password", "ancestor-login"])
def test_a_late_removal_is_never_shown(client, home_page, stopped, change):
    """The transaction never commits here, so neither the removal nor any task runs: the document
    is still in the index, and search must still not show it."""
    section = make_page(home_page, "Knit lab")
    page = make_page(section, "Seamless knitting on demand", "Knitting garments whole.")
    assert shown(client, page, "knitting")
    stopped()

    if change == "unpublish":
        page.unpublish()
    elif change == "password":
        restrict(page, "password")
    else:
        restrict(section, "login")

    assert SearchDocument.objects.filter(page=page).exists()  # the index still has it
    assert not shown(client, page, "knitting")
    # Nor is it counted (the section above it, "Knit lab", has no "seamless").
    data = client.get("/api/search/", {"q": "seamless"}).json()
    assert data["total"] == 0 and data["results"] == []
    suggestions = client.get("/en/search/suggest/", {"q": "seamless"}).json()["suggestions"]
    assert suggestions == []


def test_suggestions_show_a_public_page_and_drop_it_once_private(client, home_page):
    page = make_page(home_page, "Seamless knitting on demand")
    suggestions = client.get("/en/search/suggest/", {"q": "seamless"}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == [page.title]
    restrict(page, "login")
    suggestions = client.get("/en/search/suggest/", {"q": "seamless"}).json()["suggestions"]
    assert suggestions == []


def test_the_guard_costs_one_query_for_the_results_page(
    client, home_page, django_assert_max_num_queries
):
    """The hits' documents and the check that their pages are live and public: one query
    (plus the type labels), however many hits the page of results has."""
    for n in range(12):
        make_page(home_page, f"Circular denim case {n}")
    hits = [Hit(doc_id=pk) for pk in SearchDocument.objects.values_list("pk", flat=True)]
    with django_assert_max_num_queries(2):
        loaded = service._load(hits, "en")
    assert len(loaded) == 12


# Publishing, translations, workflow, import ----------------------------------------------------
def test_a_published_translation_is_found_and_leaves_when_unpublished(
    client, translated_homes, mode, commit
):
    page = make_page(translated_homes["en"], "Repair services", "Mending for customers.")
    es = translate(page, "es", title="Servicios de reparación", introduction="Arreglos.")
    assert shown(client, es, "reparación", lang="es")
    mode()
    commit(es.unpublish)
    assert not shown(client, es, "reparación", lang="es")
    assert shown(client, page, "mending")


def test_an_unpublished_page_leaves_the_cached_search_pages_of_other_languages(
    client, translated_homes, mode, commit
):
    # A French reader searching all languages sees the English page; the cached French search
    # page is not purged by the English page's own tags, but by the removal's purge of "search".
    page = make_page(translated_homes["en"], "Mycelium leather", "Grown from mushroom roots.")

    def in_french_search():
        response = client.get("/fr/search/", {"q": "mycelium", "scope": "all"})
        return f'href="{page.url}"' in response.content.decode()

    assert in_french_search()
    mode()
    commit(page.unpublish)
    assert not in_french_search()


def test_publishing_a_draft_makes_it_findable(client, home_page):
    page = make_page(home_page, "Zero-waste pattern cutting", live=False)
    assert not shown(client, page, "zero-waste")
    publish(page)
    assert shown(client, page, "zero-waste")


def test_workflow_approval_publishes_into_search(client, home_page, django_user_model):
    from wagtail.models import Workflow

    moderator = django_user_model.objects.create_superuser("mod", "mod@example.org", "pw")
    page = make_page(home_page, "Textile waste map", live=False)
    workflow = page.get_workflow() or Workflow.objects.first()
    assert workflow is not None
    revision = page.save_revision(user=moderator)
    state = workflow.start(page, moderator)
    assert not shown(client, page, "waste")
    while state.status == state.STATUS_IN_PROGRESS:
        state.current_task_state.approve(user=moderator)
        state.refresh_from_db()
    page.refresh_from_db()
    assert page.live and page.live_revision_id == revision.pk
    assert shown(client, page, "waste")


@pytest.mark.parametrize("private_index", [False, True])
def test_imported_practices_are_found_unless_their_index_is_private(
    client,
    practices_index,  # noqa: F811 - the fixture of tests.practices.test_import
    commit,
    private_index,
):
    if private_index:
        restrict(practices_index, "login")
    commit(lambda: run_import(str(SAMPLES / "case_studies.csv")))
    page = CaseStudyPage.objects.get(external_id="sample-bg-3d-sampling")
    assert shown(client, page, "sampling") is not private_index


def test_a_translation_synced_and_published_with_wagtail_localize_follows_its_privacy(
    client, translated_homes, mode, commit
):
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    page = make_page(translated_homes["en"], "Garment repair network", "Menders near you.")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="es")
    )
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data="Red de reparación de prendas",
        translation_type="manual",
    )
    commit(lambda: translation.save_target(publish=True))
    es = StandardPage.objects.get(translation_key=page.translation_key, locale__language_code="es")
    assert shown(client, es, "prendas", lang="es")  # the published translation is found
    mode()

    commit(lambda: restrict(es, "password"))
    assert not shown(client, es, "prendas", lang="es")
    assert shown(client, page, "repair")  # the original stays public
