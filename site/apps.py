"""The project package as a Django app: it holds no models, only the production machinery that
crosses apps — the cache (clothhub.cache), upload checks, sign-in and sign-up
throttling pages, security headers and the background-task worker's housekeeping tasks."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClothHubConfig(AppConfig):
    name = "clothhub"
    label = "clothhub"
    verbose_name = _("CLOTH Hub platform")

    def ready(self):
        from clothhub.cache import invalidation

        invalidation.connect()
