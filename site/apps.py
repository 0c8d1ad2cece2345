"""The project package as a Django app: it holds no models, only the production machinery that
crosses apps — the anonymous page cache and its purge signals, the per-process memo of site data, upload checks, sign-in and sign-up
throttling pages, security headers and the background-task worker's housekeeping tasks."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClothHubConfig(AppConfig):
    name = "clothhub"
    label = "clothhub"
    verbose_name = _("CLOTH Hub platform")

    def ready(self):
        from clothhub import memo, pagecache

        pagecache.connect_purge_signals()
        memo.install()
