"""A month's episode from the editor's first word to the visitor, in a real browser, in the French admin.

An editor writes it with every block type and sees it in the preview panel, then submits it; a
moderator schedules and approves it; a translator translates it and submits the English page for
review; a moderator publishes it; a visitor reads both. Screenshots of each step go to
test-artefacts/admin-journey/.
"""

import io
import re
from datetime import timedelta

import pytest
import time_machine
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from django.core.management import call_command
from django.utils import timezone

from editorial.groups import EDITORS, MODERATORS, TRANSLATORS
from series.models import EpisodePage, SeriesPage
from tests.support.browser import ARTEFACTS, OutsideRequests
from tests.support.french_admin import FORBIDDEN_STRINGS
from tests.support.localize import segments, translation_for, untranslated_segments
from tests.support.roles import member_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = ARTEFACTS / "admin-journey"
expect.set_options(timeout=20_000)  # the admin on a busy 2-core machine
PASSWORD = "une phrase assez longue pour le test"
TITLE = "L'équipe élargie"
SLUG = "lequipe-elargie"
ENGLISH_TITLE = "The wider team"


@pytest.fixture
def people(transactional_db):
    users = {}
    for name, group in (("editrice", EDITORS), ("moderateur", MODERATORS), ("traducteur", TRANSLATORS)):
        user = member_of(group, name)
        user.set_password(PASSWORD)
        user.email = f"{name}@example.org"
        user.save()
        users[group] = user
    return users


class Session:
    """One person's browser session in the admin."""

    def __init__(self, browser, base_url, user, width=1280):
        self.base_url = base_url
        self.context = browser.new_context(viewport={"width": width, "height": 900}, locale="fr-FR")
        self.outside = OutsideRequests(self.context)
        self.page = self.context.new_page()
        self.page.goto(base_url + "/admin/login/")
        self.page.fill("#id_username", user.username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("button[type=submit]")
        expect(self.page).to_have_url(re.compile(r"/admin/$"))

    def goto(self, path):
        self.page.goto(self.base_url + path)

    def shot(self, name):
        """A screenshot of the admin as this person sees it; taken again once a navigation under way has ended
        (Chromium cannot capture a page mid-navigation)."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):
            try:
                self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
                return
            except PlaywrightError:
                self.page.wait_for_load_state()
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)

    def english_left(self):
        text = self.page.locator("body").inner_text()
        return [string for string in FORBIDDEN_STRINGS if re.search(rf"(?<!\w){re.escape(string)}(?!\w)", text)]

    def close(self):
        assert self.outside.outside == []
        self.context.close()


def add_block(page, label):
    page.locator("button[title='Insérer un bloc']:visible").last.click()  # the open tab's (the body's)
    page.locator(".w-combobox__option", has_text=label).first.click()


def write_episode(page):
    """Fill every field of a new episode; its blocks are body-0 (video) to body-3 (paragraph)."""
    page.fill("#id_title", TITLE)
    page.fill("#id_number", "3")
    page.fill("#id_summary", "Quand la structure s’ouvre aux travailleurs pairs, toute l’équipe change.")
    add_block(page, "Vidéo")
    page.fill("[name='body-0-value-url']", "https://www.youtube.com/watch?v=rtpEpisode3")
    page.fill("[name='body-0-value-title']", "Raconter le travail pair, épisode 3")
    add_block(page, "Citation")
    page.fill("[name='body-1-value-text']", "On ne travaille plus à côté des gens, mais avec eux.")
    page.fill("[name='body-1-value-speaker_role']", "Travailleur pair")
    add_block(page, "Recommandation")
    page.fill("[name='body-2-value-title']", "Présenter le travailleur pair à toute l’équipe")
    page.fill("[name='body-2-value-text']", "Dès son arrivée, dire ce qu’il fait et pourquoi.")
    add_block(page, "Paragraphe")
    paragraph = page.locator("[data-field]", has=page.locator("input[name='body-3-value']"))
    editor = paragraph.locator("[contenteditable=true]")
    editor.click()
    editor.press_sequentially("Une équipe élargie se construit dans la durée.")
    # Draftail keeps the text in a hidden input, updated a moment after typing.
    expect(page.locator("input[name='body-3-value']")).to_have_value(re.compile("se construit dans la durée"))


def test_a_months_episode_from_the_editor_to_the_visitor(live_server, browser, people, settings):
    # Wagtail's autosave (tests/editorial/test_autosave.py) is off here: on a loaded machine, its request for
    # the new page could land while the editor's own « Enregistrer le brouillon » was posted from the add
    # form, which then found the number and the slug taken. This journey is about the people, not autosave.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    series = SeriesPage.objects.get(locale__language_code="fr")

    # 1. The editor writes the episode, with every block type, and sees it in the preview panel.
    editor = Session(browser, live_server.url, people[EDITORS])
    editor.goto(f"/admin/pages/add/series/episodepage/{series.pk}/")
    write_episode(editor.page)
    editor.page.locator("#id_number").focus()
    editor.page.fill("#id_summary", "")
    editor.page.locator("#id_number").focus()  # leaving the required summary empty says so at once
    summary_hint = editor.page.locator("[data-contentpath='summary'] [data-required-hint]")
    expect(summary_hint).to_have_text("Ce champ est obligatoire.")
    editor.page.fill("#id_summary", "Quand la structure s’ouvre aux travailleurs pairs, toute l’équipe change.")
    expect(summary_hint).to_have_count(0)
    editor.shot("1-editor-writes")
    editor.page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(editor.page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    editor.shot("1b-editor-saved")
    episode = EpisodePage.objects.get(locale__language_code="fr", number=3)
    assert episode.slug == SLUG

    editor.page.locator("[data-side-panel-toggle='preview']").click()
    preview = editor.page.frame_locator("iframe[data-w-preview-target='iframe']").last
    expect(preview.locator("h1")).to_have_text(TITLE, timeout=15_000)
    editor.shot("2-editor-previews")
    assert editor.english_left() == []

    editor.page.locator("footer .w-dropdown__toggle").first.click()
    editor.page.locator("button[name='action-submit']").click()
    editor.page.wait_for_load_state()
    editor.shot("3-editor-submits")
    errors = editor.page.locator(".error-message").evaluate_all(
        "found => found.map(m => (m.closest('[data-field]')?.querySelector('[name]') || {}).name + ': ' + m.innerText)"
    )
    assert errors == []
    expect(editor.page).to_have_url(re.compile(rf"/admin/pages/{series.pk}/$"))  # back to the series
    expect(editor.page.get_by_text("En cours de modération").first).to_be_visible()
    editor.close()
    assert not EpisodePage.objects.get(pk=episode.pk).live

    # 2. The moderator finds it waiting, schedules it and approves it.
    moderator = Session(browser, live_server.url, people[MODERATORS])
    expect(moderator.page.locator("main")).to_contain_text(TITLE)
    moderator.shot("4-moderator-dashboard")
    assert moderator.english_left() == []
    go_live = (timezone.localtime() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    moderator.goto(f"/admin/pages/{episode.pk}/edit/")
    moderator.page.locator("[data-side-panel-toggle='status']").click()
    moderator.page.get_by_role("button", name=re.compile("Programmer|Définir")).first.click()
    moderator.page.fill("#id_go_live_at", go_live.strftime("%Y-%m-%d %H:%M"))
    moderator.shot("5-moderator-schedules")
    moderator.page.keyboard.press("Tab")  # closes the date picker
    moderator.page.get_by_role("button", name="Enregistrer la programmation").dispatch_event("click")
    expect(moderator.page.locator(".messages")).to_be_visible()
    moderator.page.locator("footer .w-dropdown__toggle").first.click()
    moderator.page.locator("button[data-workflow-action-name='approve']").first.click()
    expect(moderator.page.locator(".messages")).to_be_visible()
    moderator.shot("6-moderator-approves")
    moderator.close()
    episode.refresh_from_db()
    assert not episode.live and episode.get_latest_revision().approved_go_live_at == go_live

    # 3. The translator translates it and submits the English page for review.
    translator = Session(browser, live_server.url, people[TRANSLATORS])
    translator.goto("/admin/translation-status/")  # Rapports → État des traductions: their to-do list
    translator.shot("7a-translator-report")
    translator.page.locator("tr", has_text=TITLE).get_by_role("link", name=re.compile("Traduire")).click()
    expect(translator.page.locator("input[name='locales']:checked")).to_have_count(1)  # English, pre-selected
    assert translator.english_left() == []
    translator.shot("7-translator-sends-for-translation")
    translator.page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(translator.page.locator(".js-translation-editor")).to_be_visible()
    english = episode.get_translation(episode.get_translations().get().locale)
    translation = translation_for(episode, english.locale)
    token = translator.page.locator("input[name=csrfmiddlewaretoken]").first.input_value()
    for segment in segments(translation):
        english_text = ENGLISH_TITLE if segment.string.data == TITLE else f"EN: {segment.string.data}"
        if segment.context.path.endswith("slug"):
            english_text = "the-wider-team"
        response = translator.page.request.put(
            f"{live_server.url}/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            form={"value": english_text},
            headers={"X-CSRFToken": token},
        )
        assert response.ok, response.text()[:300]
    assert untranslated_segments(translation) == []
    translator.page.reload()
    expect(translator.page.locator("[data-translation-hand-off]")).to_be_visible()
    assert translator.english_left() == []
    translator.shot("8-translator-translates")
    translator.page.get_by_role("button", name="Soumettre pour relecture").click()
    expect(translator.page.locator("[data-translation-hand-off]")).to_contain_text("Soumise pour relecture")
    translator.shot("9-translator-submits-for-review")
    translator.close()

    # 4. A moderator sees the English page waiting and publishes it.
    moderator = Session(browser, live_server.url, people[MODERATORS])
    expect(moderator.page.locator("main")).to_contain_text(ENGLISH_TITLE)
    moderator.shot("10-moderator-sees-the-translation-waiting")
    moderator.goto(f"/admin/pages/{english.pk}/edit/")
    moderator.page.locator(".js-translation-editor footer .w-dropdown__toggle").first.click()
    moderator.page.get_by_role("button", name=re.compile("Publier en")).click()
    expect(moderator.page.locator(".messages")).to_contain_text(ENGLISH_TITLE)
    moderator.shot("11-moderator-publishes-in-english")
    moderator.close()

    # 5. The French episode goes live at its date; the visitor reads both.
    with time_machine.travel(go_live + timedelta(minutes=5), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())
    episode.refresh_from_db()
    english.refresh_from_db()
    assert episode.live and english.live
    visitor = browser.new_context().new_page()
    for page, title in ((episode, TITLE), (english, ENGLISH_TITLE)):
        visitor.goto(live_server.url + page.url)
        expect(visitor.locator("h1")).to_have_text(title)
        SHOTS.mkdir(parents=True, exist_ok=True)
        visitor.screenshot(path=str(SHOTS / f"12-visitor-{page.locale.language_code}.png"))
