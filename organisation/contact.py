"""Spam protection of the contact form without any third-party script: a honeypot field people never see,
a minimum time to fill the form in, and a limit of messages per visitor's address in the cache. Each
refusal is a form error that says what happened, and the form comes back with everything typed."""

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

HONEYPOT = "website"
STARTED = "started"
MINIMUM_SECONDS = 3
MESSAGES_PER_MINUTE = 5
SIGNER = signing.TimestampSigner(salt="organisation.contact")


def visitor_address(request):
    """The visitor's address as the login throttling counts it (behind trusted proxies too)."""
    return import_string(settings.AXES_CLIENT_IP_CALLABLE)(request)


def too_many_messages(address):
    """Counts this attempt; whether the address sent more than MESSAGES_PER_MINUTE in the current minute."""
    key = "contact-attempts:" + hashlib.sha256(str(address).encode()).hexdigest()
    cache.add(key, 0, timeout=60)
    try:
        return cache.incr(key) > MESSAGES_PER_MINUTE
    except ValueError:  # the entry expired between add and incr
        return False


def seconds_since(signed_start):
    try:
        return time.time() - float(SIGNER.unsign(signed_start, max_age=24 * 60 * 60))
    except (signing.BadSignature, ValueError):
        return None


class ContactForm:
    """Mixed into the form Wagtail's form builder makes from the page's fields."""

    visitor_address = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT] = forms.CharField(
            required=False,
            label=_("Ne remplissez pas ce champ"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED] = forms.CharField(required=False, widget=forms.HiddenInput)
        if not self.is_bound:
            self.initial[STARTED] = SIGNER.sign(str(time.time()))

    def clean(self):
        cleaned = super().clean()
        if cleaned.pop(HONEYPOT, ""):
            raise ValidationError(
                _(
                    "Message non envoyé : le champ « Ne remplissez pas ce champ », que seuls les robots voient, "
                    "est rempli. Videz-le et envoyez à nouveau."
                )
            )
        elapsed = seconds_since(cleaned.pop(STARTED, ""))
        if elapsed is None:
            self.data = self.data.copy()
            self.data[STARTED] = SIGNER.sign(str(time.time()))  # a fresh start, so the next attempt can pass
            raise ValidationError(_("Le formulaire a expiré : vérifiez votre message et envoyez-le à nouveau."))
        if elapsed < MINIMUM_SECONDS:
            raise ValidationError(
                _("Message envoyé trop vite pour avoir été écrit : relisez-le et envoyez-le à nouveau.")
            )
        if too_many_messages(self.visitor_address):
            raise ValidationError(
                _(
                    "Trop de messages envoyés depuis votre connexion en une minute. Votre texte est gardé "
                    "ci-dessous : attendez une minute et envoyez-le à nouveau."
                )
            )
        return cleaned
