"""Approved comments under their episode only, escaped, in the cached page: the episode page stays cacheable,
carries nothing personal, and costs the same queries with 0 or 30 comments; moderating makes it fresh."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from caching.version import content_changed, content_version
from comments.models import Comment
from comments.moderation import moderate

from .support import TEXT, episode, make_comment


def test_an_approved_comment_appears_under_its_episode_only_escaped_with_line_breaks(client):
    page = episode("fr")
    make_comment(page, name="<b>Léa</b>", text="Première ligne <script>alert(1)</script>\nDeuxième ligne")
    make_comment(page, state=Comment.State.PENDING, text="Encore en attente de lecture")
    make_comment(page, state=Comment.State.REJECTED, text="Refusé par un modérateur")
    html = client.get(page.url).content.decode()
    assert "&lt;b&gt;Léa&lt;/b&gt;" in html and "<b>Léa</b>" not in html
    assert "Première ligne &lt;script&gt;alert(1)&lt;/script&gt;<br>Deuxième ligne" in html
    assert "<script>alert(1)" not in html
    assert "Encore en attente" not in html and "Refusé par un modérateur" not in html
    for other in (episode("fr", 2), episode("en")):
        assert "Première ligne" not in client.get(other.url).content.decode()


def test_an_english_comment_shows_on_the_english_episode_only(client):
    make_comment(episode("en"), text="Thank you, this helps our team.")
    assert "Thank you, this helps our team." in client.get(episode("en").url).content.decode()
    assert "Thank you, this helps our team." not in client.get(episode("fr").url).content.decode()


def test_the_plateformes_reply_shows_under_the_comment(client):
    make_comment(episode("fr"), reply="Merci Samia, nous en parlerons au prochain épisode.")
    html = client.get(episode("fr").url).content.decode()
    assert "Réponse de la Plateforme" in html and "nous en parlerons au prochain épisode" in html


def test_the_episode_page_stays_cacheable_and_carries_nothing_personal(client):
    page = episode("fr")
    make_comment(page)
    first = client.get(page.url)
    second = client.get(page.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert not response.cookies and "Set-Cookie" not in response
        assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'name="ticket" type="hidden"' in html or 'type="hidden" name="ticket"' in html
    assert 'name="ticket" value=' not in html  # the ticket is fetched by comments.js, never cached
    assert 'action="/fr/commentaires/' in html and "comments/comments.js" in html
    assert TEXT in html


def episode_queries(client, page, after_a_change):
    client.get(page.url)
    if after_a_change:
        content_changed()  # the comments' fragment is rendered again
    with CaptureQueriesContext(connection) as captured:
        assert client.get(page.url).status_code == 200
    return len(captured.captured_queries)


def test_the_episode_page_costs_the_same_queries_with_0_or_30_comments(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    page = episode("fr")
    without = [episode_queries(client, page, after_a_change) for after_a_change in (False, True)]
    for number in range(30):
        make_comment(page, name=f"Personne {number}", text=f"Commentaire numéro {number}")
    with_comments = [episode_queries(client, page, after_a_change) for after_a_change in (False, True)]
    assert with_comments == without
    assert "Commentaire numéro 29" in client.get(page.url).content.decode()


def test_approving_a_comment_makes_the_next_anonymous_visit_show_it(client):
    page = episode("fr")
    comment = make_comment(page, state=Comment.State.PENDING)
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    version = content_version()
    assert moderate([comment], Comment.State.APPROVED) == 1
    assert content_version() != version
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss" and TEXT in response.content.decode()
    comment.refresh_from_db()
    assert comment.state == Comment.State.APPROVED and comment.moderated_at is not None


def test_rejecting_an_approved_comment_takes_it_off_the_page(client):
    page = episode("fr")
    comment = make_comment(page)
    assert TEXT in client.get(page.url).content.decode()
    moderate([comment], Comment.State.REJECTED)
    assert TEXT not in client.get(page.url).content.decode()


def test_posting_a_comment_leaves_the_caches_alone(client):
    from .support import post_comment

    page = episode("fr")
    client.get(page.url)
    version = content_version()
    post_comment(client, page)
    assert Comment.objects.count() == 1 and content_version() == version
    assert client.get(page.url)["X-Page-Cache"] == "hit"
