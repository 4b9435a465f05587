"""Where each French page and theme stands in English: missing, out of date or up to date."""

from dataclasses import dataclass

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from .models import Theme

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"


@dataclass
class TranslationState:
    source: object
    target: object | None
    status: str
    untranslated: int
    action_url: str

    @property
    def is_page(self):
        return isinstance(self.source, Page)


def translation_states(target_locale=None):
    """One state per French page (the root apart) and per French theme, pages first in tree order."""
    source_locale = Locale.get_default()
    target_locale = target_locale or Locale.objects.exclude(pk=source_locale.pk).first()
    pages = Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path").specific()
    themes = Theme.objects.filter(locale=source_locale).order_by("name")
    return [state_of(obj, target_locale) for obj in [*pages, *themes]]


def state_of(obj, target_locale):
    target = obj.get_translation_or_none(target_locale)
    if target is None:
        return TranslationState(obj, None, MISSING, 0, submit_url(obj))

    source = TranslationSource.objects.get_for_instance_or_none(obj)
    translation = Translation.objects.filter(source=source, target_locale=target_locale).first() if source else None
    edit_url = edit_url_of(target)
    if translation is None:
        return TranslationState(obj, target, OUT_OF_DATE, 0, edit_url)

    total, translated = translation.get_progress()
    untranslated = total - translated
    outdated = untranslated > 0 or not applied_since_last_sync(source, target, target_locale)
    return TranslationState(obj, target, OUT_OF_DATE if outdated else UP_TO_DATE, untranslated, edit_url)


def applied_since_last_sync(source, target, target_locale):
    """Whether the live translation was written after the source last changed."""
    if isinstance(target, Page):
        return bool(target.live and target.live_revision and target.live_revision.created_at >= source.last_updated_at)
    last_log = TranslationLog.objects.filter(source=source, locale=target_locale).order_by("-created_at").first()
    return bool(last_log and last_log.created_at >= source.last_updated_at)


def submit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    meta = obj._meta
    return reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, obj.pk])


def edit_url_of(target):
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    return reverse(target.snippet_viewset.get_url_name("edit"), args=[target.pk])
