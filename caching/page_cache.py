"""Whole-page cache for anonymous visitors.

A GET or HEAD of a public page (/fr/…, /en/…, no query string but on the search, whose ?q=, ?theme= and
?page= make the page) by a visitor without a session is answered from the cache when the same page was
rendered since the content last changed (the content version, caching/version.py, is part of every key).
Only 200 answers that set no cookie and are not marked private are kept; previews never enter it. A search
served from here is still counted for the popular-queries report, in the cache (search/hits.py). If the
cache is down, pages are rendered as usual.
"""

import hashlib
import logging
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from caching.version import content_version

logger = logging.getLogger(__name__)

TIMEOUT = 60 * 60
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link", "Last-Modified")
QUERY_PARAMETERS = ("q", "theme", "page")


def count_search_hit(query):
    """A search served from the cache still counts for the popular-queries report (settings.SEARCH_HIT_COUNTER,
    the search app's counter, which writes to the cache only)."""
    import_string(settings.SEARCH_HIT_COUNTER)(query)


@lru_cache
def query_paths():
    """The addresses, in every language, whose query string is part of the page (the search)."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.update(reverse(name) for name in settings.PAGE_CACHE_QUERY_URL_NAMES)
    return frozenset(paths)


def cache_address(request):
    """The page's address as the cache knows it, or None: no query string, except on query_paths() where the
    known parameters are kept in order (?theme=x&q=y and ?q=y&theme=x are one page)."""
    if not request.META.get("QUERY_STRING"):
        return request.path
    if request.path_info not in query_paths():
        return None
    kept = sorted((name, value) for name, value in request.GET.items() if name in QUERY_PARAMETERS)
    return f"{request.path}?{urlencode(kept)}"


def cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and not getattr(request, "is_dummy", False)  # a preview, rendered for the admin (Wagtail's flag)
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and request.path_info.startswith(tuple(f"/{code}/" for code, _name in settings.LANGUAGES))
        and cache_address(request) is not None
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
        address = f"{request.scheme}://{request.get_host()}{cache_address(request)}"
        key = f"page:{content_version()}:{hashlib.sha256(address.encode()).hexdigest()}"
        cached = safely(cache.get, key)
        if cached is not None:
            response = HttpResponse(cached["content"], status=200)
            for name, value in cached["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            if cached.get("search_hit"):
                count_search_hit(cached["search_hit"])
            return response

        response = self.get_response(request)
        if cacheable_response(response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            entry = {"content": response.content, "headers": headers, "search_hit": getattr(response, "search_hit", "")}
            safely(cache.set, key, entry, TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response


def safely(operation, *args):
    """A cache that fails (any backend, any error) means no caching, never an error page."""
    try:
        return operation(*args)
    except Exception:  # noqa: BLE001
        logger.warning("page cache unavailable", exc_info=True)
        return None
