"""Whole-page cache for anonymous visitors.

A GET or HEAD of a public page (/fr/…, /en/…, no query string) by a visitor without a session is
answered from the cache when the same page was rendered since the content last changed (the content
version, caching/version.py, is part of every key). Only 200 answers that set no cookie and
are not marked private are kept; previews never enter it. Searches (with ?q=) are never cached,
so every search is counted for the popular-queries report. If the cache is down, pages are rendered as usual.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from caching.version import content_version

logger = logging.getLogger(__name__)

TIMEOUT = 60 * 60
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "Last-Modified")


def cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and not getattr(request, "is_dummy", False)  # a preview, rendered for the admin (Wagtail's flag)
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and request.path_info.startswith(tuple(f"/{code}/" for code, _name in settings.LANGUAGES))
    )


def cacheable_response(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-cache" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        address = f"{request.scheme}://{request.get_host()}{request.path}"
        key = f"page:{content_version()}:{hashlib.sha256(address.encode()).hexdigest()}"
        cached = safely(cache.get, key)
        if cached is not None:
            response = HttpResponse(cached["content"], status=200)
            for name, value in cached["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if cacheable_response(response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            safely(cache.set, key, {"content": response.content, "headers": headers}, TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response


def safely(operation, *args):
    """A cache that fails (any backend, any error) means no caching, never an error page."""
    try:
        return operation(*args)
    except Exception:  # noqa: BLE001
        logger.warning("page cache unavailable", exc_info=True)
        return None
