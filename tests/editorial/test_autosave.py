"""Autosave keeps every typed word while the form is briefly incomplete (an empty new block or theme row)."""

import pytest

from series.models import EpisodePage
from tests.support.forms import episode_form_data_from_page

TYPED_SUMMARY = "Un résumé tapé pendant qu’un bloc vide attend son contenu 7310"


@pytest.fixture
def episode(french_episode):
    return french_episode


def with_empty_new_rows(episode):
    """The form as the browser sends it just after "add a video block" and "add a theme": both still empty."""
    data = episode_form_data_from_page(episode)
    data["summary"] = TYPED_SUMMARY
    count = int(data["body-count"])
    data |= {
        f"body-{count}-type": "video",
        f"body-{count}-deleted": "",
        f"body-{count}-order": str(count),
        f"body-{count}-id": "",
        f"body-{count}-value-url": "",
        f"body-{count}-value-title": "",
        f"body-{count}-value-poster": "",
        f"body-{count}-value-captions_url": "",
        "body-count": str(count + 1),
    }
    rows = int(data["episode_themes-TOTAL_FORMS"])
    data |= {
        f"episode_themes-{rows}-theme": "",
        f"episode_themes-{rows}-id": "",
        f"episode_themes-{rows}-ORDER": str(rows + 1),
        f"episode_themes-{rows}-DELETE": "",
        "episode_themes-TOTAL_FORMS": str(rows + 1),
    }
    return data


def autosave(client, episode, data):
    """What Wagtail's autosave controller sends: the whole form, asking for JSON."""
    return client.post(f"/admin/pages/{episode.pk}/edit/", data, HTTP_ACCEPT="application/json")


def test_autosave_succeeds_with_an_empty_new_block_and_theme_row(editor_client, episode):
    response = autosave(editor_client, episode, with_empty_new_rows(episode))
    assert response.status_code == 200, response.content[:300]
    assert response.json()["success"] is True
    draft = EpisodePage.objects.get(pk=episode.pk).get_latest_revision_as_object()
    assert draft.summary == TYPED_SUMMARY
    assert [block.block_type for block in draft.body][-1] == "video"  # the empty block is kept for later
    assert len(draft.episode_themes.all()) == episode.episode_themes.count()  # the empty row is left out
    assert EpisodePage.objects.get(pk=episode.pk).summary != TYPED_SUMMARY  # the live page is untouched


def test_nothing_typed_is_lost_on_reload(editor_client, episode):
    autosave(editor_client, episode, with_empty_new_rows(episode))
    html = editor_client.get(f"/admin/pages/{episode.pk}/edit/").content.decode()
    assert TYPED_SUMMARY.replace("’", "&#x27;") in html or TYPED_SUMMARY in html


def test_submitting_still_asks_for_the_missing_address_and_theme(editor_client, episode):
    data = with_empty_new_rows(episode) | {"action-submit": "Soumettre"}
    response = editor_client.post(f"/admin/pages/{episode.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with its errors
    errors = response.context["form"]
    assert list(errors.formsets["episode_themes"].errors[-1]) == ["theme"]  # « Champ requis. »
    assert "body" in errors.errors
    assert TYPED_SUMMARY in response.content.decode().replace("&#x27;", "’")


def test_an_invalid_video_address_is_still_refused_in_a_draft(editor_client, episode):
    data = with_empty_new_rows(episode)
    count = int(data["body-count"]) - 1
    data[f"body-{count}-value-url"] = "https://example.org/video"
    response = autosave(editor_client, episode, data)
    assert response.status_code == 400 and response.json()["error_code"] == "validation_error"
