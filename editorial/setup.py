"""Create (or bring back) the editorial set-up of the hub: partner sections, groups, permissions,
collections, the consortium moderation workflow and the demo accounts. Every function is
idempotent: it creates what is missing and never duplicates; running it twice changes nothing.

Only what this module owns is brought back to the configured state: the permissions of the groups
it manages on the pages and collections it manages. Other permissions an administrator gave
those groups are kept.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial import partners as data

logger = logging.getLogger(__name__)

SECTION_INTRO = "Case studies and guides published by {name}, the cluster partner for {where}."


@dataclass
class SetupReport:
    sections: dict = field(default_factory=dict)  # partner slug -> {language: page}
    groups: list = field(default_factory=list)
    workflow: Workflow | None = None
    workflow_pages: list = field(default_factory=list)
    users: list = field(default_factory=list)  # (username, role, created)
    missing_permissions: list = field(default_factory=list)
    managed_translations: list = field(default_factory=list)  # (page, locale) made localize-managed


# Permissions ---------------------------------------------------------------------------------
def _permission(dotted, report=None):
    app_label, codename = dotted.split(".", 1)
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is None and report is not None:
        report.missing_permissions.append(dotted)
    return permission


def _page_permission(kind):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{kind}_page")


def _grant_model_permissions(group, dotted_names, report):
    wanted = [p for p in (_permission(name, report) for name in dotted_names) if p is not None]
    group.permissions.add(*wanted)


def _grant_page_permissions(group, page, kinds):
    """Give ``group`` exactly ``kinds`` on ``page`` (other pages' permissions are untouched)."""
    wanted = {_page_permission(kind).pk for kind in kinds}
    current = GroupPagePermission.objects.filter(group=group, page=page)
    current.exclude(permission_id__in=wanted).delete()
    have = set(current.values_list("permission_id", flat=True))
    GroupPagePermission.objects.bulk_create(
        [GroupPagePermission(group=group, page=page, permission_id=pk) for pk in wanted - have]
    )


def _grant_collection_permissions(group, collection, dotted_names, report):
    wanted = {p.pk for p in (_permission(n, report) for n in dotted_names) if p is not None}
    current = GroupCollectionPermission.objects.filter(group=group, collection=collection)
    current.exclude(permission_id__in=wanted).delete()
    have = set(current.values_list("permission_id", flat=True))
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission_id=pk)
            for pk in wanted - have
        ]
    )


# Pages ---------------------------------------------------------------------------------------
def site_homes():
    """The home page of every language of the default site, by language code."""
    from home.demo import default_site

    root = default_site().root_page
    return {
        page.locale.language_code: page
        for page in Page.objects.filter(translation_key=root.translation_key).select_related(
            "locale"
        )
    }


def practices_index(home):
    from practices.models import PracticesIndexPage

    return PracticesIndexPage.objects.child_of(home).order_by("path").first()


def ensure_partner_sections(report):
    """The section of every partner below the English practices index, in every language that
    has a practices index: the ones load_practices_demo made are reused as they are; missing ones
    are created (in English, then as translations) and published."""
    from home import demo
    from practices.models import PracticesIndexPage

    homes = site_homes()
    english = homes.get(settings.LANGUAGE_CODE)
    if english is None:
        raise RuntimeError("The default site has no home page in the default language.")
    index = practices_index(english)
    if index is None:
        index = demo.upsert_child(
            english,
            PracticesIndexPage,
            "practices",
            {"title": "Practices", "introduction": "Case studies and guides of the alliance."},
        )
    indexes = {
        code: index.get_translation_or_none(Locale.objects.get(language_code=code))
        for code in homes
    }
    for partner in data.PARTNERS:
        section = PracticesIndexPage.objects.child_of(index).filter(slug=partner.slug).first()
        if section is None:
            section = demo.upsert_child(
                index,
                PracticesIndexPage,
                partner.slug,
                {
                    "title": partner.name,
                    "introduction": SECTION_INTRO.format(name=partner.name, where=partner.where),
                },
            )
        versions = {
            page.locale.language_code: page
            for page in section.get_translations(inclusive=True).select_related("locale")
        }
        for code, translated_index in indexes.items():
            if code not in versions and translated_index is not None:
                versions[code] = demo.upsert_translation(section, code, {"slug": partner.slug})
        report.sections[partner.slug] = versions
    return report.sections


def moderated_trees():
    """The roots of the trees under moderation: the practices index and the course index of every
    language."""
    from practices.models import PracticesIndexPage
    from trainings.models import CourseIndexPage

    homes = list(site_homes().values())
    roots = []
    for home in homes:
        roots += list(PracticesIndexPage.objects.child_of(home))
        roots += list(CourseIndexPage.objects.child_of(home))
    return roots


# Groups --------------------------------------------------------------------------------------
def ensure_moderators(report):
    group, _created = Group.objects.get_or_create(name=data.MODERATORS_GROUP)
    _grant_model_permissions(group, data.MODERATOR_MODEL_PERMISSIONS, report)
    _grant_page_permissions(group, Page.get_first_root_node(), data.MODERATOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(
        group, Collection.get_first_root_node(), data.MODERATOR_COLLECTION_PERMISSIONS, report
    )
    report.groups.append(group)
    return group


def ensure_collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def ensure_partner_editors(partner, sections, shared, report):
    group, _created = Group.objects.get_or_create(name=partner.editors_group)
    _grant_model_permissions(group, data.EDITOR_MODEL_PERMISSIONS, report)
    for page in sections.values():
        _grant_page_permissions(group, page, data.EDITOR_PAGE_PERMISSIONS)
    collection = ensure_collection(partner.collection)
    _grant_collection_permissions(group, collection, data.EDITOR_COLLECTION_PERMISSIONS, report)
    _grant_collection_permissions(group, shared, data.SHARED_COLLECTION_PERMISSIONS, report)
    report.groups.append(group)
    return group


def ensure_translators(language_code, home, shared, report):
    group, _created = Group.objects.get_or_create(name=data.translators_group(language_code))
    _grant_model_permissions(group, data.TRANSLATOR_MODEL_PERMISSIONS, report)
    _grant_page_permissions(group, home, data.TRANSLATOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(group, shared, data.SHARED_COLLECTION_PERMISSIONS, report)
    report.groups.append(group)
    return group


# Workflow ------------------------------------------------------------------------------------
def ensure_workflow(moderators, report):
    """The "Consortium moderation" workflow: one group approval task for the Moderators, assigned
    to the practices and training trees of every language."""
    workflow = Workflow.objects.filter(name=data.WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=data.WORKFLOW_NAME, active=True)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=data.TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=data.TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    if list(task.groups.all()) != [moderators]:
        task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in moderated_trees():
        current = WorkflowPage.objects.filter(page=page).first()
        if current is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
        elif current.workflow_id != workflow.pk:
            current.workflow = workflow
            current.save(update_fields=["workflow"])
        report.workflow_pages.append(page)
    report.workflow = workflow
    return workflow


# Demo accounts -------------------------------------------------------------------------------
def demo_password():
    return getattr(settings, "EDITORIAL_DEMO_PASSWORD", "") or "clothhub-demo"


def ensure_user(username, group, role, report):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": f"{username}@clothhub.local", "is_staff": False, "is_active": True},
    )
    if created:
        user.set_password(demo_password())
        user.save()
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
    report.users.append((username, role, created))
    return user


# Everything ----------------------------------------------------------------------------------
@transaction.atomic
def setup_partners(with_demo_users=False, with_demo_translations=False):
    report = SetupReport()
    sections = ensure_partner_sections(report)
    moderators = ensure_moderators(report)
    shared = ensure_collection(data.SHARED_COLLECTION)
    editors = {
        partner.slug: ensure_partner_editors(partner, sections[partner.slug], shared, report)
        for partner in data.PARTNERS
    }
    translators = {}
    for code, home in site_homes().items():
        if code != settings.LANGUAGE_CODE:
            translators[code] = ensure_translators(code, home, shared, report)
    ensure_workflow(moderators, report)
    if with_demo_translations:
        from editorial.demo import convert_demo_translations

        report.managed_translations = convert_demo_translations(sections)
    if with_demo_users:
        for partner in data.PARTNERS:
            ensure_user(
                partner.demo_username,
                editors[partner.slug],
                f"{partner.name} editor",
                report,
            )
        ensure_user(data.MODERATOR_DEMO_USERNAME, moderators, "consortium moderator", report)
        for code, group in sorted(translators.items()):
            ensure_user(data.translator_demo_username(code), group, f"translator ({code})", report)
    for name in report.missing_permissions:
        logger.warning("Permission %s does not exist: not granted.", name)
    return report
