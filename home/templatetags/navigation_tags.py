"""Language switcher and alternate links: each page points at its own translations."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

register = template.Library()


def _locale_home(site, locale):
    if site is None:
        return None
    root = site.root_page.get_translation_or_none(locale)
    return root if root is not None and root.live else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language: where the same content lives in that language.

    A page links to its live translation, else to that language's home page; a view that
    is not a page (search) links to the same view in that language.
    """
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        url, is_translation = None, False
        if isinstance(page, Page) and locale is not None:
            translation = page.get_translation_or_none(locale)
            if translation is not None and translation.live:
                url, is_translation = translation.get_url(request), True
            else:
                home = _locale_home(site, locale)
                url = home.get_url(request) if home else None
        elif request is not None:
            url, is_translation = translate_url(request.path, code), True
        if url:
            links.append(
                {"code": code, "name": name, "url": url, "current": code == current, "same_page": is_translation}
            )
    return links
