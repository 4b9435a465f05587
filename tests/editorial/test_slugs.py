"""Slugs are ASCII, English pages have English slugs, and a changed slug leaves a redirect from the old address."""

import re
from importlib import import_module

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect, sync_playwright

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.db import connections
from django.test import TestCase
from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from series.models import EpisodePage, Theme
from tests.support.browser import launch
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory
from tests.support.forms import episode_form_data, episode_form_data_from_page
from tests.support.localize import publish_translation, segments, translate_string, translation_for

BROWSER_PASSWORD = "une phrase assez longue pour le test"


@pytest.fixture
def series(french):
    return SeriesPageFactory(slug="la-serie", published=True)


@pytest.fixture
def episode(series):
    return EpisodePageFactory(parent=series, slug="premier-pas", body__0="video", body__1="quote", published=True)


@pytest.fixture
def theme(french):
    return ThemeFactory(name="Pair-aidance", slug="pair-aidance")


def test_changing_a_french_slug_redirects_the_old_address(admin_client, client, episode):
    old_url = episode.url
    data = episode_form_data_from_page(episode)
    data["slug"] = "premiers-pas"
    data["action-publish"] = "action-publish"
    with TestCase.captureOnCommitCallbacks(execute=True):  # Wagtail creates redirects once the edit commits
        assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/fr/la-serie/premiers-pas/")
    assert client.get(response["Location"]).status_code == 200


def test_changing_an_english_slug_in_the_translation_redirects_the_old_address(admin_client, client, episode, english):
    english_series = translate_into_english(episode.get_parent(), {"la-serie": "the-series"})
    english_episode = translate_into_english(episode, {"premier-pas": "first-steps"})
    old_url = english_episode.url
    translation = translation_for(episode, english)
    [slug_segment] = [segment for segment in segments(translation) if segment.context.path == "slug"]
    translate_string(admin_client, translation, slug_segment, "early-steps")
    publish_translation(admin_client, english_episode)

    response = client.get(old_url)
    assert old_url == "/en/the-series/first-steps/"
    assert response.status_code == 301
    assert response["Location"].endswith(f"{english_series.url}early-steps/")
    assert client.get(response["Location"]).status_code == 200


# ASCII slugs (WAGTAIL_ALLOW_UNICODE_SLUGS = False): typed or prefilled, in the admin or in wagtail-localize.


def fields_of(html, *names):
    soup = BeautifulSoup(html, "html.parser")
    return [soup.find(attrs={"name": name}) for name in names]


def theme_admin_url(action, *args):
    return reverse(f"wagtailsnippets_series_theme:{action}", args=args)


def test_the_page_editor_fills_the_slug_from_the_title_in_ascii(admin_client, series):
    response = admin_client.get(f"/admin/pages/add/series/episodepage/{series.pk}/")
    title, slug = fields_of(response.content.decode(), "title", "slug")
    assert title["data-w-sync-target-value"] == "#id_slug"
    assert "w-slug" in slug["data-controller"]
    # Wagtail leaves the attribute out when unicode is not allowed: its slug controller then transliterates.
    assert not slug.has_attr("data-w-slug-allow-unicode-value")


def test_the_theme_add_form_fills_the_slug_from_the_name(admin_client):
    response = admin_client.get(theme_admin_url("add") + "?locale=fr")
    name, slug = fields_of(response.content.decode(), "name", "slug")
    assert "w-sync" in name["data-controller"].split()
    assert "keyup->w-sync#apply" in name["data-action"].split()
    assert name["data-w-sync-target-value"] == "#id_slug"
    assert "w-slug" in slug["data-controller"].split()
    actions = slug["data-action"].split()
    assert "w-sync:apply->w-slug#urlify:prevent" in actions
    assert "blur->w-slug#urlify" in actions  # « Rôles » typed by hand becomes roles, not rles
    assert not slug.has_attr("data-w-slug-allow-unicode-value")


def test_an_accented_slug_typed_for_a_theme_is_stored_in_ascii(admin_client, client):
    response = admin_client.post(
        theme_admin_url("add") + "?locale=fr", {"name": "Rôles", "slug": "Rôles", "description": ""}
    )
    assert response.status_code == 302
    assert Theme.objects.get(locale__language_code="fr", name="Rôles").slug == "roles"
    assert client.get("/fr/themes/roles/").status_code == 200


def test_a_theme_slug_with_no_latin_letter_gets_a_french_form_error(admin_client):
    response = admin_client.post(theme_admin_url("add") + "?locale=fr", {"name": "Chinois", "slug": "中文"})
    assert response.status_code == 200
    assert "Écrivez-le en lettres latines, chiffres et tirets" in response.content.decode()
    assert 'value="中文"' in response.content.decode()  # what was typed stays in the field
    assert not Theme.objects.filter(name="Chinois").exists()


def test_changing_a_theme_slug_in_the_admin_redirects_the_old_address(admin_client, client, theme):
    for slug in ("entraide", "entraide-entre-pairs"):
        data = {"name": theme.name, "slug": slug, "description": theme.description}
        assert admin_client.post(theme_admin_url("edit", theme.pk), data).status_code == 302

    for old in ("/fr/themes/pair-aidance/", "/fr/themes/entraide/"):
        response = client.get(old)
        assert response.status_code == 301
        assert response["Location"] == "/fr/themes/entraide-entre-pairs/"  # straight to the newest, no chain
    assert client.get("/fr/themes/entraide-entre-pairs/").status_code == 200


def test_a_translator_s_accented_english_theme_slug_is_stored_in_ascii(admin_client, client, theme, english):
    translate_into_english(theme, {"pair-aidance": "peer-support"})
    translation = translation_for(theme, english)
    [slug_segment] = [segment for segment in segments(translation) if segment.context.path == "slug"]
    translate_string(admin_client, translation, slug_segment, "connexión")
    publish_translation(admin_client, theme.get_translation(english))

    assert theme.get_translation(english).slug == "connexion"
    response = client.get("/en/themes/peer-support/")
    assert response.status_code == 301
    assert response["Location"] == "/en/themes/connexion/"
    assert client.get("/en/themes/connexion/").status_code == 200


ascii_slugs = import_module("series.migrations.0003_ascii_slugs").ascii_slugs


def give_slug(page, slug):
    """Publish the page under a slug typed before slugs were ASCII."""
    page.slug = slug
    page.save_revision().publish()
    page.refresh_from_db()
    return page.url


def test_the_migration_turns_an_accented_page_slug_into_ascii_and_redirects_the_old_address(client, episode):
    old_url = give_slug(episode, "l-équipe-élargie")
    assert old_url == "/fr/la-serie/l-%C3%A9quipe-%C3%A9largie/"  # as the issue found it

    ascii_slugs(django_apps, None)

    episode.refresh_from_db()
    assert episode.slug == "l-equipe-elargie"
    assert episode.url_path.endswith("/la-serie/l-equipe-elargie/")
    assert episode.latest_revision.content["slug"] == "l-equipe-elargie"  # the next publish keeps it
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/fr/la-serie/l-equipe-elargie/"
    assert client.get(response["Location"]).status_code == 200


def test_the_migration_moves_the_pages_below_a_renamed_page_and_redirects_them(client, series, episode):
    give_slug(series, "la-série-à-plusieurs")
    old_url = EpisodePage.objects.get(pk=episode.pk).url

    ascii_slugs(django_apps, None)

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/fr/la-serie-a-plusieurs/premier-pas/"
    assert client.get(response["Location"]).status_code == 200


def test_the_migration_keeps_slugs_unique_among_siblings(series, episode):
    sibling = EpisodePageFactory(parent=series, slug="faire-du-lien", published=True)
    give_slug(episode, "faire-du-lién")  # its sibling already has faire-du-lien

    ascii_slugs(django_apps, None)

    episode.refresh_from_db()
    assert episode.slug == "faire-du-lien-2"
    assert EpisodePage.objects.get(pk=sibling.pk).slug == "faire-du-lien"


def test_the_migration_turns_an_accented_theme_slug_into_ascii_and_redirects_the_old_address(client, theme):
    Theme.objects.filter(pk=theme.pk).update(slug="pâir-aidance")

    ascii_slugs(django_apps, None)

    assert Theme.objects.get(pk=theme.pk).slug == "pair-aidance"
    response = client.get("/fr/themes/pâir-aidance/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/themes/pair-aidance/"
    assert client.get(response["Location"]).status_code == 200


def test_the_migration_leaves_ascii_slugs_as_they_are(episode, theme):
    def slugs():
        return (
            sorted(Page.objects.values_list("pk", "slug", "url_path")),
            sorted(Theme.objects.values_list("pk", "slug")),
        )

    before, redirects = slugs(), Redirect.objects.count()
    ascii_slugs(django_apps, None)
    assert slugs() == before
    assert Redirect.objects.count() == redirects


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_the_browser_slugs_follow_the_title_and_the_name_in_ascii(live_server, french_series):
    get_user_model().objects.create_superuser("redactrice", "redactrice@example.org", BROWSER_PASSWORD)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "redactrice")
        page.fill("#id_password", BROWSER_PASSWORD)
        page.click("button[type=submit]")
        expect(page).to_have_url(re.compile(r"/admin/$"))

        page.goto(f"{live_server.url}/admin/pages/add/series/episodepage/{french_series.pk}/")
        page.locator("#id_title").press_sequentially("L'équipe élargie")
        page.fill("#id_number", "3")
        expect(page.locator("#id_slug")).to_have_value("lequipe-elargie")
        page.get_by_role("button", name="Enregistrer le brouillon").click()
        expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

        page.goto(live_server.url + theme_admin_url("add") + "?locale=fr")
        page.locator("#id_name").press_sequentially("Rôles élargis")
        expect(page.locator("#id_slug")).to_have_value("roles-elargis")
        # Leaving the name syncs the slug once more after Wagtail's debounce: let it land, as it does for an
        # editor (no one types a new slug within 50 ms), or it would overwrite the slug typed below.
        page.locator("#id_name").blur()
        page.wait_for_timeout(500)
        page.fill("#id_slug", "Rôles")
        page.locator("#id_slug").blur()
        expect(page.locator("#id_slug")).to_have_value("roles")
        page.get_by_role("button", name="Enregistrer", exact=True).click()
        expect(page).to_have_url(re.compile(r"/admin/snippets/series/theme/"))
        browser.close()
    connections.close_all()  # Playwright's thread used its own connections; PostgreSQL must drop the database

    assert EpisodePage.objects.get(locale=french_series.locale, number=3).slug == "lequipe-elargie"
    assert Theme.objects.get(locale=french_series.locale, name="Rôles élargis").slug == "roles"


def test_an_accented_page_slug_typed_by_hand_is_stored_in_ascii(admin_client, series):
    data = episode_form_data(title="L'équipe élargie", slug="l-équipe-élargie", number=9, summary="Un résumé.")
    response = admin_client.post(f"/admin/pages/add/series/episodepage/{series.pk}/", data)
    assert response.status_code == 302
    episode = EpisodePage.objects.get(title="L'équipe élargie")
    assert episode.slug == "l-equipe-elargie"
    assert "%" not in episode.url_path


def test_the_page_slug_field_transliterates_when_left(admin_client, series):
    response = admin_client.get(f"/admin/pages/add/series/episodepage/{series.pk}/")
    [slug] = fields_of(response.content.decode(), "slug")
    assert "blur->w-slug#urlify" in slug["data-action"].split()  # « l-équipe » typed by hand: l-equipe
