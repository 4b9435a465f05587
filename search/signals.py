"""Keep search right when what an episode shows changes.

Wagtail indexes a page when its row is saved, before its theme links are; themes are indexed as
part of each episode's text. Both are re-indexed here once everything is written.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search import index
from wagtail.signals import page_published

from caching.purging import purge_language
from caching.version import content_changed
from series.models import EpisodePage, Theme


@receiver(page_published)
def reindex_published_episode(sender, instance, **kwargs):
    if isinstance(instance.specific, EpisodePage):
        index.insert_or_update_object(instance.specific)


@receiver(post_save, sender=Theme)
def reindex_episodes_of_theme(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for episode in EpisodePage.objects.filter(episode_themes__theme=instance).distinct():
        index.insert_or_update_object(episode)


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def forget_searches_when_a_promotion_changes(sender, raw=False, **kwargs):
    """A promoted result shows on the search page: cached searches start again, here and in the HTTP cache."""
    if raw:
        return
    content_changed()
    purge_language(None)
