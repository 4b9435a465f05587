"""Search by theme: language-aware matching, locale and privacy, theme filter, robustness."""

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from caching.version import content_changed
from search.stemming import query_terms
from series.models import Theme
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory

FR, EN = "/fr/recherche/", "/en/search/"
PATHS = {"fr": FR, "en": EN}

# The words of the episode built below, each in one place only, and their English.
ENGLISH = {
    "Bâtir des passerelles": "Building bridges",
    "J’ai traversé la même tempête.": "I went through the same storm.",
    "Prévoir des relais": "Plan relays",
    "Organisez des relais chaque semaine.": "Organise relays every week.",
    "Horizon commun": "Shared horizon",
}


def found(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    results = response.context["search_results"]
    return [result.episode.title for result in results] if results else []


@pytest.fixture
def series(french):
    return SeriesPageFactory(published=True)


@pytest.fixture
def searched(series):
    """A published episode in both languages: its title, a quote, a recommendation and a theme to find."""
    theme = ThemeFactory(name="Horizon commun", slug="horizon-commun")
    french = EpisodePageFactory(
        parent=series,
        title="Bâtir des passerelles",
        body__0__quote__text="J’ai traversé la même tempête.",
        body__1__recommendation__title="Prévoir des relais",
        body__1__recommendation__text="Organisez des relais chaque semaine.",
        themes=[theme],
        published=True,
    )
    translate_into_english(theme, ENGLISH)
    translate_into_english(series)
    return {"fr": french, "en": translate_into_english(french, ENGLISH)}


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("fr", "passerelles"),
        ("fr", "passerelle"),  # the singular finds the plural
        ("fr", "PASSERELLE"),
        ("fr", "bâtir"),
        ("fr", "batir"),  # without its accent
        ("fr", "tempête"),  # only in a quote
        ("fr", "tempete"),
        ("fr", "relais"),  # only in a recommendation
        ("fr", "horizon commun"),  # a theme name
        ("en", "bridges"),
        ("en", "bridge"),
        ("en", "storms"),  # only in a quote
        ("en", "relay"),  # only in a recommendation
        ("en", "shared horizon"),  # a theme name
    ],
)
def test_words_are_found_whatever_their_form_case_accents_and_place(client, searched, language, query):
    assert searched[language].title in found(client, PATHS[language], q=query)


def test_title_matches_come_first(client, series):
    in_text = EpisodePageFactory(parent=series, body__0__paragraph__value="<p>Chacun son sextant.</p>", published=True)
    in_title = EpisodePageFactory(parent=series, title="Le sextant", published=True)
    assert found(client, FR, q="sextant") == [in_title.title, in_text.title]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_word_of_both_languages_finds_only_the_page_in_the_search_s_language(client, searched, language):
    assert found(client, PATHS[language], q="horizon") == [searched[language].title]


def test_a_french_search_finds_no_english_word(client, searched):
    assert found(client, FR, q="bridges") == []


def test_an_english_search_finds_no_french_word(client, searched):
    assert found(client, EN, q="tempête") == []


def test_unpublished_and_private_episodes_never_appear(client, series):
    private, withdrawn = (EpisodePageFactory(parent=series, summary="Le sémaphore.", published=True) for _ in "12")
    assert sorted(found(client, FR, q="sémaphore")) == sorted([private.title, withdrawn.title])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    withdrawn.unpublish()
    assert found(client, FR, q="sémaphore") == []
    assert private.url not in client.get(FR, {"q": "sémaphore"}).content.decode()


def test_results_follow_publishing_although_they_were_remembered(client, series):
    episode = EpisodePageFactory(parent=series, summary="Le sémaphore.", published=True)
    assert found(client, FR, q="sémaphore") == [episode.title]
    episode.unpublish()
    assert found(client, FR, q="sémaphore") == []
    episode.get_latest_revision().publish()
    assert found(client, FR, q="sémaphore") == [episode.title]
    PageViewRestriction.objects.create(page=episode, restriction_type="password", password="secret")
    assert found(client, FR, q="sémaphore") == []


def test_repeated_searches_reuse_the_matches(client, searched, django_assert_max_num_queries):
    client.get(FR, {"q": "tempête"})
    content_changed()
    with django_assert_max_num_queries(100) as computed:
        client.get(FR, {"q": "tempête"})
    with django_assert_max_num_queries(100) as repeated:
        client.get(FR, {"q": "tempête"})
    assert len(repeated.captured_queries) < len(computed.captured_queries)


@pytest.fixture
def themed_search(series):
    """Three episodes, two of which speak of the « sémaphore », under themes A and B, and one theme C."""
    a, b, c = (ThemeFactory(name=f"Thème {name}", slug=f"theme-{name}") for name in "abc")
    both = EpisodePageFactory(parent=series, summary="Le sémaphore.", themes=[a, b], published=True)
    only_b = EpisodePageFactory(parent=series, summary="Un sémaphore.", themes=[b], published=True)
    EpisodePageFactory(parent=series, summary="Rien à voir.", themes=[c], published=True)
    return both, only_b


def test_the_theme_filter_counts_the_matching_episodes_of_each_theme(client, themed_search):
    response = client.get(FR, {"q": "sémaphore"})
    counts = {theme.slug: count for theme, count in response.context["theme_counts"]}
    assert counts == {"theme-a": 1, "theme-b": 2}


def test_the_theme_filter_keeps_only_the_episodes_of_its_theme(client, themed_search):
    both, only_b = themed_search
    assert found(client, FR, q="sémaphore", theme="theme-a") == [both.title]
    assert sorted(found(client, FR, q="sémaphore", theme="theme-b")) == sorted([both.title, only_b.title])
    assert found(client, FR, q="sémaphore", theme="theme-c") == []


def test_results_show_number_title_themes_and_a_highlighted_excerpt(client, searched):
    english = searched["en"]
    html = client.get(EN, {"q": "storms"}).content.decode()
    assert f"Episode {english.number}" in html and f"{english.title}</a>" in html
    assert "<mark>storm</mark>" in html
    assert f'href="/en/themes/{english.themes[0].slug}/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_markup_in_the_query_is_shown_as_text(client):
    html = client.get(FR, {"q": '<b onmouseover="x">lien</b>'}).content.decode()
    assert "<b onmouseover" not in html
    assert "&lt;b onmouseover=&quot;x&quot;&gt;lien&lt;/b&gt;" in html


def test_an_empty_query_shows_every_theme_of_the_language(client, french, english):
    theme = ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    ThemeFactory(name="Peer support", slug="peer-support", locale=english)
    response = client.get(FR)
    assert response.context["search_results"] is None
    themes = response.context["themes"]
    assert theme in themes and len(themes) == Theme.objects.filter(locale=french).count()
    assert f'href="/fr/themes/{theme.slug}/"' in response.content.decode()


def test_an_unknown_theme_is_said_and_the_results_stay_unfiltered(client, searched):
    response = client.get(FR, {"q": "tempête", "theme": "inconnu"})
    assert response.status_code == 200 and response.context["unknown_theme"]
    assert "Ce thème n’existe pas" in response.content.decode()
    assert [result.episode.title for result in response.context["search_results"]] == [searched["fr"].title]


@pytest.mark.parametrize("page", ["9999", "-3", "deux"])
def test_a_page_number_out_of_range_still_answers(client, searched, page):
    assert found(client, FR, q="tempête", page=page) == [searched["fr"].title]


def test_an_editor_s_promoted_result_comes_with_its_description(client, series):
    episode = EpisodePageFactory(parent=series, published=True)
    SearchPromotion.objects.create(query=Query.get("accompagnement"), page=episode, description="À voir d’abord.")
    html = client.get(FR, {"q": "accompagnement"}).content.decode()
    assert "À voir d’abord." in html and f'href="{episode.url}"' in html


def test_each_search_that_finds_something_counts_as_a_hit_once_the_hits_are_written(client, searched):
    client.get(FR, {"q": "tempête"})
    client.get(FR, {"q": "tempête"})  # served from the page cache: counted all the same
    call_command("flush_search_hits", stdout=io.StringIO())
    assert Query.get("tempête").hits == 2


def test_query_is_capped(client):
    response = client.get(FR, {"q": "lien " * 5000})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


def test_query_terms_fold_accents_and_stem():
    assert query_terms("Les liens", "fr") == query_terms("lien", "fr") == ["lien"]
    assert query_terms("rôle", "fr") == query_terms("ROLES", "fr")
    assert query_terms("connections", "en") == query_terms("connection", "en")


ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
SPICY = st.sampled_from(["\x00", "' OR 1=1 --", "<script>", "%", "%%", "*", "\\", "()", '"', "AND", "OR NOT", ""])
PARAM = st.one_of(ANY_TEXT, SPICY, st.integers().map(str), st.text(max_size=10_000).map(lambda text: text * 2))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from([FR, EN]), q=PARAM, theme=PARAM, page=PARAM)
def test_no_query_makes_the_search_fail(client, path, q, theme, page):
    response = client.get(path, {"q": q, "theme": theme, "page": page})
    assert response.status_code in (200, 400)
