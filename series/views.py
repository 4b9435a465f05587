"""Public theme pages: the list of themes, and each theme with its episodes."""

from collections import Counter

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from caching.lookups import active_locale, published

from .listings import cards
from .models import EpisodePage, EpisodeTheme, Theme


def theme_page(request, slug):
    """One theme in the visitor's language, with its live episodes."""
    locale = active_locale()
    theme = get_object_or_404(Theme, locale=locale, slug=slug)
    on_theme = EpisodePage.objects.filter(locale=locale, episode_themes__theme=theme).distinct()
    # Evaluated only when the page's cached list of cards is stale (templates/series/theme_page.html).
    episodes = SimpleLazyObject(lambda: cards(published(on_theme).order_by("-first_published_at")))
    alternate_urls = {}
    for version in theme.get_translations(inclusive=True).select_related("locale"):
        with translation.override(version.locale.language_code):
            alternate_urls[version.locale.language_code] = reverse("theme", args=[version.slug])
    return render(
        request,
        "series/theme_page.html",
        {"theme": theme, "episodes": episodes, "alternate_urls": alternate_urls},
    )


def theme_index(request):
    """Every theme in the visitor's language with the number of its episodes visitors can see."""
    locale = active_locale()
    visible = published(EpisodePage.objects.filter(locale=locale)).values("pk")
    links = EpisodeTheme.objects.filter(page__in=visible).values_list("theme_id", "page_id").distinct()
    counts = Counter(theme_id for theme_id, _page_id in links)
    themes = [(theme, counts[theme.pk]) for theme in Theme.objects.filter(locale=locale).order_by("name")]
    alternate_urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            alternate_urls[code] = reverse("themes")
    return render(request, "series/theme_index.html", {"themes": themes, "alternate_urls": alternate_urls})
