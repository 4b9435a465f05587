"""English pages have English slugs, and a changed slug leaves a redirect from the old address."""

from django.test import TestCase

from series.models import EpisodePage
from tests.forms import episode_form_data_from_page
from tests.localize import publish_translation, segments, translate_string, translation_for


def test_changing_a_french_slug_redirects_the_old_address(admin_client, client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    old_url = episode.url
    data = episode_form_data_from_page(episode)
    data["slug"] = "roles-missions-et-taches"
    data["action-publish"] = "action-publish"
    with TestCase.captureOnCommitCallbacks(execute=True):  # Wagtail creates redirects once the edit commits
        assert admin_client.post(f"/admin/pages/{episode.pk}/edit/", data).status_code == 302

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/fr/raconter-le-travail-pair/roles-missions-et-taches/")
    assert client.get(response["Location"]).status_code == 200


def test_changing_an_english_slug_in_the_translation_redirects_the_old_address(admin_client, client, french, english):
    episode = EpisodePage.objects.get(locale=french, number=2)
    english_episode = episode.get_translation(english)
    old_url = english_episode.url
    translation = translation_for(episode, english)
    [slug_segment] = [segment for segment in segments(translation) if segment.context.path == "slug"]
    translate_string(admin_client, translation, slug_segment, "making-connections")
    publish_translation(admin_client, english_episode)

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/en/peer-work-in-their-own-words/making-connections/")
    assert client.get(response["Location"]).status_code == 200
