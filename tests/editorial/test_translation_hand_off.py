"""Translators hand their work to a moderator through Wagtail's workflow, and cannot undo a translation."""

import pytest

from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from editorial.groups import MODERATORS, TRANSLATORS
from series.models import EpisodePage
from tests.support.localize import segments, translate_string, translation_for
from tests.support.roles import member_of, refused

NEW_ENGLISH = "Everyone moves at their own pace; I walk beside them, I never set it."


@pytest.fixture
def translator():
    return member_of(TRANSLATORS, "traductrice")


@pytest.fixture
def moderator():
    user = member_of(MODERATORS, "moderateur")
    user.email = "moderateur@example.org"
    user.save()
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def english_episode(english):
    return EpisodePage.objects.get(locale=english, number=1)


@pytest.fixture
def translation(french, english):
    return translation_for(EpisodePage.objects.get(locale=french, number=1), english)


def hand_off(client, translation, action):
    with TestCase.captureOnCommitCallbacks(execute=True):
        url = reverse("editorial:hand_off_translation", args=[translation.pk])
        return client.post(url, {"action": action})


def change_one_sentence(client, translation):
    """A new English for one French sentence, wherever it is said: the quote and its transcript segment."""
    said = [segment for segment in segments(translation) if segment.string.data.startswith("Chacun a son rythme")]
    assert said
    for segment in said:
        translate_string(client, translation, segment, NEW_ENGLISH)


def test_the_translators_editor_offers_save_and_submit_and_no_undoing_action(translator, english_episode):
    html = client_for(translator).get(f"/admin/pages/{english_episode.pk}/edit/").content.decode()
    assert "data-translation-hand-off" in html and "translation-editor--hand-off" in html
    assert "Soumettre pour relecture" in html and "Enregistrer le brouillon" in html


def test_moderators_keep_wagtail_localizes_own_footer(moderator, english_episode):
    html = client_for(moderator).get(f"/admin/pages/{english_episode.pk}/edit/").content.decode()
    assert "data-translation-hand-off" not in html and "translation-editor--hand-off" not in html


def test_a_translator_cannot_stop_synchronising_nor_convert_to_an_alias(translator, translation, english_episode):
    client = client_for(translator)
    assert refused(client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])))
    convert = reverse("wagtail_localize:convert_to_alias", args=[english_episode.pk])
    assert refused(client.get(convert))
    assert refused(client.post(convert))
    assert refused(client.get(reverse("wagtailadmin_pages:delete", args=[english_episode.pk])))
    translation.refresh_from_db()
    english_episode.refresh_from_db()
    assert translation.enabled and english_episode.alias_of_id is None


def test_a_moderator_may_still_stop_synchronising(moderator, translation, english_episode):
    edit = reverse("wagtailadmin_pages:edit", args=[english_episode.pk])
    url = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    response = client_for(moderator).post(url, {"next": edit})
    assert response.status_code == 302 and response.url == edit
    translation.refresh_from_db()
    assert not translation.enabled


def test_a_submitted_translation_waits_for_a_moderator_then_goes_live(
    translator, moderator, translation, english_episode
):
    translator_client = client_for(translator)
    change_one_sentence(translator_client, translation)
    assert hand_off(translator_client, translation, "submit").status_code == 302

    english_episode.refresh_from_db()
    assert english_episode.workflow_in_progress
    assert NEW_ENGLISH not in Client().get(english_episode.url).content.decode()  # live page unchanged
    assert ["moderateur@example.org"] in [message.to for message in mail.outbox]  # the moderator is told

    moderator_client = client_for(moderator)
    dashboard = moderator_client.get("/admin/").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[english_episode.pk]) in dashboard  # awaiting their review

    translator_html = translator_client.get(f"/admin/pages/{english_episode.pk}/edit/").content.decode()
    assert "Soumise pour relecture le" in translator_html

    task_state = english_episode.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[english_episode.pk, "approve", task_state.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert moderator_client.post(approve, {"comment": ""}).status_code in (200, 302)
    english_episode.refresh_from_db()
    assert not english_episode.workflow_in_progress
    assert NEW_ENGLISH in Client().get(english_episode.url).content.decode().replace("&#x27;", "'")


def test_saving_a_draft_keeps_the_live_page_and_starts_no_review(translator, translation, english_episode):
    client = client_for(translator)
    change_one_sentence(client, translation)
    hand_off(client, translation, "save")
    english_episode.refresh_from_db()
    assert not english_episode.workflow_in_progress
    assert english_episode.has_unpublished_changes
    assert NEW_ENGLISH in english_episode.get_latest_revision_as_object().body.raw_data.__repr__()
    assert NEW_ENGLISH not in Client().get(english_episode.url).content.decode()


def test_a_translation_with_segments_left_cannot_be_submitted(translator, translation, english_episode):
    translation.source.stringsegment_set.first().string.translations.filter(locale=translation.target_locale).delete()
    response = hand_off(client_for(translator), translation, "submit")
    assert response.status_code == 302
    english_episode.refresh_from_db()
    assert not english_episode.workflow_in_progress


def test_an_editor_cannot_hand_off_an_english_page(translation):
    from editorial.groups import EDITORS

    editor = member_of(EDITORS, "redacteur")
    assert refused(hand_off(client_for(editor), translation, "submit"))
