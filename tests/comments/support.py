"""Posting a comment as a browser does (a ticket fetched, then the form sent some seconds later) and making
comments in a given state, for the comment tests."""

from datetime import timedelta

import time_machine

from django.urls import reverse
from django.utils import timezone, translation

from comments.models import Comment
from series.models import EpisodePage

TEXT = "Merci pour cet épisode : dans notre CHRS, la pair-aidance a changé l’accueil du soir."
NAME = "Samia"
EMAIL = "samia@example.org"
ORIGIN = "http://testserver"


def episode(language, number=1):
    return EpisodePage.objects.get(locale__language_code=language, number=number)


def address_of(name, page):
    """The comment form's (or ticket's) address for this episode, in the episode's language."""
    with translation.override(page.locale.language_code):
        return reverse(name, args=[page.pk])


def fetch_ticket(client, page):
    response = client.get(address_of("comment_ticket", page))
    assert response.status_code == 200
    return response.json()["ticket"]


def answers(**overrides):
    return {"name": NAME, "text": TEXT, "email": EMAIL, "consent": "on", "website": ""} | overrides


def post_comment(client, page, seconds_later=20, address="203.0.113.7", origin=ORIGIN, with_ticket=True, **overrides):
    """Opens the form (the ticket comments.js fetches), then sends it `seconds_later`."""
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        ticket = fetch_ticket(client, page) if with_ticket else ""
    headers = {"REMOTE_ADDR": address}
    if origin:
        headers["HTTP_ORIGIN"] = origin
    with time_machine.travel(now + timedelta(seconds=seconds_later), tick=False):
        data = answers(**({"ticket": ticket} | overrides))
        return client.post(address_of("comment_form", page), data, **headers)


def make_comment(page, state=Comment.State.APPROVED, **fields):
    values = {"name": NAME, "text": TEXT, "email": EMAIL} | fields
    return Comment.objects.create(episode=page, language=page.locale.language_code, state=state, **values)


def escaped(text):
    return text.replace("’", "&#x27;").replace("'", "&#x27;")


def shows(html, text):
    """Whether the page shows this text (Django escapes apostrophes)."""
    return text in html or escaped(text) in html or text.replace("’", "&rsquo;") in html
