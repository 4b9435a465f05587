"""The moderators' side: the comments in Wagtail's admin (filters, approve or reject one or a selection, edit
a name, answer), a dashboard panel of what waits, who may do it, and `purge_comments`."""

from datetime import timedelta

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from editorial.groups import EDITORS, MODERATORS, TRANSLATORS
from tests.support.roles import member_of, refused

from .support import EMAIL, TEXT, episode, make_comment

LISTING = "/admin/snippets/comments/comment/"


def bulk(action, comments):
    query = "&".join(f"id={comment.pk}" for comment in comments)
    return reverse("wagtail_bulk_action", args=("comments", "comment", action)) + f"?{query}&next={LISTING}"


@pytest.fixture
def moderator_client(client):
    client.force_login(member_of(MODERATORS))
    return client


@pytest.mark.parametrize("group_name", [EDITORS, TRANSLATORS])
def test_editors_and_translators_cannot_see_or_moderate_comments(client, group_name):
    comment = make_comment(episode("fr"), state=Comment.State.PENDING)
    client.force_login(member_of(group_name))
    assert refused(client.get(LISTING))
    assert refused(client.get(f"{LISTING}edit/{comment.pk}/"))
    client.post(bulk("approve", [comment]))
    comment.refresh_from_db()
    assert comment.state == Comment.State.PENDING
    assert "Commentaires à modérer" not in client.get("/admin/").content.decode()


def test_a_moderator_sees_pending_comments_filtered_by_state_language_and_episode(moderator_client):
    french, english = episode("fr"), episode("en")
    make_comment(french, state=Comment.State.PENDING, name="Attente")
    make_comment(english, state=Comment.State.PENDING, name="Waiting")
    make_comment(french, name="Publiée")
    response = moderator_client.get(LISTING)
    assert response.status_code == 200
    html = moderator_client.get(f"{LISTING}?state=pending&language=fr").content.decode()
    assert "Attente" in html and "Waiting" not in html and "Publiée" not in html
    html = moderator_client.get(f"{LISTING}?episode={english.pk}").content.decode()
    assert "Waiting" in html and "Attente" not in html
    assert "Approuver" in html and "Refuser" in html  # on each row


def test_a_moderator_approves_and_rejects_a_selection(moderator_client, client):
    page = episode("fr")
    first, second = (make_comment(page, state=Comment.State.PENDING, text=f"Texte {n}") for n in (1, 2))
    spam = make_comment(page, state=Comment.State.PENDING, text="Achetez ceci")
    confirmation = moderator_client.get(bulk("approve", [first, second]))
    assert confirmation.status_code == 200 and "Publier ces commentaires" in confirmation.content.decode()
    assert moderator_client.post(bulk("approve", [first, second])).status_code == 302
    assert moderator_client.post(bulk("reject", [spam])).status_code == 302
    states = dict(Comment.objects.values_list("pk", "state"))
    assert states == {first.pk: "approved", second.pk: "approved", spam.pk: "rejected"}
    moderator_client.logout()
    html = client.get(page.url).content.decode()
    assert "Texte 1" in html and "Texte 2" in html and "Achetez ceci" not in html


def test_a_moderator_corrects_a_name_and_answers_and_the_page_shows_it(moderator_client, client):
    page = episode("fr")
    comment = make_comment(page, name="Samia Benali")
    client.get(page.url)  # cached with the full name
    edit = f"{LISTING}edit/{comment.pk}/"
    assert moderator_client.get(edit).status_code == 200
    data = {"state": "approved", "name": "Samia", "reply": "Merci, nous vous écrivons."}
    response = moderator_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    comment.refresh_from_db()
    assert (comment.name, comment.reply, comment.text, comment.email) == ("Samia", data["reply"], TEXT, EMAIL)
    moderator_client.logout()
    html = client.get(page.url).content.decode()
    assert "Samia Benali" not in html and "Merci, nous vous écrivons." in html


def test_the_dashboard_says_what_waits_for_moderators(moderator_client):
    make_comment(episode("fr"), state=Comment.State.PENDING)
    make_comment(episode("fr"), state=Comment.State.PENDING)
    make_comment(episode("en"), state=Comment.State.PENDING)
    html = moderator_client.get("/admin/").content.decode()
    assert "Commentaires à modérer" in html and "3 commentaires attendent" in html
    assert episode("fr").title in html and "state=pending" in html


def age(comment, days, moderated=False):
    moment = timezone.now() - timedelta(days=days)
    Comment.objects.filter(pk=comment.pk).update(created_at=moment, moderated_at=moment if moderated else None)


def test_purge_comments_deletes_old_rejected_ones_and_clears_old_personal_data():
    page = episode("fr")
    old_rejected = make_comment(page, state=Comment.State.REJECTED, address_hash="a" * 64)
    recent_rejected = make_comment(page, state=Comment.State.REJECTED)
    old_approved = make_comment(page, address_hash="b" * 64)
    recent_pending = make_comment(page, state=Comment.State.PENDING, address_hash="c" * 64)
    age(old_rejected, 31, moderated=True)
    age(recent_rejected, 40)
    Comment.objects.filter(pk=recent_rejected.pk).update(moderated_at=timezone.now() - timedelta(days=2))
    age(old_approved, 91, moderated=True)

    call_command("purge_comments", verbosity=0)

    assert not Comment.objects.filter(pk=old_rejected.pk).exists()
    assert Comment.objects.filter(pk=recent_rejected.pk).exists()  # rejected two days ago
    old_approved.refresh_from_db()
    assert (old_approved.email, old_approved.address_hash) == ("", "")
    assert old_approved.state == Comment.State.APPROVED and old_approved.text == TEXT  # still shown
    recent_pending.refresh_from_db()
    assert (recent_pending.email, recent_pending.address_hash) == (EMAIL, "c" * 64)
