"""URL routes of this app (filled by its issue)."""

urlpatterns = []
