"""Public theme pages: the list of themes, and each theme with its episodes."""

from collections import Counter

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page

from caching.lookups import active_locale, locales, published
from caching.version import cached

from .listings import cards
from .models import EpisodePage, EpisodeTheme, Theme
from .transcripts import as_srt, as_text, as_webvtt


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


# Caption and transcript files of an episode, by (name, extension): content type and how they are written.
TRANSCRIPT_FILES = {
    ("captions", "vtt"): "text/vtt; charset=utf-8",
    ("captions", "srt"): "application/x-subrip; charset=utf-8",
    ("transcription", "txt"): "text/plain; charset=utf-8",
}


def transcript_file(request, path, name, language, extension):
    """An episode's captions (WebVTT, SRT) or plain-text transcript in a language, at the episode's address
    followed by e.g. captions.en.vtt; cached until the next publish, like the page."""
    content_type = TRANSCRIPT_FILES.get((name, extension))
    page = Page.find_for_request(request, path) if content_type else None
    if page is None or not isinstance(page.specific, EpisodePage) or not page.live:
        raise Http404
    if any(not restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404  # a private episode's words stay behind its password
    locale = locales().get(language)
    episode = page.specific.get_translation_or_none(locale) if locale else None
    if episode is None or not episode.live or not episode.transcript:
        raise Http404
    text = cached(f"transcript-file:{episode.pk}:{name}.{extension}", lambda: transcript_text(episode, extension))
    return HttpResponse(text, content_type=content_type)


def transcript_text(episode, extension):
    found = episode.transcript_cues()
    if extension == "vtt":
        return as_webvtt(found)
    if extension == "srt":
        return as_srt(found)
    return as_text(episode.title, found)
