"""Local development: DEBUG on by default, SQLite, console e-mail."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", True)

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The demo accounts sign in to the admin with their password only, unless STAFF_2FA_REQUIRED=1.
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", False)
