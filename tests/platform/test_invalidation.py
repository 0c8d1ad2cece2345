"""Every invalidation path, with every cache layer on (the test profile): after publish,
unpublish, move, delete, privacy added or removed, a snippet change, a translation sync, a
workflow approval and an import, the next request of the page, its listing, its feed, the
Wagtail API and the sitemap shows the change. Each test first shows the page public everywhere
(the positive control) from warm caches. The search side of these paths is in tests/search."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction, WorkflowState
from wagtail_localize.models import Translation

from practices.models import CaseStudyPage
from tests.conftest import publish
from tests.editorial.conftest import case_study, create_case_study, hub, login  # noqa: F401
from tests.editorial.test_translation import localize, publish_translation, translate_string
from tests.factories.practices import CaseStudyPageFactory, PracticesIndexPageFactory, TopicFactory
from tests.practices.test_import import vocabulary  # noqa: F401

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "practices" / "samples"


def surfaces(client, url, index, language="en", query=""):
    """What an anonymous reader gets: the page, the listing, the feed, the API and the sitemap."""
    api = client.get(
        f"/api/v2/pages/?type=practices.CaseStudyPage&locale={language}{query and '&'}{query}"
    )
    assert api.status_code == 200
    return {
        "page": client.get(url),
        "listing": client.get(index.url + (f"?{query}" if query else "")),
        "feed": client.get(index.url + "feed/" + (f"?{query}" if query else "")),
        "api": api,
        "sitemap": client.get("/sitemap.xml"),
    }


def text(response):
    return response.content.decode()


def api_pages(response):
    return {item["id"]: item["meta"]["html_url"] for item in json.loads(response.content)["items"]}


def assert_shown(client, page, index, title, language="en", query="", warm=True):
    page = Page.objects.get(pk=page.pk)
    if warm:  # from the caches: the first visit stores, the second is a hit
        surfaces(client, page.url, index, language, query)
    seen = surfaces(client, page.url, index, language, query)
    assert seen["page"].status_code == 200 and title in text(seen["page"])
    if warm:
        assert seen["page"]["X-Cache"] == "hit"
    assert title in text(seen["listing"])
    assert title in text(seen["feed"])
    assert api_pages(seen["api"]).get(page.pk) == page.full_url
    assert f"<loc>{page.full_url}</loc>" in text(seen["sitemap"])


def assert_hidden(client, url, full_url, page_id, index, title, language="en"):
    seen = surfaces(client, url, index, language)
    assert seen["page"].status_code in (302, 404) and title not in text(seen["page"])
    assert title not in text(seen["listing"])
    assert title not in text(seen["feed"])
    assert page_id not in api_pages(seen["api"])
    assert f"<loc>{full_url}</loc>" not in text(seen["sitemap"])


@pytest.fixture
def tree(home_page):
    index = publish(
        PracticesIndexPageFactory(parent=home_page, title="Practices", slug="practices")
    )
    section = publish(PracticesIndexPageFactory(parent=index, title="Modacc", slug="modacc"))
    other = publish(PracticesIndexPageFactory(parent=home_page, title="Archive", slug="archive"))
    topic = TopicFactory(name="Repair services", slug="repair")
    case = publish(
        CaseStudyPageFactory(
            parent=section, title="Denim repair line", slug="denim", topics=[topic]
        )
    )
    return {"index": index, "section": section, "other": other, "topic": topic, "case": case}


def hidden_after(client, tree, change):
    case, index = tree["case"], tree["index"]
    assert_shown(client, case, index, "Denim repair line")
    url, full_url = case.url, case.full_url
    change(case)
    assert_hidden(client, url, full_url, case.pk, index, "Denim repair line")


def test_publish(client, tree):
    draft = CaseStudyPageFactory(parent=tree["section"], title="Jeans take-back", slug="jeans")
    draft.unpublish()
    draft = Page.objects.get(pk=draft.pk)
    assert_hidden(client, draft.url, draft.full_url, draft.pk, tree["index"], "Jeans take-back")
    assert_shown(client, tree["case"], tree["index"], "Denim repair line")  # caches warm
    publish(draft.specific)
    assert_shown(client, draft, tree["index"], "Jeans take-back", warm=False)


def test_unpublish(client, tree):
    hidden_after(client, tree, lambda case: case.unpublish())


def test_delete(client, tree):
    hidden_after(client, tree, lambda case: case.delete())


@pytest.mark.parametrize("on", ["case", "section"])
def test_privacy_added(client, tree, on):
    hidden_after(
        client,
        tree,
        lambda case: PageViewRestriction.objects.create(page=tree[on], restriction_type="login"),
    )


def test_privacy_removed(client, tree):
    case = tree["case"]
    restriction = PageViewRestriction.objects.create(page=tree["section"], restriction_type="login")
    for _ in range(2):
        assert_hidden(client, case.url, case.full_url, case.pk, tree["index"], "Denim repair line")
    restriction.delete()
    assert_shown(client, case, tree["index"], "Denim repair line", warm=False)


def test_move(client, tree):
    case = tree["case"]
    assert_shown(client, case, tree["index"], "Denim repair line")
    client.get(tree["other"].url)  # the archive's listing cached without the page
    old_url, old_full_url = case.url, case.full_url
    case.move(tree["other"], pos="last-child")
    moved = Page.objects.get(pk=case.pk)
    assert moved.url != old_url
    old = client.get(old_url)  # Wagtail's redirects app sends readers to the new address
    assert old.status_code == 301 and old["Location"] == moved.url
    assert "Denim repair line" not in text(client.get(tree["index"].url))
    assert f"<loc>{old_full_url}</loc>" not in text(client.get("/sitemap.xml"))
    assert_shown(client, moved, tree["other"], "Denim repair line", warm=False)


def test_snippet_change(client, tree):
    case, index, topic = tree["case"], tree["index"], tree["topic"]
    assert_shown(client, case, index, "Denim repair line", query="topic=repair")
    assert "Repair services" in text(client.get(case.url))
    topic.name, topic.slug = "Repair and care", "repair-and-care"
    topic.save()
    assert "Repair and care" in text(client.get(case.url))
    assert "Repair and care" in text(client.get(index.url))
    assert_shown(
        client, case, index, "Denim repair line", query="topic=repair-and-care", warm=False
    )


def test_translation_sync(client, hub, django_capture_on_commit_callbacks):  # noqa: F811
    original = case_study(hub.section("modacc"), title="Virtual knit samples", slug="knit")
    translation = localize(original, "ca")
    translate_string(translation, "title", "Mostres virtuals de punt")
    catalan = publish_translation(translation, django_capture_on_commit_callbacks)
    assert_shown(client, catalan, hub.index_ca, "Mostres virtuals de punt", language="ca")
    original.title = "Virtual knit samples cut prototypes"
    publish(original)
    translation = Translation.objects.get(source__object_id=original.translation_key)
    translation.source.update_from_db()  # "Sync translated pages"
    translate_string(translation, "title", "Les mostres virtuals redueixen els prototips")
    publish_translation(translation, django_capture_on_commit_callbacks)
    new_title = "Les mostres virtuals redueixen els prototips"
    assert_shown(client, catalan, hub.index_ca, new_title, language="ca", warm=False)
    assert "Mostres virtuals de punt<" not in text(client.get(hub.index_ca.url))


def test_workflow_approval(client, hub, login):  # noqa: F811
    from django.urls import reverse

    known = case_study(hub.section("modacc"), title="Denim repair line", slug="denim")
    assert_shown(client, known, hub.index, "Denim repair line")
    login("editor-modacc")
    response = create_case_study(
        client, hub.section("modacc"), "Workwear take-back", "take-back", action="submit"
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug="take-back")
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    client.logout()
    full_url = f"{hub.section('modacc').full_url}take-back/"
    assert_hidden(
        client,
        f"{hub.section('modacc').url}take-back/",
        full_url,
        page.pk,
        hub.index,
        "Workwear take-back",
    )
    login("moderator")
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.current_task_state_id)
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    client.logout()
    assert_shown(client, page, hub.index, "Workwear take-back", warm=False)


def test_import(client, tree, tmp_path, vocabulary):  # noqa: F811
    rows = json.loads((SAMPLES / "case_studies.json").read_text(encoding="utf-8"))
    assert_shown(client, tree["case"], tree["index"], "Denim repair line")  # caches warm
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    call_command(
        "import_practices", str(path), "--parent", str(tree["index"].pk), stdout=StringIO()
    )
    page = CaseStudyPage.objects.get(external_id=rows[0]["external_id"])
    assert_shown(client, page, tree["index"], page.title, warm=False)
    rows[0]["title"] = "Recycled cotton knitwear (updated)"
    path.write_text(json.dumps(rows), encoding="utf-8")
    call_command(
        "import_practices", str(path), "--parent", str(tree["index"].pk), stdout=StringIO()
    )
    assert_shown(client, page, tree["index"], "Recycled cotton knitwear (updated)", warm=False)
