"""Search by theme: language-aware matching, locale and privacy, theme filter, robustness."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from caching.version import content_changed
from search.stemming import query_terms
from series.models import EpisodePage

FR, EN = "/fr/recherche/", "/en/search/"


def found(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    results = response.context["search_results"]
    return [result.episode.title for result in results] if results else []


@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        (FR, "liens", "Faire du lien"),
        (FR, "lien", "Faire du lien"),
        (FR, "role", "Rôles et missions"),
        (FR, "ROLES", "Rôles et missions"),
        (FR, "missions", "Rôles et missions"),
        (FR, "galère", "Faire du lien"),  # only in a quote
        (FR, "galere", "Faire du lien"),
        (FR, "remonter", "Faire du lien"),  # only in a recommendation
        (FR, "langage commun", "Faire du lien"),  # a theme name
        (EN, "connections", "Building connection"),
        (EN, "connection", "Building connection"),
        (EN, "hardship", "Building connection"),  # only in a quote
        (EN, "tasks", "Roles and missions"),  # only in a recommendation
    ],
)
def test_language_aware_matching(client, path, query, title):
    assert title in found(client, path, q=query)


def test_title_matches_come_first(client):
    assert found(client, FR, q="lien")[0] == "Faire du lien"


def test_each_language_searches_only_its_own_pages(client):
    assert found(client, FR, q="connection") == []
    assert found(client, EN, q="galère") == []
    for title in found(client, EN, q="peer"):
        assert EpisodePage.objects.get(title=title).locale.language_code == "en"


def test_unpublished_and_private_episodes_never_appear(client, french):
    first, second = EpisodePage.objects.filter(locale=french).order_by("number")
    PageViewRestriction.objects.create(page=first, restriction_type="password", password="secret")
    second.unpublish()
    assert found(client, FR, q="rôles") == []
    assert found(client, FR, q="confiance") == []
    html = client.get(FR, {"q": "missions"}).content.decode()
    assert first.url not in html and first.title not in str(found(client, FR, q="missions"))


def test_results_follow_publishing_although_they_were_remembered(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    assert episode.title in found(client, FR, q="rôles")
    episode.unpublish()
    assert episode.title not in found(client, FR, q="rôles")
    episode.get_latest_revision().publish()
    assert episode.title in found(client, FR, q="rôles")
    PageViewRestriction.objects.create(page=episode, restriction_type="password", password="secret")
    assert episode.title not in found(client, FR, q="rôles")


def test_repeated_searches_reuse_the_matches(client, django_assert_max_num_queries):
    client.get(FR, {"q": "confiance"})
    content_changed()
    with django_assert_max_num_queries(100) as computed:
        client.get(FR, {"q": "confiance"})
    with django_assert_max_num_queries(100) as repeated:
        client.get(FR, {"q": "confiance"})
    assert len(repeated.captured_queries) < len(computed.captured_queries)


def test_theme_filter_narrows_and_its_counts_match(client):
    response = client.get(FR, {"q": "lien"})
    counts = {theme.slug: count for theme, count in response.context["theme_counts"]}
    assert counts == {
        "cadre-et-latitude": 2,
        "faire-du-lien": 1,
        "langage-commun": 1,
        "roles-et-missions": 1,
        "savoir-experientiel": 2,
    }
    for slug, count in counts.items():
        assert len(found(client, FR, q="lien", theme=slug)) == count
    assert found(client, FR, q="lien", theme="faire-du-lien") == ["Faire du lien"]


def test_results_show_number_title_themes_and_a_highlighted_excerpt(client):
    html = client.get(EN, {"q": "connections"}).content.decode()
    assert "Episode 2" in html and "Building connection</a>" in html
    assert "<mark>connection</mark>" in html
    assert 'href="/en/themes/shared-language/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_markup_in_the_query_is_shown_as_text(client):
    html = client.get(FR, {"q": '<b onmouseover="x">lien</b>'}).content.decode()
    assert "<b onmouseover" not in html
    assert "&lt;b onmouseover=&quot;x&quot;&gt;lien&lt;/b&gt;" in html


def test_empty_query_shows_the_themes(client):
    response = client.get(FR)
    assert response.context["search_results"] is None
    assert len(response.context["themes"]) == 5


def test_unknown_theme_and_odd_pages_still_answer(client):
    response = client.get(FR, {"q": "lien", "theme": "inconnu", "page": "9999"})
    assert response.status_code == 200 and response.context["unknown_theme"]
    assert "Ce thème n’existe pas" in response.content.decode()
    assert client.get(FR, {"q": "lien", "page": "-3"}).status_code == 200


def test_promoted_results_and_popular_queries(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    SearchPromotion.objects.create(query=Query.get("accompagnement"), page=episode, description="À voir d’abord.")
    html = client.get(FR, {"q": "accompagnement"}).content.decode()
    assert "À voir d’abord." in html and f'href="{episode.url}"' in html
    client.get(FR, {"q": "lien"})
    client.get(FR, {"q": "lien"})
    assert Query.get("lien").hits == 2


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
