"""JSON search API at /api/search/ (no language prefix: the language is the ``lang`` parameter)."""

from django.urls import path

from search import api

app_name = "search_api"

urlpatterns = [path("", api.search_api, name="search")]
