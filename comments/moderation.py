"""Approving or rejecting comments, and what it does to the pages visitors see: the episode page shows its
approved comments from its cached fragment and whole-page caches, so a change starts the caches again
(caching/version.py) and purges the episode from the HTTP cache in front (caching/purging.py)."""

from django.db import transaction
from django.utils import timezone

from caching.purging import purge_page
from caching.version import content_changed

from .models import Comment


def refresh_episodes(episode_ids):
    """The episodes' pages are seen afresh by the next visitor, here and in the HTTP cache in front."""
    from series.models import EpisodePage

    content_changed()
    for episode in EpisodePage.objects.filter(pk__in=set(episode_ids)):
        purge_page(episode)


def moderate(comments, state):
    """Give these comments this state (Comment.State) at once; returns how many changed."""
    changed = [comment for comment in comments if comment.state != state]
    if not changed:
        return 0
    with transaction.atomic():
        Comment.objects.filter(pk__in=[comment.pk for comment in changed]).update(
            state=state, moderated_at=timezone.now()
        )
        refresh_episodes(comment.episode_id for comment in changed)
    return len(changed)
