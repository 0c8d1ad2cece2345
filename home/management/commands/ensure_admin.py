"""Create the local administrator account if it does not exist, and print its credentials."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account (ADMIN_USERNAME / ADMIN_PASSWORD / ADMIN_EMAIL, or local defaults)."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "clothhub-admin")
        email = os.environ.get("ADMIN_EMAIL", "admin@clothhub.local")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(self.style.SUCCESS(f"Admin account created: {username} / {password}"))
        else:
            self.stdout.write(
                f"Admin account: {username} (password unchanged; default {password!r})"
            )
