"""Production readiness: deploy checks, security headers, no cookies, host checking, page cache, health."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.conf import settings as django_settings
from django.test import override_settings

from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory

ROOT = Path(django_settings.BASE_DIR)
PUBLIC_PAGES = [
    "home-fr",
    "home-en",
    "series-fr",
    "episode-fr",
    "episode-en",
    "theme-fr",
    "search-fr",
    "search-en",
    "digest-fr",
]
# The slugs of the series and episode built below, in both languages.
SLUGS = {"une-serie": "a-series", "un-episode": "an-episode"}


@pytest.fixture
def built(french):
    """A published series, episode and theme, in French and English."""
    theme = ThemeFactory()
    series = SeriesPageFactory(slug="une-serie", published=True)
    episode = EpisodePageFactory(
        parent=series, slug="un-episode", body__0="video", body__1="recommendation", themes=[theme], published=True
    )
    english_theme = translate_into_english(theme)
    translate_into_english(series, SLUGS)
    return {
        "series": series,
        "episode": episode,
        "theme": theme,
        "english_episode": translate_into_english(episode, SLUGS),
        "english_theme": english_theme,
    }


@pytest.fixture
def public_pages(built):
    """Each kind of public page: its address."""
    return {
        "home-fr": "/fr/",
        "home-en": "/en/",
        "series-fr": built["series"].url,
        "episode-fr": built["episode"].url,
        "episode-en": built["english_episode"].url,
        "theme-fr": f"/fr/themes/{built['theme'].slug}/",
        "search-fr": "/fr/recherche/",
        "search-en": "/en/search/?q=episode",
        "digest-fr": built["series"].digest_url,
    }


def production_environment(**extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "travail-pair.example",
        **extra,
    }


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deploy_checks_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env=production_environment(SECRET_KEY=""))
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_pages_have_the_full_header_set_and_the_strict_policy(client, public_pages, page):
    response = client.get(public_pages[page], secure=True)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe" not in policy
    assert directives["frame-src"] == "https://www.youtube-nocookie.com https://player.vimeo.com"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    hsts = response["Strict-Transport-Security"]
    assert int(hsts.split("max-age=")[1].split(";")[0]) >= 365 * 24 * 3600
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_public_pages_set_no_cookie(client, public_pages):
    for path in public_pages.values():
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path


def test_the_admin_has_its_own_workable_policy(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy and "frame-ancestors 'self'" in policy


def test_an_unknown_host_gets_400(client):
    assert client.get("/fr/", HTTP_HOST="evil.example").status_code == 400


def test_healthz_checks_the_database(client):
    response = client.get("/healthz/")
    assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"] and not response.cookies


def test_a_published_change_appears_at_once_although_the_page_was_cached(client, built):
    episode = built["episode"]
    assert client.get(episode.url).get("X-Page-Cache") == "miss"
    assert client.get(episode.url).get("X-Page-Cache") == "hit"

    episode.title = "Un titre revu"
    episode.save_revision().publish()

    response = client.get(episode.url)
    assert response.get("X-Page-Cache") == "miss" and "Un titre revu" in response.content.decode()


def test_a_published_change_appears_on_the_cached_pages_that_list_it(client, built):
    episode = built["episode"]
    series_url = built["series"].url
    assert episode.title in client.get(series_url).content.decode()
    assert client.get(series_url).get("X-Page-Cache") == "hit"

    episode.title = "Un titre revu"
    episode.save_revision().publish()
    assert "Un titre revu" in client.get(series_url).content.decode()


def test_a_renamed_theme_appears_at_once_on_the_cached_episode_page(client, built):
    episode, theme = built["episode"], built["theme"]
    assert theme.name in client.get(episode.url).content.decode()
    assert client.get(episode.url).get("X-Page-Cache") == "hit"

    theme.name = "Un thème renommé"
    theme.save()
    assert "Un thème renommé" in client.get(episode.url).content.decode()


def test_logged_in_editors_never_get_cached_pages(admin_client, client, built):
    episode = built["episode"]
    client.get(episode.url)
    assert admin_client.get(episode.url).get("X-Page-Cache") is None


FAILING_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    }
}


def test_pages_still_answer_when_the_cache_is_down(client, built):
    paths = ["/fr/", built["episode"].url, "/fr/recherche/?q=episode", "/healthz/"]
    with override_settings(CACHES=FAILING_REDIS):  # Django swaps the cache handlers
        answers = {path: client.get(path).status_code for path in paths}
    for path in paths:
        assert answers[path] == 200, path


LANGUAGE_TAGS = st.sampled_from(["fr", "en", "de", "fr-FR", "en-GB", "zz", "*", "", "fr;q=0.5, en;q=0.9", "x" * 300])
SEGMENTS = st.one_of(
    st.sampled_from([*SLUGS, *SLUGS.values(), "themes", "recherche", "search", "rss", "recommandations", ".."]),
    st.text(min_size=0, max_size=40),
)


@settings(
    max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(["", "fr/", "en/", "de/", "FR/", "fr-fr/", "admin/", "documents/"]),
    segments=st.lists(SEGMENTS, max_size=4),
    accept_language=LANGUAGE_TAGS,
)
def test_no_path_or_language_makes_the_site_fail(client, built, prefix, segments, accept_language):
    path = "/" + prefix + "/".join(segments)
    # Passed on as a WSGI server does (UTF-8 bytes read as Latin-1): the test client's own URL parsing
    # refuses paths such as "//[", which a real client can send.
    environ = {"PATH_INFO": path.encode().decode("latin-1"), "REQUEST_METHOD": "GET"}
    response = client.request(**environ, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code != 500
    assert b"Traceback" not in response.content


def observatory_score(response):
    """Mozilla HTTP Observatory's scoring of these headers (its published rubric): 100 is the base,
    each weakness costs points, a few strengths add some; A+ is 100 or more."""
    score = 100
    policy = response.get("Content-Security-Policy", "")
    directives = dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip())
    scripts = directives.get("script-src", directives.get("default-src", ""))
    if not policy:
        score -= 25
    elif "'unsafe-inline'" in scripts or "'unsafe-eval'" in scripts:
        score -= 20
    hsts = response.get("Strict-Transport-Security", "")
    if not hsts:
        score -= 20
    elif int(hsts.split("max-age=")[1].split(";")[0]) < 15_768_000:
        score -= 10
    if response.get("X-Frame-Options") not in ("DENY", "SAMEORIGIN") and "frame-ancestors" not in directives:
        score -= 20
    if response.get("X-Content-Type-Options") != "nosniff":
        score -= 5
    if response.get("Referrer-Policy") in (
        "no-referrer",
        "same-origin",
        "strict-origin",
        "strict-origin-when-cross-origin",
    ):
        score += 5
    if response.cookies:
        score -= 40
    return score


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_headers_reach_grade_a_plus_on_the_observatory_rubric(client, public_pages, page):
    assert observatory_score(client.get(public_pages[page], secure=True)) >= 100


def test_an_unknown_host_gets_400_even_where_pages_are_not_cached(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert client.get("/fr/", HTTP_HOST="evil.example").status_code == 400
    assert client.get("/fr/recherche/?q=episode", HTTP_HOST="evil.example").status_code == 400
