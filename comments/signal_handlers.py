"""A comment edited in the admin (its state, its name, the Plateforme's reply) changes what its episode page
shows when it is or was approved, or when its state changes. A new pending comment changes nothing a visitor
sees, so posting one never empties the caches."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Comment
from .moderation import refresh_episodes


def shows_or_showed(comment):
    loaded = getattr(comment, "loaded_state", None)
    approved = Comment.State.APPROVED
    return comment.state == approved or loaded == approved or (loaded is not None and loaded != comment.state)


@receiver(post_save, sender=Comment)
def refresh_after_an_edit(sender, instance, created=False, raw=False, **kwargs):
    if not raw and shows_or_showed(instance):
        refresh_episodes([instance.episode_id])
    instance.loaded_state = instance.state


@receiver(post_delete, sender=Comment)
def refresh_after_a_deletion(sender, instance, **kwargs):
    if instance.state == Comment.State.APPROVED:
        refresh_episodes([instance.episode_id])
