"""Publishing, unpublishing or deleting a menu or footer, or changing the setting that picks them, changes
what every page shows: the caches start again (caching/version.py). Saving a draft does not, nor does the
empty setting Wagtail creates the first time a site's setting is read."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import published, unpublished

from caching.purging import purge_language
from caching.version import content_changed

from .models import Footer, Menu, SiteChrome


@receiver(published, sender=Menu)
@receiver(published, sender=Footer)
@receiver(unpublished, sender=Menu)
@receiver(unpublished, sender=Footer)
@receiver(post_delete, sender=Menu)
@receiver(post_delete, sender=Footer)
@receiver(post_delete, sender=SiteChrome)
def chrome_changed(sender, **kwargs):
    content_changed()
    purge_language(None)


@receiver(post_save, sender=SiteChrome)
def setting_changed(sender, created, **kwargs):
    if not created:
        content_changed()
        purge_language(None)
