"""Posting a comment: stored as pending and shown nowhere until a moderator approves it; robots, floods and
links refused with a clear message, and nothing the visitor typed is lost on any error."""

import re

import pytest

from comments.models import Comment
from comments.protection import issue_ticket

from .support import EMAIL, NAME, TEXT, address_of, episode, post_comment


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_comment_is_stored_as_pending_and_shown_on_no_page(client, admin_client, language):
    page = episode(language)
    response = post_comment(client, page)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert f'href="{page.url}"' in response.content.decode()  # back to the episode

    comment = Comment.objects.get()
    assert (comment.episode_id, comment.language, comment.state) == (page.pk, language, Comment.State.PENDING)
    assert (comment.name, comment.text, comment.email) == (NAME, TEXT, EMAIL)
    assert comment.address_hash and "203.0.113.7" not in comment.address_hash

    for shown in (episode("fr"), episode("en")):
        assert TEXT not in client.get(shown.url).content.decode()
    listing = admin_client.get("/admin/snippets/comments/comment/?state=pending").content.decode()
    assert NAME in listing and page.title in listing


def test_the_thank_you_page_says_a_moderator_reads_it_first(client):
    html = post_comment(client, episode("fr")).content.decode()
    assert "Merci pour votre commentaire" in html and "dès qu’un modérateur l’aura lu" in html


def refused_keeping_everything(response, message):
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert message in html
    assert TEXT in html and f'value="{NAME}"' in html and f'value="{EMAIL}"' in html
    assert Comment.objects.count() == 0
    return html


def test_a_robot_filling_the_hidden_field_is_refused(client):
    response = post_comment(client, episode("fr"), website="https://spam.example/")
    refused_keeping_everything(response, "que seuls les robots voient")


def test_a_comment_sent_faster_than_anyone_can_type_is_refused(client):
    response = post_comment(client, episode("fr"), seconds_later=1)
    refused_keeping_everything(response, "Commentaire envoyé trop vite")


def test_without_javascript_the_form_page_asks_to_send_again_and_then_accepts(client):
    page = episode("fr")
    response = post_comment(client, page, with_ticket=False)
    html = refused_keeping_everything(response, "vérifiez votre commentaire ci-dessous, puis envoyez-le à nouveau")
    fresh = re.search(r'name="ticket" value="([^"]+)"', html).group(1)
    assert fresh
    # The same form sent again from that page, some seconds after it came back, goes through.
    response = post_comment(client, page, seconds_later=40, with_ticket=False, ticket=fresh)
    assert "Merci pour votre commentaire" in response.content.decode()
    assert Comment.objects.count() == 1


def test_a_ticket_for_another_episode_or_forged_does_not_pass(client):
    page, other = episode("fr", 1), episode("fr", 2)
    for ticket in ("forged", issue_ticket(other.pk)):
        response = post_comment(client, page, with_ticket=False, ticket=ticket)
        refused_keeping_everything(response, "envoyez-le à nouveau")


def test_the_sixth_comment_in_a_minute_from_one_address_is_refused(client, settings):
    settings.COMMENTS_PER_ADDRESS_PER_MINUTE = 5
    page = episode("fr")
    accepted = []
    for _attempt in range(6):
        accepted.append("Merci pour votre commentaire" in post_comment(client, page).content.decode())
    assert accepted == [True] * 5 + [False]
    Comment.objects.all().delete()
    refused_keeping_everything(post_comment(client, page), "Trop de commentaires envoyés en une minute")
    assert "Merci" in post_comment(client, page, address="198.51.100.4").content.decode()  # another visitor


def test_an_episode_flooded_from_many_addresses_is_limited_too(client, settings):
    settings.COMMENTS_PER_EPISODE_PER_MINUTE = 3
    page = episode("fr")
    results = [
        "Merci pour votre commentaire" in post_comment(client, page, address=f"198.51.100.{n}").content.decode()
        for n in range(4)
    ]
    assert results == [True, True, True, False]
    assert "Merci" in post_comment(client, episode("fr", 2), address="198.51.100.9").content.decode()


def test_a_comment_with_too_many_links_is_refused_with_its_text_kept(client):
    text = "Voir https://a.example/1 et https://b.example/2 et www.c.example"
    response = post_comment(client, episode("fr"), text=text)
    html = response.content.decode()
    assert "Pas plus de 2 liens par commentaire" in html and text in html
    assert 'aria-invalid="true"' in html and "comment-text_error" in html
    assert Comment.objects.count() == 0


def test_too_long_a_text_or_name_is_refused_and_kept(client):
    long_text, long_name = "a" * 2001, "N" * 41
    html = post_comment(client, episode("fr"), text=long_text, name=long_name).content.decode()
    assert "Au plus 2000 signes" in html and "Au plus 40 signes pour le nom" in html
    assert long_text in html and long_name in html
    assert Comment.objects.count() == 0


def test_a_line_break_counts_as_one_sign_as_in_the_browser(client):
    paragraph = "b" * 99
    text = "\r\n".join([paragraph] * 20)  # 1,980 letters and 19 line breaks: 1,999 signs, 2,018 bytes posted
    response = post_comment(client, episode("fr"), text=text)
    assert "Au plus 2000 signes" not in response.content.decode()
    assert Comment.objects.get().text == "\n".join([paragraph] * 20)


def test_a_missing_consent_is_named_and_the_rest_is_kept(client):
    html = post_comment(client, episode("fr"), consent="").content.decode()
    assert "Cochez cette case pour envoyer votre commentaire." in html
    assert TEXT in html and f'value="{NAME}"' in html
    assert Comment.objects.count() == 0


def test_a_post_from_another_site_is_refused(client):
    response = post_comment(client, episode("fr"), origin="https://evil.example")
    assert response.status_code == 403
    assert Comment.objects.count() == 0


def test_comments_are_taken_only_on_a_live_episode_in_the_language_of_the_address(client):
    page = episode("fr")
    english_address = address_of("comment_form", episode("en")).replace(str(episode("en").pk), str(page.pk))
    assert client.get(english_address).status_code == 404
    page.unpublish()
    assert client.get(address_of("comment_form", page)).status_code == 404


def test_the_form_page_and_the_ticket_are_never_cached(client):
    page = episode("fr")
    for address in (address_of("comment_form", page), address_of("comment_ticket", page)):
        for _visit in range(2):
            response = client.get(address)
            assert response.status_code == 200
            assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
            assert response.get("X-Page-Cache") is None
    html = client.get(address_of("comment_form", page)).content.decode()
    assert re.search(r'name="ticket" value="[^"]+:[^"]+"', html)
    assert 'name="robots" content="noindex"' in html
