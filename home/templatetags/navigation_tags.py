"""Language switcher, alternate and canonical links: each page points at its own translations."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site

register = template.Library()


def live_translation(page, locale):
    """The page's own translation in that locale if visitors can see it (aliases show another language)."""
    translation = page.get_translation_or_none(locale)
    if translation is None or not translation.live or translation.alias_of_id is not None:
        return None
    return translation


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language: where the same content lives in that language.

    A page links to its live translation, else to that language's home page (`same_page` False);
    a view that is not a page (search) links to the same view in that language.
    """
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None:
            continue
        if isinstance(page, Page):
            target = live_translation(page, locale)
            same_page = target is not None
            if target is None and site is not None:
                target = live_translation(site.root_page, locale)
            url = target.get_url(request) if target else None
        else:
            url, same_page = translate_url(request.get_full_path(), code), True
        if url:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url) if request else url,
                    "current": code == current,
                    "same_page": same_page,
                }
            )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of this page, without query string."""
    request = context["request"]
    page = context.get("page")
    path = page.get_url(request) if isinstance(page, Page) else request.path
    return request.build_absolute_uri(path)


@register.simple_tag
def default_language():
    """The site's source language, which hreflang's x-default points at."""
    return settings.LANGUAGE_CODE
