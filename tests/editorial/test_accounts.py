"""Accounts: long passwords, throttled logins, and no request to an outside host from the admin."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

LOGIN = "/admin/login/"
PASSWORD = "une phrase assez longue"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(username="camille", password=PASSWORD, is_superuser=True)


def log_in(client, password):
    return client.post(LOGIN, {"username": "camille", "password": password, "next": "/admin/"})


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError, match="12"):
        validate_password("Pair2026!ok")  # 11 characters
    validate_password("Pair-2026!ok")  # 12


def test_the_eleventh_failed_login_in_a_row_is_refused_even_with_the_right_password(client, editor):
    assert log_in(client, PASSWORD).status_code == 302  # the right password works
    client.logout()
    for attempt in range(1, 11):
        response = log_in(client, f"mauvais-{attempt}")
        assert "_auth_user_id" not in client.session
        if attempt < 10:
            assert response.status_code == 200  # the login form again, with its error
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_success_resets_the_count(client, editor):
    for attempt in range(9):
        log_in(client, f"mauvais-{attempt}")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for attempt in range(9):
        log_in(client, f"encore-{attempt}")
    assert log_in(client, PASSWORD).status_code == 302


def test_the_admin_asks_no_outside_host_for_avatars(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()


def failed_logins_from(client, forwarded_for, count):
    for _attempt in range(count):
        client.post(
            LOGIN,
            {"username": "camille", "password": "pas le bon mot de passe", "next": "/admin/"},
            HTTP_X_FORWARDED_FOR=forwarded_for,
            REMOTE_ADDR="10.0.0.1",  # the reverse proxy, the same for every visitor
        )


def test_behind_a_proxy_one_visitors_failures_never_lock_out_another(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    failed_logins_from(client, "203.0.113.7", 10)  # someone tries to lock Camille out
    response = client.post(
        LOGIN, {"username": "camille", "password": PASSWORD, "next": "/admin/"}, HTTP_X_FORWARDED_FOR="198.51.100.4"
    )
    assert response.status_code == 302  # Camille, from her own address, logs in
    failed_logins_from(client, "203.0.113.7", 1)
    refused = client.post(
        LOGIN, {"username": "camille", "password": PASSWORD, "next": "/admin/"}, HTTP_X_FORWARDED_FOR="203.0.113.7"
    )
    assert refused.status_code == 429  # the attacker's address stays locked


def test_a_client_cannot_pick_its_address_by_writing_the_header_itself(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for spoofed in (f"192.0.2.{n}, 203.0.113.7" for n in range(11)):  # the proxy appends the real address
        failed_logins_from(client, spoofed, 1)
    response = client.post(
        LOGIN,
        {"username": "camille", "password": PASSWORD, "next": "/admin/"},
        HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7",
    )
    assert response.status_code == 429
