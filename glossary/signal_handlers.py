"""A term saved or deleted changes every page that uses it: the caches start again (caching/version.py) and
the HTTP cache in front drops its language (caching/purging.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from caching.purging import purge_language
from caching.version import content_changed

from .models import GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def forget_when_a_term_changes(sender, instance, raw=False, **kwargs):
    content_changed()
    if not raw:  # a fixture being loaded has no locale yet
        purge_language(instance.locale.language_code)  # any page of its language may explain it
