"""Answers are cached until the next publish, and cost a few queries, the same however many episodes there are."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from api.cache import cache_key
from caching.version import content_changed, content_version
from glossary.models import GlossaryTerm
from series.models import Theme
from tests.api.conftest import EPISODES, get_json
from tests.support.factories import EpisodePageFactory

# Queries for an answer not yet cached: the API's own, with the site, locales and restrictions remembered
# ("warm"), and with everything looked up again, as after a publish ("after a publish").
BUDGETS = {
    "episodes": {"warm": 3, "after a publish": 6},
    "episodes of a theme": {"warm": 3, "after a publish": 7},
    "pages": {"warm": 2, "after a publish": 5},
    "episode": {"warm": 3, "after a publish": 5},
    "themes": {"warm": 2, "after a publish": 4},
    "glossary": {"warm": 2, "after a publish": 6},
    "term": {"warm": 1, "after a publish": 4},
}


def addresses(english_episode, english_theme):
    term = GlossaryTerm.objects.filter(locale=english_theme.locale).first()
    return {
        "episodes": f"{EPISODES}&locale=en&limit=50",
        "episodes of a theme": f"{EPISODES}&locale=en&theme={english_theme.slug}&limit=50",
        "pages": "/api/v2/pages/?locale=en&limit=50",
        "episode": f"/api/v2/pages/{english_episode.pk}/",
        "themes": "/api/v2/themes/?locale=en&limit=50",
        "glossary": "/api/v2/glossary/?locale=en&limit=50",
        "term": f"/api/v2/glossary/{term.pk}/",
    }


def queries(client, address, after_a_publish):
    """Queries made to answer an address whose answer is not cached (the first request warms the lookups)."""
    assert client.get(address).status_code == 200
    if after_a_publish:
        content_changed()
    else:
        cache.delete(cache_key(RequestFactory().get(address)), version=content_version())
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200, address
    assert response["X-API-Cache"] == "miss"
    return len(captured.captured_queries)


def count_all(client, english_episode, english_theme):
    return {
        (name, moment): queries(client, address, after_a_publish=moment == "after a publish")
        for name, address in addresses(english_episode, english_theme).items()
        for moment in ("warm", "after a publish")
    }


@pytest.fixture
def terms(french, english):
    for index in range(3):
        for locale in (french, english):
            GlossaryTerm.objects.create(locale=locale, term=f"Terme {index}", slug=f"terme-{index}", definition="…")


def test_query_counts_stay_within_budget_and_do_not_grow_with_the_episodes(
    client, english_series, english_episode, english_theme, terms
):
    before = count_all(client, english_episode, english_theme)
    poster = get_image_model().objects.create(title="Affiche", description="Affiche", file=get_test_image_file())
    other_themes = list(Theme.objects.filter(locale=english_theme.locale).exclude(pk=english_theme.pk)[:2])
    for number in range(5):
        EpisodePageFactory(
            parent=english_series,
            number=50 + number,
            published=True,
            themes=[english_theme, *other_themes],
            body__0__video__poster=poster,
            body__1="paragraph",
            body__2="quote",
            transcript=[{"start": 0.0, "end": 2.0, "speaker_role": "Pair", "text": "Bonjour."}],
        )
    after = count_all(client, english_episode, english_theme)
    assert len(get_json(client, f"{EPISODES}&locale=en&limit=50")["items"]) >= 7
    assert after == before
    over_budget = {key: count for key, count in after.items() if count > BUDGETS[key[0]][key[1]]}
    assert over_budget == {}, sorted(after.items())


def test_a_second_request_is_served_from_the_cache_until_the_next_publish(
    client, english_episode, django_assert_num_queries
):
    address = f"{EPISODES}&locale=en"
    first = client.get(address)
    assert first["X-API-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(address)
    assert second["X-API-Cache"] == "hit"
    assert second.status_code == 200 and second["Content-Type"] == "application/json"
    assert second.content == first.content

    english_episode.title = "Roles and missions, told again"
    english_episode.save_revision().publish()
    fresh = client.get(address)
    assert fresh["X-API-Cache"] == "miss"
    assert "Roles and missions, told again" in {item["title"] for item in fresh.json()["items"]}


def test_a_saved_theme_or_term_makes_answers_fresh(client, english_theme):
    client.get("/api/v2/themes/?locale=en")
    english_theme.name = "A renamed theme"
    english_theme.save()
    fresh = client.get("/api/v2/themes/?locale=en")
    assert fresh["X-API-Cache"] == "miss"
    assert "A renamed theme" in {item["name"] for item in fresh.json()["items"]}


def test_errors_and_logged_in_requests_are_not_cached(client, editor_client):
    assert client.get("/api/v2/pages/?locale=xx").status_code == 400
    assert "X-API-Cache" not in client.get("/api/v2/pages/?locale=xx")
    response = editor_client.get("/api/v2/pages/")
    assert response.status_code == 200 and "X-API-Cache" not in response
