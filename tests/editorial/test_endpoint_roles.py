"""Roles hold on every endpoint that changes content, wagtail-localize's included (issue 15).

The matrix: editor, moderator, translator and anonymous × each admin and localize endpoint, on the
demo's English episode (a page translation) and English theme (a snippet translation). The rules
are written down in editorial/guards.py.
"""

from urllib.parse import urlencode

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse

from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from editorial.groups import EDITORS, MODERATORS, TRANSLATORS
from series.models import EpisodePage, Theme
from tests.support.localize import segments, translation_for
from tests.support.roles import member_of, refused

ROLES = ["editor", "moderator", "translator", "anonymous"]
GROUPS = {"editor": EDITORS, "moderator": MODERATORS, "translator": TRANSLATORS}


def client_as(role):
    client = Client()
    if role != "anonymous":
        client.force_login(member_of(GROUPS[role], f"{role}-matrix"))
    return client


@pytest.fixture
def demo(french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    theme = Theme.objects.get(locale=french, slug="faire-du-lien")
    return {
        "episode": episode,
        "english_episode": episode.get_translation(english),
        "episode_translation": translation_for(episode, english),
        "theme_translation": translation_for(theme, english),
    }


def put(client, url, value):
    return client.generic("PUT", url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def edit_string(client, translation):
    segment = segments(translation).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return put(client, url, "A translation typed by whoever may")


def upload_po(client, translation):
    po = str(translation.export_po()).encode()
    upload = SimpleUploadedFile("t.po", po, content_type="text/x-gettext-translation")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    return client.post(url, {"file": upload, "next": "/admin/snippets/"})


def stop(client, translation):
    return client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": "/admin/pages/"})


# Each endpoint: what it does (client, demo) -> response, and who may do it.
ENDPOINTS = {
    "edit an English page's strings": (
        lambda client, demo: edit_string(client, demo["episode_translation"]),
        {"moderator", "translator"},
    ),
    "edit an English theme's strings": (
        lambda client, demo: edit_string(client, demo["theme_translation"]),
        {"moderator", "translator"},
    ),
    "upload a PO file for an English theme": (
        lambda client, demo: upload_po(client, demo["theme_translation"]),
        {"moderator", "translator"},
    ),
    "stop synchronising an English page": (
        lambda client, demo: stop(client, demo["episode_translation"]),
        {"moderator"},
    ),
    "stop synchronising an English theme": (
        lambda client, demo: stop(client, demo["theme_translation"]),
        {"moderator"},
    ),
    "convert an English page to an alias": (
        lambda client, demo: client.post(
            reverse("wagtail_localize:convert_to_alias", args=[demo["english_episode"].pk]), {"next": "/admin/pages/"}
        ),
        {"moderator"},
    ),
    "send a French page to translation": (
        lambda client, demo: client.get(reverse("wagtail_localize:submit_page_translation", args=[demo["episode"].pk])),
        {"moderator", "translator"},
    ),
    # Translators translate French themes; they do not add themes of their own (editorial/groups.py).
    "open the form to add an English theme": (
        lambda client, demo: client.get(reverse("wagtailsnippets_series_theme:add") + "?locale=en"),
        {"moderator"},
    ),
    "open the form to add a French theme": (
        lambda client, demo: client.get(reverse("wagtailsnippets_series_theme:add") + "?locale=fr"),
        {"moderator", "editor"},
    ),
    "unpublish the French episode": (
        lambda client, demo: client.post(reverse("wagtailadmin_pages:unpublish", args=[demo["episode"].pk])),
        {"moderator"},
    ),
    "delete the English episode": (
        lambda client, demo: client.post(reverse("wagtailadmin_pages:delete", args=[demo["english_episode"].pk])),
        {"moderator"},
    ),
}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
@pytest.mark.parametrize("role", ROLES)
def test_role_by_endpoint_matrix(role, endpoint, demo):
    do, allowed_roles = ENDPOINTS[endpoint]
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = do(client_as(role), demo)
    assert refused(response) == (role not in allowed_roles), (role, endpoint, response.status_code)


def update_and_publish(client, source):
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, {"publish_translations": "on"})


def test_a_translator_cannot_publish_through_update_translations(demo):
    """Finding 2: « publier immédiatement » is not offered to translators, and a ticked box is ignored."""
    english = demo["english_episode"]
    live_revision = english.live_revision_id
    source = TranslationSource.objects.get_for_instance(demo["episode"])
    translator = client_as("translator")
    form = translator.get(reverse("wagtail_localize:update_translations", args=[source.pk])).content.decode()
    assert 'name="publish_translations"' not in form

    update_and_publish(translator, source)
    english.refresh_from_db()
    assert english.live_revision_id == live_revision


def test_a_moderator_still_publishes_through_update_translations(demo):
    english = demo["english_episode"]
    live_revision = english.live_revision_id
    source = TranslationSource.objects.get_for_instance(demo["episode"])
    moderator = client_as("moderator")
    form = moderator.get(reverse("wagtail_localize:update_translations", args=[source.pk])).content.decode()
    assert 'name="publish_translations"' in form
    update_and_publish(moderator, source)
    english.refresh_from_db()
    assert english.live_revision_id != live_revision


def override_url(translation, field_path):
    segment = OverridableSegment.objects.get(source=translation.source, context__field_path=field_path)
    return reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])


@pytest.mark.parametrize("role", ["translator", "moderator"])
def test_the_video_address_cannot_be_overridden(role, demo):
    """Finding 3: the video address is synchronised; wagtail-localize's override is refused outright."""
    translation = demo["episode_translation"]
    response = put(client_as(role), override_url(translation, "body.video.url"), "https://vimeo.com/123456789")
    assert response.status_code == 200  # shown under the segment by wagtail-localize's editor
    assert "vidéo" in response.json()["error"]
    assert not SegmentOverride.objects.filter(locale=translation.target_locale).exists()


@pytest.mark.parametrize("value", ["javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "data:text/html,x"])
def test_a_javascript_override_is_refused_and_nothing_is_published(value, demo, english):
    """Finding 3: whatever the override, a non-web address is refused with a clear message."""
    translation = demo["episode_translation"]
    segment = OverridableSegment.objects.filter(source=translation.source).first()
    segment.context.field_path = "body.video.captions_url"  # an overridable, translated link
    segment.context.save()
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    response = put(client_as("translator"), url, value)
    assert response.status_code == 200 and "liens web" in response.json()["error"]
    assert not SegmentOverride.objects.filter(locale=english).exists()


def test_any_save_path_refuses_unsafe_links_in_an_episode(demo):
    """Finding 3: the page itself refuses them, whatever wrote them (translation editor, PO file, script)."""
    from django.core.exceptions import ValidationError

    english = demo["english_episode"]
    blocks = [dict(block) for block in english.body.raw_data]
    video = next(block for block in blocks if block["type"] == "video")
    video["value"] = {**video["value"], "captions_url": "javascript:alert(1)"}
    english.body = blocks
    with pytest.raises(ValidationError) as refused_save:
        english.save_revision()
    assert set(refused_save.value.message_dict) == {"body"}  # a transcript holds plain text, never links

    video["value"] = {**video["value"], "captions_url": "", "url": "https://example.org/not-a-video"}
    english.body = blocks
    with pytest.raises(ValidationError):
        english.full_clean()


def test_a_web_address_override_still_goes_through(demo, english):
    translation = demo["episode_translation"]
    segment = OverridableSegment.objects.filter(source=translation.source).first()
    segment.context.field_path = "body.video.captions_url"
    segment.context.save()
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    response = put(client_as("translator"), url, "https://example.org/captions-en.vtt")
    assert response.status_code in (200, 201) and response.json()["error"] is None
    assert SegmentOverride.objects.filter(locale=english).count() == 1
