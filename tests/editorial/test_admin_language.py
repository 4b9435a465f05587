"""The admin opens in French for new users, whatever their browser says; each may switch to English."""

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from editorial.groups import MODERATORS
from tests.support.roles import member_of


def admin_lang(client):
    html = client.get("/admin/", headers={"Accept-Language": "en-GB,en;q=0.9"}).content.decode()
    return html.split('<html lang="', 1)[1].split('"', 1)[0]


def test_new_users_get_a_french_admin_and_can_switch_to_english(client):
    user = get_user_model().objects.create_user("redactrice", password="un mot de passe assez long", is_superuser=True)
    client.force_login(user)
    assert admin_lang(client) == "fr"

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    assert admin_lang(client) == "en"


def test_a_refusal_is_explained_in_the_users_admin_language_whatever_the_browser_says(client):
    client.force_login(member_of(MODERATORS))
    response = client.get("/admin/groups/", headers={"Accept-Language": "en-GB,en;q=0.9"}, follow=True)
    html = response.content.decode()
    assert "Sorry, you do not have permission" not in html
    assert "vous n&#x27;avez pas les autorisations" in html or "vous n'avez pas les autorisations" in html
