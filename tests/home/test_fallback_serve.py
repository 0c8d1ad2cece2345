"""A page not translated into the reader's language is served in its original language through
Wagtail's own serve view: every ``before_serve_page`` and ``on_serve_page`` hook runs for it, and
a draft or private original is never served that way."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roadmap(translated_homes):
    return StandardPageFactory(
        parent=translated_homes["en"], slug="roadmap", title="Strategy and roadmap"
    )


def test_before_serve_page_hooks_run_for_a_fallback_page(client, roadmap):
    seen = []

    def hook(page, request, args, kwargs):
        seen.append((page.pk, request.path, request.language_fallback.language_code))

    with hooks.register_temporarily("before_serve_page", hook):
        response = client.get("/da/roadmap/")
    assert response.status_code == 200
    assert "Strategy and roadmap" in response.content.decode()
    assert seen == [(roadmap.pk, "/da/roadmap/", "en")]


def test_a_before_serve_page_hook_can_answer_for_a_fallback_page(client, roadmap):
    def hook(page, request, args, kwargs):
        return HttpResponse("Blocked by a hook", status=403)

    with hooks.register_temporarily("before_serve_page", hook):
        response = client.get("/da/roadmap/")
    assert response.status_code == 403
    assert response.content == b"Blocked by a hook"


def test_on_serve_page_hooks_wrap_a_fallback_page(client, roadmap):
    def hook(next_serve):
        def inner(page, request, args, kwargs):
            response = next_serve(page, request, args, kwargs)
            response["X-Served-By-Hook"] = str(page.pk)
            return response

        return inner

    with hooks.register_temporarily("on_serve_page", hook):
        response = client.get("/da/roadmap/")
        english = client.get("/en/roadmap/")
    assert response.status_code == 200
    assert response["X-Served-By-Hook"] == str(roadmap.pk)
    assert english["X-Served-By-Hook"] == str(roadmap.pk)  # the same as a page in its language


@pytest.mark.parametrize("kind", ["password", "login"])
@pytest.mark.parametrize("on", ["page", "ancestor"])
def test_a_private_original_is_never_served_as_a_fallback(
    client, translated_homes, django_user_model, kind, on
):
    section = StandardPageFactory(parent=translated_homes["en"], slug="partners", title="Partners")
    page = StandardPageFactory(parent=section, slug="minutes", title="Board minutes")
    assert client.get("/da/partners/minutes/").status_code == 200  # public: served as fallback
    PageViewRestriction.objects.create(
        page=page if on == "page" else section, restriction_type=kind, password="pw"
    )
    response = client.get("/da/partners/minutes/")
    assert response.status_code == 404
    assert "Board minutes" not in response.content.decode()
    # Not even to a signed-in reader, who may read it in its own language.
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    assert client.get("/da/partners/minutes/").status_code == 404
    if kind == "login":
        assert client.get("/en/partners/minutes/").status_code == 200


def test_a_draft_original_is_never_served_as_a_fallback(client, translated_homes):
    StandardPageFactory(parent=translated_homes["en"], slug="draft", title="Draft", live=False)
    assert client.get("/da/draft/").status_code == 404


def test_wagtail_routes_a_request_by_the_route_kept_on_it(roadmap):
    """Pins the Wagtail behaviour the fallback relies on: ``Page.route_for_request`` (which
    ``wagtail.views.serve`` calls) answers with the route kept in
    ``request._wagtail_route_for_request``. If an upgrade changes that, this fails, and so do
    the fallback tests above (they would answer 404)."""
    request = RequestFactory().get("/da/anything/")
    request._wagtail_route_for_request = (roadmap, [], {})
    assert Page.route_for_request(request, "anything/") == (roadmap, [], {})
    assert wagtail_views.Page.route_for_request is Page.route_for_request
