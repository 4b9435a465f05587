"""Search by theme or word, in the visitor's language, over live public episodes only."""

from collections import Counter
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from caching.lookups import active_locale
from series.listings import with_themes
from series.models import EpisodePage, themes_of

from .engine import matching_episodes
from .excerpts import excerpt
from .hits import count_hit
from .stemming import query_terms

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_PARAMETER_LENGTH = 100
MAX_COUNTED_RESULTS = 1000


def clean_text(raw, limit):
    """Drop control characters (NUL included), squeeze spaces and cap the length."""
    printable = "".join(char if char.isprintable() else " " for char in raw[: limit * 4])
    return " ".join(printable.split())[:limit]


def page_number(raw):
    try:
        return max(1, int(raw))
    except (TypeError, ValueError, OverflowError):
        return 1


@dataclass
class Result:
    episode: EpisodePage
    excerpt: str | None
    moment: int | None = None  # seconds into the video, when the excerpt is a sentence of the transcript


def search(request):
    query = clean_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    theme_slug = clean_text(request.GET.get("theme", ""), MAX_PARAMETER_LENGTH)
    locale = active_locale()
    language = locale.language_code
    themes = themes_of(locale)
    theme = next((theme for theme in themes if theme.slug == theme_slug), None)
    context = {
        "search_query": query,
        "themes": themes,
        "theme": theme,
        "unknown_theme": bool(theme_slug) and theme is None,
        "search_results": None,
        "theme_counts": [],
        "promotions": [],
    }
    terms = query_terms(query, language)
    if query and terms:
        context.update(run_search(query, terms, locale, theme, themes, page_number(request.GET.get("page"))))
    elif query:
        context["search_results"] = Paginator([], RESULTS_PER_PAGE).get_page(1)
    response = TemplateResponse(request, "search/search.html", context)
    if context["search_results"]:
        # Counted in the cache only, here and on each page-cache hit (caching/page_cache.py).
        response.search_hit = query
        count_hit(query)
    return response


def run_search(query, terms, locale, theme, themes, number):
    matches = matching_episodes(locale, terms, MAX_COUNTED_RESULTS)
    counts = Counter(theme_id for match in matches for theme_id in match.theme_ids)
    if theme is not None:
        matches = [match for match in matches if theme.pk in match.theme_ids]
    matching_ids = [match.episode_id for match in matches]

    results_page = Paginator(matching_ids, RESULTS_PER_PAGE).get_page(number)
    shown = with_themes(EpisodePage.objects.filter(pk__in=list(results_page)))
    by_id = {episode.pk: episode for episode in shown}
    language = locale.language_code
    results_page.object_list = [
        result_for(episode, terms, language)
        for episode in (by_id[pk] for pk in results_page.object_list if pk in by_id)
    ]

    promotions = [
        pick
        for pick in SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query), page__locale=locale, page__live=True
        ).select_related("page")
        if pick.page.get_view_restrictions().count() == 0
    ]
    return {
        "search_results": results_page,
        "theme_counts": [(item, counts[item.pk]) for item in themes if counts.get(item.pk)],
        "promotions": promotions,
    }


def result_for(episode, terms, language):
    """The episode with the passage that speaks of the query: from its text, else the transcript's sentence
    and its moment in the video (read from the stored cues, without a query)."""
    found = excerpt([episode.summary, *episode.body_texts()], terms, language)
    if found:
        return Result(episode, found)
    for cue in episode.transcript:
        found = excerpt([cue["text"]], terms, language)
        if found:
            return Result(episode, found, cue.seconds())
    return Result(episode, None)
