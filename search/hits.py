"""Hits for Wagtail's popular-queries report, counted in the cache on the request path (no SQL, so a search
served from the page cache costs no query) and written to the database in batches by
`manage.py flush_search_hits` (every few minutes, from cron or a scheduler: see the README).

Only searches that found something are counted: a visitor's typo or a scanner's junk never becomes a row.
Counting is best effort: two processes adding a new query at the same instant may lose one hit of it.
"""

import hashlib

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

PENDING_KEY = "search-hits:pending"
KEPT_FOR = 7 * 24 * 60 * 60  # hits not flushed within a week are dropped with their entries


def hit_key(query):
    return "search-hits:" + hashlib.sha256(query.encode()).hexdigest()


def count_hit(query):
    """One more hit for this normalised query today, in the cache only."""
    query = normalise_query_string(query)
    if not query:
        return
    key = hit_key(query)
    try:
        if cache.add(key, 1, KEPT_FOR):
            pending = cache.get(PENDING_KEY) or {}
            pending[key] = query
            cache.set(PENDING_KEY, pending, KEPT_FOR)
        else:
            cache.incr(key)
    except Exception:  # noqa: BLE001 - a cache that fails loses a hit, never the visitor's search
        return


def flush_hits():
    """Write the counted hits into the report's tables, one row per query, and forget them: (queries, hits)."""
    pending = cache.get(PENDING_KEY) or {}
    if not pending:
        return 0, 0
    cache.delete(PENDING_KEY)
    counts = cache.get_many(list(pending))
    cache.delete_many(list(pending))
    today = timezone.now().date()
    written = 0
    with transaction.atomic():
        for key, query_string in pending.items():
            hits = counts.get(key) or 0
            if not hits:
                continue
            query, _created = Query.objects.get_or_create(query_string=query_string)
            daily, _created = QueryDailyHits.objects.get_or_create(query=query, date=today)
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
            written += hits
    return len(pending), written


def prune_log():
    """Keep the log bounded: Wagtail's own clean-up of old daily hits (WAGTAILSEARCH_HITS_MAX_AGE days) and of
    queries left with no hit and no promotion."""
    QueryDailyHits.garbage_collect()
    Query.garbage_collect()
