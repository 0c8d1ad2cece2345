"""Two-factor sign-in pages (clothhub.twofactor), under /<lang>/accounts/two-factor/."""

from django.urls import path

from clothhub import twofactor

app_name = "twofactor"

urlpatterns = [
    path("", twofactor.manage, name="manage"),
    path("set-up/", twofactor.setup, name="setup"),
    path("verify/", twofactor.verify, name="verify"),
    path("recovery-codes/", twofactor.recovery_codes, name="recovery_codes"),
    path("turn-off/", twofactor.disable, name="disable"),
]
