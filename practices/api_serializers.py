"""Serializer fields for the practices' API fields (Wagtail API v2, /api/v2/pages/)."""

from rest_framework import serializers
from wagtail.rich_text import expand_db_html


class VocabularyField(serializers.Field):
    """A many-to-many to a vocabulary as ``[{"slug": ..., "name": ...}]``."""

    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, manager):
        return [{"slug": entry.slug, "name": entry.name} for entry in manager.all()]


class OrganisationsField(serializers.Field):
    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, manager):
        return [
            {
                "name": org.name,
                "type": org.org_type.slug if org.org_type_id else None,
                "size": org.size,
                "country": org.country,
                "region": org.region,
                "website": org.website,
            }
            for org in manager.select_related("org_type")
        ]


class RichTextField(serializers.Field):
    """Rich text with internal links and embeds expanded to ordinary HTML."""

    def to_representation(self, value):
        return expand_db_html(value or "")


class DocumentField(serializers.Field):
    def to_representation(self, document):
        return {"id": document.pk, "title": document.title, "url": document.url}
