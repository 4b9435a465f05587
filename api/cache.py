"""Answers of the partner API kept until the next publish: each address (host, path and query) is cached
under the content version (caching/version.py), which every publish, theme or term change replaces.

Only anonymous GETs answered 200 are kept; a hit costs no query at all.
"""

import hashlib
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse

from caching.lookups import site_for_request
from caching.version import CACHED_FOR, content_version


def cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    return "api:" + hashlib.sha256(address.encode()).hexdigest()


def cached_until_next_publish(view):
    @wraps(view)
    def answer(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key, version = cache_key(request), content_version()
        stored = cache.get(key, version=version)
        if stored is not None:
            content_type, content = stored
            response = HttpResponse(content, content_type=content_type)
            response["X-API-Cache"] = "hit"
            return response
        # Full addresses in the answers name the site: found in the cache, not the database.
        request._wagtail_site = site_for_request(request)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response.render()
            cache.set(key, (response["Content-Type"], response.content), CACHED_FOR, version=version)
            response["X-API-Cache"] = "miss"
        return response

    return answer
