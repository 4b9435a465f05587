"""The translators' hand-off: save a draft of the translated page, or submit it for review (their to-do
list, the translation status report, is in reports.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.models import Page
from wagtail_localize.models import Translation

from .drafts import save_translation_draft
from .review import untranslated_count

SAVE, SUBMIT = "save", "submit"


@require_POST
def hand_off_translation(request, translation_id):
    """Apply a page's translated segments to its draft and, when asked, submit it to the moderation workflow.

    The translated page changes only as a new revision: what is live stays live until a moderator
    approves it, exactly as for a French page.
    """
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    back = redirect("wagtailadmin_pages:edit", page.pk)
    action = SUBMIT if request.POST.get("action") == SUBMIT else SAVE

    if page.workflow_in_progress:
        messages.warning(request, _("Cette traduction attend déjà la relecture d’un modérateur."))
        return back
    remaining = untranslated_count(translation)
    if action == SUBMIT and remaining:
        message = ngettext(
            "Il reste %(count)d segment à traduire : traduisez-le avant de soumettre la page pour relecture.",
            "Il reste %(count)d segments à traduire : traduisez-les avant de soumettre la page pour relecture.",
            remaining,
        )
        messages.error(request, message % {"count": remaining})
        return back
    try:
        with transaction.atomic():
            save_translation_draft(translation, request.user)
    except ValidationError as error:
        messages.error(request, _("La traduction n’a pas pu être enregistrée : %(errors)s") % {"errors": error})
        return back

    page = Page.objects.get(pk=page.pk).specific  # with the revision just saved
    if action == SAVE:
        messages.success(request, _("Brouillon de la traduction enregistré ; la page en ligne n’a pas changé."))
        return back
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("Aucun circuit de relecture ne couvre cette page : demandez à un administrateur."))
        return back
    workflow.start(page, request.user)
    messages.success(
        request, _("« %(title)s » est soumise pour relecture : les modérateurs sont prévenus.") % {"title": page.title}
    )
    return back
