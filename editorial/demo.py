"""Turn a few demo translations into translations managed by wagtail-localize.

The demo loaders translate pages with Wagtail's ``copy_for_translation`` and fill in each
language's text themselves, so wagtail-localize knows nothing about them: no translation editor,
no sync, and readers get only a neutral "translated from…" notice. For the demonstration, the
first case study of each partner section is converted in the partner's language: a
``TranslationSource`` is taken from the English page, the existing translated text is stored as
the translation of each source string (segments matched by field path and position), a
``Translation`` record is made, and the translation is saved and published from them.

A page is converted only when every source string finds its translated counterpart, so a
conversion never replaces translated text with English. Running it again re-syncs the source
(the loaders republish the English pages) and republishes the translation: up to date again.
"""

import logging
from collections import defaultdict

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from editorial import partners as data

logger = logging.getLogger(__name__)


def demo_pairs(sections):
    """(English case study, target locale) for the first case study of each partner section."""
    from practices.models import CaseStudyPage

    pairs = []
    for partner in data.PARTNERS:
        english = sections.get(partner.slug, {}).get("en")
        if english is None:
            continue
        page = CaseStudyPage.objects.child_of(english).order_by("path").first()
        if page is None:
            continue
        try:
            locale = Locale.objects.get(language_code=partner.language)
        except Locale.DoesNotExist:
            continue
        pairs.append((page, locale))
    return pairs


def _up_to_date(source, source_page, target):
    synced = source.last_updated_at
    return bool(
        source_page.last_published_at
        and source_page.last_published_at <= synced
        and target.last_published_at
        and target.last_published_at >= synced
    )


def _target_strings(target):
    """{path: [string data, …]} of the translated page's text, in order."""
    strings = defaultdict(list)
    for segment in extract_segments(target):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


@transaction.atomic
def manage_translation(source_page, locale, user=None):
    """Make the translation of ``source_page`` into ``locale`` a wagtail-localize translation.

    Returns the Translation, or None when the page has no such translation or its text does not
    line up with the source's strings."""
    source_page = source_page.specific
    target = source_page.get_translation_or_none(locale)
    if target is None or target.alias_of_id:
        return None
    target = target.specific
    existing = (
        Translation.objects.filter(
            source__object_id=source_page.translation_key,
            source__locale_id=source_page.locale_id,
            target_locale=locale,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    if existing is not None and _up_to_date(existing.source, source_page, target):
        return existing  # nothing changed since the last run
    source, created = TranslationSource.get_or_create_from_instance(source_page)
    if not created:
        source.update_from_db()
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    by_path = defaultdict(list)
    for segment in segments:
        by_path[segment.context.path].append(segment)
    translated = _target_strings(target)
    pairs = []
    for path, source_segments in by_path.items():
        texts = translated.get(path, [])
        if len(texts) != len(source_segments):
            logger.info("Not converting %s (%s): %s does not line up.", target, locale, path)
            return None
        pairs += list(zip(source_segments, texts, strict=True))
    for segment, text in pairs:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(user=user, publish=True)
    return translation


def convert_demo_translations(sections):
    converted = []
    for page, locale in demo_pairs(sections):
        if manage_translation(page, locale) is not None:
            converted.append((page, locale))
    return converted
