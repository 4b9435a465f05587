"""What browsers and shared caches (Varnish, a CDN) may keep, and for how long.

Public pages (an anonymous GET or HEAD of /fr/…, /en/…, the API, the sitemap and robots.txt) say
`public, max-age=60, s-maxage=…`: browsers check again after a minute, shared caches keep the page until
the application purges it (caching/purging.py) or, with no purging configured, for a few minutes. Their
ETag is the content version (caching/version.py), which changes with everything visitors can see, so a
revisit that still holds the current version costs a 304 with no body and no query. Anything personal
(someone logged in, a form with its CSRF token, the admin) says `private, no-store`.
"""

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control

from .version import content_version

BROWSER_MAX_AGE = 60
SHAREABLE_STATUSES = {200, 301, 404, 410}
PUBLIC_PREFIXES = ("/api/v2/",)
PUBLIC_PATHS = ("/sitemap.xml", "/robots.txt")


def shared_max_age():
    """Purged shared caches keep a page a day (until the next publish purges it); others five minutes."""
    return 24 * 60 * 60 if getattr(settings, "WAGTAILFRONTENDCACHE", None) else 5 * 60


def is_public_request(request):
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    path = request.path_info
    language_prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    return path.startswith(language_prefixes + PUBLIC_PREFIXES) or path in PUBLIC_PATHS


def is_shareable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in SHAREABLE_STATUSES
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and not getattr(response, "streaming", False)
    )


def entity_tag():
    return f'W/"{content_version():x}"'


class HttpCacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_request(request):
            response = self.get_response(request)
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_store=True)
            return response

        tag = entity_tag()
        if tag in request.headers.get("If-None-Match", ""):
            response = HttpResponseNotModified()
            self.mark_public(response, tag)
            return response

        response = self.get_response(request)
        if is_shareable(response):
            # The version read before rendering: if content changed meanwhile, the next visit sees a new tag.
            self.mark_public(response, tag)
        elif "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def mark_public(response, tag):
        response["ETag"] = tag
        patch_cache_control(
            response,
            public=True,
            max_age=BROWSER_MAX_AGE,
            s_maxage=shared_max_age(),
            stale_while_revalidate=60,
            stale_if_error=24 * 60 * 60,
        )
