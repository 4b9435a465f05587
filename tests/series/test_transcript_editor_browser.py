"""The transcript editor in a real browser, as an editor meets it on the « Vidéo » tab: a row inserted after
another takes the focus, a row removed is gone, the numbers follow, and the draft keeps every other cue's id.
Screenshots at 1280 and 390 px go to test-artefacts/admin/."""

import re

import pytest
from playwright.sync_api import expect

from series.models import EpisodePage
from tests.support.browser import ARTEFACTS, OutsideRequests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = ARTEFACTS / "admin"
PASSWORD = "une phrase assez longue pour le test"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editrice-transcription", "e@example.org", PASSWORD)


def open_video_tab(browser, live_server, editor, episode, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="fr-FR")
    outside = OutsideRequests(context)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/pages/{episode.pk}/edit/")
    page.get_by_role("tab", name="Vidéo").click()
    return context, page, outside


def test_an_editor_inserts_and_removes_rows_and_saves_a_draft(browser, live_server, editor):
    episode = EpisodePage.objects.get(locale__language_code="fr", number=2)
    cues = episode.transcript
    context, page, outside = open_video_tab(browser, live_server, editor, episode, 1280)
    rows = page.locator("[data-transcript-rows] > li")
    expect(rows).to_have_count(len(cues))

    page.get_by_role("button", name="Insérer un segment après le segment 1", exact=True).click()
    expect(rows).to_have_count(len(cues) + 1)
    start = page.get_by_role("textbox", name="Début du segment 2", exact=True)
    expect(start).to_be_focused()
    start.fill("0:02.5")
    page.get_by_role("textbox", name="Paroles du segment 2", exact=True).fill("Une phrase ajoutée au montage.")
    expect(page.get_by_role("textbox", name="Paroles du segment 3", exact=True)).to_have_value(cues[1]["text"])

    page.get_by_role("button", name="Supprimer le segment 4", exact=True).click()
    expect(rows).to_have_count(len(cues))
    expect(page.get_by_role("textbox", name="Début du segment 4", exact=True)).to_be_focused()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("[data-transcript-editor]").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "transcript-editor-1280.png"))

    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.locator(".messages")).to_contain_text("a été mise à jour")
    saved = EpisodePage.objects.get(pk=episode.pk).get_latest_revision_as_object().transcript
    assert [cue["text"] for cue in saved] == [
        cues[0]["text"],
        "Une phrase ajoutée au montage.",
        cues[1]["text"],
        *[cue["text"] for cue in cues[3:]],
    ]
    assert saved[1]["start"] == 2.5
    assert [cue["id"] for cue in saved[2:]] == [cue["id"] for cue in [cues[1], *cues[3:]]]
    assert outside.outside == []
    context.close()


def test_the_editor_fits_a_phone_and_names_an_unreadable_time(browser, live_server, editor, settings):
    # Autosave off: it would meet the unreadable time first and only say that the form has errors.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    episode = EpisodePage.objects.get(locale__language_code="fr", number=1)
    context, page, _outside = open_video_tab(browser, live_server, editor, episode, 390)
    page.get_by_role("textbox", name="Début du segment 3", exact=True).fill("trois minutes")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.get_by_role("button", name="Aller à la première erreur").click()
    problem = "Segment 3 : le début est illisible (écrivez 4:12 ou 252)."
    expect(page.get_by_text(problem).first).to_be_visible()
    expect(page.get_by_role("textbox", name="Début du segment 3", exact=True)).to_have_value("trois minutes")
    width = page.evaluate("document.querySelector('[data-transcript-editor]').scrollWidth")
    assert width <= page.evaluate("document.querySelector('[data-transcript-editor]').clientWidth")
    page.locator(".transcript-editor__row--error").scroll_into_view_if_needed()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "transcript-editor-390-error.png"))
    context.close()
