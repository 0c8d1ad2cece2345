"""How site-wide pages become search documents (see search/registry.py).

A standard page that lists the partner organisations (the Partners page, ``show_partners``) is
the public page of those snippets: its document carries each partner's name, country, region
and description in the page's language (the default language's entries where a language has
none, as the page shows them), so that "Bulgarian Fashion Association" finds it. Saving or
deleting a partner organisation reindexes those pages (``home.signals``).
"""

from django.utils import timezone
from wagtail.models import Locale

from home.models import PartnerOrganisation, StandardPage
from search.registry import SearchDocumentData, register_builder, stream_text


def partners_shown_on(page: StandardPage) -> list[PartnerOrganisation]:
    """The partner organisations a Partners page shows: those of its language, else the
    default language's (the same rule as the ``partner_organisations`` template tag)."""
    partners = list(PartnerOrganisation.objects.filter(locale_id=page.locale_id))
    if not partners:
        partners = list(PartnerOrganisation.objects.filter(locale=Locale.get_default()))
    return partners


def _partner_text(partner: PartnerOrganisation) -> str:
    where = ", ".join(part for part in [partner.region, partner.get_country_display()] if part)
    return f"{partner.name} ({where}): {partner.description}".strip()


@register_builder(StandardPage)
def build_standard_page(page: StandardPage) -> SearchDocumentData:
    published = page.first_published_at or page.last_published_at
    body = [stream_text(page.body)]
    if page.show_partners:
        body += [_partner_text(partner) for partner in partners_shown_on(page)]
    return SearchDocumentData(
        title=page.title,
        content_type="page",
        summary=page.introduction or page.search_description,
        body="\n".join(part for part in body if part),
        date=timezone.localtime(published).date() if published else None,
    )
