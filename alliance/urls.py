"""URL routes of the alliance app."""

urlpatterns = []
