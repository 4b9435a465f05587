import pytest

from series.models import EpisodePage, SeriesPage, Theme

EPISODES = "/api/v2/pages/?type=series.EpisodePage"


def get_json(client, address):
    response = client.get(address)
    assert response.status_code == 200, (address, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def ids(answer):
    return {item["id"] for item in answer["items"]}


@pytest.fixture
def english_series(english):
    return SeriesPage.objects.get(locale=english)


@pytest.fixture
def english_episode(english):
    return EpisodePage.objects.get(locale=english, number=1)


@pytest.fixture
def french_theme(french_episode):
    return french_episode.themes[0]


@pytest.fixture
def english_theme(english_episode):
    return Theme.objects.get(pk=english_episode.themes[0].pk)
