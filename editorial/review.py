"""Where a translated page stands in the hand-off from translator to moderator."""

from dataclasses import dataclass

from django.urls import reverse

from wagtail.models import Page

from .permissions import may_manage_translation


def untranslated_count(translation):
    """How many of the source's segments have no translation yet in the target language."""
    total, translated = translation.get_progress()
    return total - translated


@dataclass
class HandOff:
    """What the translation editor's footer offers this user for this translated page."""

    url: str
    preview_url: str
    remaining: int
    waiting_since: object  # when the translation was submitted for review, if it waits


def hand_off_for(user, translation, instance):
    """The hand-off footer for translators; None for moderators and administrators (they keep
    wagtail-localize's own footer, with « Publier ») and for snippets (saved as they are translated)."""
    if not isinstance(instance, Page) or may_manage_translation(user, instance):
        return None
    state = instance.current_workflow_state if instance.workflow_in_progress else None
    return HandOff(
        url=reverse("editorial:hand_off_translation", args=[translation.pk]),
        preview_url=reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        remaining=untranslated_count(translation),
        waiting_since=state.created_at if state else None,
    )
