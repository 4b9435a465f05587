"""Remember the matches of recent searches until the published content changes.

Visitors search the same few themes over and over; the matches of « lien » stay the same until an
episode is published, unpublished, moved, deleted or restricted, or a theme changes. Any of those
changes the site's content version (home/content_version.py), part of every key, so stale results
are never read again (they expire on their own).
"""

import hashlib

from django.core.cache import cache

from home.content_version import content_version

TIMEOUT = 60 * 60


def remembered(locale, terms, compute):
    """compute() for these terms in this locale, or what it returned last time if nothing changed since."""
    digest = hashlib.sha256(" ".join(terms).encode()).hexdigest()  # any query, as a safe cache key
    key = f"search:matches:{content_version()}:{locale.language_code}:{digest}"
    result = cache.get(key)
    if result is None:
        result = compute()
        cache.set(key, result, timeout=TIMEOUT)
    return result
