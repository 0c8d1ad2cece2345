"""Trainee pages that are not Wagtail pages: accounts, My learning and certificates.

Included at "" inside the language prefix, so every address starts with /<lang>/. Enrolling,
completing lessons and answering checks are routes of the course and lesson pages themselves.
"""

from django.urls import path

from trainings import views

app_name = "trainings"

urlpatterns = [
    path("accounts/signup/", views.SignUpView.as_view(), name="signup"),
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/logout/", views.SignOutView.as_view(), name="logout"),
    path("accounts/password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password-reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("my-learning/", views.my_learning, name="my_learning"),
    path("my-learning/certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/verify/", views.verify_form, name="certificate_verify_form"),
    path("certificates/verify/<str:code>/", views.verify, name="certificate_verify"),
]
