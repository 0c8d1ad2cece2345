"""Wagtail hooks of the platform layer: record the page being served (page cache purge tags),
and the superusers' page of two-factor sign-in resets (clothhub.twofactor)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from clothhub import twofactor
from clothhub.cache.pages import remember_served_page

hooks.register("before_serve_page", remember_served_page)


@hooks.register("register_admin_urls")
def register_twofactor_urls():
    return [path("two-factor/", twofactor.admin_devices, name="clothhub_twofactor_devices")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_twofactor_menu_item():
    return SuperuserMenuItem(
        _("Two-factor sign-in"), reverse("clothhub_twofactor_devices"), icon_name="key", order=900
    )
