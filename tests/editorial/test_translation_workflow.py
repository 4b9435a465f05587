"""An episode's life in two languages: written in French, translated, edited, synced, re-translated."""

import pytest

from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from editorial.translation_status import MISSING, NOT_STARTED, OUT_OF_DATE, UP_TO_DATE, translation_states
from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme
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


def test_an_episode_goes_from_french_to_english_and_stays_in_step(admin_client, french_series, english):
    theme = Theme.objects.get(locale=french_series.locale, slug="faire-du-lien")
    french = create_french_episode(admin_client, french_series, theme)
    assert french.live
    assert status_of(french) == MISSING

    # The translator asks for an English version: a draft that nobody can see yet.
    submit_page_translation(admin_client, french, english)
    draft = french.get_translation(english)
    assert not draft.live
    assert admin_client.get("/en/peer-work-in-their-own-words/").content.decode().count("confiance") == 0
    assert status_of(french) == NOT_STARTED

    # Every segment translated, then published by the translator.
    translation = translation_for(french, english)
    translate_everything(admin_client, translation, ENGLISH)
    assert untranslated_segments(translation) == []
    publish_translation(admin_client, draft)
    english_page = EpisodePage.objects.get(pk=draft.pk)
    assert english_page.live and english_page.title == "Trust" and english_page.slug == "trust"
    assert english_page.number == 3 and english_page.video_duration == french.video_duration
    assert [link.theme.slug for link in english_page.episode_themes.all()] == ["building-connection"]
    assert status_of(french) == UP_TO_DATE
    english_html = admin_client.get(english_page.url).content.decode()
    assert "Trust is not decreed, it is earned." in english_html

    # The French editor rewrites the quote and publishes: the English page does not move...
    french = EpisodePage.objects.get(pk=french.pk)
    data = episode_form_data_from_page(french)
    data["body-0-value-text"] = "La confiance se construit rencontre après rencontre."
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{french.pk}/edit/", data)
    assert response.status_code == 302
    assert list(EpisodePage.objects.get(pk=english_page.pk).body.raw_data) == list(english_page.body.raw_data)
    assert "Trust is not decreed, it is earned." in admin_client.get(english_page.url).content.decode()

    # ...the changed segment is marked for translation, every other one keeps its English text.
    translation.refresh_from_db()
    missing = untranslated_segments(translation)
    assert [segment.string.data for segment in missing] == ["La confiance se construit rencontre après rencontre."]
    kept = {segment.string.data for segment in segments(translation)} - {missing[0].string.data}
    assert kept == set(ENGLISH) - {"La confiance ne se décrète pas, elle se gagne."} - {"Confiance", "confiance"} | {
        "Confiance",
        "confiance",
    }
    assert status_of(french) == OUT_OF_DATE

    # The translator translates the new segment and publishes: English catches up.
    translate_string(admin_client, translation, missing[0], "Trust is built one meeting after another.")
    publish_translation(admin_client, english_page)
    html = admin_client.get(english_page.url).content.decode()
    assert "Trust is built one meeting after another." in html
    assert "Trust is not decreed" not in html
    assert "Give meetings the time to become a relationship." in html
    assert status_of(french) == UP_TO_DATE


def test_republishing_unchanged_french_keeps_the_translation_up_to_date(admin_client, french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    assert status_of(episode) == UP_TO_DATE
    data = episode_form_data_from_page(episode)
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302
    assert status_of(episode) == UP_TO_DATE


def test_a_changed_video_address_waits_for_the_translator(admin_client, french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    english_episode = episode.get_translation(english)
    data = episode_form_data_from_page(episode)
    data["body-0-value-url"] = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    data["action-publish"] = "action-publish"
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302
    assert status_of(episode) == OUT_OF_DATE
    assert "dQw4w9WgXcQ" not in admin_client.get(english_episode.url).content.decode()
    publish_translation(admin_client, english_episode)
    assert "dQw4w9WgXcQ" in admin_client.get(english_episode.url).content.decode()
    assert status_of(episode) == UP_TO_DATE


def test_a_changed_theme_is_marked_for_translation_and_english_keeps_its_name(admin_client, french, english):
    theme = Theme.objects.get(locale=french, slug="faire-du-lien")
    response = admin_client.post(
        f"/admin/snippets/series/theme/edit/{theme.pk}/",
        {"name": "Créer du lien", "slug": "faire-du-lien", "description": theme.description},
    )
    assert response.status_code == 302
    assert theme.get_translation(english).name == "Building connection"
    assert status_of(theme) == OUT_OF_DATE
    translation = translation_for(theme, english)
    [segment] = untranslated_segments(translation)
    translate_string(admin_client, translation, segment, "Creating connection")
    publish_translation(admin_client, theme.get_translation(english))
    assert theme.get_translation(english).name == "Creating connection"
    assert status_of(theme) == UP_TO_DATE


def test_translation_status_view_lists_every_french_page_and_theme(admin_client, french):
    Theme.objects.create(locale=french, name="Pair-aidance", slug="pair-aidance")
    response = admin_client.get("/admin/translation-status/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('data-status="up_to_date"') == 4 + 5
    assert html.count('data-status="missing"') == 1
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


@pytest.mark.parametrize("language", ["fr", "en"])
def test_video_address_is_the_same_in_both_languages(language, french, english):
    for french_episode in EpisodePage.objects.filter(locale=french):
        english_episode = french_episode.get_translation(english)
        assert english_episode.body[0].value["url"] == french_episode.body[0].value["url"]
