"""Visitors always land on their language: switcher, hreflang, canonical, listings, search and sitemap."""

import re
import xml.etree.ElementTree as ET

import pytest

from wagtail.models import Page

from glossary.models import GlossaryPage
from home.models import HomePage
from series.models import EpisodePage, SeriesPage
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, home_page

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
ENGLISH = {"Un sémaphore.": "A semaphore."}


def absolute(path):
    return f"http://testserver{path}"


def head_links(html):
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    return canonical, alternates


def switcher_link(html, language):
    nav = html.split('<nav class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    match = re.search(rf'<a href="([^"]+)" hreflang="{language}"', nav)
    return match and match.group(1)


@pytest.fixture
def bilingual(french):
    """A published series of two episodes, all three translated: {"series": (fr, en), "episodes": [(fr, en), …]}."""
    series = SeriesPageFactory(published=True)
    episodes = [
        EpisodePageFactory(parent=series, number=number, slug=slug, summary="Un sémaphore.", published=True)
        for number, slug in [(1, "premier-pas"), (2, "le-semaphore")]
    ]
    english_series = translate_into_english(series)
    return {
        "series": (series, english_series),
        "episodes": [(episode, translate_into_english(episode, ENGLISH)) for episode in episodes],
    }


def page_pairs(model, bilingual):
    if model is HomePage:
        return [(home_page("fr"), home_page("en"))]
    return [bilingual["series"]] if model is SeriesPage else bilingual["episodes"]


@pytest.mark.parametrize("model", [HomePage, SeriesPage, EpisodePage], ids=lambda model: model.__name__)
def test_switcher_hreflang_and_canonical_on_every_page_type(client, model, bilingual):
    for french_page, english_page in page_pairs(model, bilingual):
        for page, other, other_language in [(french_page, english_page, "en"), (english_page, french_page, "fr")]:
            html = client.get(page.url).content.decode()
            assert f'<html lang="{page.locale.language_code}">' in html
            assert switcher_link(html, other_language) == other.url
            canonical, alternates = head_links(html)
            assert canonical == [absolute(page.url)]
            assert alternates == {
                "fr": absolute(french_page.url),
                "en": absolute(english_page.url),
                "x-default": absolute(french_page.url),
            }


def test_search_page_switches_to_the_same_search(client):
    html = client.get("/fr/recherche/?q=lien").content.decode()
    assert switcher_link(html, "en") == "/en/search/?q=lien"
    html = client.get("/en/search/?q=connection").content.decode()
    assert switcher_link(html, "fr") == "/fr/recherche/?q=connection"


def sitemap_entries(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)}
        entries[url.find("s:loc", SITEMAP_NS).text] = alternates
    return entries


def test_the_sitemap_lists_every_page_in_both_languages(client, bilingual):
    entries = sitemap_entries(client)
    pages = Page.objects.live().filter(depth__gt=1).specific()
    terms = {absolute(page.term_url(term)) for page in pages if isinstance(page, GlossaryPage) for term in page.terms()}
    assert terms and set(entries) == {absolute(page.url) for page in pages} | terms
    built = [bilingual["series"], *bilingual["episodes"]]
    assert {absolute(page.url) for pair in built for page in pair} <= set(entries)


def test_the_sitemap_gives_each_page_its_alternates(client, bilingual):
    episode, english = bilingual["episodes"][1]
    assert sitemap_entries(client)[absolute(english.url)] == {
        "fr": absolute(episode.url),
        "en": absolute(english.url),
        "x-default": absolute(episode.url),
    }


@pytest.fixture
def unpublished_english_episode(bilingual):
    episode, translation = bilingual["episodes"][1]
    translation.unpublish()
    return episode, translation


def test_without_a_live_translation_the_switcher_leads_to_the_english_home(client, unpublished_english_episode):
    episode, translation = unpublished_english_episode
    html = client.get(episode.url).content.decode()
    assert switcher_link(html, "en") == "/en/"
    _canonical, alternates = head_links(html)
    assert "en" not in alternates and alternates["fr"] == absolute(episode.url)
    assert client.get(translation.url).status_code == 404


def test_an_untranslated_episode_is_absent_from_english_listings(client, bilingual, unpublished_english_episode):
    _episode, translation = unpublished_english_episode
    english_series = bilingual["series"][1]
    assert translation.url not in client.get("/en/").content.decode()
    html = client.get(english_series.url).content.decode()
    assert "Episode 1" in html and "Episode 2" not in html
    assert translation.url not in html


def test_an_untranslated_episode_is_absent_from_english_search(client, bilingual, unpublished_english_episode):
    _episode, translation = unpublished_english_episode
    _first, translated = bilingual["episodes"][0]
    results = client.get("/en/search/", {"q": "semaphore"}).content.decode()
    assert translated.url in results and translation.url not in results


def test_an_untranslated_episode_has_no_english_alternate_in_the_sitemap(client, unpublished_english_episode):
    episode, translation = unpublished_english_episode
    entries = sitemap_entries(client)
    assert absolute(translation.url) not in entries
    assert entries[absolute(episode.url)] == {"fr": absolute(episode.url), "x-default": absolute(episode.url)}


def test_an_alias_never_shows_french_under_en(client, bilingual, english):
    episode, translation = bilingual["episodes"][1]
    english_series = bilingual["series"][1]
    translation.delete()
    alias = episode.create_alias(parent=english_series, update_locale=english)
    assert alias.live and alias.url.startswith("/en/")
    assert client.get(alias.url).status_code == 404
    assert episode.slug not in client.get(english_series.url).content.decode()
    assert switcher_link(client.get(episode.url).content.decode(), "en") == "/en/"
    assert absolute(alias.url) not in sitemap_entries(client)
    assert not Page.objects.filter(pk=alias.pk, alias_of__isnull=True).exists()
