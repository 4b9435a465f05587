"""Slugs typed by hand become ASCII too: « l-équipe » gives `l-equipe`, never a percent-encoded address.

With WAGTAIL_ALLOW_UNICODE_SLUGS = False, Wagtail makes ASCII slugs from titles, but a slug typed into
the field loses its accented letters in the browser (`l-quipe`) and is stored with its accents if sent
as is. Here the field transliterates on blur, as it does for titles, and the server does the same.
"""

from django import forms
from django.db import models

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from series.links import ascii_slug

# Wagtail's own actions, with "urlify" (transliterate) instead of "slugify" (drop) when the field is left.
SLUG_ACTIONS = "blur->w-slug#urlify w-sync:check->w-slug#compare w-sync:apply->w-slug#urlify:prevent"


class AsciiSlugField(forms.SlugField):
    """A slug field that turns accented letters into plain ones instead of keeping or refusing them."""

    def to_python(self, value):
        return ascii_slug(super().to_python(value))


def use_ascii_slugs():
    """Every slug field of the admin's forms (pages, themes) in ASCII."""
    register_form_field_override(
        models.SlugField,
        override={"widget": SlugInput(attrs={"data-action": SLUG_ACTIONS}), "form_class": AsciiSlugField},
    )
