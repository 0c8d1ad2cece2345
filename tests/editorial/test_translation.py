"""Translation with wagtail-localize: the translation editor, sync, PO files, machine translation,
the permission guards, the out-of-date report, and the status notice readers see."""

import json
import re
from html import unescape

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from editorial import localize_guards
from editorial.translation_status import (
    OUTDATED_NEVER_PUBLISHED,
    out_of_date_page_translations,
    out_of_date_snippet_translations,
    outdated_reason,
    reader_status,
)
from practices.models import CaseStudyPage, Topic
from tests.conftest import publish, translate
from tests.editorial.conftest import assert_denied, case_study, edit_url

pytestmark = pytest.mark.django_db

NOTICE_UP_TO_DATE = 'data-translation-status="up-to-date managed"'
NOTICE_CHANGED = 'data-translation-status="outdated managed"'


def locale(code):
    return Locale.objects.get(language_code=code)


def localize(page, code):
    """Submit ``page`` for translation into ``code`` the way "Translate this page" does."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    return translation


def translate_string(translation, path, text):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": text, "translation_type": "manual"},
    )


def publish_translation(translation, capture):
    with capture(execute=True):
        translation.save_target(publish=True)
    return CaseStudyPage.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )


@pytest.fixture
def original(hub):
    return case_study(
        hub.section("modacc"), title="Virtual knit samples", slug="virtual-knit-samples"
    )


@pytest.fixture
def catalan(original, django_capture_on_commit_callbacks):
    translation = localize(original, "ca")
    translate_string(translation, "title", "Mostres virtuals de punt")
    return publish_translation(translation, django_capture_on_commit_callbacks)


# --- what readers see -----------------------------------------------------------------------------
def test_managed_translation_says_it_is_up_to_date_and_links_to_the_original(
    catalan, original, client
):
    html = client.get(catalan.url).content.decode()
    assert "Mostres virtuals de punt" in html
    assert NOTICE_UP_TO_DATE in html
    assert f'href="{original.url}"' in html


def test_translation_is_out_of_date_once_the_original_is_published_again(catalan, original, client):
    original.title = "Virtual knit samples cut prototypes by two thirds"
    publish(original)
    html = client.get(catalan.url).content.decode()
    assert NOTICE_CHANGED in html
    assert NOTICE_UP_TO_DATE not in html
    assert f'href="{original.url}"' in html


def test_sync_and_republish_make_the_translation_up_to_date_again(
    catalan, original, client, django_capture_on_commit_callbacks
):
    original.title = "Virtual knit samples cut prototypes by two thirds"
    publish(original)
    translation = Translation.objects.get(source__object_id=original.translation_key)
    translation.source.update_from_db()  # "Sync translated pages"
    assert NOTICE_CHANGED in client.get(catalan.url).content.decode()  # synced, not republished
    translate_string(translation, "title", "Les mostres virtuals redueixen els prototips")
    publish_translation(translation, django_capture_on_commit_callbacks)
    html = client.get(catalan.url).content.decode()
    assert NOTICE_UP_TO_DATE in html
    assert "Les mostres virtuals redueixen els prototips" in html


def test_copied_translation_gets_a_neutral_notice_with_a_link_to_the_original(original, client):
    copy = translate(original, "ca", title="Mostres virtuals (còpia)", slug="mostres-copia")
    html = client.get(copy.url).content.decode()
    assert 'data-translation-status="unknown"' in html
    assert NOTICE_UP_TO_DATE not in html
    assert f'href="{original.url}"' in html


def test_copied_translation_warns_when_the_original_was_published_after_it(original, client):
    copy = translate(original, "ca", title="Mostres virtuals (còpia)", slug="mostres-copia")
    original.title = "Virtual knit samples, updated"
    publish(original)
    html = client.get(copy.url).content.decode()
    assert 'data-translation-status="outdated"' in html


def test_original_page_shows_no_translation_notice(catalan, original, client):
    html = client.get(original.url).content.decode()
    assert "data-translation-status" not in html


HREFLANG_BUG = pytest.mark.xfail(
    strict=True,
    reason="home/i18n.py hreflang_alternates fails (500) when the default-language page is not "
    "live and public: `default.get_full_url` on None (line 98). Remove this mark once fixed.",
)


@HREFLANG_BUG
def test_private_original_is_not_linked(catalan, original, client):
    PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.PASSWORD, password="partners"
    )
    html = client.get(catalan.url).content.decode()
    assert NOTICE_UP_TO_DATE in html
    assert f'href="{original.url}"' not in html


@HREFLANG_BUG
def test_draft_original_is_not_linked(hub, client):
    draft = case_study(hub.section("modacc"), live=False, title="Draft original", slug="draft-o")
    copy = draft.copy_for_translation(locale("ca")).specific
    publish(copy)
    html = client.get(copy.url).content.decode()
    assert f'href="/en/practices/modacc/{draft.slug}/"' not in html


def test_translation_status_costs_at_most_two_queries(
    catalan, original, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        status = reader_status(catalan)
    assert status.managed and status.up_to_date
    with django_assert_max_num_queries(1):
        assert reader_status(original) is None


# --- the translation editor: editors and translators ------------------------------------------
def test_editor_submits_their_page_for_translation_as_a_draft(original, client, login):
    login("editor-modacc")
    url = reverse("wagtail_localize:submit_page_translation", args=(original.pk,))
    response = client.post(url, {"locales": [locale("ca").pk]})
    assert response.status_code == 302
    target = original.get_translation(locale("ca"))
    assert not target.live  # a draft, until a translator publishes it
    assert Translation.objects.filter(
        source__object_id=original.translation_key, target_locale=locale("ca"), enabled=True
    ).exists()


def test_translator_opens_the_translation_editor_and_publishes(
    original, client, login, django_capture_on_commit_callbacks
):
    login("editor-modacc")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=(original.pk,)),
        {"locales": [locale("ca").pk]},
    )
    target = original.get_translation(locale("ca"))
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-ca")
    response = client.get(edit_url(target))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
        "value=Mostres+virtuals+de+punt",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(target), {"action": "publish"})
    assert response.status_code == 302
    target = Page.objects.get(pk=target.pk)
    assert target.live
    assert target.title == "Mostres virtuals de punt"


def editor_perms(html):
    """The permissions wagtail-localize's translation editor draws its buttons from."""
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html).group(1)
    return json.loads(unescape(props))["perms"]


def test_translation_editor_offers_translators_publish_but_not_unpublish_or_delete(
    catalan, client, login
):
    login("translator-ca")
    perms = editor_perms(client.get(edit_url(catalan)).content.decode())
    assert perms["canPublish"]
    assert not perms["canUnpublish"]
    assert not perms["canDelete"]
    login("moderator")
    assert editor_perms(client.get(edit_url(catalan)).content.decode())["canUnpublish"]


def test_editor_cannot_publish_from_the_translation_editor(catalan, client, login):
    published_at = catalan.last_published_at
    login("editor-modacc")
    assert_denied(client.post(edit_url(catalan), {"action": "publish"}))
    assert Page.objects.get(pk=catalan.pk).last_published_at == published_at


def test_translator_of_another_language_cannot_edit_the_translation(catalan, client, login):
    login("translator-es")
    assert_denied(client.get(edit_url(catalan)))
    translation = Translation.objects.get(source__object_id=catalan.translation_key)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)),
        "value=Intrus",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403


# --- PO files -------------------------------------------------------------------------------------
def test_translator_downloads_the_po_file(catalan, original, client, login):
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-ca")
    response = client.get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    po = polib.pofile(response.content.decode())
    entries = {entry.msgid: entry.msgstr for entry in po}
    assert entries["Virtual knit samples"] == "Mostres virtuals de punt"
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)


def test_translator_uploads_a_translated_po_file(catalan, original, client, login):
    translation = Translation.objects.get(source__object_id=original.translation_key)
    po = translation.export_po()
    for entry in po:
        if entry.msgid == original.summary:
            entry.msgstr = "Un fabricant de texans repara els texans retornats."
    login("translator-ca")
    upload = SimpleUploadedFile("ca.po", str(po).encode(), content_type="text/x-gettext")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=(translation.pk,)),
        {"file": upload, "next": edit_url(catalan)},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        locale=locale("ca"), data="Un fabricant de texans repara els texans retornats."
    ).exists()


def test_uploading_a_file_that_is_not_a_translation_po_file_gives_a_message(
    catalan, original, client, login
):
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-ca")
    url = reverse("wagtail_localize:upload_pofile", args=(translation.pk,))
    for content in (b"not a po file at all \x00\xff", b'msgid "Hello"\nmsgstr "Hola"\n'):
        upload = SimpleUploadedFile("ca.po", content)
        response = client.post(url, {"file": upload, "next": edit_url(catalan)}, follow=True)
        assert response.status_code == 200
        messages = [str(m) for m in response.context["messages"]]
        assert messages and ("PO file" in messages[-1])


def test_another_languages_translator_cannot_download_the_po_file(catalan, original, client, login):
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-es")
    response = client.get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
    assert_denied(response)


# --- machine translation --------------------------------------------------------------------------
def test_machine_translation_is_off_by_default(catalan, original, client, login):
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-ca")
    url = reverse("wagtail_localize:machine_translate", args=(translation.pk,))
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code != 200
    assert response.get("Location") != "/admin/"  # not the "translated" redirect: a 404
    assert not StringTranslation.objects.filter(translation_type="machine").exists()


def test_machine_translation_backend_is_switched_on_by_settings(original, client, login, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    login("editor-modacc")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=(original.pk,)),
        {"locales": [locale("ca").pk]},
    )
    translation = Translation.objects.get(source__object_id=original.translation_key)
    login("translator-ca")
    url = reverse("wagtail_localize:machine_translate", args=(translation.pk,))
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=locale("ca"), translation_type="machine")
    assert machine.exists()
    # The dummy backend reverses the words: "Virtual knit samples" → "samples knit Virtual".
    assert machine.filter(data="samples knit Virtual").exists()


# --- permission guards in front of wagtail-localize -----------------------------------------------
def test_translate_and_sync_urls_lead_to_the_guarded_views(original):
    submit = reverse("wagtail_localize:submit_page_translation", args=(original.pk,))
    assert resolve(submit).func.view_class is localize_guards.GuardedSubmitPageTranslationView
    update = reverse("wagtail_localize:update_translations", args=(1,))
    assert resolve(update).func.view_class is localize_guards.GuardedUpdateTranslationsView


def test_editor_cannot_submit_another_partners_page_for_translation(hub, client, login):
    other = case_study(hub.section("bfa"), title="Natural dyeing")
    login("editor-modacc")
    url = reverse("wagtail_localize:submit_page_translation", args=(other.pk,))
    assert_denied(client.get(url))
    assert_denied(client.post(url, {"locales": [locale("ca").pk]}))
    assert other.get_translation_or_none(locale("ca")) is None


def test_editor_is_offered_only_the_languages_of_their_own_section(original, client, login):
    login("editor-modacc")
    url = reverse("wagtail_localize:submit_page_translation", args=(original.pk,))
    offered = client.get(url).context["form"].fields["locales"].queryset
    assert list(offered.values_list("language_code", flat=True)) == ["ca"]
    # Spanish: no Modacc section there, the Spanish tree is not theirs.
    response = client.post(url, {"locales": [locale("es").pk]})
    assert response.status_code == 200  # the form again, with an error
    assert original.get_translation_or_none(locale("es")) is None


def test_moderator_may_translate_into_every_language_the_site_has(original, client, login):
    login("moderator")
    url = reverse("wagtail_localize:submit_page_translation", args=(original.pk,))
    offered = client.get(url).context["form"].fields["locales"].queryset
    # Languages with a home page; a language without one would get a second site tree.
    assert set(offered.values_list("language_code", flat=True)) == {"ca", "es"}


def test_sync_page_offers_no_publishing_to_an_editor_who_may_not_publish(
    catalan, original, client, login
):
    original.title = "Virtual knit samples, 2026 figures"
    publish(original)
    source = TranslationSource.objects.get(object_id=original.translation_key)
    url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    published_before = catalan.last_published_at
    login("editor-modacc")
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="publish_translations"' not in response.content.decode()
    assert "Publish immediately" not in response.content.decode()
    # Even a posted "publish" (an old form, a forged request) syncs without publishing.
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.last_updated_at > catalan.last_published_at
    catalan = Page.objects.get(pk=catalan.pk)
    assert catalan.last_published_at == published_before  # nothing was published


def test_sync_page_offers_publishing_to_a_moderator(catalan, original, client, login):
    source = TranslationSource.objects.get(object_id=original.translation_key)
    login("moderator")
    response = client.get(reverse("wagtail_localize:update_translations", args=(source.pk,)))
    assert 'name="publish_translations"' in response.content.decode()


def test_other_partners_editor_cannot_sync(catalan, original, client, login):
    source = TranslationSource.objects.get(object_id=original.translation_key)
    login("editor-bfa")
    url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    assert_denied(client.get(url))
    assert_denied(client.post(url, {"publish_translations": "on"}))


def test_moderator_syncs_and_publishes_translations(
    catalan, original, client, login, django_capture_on_commit_callbacks
):
    original.title = "Virtual knit samples, 2026 figures"
    publish(original)
    source = TranslationSource.objects.get(object_id=original.translation_key)
    login("moderator")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=(source.pk,)),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    catalan = Page.objects.get(pk=catalan.pk)
    assert reader_status(catalan).up_to_date


# --- editors see which translations are out of date ---------------------------------------------
def test_out_of_date_report_lists_translations_whose_original_changed(
    catalan, original, client, login
):
    original.title = "Virtual knit samples, revised"
    publish(original)
    login("translator-ca")
    response = client.get(reverse("editorial_outdated_translations"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mostres virtuals de punt" in html
    assert "Original changed" in html


def test_out_of_date_report_only_lists_the_readers_part_of_the_site(
    catalan, original, client, login
):
    original.title = "Virtual knit samples, revised"
    publish(original)
    login("translator-es")
    html = client.get(reverse("editorial_outdated_translations")).content.decode()
    assert "Mostres virtuals de punt" not in html


def test_out_of_date_report_is_empty_when_everything_is_current(catalan, client, login):
    login("moderator")
    html = client.get(reverse("editorial_outdated_translations")).content.decode()
    assert "Mostres virtuals de punt" not in html


def test_out_of_date_report_exports_a_spreadsheet(catalan, original, client, login):
    original.title = "Virtual knit samples, revised"
    publish(original)
    login("moderator")
    response = client.get(reverse("editorial_outdated_translations") + "?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    assert "Mostres virtuals de punt" in content


# --- snippets -------------------------------------------------------------------------------------
@pytest.fixture
def topic(locales):
    return Topic.objects.create(
        name="Repair and care", slug="repair-and-care", family="circular", locale=locales["en"]
    )


def test_moderator_translates_a_snippet_in_the_translation_editor(hub, topic, client, login):
    login("moderator")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("practices", "topic", topic.pk),
    )
    response = client.post(url, {"locales": [locale("ca").pk]})
    assert response.status_code == 302
    catalan_topic = Topic.objects.get(translation_key=topic.translation_key, locale=locale("ca"))
    edit = reverse("wagtailsnippets_practices_topic:edit", args=(catalan_topic.pk,))
    response = client.get(edit)
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()


def test_editor_cannot_translate_snippets(hub, topic, client, login):
    login("editor-modacc")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("practices", "topic", topic.pk),
    )
    assert_denied(client.post(url, {"locales": [locale("ca").pk]}))
    assert not Topic.objects.filter(locale=locale("ca")).exists()


def test_changed_snippet_is_listed_until_its_translations_are_synced(hub, topic):
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    translation = Translation.objects.create(source=source, target_locale=locale("ca"))
    translation.save_target(publish=True)
    assert out_of_date_snippet_translations() == []
    topic.name = "Repair, care and maintenance"
    topic.save()
    listed = out_of_date_snippet_translations()
    assert [t.pk for t in listed] == [translation.pk]
    source.update_from_db()
    assert [t.pk for t in out_of_date_snippet_translations()] == [translation.pk]  # not applied
    translation.save_target(publish=True)
    assert out_of_date_snippet_translations() == []


def test_never_published_translation_is_reported(hub, original):
    localize(original, "ca")  # submitted for translation…
    draft = original.copy_for_translation(locale("ca"))  # …with its draft in Catalan
    assert not draft.live
    listed = list(out_of_date_page_translations())
    assert [t.target_page_id for t in listed] == [draft.pk]
    assert outdated_reason(listed[0]) == OUTDATED_NEVER_PUBLISHED
