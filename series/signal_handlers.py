"""The series' own signal receivers, connected from SeriesConfig.ready().

- Themes are saved live, so saving or deleting one makes every cache stale (caching/version.py); so does
  changing the themes of a live episode (a draft's themes are saved with the draft, unseen).
- A theme whose slug changes leaves a redirect from its old address, as Wagtail does for pages on
  publish. Covers the theme editor in the admin and wagtail-localize publishing an English theme alike,
  since both save the theme.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from caching.purging import purge_language
from caching.version import content_changed

from .models import EpisodeTheme, Theme


@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Theme)
def forget_when_a_theme_changes(sender, instance, raw=False, **kwargs):
    content_changed()
    if not raw:  # a fixture being loaded has no locale yet
        purge_language(instance.locale.language_code)  # its name is on every episode of its language


@receiver(post_save, sender=EpisodeTheme)
@receiver(post_delete, sender=EpisodeTheme)
def forget_when_a_live_episodes_themes_change(sender, instance, **kwargs):
    if Page.objects.filter(pk=instance.page_id, live=True).exists():
        content_changed()


def theme_address(slug, language_code):
    """The public address of the theme with this slug in that language (themes/<slug>/ in both today)."""
    with translation.override(language_code):
        return reverse("theme", args=[slug])


@receiver(pre_save, sender=Theme)
def remember_stored_slug(sender, instance, raw=False, **kwargs):
    """Keep the slug the theme had before this save, for `redirect_previous_address`."""
    stored = Theme.objects.filter(pk=instance.pk) if instance.pk and not raw else Theme.objects.none()
    instance._stored_slug = stored.values_list("slug", flat=True).first()


@receiver(post_save, sender=Theme)
def redirect_previous_address(sender, instance, created, raw=False, **kwargs):
    """A permanent redirect from the old address to the new one.

    Earlier redirects to the old address now lead to the new one (no chains), and a redirect from the new
    address, left by an earlier change, goes: the theme answers there again.
    """
    previous = getattr(instance, "_stored_slug", None)
    if raw or created or previous is None or previous == instance.slug:
        return
    language = instance.locale.language_code
    old_address, new_address = theme_address(previous, language), theme_address(instance.slug, language)
    Redirect.objects.filter(old_path=Redirect.normalise_path(new_address), site=None).delete()
    Redirect.objects.filter(redirect_link=old_address).update(redirect_link=new_address)
    Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(old_address),
        site=None,
        defaults={"redirect_link": new_address, "is_permanent": True, "automatically_created": True},
    )
