"""Site-wide rights that belong to no one model (a model without a table, for its permissions)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteRights(models.Model):
    """Holds ``home.unpublish_pages``: with "publish" on a page, the right to take it offline
    (unpublish, expiry date, delete or move while live, privacy). See ``home.permissions``."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            (
                "unpublish_pages",
                "Can unpublish, delete, move, make private and set an expiry date on the live "
                "pages they may publish",
            )
        ]
        verbose_name = _("site-wide right")
        verbose_name_plural = _("site-wide rights")

    def __str__(self):
        return str(self._meta.verbose_name)
