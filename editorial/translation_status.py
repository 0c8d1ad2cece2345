"""Is a translation up to date with its source? For readers (one page) and editors (a report).

Two kinds of translated pages live on the hub:

* **Managed** by wagtail-localize: the page is the target of a ``Translation`` whose
  ``TranslationSource`` is a frozen copy of the original, taken when it was submitted for
  translation and refreshed by "Sync translated pages" (``update_from_db``). Such a translation is
  **up to date** when (1) the original has not been published since the source was last synced and
  (2) the translation has been published since that sync. Otherwise the original changed since
  the translation was made, and readers are told so.
* **Unmanaged** copies made with Wagtail's ``copy_for_translation`` (the demo content, or pages
  whose synced translation was stopped): there is no record of what they were translated from, so
  readers get a neutral notice with a link to the original, plus a warning when the original was
  published after the translation.

The original of an unmanaged page is the oldest page of its translation group (translations are
always created from an existing page). Aliases are the original's own content: no notice.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import Translation, TranslationLog


@dataclass
class ReaderStatus:
    """What the notice on a translated page says."""

    managed: bool
    up_to_date: bool | None  # None: unknown (unmanaged translation)
    original: Page | None  # the live, public original to link to (None: not linkable)
    original_language: str
    original_changed_at: datetime | None = None


def _restricted():
    """Annotation: the page, or one of its ancestors, has a view restriction (password, login…)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


def reader_status(page):
    """The translation status of a served page, or None when it is not a translation.

    One query for an original page, two for a translation, whatever the number of languages.
    """
    if page is None or not getattr(page, "pk", None) or page.alias_of_id or page.depth <= 2:
        return None
    group = list(
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .annotate(restricted=_restricted())
        .select_related("locale")
        .order_by("id")
    )
    if not group or group[0].pk == page.pk:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    by_locale = {p.locale_id: p for p in group}
    if translation is not None and translation.source.locale_id in by_locale:
        source = translation.source
        original = by_locale[source.locale_id]
        synced_at = source.last_updated_at
        original_changed = bool(
            original.last_published_at and original.last_published_at > synced_at
        )
        translation_behind = not page.last_published_at or page.last_published_at < synced_at
        return ReaderStatus(
            managed=True,
            up_to_date=not (original_changed or translation_behind),
            original=original if original.live and not original.restricted else None,
            original_language=original.locale.language_code,
            original_changed_at=original.last_published_at,
        )
    original = group[0]
    newer = bool(
        original.last_published_at
        and page.last_published_at
        and original.last_published_at > page.last_published_at
    )
    return ReaderStatus(
        managed=False,
        up_to_date=False if newer else None,
        original=original if original.live and not original.restricted else None,
        original_language=original.locale.language_code,
        original_changed_at=original.last_published_at if newer else None,
    )


# --- editors: which translations are out of date -------------------------------------------------
OUTDATED_SOURCE_CHANGED = "source-changed"
OUTDATED_NOT_REPUBLISHED = "not-republished"
OUTDATED_NEVER_PUBLISHED = "never-published"


def page_translations():
    """Every enabled page translation annotated with the pages on both sides (one query).

    ``source_published_at``/``target_published_at``: when the original/translation was last
    published; ``target_page_id``, ``source_page_id``, ``target_path`` for links and scoping.
    """
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    target_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id")
    )
    return (
        Translation.objects.filter(enabled=True)
        .annotate(
            source_page_id=Subquery(source_page.values("pk")[:1]),
            source_published_at=Subquery(source_page.values("last_published_at")[:1]),
            target_page_id=Subquery(target_page.values("pk")[:1]),
            target_path=Subquery(target_page.values("path")[:1]),
            target_title=Subquery(target_page.values("title")[:1]),
            target_published_at=Subquery(target_page.values("last_published_at")[:1]),
        )
        .filter(target_page_id__isnull=False, source_page_id__isnull=False)
        .select_related("source", "source__locale", "target_locale")
    )


def out_of_date_page_translations(paths=None):
    """Page translations that do not show the latest original: the original was published after
    the last sync, the translation was not published since the last sync, or never published.

    ``paths``: tree paths the reader of the list may work in (None: everywhere)."""
    queryset = page_translations().filter(
        Q(source_published_at__gt=F("source__last_updated_at"))
        | Q(target_published_at__lt=F("source__last_updated_at"))
        | Q(target_published_at__isnull=True)
    )
    if paths is not None:
        scope = Q(pk__in=[])
        for path in paths:
            scope |= Q(target_path__startswith=path)
        queryset = queryset.filter(scope)
    return queryset.order_by("source__last_updated_at", "pk")


def outdated_reason(translation):
    if translation.target_published_at is None:
        return OUTDATED_NEVER_PUBLISHED
    if (
        translation.source_published_at
        and translation.source_published_at > translation.source.last_updated_at
    ):
        return OUTDATED_SOURCE_CHANGED
    return OUTDATED_NOT_REPUBLISHED


def _serialised(instance):
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def out_of_date_snippet_translations():
    """Snippet translations whose original changed since the last sync (its current fields differ
    from the frozen source, the way wagtail-localize itself compares them), or that were synced
    but not yet applied to the translated snippet. One query for the translations, one per
    snippet model for the originals: independent of the number of snippets."""
    last_applied = TranslationLog.objects.filter(
        source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
    ).order_by("-created_at")
    translations = list(
        Translation.objects.filter(enabled=True)
        .annotate(applied_at=Subquery(last_applied.values("created_at")[:1]))
        .select_related(
            "source", "source__specific_content_type", "source__locale", "target_locale"
        )
    )
    by_model = {}
    for translation in translations:
        model = translation.source.specific_content_type.model_class()
        if model is not None and not issubclass(model, Page):
            by_model.setdefault(model, []).append(translation)
    result = []
    for model, items in by_model.items():
        originals = {
            (str(obj.translation_key), obj.locale_id): obj
            for obj in model.objects.filter(translation_key__in=[t.source.object_id for t in items])
        }
        for translation in items:
            source = translation.source
            original = originals.get((str(source.object_id), source.locale_id))
            if original is None:
                continue
            translation.original = original
            translation.target = originals.get(
                (str(source.object_id), translation.target_locale_id)
            )
            if _serialised(original) != json.loads(source.content_json):
                translation.reason = OUTDATED_SOURCE_CHANGED
            elif translation.applied_at is None or translation.applied_at < source.last_updated_at:
                translation.reason = OUTDATED_NOT_REPUBLISHED
            else:
                continue
            result.append(translation)
    return result
