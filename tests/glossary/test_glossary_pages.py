"""The glossary in each language: terms A–Z with anchors, an address per term (in the sitemap), and the first
use of each term in an episode explained in place; a term changed is seen at once."""

import re

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import rich_text

from editorial.groups import EDITORS, TRANSLATORS
from glossary.models import GlossaryPage, GlossaryTerm
from series.models import EpisodePage
from tests.support.roles import member_of

LANGUAGES = ["fr", "en"]


def glossary_page(language):
    return GlossaryPage.objects.get(locale__language_code=language)


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_lists_at_least_twelve_terms_from_a_to_z_with_anchors(client, language):
    page = glossary_page(language)
    soup = soup_of(client, page.url)
    entries = soup.select(".glossary__entry")
    assert len(entries) == GlossaryTerm.objects.filter(locale=page.locale).count() >= 12
    names = [entry.dt.get_text(strip=True) for entry in entries]
    assert names == sorted(names, key=lambda name: name.lower().replace("é", "e"))
    letters = [link["href"] for link in soup.select(".glossary__letters a")]
    assert letters and all(soup.find(id=href.removeprefix("#")) for href in letters)
    assert all(entry["id"] and entry.dt.dfn and entry.dd.get_text(strip=True) for entry in entries)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_term_has_its_own_address_in_its_language_and_in_the_sitemap(client, language):
    page = glossary_page(language)
    sitemap = client.get("/sitemap.xml").content.decode()
    for term in GlossaryTerm.objects.filter(locale=page.locale):
        address = page.term_url(term)
        soup = soup_of(client, address)
        assert soup.h1.get_text(strip=True) == term.term
        assert term.definition in soup.select_one(".lead").get_text()
        assert f"http://testserver{address}</loc>" in sitemap


def test_a_terms_page_links_to_the_same_term_in_the_other_language(client):
    french_term = GlossaryTerm.objects.get(locale__language_code="fr", slug="retablissement")
    english_term = french_term.get_translation(glossary_page("en").locale)
    soup = soup_of(client, glossary_page("fr").term_url(french_term))
    switcher = soup.select_one('.language-switcher a[hreflang="en"]')
    assert switcher["href"] == glossary_page("en").term_url(english_term) == "/en/glossary/recovery/"


def test_an_unknown_term_answers_the_friendly_404(client):
    response = client.get(glossary_page("fr").url + "nulle-part/")
    assert response.status_code == 404
    assert "<h1" in response.content.decode()


def episode_soup(client, language, number=1):
    return soup_of(client, EpisodePage.objects.get(locale__language_code=language, number=number).url)


@pytest.mark.parametrize(("language", "glossary_path"), [("fr", "/fr/glossaire/chrs/"), ("en", "/en/glossary/chrs/")])
def test_the_first_chrs_of_an_episode_is_marked_up_with_its_definition(client, language, glossary_path):
    soup = episode_soup(client, language)
    marks = [mark for mark in soup.select(".term") if mark.abbr and mark.abbr.get_text() == "CHRS"]
    assert len(marks) == 1
    mark = marks[0]
    assert mark.select_one(".term__word")["href"] == glossary_path
    definition = mark.select_one(".term__definition")
    assert definition.has_attr("hidden") and definition["id"] == mark.a["data-term-toggle"]
    term = GlossaryTerm.objects.get(locale__language_code=language, slug="chrs")
    assert term.definition in definition.get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_term_is_marked_once_and_never_in_a_link_or_heading(client, language):
    for number in (1, 2):
        soup = episode_soup(client, language, number)
        toggles = [mark["data-term-toggle"] for mark in soup.select("[data-term-toggle]")]
        assert toggles and len(toggles) == len(set(toggles))
        assert not soup.select("a .term, h1 .term, h2 .term, h3 .term, cite .term, summary .term")
        ids = [element["id"] for element in soup.select("[id]")]
        assert len(ids) == len(set(ids))


def test_a_term_changed_in_the_admin_is_on_the_next_visit(client):
    episode = EpisodePage.objects.get(locale__language_code="fr", number=1)
    client.get(episode.url)  # now cached
    term = GlossaryTerm.objects.get(locale__language_code="fr", slug="chrs")
    term.definition = "Une maison d’accueil pour repartir : un lit, des repas et une équipe pour aider."
    term.save()
    assert term.definition in client.get(episode.url).content.decode()


def test_a_term_deleted_is_no_longer_marked(client):
    episode = EpisodePage.objects.get(locale__language_code="fr", number=1)
    assert "/fr/glossaire/csapa/" in client.get(episode.url).content.decode()
    GlossaryTerm.objects.get(locale__language_code="fr", slug="csapa").delete()
    html = client.get(episode.url).content.decode()
    assert "CSAPA" in html and "/fr/glossaire/csapa/" not in html


def test_without_a_live_glossary_page_nothing_is_marked(client):
    glossary_page("fr").unpublish()
    html = client.get(EpisodePage.objects.get(locale__language_code="fr", number=1).url).content.decode()
    assert 'class="term"' not in html


def test_the_glossary_is_in_the_menu_in_both_languages(client):
    for language, path in (("fr", "/fr/"), ("en", "/en/")):
        soup = soup_of(client, path)
        menu_links = [link["href"] for link in soup.select(".site-menu a")]
        assert glossary_page(language).url in menu_links


def test_a_slug_typed_with_accents_is_stored_in_ascii_and_must_be_unique_in_its_language(admin_client):
    with translation.override("fr"):
        add = reverse("wagtailsnippets_glossary_glossaryterm:add") + "?locale=fr"
    data = {
        "term": "Équipe mobile",
        "slug": "équipe-mobile",
        "expansion": "",
        "variants": "",
        "definition": "Une équipe qui se déplace vers les personnes.",
        "explanation": rich_text(""),
        "links-count": "0",
    }
    response = admin_client.post(add, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert GlossaryTerm.objects.filter(locale__language_code="fr", slug="equipe-mobile").exists()
    response = admin_client.post(add, data | {"term": "Autre"})
    assert response.status_code == 200
    assert re.search(r"(déjà|existe)", response.content.decode())


def test_the_glossary_admin_lists_one_language_at_a_time_starting_with_the_users_own(client):
    listing = reverse("wagtailsnippets_glossary_glossaryterm:list")
    for group, shown, hidden in ((EDITORS, "Rétablissement", "Recovery"), (TRANSLATORS, "Recovery", "Rétablissement")):
        client.force_login(member_of(group))
        html = client.get(listing).content.decode()
        assert shown in html and hidden not in html
        assert "Langue du glossaire" in html
