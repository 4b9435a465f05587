"""Only what visitors see makes the caches stale: drafts, autosaves and reviews leave them warm."""

import pytest

from django.test import Client, TestCase

from editorial.groups import MODERATORS
from series.models import EpisodePage
from tests.support.forms import episode_form_data_from_page
from tests.support.roles import member_of


@pytest.fixture
def episode(french_episode, settings):
    settings.PAGE_CACHE_ENABLED = True
    return french_episode


def warm(visitor, page):
    """Two visits: the second is answered from the page cache."""
    visitor.get(page.url)
    response = visitor.get(page.url)
    assert response["X-Page-Cache"] == "hit"


def still_a_cache_hit(visitor, page, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = visitor.get(page.url)
    assert response["X-Page-Cache"] == "hit"
    return response


HEADERS = {"autosave": {"HTTP_ACCEPT": "application/json"}}


@pytest.mark.parametrize("how", ["draft", "autosave"])
def test_saving_a_draft_keeps_the_visitors_cache_warm(how, episode, editor_client, django_assert_num_queries):
    visitor = Client()
    warm(visitor, episode)
    data = episode_form_data_from_page(episode) | {"title": "Rôles et missions, version de travail"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = editor_client.post(f"/admin/pages/{episode.pk}/edit/", data, **HEADERS.get(how, {}))
    assert response.status_code in (200, 302)
    assert EpisodePage.objects.get(pk=episode.pk).has_unpublished_changes
    html = still_a_cache_hit(visitor, episode, django_assert_num_queries).content.decode()
    assert "version de travail" not in html


def test_submitting_for_review_and_a_new_draft_page_keep_the_cache_warm(
    episode, editor_client, french_series, django_assert_num_queries
):
    visitor = Client()
    warm(visitor, episode)
    data = episode_form_data_from_page(episode) | {"action-submit": "Soumettre"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        editor_client.post(f"/admin/pages/{episode.pk}/edit/", data)
    assert EpisodePage.objects.get(pk=episode.pk).workflow_in_progress
    draft = EpisodePage(
        title="Un brouillon tout neuf", slug="un-brouillon", number=9, summary="Pas encore en ligne.", live=False
    )
    french_series.add_child(instance=draft)
    draft.save_revision()
    still_a_cache_hit(visitor, episode, django_assert_num_queries)


def test_publishing_still_makes_the_page_fresh(episode, django_assert_num_queries):
    visitor = Client()
    warm(visitor, episode)
    episode.title = "Rôles et missions, en ligne"
    with TestCase.captureOnCommitCallbacks(execute=True):
        episode.save_revision().publish()
    response = visitor.get(episode.url)
    assert response["X-Page-Cache"] == "miss" and "Rôles et missions, en ligne" in response.content.decode()


def test_a_moderator_locking_a_page_keeps_the_cache_warm(episode, django_assert_num_queries):
    visitor = Client()
    warm(visitor, episode)
    moderator = Client()
    moderator.force_login(member_of(MODERATORS))
    moderator.post(f"/admin/pages/{episode.pk}/lock/")
    assert EpisodePage.objects.get(pk=episode.pk).locked
    still_a_cache_hit(visitor, episode, django_assert_num_queries)
