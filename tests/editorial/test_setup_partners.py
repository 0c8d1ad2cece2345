"""`manage.py setup_partners`: sections, groups, collections, workflow and demo accounts."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
)

from editorial import partners as data
from practices.models import PracticesIndexPage
from tests.conftest import publish, translate
from tests.factories.practices import PracticesIndexPageFactory

pytestmark = pytest.mark.django_db

PARTNER_SLUGS = [partner.slug for partner in data.PARTNERS]


def _state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "groups": Group.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "collections": Collection.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_setup_creates_a_section_per_partner_below_the_practices_index(hub):
    sections = PracticesIndexPage.objects.child_of(hub.index).live()
    assert sorted(sections.values_list("slug", flat=True)) == sorted(PARTNER_SLUGS)
    catalan = PracticesIndexPage.objects.child_of(hub.index_ca)
    assert sorted(catalan.values_list("slug", flat=True)) == sorted(PARTNER_SLUGS)


def test_setup_reuses_the_sections_the_practices_loader_made(home_page):
    index = publish(PracticesIndexPageFactory(parent=home_page))
    modacc = publish(
        PracticesIndexPageFactory(parent=index, slug="modacc", title="Modacc (existing)")
    )
    call_command("setup_partners", "--no-demo-users", stdout=StringIO())
    modacc.refresh_from_db()
    assert modacc.title == "Modacc (existing)"
    assert PracticesIndexPage.objects.child_of(index).filter(slug="modacc").count() == 1
    editors = Group.objects.get(name="Modacc editors")
    assert GroupPagePermission.objects.filter(group=editors, page=modacc).exists()


def test_editors_get_add_change_lock_on_their_section_only(hub):
    editors = Group.objects.get(name="Modacc editors")
    granted = GroupPagePermission.objects.filter(group=editors).select_related("permission", "page")
    assert {p.permission.codename for p in granted} == {"add_page", "change_page", "lock_page"}
    assert {p.page_id for p in granted} == {
        hub.section("modacc").pk,
        hub.section("modacc", "ca").pk,
    }


def test_translators_get_rights_on_their_language_tree_only(hub):
    translators = Group.objects.get(name="Translators (ca)")
    granted = GroupPagePermission.objects.filter(group=translators).select_related("permission")
    assert {p.page_id for p in granted} == {hub.homes["ca"].pk}
    assert "publish_page" in {p.permission.codename for p in granted}
    assert not translators.permissions.filter(codename="submit_translation").exists()


def test_moderators_publish_everywhere_and_approve_the_workflow(hub):
    moderators = Group.objects.get(name="Moderators")
    root = Page.get_first_root_node()
    codenames = set(
        GroupPagePermission.objects.filter(group=moderators, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"} <= codenames
    workflow_page = WorkflowPage.objects.get(page=hub.index)
    task = workflow_page.workflow.tasks.get().specific
    assert list(task.groups.all()) == [moderators]
    assert workflow_page.workflow.name == data.WORKFLOW_NAME
    assert WorkflowPage.objects.get(page=hub.index_ca).workflow == workflow_page.workflow
    assert WorkflowPage.objects.get(page=hub.courses).workflow == workflow_page.workflow


def test_each_partner_has_its_own_collection(hub):
    names = set(Collection.objects.values_list("name", flat=True))
    assert {partner.collection for partner in data.PARTNERS} <= names
    modacc = Collection.objects.get(name="Modacc")
    editors = Group.objects.get(name="Modacc editors")
    assert set(
        GroupCollectionPermission.objects.filter(group=editors, collection=modacc).values_list(
            "permission__codename", flat=True
        )
    ) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }


def test_running_setup_twice_changes_nothing(hub):
    before = _state()
    call_command("setup_partners", "--demo-users", stdout=StringIO())
    assert _state() == before


def test_demo_accounts_are_printed_with_their_password(hub):
    out = StringIO()
    call_command("setup_partners", "--demo-users", stdout=out)
    text = out.getvalue()
    for username in ("editor-modacc", "moderator", "translator-ca"):
        assert username in text
    assert "clothhub-demo" in text
    user = get_user_model().objects.get(username="editor-modacc")
    assert user.check_password("clothhub-demo")
    assert user.groups.filter(name="Modacc editors").exists()


def test_no_demo_accounts_outside_debug_unless_asked(home_page, settings):
    settings.DEBUG = False
    settings.EDITORIAL_DEMO_USERS = None
    out = StringIO()
    call_command("setup_partners", stdout=out)
    assert not get_user_model().objects.filter(username="editor-modacc").exists()
    assert "No demo accounts" in out.getvalue()


def test_demo_accounts_when_debug_is_on(home_page, settings):
    settings.DEBUG = True
    settings.EDITORIAL_DEMO_USERS = None
    call_command("setup_partners", stdout=StringIO())
    assert get_user_model().objects.filter(username="editor-modacc").exists()


def test_setup_creates_missing_sections_in_every_translated_index(home_page):
    index = publish(PracticesIndexPageFactory(parent=home_page))
    translate(home_page, "ca", title="Hub ca", hero_title="Hub ca")
    translate(index, "ca", title="Pràctiques", slug="practiques")
    call_command("setup_partners", "--no-demo-users", stdout=StringIO())
    catalan = index.get_translation_or_none(index.locale.__class__.objects.get(language_code="ca"))
    assert PracticesIndexPage.objects.child_of(catalan).live().count() == len(PARTNER_SLUGS)


def test_setup_without_a_site_says_what_to_run_first(db):
    from django.core.management.base import CommandError
    from wagtail.models import Site

    Site.objects.all().delete()
    with pytest.raises(CommandError, match="load_home_demo"):
        call_command("setup_partners", stdout=StringIO())
