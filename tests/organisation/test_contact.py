"""The contact form: a message is stored, shown in the admin and e-mailed; bots are refused with a clear
message, and nothing a person typed is lost."""

import re
from datetime import timedelta

import pytest
import time_machine

from django.core import mail
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from organisation.contact import MESSAGES_PER_MINUTE
from organisation.models import ContactPage

MESSAGE = "Bonjour, notre CHRS recrute une travailleuse paire : comment préparer l’équipe ?"


@pytest.fixture
def contact(french):
    return ContactPage.objects.get(locale=french)


def started_token(client, page):
    """The signed start time the form carries, as a browser gets it with the page."""
    html = client.get(page.url).content.decode()
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


def answers(page, **overrides):
    fields = {field.field_type: field.clean_name for field in page.get_form_fields()}
    data = {
        fields["singleline"]: "Samia",
        fields["email"]: "samia@example.org",
        fields["multiline"]: MESSAGE,
        fields["checkbox"]: "on",
        "website": "",
    }
    return data | overrides


def post(client, page, seconds_later=20, address="203.0.113.7", **overrides):
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        token = started_token(client, page)
    with time_machine.travel(now + timedelta(seconds=seconds_later), tick=False):
        return client.post(page.url, answers(page, started=token, **overrides), REMOTE_ADDR=address)


def test_a_message_is_stored_shown_in_the_admin_and_emailed(client, admin_client, contact):
    response = post(client, contact)
    assert response.status_code == 200
    assert "Merci, votre message est bien arrivé." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert MESSAGE in submission.form_data.values()
    assert "website" not in submission.form_data and "started" not in submission.form_data
    listing = admin_client.get(f"/admin/forms/submissions/{contact.pk}/").content.decode()
    assert "samia@example.org" in listing
    assert [message.to for message in mail.outbox] == [[contact.to_address]]
    assert MESSAGE in mail.outbox[0].body


def test_the_english_form_speaks_english_and_its_messages_are_stored_alike(client, english, contact):
    page = contact.get_translation(english)
    html = client.get(page.url).content.decode()
    assert "Your e-mail address" in html and "Votre adresse" not in html
    assert "Thank you, your message has arrived." in post(client, page).content.decode()
    assert FormSubmission.objects.filter(page=page).count() == 1


def assert_refused_keeping_the_text(response, message):
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert MESSAGE.replace("’", "&#x27;").replace("'", "&#x27;") in html or MESSAGE in html
    assert 'value="Samia"' in html and 'value="samia@example.org"' in html
    assert FormSubmission.objects.count() == 0 and mail.outbox == []


def test_a_bot_filling_the_hidden_field_is_refused_with_a_clear_message(client, contact):
    response = post(client, contact, website="https://spam.example/")
    assert_refused_keeping_the_text(response, "que seuls les robots voient")


def test_a_form_sent_faster_than_anyone_can_type_is_refused(client, contact):
    response = post(client, contact, seconds_later=1)
    assert_refused_keeping_the_text(response, "Message envoyé trop vite")


def test_a_forged_start_time_is_refused_and_a_fresh_one_lets_the_person_send_again(client, contact):
    response = client.post(contact.url, answers(contact, started="forged"), REMOTE_ADDR="203.0.113.7")
    assert_refused_keeping_the_text(response, "Le formulaire a expiré")
    assert re.search(r'name="started" value="[^"]+:[^"]+"', response.content.decode())


def test_ten_messages_a_minute_from_one_address_are_refused_after_the_limit(client, contact):
    statuses = []
    for _attempt in range(10):
        html = post(client, contact).content.decode()
        statuses.append("Merci, votre message est bien arrivé." in html)
    assert statuses == [True] * MESSAGES_PER_MINUTE + [False] * (10 - MESSAGES_PER_MINUTE)
    assert "Trop de messages envoyés depuis votre connexion" in html
    assert post(client, contact, address="198.51.100.4").status_code == 200
    assert FormSubmission.objects.count() == MESSAGES_PER_MINUTE + 1


def test_a_missing_field_is_named_and_the_rest_is_kept(client, contact):
    fields = {field.field_type: field.clean_name for field in contact.get_form_fields()}
    response = post(client, contact, **{fields["email"]: ""})
    html = response.content.decode()
    assert "Champ requis." in html and MESSAGE in html.replace("&#x27;", "’")
    assert FormSubmission.objects.count() == 0


def test_the_contact_page_is_never_kept_by_a_cache(client, contact):
    response = client.get(contact.url)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response.get("X-Page-Cache") is None
    assert client.get(contact.url).get("X-Page-Cache") is None
