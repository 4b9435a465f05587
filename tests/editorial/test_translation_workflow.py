"""An episode's life in two languages: written in French, translated, edited, synced, re-translated."""

import pytest

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from editorial.translation_status import (
    MISSING,
    NOT_STARTED,
    OUT_OF_DATE,
    TRANSLATED_SNIPPETS,
    UP_TO_DATE,
    translation_states,
)
from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory
from tests.support.forms import episode_form_data, episode_form_data_from_page
from tests.support.localize import (
    publish_translation,
    segments,
    submit_page_translation,
    translate_string,
    translation_for,
    untranslated_segments,
)

ENGLISH = {
    "Confiance": "Trust",
    "confiance": "trust",
    "La confiance ne se décrète pas, elle se gagne.": "Trust is not decreed, it is earned.",
    "Travailleuse paire": "Peer worker",
    "Donner du temps": "Give it time",
    "Laissez aux rencontres le temps de devenir une relation.": "Give meetings the time to become a relationship.",
    "Un épisode sur la confiance.": "An episode about trust.",
}


def status_of(instance):
    return next(
        state.status
        for state in translation_states()
        if state.source.translation_key == instance.translation_key and type(state.source) is type(instance)
    )


def create_french_episode(client, series, theme):
    data = episode_form_data(
        title="Confiance",
        slug="confiance",
        number=3,
        summary="Un épisode sur la confiance.",
        body=[
            ("quote", {"text": "La confiance ne se décrète pas, elle se gagne.", "speaker_role": "Travailleuse paire"}),
            (
                "recommendation",
                {
                    "title": "Donner du temps",
                    "text": "Laissez aux rencontres le temps de devenir une relation.",
                    "audience": "structures",
                },
            ),
        ],
        theme_ids=[theme.pk],
        duration="03:30",
    )
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/add/series/episodepage/{series.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    return EpisodePage.objects.get(locale=series.locale, slug="confiance")


def translate_everything(client, translation, table):
    for segment in untranslated_segments(translation):
        translate_string(client, translation, segment, table[segment.string.data])


NEW_QUOTE = "La confiance se construit rencontre après rencontre."


@pytest.fixture
def series_and_theme(french):
    """A published French series and theme, already in English: an episode is translated after them."""
    series = SeriesPageFactory(published=True)
    theme = ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    translate_into_english(series)
    translate_into_english(theme, {"Pair-aidance": "Peer support", "pair-aidance": "peer-support"})
    return series, theme


@pytest.fixture
def written(admin_client, series_and_theme):
    """« Confiance », written and published in French through the page editor."""
    return create_french_episode(admin_client, *series_and_theme)


@pytest.fixture
def submitted(admin_client, written, english):
    """The English draft the translator asked for."""
    submit_page_translation(admin_client, written, english)
    return written.get_translation(english)


@pytest.fixture
def translated(admin_client, written, submitted, english):
    """Every segment translated and the English page published: (the English page, its translation)."""
    translation = translation_for(written, english)
    translate_everything(admin_client, translation, ENGLISH)
    publish_translation(admin_client, submitted)
    return EpisodePage.objects.get(pk=submitted.pk), translation


@pytest.fixture
def rewritten(admin_client, written, translated):
    """The French editor rewrites the quote and publishes."""
    data = episode_form_data_from_page(EpisodePage.objects.get(pk=written.pk))
    data["body-0-value-text"] = NEW_QUOTE
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{written.pk}/edit/", data).status_code == 302
    return translated


def test_a_new_french_episode_is_live_and_missing_its_translation(written):
    assert written.live
    assert status_of(written) == MISSING


def test_a_submitted_translation_is_a_draft_nobody_sees(admin_client, written, submitted, series_and_theme, english):
    english_series = series_and_theme[0].get_translation(english)
    assert not submitted.live
    assert "confiance" not in admin_client.get(english_series.url).content.decode()
    assert status_of(written) == NOT_STARTED


def test_every_segment_of_a_submitted_translation_can_be_translated(admin_client, written, submitted, english):
    translation = translation_for(written, english)
    translate_everything(admin_client, translation, ENGLISH)
    assert untranslated_segments(translation) == []


def test_a_published_translation_shows_the_english_text(admin_client, written, translated):
    english_page, _translation = translated
    assert english_page.live and english_page.title == "Trust" and english_page.slug == "trust"
    assert "Trust is not decreed, it is earned." in admin_client.get(english_page.url).content.decode()
    assert status_of(written) == UP_TO_DATE


def test_a_published_translation_keeps_number_and_duration_and_points_at_english_themes(written, translated):
    english_page, _translation = translated
    assert english_page.number == 3 and english_page.video_duration == written.video_duration
    assert [link.theme.slug for link in english_page.episode_themes.all()] == ["peer-support"]


def test_a_french_edit_leaves_the_english_page_as_it_was(admin_client, rewritten):
    english_page, _translation = rewritten
    assert list(EpisodePage.objects.get(pk=english_page.pk).body.raw_data) == list(english_page.body.raw_data)
    assert "Trust is not decreed, it is earned." in admin_client.get(english_page.url).content.decode()


def test_a_french_edit_marks_only_the_changed_segment_for_translation(written, rewritten):
    _english_page, translation = rewritten
    translation.refresh_from_db()
    missing = untranslated_segments(translation)
    assert [segment.string.data for segment in missing] == [NEW_QUOTE]
    kept = {segment.string.data for segment in segments(translation)} - {NEW_QUOTE}
    assert kept == set(ENGLISH) - {"La confiance ne se décrète pas, elle se gagne."}
    assert status_of(written) == OUT_OF_DATE


def test_translating_the_changed_segment_brings_english_up_to_date(admin_client, written, rewritten):
    english_page, translation = rewritten
    translation.refresh_from_db()
    [missing] = untranslated_segments(translation)
    translate_string(admin_client, translation, missing, "Trust is built one meeting after another.")
    publish_translation(admin_client, english_page)
    html = admin_client.get(english_page.url).content.decode()
    assert "Trust is built one meeting after another." in html
    assert "Trust is not decreed" not in html
    assert "Give meetings the time to become a relationship." in html
    assert status_of(written) == UP_TO_DATE


@pytest.fixture
def bilingual_episode(french):
    """A published French episode with a video, and its English translation."""
    series = SeriesPageFactory(published=True)
    episode = EpisodePageFactory(parent=series, body__0="video", body__1="quote", published=True)
    translate_into_english(series)
    return episode, translate_into_english(episode)


def test_republishing_unchanged_french_keeps_the_translation_up_to_date(admin_client, bilingual_episode):
    episode, _english = bilingual_episode
    assert status_of(episode) == UP_TO_DATE
    data = episode_form_data_from_page(episode)
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302
    assert status_of(episode) == UP_TO_DATE


def test_a_changed_video_address_waits_for_the_translator(admin_client, bilingual_episode):
    episode, english_episode = bilingual_episode
    data = episode_form_data_from_page(episode)
    data["body-0-value-url"] = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302
    assert status_of(episode) == OUT_OF_DATE
    assert "dQw4w9WgXcQ" not in admin_client.get(english_episode.url).content.decode()
    publish_translation(admin_client, english_episode)
    assert "dQw4w9WgXcQ" in admin_client.get(english_episode.url).content.decode()
    assert status_of(episode) == UP_TO_DATE


def test_a_changed_theme_is_marked_for_translation_and_english_keeps_its_name(admin_client, english):
    theme = ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    translate_into_english(theme, {"Pair-aidance": "Peer support"})
    response = admin_client.post(
        f"/admin/snippets/series/theme/edit/{theme.pk}/",
        {"name": "Entraide entre pairs", "slug": "pair-aidance", "description": theme.description},
    )
    assert response.status_code == 302
    assert theme.get_translation(english).name == "Peer support"
    assert status_of(theme) == OUT_OF_DATE
    translation = translation_for(theme, english)
    [segment] = untranslated_segments(translation)
    translate_string(admin_client, translation, segment, "Mutual peer support")
    publish_translation(admin_client, theme.get_translation(english))
    assert theme.get_translation(english).name == "Mutual peer support"
    assert status_of(theme) == UP_TO_DATE


def status_counts(client):
    html = client.get("/admin/translation-status/").content.decode()
    return {status: html.count(f'data-status="{status}"') for status in ("up_to_date", "missing")}, html


def test_the_translation_status_view_lists_every_french_page_and_snippet(admin_client, french):
    counts, _html = status_counts(admin_client)
    french_pages = Page.objects.filter(locale=french, depth__gt=1).count()
    snippets = sum(model.objects.filter(locale=french).count() for model in TRANSLATED_SNIPPETS)
    assert sum(counts.values()) == french_pages + snippets


def test_the_translation_status_view_tells_translated_from_missing(admin_client, french):
    before, _html = status_counts(admin_client)
    translate_into_english(ThemeFactory())
    ThemeFactory()
    after, html = status_counts(admin_client)
    assert after == {"up_to_date": before["up_to_date"] + 1, "missing": before["missing"] + 1}
    assert "/admin/localize/submit/snippet/series/theme/" in html


def test_what_is_translated_and_what_stays_in_step_is_declared():
    def kinds(model):
        return {field.field_name: type(field) for field in get_translatable_fields(model)}

    episode = kinds(EpisodePage)
    assert episode["number"] is SynchronizedField and episode["video_duration"] is SynchronizedField
    for name in ("title", "slug", "summary", "body", "transcript", "episode_themes", "search_description"):
        assert episode[name] is TranslatableField, name
    series = kinds(SeriesPage)
    assert series["cover_image"] is SynchronizedField and series["cover_image_alt"] is TranslatableField
    assert kinds(HomePage)["introduction"] is TranslatableField
    assert set(kinds(Theme)) == {"name", "slug", "description"}
    assert kinds(EpisodeTheme) == {"theme": TranslatableField}


def test_the_video_address_is_the_same_in_both_languages(bilingual_episode):
    episode, english_episode = bilingual_episode
    assert english_episode.body[0].value["url"] == episode.body[0].value["url"]
