"""Filters of the partner API: ?locale= on every endpoint, ?theme= on episodes. A value that names
nothing is a 400 with a message, never an empty list that looks like an answer."""

from rest_framework.filters import BaseFilterBackend

from django.conf import settings

from wagtail.api.v2.utils import BadRequestError

from caching.lookups import locales
from series.models import EpisodePage, EpisodeTheme, themes_of


def requested_locale(request):
    """The locale of ?locale=, or a 400 naming the languages there are."""
    code = request.GET["locale"]
    locale = locales().get(code)
    if locale is None:
        known = ", ".join(code for code, _name in settings.LANGUAGES)
        raise BadRequestError(f"unknown locale '{code}': use one of {known}")
    return locale


class LocaleFilter(BaseFilterBackend):
    """?locale=fr|en: only what is in that language."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        child_of = getattr(queryset, "_filtered_by_child_of", None)  # kept, as Wagtail's own filter does
        queryset = queryset.filter(locale=requested_locale(request))
        if child_of is not None:
            queryset._filtered_by_child_of = child_of
        return queryset


class ThemeFilter(BaseFilterBackend):
    """?theme=<slug>: the episodes linked to the theme of that slug (in ?locale='s language if given)."""

    def filter_queryset(self, request, queryset, view):
        if "theme" not in request.GET:
            return queryset
        if not issubclass(queryset.model, EpisodePage):
            raise BadRequestError("the theme filter applies to episodes: add type=series.EpisodePage")
        slug = request.GET["theme"]
        searched = [requested_locale(request)] if "locale" in request.GET else list(locales().values())
        theme_ids = [theme.pk for locale in searched for theme in themes_of(locale) if theme.slug == slug]
        if not theme_ids:
            raise BadRequestError(f"unknown theme '{slug}'")
        linked = EpisodeTheme.objects.filter(theme_id__in=theme_ids).values("page_id")
        return queryset.filter(pk__in=linked)
