"""A list of numbered choices stored as JSON, edited as check boxes (used for the SDGs).

Portable across SQLite and PostgreSQL (no ArrayField), validated against its choices.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class IntegerChoiceListField(models.JSONField):
    """Stores a sorted list of distinct integers taken from ``item_choices``."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        # The choices are code (translated labels), not schema: keep them out of migrations.
        kwargs.pop("item_choices", None)
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {number for number, _label in self.item_choices}
        if not isinstance(value, list) or any(
            not isinstance(item, int) or item not in allowed for item in value
        ):
            raise ValidationError(_("Choose values from the list only."), code="invalid_choice")

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            value = sorted({int(item) for item in value})
        return super().get_prep_value(value)

    def formfield(self, **kwargs):
        defaults = {
            "choices": self.item_choices,
            "coerce": int,
            "required": not self.blank,
            "label": kwargs.get("label", self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        return forms.TypedMultipleChoiceField(**defaults)
