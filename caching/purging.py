"""What to take out of the HTTP cache in front (Varnish, a CDN: WAGTAILFRONTENDCACHE) when content changes.

Wagtail purges a published or unpublished page alone. Here, once the change is committed, a page's
change purges every address that shows it: the page (its own cached paths: a series' feed, an
episode's caption files), its ancestors (its series, the home page of its language), the addresses
its type says show it (`addresses_showing_this`: the videos page, the themes, the neighbouring
episodes), the sitemap, and, where the cache can ban by prefix (Varnish), the searches and the API of
that language. A change that every page shows (a theme, a term, the menu, a picture) bans the whole
language, or the whole site. Nothing is done when no HTTP cache is configured.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Site

API_PREFIX = "/api/v2/"


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def addresses_of_page(page):
    """Every absolute address the HTTP cache may hold that shows this page, as it is now."""
    page = page.specific_deferred
    site = page.get_site()
    if site is None:
        return set()
    batch = PurgeBatch()
    batch.add_page(page)
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        batch.add_page(ancestor)
    root_url = site.root_url
    shown_on = getattr(page, "addresses_showing_this", None)
    if shown_on is not None:
        batch.add_urls(root_url + path for path in shown_on())
    batch.add_url(root_url + reverse("sitemap"))
    return batch.urls


def purge_page(page):
    """Purge what shows this page once the transaction commits (before, a visitor could cache the old page
    again). Also bans the searches and the API of its language, which may list it anywhere."""
    if not is_configured():
        return
    urls = addresses_of_page(page)
    site = page.get_site()
    language = page.locale.language_code
    transaction.on_commit(lambda: purge_now(urls, site, language), robust=True)


def purge_now(urls, site, language):
    PurgeBatch(urls).purge()
    if site is not None:
        with translation.override(language):
            search = reverse("search")
        ban(site.root_url, search)
        ban(site.root_url, API_PREFIX)


def purge_language(language_code=None):
    """Ban every cached address of a language (all languages when None), on every site, once committed."""
    if not is_configured():
        return
    prefixes = [f"/{language_code}/", API_PREFIX] if language_code else ["/"]
    roots = [site.root_url for site in Site.objects.all()]
    transaction.on_commit(lambda: [ban(root, prefix) for root in roots for prefix in prefixes], robust=True)


def ban(root_url, prefix):
    for backend in get_backends().values():
        if hasattr(backend, "ban"):
            backend.ban(root_url, prefix)
