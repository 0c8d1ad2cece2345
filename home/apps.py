from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site-wide content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import (
            search_builders,  # noqa: F401  (registers the search builder of StandardPage)
            signals,
        )

        signals.connect()
