"""Admin: the controlled vocabularies and organisations, grouped in a "Practices vocabulary" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import (
    CircularStrategy,
    DigitalTechnology,
    Organisation,
    OrganisationType,
    Topic,
    ValueChainStage,
)


class VocabularyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class TopicViewSet(VocabularyViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "family", "locale"]
    list_filter = ["family", "locale"]


class ValueChainStageViewSet(VocabularyViewSet):
    model = ValueChainStage
    icon = "list-ul"
    menu_label = _("Value-chain stages")


class CircularStrategyViewSet(VocabularyViewSet):
    model = CircularStrategy
    icon = "resubmit"
    menu_label = _("Circular strategies")


class DigitalTechnologyViewSet(VocabularyViewSet):
    model = DigitalTechnology
    icon = "code"
    menu_label = _("Digital technologies")


class OrganisationTypeViewSet(VocabularyViewSet):
    model = OrganisationType
    icon = "group"
    menu_label = _("Organisation types")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    list_display = ["name", "org_type", "size", "country", "region"]
    list_filter = ["country", "size"]
    search_fields = ["name", "region"]
    ordering = ["name"]


class PracticesVocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Practices vocabulary")
    menu_icon = "tag"
    menu_order = 250
    items = (
        TopicViewSet,
        ValueChainStageViewSet,
        CircularStrategyViewSet,
        DigitalTechnologyViewSet,
        OrganisationTypeViewSet,
        OrganisationViewSet,
    )


register_snippet(PracticesVocabularyGroup)
