"""Language switcher, alternate and canonical links: each page points at its own translations."""

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

from wagtail.models import Page, Site

from caching.lookups import locales, published
from caching.version import cached

register = template.Library()


def live_translations(page):
    """The page's own translations visitors can see, by locale id (aliases show another language)."""
    if page.pk is None:
        return {}
    versions = cached(
        f"translations:{page.translation_key}",
        lambda: list(published(Page.objects.filter(translation_key=page.translation_key))),
    )
    shown = {translation.locale_id: translation for translation in versions if translation.pk != page.pk}
    if page.live and page.alias_of_id is None:
        shown[page.locale_id] = page
    return shown


def on_this_site(url):
    """Whether `url` is a path here: never `//host/` nor `/\\host/`, which browsers read as another host."""
    return url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None)


def same_view_in(request, code):
    """This view's address in another language, for the site's own views only (else None).

    Built from the request path, which a visitor chooses: an address that leads to no view here
    (the 404 page of `//evil.example/`) gets no translation, so no link ever points elsewhere.
    """
    path = request.get_full_path()
    try:
        resolve(request.path_info)
    except Resolver404:
        return None
    url = translate_url(path, code)
    return url if on_this_site(path) and on_this_site(url) else None


def home_page(site, locale):
    """That language's live home page (the site's root page or its translation)."""
    root = site.root_page
    if root.locale_id == locale.pk:
        return root if root.live else None
    return live_translations(root).get(locale.pk)


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
    translations = live_translations(page) if isinstance(page, Page) and alternate_urls is None else {}
    site_locales = locales()
    links = []
    for code, name in settings.LANGUAGES:
        locale = site_locales.get(code)
        if locale is None:
            continue
        if alternate_urls is not None:  # views that know their own translations (theme pages, digests)
            url = alternate_urls.get(code)
        elif isinstance(page, Page):
            url = translations[locale.pk].get_url(request) if locale.pk in translations else None
        else:
            url = same_view_in(request, code)  # plain views, such as search
        same_page = url is not None
        if url is None and site is not None:
            home = home_page(site, locale)
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
        path = request.path if on_this_site(request.path) else "/"
    return request.build_absolute_uri(path)


@register.simple_tag
def default_language():
    """The site's source language, which hreflang's x-default points at."""
    return settings.LANGUAGE_CODE
