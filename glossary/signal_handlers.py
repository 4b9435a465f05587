"""A term saved or deleted changes every page that uses it: the caches start again (caching/version.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from caching.version import content_changed

from .models import GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def forget_when_a_term_changes(sender, **kwargs):
    content_changed()
