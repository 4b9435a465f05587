"""The interactive transcript in a real browser: a segment's time plays the video from there through the
facade (nothing asked of another host before), a deep link opens at its segment, and without JavaScript the
times are plain links to the video at that moment."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.demo_transcripts import TRANSCRIPTS
from series.models import EpisodePage
from tests.support.browser import OutsideRequests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def episode_address(live_server, language="fr"):
    return live_server.url + EpisodePage.objects.get(locale__language_code=language, number=2).url


def player_source(page):
    page.wait_for_selector(".video__frame iframe")
    return page.locator(".video__frame iframe").get_attribute("src")


def seconds_of(index):
    return int(TRANSCRIPTS[2][index][0])


def test_a_segments_time_plays_the_video_from_there_by_mouse_and_by_keyboard(live_server, context):
    outside = OutsideRequests(context)
    page = context.new_page()
    page.goto(episode_address(live_server))
    assert outside.outside == []
    times = page.locator(".transcript__time")
    times.nth(5).click()
    assert player_source(page).endswith(f"#t={seconds_of(5)}s")  # the demo's second episode is on Vimeo
    assert page.locator(f'[id="t={seconds_of(5)}"]').get_attribute("aria-current") == "true"

    page.goto(episode_address(live_server, "en"))
    page.locator(".transcript__time").nth(8).focus()
    page.keyboard.press("Enter")
    assert player_source(page).endswith(f"#t={seconds_of(8)}s")
    assert all("vimeo.com" in url for url in outside.outside)  # only once asked to play


def test_a_deep_link_opens_at_its_segment_ready_to_play_from_it(live_server, context):
    OutsideRequests(context)
    page = context.new_page()
    seconds = seconds_of(12)
    page.goto(f"{episode_address(live_server)}#t={seconds}")
    segment = page.locator(f'[id="t={seconds}"]')
    assert segment.get_attribute("aria-current") == "true"
    assert segment.is_visible() and segment.bounding_box()["y"] < page.viewport_size["height"]
    page.locator(".video__play").click()
    assert player_source(page).endswith(f"#t={seconds}s")
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()


def test_without_javascript_the_transcript_reads_as_text_with_links_to_each_moment(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(episode_address(live_server, "en"))
    links = page.locator(".transcript__time")
    assert links.count() == len(TRANSCRIPTS[2])
    assert links.nth(3).get_attribute("href").endswith(f"#t={seconds_of(3)}s")
    assert TRANSCRIPTS[2][3][3].en in page.locator(".transcript").inner_text()
    context.close()


def test_while_the_video_plays_the_segment_being_said_is_marked_without_moving_the_focus(live_server, context):
    OutsideRequests(context)
    page = context.new_page()
    page.goto(episode_address(live_server))
    page.locator(".video__play").click()
    page.wait_for_selector(".video__frame iframe")
    focused = page.evaluate("document.activeElement.tagName")
    scrolled = page.evaluate("window.scrollY")
    said_at = TRANSCRIPTS[2][7][0] + 1.5
    # What Vimeo's player posts to the page while it plays (no script of its own runs here).
    page.evaluate(
        """seconds => window.dispatchEvent(new MessageEvent("message", {
            origin: "https://player.vimeo.com",
            data: JSON.stringify({event: "timeupdate", data: {seconds: seconds}}),
        }))""",
        said_at,
    )
    assert page.locator(".transcript__segment[aria-current='true']").get_attribute("id") == f"t={seconds_of(7)}"
    assert page.evaluate("document.activeElement.tagName") == focused
    assert page.evaluate("window.scrollY") == scrolled
    # A message from any other origin is ignored.
    page.evaluate(
        """() => window.dispatchEvent(new MessageEvent("message", {
            origin: "https://evil.example",
            data: JSON.stringify({event: "timeupdate", data: {seconds: 1}}),
        }))"""
    )
    assert page.locator(".transcript__segment[aria-current='true']").get_attribute("id") == f"t={seconds_of(7)}"
