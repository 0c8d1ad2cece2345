"""The production profile as `make serve` and a deployment run it: settings switches (task queue,
shared caches, S3 media, local HTTP) and whitenoise's far-future caching of hashed static files."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k3!pL9@xZ2vQ8#rT5$wN1^yB7&cF4*hJ6(dG0)sA3-eU8+oI2=nM5_lK9qWzXy"


def run_python(code, **env_extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
    for name in ("AWS_STORAGE_BUCKET_NAME", "LOCAL_HTTP", "DATABASE_URL"):
        env.pop(name, None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "clothhub.settings.production",
            "SECRET_KEY": SECRET,
            "ALLOWED_HOSTS": "clothhub.eu",
            "DATABASE_URL": "sqlite:///:memory:",
        }
    )
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


SETTINGS_DUMP = """
import django, json
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default_storage = storages["default"]
print(json.dumps({
    "tasks": settings.TASKS["default"]["BACKEND"],
    "shared": settings.CACHES["shared"]["BACKEND"],
    "pages": settings.CACHES["pages"]["BACKEND"],
    "pages_location": settings.CACHES["pages"].get("LOCATION"),
    "shared_location": settings.CACHES["shared"].get("LOCATION"),
    "default_cache": settings.CACHES["default"]["BACKEND"],
    "storage": type(default_storage).__name__,
    "bucket": getattr(default_storage, "bucket_name", None),
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "frontend_cache": getattr(settings, "WAGTAILFRONTENDCACHE", None),
}))
"""


def dump(**env):
    result = run_python(SETTINGS_DUMP, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_queues_tasks_in_the_database_and_shares_caches_between_processes():
    values = dump()
    assert values["tasks"] == "django_tasks_db.DatabaseBackend"
    assert values["shared"] == "clothhub.cache.backends.FileBasedCache"  # Django's, fault-tolerant
    # Cached pages are culled in a store of their own: culling them never drops a generation.
    assert values["pages"] == "clothhub.cache.backends.FileBasedCache"
    assert values["pages_location"] != values["shared_location"]
    assert values["default_cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["storage"] == "FileSystemStorage"


def test_redis_url_moves_both_caches_to_redis():
    values = dump(REDIS_URL="redis://127.0.0.1:6379/3")
    assert values["shared"] == values["default_cache"]
    assert values["shared"] == "clothhub.cache.backends.RedisCache"
    assert values["pages"] == "clothhub.cache.backends.RedisCache"


def test_the_cdn_is_configured_from_the_environment():
    assert dump()["frontend_cache"] is None
    values = dump(FRONTEND_CACHE_PROVIDER="http", FRONTEND_CACHE_URL="http://127.0.0.1:6081")
    assert values["frontend_cache"] == {
        "default": {
            "BACKEND": "clothhub.cache.cdn.TagHTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    values = dump(
        FRONTEND_CACHE_PROVIDER="cloudflare", CLOUDFLARE_ZONE_ID="z1", CLOUDFLARE_BEARER_TOKEN="t"
    )
    assert (
        values["frontend_cache"]["default"]["BACKEND"] == "clothhub.cache.cdn.TagCloudflareBackend"
    )
    result = run_python(SETTINGS_DUMP, FRONTEND_CACHE_PROVIDER="akamai")
    assert result.returncode != 0 and "FRONTEND_CACHE_PROVIDER must be" in result.stderr


def test_a_bucket_name_moves_media_to_s3_compatible_storage():
    values = dump(
        AWS_STORAGE_BUCKET_NAME="clothhub-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
        AWS_S3_CUSTOM_DOMAIN="media.clothhub.eu",
    )
    assert values["storage"] == "S3Storage"
    assert values["bucket"] == "clothhub-media"
    assert "https://media.clothhub.eu" in values["img_src"]


def test_local_http_is_only_for_local_hosts():
    values = dump(LOCAL_HTTP="1", ALLOWED_HOSTS="127.0.0.1,localhost")
    assert values["ssl_redirect"] is False
    assert values["session_cookie_secure"] is False
    assert values["hsts"] == 0
    refused = run_python(SETTINGS_DUMP, LOCAL_HTTP="1", ALLOWED_HOSTS="clothhub.eu")
    assert refused.returncode != 0
    assert "LOCAL_HTTP=1 turns HTTPS off" in refused.stderr


def test_secure_defaults_without_local_http():
    values = dump()
    assert values["ssl_redirect"] is True
    assert values["session_cookie_secure"] is True
    assert values["hsts"] == 31_536_000


WHITENOISE_CHECK = """
import django, json, os
django.setup()
from django.core.management import call_command
call_command("collectstatic", "--noinput", verbosity=0)
from django.contrib.staticfiles.storage import staticfiles_storage
from django.test import Client
hashed = staticfiles_storage.url("home/css/main.css")
client = Client(HTTP_HOST="clothhub.eu", **{"wsgi.url_scheme": "https"})
out = {"hashed_url": hashed}
for name, url in (("hashed", hashed), ("plain", "/static/home/css/main.css")):
    response = client.get(url, secure=True)
    out[name] = {"status": response.status_code, "cache": response.get("Cache-Control", "")}
    if hasattr(response, "close"):
        response.close()
response = client.get(hashed, secure=True, HTTP_ACCEPT_ENCODING="gzip")
out["encoding"] = response.get("Content-Encoding", "")
print(json.dumps(out))
"""


def test_hashed_static_files_are_served_compressed_with_far_future_headers(tmp_path):
    result = run_python(WHITENOISE_CHECK, STATIC_ROOT=str(tmp_path))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["hashed_url"] != "/static/home/css/main.css"  # a content hash in the name
    assert out["hashed"]["status"] == 200
    assert "immutable" in out["hashed"]["cache"]
    assert "max-age=315360000" in out["hashed"]["cache"]
    assert out["plain"]["status"] == 200
    assert "max-age=3600" in out["plain"]["cache"]
    assert out["encoding"] in ("gzip", "br")
