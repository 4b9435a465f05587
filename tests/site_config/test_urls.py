"""Public URLs under /fr/ and /en/, the language redirect, the admin, and the paths between pages."""

import re

import pytest

from series.models import Theme
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory


def links_in_main(response):
    main = response.content.decode().split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.findall(r'href="(/[^"#]*)"', main)


def test_root_redirects_to_french_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_redirects_by_accept_language(client):
    response = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert response["Location"] == "/en/"
    response = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"})
    assert response["Location"] == "/fr/"


@pytest.fixture
def bilingual(french):
    """A published series of two episodes about the « horizon », translated: {"fr": (series, episodes), "en": …}."""
    series = SeriesPageFactory(published=True)
    episodes = [EpisodePageFactory(parent=series, summary="Un horizon.", published=True) for _ in range(2)]
    english = translate_into_english(series)
    return {
        "fr": (series, episodes),
        "en": (english, [translate_into_english(episode, {"Un horizon.": "A horizon."}) for episode in episodes]),
    }


def test_admin_is_not_prefixed(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/fr/admin/").status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_home_leads_to_the_newest_series_and_the_series_to_its_episodes(client, bilingual, language):
    series, episodes = bilingual[language]
    home = client.get(f"/{language}/")
    assert home.status_code == 200
    assert series.url in links_in_main(home)
    listing = client.get(series.url)
    assert listing.status_code == 200
    assert {episode.url for episode in episodes} <= set(links_in_main(listing))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_link_of_a_series_page_answers(client, bilingual, language):
    series, _episodes = bilingual[language]
    for link in links_in_main(client.get(series.url)):
        assert client.get(link).status_code == 200, link


@pytest.mark.parametrize(("path", "language"), [("/fr/recherche/?q=lien", "fr"), ("/en/search/?q=connection", "en")])
def test_search_page_in_each_language(client, path, language):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize(("language", "path", "other"), [("fr", "/fr/recherche/", "en"), ("en", "/en/search/", "fr")])
def test_search_stays_in_the_visitor_language(client, bilingual, language, path, other):
    main = client.get(path, {"q": "horizon"}).content.decode().split("<main", 1)[1]
    _series, episodes = bilingual[language]
    for episode in episodes:
        assert episode.url in main
    assert f"/{other}/" not in main


@pytest.mark.parametrize("query", ["\x00", "a" * 10_000, "<script>alert(1)</script>", "' OR 1=1 --"])
def test_search_survives_odd_queries(client, query):
    response = client.get("/fr/recherche/", {"q": query, "page": "999"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    ("path", "text"), [("/fr/nexiste-pas/", "Page introuvable"), ("/en/missing/", "Page not found")]
)
def test_unknown_pages_get_a_friendly_404_in_their_language(client, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.content.decode()


def test_every_page_has_a_search_form_in_its_language(client, bilingual):
    _series, [episode, _second] = bilingual["fr"]
    html = client.get(episode.url).content.decode()
    assert '<form class="search-form" role="search" action="/fr/recherche/" method="get">' in html


def test_every_page_has_a_language_switcher_to_its_translation(client, bilingual):
    _series, [episode, _second] = bilingual["fr"]
    _english_series, [translation, _other] = bilingual["en"]
    html = client.get(episode.url).content.decode()
    assert f'href="{translation.url}" hreflang="en"' in html


@pytest.mark.parametrize(("language", "path"), [("fr", "/fr/recherche/"), ("en", "/en/search/")])
def test_an_empty_search_lists_every_theme_of_its_language(client, language, path):
    theme = translate_into_english(ThemeFactory()) if language == "en" else ThemeFactory()
    html = client.get(path).content.decode()
    linked = set(re.findall(rf'href="/{language}/themes/([^"/]+)/"', html))
    assert theme.slug in linked
    assert linked == set(Theme.objects.filter(locale=theme.locale).values_list("slug", flat=True))


@pytest.mark.parametrize("path", ["/fr/recherche/", "/en/search/"])
def test_an_empty_search_can_be_indexed(client, path):
    assert 'content="noindex"' not in client.get(path).content.decode()


@pytest.mark.parametrize("path", ["//evil.example/", "/\\evil.example/", "///evil.example/", "//evil.example/fr/"])
def test_links_built_from_the_address_never_lead_to_another_host(client, path):
    # Passed on as a WSGI server does: the test client's own URL parsing would read "//evil.example/" as a host.
    response = client.request(PATH_INFO=path, REQUEST_METHOD="GET")
    assert response.status_code == 404
    html = response.content.decode()
    assert "evil.example" not in html
    # Every link the page builds itself; the footer's outside addresses (rel="noopener") are the editors' own.
    links = [href for tag, href in re.findall(r'(<[^>]*href="([^"]*)"[^>]*>)', html) if 'rel="noopener"' not in tag]
    assert links and all(link.startswith(("/", "#")) and not link.startswith(("//", "/\\")) for link in links)
    assert 'href="/en/" hreflang="en"' in html  # the switcher leads to the other language's home
