"""Editors see their draft in the preview panel: the admin may frame a preview, nobody else may."""

import pytest

from tests.support.forms import episode_form_data_from_page

DRAFT_TITLE = "Rôles et missions, le brouillon de juin"


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.fixture
def episode(french_episode):
    return french_episode


def preview_draft(client, episode, title=DRAFT_TITLE):
    data = episode_form_data_from_page(episode)
    data["title"] = title
    preview = f"/admin/pages/{episode.pk}/edit/preview/"
    assert client.post(preview, data).json() == {"is_valid": True, "is_available": True}
    return client.get(preview, {"in_preview_panel": "true"})


def test_the_preview_panel_may_frame_an_editors_draft(editor_client, episode):
    response = preview_draft(editor_client, episode)
    assert response.status_code == 200
    assert f"<title>{DRAFT_TITLE}" in response.content.decode()
    assert directives(response)["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_a_preview_keeps_the_public_pages_strict_policy_but_for_its_framing(editor_client, client, episode):
    preview = directives(preview_draft(editor_client, episode))
    public = directives(client.get(episode.url))
    assert public["frame-ancestors"] == "'none'"
    assert preview.pop("frame-ancestors") == "'self'"
    public.pop("frame-ancestors")
    assert preview == public
    assert "unsafe" not in " ".join(preview.values())


def test_public_pages_still_refuse_every_frame(client, episode):
    response = client.get(episode.url)
    assert directives(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_a_preview_never_enters_the_page_cache(editor_client, client, settings, episode):
    settings.PAGE_CACHE_ENABLED = True
    assert DRAFT_TITLE in preview_draft(editor_client, episode).content.decode()
    response = client.get(episode.url)
    assert response["X-Page-Cache"] == "miss"  # the preview left nothing behind for the page's address
    assert DRAFT_TITLE not in response.content.decode()
    assert episode.title in response.content.decode()


def test_a_preview_never_shows_another_persons_draft(editor_client, episode, django_user_model):
    preview_draft(editor_client, episode)
    colleague = django_user_model.objects.create_superuser("collegue", "collegue@example.org", "une phrase longue")
    editor_client.force_login(colleague)
    response = editor_client.get(f"/admin/pages/{episode.pk}/edit/preview/", {"in_preview_panel": "true"})
    assert DRAFT_TITLE not in response.content.decode()
