"""Drive wagtail-localize through its admin views, the way a translator's browser does."""

from urllib.parse import urlencode

from django.test import TestCase
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource


def translation_for(instance, locale):
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale=locale)


def submit_page_translation(client, page, locale):
    """The "Translate this page" form: creates the English draft from the French page."""
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    assert response.status_code == 302, response.content[:500]


def segments(translation):
    return StringSegment.objects.filter(source=translation.source).select_related("string", "context")


def untranslated_segments(translation):
    locale = translation.target_locale
    return [
        segment
        for segment in segments(translation)
        if not segment.string.translations.filter(locale=locale, context=segment.context).exists()
    ]


def translate_string(client, translation, segment, text):
    """What the translation editor sends when a translator saves one segment."""
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    response = client.generic("PUT", url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content[:500]


def publish_translation(client, target):
    """The translation editor's Publish button; wagtail-localize publishes pages on commit."""
    if isinstance(target, Page):
        url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    else:
        url = reverse(target.snippet_viewset.get_url_name("edit"), args=[target.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"action": "publish"})
    assert response.status_code == 302, response.content[:500]
