"""One number that changes whenever what visitors see may have changed.

Cached pages (caching/page_cache.py), page fragments, search matches (search/engine.py) and
the lookups every request makes (caching/lookups.py) put it in their keys, so a publish, unpublish,
move, deletion, privacy change, theme, image or locale edit makes every one of them stale at once,
on every web process sharing the cache; stale entries simply expire. What changes it: Wagtail's
models in caching/signal_handlers.py, each app's own in its signal_handlers.py (series: themes).
"""

import hashlib
import secrets
from contextvars import ContextVar

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

VERSION_KEY = "content-version"
CACHED_FOR = 60 * 60


# Within a request the version is read from the cache once (RequestContentVersionMiddleware).
request_memo = ContextVar("content_version_memo", default=None)


def content_version():
    memo = request_memo.get()
    if memo:
        return memo[0]
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh number, in case the key was evicted with entries still cached.
        version = fresh_version()
        cache.add(VERSION_KEY, version, timeout=None)
    if memo is not None:
        memo.append(version)
    return version


class RequestContentVersionMiddleware:
    """Reads the content version once a request, not once for each thing looked up in the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request_memo.set([])
        try:
            return self.get_response(request)
        finally:
            request_memo.reset(token)


def cached(name, compute, timeout=CACHED_FOR):
    """compute(), or what it returned for this name since the content last changed: Django's
    get_or_set with the content version as the entry's version.

    `name` may hold anything (a visitor's query, a host name): it is hashed into a safe key.
    """
    digest = hashlib.sha256(name.encode()).hexdigest()
    return cache.get_or_set(f"cached:{digest}", compute, timeout, version=content_version())


def create_cache_table(using="default", **kwargs):
    """After every `migrate`, the table of the database cache (production without REDIS_URL), so that
    `migrate` stays the only deploy step, also for a site that later stops using Redis; a no-op with
    any other cache."""
    call_command("createcachetable", database=using, verbosity=0)


def fresh_version():
    """A number never used before, whichever process draws it."""
    return secrets.randbits(63)


def renew_version():
    cache.set(VERSION_KEY, fresh_version(), timeout=None)


def content_changed():
    """Make every cached page and search result stale, on every process sharing the cache.

    The version is replaced rather than incremented: the database cache increments by a read then a
    write, so two processes changing content at once could both write the same next number, one of
    them over entries already cached from the other's change. It is replaced at once (this request and
    the tests see the change) and again when the change is committed, since another process may read
    the first new version before the commit, then the old content, and remember it under that version.
    """
    memo = request_memo.get()
    if memo:
        memo.clear()  # this request reads the new version from now on
    renew_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(renew_version, robust=True)
