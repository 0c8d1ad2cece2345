"""Issue 6, "Done when": the whole cycle with the demo accounts, through the admin's own views.

A partner editor drafts a case study and submits it; the moderator approves; it is live and
searchable; a translator translates it into Catalan in the translation editor and publishes; the
original changes and the Catalan page says it is out of date until the translation is synced,
translated and published again.
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from practices.models import CaseStudyPage
from search import service
from tests.editorial.conftest import create_case_study, edit_page, edit_url

pytestmark = pytest.mark.django_db

UP_TO_DATE = 'data-translation-status="up-to-date managed"'
CHANGED = 'data-translation-status="outdated managed"'


def _approve(client, login, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    login("moderator")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", state.current_task_state_id),
    )
    assert client.post(url, {"comment": "Checked the figures."}).status_code == 302


def _translate(client, translation, path, text):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def _publish_translation(client, page, capture):
    with capture(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302


def test_the_whole_editorial_cycle(hub, client, login, django_capture_on_commit_callbacks):
    catalan = Locale.objects.get(language_code="ca")

    # 1. The Modacc editor drafts a case study in the Modacc section, then submits it.
    login("editor-modacc")
    response = create_case_study(
        client,
        hub.section("modacc"),
        "Swimwear knitted from Catalan fishing nets",
        "swimwear-fishing-nets",
        summary="A Mataró swimwear brand buys recovered fishing nets from three ports.",
    )
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug="swimwear-fishing-nets")
    assert not page.live
    response = edit_page(client, page, action="submit")
    assert response.status_code == 302

    client.logout()
    assert client.get("/en/practices/modacc/swimwear-fishing-nets/").status_code == 404

    # 2. The moderator approves: the page is published, served and searchable.
    _approve(client, login, page)
    page = CaseStudyPage.objects.get(pk=page.pk)
    assert page.live
    client.logout()
    assert "Swimwear knitted from Catalan fishing nets" in client.get(page.url).content.decode()
    results = service.search("fishing nets", language="en")
    assert page.pk in [result.page_id for result in results.results]

    # 3. The editor asks for a Catalan translation: a draft in the Catalan tree.
    login("editor-modacc")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=(page.pk,)),
        {"locales": [catalan.pk]},
    )
    assert response.status_code == 302
    target = page.get_translation(catalan)
    assert not target.live
    translation = Translation.objects.get(source__object_id=page.translation_key)

    # 4. The Catalan translator translates in the translation editor and publishes.
    login("translator-ca")
    assert "js-translation-editor" in client.get(edit_url(target)).content.decode()
    _translate(client, translation, "title", "Banyadors teixits amb xarxes de pesca catalanes")
    _translate(
        client,
        translation,
        "summary",
        "Una marca de banyadors de Mataró compra xarxes de pesca recuperades a tres ports.",
    )
    _publish_translation(client, target, django_capture_on_commit_callbacks)
    target = Page.objects.get(pk=target.pk)
    assert target.live
    client.logout()
    html = client.get(target.url).content.decode()
    assert "Banyadors teixits amb xarxes de pesca catalanes" in html
    assert UP_TO_DATE in html
    assert f'href="{page.url}"' in html
    ca_results = service.search("xarxes de pesca", language="ca")
    assert target.pk in [result.page_id for result in ca_results.results]

    # 5. The original changes (edited, submitted, approved): the Catalan page is out of date.
    login("editor-modacc")
    response = edit_page(
        client,
        page,
        action="submit",
        summary="A Mataró swimwear brand buys 14 tonnes of recovered fishing nets a year.",
    )
    assert response.status_code == 302
    _approve(client, login, page)
    assert "14 tonnes" in CaseStudyPage.objects.get(pk=page.pk).summary
    client.logout()
    assert CHANGED in client.get(target.url).content.decode()

    # 6. Synced, translated and published again: up to date.
    login("editor-modacc")
    response = client.post(
        reverse("wagtail_localize:update_translations", args=(translation.source_id,)), {}
    )
    assert response.status_code == 302
    client.logout()
    assert CHANGED in client.get(target.url).content.decode()  # synced, not yet republished
    login("translator-ca")
    _translate(
        client,
        translation,
        "summary",
        "Una marca de banyadors de Mataró compra 14 tones de xarxes de pesca recuperades a l'any.",
    )
    _publish_translation(client, target, django_capture_on_commit_callbacks)
    client.logout()
    html = client.get(target.url).content.decode()
    assert UP_TO_DATE in html
    assert "14 tones" in html
