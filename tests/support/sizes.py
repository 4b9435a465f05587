"""Grow the demo site into a bigger one, in both languages, for tests that compare sizes."""

import uuid
from datetime import timedelta

from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme

LANGUAGES = ("fr", "en")
SEARCHED_WORD = {"fr": "tremplin", "en": "springboard"}


def posters(count):
    Image = get_image_model()
    return [
        Image.objects.create(title=f"Affiche {index}", description=f"Affiche {index}", file=get_test_image_file())
        for index in range(count)
    ]


def themes(count, prefix):
    """`count` themes in each language, each French one with its English translation."""
    made = {language: [] for language in LANGUAGES}
    for index in range(count):
        key = uuid.uuid4()
        for language in LANGUAGES:
            made[language].append(
                Theme.objects.create(
                    name=f"{prefix} {language} {index}",
                    slug=f"{prefix}-{language}-{index}",
                    locale=HomePage.objects.get(locale__language_code=language).locale,
                    translation_key=key,
                )
            )
    return made


def body(blocks, poster, language):
    """A video first, then quotes, recommendations and paragraphs in turn: `blocks` blocks in all."""
    word = SEARCHED_WORD[language]
    stream = [("video", {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "Entretien", "poster": poster})]
    kinds = [
        ("quote", {"text": f"Une parole sur le {word}.", "speaker_role": "Travailleur pair", "moment": "1:05"}),
        ("recommendation", {"title": "Prévoir un temps", "text": "Chaque mois.", "audience": "structures"}),
        ("paragraph", f"<p>Un paragraphe sur le {word}.</p>"),
    ]
    stream += [kinds[index % len(kinds)] for index in range(blocks - 1)]
    return stream


def series_with_episodes(name, episodes, blocks, themes_per_episode, prefix):
    """A new series in both languages (each English page a translation of its French one), with its
    episodes, their posters and themes; returns the French and English series, and the themes.

    The reference index (« where is this image used ») is left alone: nothing here reads it.
    """
    with disable_reference_index_auto_update():
        return build_series(name, episodes, blocks, themes_per_episode, prefix)


def build_series(name, episodes, blocks, themes_per_episode, prefix):
    images = posters(min(episodes, 10))
    theme_sets = themes(themes_per_episode, prefix)
    series_key = uuid.uuid4()
    now = timezone.now()
    made = {}
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        made[language] = home.add_child(
            instance=SeriesPage(
                title=f"{name} ({language})",
                slug=f"{prefix}-{language}",
                introduction="Une série d’essai.",
                locale=home.locale,
                translation_key=series_key,
                first_published_at=now,
            )
        )
    for number in range(1, episodes + 1):
        key = uuid.uuid4()
        for language in LANGUAGES:
            series = made[language]
            episode = EpisodePage(
                title=f"Épisode {number} ({language})",
                slug=f"episode-{number}",
                number=number,
                summary=f"Le {SEARCHED_WORD[language]}, épisode {number}.",
                body=body(blocks, images[number % len(images)], language),
                video_duration=timedelta(minutes=4, seconds=12),
                locale=series.locale,
                translation_key=key,
                first_published_at=now - timedelta(days=episodes - number),
            )
            episode.episode_themes = [
                EpisodeTheme(theme=theme, locale=series.locale, sort_order=order)
                for order, theme in enumerate(theme_sets[language])
            ]
            series.add_child(instance=episode)
    return made, theme_sets


def middle_episode(series):
    episodes = EpisodePage.objects.child_of(series).order_by("number")
    return episodes[episodes.count() // 2]
