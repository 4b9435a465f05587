"""wagtail-localize's endpoints, held to the same roles as the pages and snippets they change.

wagtail-localize checks only that the user may *edit* the translated object (a page in the target
tree, or any object of the snippet's type), and `submit_translation` for its update view. Here each
endpoint that changes content asks what the equivalent page or snippet action asks. The guarded views
answer at wagtail-localize's own addresses (registered first, see wagtail_hooks.py) and then hand the
request to wagtail-localize.

| endpoint (under /admin/localize/)                 | rule                                                    |
|---------------------------------------------------|---------------------------------------------------------|
| update/<source>/ with « publier immédiatement »   | publish every target (pages: publish in their tree;     |
|                                                   | snippets: change them in their language); else the box |
|                                                   | is not offered and a ticked one is ignored              |
| translate/<t>/strings/<s>/edit/                   | work on the target (pages: edit it; snippets: change    |
| translate/<t>/pofile/upload/                      | them in the target language, editorial/groups.py)         |
| translate/<t>/machine_translate/                  |                                                         |
| translate/<t>/overrides/<s>/edit/                 | the same, and: synchronised fields (the video address)  |
|                                                   | are never overridden; other values are safe links only  |
| translate/<t>/disable/ (stop synchronising)       | moderators and administrators (permissions.py)          |
| page/<p>/convert_to_alias/                        | moderators and administrators                           |

Creating a snippet in a language follows the same rule as changing one (home/wagtail_hooks.py).
"""

from io import BytesIO

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial.groups import may_edit_in_locale
from series.links import is_safe_link

from .permissions import may_manage_translation

# Values kept the same in every language: wagtail-localize offers to override them, the site does not.
SYNCHRONISED_FIELD_PATHS = {"body.video.url"}


def may_work_on(user, instance):
    """Whether `user` may change this translated page or snippet, as its own editor would allow."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return edit_translation.user_can_edit_instance(user, instance) and may_edit_in_locale(user, instance.locale)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return may_work_on(user, instance)


def target_of(translation_id):
    return get_object_or_404(Translation, pk=translation_id).get_target_instance()


def requiring_work_rights(view):
    """wagtail-localize's `view`, refused to users who may not change the translation's target."""

    def guarded(request, translation_id, *args, **kwargs):
        if not may_work_on(request.user, target_of(translation_id)):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    guarded.__doc__ = view.__doc__
    return guarded


edit_string_translation = requiring_work_rights(edit_translation.edit_string_translation)
upload_pofile = requiring_work_rights(edit_translation.upload_pofile)
machine_translate = requiring_work_rights(edit_translation.machine_translate)


def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's override of a synchronised value: never for the video address, safe links only."""
    if not may_work_on(request.user, target_of(translation_id)):
        raise PermissionDenied
    segment = get_object_or_404(OverridableSegment.objects.select_related("context"), pk=overridable_segment_id)
    if request.method == "PUT":
        value = submitted_value(request)
        if segment.context.field_path in SYNCHRONISED_FIELD_PATHS:
            message = _("L’adresse de la vidéo est la même dans toutes les langues : elle ne se traduit pas.")
            return refusal(segment, value, message)
        if not is_safe_link(value):
            return refusal(segment, value, _("Seuls les liens web (https://…) ou e-mail (mailto:…) sont acceptés."))
    return edit_translation.edit_override(request, translation_id, overridable_segment_id)


def submitted_value(request):
    """The `value` of a PUT, which Django parses only for POST (wagtail-localize's editor sends FormData).

    Read from a copy of the body, so that wagtail-localize (through Django REST framework) reads it again.
    """
    body = request.body
    if request.content_type == "multipart/form-data":
        data, _files = MultiPartParser(request.META, BytesIO(body), request.upload_handlers, request.encoding).parse()
        return data.get("value", "")
    return QueryDict(body, encoding=request.encoding).get("value", "")


def refusal(segment, value, message):
    """Nothing is saved; the answer has the shape of a saved override with an error, which is how
    wagtail-localize's editor shows a message under the segment (it reads only 200 and 201 answers)."""
    return JsonResponse({"segment_id": segment.pk, "data": value, "error": message})


def stop_translation(request, translation_id):
    """wagtail-localize's « stop synchronising », for moderators and administrators only."""
    if not may_manage_translation(request.user, target_of(translation_id)):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    """wagtail-localize's « convert to alias », for moderators and administrators only."""
    if not may_manage_translation(request.user, get_object_or_404(Page, pk=page_id)):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """« Mettre à jour les traductions », whose « publier immédiatement » needs the right to publish them all."""

    def may_publish_all(self):
        return all(
            may_publish(self.request.user, translation.get_target_instance())
            for translation in self.object.translations.filter(enabled=True)
        )

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all():
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
