"""Admin form of practice pages."""

from django.db.models import Q
from wagtail.models import Locale

from home.permissions import HubPageForm

VOCABULARY_FIELDS = ("topics", "stages", "strategies", "technologies")


class PracticePageForm(HubPageForm):
    """Offers the vocabulary entries of the page's language (entries already chosen stay listed;
    the default language stands in for a language whose vocabulary is not translated yet)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page_locale = self.instance.locale if self.instance.locale_id else Locale.get_default()
        for name in VOCABULARY_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            model = field.queryset.model
            chosen = (
                [item.pk for item in getattr(self.instance, name).all()]  # a draft: FakeQuerySet
                if self.instance.pk
                else []
            )
            locale = page_locale
            if not model.objects.filter(locale=locale).exists():
                locale = Locale.get_default()
            field.queryset = model.objects.filter(Q(locale=locale) | Q(pk__in=chosen))
