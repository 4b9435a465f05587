"""One number that changes whenever what visitors see may have changed.

Cached pages (site_config/page_cache.py) and cached search matches (search/cache.py) put it in
their keys, so a publish, unpublish, move, deletion, privacy change or theme edit makes every one
of them stale at once, on every web process sharing the cache; stale entries simply expire.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "content-version"


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh number, never one used before, in case the key was evicted with entries still cached.
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def content_changed():
    """Make every cached page and search result stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing was cached under one either
        content_version()


def shown_to_visitors(instance):
    from series.models import EpisodeTheme, Theme

    return isinstance(instance, Page | PageViewRestriction | Site | Theme | EpisodeTheme)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_when_pages_change(sender, **kwargs):
    content_changed()


@receiver(post_save)
@receiver(post_delete)
def forget_when_content_changes(sender, instance, **kwargs):
    if shown_to_visitors(instance):
        content_changed()
