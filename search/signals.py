"""Keep search right when what an episode shows changes.

Wagtail indexes a page when its row is saved, before its theme links are; themes are indexed as
part of each episode's text. Both are re-indexed here once everything is written. Cached search
results (search/cache.py) are forgotten whenever what is live, public or themed changes.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from series.models import EpisodePage, EpisodeTheme, Theme

from .cache import content_changed

SHOWN_IN_RESULTS = (Page, PageViewRestriction, Theme, EpisodeTheme)


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


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_results_when_pages_change(sender, **kwargs):
    content_changed()


@receiver(post_save)
@receiver(post_delete)
def forget_results_when_content_changes(sender, instance, **kwargs):
    if isinstance(instance, SHOWN_IN_RESULTS):
        content_changed()
