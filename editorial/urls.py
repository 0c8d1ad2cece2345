"""URL routes of the editorial app (included at "" inside the language prefix)."""

from django.urls import path

from editorial import views

app_name = "editorial"

urlpatterns = [
    path("feedback/<int:page_id>/", views.feedback_view, name="feedback"),
]
