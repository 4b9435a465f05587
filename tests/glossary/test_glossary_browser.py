"""Glossary terms in a real browser: the definition opens in place from the keyboard, by touch or mouse, and
closes with Escape; without JavaScript the term is a link to its entry; an English quote's French words open
on request; axe finds nothing on the episode, the glossary and a term's page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from glossary.models import GlossaryPage
from series.models import EpisodePage
from tests.support.browser import ARTEFACTS, OutsideRequests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHRS = ".term__word:has(abbr:text-is('CHRS'))"


def episode_address(live_server, language):
    return live_server.url + EpisodePage.objects.get(locale__language_code=language, number=1).url


def tab_to(page, locator, presses=200):
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("element => document.activeElement === element"):
            return
    raise AssertionError("never reached from the keyboard")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_terms_definition_opens_from_the_keyboard_and_closes_with_escape(live_server, context, language):
    OutsideRequests(context)
    page = context.new_page()
    page.goto(episode_address(live_server, language))
    word = page.locator(CHRS)
    definition = page.locator("#term-chrs")
    assert word.get_attribute("role") == "button" and word.get_attribute("aria-expanded") == "false"
    assert not definition.is_visible()
    tab_to(page, word)
    page.keyboard.press("Enter")
    assert definition.is_visible() and word.get_attribute("aria-expanded") == "true"
    assert page.url == episode_address(live_server, language)  # still on the episode
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    shots = ARTEFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        definition.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"{language}-episode-term-open-{width}.png"))
    page.keyboard.press("Escape")
    assert not definition.is_visible() and word.get_attribute("aria-expanded") == "false"
    page.keyboard.press(" ")
    assert definition.is_visible()


def test_a_tap_opens_and_closes_the_definition(live_server, browser):
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(episode_address(live_server, "fr"))
    page.locator(CHRS).tap()
    assert page.locator("#term-chrs").is_visible()
    page.locator(CHRS).tap()
    assert not page.locator("#term-chrs").is_visible()
    context.close()


def test_without_javascript_a_term_is_a_link_to_its_entry(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(episode_address(live_server, "fr"))
    page.locator(CHRS).click()
    page.wait_for_url("**/fr/glossaire/chrs/")
    assert page.locator("h1").inner_text() == "CHRS"
    context.close()


def test_an_english_quotes_french_words_open_on_request(live_server, context):
    page = context.new_page()
    page.goto(episode_address(live_server, "en"))
    original = page.locator(".quote__original").first
    french = original.locator("blockquote[lang=fr]")
    assert not french.is_visible()
    original.locator("summary").click()
    assert french.is_visible() and "aller-vers" in french.inner_text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_glossary_and_a_terms_page_are_accessible(live_server, context, language):
    page = context.new_page()
    glossary = GlossaryPage.objects.get(locale__language_code=language)
    shots = ARTEFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for name, path in (("glossary", glossary.url), ("glossary-term", glossary.url + "chrs/")):
        page.goto(live_server.url + path)
        results = Axe().run(page)
        assert not results.violations_count, results.generate_report()
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(shots / f"{language}-{name}-{width}.png"), full_page=True)
