"""Wagtail hooks of the platform layer: record the page being served (page cache purge tags) and
check uploads (see clothhub.uploads)."""

from wagtail import hooks

from clothhub.cache.pages import remember_served_page

hooks.register("before_serve_page", remember_served_page)
