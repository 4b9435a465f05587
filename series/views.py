"""Public theme pages."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from caching.lookups import active_locale, published

from .listings import cards
from .models import EpisodePage, Theme


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
