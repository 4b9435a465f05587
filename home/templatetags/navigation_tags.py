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


def same_content_url(request, code, locale, page=None, alternate_urls=None):
    """The address of the same content in that language, or None when it is not published there."""
    if alternate_urls is not None:  # views that know their own translations (theme pages, digests)
        return alternate_urls.get(code)
    if isinstance(page, Page):
        target = live_translation(page, locale)
        return target.get_url(request) if target else None
    return translate_url(request.get_full_path(), code)  # plain views, such as search


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language: where the same content lives in that language.

    When the content is not published in a language, the entry leads to that language's home page
    and `same_page` is False (no hreflang for it).
    """
    request = context["request"]
    page = context.get("page")
    alternate_urls = context.get("alternate_urls")
    site = Site.find_for_request(request)
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None:
            continue
        url = same_content_url(request, code, locale, page, alternate_urls)
        same_page = url is not None
        if url is None and site is not None:
            home = live_translation(site.root_page, locale)
            url = home.get_url(request) if home else None
        if url:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url),
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
    alternate_urls = context.get("alternate_urls")
    if alternate_urls and get_language() in alternate_urls:
        path = alternate_urls[get_language()]
    elif isinstance(page, Page):
        path = page.get_url(request)
    else:
        path = request.path
    return request.build_absolute_uri(path)


@register.simple_tag
def default_language():
    """The site's source language, which hreflang's x-default points at."""
    return settings.LANGUAGE_CODE
