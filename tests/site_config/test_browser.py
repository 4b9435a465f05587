"""Every page type in both languages, in a real browser: accessibility, privacy, keyboard, weight."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from wagtail.models import PageViewRestriction

from series.models import EpisodePage, SeriesPage, Theme
from tests.support.browser import ARTEFACTS, LOCAL_HOSTS, OutsideRequests

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WEIGHED_TYPES = {"document", "stylesheet", "script", "font"}
WEIGHT_BUDGET = 50 * 1024


def page_paths(language):
    """One address per page type, in that language."""
    series = SeriesPage.objects.get(locale__language_code=language)
    episode = EpisodePage.objects.get(locale__language_code=language, number=2)
    theme = Theme.objects.get(locale__language_code=language, slug__in=["faire-du-lien", "building-connection"])
    search = "/fr/recherche/" if language == "fr" else "/en/search/"
    return {
        "home": f"/{language}/",
        "series": series.url,
        "episode": episode.url,
        "theme": f"/{language}/themes/{theme.slug}/",
        "digest": series.digest_url,
        "search": f"{search}?q={'lien' if language == 'fr' else 'connection'}",
        "search-empty": search,
        "not-found": f"/{language}/nothing-here/",
    }


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_type_is_accessible_private_and_screenshotted(live_server, context, language):
    outside = OutsideRequests(context)
    page = context.new_page()
    blocked = []  # the strict Content-Security-Policy must never have to block anything of ours
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
    axe = Axe()
    shots = ARTEFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    failures = {}
    for page_type, path in page_paths(language).items():
        response = page.goto(live_server.url + path)
        assert response.status == (404 if page_type == "not-found" else 200), path
        assert page.locator("html").get_attribute("lang") == language
        results = axe.run(page)
        if results.violations_count:
            failures[path] = results.generate_report()
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(shots / f"{language}-{page_type}-{width}.png"), full_page=True)
    assert not failures, "\n\n".join(f"{path}\n{report}" for path, report in failures.items())
    assert outside.outside == [], "requests left 127.0.0.1 without the visitor asking"
    assert blocked == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_video_plays_from_the_keyboard_and_nothing_leaves_before(live_server, context, language):
    outside = OutsideRequests(context)
    page = context.new_page()
    page.goto(live_server.url + page_paths(language)["episode"])
    play = page.locator(".video__play")
    assert play.is_visible()
    for _ in range(60):  # Tab through the page until the play button has focus
        page.keyboard.press("Tab")
        if play.evaluate("button => document.activeElement === button"):
            break
    else:
        pytest.fail("the play button cannot be reached with Tab")
    assert outside.outside == [], "a third party was contacted before play"
    assert page.locator("iframe").count() == 0

    page.keyboard.press("Enter")
    iframe = page.locator(".video iframe")
    iframe.wait_for()
    src = iframe.get_attribute("src")
    assert urlsplit(src).hostname in {"www.youtube-nocookie.com", "player.vimeo.com"}
    assert "youtube-nocookie" in src or "dnt=1" in src
    assert iframe.get_attribute("title")
    page.wait_for_timeout(200)
    assert outside.outside and all(urlsplit(url).hostname not in LOCAL_HOSTS for url in outside.outside)


def test_quote_moment_starts_the_video_there(live_server, context):
    OutsideRequests(context)
    page = context.new_page()
    page.goto(live_server.url + page_paths("fr")["episode"])
    page.locator(".quote__moment").first.click()
    src = page.locator(".video iframe").get_attribute("src")
    assert "#t=35s" in src or "start=35" in src


def test_without_javascript_the_video_is_a_plain_link(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    outside = OutsideRequests(context)
    page = context.new_page()
    page.goto(live_server.url + page_paths("en")["episode"])
    assert not page.locator(".video__play").is_visible()
    assert page.locator("a.video__link").get_attribute("href").startswith("https://vimeo.com/")
    assert outside.outside == []
    context.close()


@pytest.mark.parametrize(("language", "other"), [("fr", "en"), ("en", "fr")])
def test_language_switcher_lands_on_the_same_page(live_server, context, language, other):
    OutsideRequests(context)
    page = context.new_page()
    mine, theirs = page_paths(language), page_paths(other)
    for page_type in ("home", "series", "episode", "theme", "digest"):
        page.goto(live_server.url + mine[page_type])
        page.locator(f'.language-switcher a[hreflang="{other}"]').click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == theirs[page_type], page_type
        assert page.locator("html").get_attribute("lang") == other


def test_episode_first_load_weighs_under_50_kb(live_server, context):
    OutsideRequests(context)
    page = context.new_page()
    weights = {}

    def weigh(response):
        kind = response.request.resource_type
        if kind in WEIGHED_TYPES and response.status < 300:
            response.finished()
            weights[response.url] = response.request.sizes()["responseBodySize"]  # as sent: pages are gzipped

    page.on("response", weigh)
    page.goto(live_server.url + page_paths("fr")["episode"])
    page.wait_for_load_state("networkidle")
    total = sum(weights.values())
    report = ARTEFACTS / "episode-weight.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text("\n".join(f"{size:>7} {url}" for url, size in weights.items()) + f"\n{total:>7} total\n")
    assert any(url.endswith(".css") for url in weights) and any(url.endswith(".js") for url in weights)
    assert total <= WEIGHT_BUDGET, f"{total} bytes"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_password_page_is_accessible_and_says_nothing_of_the_page(live_server, context, language):
    episode = EpisodePage.objects.get(locale__language_code=language, number=2)
    PageViewRestriction.objects.create(
        page=episode, restriction_type=PageViewRestriction.PASSWORD, password="secret-plateforme"
    )
    page = context.new_page()
    page.goto(live_server.url + episode.url)
    assert episode.title not in page.content() and episode.summary not in page.content()
    page.fill("input[name=password]", "pas le bon")
    page.locator("form.access-form button").click()
    page.wait_for_load_state()
    results = Axe().run(page)
    assert not results.violations_count, results.generate_report()
    shots = ARTEFACTS / "screenshots"
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(shots / f"{language}-password-{width}.png"), full_page=True)
    page.fill("input[name=password]", "secret-plateforme")
    page.locator("form.access-form button").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == episode.title


# The layout, page type by page type: screenshots at a phone's, a tablet's and a desktop's width.
LAYOUT_WIDTHS = (360, 768, 1280)
PHONE, DESKTOP = 360, 1280
LAYOUT_TYPES = ("home", "series", "episode", "theme", "search", "digest", "videos", "about", "contact", "themes")
CARD_GRIDS = {"home", "series", "videos", "theme"}  # pages whose episodes are a grid of cards
ORGANISATION_PAGES = {
    "videos": {"fr": "/fr/videos/", "en": "/en/videos/"},
    "about": {"fr": "/fr/a-propos/", "en": "/en/about/"},
    "contact": {"fr": "/fr/contact/", "en": "/en/contact/"},
    "themes": {"fr": "/fr/themes/", "en": "/en/themes/"},
}


def layout_path(language, page_type):
    if page_type in ORGANISATION_PAGES:
        return ORGANISATION_PAGES[page_type][language]
    return page_paths(language)[page_type]


def show_every_image(page):
    """Scroll to the bottom so that lazy images load, wait for them, and come back to the top."""
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("[...document.images].every(image => image.complete)")
    page.evaluate("window.scrollTo(0, 0)")


def card_grid_problems(page, path):
    """What is wrong with the first card list of the page at a desktop's width, if anything."""
    grid = page.locator(".card-list").first
    if not grid.count():
        return [f"{path}: no list of cards"]
    columns = grid.evaluate("list => getComputedStyle(list).gridTemplateColumns.split(' ').length")
    grid_width = grid.bounding_box()["width"]
    cards = [card.bounding_box() for card in grid.locator(":scope > li").all()]
    problems = []
    if columns < 3:
        problems.append(f"{path}: {columns} columns at {DESKTOP} px")
    if not cards:
        problems.append(f"{path}: the list of cards is empty")
    if any(card["width"] > grid_width / 3 + 0.5 for card in cards):
        problems.append(f"{path}: a card is wider than a third of the grid ({grid_width} px): {cards}")
    if len({round(card["x"]) for card in cards}) < min(len(cards), 3):
        problems.append(f"{path}: the cards are not side by side")
    return problems


@pytest.mark.parametrize("page_type", LAYOUT_TYPES)
def test_every_page_type_fits_a_phone_and_uses_a_wide_screen(live_server, context, page_type):
    outside = OutsideRequests(context)
    page = context.new_page()
    shots = ARTEFACTS / "pages"
    shots.mkdir(parents=True, exist_ok=True)
    problems = []  # gathered, so that every screenshot is taken before the test fails
    for language in ("fr", "en"):
        path = layout_path(language, page_type)
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        if page_type in ORGANISATION_PAGES:  # the other page types are checked by axe above
            results = Axe().run(page)
            if results.violations_count:
                problems.append(results.generate_report())
        for width in LAYOUT_WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            show_every_image(page)
            page.screenshot(path=str(shots / f"{language}-{page_type}-{width}.png"), full_page=True)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if width == PHONE and scroll_width > PHONE:
                problems.append(f"{path} scrolls sideways at {PHONE} px ({scroll_width} px wide)")
            if width == DESKTOP and page_type in CARD_GRIDS:
                problems.extend(card_grid_problems(page, path))
    assert problems == []
    assert outside.outside == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_menu_button_opens_and_closes_the_menu_from_the_keyboard(live_server, context, language):
    OutsideRequests(context)
    page = context.new_page()
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto(live_server.url + f"/{language}/")
    button = page.locator(".menu-toggle")
    links = page.locator(".main-nav a")
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    assert links.count() and not links.first.is_visible()

    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert all(link.is_visible() for link in links.all())
    assert page.locator("#site-menu input[name=q]").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE, "the open menu scrolls sideways"

    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('site-menu').contains(document.activeElement)")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not links.first.is_visible()
    assert button.evaluate("button => document.activeElement === button"), "the focus did not come back to the button"

    page.keyboard.press("Enter")
    assert links.first.is_visible()
    page.keyboard.press("Escape")
    assert not links.first.is_visible() and button.get_attribute("aria-expanded") == "false"


def test_without_javascript_the_menu_simply_shows(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": PHONE, "height": 800})
    OutsideRequests(context)
    page = context.new_page()
    page.goto(live_server.url + "/fr/")
    assert not page.locator(".menu-toggle").is_visible()
    assert all(link.is_visible() for link in page.locator(".main-nav a").all())
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    context.close()
