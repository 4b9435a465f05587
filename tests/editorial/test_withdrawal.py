"""Withdrawal follows the source (editorial/withdrawal.py): a French page made private or unpublished takes
its translations with it, and the English page disappears from every place that lists it."""

from urllib.parse import urlencode

import pytest

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages

from wagtail.models import PageViewRestriction

from editorial.groups import MODERATORS
from series.models import EpisodePage, SeriesPage
from tests.support.factories import EpisodePageFactory
from tests.support.roles import member_of


@pytest.fixture
def french_episode(french):
    """The latest episode, the one every English listing shows, home included."""
    return EpisodePage.objects.get(locale=french, number=2)


@pytest.fixture
def english_episode(french_episode, english):
    return french_episode.get_translation(english)


def places(episode):
    """Every English address that lists a published episode: home, series, theme, search, feed, sitemap, digest."""
    series = episode.get_parent().specific
    theme = episode.episode_themes.first().theme
    return {
        "home": series.get_parent().url,
        "series": series.url,
        "theme": f"/en/themes/{theme.slug}/",
        "search": "/en/search/?" + urlencode({"q": episode.title}),
        "feed": series.feed_url,
        "sitemap": "/sitemap.xml",
        "digest": series.digest_url,
    }


def listed_in(client, episode):
    return {name for name, path in places(episode).items() if episode.url in client.get(path).content.decode()}


def restrict(page, restriction_type=PageViewRestriction.PASSWORD, password="mot de passe du film"):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)


def test_the_english_episode_is_listed_everywhere_to_begin_with(client, english_episode):
    assert listed_in(client, english_episode) == set(places(english_episode))


def test_making_a_french_episode_private_makes_its_translation_private(client, french_episode, english_episode):
    restrict(french_episode)
    restriction = english_episode.view_restrictions.get()
    assert (restriction.restriction_type, restriction.password) == ("password", "mot de passe du film")
    html = client.get(english_episode.url).content.decode()
    assert "/en/_util/authenticate_with_password/" in html and english_episode.summary not in html
    assert listed_in(client, english_episode) == set()


def test_a_changed_restriction_is_changed_in_the_translation_too(french_episode, english_episode):
    partners = Group.objects.create(name="Partenaires")
    restriction = restrict(french_episode)
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.password = ""
    restriction.save()
    restriction.groups.set([partners])
    copy = english_episode.view_restrictions.get()
    assert copy.restriction_type == PageViewRestriction.GROUPS and copy.password == ""
    assert list(copy.groups.all()) == [partners]
    restriction.groups.clear()
    assert not copy.groups.exists()


def test_lifting_the_french_restriction_brings_the_english_episode_back(client, french_episode, english_episode):
    restriction = restrict(french_episode)
    assert listed_in(client, english_episode) == set()
    restriction.delete()
    assert not english_episode.view_restrictions.exists()
    assert client.get(english_episode.url).status_code == 200
    assert listed_in(client, english_episode) == set(places(english_episode))


def test_an_english_restriction_of_its_own_leaves_the_french_page_public(client, french_episode, english_episode):
    restrict(english_episode)
    assert not french_episode.view_restrictions.exists()
    assert client.get(french_episode.url).status_code == 200


def test_a_private_french_series_makes_the_english_series_and_its_episodes_private(client, french_series, english):
    english_series = french_series.get_translation(english)
    restrict(french_series, PageViewRestriction.LOGIN, password="")
    assert english_series.view_restrictions.get().restriction_type == PageViewRestriction.LOGIN
    for episode in EpisodePage.objects.child_of(english_series):
        assert client.get(episode.url).status_code == 302  # to the login
        assert episode.url not in client.get("/en/").content.decode()
        assert episode.url not in client.get("/sitemap.xml").content.decode()


def test_deleting_a_private_french_page_leaves_its_translation_private(french_episode, english_episode):
    """The restriction goes with the page it was on: that is no decision to show the English page."""
    restrict(french_episode)
    french_episode.delete()
    english_episode.refresh_from_db()
    assert english_episode.view_restrictions.exists() and not english_episode.live


def test_unpublishing_a_french_episode_unpublishes_its_translation(client, french_episode, english_episode):
    french_episode.unpublish()
    english_episode.refresh_from_db()
    assert not english_episode.live
    assert client.get(english_episode.url).status_code == 404
    assert listed_in(client, english_episode) == set()


def test_unpublishing_an_english_episode_leaves_the_french_one_live(client, french_episode, english_episode):
    english_episode.unpublish()
    french_episode.refresh_from_db()
    assert french_episode.live
    assert client.get(french_episode.url).status_code == 200


def test_an_english_alias_follows_its_french_original(french_series, english):
    """Aliases are Wagtail's: no copy of the restriction (their original's applies), unpublished with it."""
    episode = EpisodePageFactory(parent=french_series, number=9, title="Pair-aidance et santé")
    alias = episode.create_alias(parent=SeriesPage.objects.get(locale=english), update_locale=english)
    restrict(episode)
    assert not alias.view_restrictions.exists() and alias.get_view_restrictions().exists()
    episode.unpublish()
    alias.refresh_from_db()
    assert not alias.live


def test_the_admin_says_the_english_version_was_unpublished_too(client, french_episode, english_episode):
    client.force_login(member_of(MODERATORS))
    response = client.post(f"/admin/pages/{french_episode.pk}/unpublish/")
    assert response.status_code == 302
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert f"Traductions dépubliées aussi : {english_episode.title} (anglais)." in shown
    english_episode.refresh_from_db()
    assert not english_episode.live


def test_the_admin_says_the_english_version_gets_the_same_privacy(client, french_episode, english_episode):
    client.force_login(member_of(MODERATORS))
    url = f"/admin/pages/{french_episode.pk}/privacy/"
    form = client.get(url).json()["html"]
    assert "Les traductions de cette page reçoivent la même confidentialité." in form
    response = client.post(url, {"restriction_type": "password", "password": "mot de passe du film"})
    assert response.json()["step"] == "set_privacy_done"
    assert english_episode.view_restrictions.get().password == "mot de passe du film"
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert f"La même confidentialité s’applique aux traductions : {english_episode.title} (anglais)." in shown
