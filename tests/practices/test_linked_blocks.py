""" "Linked page" and "linked case study" blocks show only live, public targets: a public page that
links a draft, password- or login-protected page shows nothing of it (no title, summary or URL),
to readers and in the page cache; editors previewing see a neutral note instead."""

import json
import uuid

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.conftest import publish
from tests.factories.home import StandardPageFactory
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory

pytestmark = pytest.mark.django_db

PLACEHOLDER = "linked-page--hidden"


def linking_page(parent, slug, blocks):
    page = StandardPage(title=f"Linking {slug}", slug=slug, body=json.dumps(blocks), live=False)
    parent.add_child(instance=page)
    return publish(page)


@pytest.fixture
def linked(home_page, vocab):
    index = PracticesIndexPageFactory(parent=home_page)
    section = StandardPageFactory(parent=home_page, slug="partners", title="Partners section")
    target = StandardPageFactory(parent=section, slug="board-minutes", title="Board minutes 2025")
    case = CaseStudyPageFactory(
        parent=index,
        title="Closed-loop denim at a Danish SME",
        slug="closed-loop-denim",
        summary="Jeans returned, sorted and respun into yarn.",
    )
    page = linking_page(
        home_page,
        "resources",
        [
            {"type": "linked_page", "value": {"page": target.pk, "text": ""}},
            {"type": "linked_case_study", "value": {"case_study": case.pk, "note": ""}},
        ],
    )
    return {"page": page, "section": section, "target": target, "case": case}


def html(client, url="/en/resources/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def assert_shows(content, page, text):
    assert text in content and f'href="{page.url}"' in content


def assert_hides(content, page, text):
    assert text not in content and page.url not in content
    assert PLACEHOLDER not in content  # readers are not told that something is left out


def test_public_targets_are_shown(client, linked):
    content = html(client)
    assert_shows(content, linked["target"], "Board minutes 2025")
    assert_shows(content, linked["case"], "Closed-loop denim at a Danish SME")
    assert "respun into yarn" in content


@pytest.mark.parametrize("kind", ["password", "login"])
@pytest.mark.parametrize("on", ["target", "section"])
def test_a_protected_linked_page_shows_nothing_of_itself(client, linked, kind, on):
    restricted = linked["target"] if on == "target" else linked["section"]
    PageViewRestriction.objects.create(page=restricted, restriction_type=kind, password="pw")
    content = html(client)
    assert_hides(content, linked["target"], "Board minutes 2025")
    assert_shows(content, linked["case"], "Closed-loop denim at a Danish SME")


@pytest.mark.parametrize("kind", ["password", "login"])
def test_a_protected_case_study_card_shows_nothing_and_comes_back_once_public(client, linked, kind):
    restriction = PageViewRestriction.objects.create(
        page=linked["case"], restriction_type=kind, password="pw"
    )
    content = html(client)
    assert_hides(content, linked["case"], "Closed-loop denim at a Danish SME")
    assert "respun into yarn" not in content
    restriction.delete()
    assert_shows(html(client), linked["case"], "Closed-loop denim at a Danish SME")


def test_an_unpublished_target_is_hidden_and_shown_again_when_republished(client, linked):
    linked["target"].unpublish()
    assert_hides(html(client), linked["target"], "Board minutes 2025")
    publish(linked["target"])
    assert_shows(html(client), linked["target"], "Board minutes 2025")


def test_the_page_cache_does_not_keep_a_link_to_a_page_made_private(client, linked, settings):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"linked-{uuid.uuid4().hex}",
        },
    }
    caches["shared"].clear()
    assert_shows(html(client), linked["case"], "Closed-loop denim at a Danish SME")
    assert_shows(html(client), linked["case"], "Closed-loop denim at a Danish SME")  # cached
    PageViewRestriction.objects.create(page=linked["case"], restriction_type="login")
    assert_hides(html(client), linked["case"], "Closed-loop denim at a Danish SME")


def test_editors_previewing_see_a_neutral_note_instead(linked):
    PageViewRestriction.objects.create(page=linked["target"], restriction_type="login")
    linked["case"].unpublish()
    request = RequestFactory().get("/")
    request.is_preview = True
    content = str(linked["page"].body.render_as_block(context={"request": request}))
    assert content.count(PLACEHOLDER) == 2
    assert "Board minutes 2025" not in content and linked["target"].url not in content
    assert "Closed-loop denim" not in content

    request.is_preview = False
    content = str(linked["page"].body.render_as_block(context={"request": request}))
    assert PLACEHOLDER not in content
