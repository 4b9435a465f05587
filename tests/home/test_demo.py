"""The demo command: idempotent, complete in both languages, translated through wagtail-localize."""

import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import HomePage
from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme

COUNTED_MODELS = [Page, HomePage, SeriesPage, EpisodePage, Theme, EpisodeTheme, Revision, TranslationSource]
COUNTED_MODELS += [Translation, StringTranslation, get_user_model()]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


def test_demo_site_has_the_expected_content(french, english):
    for locale in (french, english):
        assert HomePage.objects.filter(locale=locale, live=True).count() == 1
        assert SeriesPage.objects.filter(locale=locale, live=True).count() == 1
        assert sorted(EpisodePage.objects.filter(locale=locale, live=True).values_list("number", flat=True)) == [1, 2]
        assert Theme.objects.filter(locale=locale).count() == 5
    titles = set(EpisodePage.objects.filter(locale=french).values_list("title", flat=True))
    assert titles == {"Rôles et missions", "Faire du lien"}
    episode = EpisodePage.objects.get(locale=french, number=2)
    kinds = [block.block_type for block in episode.body]
    assert {"video", "quote", "recommendation", "paragraph"} <= set(kinds)


def test_running_the_demo_command_again_changes_nothing():
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "0 objet(s) créé(s)" in out.getvalue()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_demo_page_answers_200(client, demo_pages, language):
    pages = [page for page in demo_pages if page.locale.language_code == language]
    assert len(pages) == 10  # home, series, 2 episodes, videos, glossary, about, legal notice, privacy, contact
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{language}">' in response.content.decode()


def test_english_pages_are_wagtail_localize_translations_of_the_french_pages(english, french):
    english_pages = [
        *HomePage.objects.filter(locale=english),
        *SeriesPage.objects.filter(locale=english),
        *EpisodePage.objects.filter(locale=english),
    ]
    assert len(english_pages) == 4
    for page in english_pages:
        source_page = page.get_translation(french)
        assert source_page.translation_key == page.translation_key
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=french)
        translation = Translation.objects.get(source=source, target_locale=english)
        total, translated = translation.get_progress()
        assert total == translated > 0, page.title
        assert page.slug != source_page.slug or isinstance(page, HomePage) is False


def test_themes_are_translated_through_wagtail_localize(english, french):
    for theme in Theme.objects.filter(locale=english):
        source = TranslationSource.objects.get(object_id=theme.translation_key, locale=french)
        assert Translation.objects.filter(source=source, target_locale=english).exists()
        assert theme.slug != theme.get_translation(french).slug


def test_english_episodes_point_at_english_themes(english):
    for episode in EpisodePage.objects.filter(locale=english):
        assert episode.themes
        assert {theme.locale_id for theme in episode.themes} == {english.pk}


def test_no_french_segment_is_left_untranslated(english):
    for translation in Translation.objects.filter(target_locale=english):
        untranslated = StringSegment.objects.filter(source=translation.source).exclude(
            string__translations__locale=english
        )
        assert not untranslated.exists(), translation


def test_english_slugs_are_english(english):
    slugs = set(Page.objects.filter(locale=english, depth__gt=2).values_list("slug", flat=True))
    assert slugs == {
        "peer-work-in-their-own-words",
        "roles-and-missions",
        "building-connection",
        "videos",
        "glossary",
        "about",
        "legal-notice",
        "privacy",
        "contact",
    }


def test_printed_admin_login_opens_the_admin(client, demo_output):
    match = re.search(r"identifiant « (?P<username>[^»]+) », mot de passe « (?P<password>[^»]+) »", demo_output)
    assert match, demo_output
    response = client.post("/admin/login/", {"username": match["username"], "password": match["password"]}, follow=True)
    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    assert client.get("/admin/").status_code == 200
