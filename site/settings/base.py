"""Settings shared by every profile. Values that differ per deployment come from the environment."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_float, env_int, env_list, env_str

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
    "clothhub.health.HealthCheckMiddleware",  # /healthz for load balancers, before anything else
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
# SQLite (the embedded default, and `make serve` out of the box): several gunicorn processes, the
# task worker and management commands write to one file. Write-ahead logging lets readers go on
# while one process writes; transactions take the write lock when they start (IMMEDIATE), so a
# writer queues for the lock for up to SQLITE_TIMEOUT seconds instead of failing at once. A
# request whose write still cannot get the lock answers 503 with Retry-After (clothhub.faults);
# the task worker waits and retries. PostgreSQL needs none of this.
SQLITE_TIMEOUT = env_float("SQLITE_TIMEOUT", 5.0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "timeout": SQLITE_TIMEOUT,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
# Error reporting (clothhub.observability): Sentry when SENTRY_DSN is set, without personal data.
SENTRY_DSN = env_str("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = env_str("SENTRY_ENVIRONMENT", "production")
SENTRY_RELEASE = env_str("SENTRY_RELEASE", "")
SENTRY_TRACES_SAMPLE_RATE = env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0)
if SENTRY_DSN:
    from clothhub.observability import init_error_reporting

    init_error_reporting(
        SENTRY_DSN,
        environment=SENTRY_ENVIRONMENT,
        release=SENTRY_RELEASE,
        traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,
    )
# Seconds a reader is asked to wait (Retry-After) when the database cannot take a write.
DATABASE_RETRY_AFTER = env_int("DATABASE_RETRY_AFTER", 5)
# /healthz reports the task queue as "late" when a task has waited longer than this (seconds).
HEALTH_TASK_MAX_AGE = env_int("HEALTH_TASK_MAX_AGE", 300)
# The task worker's back-off while the database is locked or unreachable (seconds).
CLOTHHUB_DB_WORKER_RETRY = {
    "INITIAL": env_float("DB_WORKER_RETRY_INITIAL", 1.0),
    "MAX": env_float("DB_WORKER_RETRY_MAX", 30.0),
}

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
# Search counts for the editors' reports wait in this cache (the shared one when configured, so
# that every process counts into one place) and are written in batches of this many seconds by
# `manage.py flush_search_counts` (search.counting).
SEARCH_COUNT_CACHE = "shared"
SEARCH_COUNT_INTERVAL = env_int("SEARCH_COUNT_INTERVAL", 60)

# --- production grade (issue 7: security, page cache, uploads, task queue, media storage) -----------
# Owned by the platform layer in site/ (clothhub.cache, clothhub.middleware, clothhub.uploads).

from .env import env_bool, env_int, env_str  # noqa: E402

INSTALLED_APPS += [  # noqa: F405
    "clothhub",  # site/ as an app: page cache signals, hooks, lockout and throttle templates
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
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
    ["clothhub.cache.pages.PageCacheMiddleware"],
)
# Every search a reader starts is counted, also those the page cache answers: the counter sits
# right before the page cache (search.counting; it writes to the cache only).
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "whitenoise.middleware.WhiteNoiseMiddleware",
    ["search.counting.SearchCountMiddleware"],
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
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    ["django_otp.middleware.OTPMiddleware"],
)
MIDDLEWARE += [
    "clothhub.ratelimit.RateLimitMiddleware",
    "clothhub.middleware.ThrottleMiddleware",
    # A locked or unreachable database: 503 with Retry-After, what the reader typed kept.
    "clothhub.faults.DatabaseUnavailableMiddleware",
    "clothhub.twofactor.TwoFactorMiddleware",
]

# Rate limits (clothhub.ratelimit): one helper, counters in the cache alias "ratelimit" (below).
# Rates are "count/period" (s, m, h, d, with an optional number: "5/15m"); the attempt that
# reaches the count pauses that identity for one period.
# Failed sign-ins (the trainee sign-in and the Wagtail admin's): one account from one address,
# one account from any address, one address on any accounts.
RATE_LIMIT_SIGNIN_ACCOUNT_ADDRESS = env_str("RATE_LIMIT_SIGNIN_ACCOUNT_ADDRESS", "5/15m")
RATE_LIMIT_SIGNIN_ACCOUNT = env_str("RATE_LIMIT_SIGNIN_ACCOUNT", "20/h")
RATE_LIMIT_SIGNIN_ADDRESS = env_str("RATE_LIMIT_SIGNIN_ADDRESS", "30/h")
# Sign-ups per address: accounts created (a workshop behind one address signs up together;
# forms with mistakes do not count), and suspicious forms (honeypot filled, sent too fast).
RATE_LIMIT_SIGNUP = env_str("RATE_LIMIT_SIGNUP", "40/h")
RATE_LIMIT_SIGNUP_SUSPICIOUS = env_str("RATE_LIMIT_SIGNUP_SUSPICIOUS", "5/h")
SIGNUP_MIN_SECONDS = env_int("SIGNUP_MIN_SECONDS", 3)  # a sign-up sent sooner is suspicious
SIGNUP_FORM_MAX_AGE = 2 * 24 * 3600
RATE_LIMIT_PASSWORD_RESET = env_str("RATE_LIMIT_PASSWORD_RESET", "5/h")
CLOTHHUB_THROTTLED_VIEWS = ["trainings:password_reset", "wagtailadmin_password_reset"]
# Wrong passwords of password-protected pages, per address.
RATE_LIMIT_PAGE_PASSWORD = env_str("RATE_LIMIT_PAGE_PASSWORD", "10/15m")
# Wrong two-factor codes, per account.
RATE_LIMIT_TWO_FACTOR = env_str("RATE_LIMIT_TWO_FACTOR", "5/15m")
WAGTAILADMIN_USER_LOGIN_FORM = "clothhub.signin.AdminLoginForm"
# Number of reverse proxies (load balancer, CDN) that append to X-Forwarded-For; 0 = none, use
# REMOTE_ADDR. Set it behind a load balancer, or every client shares the balancer's address.
CLOTHHUB_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Two-factor sign-in (django-otp: TOTP apps and recovery codes; clothhub.twofactor). Accounts
# with access to the Wagtail admin must enrol before they use it when STAFF_2FA_REQUIRED is on
# (the default; the dev and test profiles default to off); trainees may turn it on themselves.
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = "CLOTH Hub"
TWO_FACTOR_RECOVERY_CODES = 10

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

# The cache (clothhub.cache, see site/cache/README.md). Every process must see the same purges
# (the server's workers and management commands such as import_practices): Redis when REDIS_URL
# is set, otherwise file caches under var/cache. Three aliases: "shared" holds the tag generations
# (no expiry), "pages" the anonymous page cache (culled on its own, so culling pages never drops a
# generation), "default" the fragments. The test profile uses local memory for all of them.
_CACHE_DIR = Path(env_str("CACHE_DIR", str(BASE_DIR / "var" / "cache")))  # noqa: F405
if REDIS_URL:  # noqa: F405
    # One redis-py client per connection pool (clothhub.cache.backends): Django's backend builds
    # a client per call, which costs more than the round trip to Redis. Page entries expire
    # (PAGE_CACHE_TIMEOUT) and generations do not: with maxmemory-policy volatile-lru Redis
    # evicts pages, never generations.
    CACHES["default"]["BACKEND"] = "clothhub.cache.backends.RedisCache"  # noqa: F405
    for _alias in ("shared", "pages"):
        CACHES[_alias] = {  # noqa: F405
            "BACKEND": "clothhub.cache.backends.RedisCache",
            "LOCATION": REDIS_URL,  # noqa: F405
            "KEY_PREFIX": f"clothhub-{_alias}",
        }
else:
    CACHES["shared"] = {  # noqa: F405
        "BACKEND": "clothhub.cache.backends.FileBasedCache",
        "LOCATION": env_str("SHARED_CACHE_DIR", str(_CACHE_DIR / "shared")),
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},  # generations: a few per page, never culled
    }
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": "clothhub.cache.backends.FileBasedCache",
        "LOCATION": env_str("PAGE_CACHE_DIR", str(_CACHE_DIR / "pages")),
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 20_000)},
    }
# Rate-limit counters (clothhub.ratelimit) in a cache of their own, so that no flood of cached
# pages can cull them: Redis under its own key prefix, or a file cache in its own folder.
if REDIS_URL:  # noqa: F405
    CACHES["ratelimit"] = {  # noqa: F405
        "BACKEND": "clothhub.cache.backends.RedisCache",
        "LOCATION": REDIS_URL,  # noqa: F405
        "KEY_PREFIX": "clothhub-ratelimit",
    }
else:
    CACHES["ratelimit"] = {  # noqa: F405
        "BACKEND": "clothhub.cache.backends.FileBasedCache",
        "LOCATION": env_str("RATELIMIT_CACHE_DIR", str(_CACHE_DIR / "ratelimit")),
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    }
# Query parameters the cacheable views read (clothhub.cache.pages keys on these, and only these).
_LISTING_PARAMETERS = ("type", "topic", "stage", "country", "org_type", "tag", "lang", "sort")
_ALLIANCE_PARAMETERS = ("q", "region", "capability", "pair", "year")
CLOTHHUB_CACHE = {
    "PAGES": env_bool("PAGE_CACHE", True),
    "FRAGMENTS": env_bool("FRAGMENT_CACHE", True),
    "MEMO": env_bool("MEMO", True),
    "PAGE_TIMEOUT": env_int("PAGE_CACHE_TIMEOUT", 600),
    "FRAGMENT_TIMEOUT": env_int("FRAGMENT_CACHE_TIMEOUT", 86_400),
    "MAX_AGE": env_int("PAGE_CACHE_MAX_AGE", 0),  # browsers: revalidate with the ETag
    "S_MAXAGE": env_int("PAGE_CACHE_S_MAXAGE", 60),  # a CDN in front
    "STALE_IF_ERROR": env_int("PAGE_CACHE_STALE_IF_ERROR", 86_400),
    "VIEWS": {
        "wagtail_serve": {
            "tags": (),
            "parameters": (
                "page",
                "feedback",
                *_LISTING_PARAMETERS,
                *_ALLIANCE_PARAMETERS,
            ),
        },
        "search:search": {
            "tags": ("search",),
            "parameters": ("q", "page", "sort", "scope", "spell", "lang", "type", "topic", "stage")
            + ("country", "org_type", "tag"),
        },
    },
    "PURGE_AFTER_TASKS": {"search.tasks.update_search_index": ("search",)},
    "NOT_CONTENT": ("editorial.Feedback",),
}

# A CDN in front (wagtail.contrib.frontend_cache, purged by clothhub.cache.cdn of the same tags
# after each commit): FRONTEND_CACHE_PROVIDER "http" (Varnish/Fastly-style PURGE with a
# Surrogate-Key header to FRONTEND_CACHE_URL), "cloudflare" (CLOUDFLARE_ZONE_ID and
# CLOUDFLARE_BEARER_TOKEN) or "cloudfront" (CLOUDFRONT_DISTRIBUTION_ID); empty: none.
_FRONTEND_CACHE_PROVIDER = env_str("FRONTEND_CACHE_PROVIDER", "").strip().lower()
if _FRONTEND_CACHE_PROVIDER == "http":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "clothhub.cache.cdn.TagHTTPBackend",
            "LOCATION": env_str("FRONTEND_CACHE_URL"),
        }
    }
elif _FRONTEND_CACHE_PROVIDER == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "clothhub.cache.cdn.TagCloudflareBackend",
            "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
            "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
        }
    }
elif _FRONTEND_CACHE_PROVIDER == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env_str("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    }
elif _FRONTEND_CACHE_PROVIDER:
    from django.core.exceptions import ImproperlyConfigured  # noqa: E402

    raise ImproperlyConfigured(
        "FRONTEND_CACHE_PROVIDER must be empty, 'http', 'cloudflare' or 'cloudfront'."
    )

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
