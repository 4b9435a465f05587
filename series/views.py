"""Admin views of the series app."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from .translation_status import MISSING, OUT_OF_DATE, UP_TO_DATE, translation_states


def translation_status(request):
    """The translators' to-do list: each French page and theme and the state of its English version."""
    states = translation_states()
    counts = {
        status: sum(1 for state in states if state.status == status) for status in (MISSING, OUT_OF_DATE, UP_TO_DATE)
    }
    return render(
        request,
        "series/admin/translation_status.html",
        {"states": states, "counts": counts, "page_title": _("État des traductions")},
    )
