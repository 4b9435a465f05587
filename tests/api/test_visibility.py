"""Partners see what visitors see: live, public pages in their own language, never a draft, a private
page, an alias or an English translation not yet published, in any answer of the API."""

import pytest

from wagtail.models import Page, PageViewRestriction

from caching.lookups import published
from series.models import EpisodePage
from tests.api.conftest import EPISODES, get_json, ids
from tests.support.factories import EpisodePageFactory


@pytest.fixture
def hidden(french_series, french_theme, english):
    """Pages no partner may see, each linked to a theme so that the theme filter is tried too; and the
    French originals of the untranslated ones, which French listings show."""
    draft = EpisodePageFactory(parent=french_series, title="Brouillon jamais publié", live=False, themes=[french_theme])
    private = EpisodePageFactory(parent=french_series, title="Épisode réservé", published=True, themes=[french_theme])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    aliased = EpisodePageFactory(parent=french_series, title="Traduit par un alias", published=True)
    alias = aliased.copy_for_translation(english, alias=True)
    translated = EpisodePageFactory(parent=french_series, title="Traduction en cours", published=True)
    english_draft = translated.copy_for_translation(english)
    english_draft.title = "Translation under way"
    english_draft.save_revision()
    assert alias.live and alias.alias_of_id == aliased.pk
    assert not Page.objects.get(pk=english_draft.pk).live
    pages = [draft, private, alias, english_draft]
    return {"pages": pages, "french_originals": [aliased, translated]}


def addresses(english_series, french_series, english_theme, french_theme):
    return [
        "/api/v2/pages/?limit=50",
        "/api/v2/pages/?locale=en&limit=50",
        "/api/v2/pages/?locale=fr&limit=50",
        f"{EPISODES}&limit=50",
        f"{EPISODES}&locale=en&limit=50",
        f"{EPISODES}&locale=fr&limit=50",
        f"{EPISODES}&theme={french_theme.slug}&locale=fr&limit=50",
        f"{EPISODES}&theme={english_theme.slug}&locale=en&limit=50",
        f"{EPISODES}&child_of={english_series.pk}&limit=50",
        f"{EPISODES}&child_of={french_series.pk}&limit=50",
        f"/api/v2/pages/?translation_of={french_series.pk}",
        f"{EPISODES}&fields=*&limit=50",
    ]


def test_hidden_pages_appear_in_no_listing(client, hidden, english_series, french_series, english_theme, french_theme):
    hidden_ids = {page.pk for page in hidden["pages"]}
    # An alias and a new translation carry the title of their French original, which French answers show.
    hidden_titles = ["Brouillon jamais publié", "Épisode réservé", "Translation under way"]
    for address in addresses(english_series, french_series, english_theme, french_theme):
        answer = get_json(client, address)
        assert not ids(answer) & hidden_ids, address
        text = str(answer)
        assert not [title for title in hidden_titles if title in text], address


def test_hidden_pages_have_no_detail(client, hidden):
    for page in hidden["pages"]:
        for address in (f"/api/v2/pages/{page.pk}/", f"/api/v2/pages/{page.pk}/?type=series.EpisodePage"):
            response = client.get(address)
            assert response.status_code == 404, address
            assert "message" in response.json()


def test_french_originals_are_listed_in_french_only(client, hidden, french, english):
    french_ids = ids(get_json(client, f"{EPISODES}&locale=fr&limit=50"))
    english_ids = ids(get_json(client, f"{EPISODES}&locale=en&limit=50"))
    originals = {page.pk for page in hidden["french_originals"]}
    assert originals <= french_ids
    assert not originals & english_ids
    visible_english = published(EpisodePage.objects.filter(locale=english)).values_list("pk", flat=True)
    assert english_ids == set(visible_english)


def test_the_english_listing_has_the_live_english_episodes_with_their_blocks(client, english, english_episode):
    answer = get_json(client, f"{EPISODES}&locale=en")
    assert answer["meta"]["total_count"] == published(EpisodePage.objects.filter(locale=english)).count() >= 2
    first = next(item for item in answer["items"] if item["id"] == english_episode.pk)
    assert first["meta"]["locale"] == "en" and first["meta"]["type"] == "series.EpisodePage"
    assert first["title"] == english_episode.title
    assert [block["type"] for block in first["body"]] == [block.block_type for block in english_episode.body]
    assert [theme["slug"] for theme in first["themes"]] == [theme.slug for theme in english_episode.themes]
    assert first["series"] == {"id": english_episode.get_parent().pk, "title": english_episode.get_parent().title}
    assert first["video"]["url"] == english_episode.video["url"]


def test_unpublishing_an_episode_removes_it(client, english_episode):
    assert client.get(f"/api/v2/pages/{english_episode.pk}/").status_code == 200
    english_episode.unpublish()
    assert client.get(f"/api/v2/pages/{english_episode.pk}/").status_code == 404
    assert english_episode.pk not in ids(get_json(client, f"{EPISODES}&locale=en"))


def test_the_pages_endpoint_serves_series_and_episodes_only(client):
    answer = get_json(client, "/api/v2/pages/?limit=50")
    assert {item["meta"]["type"] for item in answer["items"]} == {"series.SeriesPage", "series.EpisodePage"}
    for other in Page.objects.live().exclude(content_type__model__in=["seriespage", "episodepage"]):
        assert client.get(f"/api/v2/pages/{other.pk}/").status_code == 404, other
