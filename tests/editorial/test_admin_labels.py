"""What editors and translators meet every month: the site's name, « Traduire » in one click, the groups
described, the themes one language at a time."""

import importlib
import re

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Site

from editorial.groups import EDITORS, GROUP_DESCRIPTIONS, MODERATORS, TRANSLATORS
from series.models import EpisodePage, Theme
from tests.support.factories import EpisodePageFactory, ThemeFactory

SITE_NAME = "Plateforme travail pair"


def member_of(group_name):
    user = get_user_model().objects.create_user(
        username=f"{group_name}-labels", email="membre@example.org", password="une phrase assez longue"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def logged_in(client, group_name):
    client.force_login(member_of(group_name))
    return client


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# The site's name --------------------------------------------------------------------------------


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS, TRANSLATORS])
def test_every_dashboard_names_the_site(client, group_name):
    html = html_of(logged_in(client, group_name), "/admin/")
    [heading] = re.findall(r'<h1 class="w-h1[^"]*">\s*(.*?)\s*</h1>', html, re.S)
    assert heading == SITE_NAME
    assert "localhost" not in html


def test_the_default_site_is_named_by_a_migration_and_a_chosen_name_is_kept():
    migration = importlib.import_module("home.migrations.0004_default_site_name")
    site = Site.objects.get(is_default_site=True)
    assert site.site_name == str(settings.WAGTAIL_SITE_NAME) == SITE_NAME

    Site.objects.filter(pk=site.pk).update(site_name="")
    migration.name_default_site(apps, None)
    assert Site.objects.get(pk=site.pk).site_name == SITE_NAME

    Site.objects.filter(pk=site.pk).update(site_name="Un autre nom")
    migration.name_default_site(apps, None)
    assert Site.objects.get(pk=site.pk).site_name == "Un autre nom"


# « Traduire » in one click ------------------------------------------------------------------------


@pytest.fixture
def untranslated_episode(french_series):
    return EpisodePageFactory(parent=french_series, number=9, title="Pair-aidance et santé")


def translate_links(html, obj_url):
    """The <a> tags of the page that lead to this submit-translation address."""
    return re.findall(rf'<a href="{re.escape(obj_url)}[^"]*"[^>]*>', html)


def test_the_page_editor_offers_traduire_in_its_header_bar(client, untranslated_episode):
    submit = reverse("wagtail_localize:submit_page_translation", args=[untranslated_episode.pk])
    html = html_of(logged_in(client, MODERATORS), f"/admin/pages/{untranslated_episode.pk}/edit/")
    # Once, as a button of the bar: no longer inside the "…" menu.
    [link] = translate_links(html, submit)
    assert 'class="w-header-button button"' in link
    bar = html[html.index('id="w-slim-header-buttons"') :]
    bar = bar[: bar.index("</nav>")]
    assert link in bar[: bar.index('data-controller="w-dropdown"')]
    assert re.search(rf"{re.escape(link)}.*?Traduire\s*</a>", html, re.S)


def test_the_explorer_offers_traduire_on_the_row_of_a_page_to_translate(client, french_series, untranslated_episode):
    submit = reverse("wagtail_localize:submit_page_translation", args=[untranslated_episode.pk])
    html = html_of(logged_in(client, MODERATORS), f"/admin/pages/{french_series.pk}/")
    [link] = translate_links(html, submit)
    assert 'class="button button-small button-secondary"' in link
    assert 'aria-label="Traduire « Pair-aidance et santé »"' in link
    # The translated episodes have nothing left to translate into.
    for episode in EpisodePage.objects.filter(locale=french_series.locale).exclude(pk=untranslated_episode.pk):
        assert not translate_links(html, reverse("wagtail_localize:submit_page_translation", args=[episode.pk]))


def test_a_translated_page_offers_no_traduire(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    html = html_of(logged_in(client, MODERATORS), f"/admin/pages/{episode.pk}/edit/")
    assert "/admin/localize/submit/" not in html


def test_editors_are_offered_no_traduire(client, french_series, untranslated_episode):
    logged_in(client, EDITORS)
    for url in (f"/admin/pages/{untranslated_episode.pk}/edit/", f"/admin/pages/{french_series.pk}/"):
        assert "/admin/localize/submit/" not in html_of(client, url)


def test_translators_following_a_french_page_land_where_they_translate(client, french, english, untranslated_episode):
    """Translators may not open a French page's editor: its address takes them to its translation instead."""
    logged_in(client, TRANSLATORS)
    response = client.get(f"/admin/pages/{untranslated_episode.pk}/edit/")
    submit = reverse("wagtail_localize:submit_page_translation", args=[untranslated_episode.pk])
    assert response.status_code == 302 and response["Location"] == f"{submit}?select_locale=en"

    translated = EpisodePage.objects.get(locale=french, number=1)
    response = client.get(f"/admin/pages/{translated.pk}/edit/")
    assert response["Location"] == f"/admin/pages/{translated.get_translation(english).pk}/edit/"


def test_editors_following_an_english_page_are_refused_as_before(client, english):
    response = logged_in(client, EDITORS).get(
        f"/admin/pages/{EpisodePage.objects.get(locale=english, number=1).pk}/edit/"
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_translators_find_traduire_on_the_french_themes(client, french):
    theme = ThemeFactory(locale=french, name="Pair-aidance", slug="pair-aidance")
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["series", "theme", theme.pk])
    html = html_of(logged_in(client, TRANSLATORS), "/admin/snippets/series/theme/?locale=fr")
    [link] = translate_links(html, submit)
    assert 'aria-label="Traduire « Pair-aidance »"' in link
    assert "?select_locale=en" in link


def test_english_is_ticked_when_it_is_the_only_language_left(client, untranslated_episode, english):
    logged_in(client, MODERATORS)
    editor = html_of(client, f"/admin/pages/{untranslated_episode.pk}/edit/")
    submit = reverse("wagtail_localize:submit_page_translation", args=[untranslated_episode.pk])
    [url] = re.findall(rf'<a href="({re.escape(submit)}[^"]*)"', editor)
    form = html_of(client, url.replace("&amp;", "&"))
    [checkbox] = re.findall(r'<input type="checkbox" name="locales"[^>]*>', form)
    assert f'value="{english.pk}"' in checkbox and "checked" in checkbox
    response = client.post(url, {"locales": english.pk})
    assert response.status_code == 302
    assert untranslated_episode.get_translation_or_none(english) is not None


# Groups described ---------------------------------------------------------------------------------


@pytest.fixture
def superuser_client(client):
    client.force_login(get_user_model().objects.create_superuser("chef", "chef@example.org", "une phrase assez longue"))
    return client


def test_the_groups_listing_says_what_each_group_may_do(superuser_client):
    html = html_of(superuser_client, "/admin/groups/")
    assert "Ce que le groupe peut faire" in html
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        row = re.search(rf">\s*{name}\s*</a>.*?</tr>", html, re.S).group(0)
        assert str(GROUP_DESCRIPTIONS[name]) in row


def test_a_group_form_says_what_the_group_may_do(superuser_client):
    translators = Group.objects.get(name=TRANSLATORS)
    html = html_of(superuser_client, f"/admin/groups/edit/{translators.pk}/")
    assert str(GROUP_DESCRIPTIONS[TRANSLATORS]) in html
    assert str(GROUP_DESCRIPTIONS[EDITORS]) not in html


# Themes one language at a time ------------------------------------------------------------------------


def theme_names(html):
    return {name.strip() for name in re.findall(r'id="snippet_[^"]+_title"[^>]*>\s*([^<]+)', html)}


def french_and_english_names():
    return (
        set(Theme.objects.filter(locale__language_code="fr").values_list("name", flat=True)),
        set(Theme.objects.filter(locale__language_code="en").values_list("name", flat=True)),
    )


def test_the_themes_are_listed_in_french_by_default_and_in_english_on_request(client):
    french_names, english_names = french_and_english_names()
    logged_in(client, MODERATORS)
    html = html_of(client, "/admin/snippets/series/theme/")
    assert theme_names(html) == french_names
    assert re.search(r'aria-current="page"[^>]*>français<', html)
    assert theme_names(html_of(client, "/admin/snippets/series/theme/?locale=en")) == english_names
    # The filter that Wagtail's header swaps in, too.
    assert theme_names(html_of(client, "/admin/snippets/series/theme/results/?locale=en")) == english_names


def test_the_language_filter_reads_langue_and_has_no_all(client):
    html = html_of(logged_in(client, MODERATORS), "/admin/snippets/series/theme/")
    radios = re.findall(r'<input type="radio" name="locale" value="([^"]*)"', html)
    assert radios == ["fr", "en"]
    assert re.search(r'<button class="w-drilldown__toggle"[^\n]*drilldown-id_locale[^\n]*>\s*Langue\s*<div', html)
    assert "Région" not in html and ">Locale<" not in html


def test_translators_start_on_the_english_themes(client):
    french_names, english_names = french_and_english_names()
    logged_in(client, TRANSLATORS)
    assert theme_names(html_of(client, "/admin/snippets/series/theme/")) == english_names
    assert theme_names(html_of(client, "/admin/snippets/series/theme/?locale=fr")) == french_names


def test_an_unknown_language_falls_back_to_the_users_own(client):
    french_names, _english_names = french_and_english_names()
    html = html_of(logged_in(client, EDITORS), "/admin/snippets/series/theme/?locale=xx")
    assert theme_names(html) == french_names
