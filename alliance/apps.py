from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AllianceConfig(AppConfig):
    name = "alliance"
    verbose_name = _("Alliance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from alliance import (
            search_builders,  # noqa: F401  (registers the search builders)
            signals,
        )

        signals.connect()
