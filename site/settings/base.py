"""Settings shared by every profile. Values that differ per deployment come from the environment."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # repository root

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first, so that their templates override those of the libraries.
    "home",
    "practices",
    "trainings",
    "search",
    "alliance",
    "editorial",
    # Wagtail and wagtail-localize
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "clothhub.urls"
WSGI_APPLICATION = "clothhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=600,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clothhub",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the default; every public URL starts with its language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("ca", "Català"),
    ("fr", "Français"),
    ("da", "Dansk"),
    ("bg", "Български"),
    ("ro", "Română"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

# Static and media files: whitenoise serves static files in every profile.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (search indexing, exports) runs as Django tasks.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "CLOTH Hub"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Search service (see search/): the engine is chosen here.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "")

LOGIN_URL = "trainings:login"
# Wagtail sends readers of login-restricted pages to the same sign-in page as the trainees.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"

# Accounts e-mail: console locally, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "CLOTH Hub <noreply@clothhub.eu>")

# --- search (search/ app, issue 5) ------------------------------------------------------------------
from .env import env_int  # noqa: E402

# SEARCH_ENGINE: "sqlite" (FTS5), "postgres" (tsvector per language) or "elasticsearch" (needs
# ELASTICSEARCH_URL). Empty: the database's own engine ("postgres" on PostgreSQL, else "sqlite").
SEARCH_ENGINE = env_str("SEARCH_ENGINE", "")
# Name of the Elasticsearch alias; rebuilds fill "<alias>-<timestamp>" and swap the alias.
SEARCH_ELASTICSEARCH_INDEX = env_str("SEARCH_ELASTICSEARCH_INDEX", "clothhub-search")
SEARCH_RESULTS_PER_PAGE = env_int("SEARCH_RESULTS_PER_PAGE", 10)
# Index pages as they are published, moved, deleted... (off for bulk imports: rebuild afterwards).
SEARCH_AUTO_UPDATE = env_bool("SEARCH_AUTO_UPDATE", True)

# --- production grade (issue 7: security, page cache, uploads, task queue, media storage) -----------
# Owned by the platform layer in site/ (clothhub.pagecache, clothhub.middleware, clothhub.uploads).
from datetime import timedelta  # noqa: E402

from .env import env_bool, env_int, env_str  # noqa: E402

INSTALLED_APPS += [  # noqa: F405
    "clothhub",  # site/ as an app: page cache signals, hooks, lockout and throttle templates
    "csp",
    "axes",
    "django_tasks_db",  # the database task queue used in production (migrations in every profile)
]


def _insert_after(items, anchor, new):
    position = items.index(anchor) + 1
    return items[:position] + new + items[position:]


MIDDLEWARE = _insert_after(
    MIDDLEWARE,  # noqa: F405
    "django.middleware.security.SecurityMiddleware",
    ["clothhub.middleware.SecurityHeadersMiddleware"],
)
# The page cache sits right after WhiteNoise: a hit skips sessions, authentication and routing.
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "whitenoise.middleware.WhiteNoiseMiddleware",
    ["clothhub.pagecache.PageCacheMiddleware"],
)
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "django.middleware.common.CommonMiddleware",
    ["clothhub.middleware.ApiQueryGuardMiddleware"],
)
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ["clothhub.middleware.ContentSecurityPolicyMiddleware"],
)
# After the page cache (a hit needs no site), before anything that asks Wagtail for the site.
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "clothhub.pagecache.PageCacheMiddleware",
    ["clothhub.memo.SiteMiddleware"],
)
MIDDLEWARE += [
    "clothhub.middleware.ThrottleMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# Sign-in throttling (django-axes watches every authenticate() call: the Wagtail admin login and
# the trainee sign-in alike). Five failures for one account from one address pause sign-in for
# that pair for AXES_COOLOFF_MINUTES; a success resets the count. The lockout page is HTTP 429.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "clothhub.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "clothhub.security.client_ip"
AXES_VERBOSE = False
# Number of reverse proxies (load balancer, CDN) that append to X-Forwarded-For; 0 = none, use
# REMOTE_ADDR. Set it behind a load balancer, or every client shares the balancer's address.
CLOTHHUB_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Sign-up and password-reset POSTs per client address (view name → "count/period").
CLOTHHUB_THROTTLE = {
    "trainings:signup": "10/h",
    "trainings:password_reset": "5/h",
    "wagtailadmin_password_reset": "5/h",
}
CLOTHHUB_THROTTLE_CACHE = "shared"

# Security headers. Django's SecurityMiddleware sends X-Content-Type-Options: nosniff and COOP.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
CLOTHHUB_PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()"
)
# Content-Security-Policy (django-csp 4): public pages run only scripts served by the site itself
# (no inline scripts, no 'unsafe-inline', no eval); videos embed from YouTube and Vimeo.
_VIDEO_FRAMES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
_MEDIA_ORIGINS = []  # filled below when media live on object storage
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": _VIDEO_FRAMES,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The Wagtail admin (and Django's) use inline scripts and styles: their own, looser policy.
CLOTHHUB_ADMIN_CSP_PREFIXES = ["/admin/", "/django-admin/"]
CLOTHHUB_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'self'", *_VIDEO_FRAMES],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party avatars in the admin

# Uploads: type, content and name checks on top of the size and extension limits above.
WAGTAILIMAGES_IMAGE_FORM_BASE = "clothhub.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "clothhub.uploads.DocumentForm"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
FILE_UPLOAD_PERMISSIONS = 0o644

# The "shared" cache: anonymous page cache (clothhub.pagecache) and sign-up throttle counters.
# Every process must see the same entries and purges — the server's workers, and management
# commands such as import_practices run beside it: Redis when REDIS_URL is set, a file cache in
# var/cache/shared otherwise. The test profile replaces CACHES without it: there the page cache,
# the fragment caches, the memo and the throttle are off unless a test configures "shared".
if REDIS_URL:  # noqa: F405
    # One redis-py client per connection pool (clothhub.cache_backends): Django's backend builds
    # a client per call, which costs more than the round trip to Redis.
    CACHES["default"]["BACKEND"] = "clothhub.cache_backends.RedisCache"  # noqa: F405
    CACHES["shared"] = {  # noqa: F405
        "BACKEND": "clothhub.cache_backends.RedisCache",
        "LOCATION": REDIS_URL,  # noqa: F405
        "KEY_PREFIX": "clothhub-shared",
    }
else:
    CACHES["shared"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("SHARED_CACHE_DIR", str(BASE_DIR / "var" / "cache" / "shared")),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
# Per-process memo of site data (sites, locales, menus, labels, private sections), checked against
# one generation value in the "shared" cache: see clothhub/memo.py. MEMO=0 turns it off.
CLOTHHUB_MEMO = env_bool("MEMO", True)
# Fragment caches of detail pages (clothhub/fragments.py): kept across publishes of other pages,
# keyed on the page cache's tag generations. FRAGMENT_CACHE=0 turns them off.
CLOTHHUB_FRAGMENT_CACHE = {
    "ENABLED": env_bool("FRAGMENT_CACHE", True),
    "CACHE_ALIAS": "default",
    "TIMEOUT": env_int("FRAGMENT_CACHE_TIMEOUT", 86_400),
}
CLOTHHUB_PAGE_CACHE = {
    "ENABLED": env_bool("PAGE_CACHE", True),
    "CACHE_ALIAS": "shared",
    "TIMEOUT": env_int("PAGE_CACHE_TIMEOUT", 600),
    "MAX_AGE": env_int("PAGE_CACHE_MAX_AGE", 0),  # browsers: revalidate with the ETag
    "S_MAXAGE": env_int("PAGE_CACHE_S_MAXAGE", 60),  # a CDN in front
    "CACHEABLE_VIEWS": {"wagtail_serve": (), "search:search": ("search",)},
    "PURGE_AFTER_TASKS": {"search.tasks.update_search_index": ("search",)},
}

# Local uploads (when no bucket is configured) may live outside the repository.
MEDIA_ROOT = env_str("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405

# Media on S3-compatible object storage (django-storages) when a bucket is configured, so that
# several application servers share uploads. Credentials come from the environment as boto3
# reads them (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) or from the server's instance role.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", "") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
    AWS_LOCATION = env_str("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400, public"}
    STORAGES = {  # noqa: F405
        **STORAGES,  # noqa: F405
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
    # Documents are served through Django (privacy checks) by streaming them from the bucket;
    # images and renditions link to the bucket (or its CDN domain) directly.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    _MEDIA_ORIGINS.append(
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else (AWS_S3_ENDPOINT_URL or "https://*.amazonaws.com")
    )
    for _directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] += _MEDIA_ORIGINS
        CLOTHHUB_ADMIN_CSP[_directive] += _MEDIA_ORIGINS

# Background tasks: immediate in development and tests (above); the production profile switches
# to the database queue of django-tasks-db, run by `manage.py db_worker`.
CLOTHHUB_DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- editorial (editorial/ app, issue 6: partner permissions, moderation, translation, feedback) ---
# Machine translation in wagtail-localize's translation editor: off unless EDITORIAL_MACHINE_TRANSLATOR
# names a backend. "dummy" (reverses words, for trying the workflow offline), "deepl" (needs
# DEEPL_API_KEY) or "libretranslate" (needs LIBRETRANSLATE_URL, optional LIBRETRANSLATE_API_KEY).
_MACHINE_TRANSLATOR = env_str("EDITORIAL_MACHINE_TRANSLATOR", "").strip().lower()
if _MACHINE_TRANSLATOR == "dummy":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
elif _MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env_str("DEEPL_API_KEY")},
    }
elif _MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env_str("LIBRETRANSLATE_URL"),
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif _MACHINE_TRANSLATOR:
    from django.core.exceptions import ImproperlyConfigured  # noqa: E402

    raise ImproperlyConfigured(
        "EDITORIAL_MACHINE_TRANSLATOR must be empty, 'dummy', 'deepl' or 'libretranslate'."
    )
# Demo accounts of setup_partners share EDITORIAL_DEMO_PASSWORD. They are created when DEBUG is on
# (`make run`) unless EDITORIAL_DEMO_USERS=0; EDITORIAL_DEMO_USERS=1 creates them anyway.
_DEMO_USERS = env_str("EDITORIAL_DEMO_USERS", "").strip()
EDITORIAL_DEMO_USERS = env_bool("EDITORIAL_DEMO_USERS", False) if _DEMO_USERS else None
EDITORIAL_DEMO_PASSWORD = env_str("EDITORIAL_DEMO_PASSWORD", "clothhub-demo")
# Content whose last review is older than this many days is listed on the admin dashboard.
EDITORIAL_REVIEW_MAX_AGE_DAYS = env_int("EDITORIAL_REVIEW_MAX_AGE_DAYS", 365)
# Reader feedback ("Was this useful?"): submissions per client address ("count/period", period
# s, m, h or d), counted in the cache EDITORIAL_FEEDBACK_CACHE.
EDITORIAL_FEEDBACK_RATE = env_str("EDITORIAL_FEEDBACK_RATE", "10/h")
EDITORIAL_FEEDBACK_CACHE = "default"
# A page submitted for translation starts as a draft in the target language (wagtail-localize would
# otherwise publish it at once, still in the source language, bypassing translators and moderation).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- alliance (alliance/ app, issue 8: directory, application form, map, exchanges, figures) --------
# Spam protection of the public application form (alliance.spam): at most ALLIANCE_APPLICATION_RATE
# submissions per client address ("count/period", period s/m/h/d), and a form must be sent between
# ALLIANCE_APPLICATION_MIN_SECONDS and ALLIANCE_APPLICATION_MAX_AGE seconds after it was shown.
ALLIANCE_APPLICATION_RATE = env_str("ALLIANCE_APPLICATION_RATE", "10/h")
ALLIANCE_APPLICATION_MIN_SECONDS = env_int("ALLIANCE_APPLICATION_MIN_SECONDS", 3)
ALLIANCE_APPLICATION_MAX_AGE = env_int("ALLIANCE_APPLICATION_MAX_AGE", 2 * 24 * 3600)
# Addresses told by e-mail about each new application (comma-separated); empty: nobody.
ALLIANCE_MODERATOR_EMAILS = env_list("ALLIANCE_MODERATOR_EMAILS", [])

# The Wagtail API's own ?search= is a second, weaker search (and 150 words in it broke it on
# PostgreSQL): off. Readers and clients search through /api/search/ (search.api).
WAGTAILAPI_SEARCH_ENABLED = False
