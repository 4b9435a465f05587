"""Public theme pages, and the admin's translation status report."""

from collections import Counter

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from caching.lookups import active_locale, published

from .listings import cards
from .models import EpisodePage, Theme
from .translation_status import STATE_LABELS, translation_states


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


def translation_status(request):
    """The translators' to-do list: each French page and theme, the state of its English version and why."""
    states = translation_states()
    tally = Counter(state.status for state in states)
    counts = [(status, label, tally[status]) for status, label in STATE_LABELS.items()]
    return render(
        request,
        "series/admin/translation_status.html",
        {"states": states, "counts": counts, "page_title": _("État des traductions")},
    )
