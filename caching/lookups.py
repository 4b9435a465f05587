"""What every public request looks up (its site, the locales, the private sections), remembered.

These rows change a few times a year, yet Wagtail reads them from the database on every request.
They are kept in the cache under the content version (caching/version.py), so saving a site,
a locale, a page or a view restriction makes them stale at once on every web process.
"""

from django.conf import settings
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction, Site

from .version import cached


def site_for_request(request):
    """The Wagtail site answering this host and port, as Site.find_for_request finds it.

    get_host() refuses hosts outside ALLOWED_HOSTS (a 400), so no visitor can fill the cache with
    made-up host names.
    """
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    return cached(f"site:{hostname}:{port}", lambda: Site._find_for_request(request))


class CachedSiteMiddleware:
    """Gives public requests their Wagtail site from the cache; Wagtail reuses request._wagtail_site."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if request.path_info.startswith(self.public_prefixes):
            request._wagtail_site = site_for_request(request)
        return self.get_response(request)


def locales():
    """Every locale, by language code."""
    return cached("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def active_locale():
    """The locale of the active language, as Locale.get_active() finds it."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        code = settings.LANGUAGE_CODE
    return locales().get(code) or Locale.get_default()


def locale_by_id(locale_id):
    return next((locale for locale in locales().values() if locale.pk == locale_id), None)


def view_restrictions():
    """Every page view restriction (usually none), with its page."""
    return cached("view-restrictions", lambda: list(PageViewRestriction.objects.select_related("page")))


def published(queryset):
    """Pages visitors may see in their own language: live, public, and not an alias of another page.

    Wagtail's .public() reads every view restriction from the database each time; these are remembered.
    """
    private = Q(pk__in=[])
    for restriction in view_restrictions():
        private |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return queryset.live().exclude(private).filter(alias_of__isnull=True)


def restrictions_for(page):
    """The view restrictions on this page and its ancestors, as Page.get_view_restrictions() finds them
    for pages that are not aliases; a queryset that costs no query when no restriction applies."""
    ids = [restriction.pk for restriction in view_restrictions() if page.path.startswith(restriction.page.path)]
    return PageViewRestriction.objects.filter(pk__in=ids)


class CachedRestrictionsMixin:
    """Page view restrictions read from the cache for pages found by caching/routing.py."""

    def get_view_restrictions(self):
        chain = getattr(self, "_route_chain", None)
        if chain is None or any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()  # aliases use their source's restrictions
        return restrictions_for(self)
