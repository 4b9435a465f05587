"""Comments in a real browser: axe finds nothing on an episode with approved comments and its form, in both
languages; the real form, with its script, fetches a ticket and sends the comment; without JavaScript the
form page asks to send again and keeps the text. Screenshots at 320 and 1280 px wide."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from comments.models import Comment
from tests.support.browser import ARTEFACTS, OutsideRequests

from .support import episode, make_comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TYPED = "Dans notre équipe, le binôme avec une travailleuse paire a tout changé.\nMerci pour ce témoignage."


@pytest.fixture
def quick_form(settings):
    settings.COMMENTS_MINIMUM_SECONDS = 1  # the real minimum (3 s) works alike: kept short for the suite


def screenshots(page, name):
    shots = ARTEFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.locator(".comments").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=False)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_episode_with_comments_and_its_form_is_accessible(live_server, context, language):
    outside = OutsideRequests(context)
    shown = episode(language)
    make_comment(shown, name="Léa", text="Un premier commentaire.\nSur deux lignes.")
    make_comment(shown, name="Karim", text="Merci.", reply="Merci Karim, à bientôt.")
    page = context.new_page()
    page.goto(live_server.url + shown.url)
    assert page.locator(".comment").count() == 2
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    screenshots(page, f"{language}-episode-comments")
    assert outside.outside == []


def test_a_comment_sent_through_the_real_form_waits_for_a_moderator(live_server, context, quick_form):
    OutsideRequests(context)
    shown = episode("fr")
    page = context.new_page()
    page.goto(live_server.url + shown.url)
    page.get_by_label("Votre prénom ou un pseudonyme").fill("Léa")
    page.get_by_label("Votre commentaire").fill(TYPED)
    page.locator("#comment-consent").check()
    page.wait_for_function("document.querySelector(\"input[name='ticket']\").value !== ''")
    page.wait_for_timeout(1100)
    page.get_by_role("button", name="Envoyer le commentaire").click()
    page.wait_for_selector("text=Merci pour votre commentaire")
    comment = Comment.objects.get()
    assert (comment.name, comment.text, comment.state) == ("Léa", TYPED, Comment.State.PENDING)
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    page.get_by_role("link", name="Retour à l’épisode").click()
    page.wait_for_url(f"**{shown.url}")
    assert "binôme" not in page.content()  # not before a moderator approves it


def test_without_javascript_the_form_page_keeps_the_text_and_then_sends_it(live_server, browser, quick_form):
    context = browser.new_context(java_script_enabled=False)
    shown = episode("fr")
    page = context.new_page()
    page.goto(live_server.url + shown.url)
    page.get_by_label("Votre prénom ou un pseudonyme").fill("Léa")
    page.get_by_label("Votre commentaire").fill(TYPED)
    page.locator("#comment-consent").check()
    page.get_by_role("button", name="Envoyer le commentaire").click()
    page.wait_for_selector("#comment-errors")
    assert "envoyez-le à nouveau" in page.locator("#comment-errors").inner_text()
    assert page.get_by_label("Votre commentaire").input_value() == TYPED
    assert Comment.objects.count() == 0
    page.wait_for_timeout(1100)
    page.get_by_role("button", name="Envoyer le commentaire").click()
    page.wait_for_selector("text=Merci pour votre commentaire")
    assert Comment.objects.get().text == TYPED
    context.close()
