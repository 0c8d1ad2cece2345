"""A CDN in front of the site (``wagtail.contrib.frontend_cache``, configured from the
environment in settings): purged, after the commit, of the same tags the page cache purges.

Public cached responses carry their tags (``Surrogate-Key``, ``Cache-Tag``: clothhub.cache.pages).
The two backends here add a purge by tag to Wagtail's: ``TagHTTPBackend`` sends one ``PURGE``
request with a ``Surrogate-Key`` header (Varnish with xkey, Fastly-style proxies) and
``TagCloudflareBackend`` purges Cloudflare by ``Cache-Tag``. Any other Wagtail backend (CloudFront,
Azure) is purged of the URLs of the pages named by ``page:`` and ``tree:`` tags; what depends on
a whole language there expires after ``S_MAXAGE`` seconds.
"""

import logging
from urllib.error import URLError

import requests
from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import CloudflareBackend, HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends

logger = logging.getLogger("clothhub.cache")


class TagHTTPBackend(HTTPBackend):
    def purge_tags(self, tags):
        url = f"{self.cache_scheme}://{self.cache_netloc}/"
        headers = {"Surrogate-Key": " ".join(sorted(tags)), "User-Agent": f"Wagtail/{__version__}"}
        try:
            from urllib.request import urlopen

            urlopen(PurgeRequest(url=url, headers=headers), timeout=10)
        except (URLError, OSError) as error:
            logger.error("CDN purge of %s failed: %s", sorted(tags), error)


class TagCloudflareBackend(CloudflareBackend):
    CHUNK_SIZE = 30

    def purge_tags(self, tags):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        tags = sorted(tags)
        for i in range(0, len(tags), self.CHUNK_SIZE):
            try:
                response = requests.post(
                    self.cloudflare_purge_endpoint_url,
                    json={"tags": tags[i : i + self.CHUNK_SIZE]},
                    headers=headers,
                    timeout=30,
                )
                response.raise_for_status()
            except requests.RequestException as error:
                logger.error("CDN purge of %s failed: %s", tags, error)


def _pages_of(tags):
    from wagtail.models import Page

    keys = [tag.split(":", 1)[1] for tag in tags if tag.startswith(("page:", "tree:"))]
    return Page.objects.live().filter(translation_key__in=keys).specific() if keys else []


def purge(tags):
    """Purge every configured CDN of ``tags`` (a failure is logged: the CDN copy then expires)."""
    try:
        backends = get_backends()
    except Exception:
        logger.exception("the frontend cache settings are wrong; the CDN is not purged")
        return
    url_backends = []
    for name, backend in backends.items():
        if hasattr(backend, "purge_tags"):
            backend.purge_tags(tags)
        else:
            url_backends.append(name)
    if url_backends:
        batch = PurgeBatch()
        batch.add_pages(_pages_of(tags))
        batch.purge(backends=url_backends)
