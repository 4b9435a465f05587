"""The site behind a real Varnish with deploy/varnish/site.vcl: a second anonymous request is a hit, a
logged-in one never is, a revisit costs a 304, publishing a French episode purges every French address
that shows it and nothing in English, and a purge from elsewhere is refused. Skipped, with the reason,
when Varnish is not installed."""

import subprocess

import pytest

from django.test import Client

from series.models import EpisodePage
from tests.support.varnish import VCL_FOLDER, request, running_varnish, varnishd

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def varnish(live_server, settings):
    backend_port = int(live_server.url.rsplit(":", 1)[1])
    with running_varnish(backend_port) as port:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "caching.frontend.VarnishBackend", "LOCATION": f"http://127.0.0.1:{port}"}
        }
        yield port


def cached(port, path):
    """Fetch twice: whether the second answer came from Varnish's cache."""
    first = request(port, path)
    assert first.status == 200, (path, first.status)
    return request(port, path).header("X-Cache") == "HIT"


def test_the_vcl_passes_its_own_varnishtest():
    varnishd()  # skips with the reason when Varnish is missing
    done = subprocess.run(
        ["varnishtest", "-q", str(VCL_FOLDER / "tests" / "site.vtc")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def test_a_second_anonymous_request_is_a_hit_with_its_age(varnish):
    first = request(varnish, "/fr/")
    second = request(varnish, "/fr/")
    assert first.header("X-Cache") == "MISS" and second.header("X-Cache") == "HIT"
    assert second.header("Age") is not None and second.body == first.body
    assert "s-maxage=86400" in second.header("Cache-Control")


def test_a_logged_in_request_is_never_cached(varnish, admin_user):
    client = Client()
    client.force_login(admin_user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    answers = [request(varnish, "/fr/", headers={"Cookie": cookie}) for _ in range(2)]
    assert [answer.header("X-Cache") for answer in answers] == ["PASS", "PASS"]
    assert "private" in answers[1].header("Cache-Control")
    assert request(varnish, "/fr/").header("X-Cache") == "MISS"  # the logged-in page was not kept for others


def test_a_revisit_with_the_current_version_costs_a_304_with_no_body(varnish):
    tag = request(varnish, "/fr/").header("ETag")
    revisit = request(varnish, "/fr/", headers={"If-None-Match": tag})
    assert revisit.status == 304 and revisit.body == b""


def addresses(language, number=1):
    episode = EpisodePage.objects.get(locale__language_code=language, number=number)
    series = episode.get_parent().specific
    theme_pages = [path for path in episode.addresses_showing_this() if "/themes/" in path]
    return {
        "episode": episode.url,
        "series": series.url,
        "home": f"/{language}/",
        "feed": series.feed_url,
        "themes": theme_pages,
        "other episode": EpisodePage.objects.get(locale__language_code=language, number=2).url,
    }


def flatten(found):
    return [path for value in found.values() for path in (value if isinstance(value, list) else [value])]


def test_publishing_a_french_episode_purges_what_shows_it_in_french_and_nothing_in_english(varnish):
    french, english = flatten(addresses("fr")), flatten(addresses("en"))
    assert all(cached(varnish, path) for path in french + english)

    EpisodePage.objects.get(locale__language_code="fr", number=1).save_revision().publish()

    still_cached = {path: request(varnish, path).header("X-Cache") == "HIT" for path in french + english}
    assert not any(still_cached[path] for path in french), still_cached
    assert all(still_cached[path] for path in english), still_cached


def test_a_purge_from_elsewhere_is_refused(varnish):
    assert cached(varnish, "/fr/")
    refused = request(varnish, "/fr/", method="PURGE", source="127.0.0.2")
    assert refused.status == 405
    assert request(varnish, "/fr/", method="BAN", headers={"X-Ban-Prefix": "/"}, source="127.0.0.2").status == 405
    assert request(varnish, "/fr/").header("X-Cache") == "HIT"
