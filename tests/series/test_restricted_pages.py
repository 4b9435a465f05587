"""Private episodes: their password form and login answer in both languages, and the episode shows
only to whoever passes them (Wagtail's own views under /fr/_util/ and /en/_util/)."""

from urllib.parse import parse_qs, urlsplit

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from series.models import EpisodePage

PASSWORD = "une phrase assez longue"


@pytest.fixture(params=["fr", "en"])
def episode(request, french_episode):
    """The first episode, French or English (the English one follows the French one's privacy)."""
    return EpisodePage.objects.get(translation_key=french_episode.translation_key, locale__language_code=request.param)


def restrict(french_episode, restriction_type, **fields):
    return PageViewRestriction.objects.create(page=french_episode, restriction_type=restriction_type, **fields)


def shows(response, episode):
    html = response.content.decode()
    return response.status_code == 200 and episode.summary in html and episode.title in html


def reader(username, *groups):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    user.groups.add(*groups)
    return user


def test_a_password_protected_episode_asks_for_its_password_and_shows_nothing_else(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.PASSWORD, password="mot de passe du film")
    response = client.get(episode.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'action="/{episode.locale.language_code}/_util/authenticate_with_password/' in html
    assert episode.summary not in html and episode.title not in html


def test_a_wrong_password_shows_the_form_again_with_an_error(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.PASSWORD, password="mot de passe du film")
    restriction = episode.view_restrictions.get()
    action = f"/{episode.locale.language_code}/_util/authenticate_with_password/{restriction.pk}/{episode.pk}/"
    response = client.post(action, {"password": "pas le bon", "return_url": episode.url})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="errorlist' in html and f'action="{action}"' in html
    assert episode.summary not in html
    assert not shows(client.get(episode.url), episode)


def test_the_right_password_opens_the_episode(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.PASSWORD, password="mot de passe du film")
    restriction = episode.view_restrictions.get()
    action = f"/{episode.locale.language_code}/_util/authenticate_with_password/{restriction.pk}/{episode.pk}/"
    response = client.post(action, {"password": "mot de passe du film", "return_url": episode.url})
    assert response.status_code == 302 and response["Location"] == episode.url
    assert shows(client.get(episode.url), episode)


def test_a_login_restricted_episode_sends_visitors_to_the_login_in_their_language(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.LOGIN)
    language = episode.locale.language_code
    response = client.get(episode.url)
    assert response.status_code == 302
    login = urlsplit(response["Location"])
    assert login.path == f"/{language}/_util/login/" and parse_qs(login.query) == {"next": [episode.url]}
    form = client.get(response["Location"])
    assert form.status_code == 200 and 'name="password"' in form.content.decode()
    assert episode.summary not in form.content.decode()


def test_logging_in_opens_a_login_restricted_episode(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.LOGIN)
    reader("lectrice")
    language = episode.locale.language_code
    response = client.post(
        f"/{language}/_util/login/", {"username": "lectrice", "password": PASSWORD, "next": episode.url}
    )
    assert response.status_code == 302 and response["Location"] == episode.url
    assert shows(client.get(episode.url), episode)


def test_a_wrong_account_password_opens_nothing(client, french_episode, episode):
    restrict(french_episode, PageViewRestriction.LOGIN)
    reader("lectrice")
    language = episode.locale.language_code
    response = client.post(
        f"/{language}/_util/login/", {"username": "lectrice", "password": "pas le bon mot", "next": episode.url}
    )
    assert response.status_code == 200 and episode.summary not in response.content.decode()
    assert client.get(episode.url).status_code == 302


def test_a_group_restricted_episode_opens_to_its_group_only(client, french_episode, episode):
    partners = Group.objects.create(name="Partenaires")
    restriction = restrict(french_episode, PageViewRestriction.GROUPS)
    restriction.groups.set([partners])
    reader("partenaire", partners)
    reader("visiteuse")
    language = episode.locale.language_code

    client.post(f"/{language}/_util/login/", {"username": "visiteuse", "password": PASSWORD, "next": episode.url})
    response = client.get(episode.url)
    assert response.status_code == 302 and response["Location"].startswith(f"/{language}/_util/login/")

    client.post(f"/{language}/_util/login/", {"username": "partenaire", "password": PASSWORD, "next": episode.url})
    assert shows(client.get(episode.url), episode)


def test_a_private_episode_never_enters_the_page_cache(client, french_episode, episode):
    """Whoever passed the password has a session; the next anonymous visitor gets the form, not the episode."""
    restrict(french_episode, PageViewRestriction.PASSWORD, password="mot de passe du film")
    restriction = episode.view_restrictions.get()
    language = episode.locale.language_code
    action = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{episode.pk}/"
    client.post(action, {"password": "mot de passe du film", "return_url": episode.url})
    assert shows(client.get(episode.url), episode)
    client.cookies.clear()
    assert not shows(client.get(episode.url), episode)
