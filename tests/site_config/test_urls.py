"""Public URLs under /fr/ and /en/, the language redirect, the admin, and the paths between pages."""

import re

import pytest

from series.models import EpisodePage


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


def test_admin_is_not_prefixed(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/fr/admin/").status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_leads_to_the_series_and_both_episodes(client, language):
    home = client.get(f"/{language}/")
    assert home.status_code == 200
    series_links = [link for link in links_in_main(home) if link.count("/") == 3]
    assert series_links, "the home page links to its series"
    series = client.get(series_links[0])
    assert series.status_code == 200
    expected = {page.url for page in EpisodePage.objects.filter(locale__language_code=language)}
    assert expected <= set(links_in_main(series))
    for link in links_in_main(series):
        assert client.get(link).status_code == 200, link


@pytest.mark.parametrize(("path", "language"), [("/fr/recherche/?q=lien", "fr"), ("/en/search/?q=connection", "en")])
def test_search_page_in_each_language(client, path, language):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert '<meta name="robots" content="noindex">' in html


def test_search_stays_in_the_visitor_language(client):
    french = client.get("/fr/recherche/?q=lien").content.decode()
    english = client.get("/en/search/?q=connection").content.decode()
    assert "/fr/raconter-le-travail-pair/faire-du-lien/" in french and "/en/" not in french.split("<main")[1]
    assert "/en/peer-work-in-their-own-words/building-connection/" in english
    assert "/fr/raconter" not in english.split("<main")[1]


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


def test_every_page_has_a_search_form_and_a_language_switcher(client):
    html = client.get("/fr/raconter-le-travail-pair/faire-du-lien/").content.decode()
    assert '<form class="search-form" role="search" action="/fr/recherche/" method="get">' in html
    assert 'href="/en/peer-work-in-their-own-words/building-connection/" hreflang="en"' in html


@pytest.mark.parametrize(
    ("path", "theme_url"), [("/fr/recherche/", "/fr/themes/faire-du-lien/"), ("/en/search/", None)]
)
def test_empty_search_lists_the_themes_and_can_be_indexed(client, path, theme_url):
    html = client.get(path).content.decode()
    assert 'content="noindex"' not in html
    assert theme_url is None or f'href="{theme_url}"' in html
    assert html.count('href="/' + path[1:3] + "/themes/") >= 5


@pytest.mark.parametrize("path", ["//evil.example/", "/\\evil.example/", "///evil.example/", "//evil.example/fr/"])
def test_links_built_from_the_address_never_lead_to_another_host(client, path):
    # Passed on as a WSGI server does: the test client's own URL parsing would read "//evil.example/" as a host.
    response = client.request(PATH_INFO=path, REQUEST_METHOD="GET")
    assert response.status_code == 404
    html = response.content.decode()
    assert "evil.example" not in html
    links = re.findall(r'href="([^"]*)"', html)
    assert links and all(link.startswith(("/", "#")) and not link.startswith(("//", "/\\")) for link in links)
    assert 'href="/en/" hreflang="en"' in html  # the switcher leads to the other language's home
