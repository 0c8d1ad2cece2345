"""How site-wide pages become search documents (see search/registry.py)."""

from django.utils import timezone

from home.models import StandardPage
from search.registry import SearchDocumentData, register_builder, stream_text


@register_builder(StandardPage)
def build_standard_page(page: StandardPage) -> SearchDocumentData:
    published = page.first_published_at or page.last_published_at
    return SearchDocumentData(
        title=page.title,
        content_type="page",
        summary=page.introduction or page.search_description,
        body=stream_text(page.body),
        date=timezone.localtime(published).date() if published else None,
    )
