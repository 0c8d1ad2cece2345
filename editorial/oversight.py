"""What the admin dashboard tells editors and moderators about the state of the content.

Each function takes the tree paths the user works in (``editorial.permissions.work_paths``: None
for everywhere) and runs a fixed number of queries, whatever the amount of content.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from editorial import partners as data
from editorial.permissions import path_q
from editorial.translation_status import out_of_date_page_translations

LIST_LIMIT = 10


def review_cutoff(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=settings.EDITORIAL_REVIEW_MAX_AGE_DAYS)


def reviewed_models():
    """Page types that carry ``last_reviewed`` and ``review_owner``: practices and courses."""
    from practices.models import PracticePage
    from trainings.models import CoursePage

    return [PracticePage, CoursePage]


@dataclass
class StaleList:
    items: list = field(default_factory=list)
    total: int = 0


def stale_reviews(paths, today=None):
    """Live practices and courses not reviewed for more than the allowed age: reviewed before the
    cut-off, or never reviewed and first published before it. Oldest first. Two queries per
    reviewed page type."""
    cutoff = review_cutoff(today)
    stale = Q(last_reviewed__lt=cutoff) | Q(
        last_reviewed__isnull=True, first_published_at__date__lt=cutoff
    )
    result = StaleList()
    for model in reviewed_models():
        queryset = model.objects.live().filter(stale).filter(path_q(paths))
        result.total += queryset.count()
        result.items += list(
            queryset.select_related("locale").order_by("last_reviewed", "first_published_at")[
                :LIST_LIMIT
            ]
        )
    result.items.sort(
        key=lambda page: (
            page.last_reviewed or datetime.date.min,
            page.first_published_at or timezone.now(),
        )
    )
    result.items = result.items[:LIST_LIMIT]
    return result


def outdated_translations(paths):
    queryset = out_of_date_page_translations(paths)
    return StaleList(items=list(queryset[:LIST_LIMIT]), total=queryset.count())


def in_moderation(paths):
    """Pages waiting in a workflow (oldest request first), with the task they wait on."""
    page_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=page_type
    )
    page_ids = states.annotate(page_id=Cast("object_id", IntegerField())).values("page_id")
    pages = Page.objects.filter(pk__in=page_ids).filter(path_q(paths)).select_related("locale")
    total = pages.count()
    pages = list(pages[: LIST_LIMIT * 5])
    by_id = {str(page.pk): page for page in pages}
    items = []
    for state in (
        states.filter(object_id__in=list(by_id))
        .select_related("current_task_state__task", "requested_by")
        .order_by("created_at")[:LIST_LIMIT]
    ):
        items.append((by_id[state.object_id], state))
    return StaleList(items=items, total=total)


@dataclass
class Counts:
    languages: list
    by_type: list  # (label, [count per language, in ``languages`` order], total)
    by_partner: list  # (partner name, [count per language], total)


def live_counts(paths):
    """Live pages by type and language, and live practices by partner and language (two queries
    plus one for the partners' sections)."""
    from practices.models import PracticePage, PracticesIndexPage

    languages = [code for code, _name in settings.LANGUAGES]
    live = Page.objects.live().filter(path_q(paths)).filter(depth__gt=2)
    rows = (
        live.order_by()  # no ordering: it would join the GROUP BY
        .values("content_type_id", "locale__language_code")
        .annotate(n=Count("id"))
    )
    table = defaultdict(dict)
    for row in rows:
        table[row["content_type_id"]][row["locale__language_code"]] = row["n"]
    types = {pk: ContentType.objects.get_for_id(pk) for pk in table}  # cached by Django
    by_type = []
    for type_id, counts in table.items():
        model = types[type_id].model_class() if type_id in types else None
        label = str(model._meta.verbose_name_plural).capitalize() if model else "?"
        by_type.append((label, [counts.get(c, 0) for c in languages], sum(counts.values())))
    by_type.sort(key=lambda item: (-item[2], item[0]))

    sections = PracticesIndexPage.objects.filter(
        slug__in=[partner.slug for partner in data.PARTNERS], depth=4
    ).values_list("slug", "path")
    section_paths = defaultdict(list)
    for slug, path in sections:
        section_paths[slug].append(path)
    practice_type_ids = [
        ct.pk for ct in ContentType.objects.get_for_models(*_practice_models(PracticePage)).values()
    ]
    annotations = {}
    for partner in data.PARTNERS:
        q = path_q(section_paths.get(partner.slug, []))
        annotations[partner.slug.replace("-", "_")] = Count("id", filter=q)
    by_partner_rows = list(
        live.filter(content_type_id__in=practice_type_ids)
        .order_by()
        .values("locale__language_code")
        .annotate(**annotations)
    )
    by_partner = []
    for partner in data.PARTNERS:
        key = partner.slug.replace("-", "_")
        counts = {row["locale__language_code"]: row[key] for row in by_partner_rows if row[key]}
        by_partner.append(
            (partner.name, [counts.get(c, 0) for c in languages], sum(counts.values()))
        )
    return Counts(languages=languages, by_type=by_type, by_partner=by_partner)


def _practice_models(base):
    """The concrete page types of the practices (case studies, guides…)."""
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, base) and model is not base and not model._meta.abstract
    ]
