"""Remember the matches of recent searches until the published content changes.

Visitors search the same few themes over and over; the matches of « lien » stay the same until an
episode is published, unpublished, moved, deleted or restricted, or a theme changes. Any of those
bumps a version number that is part of every key, so stale results are never read again (they
expire on their own).
"""

import hashlib

from django.core.cache import cache

VERSION_KEY = "search:content-version"
TIMEOUT = 60 * 60


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def content_changed():
    """Forget every cached search result."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing cached under one either
        cache.add(VERSION_KEY, 1, timeout=None)


def remembered(locale, terms, compute):
    """compute() for these terms in this locale, or what it returned last time if nothing changed since."""
    digest = hashlib.sha256(" ".join(terms).encode()).hexdigest()  # any query, as a safe cache key
    key = f"search:matches:{content_version()}:{locale.language_code}:{digest}"
    result = cache.get(key)
    if result is None:
        result = compute()
        cache.set(key, result, timeout=TIMEOUT)
    return result
